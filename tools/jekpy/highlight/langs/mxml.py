"""MXML and BIML as Rouge 3.30.0 splits them (rouge lib/rouge/lexers/mxml.rb, biml.rb).

MXML: XML-like tags whose ``<![CDATA[`` sections and ``{...}`` attribute bindings are
ActionScript (a fresh ActionScript lexer per piece, as Rouge's ``delegate Actionscript``);
every ``>`` pushes ``root`` again, as in Rouge.  BIML: Rouge's XML lexer with ``<#@ ... #>``
directives and ``<# ... #>`` code blocks (a fresh C# lexer per block) in front.
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups
from pygments.token import Comment, Name, Punctuation, String, Text

from .actionscript import RougeActionScriptLexer
from .base import RougeRegexLexer, fresh_delegate
from .csharp import RougeCSharpLexer
from .xml import RougeXMLLexer

ACTIONSCRIPT = fresh_delegate(RougeActionScriptLexer)


class RougeMXMLLexer(RougeRegexLexer):
    """MXML tokenised like Rouge 3.30.0."""

    name = "MXML (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "root": [
            (r"[^<&]+", Text),
            (r"&\S*?;", Name.Entity),
            (r"<!\[CDATA\[", Comment.Preproc, "actionscript_content"),
            (r"<!--", Comment, "comment"),
            (r"<\?.*?\?>", Comment.Preproc),
            (r"<![^>]*>", Comment.Preproc),
            (r"<\s*[a-zA-Z0-9_:.-]+", Name.Tag, "tag"),
            (r"<\s*/\s*[a-zA-Z0-9_:.-]+\s*>", Name.Tag),
        ],
        "comment": [(r"[^-]+", Comment), (r"-->", Comment, "#pop"), (r"-", Comment)],
        "tag": [
            (r"\s+", Text),
            (r"[a-zA-Z0-9_.:-]+\s*=", Name.Attribute, "attribute"),
            (r"/?\s*>", Name.Tag, "root"),
        ],
        "attribute": [
            (r"\s+", Text),
            (r"(\")(\{|@\{)", bygroups(String, Punctuation), "actionscript_attribute"),
            (r"\".*?\"|'.*?'|[^\s>]+", String, "tag"),
        ],
        "actionscript_content": [
            (r"\]\]>", Comment.Preproc, "#pop"),
            (r"(?s).*?(?=\]\]>)", ACTIONSCRIPT),
        ],
        "actionscript_attribute": [
            (r"(})(\")", bygroups(Punctuation, String), "tag"),
            (r"(?s).*?(?=}\")", ACTIONSCRIPT),
        ],
    }


class RougeBIMLLexer(RougeXMLLexer):
    """BIML tokenised like Rouge 3.30.0."""

    name = "BIML (Rouge)"
    tokens = {
        "root": [
            (r"<#@\s*", Name.Tag, "directive_tag"),
            (r"<#[=]?\s*", Name.Tag, "directive_as_csharp"),
            *RougeXMLLexer.tokens["root"],
        ],
        "directive_as_csharp": [
            (r"\s*#>\s*", Name.Tag, "#pop"),
            (r"(?s).*?(?=\s*#>\s*)", fresh_delegate(RougeCSharpLexer)),
        ],
        "directive_tag": [
            (r"\s+", Text),
            (r"[a-zA-Z0-9_.:-]+\s*=", Name.Attribute, "attr"),
            (r"[a-zA-Z0-9_]+\s*", Name.Attribute),
            (r"/?\s*#>", Name.Tag, "#pop"),
        ],
    }
