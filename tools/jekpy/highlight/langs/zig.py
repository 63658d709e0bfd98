"""Zig as Rouge 3.30.0's ``Rouge::Lexers::Zig`` (rouge lib/rouge/lexers/zig.rb) splits it.

A name after ``.`` is ``Name.Property`` (``Name.Function`` when ``(`` follows), builtins are
the ``@``-functions, integer/float types ``Keyword.Type``.
"""

from __future__ import annotations

import re

from pygments.lexer import default, include
from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from .base import RougeRegexLexer

KEYWORDS = frozenset(
    """
    align linksection threadlocal struct enum union error break return anyframe fn c_longlong
    c_ulonglong c_longdouble c_void comptime_float c_short c_ushort c_int c_uint c_long c_ulong
    continue asm defer errdefer const var extern packed export pub if else switch and or orelse
    while for bool unreachable try catch async suspend nosuspend await resume undefined
    usingnamespace test void noreturn type anyerror usize noalias inline noinline comptime
    callconv volatile allowzero
    """.split()
)
BUILTINS = frozenset(
    """
    @addWithOverflow @as @atomicLoad @atomicStore @bitCast @breakpoint @alignCast @alignOf
    @cDefine @cImport @cInclude @bitOffsetOf @atomicRmw @bytesToSlice @byteOffsetOf @OpaqueType
    @panic @ptrCast @bitReverse @Vector @sin @cUndef @canImplicitCast @clz @cmpxchgWeak
    @cmpxchgStrong @compileError @compileLog @ctz @popCount @divExact @divFloor @cos @divTrunc
    @embedFile @export @tagName @TagType @errorName @call @errorReturnTrace @fence
    @fieldParentPtr @field @unionInit @errorToInt @intToEnum @enumToInt @setAlignStack @frame
    @Frame @exp @exp2 @log @log2 @log10 @fabs @floor @ceil @trunc @round @floatCast
    @intToFloat @floatToInt @boolToInt @errSetCast @intToError @frameAddress @import
    @newStackCall @asyncCall @intToPtr @intCast @frameSize @memcpy @memset @mod
    @mulWithOverflow @splat @ptrToInt @rem @returnAddress @setCold @Type @shuffle
    @setGlobalLinkage @setGlobalSection @shlExact @This @hasDecl @hasField @setRuntimeSafety
    @setEvalBranchQuota @setFloatMode @shlWithOverflow @shrExact @sizeOf @bitSizeOf @sqrt
    @byteSwap @subWithOverflow @sliceToBytes comptime_int @truncate @typeInfo @typeName @TypeOf
    """.split()
)
ID = r"(?i:[a-z_]\w*)"
ESCAPES = r"\\(?:[nrt'\"\\0]|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8})"


def _name(lexer, match, ctx):
    dot, space1, name, space2, paren = (match.group(i) for i in range(1, 6))
    if name in KEYWORDS:
        token = Keyword
    elif name in BUILTINS:
        token = Name.Builtin
    elif dot and paren:
        token = Name.Function
    elif dot:
        token = Name.Property
    else:
        token = Name
    for group, ttype in enumerate((Punctuation, Text, token, Text, Punctuation), start=1):
        if match.group(group):
            yield match.start(group), ttype, match.group(group)
    ctx.pos = match.end()


class RougeZigLexer(RougeRegexLexer):
    """Zig tokenised like Rouge 3.30.0."""

    name = "Zig (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII

    tokens = {
        "bol": [include("whitespace"), (r"#\s[^\n]*", Comment.Special), default("#pop")],
        "attribute": [
            include("whitespace"),
            include("literals"),
            (r"[(,)=:]", Name.Decorator),
            (r"\]", Name.Decorator, "#pop"),
            (ID, Name.Decorator),
        ],
        "whitespace": [(r"\s+", Text), (r"//[^\n]*", Comment)],
        "root": [
            (r"\n", Text, "bol"),
            include("whitespace"),
            (r"(?=\w)(?:(i|u)[0-9]+)\b", Keyword.Type),
            (r"(?=\w)(?:f(16|32|64|128))\b", Keyword.Type),
            (r"(?=\w)(?:(isize|usize))\b", Keyword.Type),
            include("literals"),
            (rf"'{ID}", Name.Variable),
            (rf"([.]?)(\s*)(@?{ID})(\s*)([(]?)", _name),
            (r"[()\[\]{}|,:;]", Punctuation),
            (r"[*/!@~&+%^<>=?-]|\.{1,3}", Operator),
        ],
        "literals": [
            (r"(?=\w)(?:true|false|null)\b", Keyword.Constant),
            (rf"'(?:{ESCAPES}|[^\\])'", String.Char),
            (r'"', String, "string"),
            (r'(?s)r(#*)".*?"\1', String),
            (r"[0-9]+([.][0-9_]+(?:e[-+]?[0-9_]+)?|(?:[.][0-9_]+)?e[-+]?[0-9_]+)", Number.Float),
            (r"(0b[10_]+|0x[0-9a-fA-F_]+|[0-9_]+)", Number.Integer),
        ],
        "string": [(r'"', String, "#pop"), (ESCAPES, String.Escape), (r'(?s)[^"\\]+', String)],
    }
