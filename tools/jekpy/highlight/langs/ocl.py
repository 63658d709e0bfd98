"""OCL (Object Constraint Language) as Rouge 3.30.0 splits it (rouge lib/rouge/lexers/ocl.rb):
words are operator words, type names (``Keyword.Declaration``), keywords, builtins or
collection/OCL functions (``Name.Function``) by Rouge's lists, else names.
"""

from __future__ import annotations

import re

from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from .base import RougeRegexLexer

LISTS = (
    ("or xor and not implies", Operator),
    ("""Boolean Integer UnlimitedNatural Real String OrderedSet Tuple Bag Set Sequence OclInvalid
     OclVoid TupleType OclState Collection OclMessage""", Keyword.Declaration),
    ("""context pre post inv init body def derive if then else endif import package endpackage
     let in""", Keyword),
    ("self null result true false invalid @pre", Name.Builtin),
    ("""oclAsSet oclIsNew oclIsUndefined oclIsInvalid oclAsType oclIsTypeOf oclIsKindOf oclInState
     oclType oclLocale hasReturned result isSignalSent isOperationCallabs floor round max min
     toString div mod size substring concat toInteger toReal toUpperCase toLowerCase indexOf
     equalsIgnoreCase at characters toBoolean includes excludes count includesAll excludesAll
     isEmpty notEmpty sum product selectByKind selectByType asBag asSequence asOrderedSet asSet
     flatten union intersection including excluding symmetricDifferencecount append prepend
     insertAt subOrderedSet first last reverse subSequence any closure collect collectNested
     exists forAll isUnique iterate one reject select sortedBy allInstances average conformsTo""",
     Name.Function),
)
WORDS = tuple((frozenset(words.split()), token) for words, token in LISTS)


def _word(lexer, match, ctx):
    word = match.group(0)
    yield match.start(), next((tok for words, tok in WORDS if word in words), Name), word
    ctx.pos = match.end()


class RougeOCLLexer(RougeRegexLexer):
    """OCL tokenised like Rouge 3.30.0."""

    name = "OCL (Rouge)"
    aliases = []
    flags = re.MULTILINE

    tokens = {
        "single_string": [
            (r"\\.", String.Escape),
            (r"'", String.Single, "#pop"),
            (r"[^\\']+", String.Single),
        ],
        "root": [
            (r"\s+", Text),
            (r"--.*", Comment.Single),
            (r"\d+", Number.Integer),
            (r"'", String.Single, "single_string"),
            (r"[->|+*/<>=~!@#%&|?^-]", Operator),
            (r"[;:()\[\],.]", Punctuation),
            (r"[a-zA-Z0-9_][a-zA-Z0-9_]*", _word),
        ],
    }
