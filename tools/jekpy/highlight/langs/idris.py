"""Idris as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/idris.rb).

Haskell-like: reserved words ``Keyword.Reserved``, capitalised names ``Keyword.Type``, a
name at the start of a line before ``:`` a ``Name.Function`` (a signature), Prelude types,
classes and functions (a function only when followed by blanks and no ``=``/``:``/``-``);
``%default``-style directives, nested ``{- -}`` comments, ``|||`` doc lines, ``[x| |]``
quasi-quotations, ``import``/``module`` heads.
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups, include
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

from .base import RougeRegexLexer
from .haskell import haskell_literal_states

RESERVED = r"_ data class instance namespace infix[lr]? let where of with type do if then else case in"
PRELUDE_FUNCTIONS = """
abs acos all and any asin atan atan2 break ceiling compare concat concatMap const cos cosh curry
cycle div drop dropWhile elem encodeFloat enumFrom enumFromThen enumFromThenTo enumFromTo exp fail
filter flip floor foldl foldl1 foldr foldr1 fromInteger fst gcd getChar getLine head id init
iterate last lcm length lines log lookup map max maxBound maximum maybe min minBound minimum mod
negate not null or pi pred print product putChar putStr putStrLn readFile recip repeat replicate
return reverse scanl scanl1 sequence sequence_ show sin sinh snd span splitAt sqrt succ sum tail
take takeWhile tan tanh uncurry unlines unwords unzip unzip3 words writeFile zip zip3 zipWith
zipWith3
""".split()
OP_CHARS = r"[:!#$%&*+.\\/<=>?@^|~-]"
W = r"[a-zA-Z0-9_']"


def _comment_state(token) -> list:
    return [
        (r"-\}", token, "#pop"),
        (r"\{-", token, "comment"),
        (r"[^-{}]+", token),
        (r"[-{}]", token),
    ]


class RougeIdrisLexer(RougeRegexLexer):
    """Idris tokenised like Rouge 3.30.0."""

    name = "Idris (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "basic": [
            (r"\s+", Text),
            (r"\{-#", Comment.Preproc, "comment_preproc"),
            (r"\{-", Comment.Multiline, "comment"),
            (r"^\|\|\|.*$", Comment.Doc),
            (r"--(?![!#$%&*+./<=>?@^|_~]).*?$", Comment.Single),
        ],
        "comment": _comment_state(Comment.Multiline),
        "comment_preproc": _comment_state(Comment.Preproc),
        "directive": [
            (r"%(default)\s+(total|partial)", Keyword),
            (r"%(access)\s+(public|abstract|private|export)", Keyword),
            (r"%(language)\s+(.*)", Keyword),
            (r"%(provide)\s+.*\s+(with)\s+", Keyword),
        ],
        "prelude": [
            (r"(?=\w)(Type|Exists|World|IO|IntTy|FTy|File|Mode|Dec|Bool|Ordering|Either|IsJust"
             r"|List|Maybe|Nat|Stream|StrM|Not|Lazy|Inf)\s", Keyword.Type),
            (r"(?=\w)(Eq|Ord|Num|MinBound|MaxBound|Integral|Applicative|Alternative|Cast"
             r"|Foldable|Functor|Monad|Traversable|Uninhabited|Semigroup|Monoid)\s", Name.Class),
            (rf"(?=\w)(?:{'|'.join(PRELUDE_FUNCTIONS)})[ ]+(?![=:-])", Name.Builtin),
        ],
        "root": [
            include("basic"),
            include("directive"),
            (r"(?=\w)import\b", Keyword.Reserved, "import"),
            (r"(?=\w)module\b", Keyword.Reserved, "module"),
            (rf"(?=\w)(?:{'|'.join(RESERVED.split())})\b", Keyword.Reserved),
            (r"(?=\w)(Just|Nothing|Left|Right|True|False|LT|LTE|EQ|GT|GTE)\b", Keyword.Constant),
            (rf"^{W}+\s*:", Name.Function),
            include("prelude"),
            (rf"[_a-z]{W}*", Name),
            (rf"[A-Z]{W}*", Keyword.Type),
            (rf"\\(?!{OP_CHARS}+)", Name.Function),
            (rf"(<-|::|->|=>|=)(?!{OP_CHARS}+)", Operator),
            (rf":{OP_CHARS}*", Operator),
            (rf"{OP_CHARS}+", Operator),
            (r"(?i)\d+(\.\d+)?(e[+-]?\d+)?", Number.Float),
            (r"(?i)0o[0-7]+", Number.Oct),
            (r"(?i)0x[\da-f]+", Number.Hex),
            (r"\d+", Number.Integer),
            (r"'", String.Char, "character"),
            (r'"', String, "string"),
            (r"\[\s*\]", Keyword.Type),
            (r"\(\s*\)", Name.Builtin),
            (rf"(\[)([_a-z]{W}*)(\|)", bygroups(Operator, Name, Operator), "quasiquotation"),
            (r"[\[\](),;`{}]", Punctuation),
        ],
        "import": [
            (r"\s+", Text),
            (r'"', String, "string"),
            (r"([A-Z][a-zA-Z0-9_.]*)(\s+)(as)(\s+)([A-Z][a-zA-Z0-9_.]*)",
             bygroups(Name.Namespace, Text, Keyword, Text, Name), "#pop"),
            (r"([A-Z][a-zA-Z0-9_.]*)(\s+)(\()", bygroups(Name.Namespace, Text, Punctuation),
             ("#pop", "funclist")),
            (r"[a-zA-Z0-9_.]+", Name.Namespace, "#pop"),
        ],
        "module": [(r"\s+", Text), (r"([A-Z][a-zA-Z0-9_.]*)", Name.Namespace, "#pop")],
        **haskell_literal_states(),
    }
