"""Python as Rouge 3.30.0's ``Rouge::Lexers::Python`` (rouge lib/rouge/lexers/python.rb) splits it.

Differences from Pygments' PythonLexer that matter for the markup: whitespace and newlines are
plain Text, a comment takes its newline with it, ``.`` is Punctuation, every string part is
plain ``String`` (only affixes, escapes and f-string interpolation are marked), ``True``/``None``
are ``Name.Builtin.Pseudo`` and ``print``/``exec`` are keywords.
"""

from __future__ import annotations

from pygments.lexer import bygroups, this, using
from pygments.token import (
    Comment,
    Keyword,
    Name,
    Number,
    Operator,
    Punctuation,
    String,
    Text,
)

from .base import RougeRegexLexer, WordLookup

KEYWORDS = (
    "assert break continue del elif else except exec finally for global if lambda pass print "
    "raise return try while yield as with from import async await nonlocal"
).split()
BUILTINS = (
    "__import__ abs all any apply ascii basestring bin bool buffer bytearray bytes callable chr "
    "classmethod cmp coerce compile complex delattr dict dir divmod enumerate eval execfile exit "
    "file filter float format frozenset getattr globals hasattr hash hex id input int intern "
    "isinstance issubclass iter len list locals long map max memoryview min next object oct open "
    "ord pow property range raw_input reduce reload repr reversed round set setattr slice sorted "
    "staticmethod str sum super tuple type unichr unicode vars xrange zip"
).split()
PSEUDO = "self None Ellipsis NotImplemented False True".split()
EXCEPTIONS = (
    "ArithmeticError AssertionError AttributeError BaseException BlockingIOError BrokenPipeError "
    "BufferError BytesWarning ChildProcessError ConnectionAbortedError ConnectionError "
    "ConnectionRefusedError ConnectionResetError DeprecationWarning EOFError EnvironmentError "
    "Exception FileExistsError FileNotFoundError FloatingPointError FutureWarning GeneratorExit "
    "IOError ImportError ImportWarning IndentationError IndexError InterruptedError "
    "IsADirectoryError KeyError KeyboardInterrupt LookupError MemoryError ModuleNotFoundError "
    "NameError NotADirectoryError NotImplemented NotImplementedError OSError OverflowError "
    "OverflowWarning PendingDeprecationWarning ProcessLookupError RecursionError ReferenceError "
    "ResourceWarning RuntimeError RuntimeWarning StandardError StopAsyncIteration StopIteration "
    "SyntaxError SyntaxWarning SystemError SystemExit TabError TimeoutError TypeError "
    "UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError "
    "UnicodeTranslateError UnicodeWarning UserWarning ValueError VMSError Warning WindowsError "
    "ZeroDivisionError"
).split()

IDENT = r"[^\W\d]\w*"
DOTTED = r"(?:[^\W\d]|\.)[\w.]*"
DIGITS = r"[0-9](?:_?[0-9])*"
DECIMAL = rf"(?:(?:{DIGITS})?\.{DIGITS}|{DIGITS}\.)"
EXPONENT = rf"[eE][+-]?{DIGITS}"
ESCAPES = (
    r"\\(?:[\\abfnrtv\"']|\n|newline|N\{[a-zA-Z][a-zA-Z ]+[a-zA-Z]\}"
    r"|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8}|x[a-fA-F0-9]{2}|[0-7]{1,3})"
)
QUOTES = ("'" * 3, '"' * 3, "'", '"')
KINDS = ("", "r", "f", "rf")


def _kind(affix: str) -> str:
    """Which escapes/interpolation apply for a string prefix: "", "r", "f" or "rf"."""
    low = affix.lower()
    return ("r" if "r" in low else "") + ("f" if "f" in low else "")


def _affixes(kind: str) -> str:
    """A regex for every prefix of up to two letters of ``rfbu`` with that kind."""
    letters = "rfbu"
    found = [""] + list(letters) + [a + b for a in letters for b in letters]
    alts = sorted((a for a in found if _kind(a) == kind), key=len, reverse=True)
    return "|".join("".join(f"[{c}{c.upper()}]" for c in a) for a in alts)


def _state_name(quote: str, kind: str) -> str:
    return f"string-{QUOTES.index(quote)}-{kind}"


def _re(quote: str) -> str:
    return quote.replace('"', r"\"")


