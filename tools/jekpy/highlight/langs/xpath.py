"""XPath 3.1 and XQuery 3.1 as Rouge 3.30.0 splits them (rouge lib/rouge/lexers/xpath.rb,
xquery.rb).

XPath: a name before ``(`` is a ``Name.Function``, other names ``Name.Tag`` (path steps),
``$x`` ``Name.Variable``, ``@x`` ``Name.Attribute``; after ``as``, ``instance of``, ``treat as``
and ``cast as`` a sequence type follows (``Keyword.Type`` with kind tests and occurrence
indicators).  Comments ``(: :)`` nest.  XQuery adds its keywords, direct XML constructors
(``<tag attr="{expr}">...</tag>``), annotations, pragmas and string constructors in front.
Rouge's word lists are ``Regexp.union``s; they are joined here the same way (escaped, in
Rouge's order), and a rule's own words stay in Rouge's order too.
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups, include
from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from .base import RougeRegexLexer

WS = Text.Whitespace
DIGITS = r"[0-9]+"
DECIMAL = rf"\.{DIGITS}|{DIGITS}\.[0-9]*"
DOUBLE = rf"(\.{DIGITS})|{DIGITS}(\.[0-9]*)?[eE][+-]?{DIGITS}"
STRING = r"(\"((\"\")|[^\"])*\")|('((''|[^'])*)')"
NCNAME = r"(?i:[a-z_][a-z_\-.0-9]*)"
QNAME = rf"(?:{NCNAME})(?::{NCNAME})?"
EQNAME = rf"(?:Q\{{[^{{}}]*\}}{NCNAME}|{QNAME})"
OPEN_PAREN = r"\((?!:)"


def union(words: str) -> str:
    """Rouge's ``Regexp.union`` of words: escaped, in order, as one group."""
    return "(?:" + "|".join(re.escape(w) for w in words.split()) + ")"


KIND_TEST = union("element attribute schema-element schema-attribute comment text node "
                  "document-node namespace-node")
AXES = union("child descendant attribute self descendant-or-self following-sibling following "
             "namespace parent ancestor preceding-sibling preceding ancestor-or-self")
OPERATORS = union(", => = := : >= >> > <= << < - * != + // / || |")
KEYWORDS = union("let for some every if then else return in satisfies")
WORD_OPERATORS = union("and or eq ge gt le lt ne is div mod idiv intersect except union to")
CONSTRUCTOR_TYPES = union("function array map empty-sequence")
XQUERY_KEYWORDS = "(?:" + KEYWORDS + "|" + union("""
xquery encoding version declare module namespace copy-namespaces boundary-space construction
default collation base-uri preserve strip ordering ordered unordered order empty greatest least
preserve no-preserve inherit no-inherit decimal-format decimal-separator grouping-separator
infinity minus-sign NaN percent per-mille zero-digit digit pattern-separator exponent-separator
import schema at element option function external context item typeswitch switch case try catch
validate lax strict type document element attribute text comment processing-instruction for let
where order group by return allowing tumbling stable sliding window start end only when previous
next count collation ascending descending""") + ")"


def _type_commands(goto: bool) -> list:
    """``cast as`` / ``treat as`` / ``instance of``: push (or, inside a type, go to) the state
    that reads the type."""

    def to(state):
        return ("#pop", state) if goto else state

    return [
        (r"(cast|castable)(\s+)(as)", bygroups(Keyword, WS, Keyword), to("singletype")),
        (r"(treat)(\s+)(as)", bygroups(Keyword, WS, Keyword), to("itemtype")),
        (r"(instance)(\s+)(of)", bygroups(Keyword, WS, Keyword), to("itemtype")),
    ]


