"""GHC Cmm (C--) dumps as Rouge 3.30.0 splits them (rouge lib/rouge/lexers/ghc_cmm.rb).

Sections, ``#define``s, ``info_tbls`` blocks, Cmm keywords and hints, ``Sp``/``Hp``-style
registers (``Name.Variable.Global``), ``Module.name`` paths, function heads with their
``INFO_TABLE`` macros; the blanks and comments inside multi-part rules are lexed by a fresh
Cmm lexer (Rouge's ``recurse``).  Rouge's ``^`` inside its extended-syntax head rules is not
the first character of the pattern, so at a StringScanner position it always holds and is
left out here.
"""

from __future__ import annotations

import re

from pygments.lexer import include
from pygments.token import Comment, Generic, Keyword, Literal, Name, Operator, Punctuation, Text

from .base import RougeRegexLexer

WS = r"(?s:\s|//.*?\n|/[*](?:[^*]|(?:[*][^/]))*[*]+/)"
ID = r"(?!#[a-zA-Z])[\w#$%_']+"
COMPLEX_ID = r"(?:[\w#$%_']|\(\)|\(,\)|\[\]|[0-9])*(?:[\w#$%_']+)"
RECURSE = "recurse"


def _parts(*tokens, push: str | None = None, pop: bool = False):
    """A callback writing each group as its token, or lexing it afresh (``RECURSE``)."""

    def callback(lexer, match, ctx):
        for n, token in enumerate(tokens, start=1):
            text = match.group(n)
            if not text:
                continue
            if token is RECURSE:
                inner = type(lexer)(stripnl=False, ensurenl=False)
                for pos, ttype, value in inner.get_tokens_unprocessed(text):
                    yield match.start(n) + pos, ttype, value
            else:
                yield match.start(n), token, text
        ctx.pos = match.end()
        if pop:
            ctx.stack.pop()
        if push:
            ctx.stack.append(push)

    return callback


