"""Lasso as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/lasso.rb).

Markup with ``[ ... ]`` and ``<?lasso ... ?>`` code (the markup goes to one HTML lexer kept
from piece to piece, Rouge's ``parent``); text that does not start with markup is Lasso up to
the first ``]``/``?>``.  Names are looked up lower-cased in Rouge's lists (``lasso.*``):
exceptions, types, traits (``Name.Decorator``), keywords, builtins; ``define`` and member
declarations read signatures.  ``lasso?start_inline=1`` starts in code.
"""

from __future__ import annotations

import re

from pygments.lexer import LexerContext, bygroups, default, include
from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from . import words
from .base import RougeRegexLexer, kept_delegate
from .html import RougeHTMLLexer

ID = r"(?i:[a-z_][\w.]*)"
HTML = kept_delegate(RougeHTMLLexer, "lasso_html")
LISTS = (("exceptions", Name.Exception), ("types", Keyword.Type), ("traits", Name.Decorator),
         ("keywords", Keyword), ("builtins", Name.Builtin))
OPENER = r"(?i)<\?(lasso(script)?|=)"


def _name(lexer, match, ctx):
    slash, word = match.group(1), match.group(2)
    if slash:
        yield match.start(1), Punctuation, slash
    name = word.lower()
    if name == "namespace_using":
        token = Keyword.Namespace
    else:
        token = next((tok for key, tok in LISTS if name in words(f"lasso.{key}")), Name.Other)
    yield match.start(2), token, word
    ctx.pos = match.end()