def xpath_tokens() -> dict[str, list]:
    """Rouge's XPath state table."""
    return {
        "commentsAndWhitespace": [(r"\(:", Comment, "comment"), (r"\s+", WS)],
        "root": [
            include("commentsAndWhitespace"),
            (DOUBLE, Number.Float),
            (DECIMAL, Number.Float),
            (DIGITS, Number),
            (STRING, String),
            (r"\$", Name.Variable, "varname"),
            (OPERATORS, Operator),
            (rf"{WORD_OPERATORS}\b", Operator.Word),
            (rf"{KEYWORDS}\b", Keyword),
            (r"[?,{}()\[\]]", Punctuation),
            (rf"(function)(\s*)({OPEN_PAREN})", bygroups(Keyword, WS, Punctuation)),
            (r"(map|array|empty-sequence)", Keyword),
            (rf"({KIND_TEST})(\s*)({OPEN_PAREN})", bygroups(Keyword, WS, Punctuation),
             "kindtest"),
            (rf"(processing-instruction)(\s*)({OPEN_PAREN})", bygroups(Keyword, WS, Punctuation),
             "kindtestforpi"),
            (rf"({EQNAME})(\s*)({OPEN_PAREN})", bygroups(Name.Function, WS, Punctuation)),
            (rf"({EQNAME})(\s*)(#)(\s*)(\d+)",
             bygroups(Name.Function, WS, Name.Function, WS, Name.Function)),
            *_type_commands(goto=False),
            (r"(as)\b", Keyword, "itemtype"),
            (rf"({NCNAME})(\s*)(:)(\s*)(\*)", bygroups(Name.Tag, WS, Punctuation, WS, Operator)),
            (rf"(\*)(\s*)(:)(\s*)({NCNAME})", bygroups(Operator, WS, Punctuation, WS, Name.Tag)),
            (rf"({AXES})(\s*)(::)", bygroups(Keyword, WS, Operator)),
            (r"\.\.|\.|\*", Operator),
            (r"@", Name.Attribute, "attrname"),
            (EQNAME, Name.Tag),
        ],
        "singletype": [include("commentsAndWhitespace"), (EQNAME, Keyword.Type, "#pop")],
        "itemtype": [
            include("commentsAndWhitespace"),
            (rf"({KIND_TEST})(\s*)({OPEN_PAREN})", bygroups(Keyword.Type, WS, Punctuation),
             ("#pop", "occurrenceindicator", "kindtest")),
            (rf"(processing-instruction)(\s*)({OPEN_PAREN})",
             bygroups(Keyword.Type, WS, Punctuation),
             ("#pop", "occurrenceindicator", "kindtestforpi")),
            (rf"(item)(\s*)({OPEN_PAREN})(\s*)(\))",
             bygroups(Keyword.Type, WS, Punctuation, WS, Punctuation),
             ("#pop", "occurrenceindicator")),
            (rf"({CONSTRUCTOR_TYPES})(\s*)({OPEN_PAREN})",
             bygroups(Keyword.Type, WS, Punctuation)),
            *_type_commands(goto=True),
            (r"(as)\b", Keyword),
            (OPERATORS, Operator, "#pop"),
            (rf"{WORD_OPERATORS}\b", Operator.Word, "#pop"),
            (rf"{KEYWORDS}\b", Keyword, "#pop"),
            (r"[\[),]", Punctuation, "#pop"),
            (EQNAME, Keyword.Type, ("#pop", "occurrenceindicator")),
        ],
        "kindtest": [
            include("commentsAndWhitespace"),
            (r"[?*]", Operator),
            (r",", Punctuation),
            (rf"(element|schema-element)(\s*)({OPEN_PAREN})",
             bygroups(Keyword.Type, WS, Punctuation), "kindtest"),
            (EQNAME, Name.Tag),
            (r"\)", Punctuation, "#pop"),
        ],
        "kindtestforpi": [
            include("commentsAndWhitespace"),
            (NCNAME, Name),
            (STRING, String),
            (r"\)", Punctuation, "#pop"),
        ],
        "occurrenceindicator": [
            include("commentsAndWhitespace"),
            (r"[?*+]", Operator, "#pop"),
            (r"(?![?*+])", Text, "#pop"),
        ],
        "varname": [
            include("commentsAndWhitespace"),
            (rf"({EQNAME})(\s*)({OPEN_PAREN})", bygroups(Name.Variable, WS, Punctuation),
             "#pop"),
            (EQNAME, Name.Variable, "#pop"),
        ],
        "attrname": [
            include("commentsAndWhitespace"),
            (EQNAME, Name.Attribute, "#pop"),
            (r"\*", Operator, "#pop"),
        ],
        "comment": [
            (r":\)", Comment, "#pop"),
            (r"\(:", Comment, "comment"),
            (r"[^:(]+", Comment),
            (r"[:(]", Comment),
        ],
    }