class RougeGHCCmmLexer(RougeRegexLexer):
    """GHC Cmm tokenised like Rouge 3.30.0."""

    name = "GHC Cmm (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII

    tokens = {
        "root": [
            (r"\s+", Text),
            (r"^=====.*=====$", Generic.Heading),
            (r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d+ UTC$", Comment.Single),
            include("detect_section"),
            include("preprocessor_macros"),
            include("info_tbls"),
            include("comments"),
            include("literals"),
            include("keywords"),
            include("types"),
            include("infos"),
            include("names"),
            include("operators"),
            (r"\\\n", Text),
            (r".", Text),
        ],
        "detect_section": [(r"(section)(\s+)", _parts(Keyword, Text, push="section"))],
        "section": [
            (r'"(data|cstring|text|rodata|relrodata|bss)"', Name.Builtin),
            (r"\{", Punctuation, "#pop"),
            include("names"),
            include("operators"),
            include("keywords"),
            (r"\s+", Text),
        ],
        "preprocessor_macros": [
            (r"#(include|endif|else|if)", Comment.Preproc),
            (rf"(#define)({WS}*)({ID})", _parts(Comment.Preproc, RECURSE, Name.Label)),
        ],
        "info_tbls": [
            (r"(\{ )(info_tbls)(:)", _parts(Punctuation, Name.Entity, Punctuation,
                                              push="info_tbls_body")),
        ],
        "info_tbls_body": [
            (r"\}", Punctuation, "#pop"),
            (r"\{", Punctuation, "info_tbls_body"),
            (r"(?=label:)", Text, "label"),
            (rf"(\()({COMPLEX_ID})(,)", _parts(Punctuation, Name.Label, Punctuation)),
            include("literals"),
            include("infos"),
            include("keywords"),
            include("operators"),
            (ID, Text),
            (r"\s+", Text),
        ],
        "label": [
            include("infos"),
            include("names"),
            include("keywords"),
            include("operators"),
            (r"[^\S\n]+", Text),
            (r"\n", Text, "#pop"),
        ],
        "comments": [
            (r"/{2}.*", Comment.Single),
            (r"\(likely.*?\)", Comment),
            (r"(?s)/\*.*?\*/", Comment.Multiline),
        ],
        "literals": [
            (r"-?[0-9]+\.[0-9]+", Literal.Number.Float),
            (r"-?[0-9]+", Literal.Number.Integer),
            (r'"', Literal.String.Delimiter, "literal_string"),
        ],
        "literal_string": [
            (r"\\.", Literal.String.Escape),
            (r"%.", Literal.String.Symbol),
            (r'"', Literal.String.Delimiter, "#pop"),
            (r".", Literal.String),
        ],
        "operators": [
            (r"\.\.", Operator),
            (r"[+\-*/<>=!&|~]", Operator),
            (r"[\[\].{}:;,()]", Punctuation),
        ],
        "keywords": [
            (r"(const)(\s+)", _parts(Keyword.Constant, Text)),
            (r'"', Literal.String.Double),
            (r"(switch)([^{]*)(\{)", _parts(Keyword, RECURSE, Punctuation)),
            (rf"(arg|result)({WS}+)(hints)(:)",
             _parts(Name.Property, RECURSE, Name.Property, Punctuation)),
            (rf"(returns)({WS}*)(to)", _parts(Keyword, RECURSE, Keyword)),
            (rf"(never)({WS}*)(returns)", _parts(Keyword, RECURSE, Keyword)),
            (rf"(return)({WS}*)(\()", _parts(Keyword, RECURSE, Punctuation)),
            (rf"(if|else|goto|call|offset|import|jump|ccall|foreign|prim|case|unwind|export"
             rf"|reserve|push)({WS})", _parts(Keyword, RECURSE)),
            (rf"(default)({WS}*)(:)", _parts(Keyword, RECURSE, Punctuation)),
        ],
        "types": [
            (rf"({ID})(?=\[[^\]])", _parts(Keyword.Type)),
            (rf"({ID}\[\])", _parts(Keyword.Type)),
            (rf"({ID})({WS}+)({ID})({WS}*)(\()",
             _parts(Name.Label, RECURSE, Name.Function, RECURSE, Punctuation)),
            (rf"({ID})({WS}+)({ID})", _parts(Keyword.Type, RECURSE, Name.Label)),
        ],
        "infos": [
            (r"(args|res|upd|label|rep|srt|arity|fun_type|arg_space|updfr_space)(:)",
             _parts(Name.Property, Punctuation)),
            (r"(stack_info)(:)", _parts(Name.Entity, Punctuation)),
        ],
        "names": [
            (rf"(::)({WS}*)([A-Z]\w+)", _parts(Operator, RECURSE, Keyword.Type)),
            (rf"<({ID})>", Name.Builtin),
            (rf"(Sp|SpLim|Hp|HpLim|HpAlloc|BaseReg|CurrentNursery|CurrentTSO|R\d{{1,2}}|gcptr)"
             rf"(?!{ID})", Name.Variable.Global),
            (rf"([A-Z]{ID})(\.)", _parts(Name.Namespace, Punctuation, push="namespace_name")),
            (rf"(`)({ID})(`)", _parts(Punctuation, Name.Function, Punctuation)),
            (rf"(?={COMPLEX_ID}{WS}*[{{(])", Text, "function"),
            (r"CLOSURE", Keyword.Type),
            (COMPLEX_ID, Name.Label),
        ],
        "namespace_name": [
            (rf"([A-Z]{ID})(\.)", _parts(Name.Namespace, Punctuation)),
            (rf"({COMPLEX_ID})({WS}*)([{{(])",
             _parts(Name.Function, RECURSE, Punctuation, pop=True)),
            (COMPLEX_ID, Name.Label, "#pop"),
            (r"(?s)(?=.)", Text, "#pop"),
        ],
        "function": [
            (r"INFO_TABLE_FUN|INFO_TABLE_CONSTR|INFO_TABLE_SELECTOR|INFO_TABLE_RET|INFO_TABLE",
             Name.Builtin),
            (rf"%{ID}", Name.Builtin),
            (COMPLEX_ID, Name.Function),
            (r"\s+", Text),
            (r"[({]", Punctuation, "#pop"),
            include("comments"),
        ],
    }
