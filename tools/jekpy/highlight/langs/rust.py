"""Rust as Rouge 3.30.0's ``Rouge::Lexers::Rust`` (rouge lib/rouge/lexers/rust.rb) splits it.

Rouge's labels: keywords (``fn``, ``let``, ``self``, ``true`` ...) plain ``Keyword``, ``->``/``=>``
keywords too, ``path::`` segments ``Name.Namespace``, a name before ``(`` ``Name.Function``,
``.field`` ``Name.Property``, ``name!`` macros and ``#[...]`` attributes ``Name.Decorator``,
the common std types ``Name.Builtin``.  Inside a macro call Rouge counts brackets to find its
end.
"""

from __future__ import annotations

import re

from pygments.lexer import LexerContext, bygroups, default, include
from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from .base import RougeRegexLexer

KEYWORDS = (
    "as async await break const continue crate dyn else enum extern false fn for if impl in let "
    "log loop match mod move mut pub ref return self Self static struct super trait true type "
    "unsafe use where while abstract become box do final macro override priv typeof unsized "
    "virtual yield try union"
).split()
BUILTINS = frozenset(
    """
    Add BitAnd BitOr BitXor bool c_char c_double c_float char c_int clock_t c_long c_longlong
    Cons Const Copy c_schar c_short c_uchar c_uint c_ulong c_ulonglong c_ushort c_void dev_t DIR
    dirent Div Either Eq Err f32 f64 Failure FILE float fpos_t i16 i32 i64 i8 isize Index ino_t
    int intptr_t Left mode_t Modulo Mul Neg Nil None Num off_t Ok Option Ord Owned pid_t Ptr
    ptrdiff_t Right Send Shl Shr size_t Some ssize_t str Sub Success time_t u16 u32 u64 u8 usize
    uint uintptr_t Box Vec String Gc Rc Arc u128 i128 Result Sync Pin Unpin Sized Drop drop Fn
    FnMut FnOnce Clone PartialEq PartialOrd AsMut AsRef From Into Default DoubleEndedIterator
    ExactSizeIterator Extend IntoIterator Iterator
    """.split()
)
ID = r"[^\W\d]\w*"
HEX = r"[0-9a-fA-F]"
ESCAPES = rf"\\(?:[nrt'\"\\0]|x{HEX}{{2}}|u\{{(?:{HEX}_*){{1,6}}\}})"
SIZE = r"(?:8|16|32|64|128|size)"
CLOSERS = {"[": "]", "(": ")", "{": "}"}


def _word(lexer, match, ctx):
    word = match.group(0)
    yield match.start(), Name.Builtin if word in BUILTINS else Name, word
    ctx.pos = match.end()


def _macro_open(lexer, match, ctx):
    ctx.macro_delims[CLOSERS[match.group(0)]] += 1
    yield match.start(), Punctuation, match.group(0)
    ctx.pos = match.end()


def _macro_close(lexer, match, ctx):
    ctx.macro_delims[match.group(0)] -= 1
    if all(n == 0 for n in ctx.macro_delims.values()):
        ctx.stack.pop()
    yield match.start(), Punctuation, match.group(0)
    ctx.pos = match.end()


def _comment_block(state: str, token) -> list:
    return [(r"\*/", token, "#pop"), (r"/\*", token, state), (r"[^*/]+|[*/]", token)]


class RougeRustLexer(RougeRegexLexer):
    """Rust tokenised like Rouge 3.30.0."""

    name = "Rust (Rouge)"
    aliases = []
    flags = re.MULTILINE
    start_stack = ("root", "bol")

    def new_context(self, text: str) -> LexerContext:
        """A fresh context with no macro brackets open."""
        ctx = super().new_context(text)
        ctx.macro_delims = {"]": 0, ")": 0, "}": 0}
        return ctx

    tokens = {
        "bol": [include("whitespace"), (r"#\s[^\n]*", Comment.Special), default("#pop")],
        "attribute": [
            include("whitespace"),
            include("has_literals"),
            (r"[(,)=:]", Name.Decorator),
            (r"\]", Name.Decorator, "#pop"),
            (ID, Name.Decorator),
        ],
        "whitespace": [(r"\s+", Text), include("comments")],
        "comments": [
            (r"////+[^\n]*", Comment.Single),
            (r"//[/!][^\n]*", Comment.Doc),
            (r"//[^\n]*", Comment.Single),
            (r"/\*\*\*?/", Comment.Multiline),
            (r"/\*\*\*+", Comment.Multiline, "nested_plain_block"),
            (r"/[*][*!]", Comment.Doc, "nested_doc_block"),
            (r"/[*]", Comment.Multiline, "nested_plain_block"),
        ],
        "nested_plain_block": _comment_block("nested_plain_block", Comment.Multiline),
        "nested_doc_block": _comment_block("nested_doc_block", Comment.Doc),
        "root": [
            (r"\n", Text, "bol"),
            include("whitespace"),
            (r"#!?\[", Name.Decorator, "attribute"),
            (rf"(?=\w)(?:{'|'.join(KEYWORDS)})\b", Keyword),
            include("has_literals"),
            (r"[=-]>", Keyword),
            (r"<->", Keyword),
            (r"[()\[\]{}|,:;]", Punctuation),
            (r"[*/!@~&+%^<>=?-]|\.{2,3}", Operator),
            (rf"([.]\s*)?{ID}(?=\s*[(])", Name.Function),
            (r"[.]\s*await\b", Keyword),
            (rf"[.]\s*{ID}", Name.Property),
            (r"[.]\s*\d+", Name.Attribute),
            (rf"({ID})(::)", bygroups(Name.Namespace, Punctuation)),
            (r"(?=\w)macro_rules!", Name.Decorator, "macro_rules"),
            (rf"{ID}!", Name.Decorator, "macro"),
            (r"'static\b", Keyword),
            (rf"'{ID}", Name.Variable),
            (ID, _word),
        ],
        "macro": [
            include("has_literals"),
            (r"[\[{(]", _macro_open),
            (r"[\]})]", _macro_close),
            (rf"{ID}!", Name.Decorator),
            include("root"),
            (r".", Text),
        ],
        "macro_rules": [
            (rf"[$]{ID}(:{ID})?", Name.Variable),
            (r"[$]", Name.Variable),
            include("macro"),
        ],
        "has_literals": [
            (r"(?=\w)(?:true|false)\b", Keyword.Constant),
            (rf"b?'(?:{ESCAPES}|[^\\])'", String.Char),
            (r'b?"', String, "string"),
            (r'(?s)b?r(#*)".*?"\1', String),
            (r"[0-9][0-9_]*([.][0-9][0-9_]*(?:[eE][-+]?[0-9_]+)?(?:f32|f64)?"
             r"|(?:[.][0-9][0-9_]*)?[eE][-+]?[0-9_]+(?:f32|f64)?"
             r"|(?:[.][0-9][0-9_]*)?(?:[eE][-+]?[0-9_]+)?(?:f32|f64)"
             r"|[.](?![._]|[^\W\d]))", Number.Float),
            (rf"(0b[10_]+|0x[0-9a-fA-F_]+|0o[0-7_]+|[0-9][0-9_]*)(u{SIZE}?|i{SIZE})?",
             Number.Integer),
        ],
        "string": [(r'"', String, "#pop"), (ESCAPES, String.Escape), (r'(?s)[^"\\]+', String)],
    }
