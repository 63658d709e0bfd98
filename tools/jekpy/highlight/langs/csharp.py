"""C# as Rouge 3.30.0's ``Rouge::Lexers::CSharp`` (rouge lib/rouge/lexers/csharp.rb) splits it.

Every operator and bracket is ``Punctuation``, numbers plain ``Number``, strings plain
``String``, a name before ``(`` ``Name.Function``; ``class``/``namespace``/``using`` are plain
keywords followed by a ``Name.Class`` / ``Name.Namespace``.
"""

from __future__ import annotations

import re

from pygments.lexer import include
from pygments.token import Comment, Keyword, Name, Number, Punctuation, String, Text

from .base import RougeRegexLexer

KEYWORDS = (
    "abstract as base break case catch checked const continue default delegate do else enum "
    "event explicit extern false finally fixed for foreach goto if implicit in interface "
    "internal is lock new null operator out override params private protected public readonly "
    "ref return sealed sizeof stackalloc static switch this throw true try typeof unchecked "
    "unsafe virtual void volatile while add alias async await get global partial remove set "
    "value where yield nameof ascending by descending equals from group in into join let on "
    "orderby select"
).split()
TYPES = (
    "bool byte char decimal double dynamic float int long object sbyte short string uint ulong "
    "ushort var"
).split()
PREPROC = "if endif else elif define undef line error warning region endregion pragma".split()
ID = r"@?[_a-zA-Z]\w*"


class RougeCSharpLexer(RougeRegexLexer):
    """C# tokenised like Rouge 3.30.0."""

    name = "C# (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII

    tokens = {
        "whitespace": [
            (r"\s+", Text),
            (r"//.*?$", Comment.Single),
            (r"(?s)/[*].*?[*]/", Comment.Multiline),
        ],
        "nest": [(r"\{", Punctuation, "nest"), (r"\}", Punctuation, "#pop"), include("root")],
        "splice_string": [
            (r"\\.", String),
            (r"\{", Punctuation, "nest"),
            (r'"|\n', String, "#pop"),
            (r".", String),
        ],
        "splice_literal": [
            (r'""', String),
            (r"\{", Punctuation, "nest"),
            (r'"', String, "#pop"),
            (r".", String),
        ],
        "root": [
            include("whitespace"),
            (r'[$]\s*"', String, "splice_string"),
            (r'[$]@\s*"', String, "splice_literal"),
            (rf"(<\[)\s*({ID}:)?", Keyword),
            (r"\]>", Keyword),
            (r"[~!%^&*()+=|\[\]{}:;,.<>/?-]", Punctuation),
            (r'(?s)@"(""|[^"])*"', String),
            (r'"(\\.|.)*?["\n]', String),
            (r"'(\\.|.)'", String.Char),
            (r"(?i)0x[0-9a-f]+[lu]?", Number),
            (r"(?i)[0-9]([.][0-9]*)?(e[+-][0-9]+)?[fldu]?", Number),
            (r"(?=\w)(?:class|struct|interface)\b", Keyword, "class"),
            (r"(?=\w)(?:namespace|using)\b", Keyword, "namespace"),
            (rf"^#[ \t]*({'|'.join(PREPROC)})\b.*?\n", Comment.Preproc),
            (rf"(?=\w)({'|'.join(KEYWORDS)})\b", Keyword),
            (rf"(?=\w)({'|'.join(TYPES)})\b", Keyword.Type),
            (rf"{ID}(?=\s*[(])", Name.Function),
            (ID, Name),
        ],
        "class": [include("whitespace"), (ID, Name.Class, "#pop")],
        "namespace": [
            include("whitespace"),
            (r"(?=[(])", Text, "#pop"),
            (rf"({ID}|[.])+", Name.Namespace, "#pop"),
        ],
    }
