"""Pascal, Vala, Turtle, SPARQL and Cypher as Rouge 3.30.0 splits them (rouge lib/rouge/lexers/
pascal.rb, vala.rb, turtle.rb, sparql.rb, cypher.rb).

Pascal: keywords and types are matched case-insensitively, all punctuation is
``Punctuation``.  Vala: like Rouge's C# lexer.  Turtle (RDF): prefixed names
``Name.Namespace``, IRIs ``Name.Label``, blanks ``Text.Whitespace``.
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups, include
from pygments.token import (
    Comment,
    Error,
    Keyword,
    Literal,
    Name,
    Number,
    Operator,
    Punctuation,
    String,
    Text,
)

from . import words
from .base import RougeRegexLexer

PASCAL_KEYWORDS = """
absolute abstract all and and_then array as asm assembler attribute begin bindable case class
const constructor delay destructor div do downto else end except exit export exports external
far file finalization finally for forward function goto if implementation import in inc index
inherited initialization inline interface interrupt is label library message mod module near
nil not object of on only operator or or_else otherwise out overload override packed pascal pow
private procedure program property protected public published qualified raise read record
register repeat resident resourcestring restricted safecall segment set shl shr stdcall stored
string then threadvar to try type unit until uses value var view virtual while with write
writeln xor
""".split()
PASCAL_TYPES = """
ansichar ansistring bool boolean byte bytebool cardinal char comp currency double dword extended
int64 integer iunknown longbool longint longword pansichar pansistring pbool pboolean pbyte
pbytearray pcardinal pchar pcomp pcurrency pdate pdatetime pdouble pdword pextended phandle
pint64 pinteger plongint plongword pointer ppointer pshortint pshortstring psingle psmallint
pstring pvariant pwidechar pwidestring pword pwordarray pwordbool real real48 shortint
shortstring single smallint string tclass tdate tdatetime textfile thandle tobject ttime variant
widechar widestring word wordbool
""".split()
ID = r"(?i:@?[_a-z]\w*)"


class RougePascalLexer(RougeRegexLexer):
    """Pascal tokenised like Rouge 3.30.0."""

    name = "Pascal (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII

    tokens = {
        "whitespace": [
            (r"\s+", Text),
            (r"(//).*$\n?", Comment.Single),
            (r"(--).*$\n?", Comment.Single),
            (r"(?s)\(\*.*?\*\)", Comment.Multiline),
            (r"(?s)\{.*?\}", Comment.Multiline),
        ],
        "root": [
            include("whitespace"),
            (r"((0(x|X)[0-9a-fA-F]*)|(([0-9]+\.?[0-9]*)|(\.[0-9]+))((e|E)(\+|-)?[0-9]+)?)"
             r"(L|l|UL|ul|u|U|F|f|ll|LL|ull|ULL)?", Number),
            (r"\$[0-9A-Fa-f]+", Number.Hex),
            (r"[~!@#$%^&*()+`\-={}\[\]:;<>?,./|\\]", Punctuation),
            (r"'([^']|'')*'", String),
            (r"(?i)(true|false|nil)\b", Name.Builtin),
            (rf"(?i)(?=\w)({'|'.join(PASCAL_KEYWORDS)})\b", Keyword),
            (rf"(?i)(?=\w)({'|'.join(PASCAL_TYPES)})\b", Keyword.Type),
            (ID, Name),
        ],
    }


VALA_KEYWORDS = """
abstract as async base break case catch const construct continue default delegate delete do
dynamic else ensures enum errordomain extern false finally for foreach get global if in inline
interface internal is lock new null out override owned private protected public ref requires
return set signal sizeof static switch this throw throws true try typeof unowned var value
virtual void weak while yield
""".split()
VALA_TYPES = """
bool char double float int int8 int16 int32 int64 long short size_t ssize_t string unichar uint
uint8 uint16 uint32 uint64 ulong ushort
""".split()


class RougeValaLexer(RougeRegexLexer):
    """Vala tokenised like Rouge 3.30.0."""

    name = "Vala (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII

    tokens = {
        "whitespace": [
            (r"\s+", Text),
            (r"//.*?$", Comment.Single),
            (r"(?s)/[*].*?[*]/", Comment.Multiline),
        ],
        "root": [
            include("whitespace"),
            (r"^\s*\[.*?\]", Name.Attribute),
            (rf"(<\[)\s*({ID}:)?", Keyword),
            (r"\]>", Keyword),
            (r"[~!%^&*()+=|\[\]{}:;,.<>/?-]", Punctuation),
            (r'@"(\\.|.)*?"', String),
            (r'"(\\.|.)*?["\n]', String),
            (r"'(\\.|.)'", String.Char),
            (r"(?i)0x[0-9a-f]+[lu]?", Number),
            (r"(?i)[0-9]([.][0-9]*)?(e[+-][0-9]+)?[fldu]?", Number),
            (rf"(?=\w)({'|'.join(VALA_KEYWORDS)})\b", Keyword),
            (rf"(?=\w)({'|'.join(VALA_TYPES)})\b", Keyword.Type),
            (r"class|struct", Keyword, "class"),
            (r"namespace|using", Keyword, "namespace"),
            (rf"{ID}(?=\s*[(])", Name.Function),
            (ID, Name),
            (r"#.*", Comment.Preproc),
        ],
        "class": [include("whitespace"), (ID, Name.Class, "#pop")],
        "namespace": [
            include("whitespace"),
            (r"(?=[(])", Text, "#pop"),
            (rf"({ID}|[.])+", Name.Namespace, "#pop"),
        ],
    }


class RougeTurtleLexer(RougeRegexLexer):
    """Turtle (RDF) tokenised like Rouge 3.30.0."""

    name = "Turtle (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "root": [
            (r"@base\b", Keyword.Declaration),
            (r"@prefix\b", Keyword.Declaration),
            (r"true\b", Keyword.Constant),
            (r"false\b", Keyword.Constant),
            (r'(?s)""".*?"""', Literal.String),
            (r'"([^"\\]|\\.)*"', Literal.String),
            (r"(?s)'''.*?'''", Literal.String),
            (r"'([^'\\]|\\.)*'", Literal.String),
            (r"#.*$", Comment.Single),
            (r"@[^\s,.;]+", Name.Attribute),
            (r"[+-]?[0-9]+\.[0-9]*E[+-]?[0-9]+", Literal.Number.Float),
            (r"[+-]?\.[0-9]+E[+-]?[0-9]+", Literal.Number.Float),
            (r"[+-]?[0-9]+E[+-]?[0-9]+", Literal.Number.Float),
            (r"[+-]?[0-9]*\.[0-9]+?", Literal.Number.Float),
            (r"[+-]?[0-9]+", Literal.Number.Integer),
            (r"\.", Punctuation),
            (r",", Punctuation),
            (r";", Punctuation),
            (r"\(", Punctuation),
            (r"\)", Punctuation),
            (r"\{", Punctuation),
            (r"\}", Punctuation),
            (r"\[", Punctuation),
            (r"\]", Punctuation),
            (r"\^\^", Punctuation),
            (r"<[^>]*>", Name.Label),
            (r"(?i)base\b", Keyword.Declaration),
            (r"(?i)prefix\b", Keyword.Declaration),
            (r"GRAPH\b", Keyword),
            (r"a\b", Keyword),
            (r"\s+", Text.Whitespace),
            (r"[^:;<>#@\"().\[\]{} ]*:", Name.Namespace),
            (r"[^:;<>#@\"().\[\]{} ]+", Name),
        ],
    }


SPARQL_BUILTINS = frozenset(
    """
    ABS AVG BNODE BOUND CEIL COALESCE CONCAT CONTAINS COUNT DATATYPE DAY ENCODE_FOR_URI FLOOR
    GROUP_CONCAT HOURS IF IRI isBLANK isIRI isLITERAL isNUMERIC isURI LANG LANGMATCHES LCASE MAX
    MD5 MIN MINUTES MONTH NOW RAND REGEX REPLACE ROUND SAMETERM SAMPLE SECONDS SEPARATOR SHA1
    SHA256 SHA384 SHA512 STR STRAFTER STRBEFORE STRDT STRENDS STRLANG STRLEN STRSTARTS STRUUID
    SUBSTR SUM TIMEZONE TZ UCASE URI UUID YEAR
    """.split()
)
SPARQL_KEYWORDS = frozenset(
    """
    ADD ALL AS ASC ASK BASE BIND BINDINGS BY CLEAR CONSTRUCT COPY CREATE DATA DEFAULT DELETE DESC
    DESCRIBE DISTINCT DROP EXISTS FILTER FROM GRAPH GROUP BY HAVING IN INSERT LIMIT LOAD MINUS
    MOVE NAMED NOT OFFSET OPTIONAL ORDER PREFIX SELECT REDUCED SERVICE SILENT TO UNDEF UNION
    USING VALUES WHERE WITH
    """.split()
)


def _sparql_word(lexer, match, ctx):
    upper = match.group(0).upper()
    if upper in SPARQL_BUILTINS:
        token = Name.Builtin
    elif upper in SPARQL_KEYWORDS:
        token = Keyword
    else:
        token = Error
    yield match.start(), token, match.group(0)
    ctx.pos = match.end()


def _string_end(token, close: str) -> list:
    return [(close, token, ("#pop", "string_end"))]


class RougeSPARQLLexer(RougeRegexLexer):
    """SPARQL tokenised like Rouge 3.30.0 (rouge lib/rouge/lexers/sparql.rb)."""

    name = "SPARQL (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "root": [
            (r"\s+", Text.Whitespace),
            (r"#.*", Comment.Single),
            (r'"""', String.Double, "string_double_literal"),
            (r'"', String.Double, "string_double"),
            (r"'''", String.Single, "string_single_literal"),
            (r"'", String.Single, "string_single"),
            (r"[$?]\w+", Name.Variable),
            (r"([\w-]*)(:)([\w-]+)?", bygroups(Name.Namespace, Operator, String.Symbol)),
            (r"<[^>]*>", Name.Namespace),
            (r"(?i)true|false", Keyword.Constant),
            (r"a\b", Keyword),
            (r"(?i)[A-Z]\w+\b", _sparql_word),
            (r"(?i)[+\-]?(?:\d+\.\d*|\.\d+)(?:[e][+\-]?[0-9]+)?", Number.Float),
            (r"[+\-]?\d+", Number.Integer),
            (r"[\]\[(){}.,;=]", Punctuation),
            (r"[/?*+=!<>]|&&|\|\||\^\^", Operator),
        ],
        "string_double_common": [
            include("string_escapes"),
            (r"\\", String.Double),
            (r'[^"\\]+', String.Double),
        ],
        "string_double": [*_string_end(String.Double, '"'), include("string_double_common")],
        "string_double_literal": [
            *_string_end(String.Double, '"""'),
            (r'"', String.Double),
            include("string_double_common"),
        ],
        "string_single_common": [
            include("string_escapes"),
            (r"\\", String.Single),
            (r"[^'\\]+", String.Single),
        ],
        "string_single": [*_string_end(String.Single, "'"), include("string_single_common")],
        "string_single_literal": [
            *_string_end(String.Single, "'''"),
            (r"'", String.Single),
            include("string_single_common"),
        ],
        "string_escapes": [
            (r"\\[tbnrf\"'\\]", String.Escape),
            (r"\\u[0-9a-fA-F]{4}", String.Escape),
            (r"\\U[0-9a-fA-F]{8}", String.Escape),
        ],
        "string_end": [
            (r"(@)([a-zA-Z]+(?:-[a-zA-Z0-9]+)*)", bygroups(Operator, Name.Property)),
            (r"\^\^", Operator),
            (r"", Text, "#pop"),
        ],
    }


