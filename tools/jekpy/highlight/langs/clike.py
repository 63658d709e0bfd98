"""C and C++ as Rouge 3.30.0's ``Rouge::Lexers::C`` / ``Cpp`` (rouge lib/rouge/lexers/c.rb,
cpp.rb) split them.

Rouge starts every line in a ``bol`` state (labels, preprocessor lines), recognises a function
definition at the top level (return type, name as ``Name.Function``, signature - the pieces
around the name lexed again by a fresh lexer), marks ``true``/``false``/``NULL`` as
``Name.Builtin``, keeps ``//`` comments without their newline and lexes the line after ``#`` as
``Comment.Preproc`` (``#include`` targets ``Comment.PreprocFile``).  C++ adds its keywords,
``class``/``template`` states, digit separators and raw strings.
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups, default, include
from pygments.token import (
    Comment,
    Error,
    Keyword,
    Name,
    Number,
    Operator,
    Punctuation,
    String,
    Text,
)

from . import words
from .base import RougeRegexLexer

ID = r"[a-zA-Z_][a-zA-Z0-9_]*"
WS = r"(?:\s|//.*?\n|/[*].*?[*]/)+"
DQ = r"\d(?:'?\d)*"


def _word_callback(prefix: str):
    def callback(lexer, match, ctx):
        name = match.group(0)
        if name in words(f"{prefix}.keywords"):
            token = Keyword
        elif name in words(f"{prefix}.keywords_type"):
            token = Keyword.Type
        elif name in words(f"{prefix}.reserved"):
            token = Keyword.Reserved
        elif name in words(f"{prefix}.builtins"):
            token = Name.Builtin
        else:
            token = Name
        yield match.start(), token, name
        ctx.pos = match.end()

    return callback


def _function_definition(lexer, match, ctx):
    """``type name(args) {``: the name is a function, the rest lexed afresh (Rouge: recurse)."""
    yield from _recurse(lexer, match, 1)
    yield match.start(2), Name.Function, match.group(2)
    yield from _recurse(lexer, match, 3)
    yield from _recurse(lexer, match, 4)
    yield match.start(5), Punctuation, match.group(5)
    if match.group(5) == "{":
        ctx.stack.append("function")
    ctx.pos = match.end()


def _recurse(lexer, match, group: int):
    text = match.group(group)
    if not text:
        return
    fresh = type(lexer)(stripnl=False, ensurenl=False)
    for pos, ttype, value in fresh.get_tokens_unprocessed(text):
        yield match.start(group) + pos, ttype, value


def c_statements(prefix: str) -> list:
    """Rouge's C ``statements`` state with the ``<prefix>.*`` word lists."""
    return [
        include("whitespace"),
        (r'(u8|u|U|L)?"', String, "string"),
        (r"(?i)(u8|u|U|L)?'(\\.|\\[0-7]{1,3}|\\x[a-f0-9]{1,2}|[^\\'\n])'", String.Char),
        (r"(?i)(\d+[.]\d*|[.]?\d+)e[+-]?\d+[lu]*", Number.Float),
        (r"(?i)\d+e[+-]?\d+[lu]*", Number.Float),
        (r"(?i)0x[0-9a-f]+[lu]*", Number.Hex),
        (r"(?i)0[0-7]+[lu]*", Number.Oct),
        (r"(?i)\d+[lu]*", Number.Integer),
        (r"\*/", Error),
        (r"[~!%^&*+=|?:<>/-]", Operator),
        (r"[()\[\],.;]", Punctuation),
        (r"(?=\w)case\b", Keyword, "case"),
        (r"(?:true|false|NULL)\b", Name.Builtin),
        (ID, _word_callback(prefix)),
    ]


def _cpp_statements() -> list:
    return [
        (r"(class|struct)\b", Keyword, "classname"),
        (r"template\b", Keyword, "template"),
        (rf"{DQ}(\.{DQ})?(?:y|d|h|(?:min)|s|(?:ms)|(?:us)|(?:ns)|i|(?:if)|(?:il))\b", Number.Other),
        (rf"(?i)({DQ}[.](?:{DQ})?|[.]{DQ})(e[+-]?{DQ}[lu]*)?", Number.Float),
        (rf"(?i){DQ}e[+-]?{DQ}[lu]*", Number.Float),
        (r"(?i)0x[0-9a-f]('?[0-9a-f])*[lu]*", Number.Hex),
        (r"0b[01]+('[01]+)*", Number.Bin),
        (r"(?i)0[0-7]('?[0-7])*[lu]*", Number.Oct),
        (rf"(?i){DQ}[lu]*", Number.Integer),
        (r"(?=\w)nullptr\b", Name.Builtin),
        (r"(?s)(?:u8|u|U|L)?R\"([a-zA-Z0-9_{}\[\]#<>%:;.?*+\-/^&|~!=,\"']{0,16})\(.*?\)\1\"",
         String),
        (r"(::|<=>)", Operator),
        (r"[{}]", Punctuation),
    ]


SIGNATURE = r"\s*\([^;]*?\)"
HLSL_SIGNATURE = rf"\s*\([^;]*?\)(?:\s*:\s+{ID})?"


def c_tokens(prefix: str = "c", cpp: bool = False, signature: str = SIGNATURE) -> dict[str, list]:
    """Rouge's C state table (with C++'s additions when ``cpp``); ``prefix`` is the Rouge tag
    whose word lists apply (``c``, ``cpp``, ``cuda``, ``glsl``, ...)."""
    statements = c_statements(prefix)
    if cpp:
        statements = _cpp_statements() + statements
    root = [
        include("expr_whitespace"),
        (rf"(?s)([\w*\s]+?[\s*])({ID})({signature})({WS})?({{|;)", _function_definition),
        (r"\{", Punctuation, "function"),
        include("statements"),
    ]
    if cpp:
        root.insert(0, (r"(?:__offload|__blockingoffload|__outer)\b", Keyword.Pseudo))
    table = {
        "expr_bol": [
            include("inline_whitespace"),
            (r"#if\s0", Comment, "if_0"),
            (r"#", Comment.Preproc, "macro"),
            default("#pop"),
        ],
        "bol": [(rf"{ID}:(?!:)", Name.Label), include("expr_bol")],
        "inline_whitespace": [
            (r"[ \t\r]+", Text),
            (r"\\\n", Text),
            (r"(?s)/(\\\n)?[*].*?[*](\\\n)?/", Comment.Multiline),
        ],
        "whitespace": [
            (r"\n+", Text, "bol"),
            (r"//(\\.|.)*?$", Comment.Single, "bol"),
            include("inline_whitespace"),
        ],
        "expr_whitespace": [(r"\n+", Text, "expr_bol"), include("whitespace")],
        "statements": statements,
        "case": [(r":(?!:)" if cpp else r":", Punctuation, "#pop"), include("statements")],
        "root": root,
        "function": [
            include("whitespace"),
            include("statements"),
            (r";", Punctuation),
            (r"\{", Punctuation, "function"),
            (r"\}", Punctuation, "#pop"),
        ],
        "string": [
            (r'"', String, "#pop"),
            (r"\\([\\abfnrtv\"']|x[a-fA-F0-9]{2,4}|[0-7]{1,3})", String.Escape),
            (r'[^\\"\n]+', String),
            (r"\\\n", String),
            (r"\\", String),
        ],
        "macro": [
            include("include"),
            (r"[^/\n\\]+", Comment.Preproc),
            (r"(?s)\\.", Comment.Preproc),
            include("inline_whitespace"),
            (r"/", Comment.Preproc),
            (r"\n", Comment.Preproc, "#pop"),
        ],
        "include": [
            (r"(include)(\s*)(<[^>]+>)([^\n]*)",
             bygroups(Comment.Preproc, Text, Comment.PreprocFile, Comment.Single)),
            (r"(include)(\s*)(\"[^\"]+\")([^\n]*)",
             bygroups(Comment.Preproc, Text, Comment.PreprocFile, Comment.Single)),
        ],
        "if_0": [
            (r"^\s*#if", Comment, "if_0"),
            (r"^\s*#\s*el(?:se|if)", Comment, "#pop"),
            (r"(?s)^\s*#\s*endif\b.*?(?<!\\)\n", Comment, "#pop"),
            (r".*?\n", Comment),
        ],
    }
    if cpp:
        table["classname"] = [
            (ID, Name.Class, "#pop"),
            include("whitespace"),
            (r"[.]{3}", Operator),
            (r",", Punctuation, "#pop"),
            default("#pop"),
        ]
        table["template"] = [
            (r"[>;]", Punctuation, "#pop"),
            (r"typename\b", Keyword, "classname"),
            include("statements"),
        ]
    return table


class RougeCLexer(RougeRegexLexer):
    """C tokenised like Rouge 3.30.0."""

    name = "C (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII  # Ruby's \w/\d/\s (chosen by random-input agreement)
    tokens = c_tokens("c")

    start_stack = ("root", "bol")  # Rouge: start { push :bol }


class RougeCppLexer(RougeCLexer):
    """C++ tokenised like Rouge 3.30.0."""

    name = "C++ (Rouge)"
    tokens = c_tokens("cpp", cpp=True)


class RougeCUDALexer(RougeCLexer):
    """CUDA (C++ with CUDA's words) tokenised like Rouge 3.30.0."""

    name = "CUDA (Rouge)"
    tokens = c_tokens("cuda", cpp=True)


class RougeHLSLLexer(RougeCLexer):
    """HLSL (C with HLSL's words and ``: SEMANTIC`` after signatures) like Rouge 3.30.0."""

    name = "HLSL (Rouge)"
    tokens = c_tokens("hlsl", signature=HLSL_SIGNATURE)


class RougeGLSLLexer(RougeCLexer):
    """GLSL (C with GLSL's words) tokenised like Rouge 3.30.0."""

    name = "GLSL (Rouge)"
    tokens = c_tokens("glsl")


OBJC_ID = r"[a-zA-Z$_][a-zA-Z0-9$_]*"
OBJC_AT_KEYWORDS = frozenset(
    "selector private protected public encode synchronized try throw catch finally end property "
    "synthesize dynamic optional interface implementation import autoreleasepool".split()
)
OBJC_AT_BUILTINS = frozenset(["true", "false", "YES", "NO"])


def _objc_at_word(lexer, match, ctx):
    word = match.group(1)
    if word in OBJC_AT_KEYWORDS:
        token = Keyword
    elif word in OBJC_AT_BUILTINS:
        token = Name.Builtin
    else:
        token = Error
    yield match.start(), token, match.group(0)
    ctx.pos = match.end()


def _objc_method_start(lexer, match, ctx):
    """``- (type) name``: sign, then the return type lexed afresh, then the definition."""
    yield match.start(1), Keyword, match.group(1)
    if match.group(2):
        yield match.start(2), Text, match.group(2)
    yield from _recurse(lexer, match, 3)
    if match.group(4):
        yield match.start(4), Text, match.group(4)
    ctx.stack.append("method_definition")
    ctx.pos = match.end()


def _objc_typed_argument(lexer, match, ctx):
    yield from _recurse(lexer, match, 1)
    yield match.start(2), Name.Variable, match.group(2)
    ctx.pos = match.end()


def objc_tokens(prefix: str = "objective_c", cpp: bool = False) -> dict[str, list]:
    """Objective-C(++): Rouge's C (C++) table plus the rules of rouge objective_c/common.rb."""
    table = c_tokens(prefix, cpp)
    table["statements"] = [
        (r'@"', String, "string"),
        (r"@'(\\[0-7]{1,3}|\\x[a-fA-F0-9]{1,2}|\\.|[^\\'\n]')", String.Char),
        (r"(?i)@(\d+[.]\d*|[.]\d+|\d+)e[+-]?\d+l?", Number.Float),
        (r"(?i)@(\d+[.]\d*|[.]\d+|\d+f)f?", Number.Float),
        (r"@0x[0-9a-fA-F]+[lL]?", Number.Hex),
        (r"(?i)@0[0-7]+l?", Number.Oct),
        (r"@\d+l?", Number.Integer),
        (r"(?=\w)in\b", Keyword),
        (r"@(?:interface|implementation)\b", Keyword, "objc_classname"),
        (r"@(?:class|protocol)\b", Keyword, "forward_classname"),
        (r"@([^\W_]+)", _objc_at_word),
        (r"[?]", Punctuation, "ternary"),
        (r"\[", Punctuation, "message"),
        (r"@\[", Punctuation, "array_literal"),
        (r"@\{", Punctuation, "dictionary_literal"),
        *table["statements"],
    ]
    table["root"] = [
        (rf"(?i)([-+])(\s*)([(].*?[)])?(\s*)(?={OBJC_ID}:?)", _objc_method_start),
        *table["root"],
    ]
    name_colon = rf"({OBJC_ID})(\s*)(:)"
    table.update({
        "ternary": [(r":", Punctuation, "#pop"), include("statements")],
        "message_shared": [
            (r"\]", Punctuation, "#pop"),
            (r"\{", Punctuation, "#pop"),
            (r";", Error),
            include("statements"),
        ],
        "message": [
            (name_colon, bygroups(Name.Function, Text, Punctuation),
             ("#pop", "message_with_args")),
            (rf"({OBJC_ID})(\s*)(\])", bygroups(Name.Function, Text, Punctuation), "#pop"),
            include("message_shared"),
        ],
        "message_with_args": [
            (r"\{", Punctuation, "function"),
            (name_colon, bygroups(Name.Function, Text, Punctuation), "#pop"),
            include("message_shared"),
        ],
        "array_literal": [(r"]", Punctuation, "#pop"), (r",", Punctuation),
                          include("statements")],
        "dictionary_literal": [(r"}", Punctuation, "#pop"), (r",", Punctuation),
                               include("statements")],
        "objc_classname": [
            include("whitespace"),
            (rf"({OBJC_ID})(\s*)(:)(\s*)({OBJC_ID})",
             bygroups(Name.Class, Text, Punctuation, Text, Name.Class), "#pop"),
            (rf"({OBJC_ID})(\s*)([(])(\s*)({OBJC_ID})(\s*)([)])",
             bygroups(Name.Class, Text, Punctuation, Text, Name.Label, Text, Punctuation),
             "#pop"),
            (OBJC_ID, Name.Class, "#pop"),
        ],
        "forward_classname": [
            include("whitespace"),
            (rf"({OBJC_ID})(\s*)(,)(\s*)", bygroups(Name.Class, Text, Punctuation, Text),
             "#push"),
            (rf"({OBJC_ID})(\s*)(;?)", bygroups(Name.Class, Text, Punctuation), "#pop"),
        ],
        "method_definition": [
            (r",", Punctuation),
            (r"[.][.][.]", Punctuation),
            (rf"([(].*?[)])({OBJC_ID})", _objc_typed_argument),
            (rf"(?s){name_colon}", bygroups(Name.Function, Text, Punctuation)),
            (r";", Punctuation, "#pop"),
            (r"\{", Punctuation, ("#pop", "function")),
            include("inline_whitespace"),
            (r"//.*?\n", Comment.Single),
            (r"\s+", Text),
            default("#pop"),
        ],
    })
    return table


class RougeObjectiveCLexer(RougeCLexer):
    """Objective-C tokenised like Rouge 3.30.0."""

    name = "Objective-C (Rouge)"
    flags = re.MULTILINE  # Unicode \w agrees better with Rouge here
    tokens = objc_tokens()


def _objcpp_tokens() -> dict[str, list]:
    table = objc_tokens("objective_cpp", cpp=True)
    table["statements"] = [
        (r"(\.)(class)", bygroups(Operator, Name.Builtin.Pseudo)),
        (r"(@selector)(\()(class)(\))",
         bygroups(Keyword, Punctuation, Name.Builtin.Pseudo, Punctuation)),
        *table["statements"],
    ]
    return table


class RougeObjectiveCppLexer(RougeCLexer):
    """Objective-C++ tokenised like Rouge 3.30.0."""

    name = "Objective-C++ (Rouge)"
    flags = re.MULTILINE  # Unicode \w agrees better with Rouge here
    tokens = _objcpp_tokens()