class RougeXPathLexer(RougeRegexLexer):
    """XPath tokenised like Rouge 3.30.0."""

    name = "XPath (Rouge)"
    aliases = []
    flags = re.MULTILINE
    tokens = xpath_tokens()


def _close_brace(lexer, match, ctx):
    """``}``: punctuation, and back out of an embedded expression if there is one."""
    yield match.start(), Punctuation, match.group(0)
    ctx.pos = match.end()
    if len(ctx.stack) > 1:
        ctx.stack.pop()


def _xquery_tokens() -> dict[str, list]:
    table = xpath_tokens()
    table["root"] = [
        include("tags"),
        (r"\{", Punctuation),
        (r"\}`?", _close_brace),
        (rf"(namespace)(\s+)({NCNAME})", bygroups(Keyword, WS, Name.Namespace)),
        (rf"({XQUERY_KEYWORDS})\b", Keyword),
        (r";", Punctuation),
        (r"%", Keyword.Declaration, "annotation"),
        (rf"(\(#)(\s*)({EQNAME})", bygroups(Comment.Preproc, WS, Name.Tag), "pragma"),
        (r"``\[", String, "str_constructor"),
        *table["root"],
    ]
    table.update({
        "tags": [
            (rf"<{QNAME}", Name.Tag, "start_tag"),
            (r"<!--", Comment, "xml_comment"),
            (r"<\?.*?\?>", Comment.Preproc),
            (r"<!\[CDATA\[.*?\]\]>", Comment.Preproc),
            (r"&\S*?;", Name.Entity),
        ],
        "annotation": [include("commentsAndWhitespace"), (EQNAME, Keyword.Declaration, "#pop")],
        "pragma": [
            include("commentsAndWhitespace"),
            (r"#\)", Comment.Preproc, "#pop"),
            (r".", Comment.Preproc),
        ],
        "str_constructor": [
            (r"`\{", Punctuation, "root"),
            (r"\]``", String, "#pop"),
            (r"[^`\]]+", String),
            (r"[`\]]", String),
        ],
        "xml_comment": [(r"[^-]+", Comment), (r"-->", Comment, "#pop"), (r"-", Comment)],
        "start_tag": [
            (r"\s+", WS),
            (r"([a-zA-Z0-9_.:-]+\s*=)(\")", bygroups(Name.Attribute, String), "quot_attr"),
            (r"([a-zA-Z0-9_.:-]+\s*=)(')", bygroups(Name.Attribute, String), "apos_attr"),
            (r">", Name.Tag, "tag_content"),
            (r"/>", Name.Tag, "#pop"),
        ],
        "quot_attr": _attr_rules('"'),
        "apos_attr": _attr_rules("'"),
        "tag_content": [
            (r"\s+", WS),
            include("tags"),
            (r"(\{\{|\}\})", Text),
            (r"\{", Punctuation, "root"),
            (r"[^{}<&]", Text),
            (rf"</{QNAME}(\s*)>", Name.Tag, "#pop:2"),
        ],
    })
    return table


def _attr_rules(quote: str) -> list:
    return [
        (quote, String, "#pop"),
        (r"\{\{", String),
        (r"\{", Punctuation, "root"),
        (rf"[^{quote}{{>]+", String),
    ]


class RougeXQueryLexer(RougeRegexLexer):
    """XQuery tokenised like Rouge 3.30.0."""

    name = "XQuery (Rouge)"
    aliases = []
    flags = re.MULTILINE
    tokens = _xquery_tokens()