def _string_rules(quote: str, kind: str) -> list:
    """Rules inside one kind of string literal (Rouge's ``generic_string``/``generic_escape``)."""
    rules: list = [(r"[^'\"\\{]+", String), (r"\{\{", String)]
    for other in QUOTES:
        rules.append((_re(other), String, "#pop") if other == quote else (_re(other), String))
    rules.append((ESCAPES, String if "r" in kind else String.Escape))
    rules.append((r"\\.", String))
    rules.append((r"\{", String.Interpol, "interpol") if "f" in kind else (r"\{", String))
    return rules


def _string_states() -> dict[str, list]:
    return {_state_name(q, k): _string_rules(q, k) for q in QUOTES for k in KINDS}


def _string_openers() -> list:
    """Rouge's string opener (prefix of up to two of rfbu, then a quote), one rule per kind."""
    return [
        (rf"({_affixes(k)})({_re(q)})", bygroups(String.Affix, String), _state_name(q, k))
        for k in KINDS
        for q in QUOTES
    ]


def word_token(word: str, keywords=KEYWORDS):
    """Rouge's word lookup: keyword, exception/builtin, pseudo-builtin or plain name."""
    if word in keywords:
        return Keyword
    if word in EXCEPTIONS or word in BUILTINS:
        return Name.Builtin
    if word in PSEUDO:
        return Name.Builtin.Pseudo
    return Name


def identifier_callback(keywords, default=Name):
    """A rule callback giving a word its ``word_token`` (``default`` for a plain name)."""
    lookup = {word: word_token(word, keywords)
              for word in (*keywords, *EXCEPTIONS, *BUILTINS, *PSEUDO)}
    return WordLookup({word: token for word, token in lookup.items() if token is not Name},
                      default)


def python_tokens(keywords=KEYWORDS) -> dict[str, list]:
    """Rouge's Python state table, with ``keywords`` as its keyword list (Cython adds some)."""
    return {
        "root": [
            (r"\n+", Text),
            (r'^(:)(\s*)([rRuU]{0,2}"""(?s:.*?)""")', bygroups(Punctuation, Text, String.Doc)),
            (r"[^\S\n]+", Text),
            (r"#.*\n?", Comment.Single),
            (r"[\[\]{}:(),;.]", Punctuation),
            (r"\\\n", Text),
            (r"\\", Text),
            (r"(in|is|and|or|not)\b", Operator.Word),
            (r"(<<|>>|//|\*\*)=?", Operator),
            (r"[-~+/*%=<>&^|@]=?|!=", Operator),
            (rf"(from)((?:\\\s|\s)+)({DOTTED})((?:\\\s|\s)+)(import)",
             bygroups(Keyword.Namespace, Text, Name.Namespace, Text, Keyword.Namespace)),
            (rf"(import)(\s+)({DOTTED})", bygroups(Keyword.Namespace, Text, Name.Namespace)),
            (r"(def)((?:\s|\\\s)+)", bygroups(Keyword, Text), "funcname"),
            (r"(class)((?:\s|\\\s)+)", bygroups(Keyword, Text), "classname"),
            (r"`.*?`", String.Backtick),
            *_string_openers(),
            (rf"@{DOTTED}", Name.Decorator),
            # Rouge writes (?<!\.) here, but a look-behind cannot see past Ruby's StringScanner
            # position, so every word goes through the lookup (np.sum -> sum is a builtin).
            (IDENT, identifier_callback(keywords)),
            (rf"{DECIMAL}(?:{EXPONENT})?[jJ]?", Number.Float),
            (rf"{DIGITS}{EXPONENT}[jJ]?", Number.Float),
            (rf"{DIGITS}[jJ]", Number.Float),
            (r"0[bB](?:_?[01])+", Number.Bin),
            (r"0[oO](?:_?[0-7])+", Number.Oct),
            (r"0[xX](?:_?[a-fA-F0-9])+", Number.Hex),
            (r"\d+L", Number.Integer.Long),
            (r"[1-9](?:_?[0-9])*|0(?:_?0)*", Number.Integer),
        ],
        "funcname": [(IDENT, Name.Function, "#pop")],
        "classname": [(IDENT, Name.Class, "#pop")],
        "interpol": [
            (r"[^{}!:]+", using(this)),
            (r"![asr]", String.Interpol),
            (r":", String.Interpol),
            (r"\{", String.Interpol, "#push"),
            (r"\}", String.Interpol, "#pop"),
        ],
        **_string_states(),
    }


class RougePythonLexer(RougeRegexLexer):
    """Python tokenised like Rouge 3.30.0."""

    name = "Python (Rouge)"
    aliases = []

    tokens = python_tokens()
