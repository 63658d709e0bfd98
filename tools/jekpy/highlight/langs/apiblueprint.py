"""API Blueprint as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/apiblueprint.rb): Rouge's
Markdown lexer with rules in front for metadata (``Key: value`` anywhere on a line),
resource groups and actions, relations, MSON attribute lists and request/response heads.
"""

from __future__ import annotations

from pygments.lexer import bygroups
from pygments.token import Generic, Keyword, Literal, Name, Punctuation

from .markdown import RougeMarkdownLexer


class RougeAPIBlueprintLexer(RougeMarkdownLexer):
    """API Blueprint tokenised like Rouge 3.30.0."""

    name = "API Blueprint (Rouge)"
    tokens = {
        "root": [
            (r"(\S+)(:\s*)(.*)$", bygroups(Name.Variable, Punctuation, Literal.String)),
            (r"^(#+)(\s*Group\s+)(.*)$", bygroups(Punctuation, Keyword, Generic.Heading)),
            (r"^(#+)(.*)(\[.*\])$", bygroups(Punctuation, Generic.Heading, Literal.String)),
            (r"^([\+\-\*])(\s*Relation:)(\s*.*)$",
             bygroups(Punctuation, Keyword, Literal.String)),
            (r"^(\s+[\+\-\*]\s*)(Attributes|Parameters)(.*)$",
             bygroups(Punctuation, Keyword, Literal.String)),
            (r"^([\+\-\*]\s*)(Request|Response)(\s+\d\d\d)?(.*)$",
             bygroups(Punctuation, Keyword, Literal.Number, Literal.String)),
            *RougeMarkdownLexer.tokens["root"],
        ],
    }