class RougeLassoLexer(RougeRegexLexer):
    """Lasso tokenised like Rouge 3.30.0."""

    name = "Lasso (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII

    def new_context(self, text: str) -> LexerContext:
        """Rouge's ``start``: straight into code with ``start_inline``."""
        ctx = super().new_context(text)
        inline = self.options.get("start_inline")
        if inline is not None and inline not in ("0", "false", "off", ""):
            ctx.stack.append("lasso")
        return ctx

    tokens = {
        "root": [
            (r"^#![ \S]+lasso9\b", Comment.Preproc, "lasso"),
            (r"(?=\[|<)", Text, "delimiters"),
            (r"\s+", Text.Whitespace),
            default(("delimiters", "lassofile")),
        ],
        "delimiters": [
            (r"\[no_square_brackets\]", Comment.Preproc, "nosquarebrackets"),
            (r"\[noprocess\]", Comment.Preproc, "noprocess"),
            (r"\[", Comment.Preproc, "squarebrackets"),
            (OPENER, Comment.Preproc, "anglebrackets"),
            (r"(?is)([^\[<]|<!--.*?-->|<(script|style).*?\2>|<(?!\?(lasso(script)?|=)))+", HTML),
        ],
        "nosquarebrackets": [
            (r"\[noprocess\]", Comment.Preproc, "noprocess"),
            (OPENER, Comment.Preproc, "anglebrackets"),
            (r"(?is)([^\[<]|<!--.*?-->|<(script|style).*?\2>|<(?!\?(lasso(script)?|=))"
             r"|\[(?!noprocess))+", HTML),
        ],
        "noprocess": [
            (r"\[/noprocess\]", Comment.Preproc, "#pop"),
            (r"(?i)([^\[]|\[(?!/noprocess))+", HTML),
        ],
        "squarebrackets": [(r"\]", Comment.Preproc, "#pop"), include("lasso")],
        "anglebrackets": [(r"\?>", Comment.Preproc, "#pop"), include("lasso")],
        "lassofile": [(r"\]|\?>", Comment.Preproc, "#pop"), include("lasso")],
        "whitespacecomments": [
            (r"\s+", Text),
            (r"//.*?\n", Comment.Single),
            (r"(?s)/\*\*!.*?\*/", Comment.Doc),
            (r"(?s)/\*.*?\*/", Comment.Multiline),
        ],
        "lasso": [
            include("whitespacecomments"),
            (r"(?i)\d*\.\d+(e[+-]?\d+)?", Number.Float),
            (r"(?i)0x[\da-f]+", Number.Hex),
            (r"\d+", Number.Integer),
            (r"(?i)(infinity|NaN)\b", Number),
            (r"'[^'\\]*(\\.[^'\\]*)*'", String.Single),
            (r'"[^"\\]*(\\.[^"\\]*)*"', String.Double),
            (r"`[^`]*`", String.Backtick),
            (rf"\${ID}", Name.Variable),
            (rf"#({ID}|\d+\b)", Name.Variable.Instance),
            (rf"(\.\s*)('{ID}')", bygroups(Name.Builtin.Pseudo, Name.Variable.Class)),
            (rf"(?i)(self)(\s*->\s*)('{ID}')",
             bygroups(Name.Builtin.Pseudo, Operator, Name.Variable.Class)),
            (rf"(\.\.?\s*)({ID}(=(?!=))?)", bygroups(Name.Builtin.Pseudo, Name.Other)),
            (rf"(->\\?\s*|&\s*)({ID}(=(?!=))?)", bygroups(Operator, Name.Other)),
            (r"(?i)(self|inherited|currentcapture|givenblock)\b", Name.Builtin.Pseudo),
            (rf"(?i)-(?!infinity){ID}", Name.Attribute),
            (rf"::\s*{ID}", Name.Label),
            (rf"(?i)(define)(\s+)({ID})(\s*=>\s*)(type|trait|thread)\b",
             bygroups(Keyword.Declaration, Text, Name.Class, Operator, Keyword)),
            (rf"(?i)(define)(\s+)({ID})(\s*->\s*)({ID}=?|[-+*/%])",
             bygroups(Keyword.Declaration, Text, Name.Class, Operator, Name.Function),
             "signature"),
            (rf"(?i)(define)(\s+)({ID})", bygroups(Keyword.Declaration, Text, Name.Function),
             "signature"),
            (rf"(?i)(public|protected|private|provide)(\s+)(({ID}=?|[-+*/%])(?=\s*\())",
             bygroups(Keyword, Text, Name.Function), "signature"),
            (rf"(?i)(public|protected|private|provide)(\s+)({ID})",
             bygroups(Keyword, Text, Name.Function)),
            (r"(?i)(true|false|none|minimal|full|all|void)\b", Keyword.Constant),
            (r"(?i)(local|var|variable|global|data(?=\s))\b", Keyword.Declaration),
            (rf"(?i)({ID})(\s+)(in)\b", bygroups(Name, Text, Keyword)),
            (rf"(?i)(let|into)(\s+)({ID})", bygroups(Keyword, Text, Name)),
            (r",", Punctuation, "commamember"),
            (r"(?i)(and|or|not)\b", Operator.Word),
            (rf"({ID})(\s*::\s*{ID})?(\s*=(?!=|>))", bygroups(Name, Name.Label, Operator)),
            (r"(/?)([\w.]+)", _name),
            (r"(?i)(=)(n?bw|n?ew|n?cn|lte?|gte?|n?eq|n?rx|ft)\b",
             bygroups(Operator, Operator.Word)),
            (r"(:=|[-+*/%=<>&|!?\\]+)", Operator),
            (r"[{}():;,@^]", Punctuation),
        ],
        "signature": [
            (r"=>", Operator, "#pop"),
            (r"\)", Punctuation, "#pop"),
            (r"[(,]", Punctuation, "parameter"),
            include("lasso"),
        ],
        "parameter": [
            (r"\)", Punctuation, "#pop"),
            (rf"-?{ID}", Name.Attribute, "#pop"),
            (r"\.\.\.", Name.Builtin.Pseudo),
            include("lasso"),
        ],
        "commamember": [
            (rf"({ID}=?|[-+*/%])(?=\s*(\(([^()]*\([^()]*\))*[^)]*\)\s*)?(::[\w.\s]+)?=>)",
             Name.Function, "signature"),
            include("whitespacecomments"),
            default("#pop"),
        ],
    }
