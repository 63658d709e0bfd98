"""Visual Basic as Rouge 3.30.0's ``Rouge::Lexers::VisualBasic`` (rouge lib/rouge/lexers/vb.rb)
splits it.

Capitalised words are looked up in Rouge's keyword/type/operator-word lists, ``Dim``,
``Function``, ``Class``, ``Imports`` ... name the next word, ``#If``-style lines are
``Comment.Preproc``, ``' comments`` and ``REM`` lines ``Comment.Single``.
"""

from __future__ import annotations

import re

from pygments.lexer import default, include
from pygments.token import (
    Comment,
    Keyword,
    Literal,
    Name,
    Number,
    Operator,
    Punctuation,
    String,
    Text,
)

from .base import RougeRegexLexer

KEYWORDS = frozenset(
    """
    AddHandler Alias ByRef ByVal CBool CByte CChar CDate CDbl CDec CInt CLng CObj CSByte CShort
    CSng CStr CType CUInt CULng CUShort Call Case Catch Class Const Continue Declare Default
    Delegate Dim DirectCast Do Each Else ElseIf End EndIf Enum Erase Error Event Exit False
    Finally For Friend Function Get Global GoSub GoTo Handles If Implements Imports Inherits
    Interface Let Lib Loop Me Module MustInherit MustOverride MyBase MyClass Namespace Narrowing
    New Next Not NotInheritable NotOverridable Nothing Of On Operator Option Optional Overloads
    Overridable Overrides ParamArray Partial Private Property Protected Public RaiseEvent ReDim
    ReadOnly RemoveHandler Resume Return Select Set Shadows Shared Single Static Step Stop
    Structure Sub SyncLock Then Throw To True Try TryCast Using Wend When While Widening With
    WithEvents WriteOnly
    """.split()
)
TYPES = frozenset(
    "Boolean Byte Char Date Decimal Double Integer Long Object SByte Short Single String Variant "
    "UInteger ULong UShort".split()
)
OPERATOR_WORDS = frozenset(
    "AddressOf And AndAlso As GetType In Is IsNot Like Mod Or OrElse TypeOf Xor".split()
)
BUILTINS = frozenset(["Console", "ConsoleColor"])
ID = r"(?i:[a-z_]\w*)"
PREPROC = (
    r"[#]If\b.*?\bThen|[#]ElseIf\b.*?\bThen|[#]End\s+If|[#]Const|[#]ExternalSource.*?\n"
    r"|[#]End\s+ExternalSource|[#]Region.*?\n|[#]End\s+Region|[#]ExternalChecksum"
)
SUFFIX = r"([SILDFR]|US|UI|UL)?"


def _word(lexer, match, ctx):
    word = match.group(0)
    if word in KEYWORDS:
        token = Keyword
    elif word in TYPES:
        token = Keyword.Type
    elif word in OPERATOR_WORDS:
        token = Operator.Word
    elif word in BUILTINS:
        token = Name.Builtin
    else:
        token = Name
    yield match.start(), token, word
    ctx.pos = match.end()


class RougeVisualBasicLexer(RougeRegexLexer):
    """Visual Basic tokenised like Rouge 3.30.0."""

    name = "Visual Basic (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII

    tokens = {
        "whitespace": [
            (r"\s+", Text),
            (r"\n", Text, "bol"),
            (r"(?i)rem\b.*?$", Comment.Single),
            (r"(?s)%\{.*?%\}", Comment.Multiline),
            (r"'.*$", Comment.Single),
        ],
        "bol": [(r"\s+", Text), (r"<.*?>", Name.Attribute), (r"", Text)],
        "root": [
            include("whitespace"),
            (PREPROC, Comment.Preproc),
            (r"[.]", Punctuation, "dotted"),
            (r"[(){}!#,:]", Punctuation),
            (r"Option\s+(Strict|Explicit|Compare)\s+(On|Off|Binary|Text)", Keyword.Declaration),
            (r"End\b", Keyword, "end"),
            (r"(Dim|Const)\b", Keyword, "dim"),
            (r"(Function|Sub|Property)\b", Keyword, "funcname"),
            (r"(Class|Structure|Enum)\b", Keyword, "classname"),
            (r"(Module|Namespace|Imports)\b", Keyword, "namespace"),
            (r"[A-Z]\w*", _word),
            (r"&=|[*]=|/=|\\=|\^=|\+=|-=|<<=|>>=|<<|>>|:=|<=|>=|<>|[-&*/\\^+=<>.]", Operator),
            (r'"', String, "string"),
            (rf"{ID}[%&@!#$]?", Name),
            (r"#.*?#", Literal.Date),
            (r"(?i)(\d+\.\d*|\d*\.\d+)(f[+-]?\d+)?", Number.Float),
            (rf"\d+{SUFFIX}", Number.Integer),
            (rf"&H[0-9a-f]+{SUFFIX}", Number.Integer),
            (rf"&O[0-7]+{SUFFIX}", Number.Integer),
            (r"_\n", Keyword),
        ],
        "dotted": [include("whitespace"), (ID, Name, "#pop")],
        "string": [(r'""', String.Escape), (r'"C?', String, "#pop"), (r'[^"]+', String)],
        "dim": [include("whitespace"), (ID, Name.Variable, "#pop"), default("#pop")],
        "funcname": [include("whitespace"), (ID, Name.Function, "#pop")],
        "classname": [include("whitespace"), (ID, Name.Class, "#pop")],
        "namespace": [include("whitespace"), (rf"{ID}([.]{ID})*", Name.Namespace, "#pop")],
        "end": [
            include("whitespace"),
            (r"(Function|Sub|Property|Class|Structure|Enum|Module|Namespace)\b", Keyword, "#pop"),
            default("#pop"),
        ],
    }
