"""JavaScript as Rouge 3.30.0's ``Rouge::Lexers::Javascript`` (rouge lib/rouge/lexers/javascript.rb).

What differs from Pygments' JavascriptLexer: quotes are ``String.Delimiter``, template strings
are ``String.Double`` with ``Punctuation`` around ``${...}``, ``new``/``typeof``/``this`` are
plain keywords, keys of object literals are ``Name.Attribute`` and ``label:`` at statement start
``Name.Label``, whitespace is plain text.  Rouge decides regex-vs-division and object-vs-block
with an ``expr_start`` state entered after operators, which this lexer follows.  Rouge's
``(?<=\\n)`` rule never fires (look-behind cannot see past Ruby's StringScanner position), so it
is left out.
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups, default, include
from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text
from pygments.token import Error as Error_

from .base import RougeRegexLexer

KEYWORDS = frozenset(
    "as async await break case catch continue debugger default delete do else export finally "
    "from for if import in instanceof new of return super switch this throw try typeof void "
    "while yield".split()
)
DECLARATIONS = frozenset(
    "var let const with function class extends constructor get set static".split()
)
RESERVED = frozenset("enum implements interface package private protected public".split())
CONSTANTS = frozenset("true false null NaN Infinity undefined".split())
BUILTINS = frozenset(
    "Array Boolean Date Error Function Math netscape Number Object Packages RegExp String sun "
    "decodeURI decodeURIComponent encodeURI encodeURIComponent eval isFinite isNaN parseFloat "
    "parseInt document window navigator self global Promise Set Map WeakSet WeakMap Symbol Proxy "
    "Reflect Int8Array Uint8Array Uint8ClampedArray Int16Array Uint16Array Uint16ClampedArray "
    "Int32Array Uint32Array Uint32ClampedArray Float32Array Float64Array DataView "
    "ArrayBuffer".split()
)
ID = r"(?:[^\W\d]|\$)\w*"


def _word_callback(lists: dict[str, frozenset[str]]):
    """Classify an identifier with these word lists; keywords and declarations start an
    expression (Rouge pushes ``expr_start``)."""

    def callback(lexer, match, ctx):
        word = match.group(0)
        if word in lists["keywords"] or word in lists["declarations"]:
            token = Keyword if word in lists["keywords"] else Keyword.Declaration
            yield match.start(), token, word
            ctx.stack.append("expr_start")
        else:
            yield match.start(), _plain_word(word, lists), word
        ctx.pos = match.end()

    return callback


def _plain_word(word: str, lists: dict[str, frozenset[str]]):
    if word in lists["reserved"]:
        return Keyword.Reserved
    if word in lists["constants"]:
        return Keyword.Constant
    if word in lists["builtins"]:
        return Name.Builtin
    return Name.Other


JS_WORDS = {
    "keywords": KEYWORDS,
    "declarations": DECLARATIONS,
    "reserved": RESERVED,
    "constants": CONSTANTS,
    "builtins": BUILTINS,
}
TS_WORDS = {
    "keywords": KEYWORDS
    | {"is", "namespace", "static", "private", "protected", "public", "implements", "readonly"},
    "declarations": DECLARATIONS | {"type", "abstract"},
    "reserved": RESERVED
    | set("string any void number namespace module declare default interface keyof".split()),
    "constants": CONSTANTS,
    "builtins": BUILTINS | {"Pick", "Partial", "Readonly", "Record"},
}


def regex_literal_states(flags: str) -> dict[str, list]:
    """The regex-literal states Rouge's JavaScript lexer shares with its ActionScript and Haxe
    lexers (rouge lib/rouge/lexers/javascript.rb ``regex``/``regex_end``/``regex_group``);
    ``flags`` are the letters a regex may end with."""
    return {
        "regex": [
            (r"/", String.Regex, ("#pop", "regex_end")),
            (r"[^/]\n", Error_, "#pop"),
            (r"\n", Error_, "#pop"),
            (r"\[\^", String.Escape, "regex_group"),
            (r"\[", String.Escape, "regex_group"),
            (r"\\.", String.Escape),
            (r"[(][?][:=<!]", String.Escape),
            (r"[{][\d,]+[}]", String.Escape),
            (r"[()?]", String.Escape),
            (r".", String.Regex),
        ],
        "regex_end": [(rf"[{flags}]+", String.Regex, "#pop"), default("#pop")],
        "regex_group": [
            (r"/", String.Escape),
            (r"[^/]\n", Error_, "#pop:2"),
            (r"\]", String.Escape, "#pop"),
            (r"\\.", String.Escape),
            (r".", String.Regex),
        ],
    }


# blanks and //, /* */ comments, as the ActionScript, Haxe and CFScript lexers read them
SLASH_COMMENTS_AND_WHITESPACE = [
    (r"\s+", Text),
    (r"//.*?$", Comment.Single),
    (r"(?s)/\*.*?\*/", Comment.Multiline),
]


def js_tokens(lists: dict[str, frozenset[str]] = JS_WORDS) -> dict[str, list]:
    """The state table for these word lists."""
    return {
        "multiline_comment": [
            (r"[*]/", Comment.Multiline, "#pop"),
            (r"[^*/]+", Comment.Multiline),
            (r"[*/]", Comment.Multiline),
        ],
        "comments_and_whitespace": [
            (r"\s+", Text),
            (r"<!--", Comment),
            (r"//.*?$", Comment.Single),
            (r"/[*]", Comment.Multiline, "multiline_comment"),
        ],
        "expr_start": [
            include("comments_and_whitespace"),
            (r"/", String.Regex, ("#pop", "regex")),
            (r"[{]", Punctuation, ("#pop", "object")),
            default("#pop"),
        ],
        **regex_literal_states("gimuy"),
        "root": [
            (r"\s*#!.*?\n", Comment.Preproc, "statement"),  # Rouge: \A = here
            include("comments_and_whitespace"),
            (r"\+\+|--|~|\?\?=?|&&|\|\||\\(?=\n)|<<|>>>?|===|!==", Operator, "expr_start"),
            (r"[-<>+*%&|\^/!=]=?", Operator, "expr_start"),
            (r"[(\[,]", Punctuation, "expr_start"),
            (r";", Punctuation, "statement"),
            (r"[)\].]", Punctuation),
            (r"`", String.Double, "template_string"),
            (r"[?][.]", Punctuation),
            (r"[?]", Punctuation, ("ternary", "expr_start")),
            (r"(@)([a-zA-Z0-9_]+)?", bygroups(Punctuation, Name.Decorator), "expr_start"),
            (r"[{}]", Punctuation, "statement"),
            (ID, _word_callback(lists)),
            (r"[0-9][0-9]*\.[0-9]+([eE][0-9]+)?[fd]?", Number.Float),
            (r"0[xX][0-9a-fA-F]+", Number.Hex),
            (r"0[oO][0-7][0-7_]*", Number.Oct),
            (r"0[bB][01][01_]*", Number.Bin),
            (r"[0-9]+", Number.Integer),
            (r'"', String.Delimiter, "dq"),
            (r"'", String.Delimiter, "sq"),
            (r":", Punctuation),
        ],
        "dq": [
            (r'\\[\\nrt"]?', String.Escape),
            (r'[^\\"]+', String.Double),
            (r'"', String.Delimiter, "#pop"),
        ],
        "sq": [
            (r"\\[\\nrt']?", String.Escape),
            (r"[^\\']+", String.Single),
            (r"'", String.Delimiter, "#pop"),
        ],
        "statement": [
            (r"case\b", Keyword, ("#pop", "expr_start")),
            (rf"({ID})(\s*)(:)", bygroups(Name.Label, Text, Punctuation)),
            include("expr_start"),
        ],
        "object": [
            include("comments_and_whitespace"),
            (r"[{]", Punctuation, "#push"),
            (r"[}]", Punctuation, ("#pop", "statement")),
            (rf"({ID})(\s*)(:)", bygroups(Name.Attribute, Text, Punctuation), "expr_start"),
            (r":", Punctuation),
            include("root"),
        ],
        "ternary": [(r":", Punctuation, ("#pop", "expr_start")), include("root")],
        "template_string": [
            (r"[$]\{", Punctuation, "template_string_expr"),
            (r"`", String.Double, "#pop"),
            (r"\\[$`]", String.Escape),
            (r"[^$`\\]+", String.Double),
            (r"[\\$]", String.Double),
        ],
        "template_string_expr": [(r"\}", Punctuation, "#pop"), include("root")],
    }


class RougeJavascriptLexer(RougeRegexLexer):
    """JavaScript tokenised like Rouge 3.30.0."""

    name = "JavaScript (Rouge)"
    aliases = []
    flags = re.MULTILINE
    tokens = js_tokens()


def ts_tokens() -> dict[str, list]:
    """TypeScript: JavaScript with more words and a few rules in front (rouge
    lib/rouge/lexers/typescript/common.rb)."""
    table = js_tokens(TS_WORDS)
    table["root"] = [(r"[?][.]", Punctuation), (r"[?]{2}", Operator), *table["root"]]
    table["statement"] = [
        (rf"({ID})(\??)(\s*)(:)", bygroups(Name.Label, Punctuation, Text, Punctuation),
         "expr_start"),
        *table["statement"],
    ]
    return table


class RougeTypescriptLexer(RougeRegexLexer):
    """TypeScript tokenised like Rouge 3.30.0."""

    name = "TypeScript (Rouge)"
    aliases = []
    flags = re.MULTILINE
    tokens = ts_tokens()