def _cypher_call(lexer, match, ctx):
    name = match.group(1).upper()
    if name in words("cypher.functions"):
        token = Name.Function
    elif name in words("cypher.keywords"):
        token = Keyword
    else:
        token = Name
    yield match.start(1), token, match.group(1)
    if match.group(2):
        yield match.start(2), Text.Whitespace, match.group(2)
    yield match.start(3), String.Symbol, match.group(3)
    ctx.pos = match.end()


def _cypher_word(lexer, match, ctx):
    upper = match.group(0).upper()
    if upper in words("cypher.predicates"):
        token = Operator.Word
    elif upper in words("cypher.keywords"):
        token = Keyword
    else:
        token = Name
    yield match.start(), token, match.group(0)
    ctx.pos = match.end()


class RougeCypherLexer(RougeRegexLexer):
    """Cypher (Neo4j) tokenised like Rouge 3.30.0 (rouge lib/rouge/lexers/cypher.rb)."""

    name = "Cypher (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII

    tokens = {
        "root": [
            (r"[\s]+", Text),
            (r"//.*?$", Comment.Single),
            (r"/\*", Comment.Multiline, "multiline_comments"),
            (r"[*+\-<>=&|~%^]", Operator),
            (r"[{}),;\[\]]", String.Symbol),
            (r"(\w+)(:)(\s*)(-?[._\d]+)",
             bygroups(Name.Label, String.Delimiter, Text.Whitespace, Number)),
            (r"(\w+)(\s*)(\()", _cypher_call),
            (r":\w+", Name.Class),
            (r"(-?\d+)(\.\.)(-?\d+)", bygroups(Number, Operator, Number)),
            (r"(?i)(\d+\.\d*|\d*\.\d+)(e[+-]?\d+)?", Number.Float),
            (r"(?i)\d+e[+-]?\d+", Number.Float),
            (r"0[0-7]+", Number.Oct),
            (r"(?i)0x[a-f0-9]+", Number.Hex),
            (r"\d+", Number.Integer),
            (r"[.\w]+:", Name.Property),
            (r"\(", String.Symbol),
            (r"[.\w$]+", _cypher_word),
            (r'"(\\\\|\\"|[^"])*"', String.Double),
            (r"'(\\\\|\\'|[^'])*'", String.Single),
            (r"`(\\\\|\\`|[^`])*`", String.Backtick),
        ],
        "multiline_comments": [
            (r"/[*]", Comment.Multiline, "multiline_comments"),
            (r"[*]/", Comment.Multiline, "#pop"),
            (r"[^/*]+", Comment.Multiline),
            (r"[/*]", Comment.Multiline),
        ],
    }
