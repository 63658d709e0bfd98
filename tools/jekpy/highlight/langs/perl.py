"""Perl as Rouge 3.30.0's ``Rouge::Lexers::Perl`` (rouge lib/rouge/lexers/perl.rb) splits it.

Quotes are ``Punctuation`` around ``String.Single``/``Double``, regexes and ``s///``/``tr///``
``String.Regex``, sigils plus names ``Name.Variable``, ``key =>`` a ``String``; builtins and
keywords match Rouge's lists.  Rouge's ``(?<==~)``/``(?<=\\()`` rule can never match (a
look-behind at the start of a StringScanner match sees nothing), so it is left out.  Ruby's
``\\w``/``\\s`` are ASCII, hence ``re.ASCII``.
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups, include
from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from .base import RougeRegexLexer

KEYWORDS = (
    "case continue do else elsif for foreach if last my next our redo reset then unless until "
    "while use print new BEGIN CHECK INIT END return"
).split()
BUILTINS = """
abs accept alarm atan2 bind binmode bless caller chdir chmod chomp chop chown chr chroot close
closedir connect continue cos crypt dbmclose dbmopen defined delete die dump each endgrent
endhostent endnetent endprotoent endpwent endservent eof eval exec exists exit exp fcntl fileno
flock fork format formline getc getgrent getgrgid getgrnam gethostbyaddr gethostbyname
gethostent getlogin getnetbyaddr getnetbyname getnetent getpeername getpgrp getppid getpriority
getprotobyname getprotobynumber getprotoent getpwent getpwnam getpwuid getservbyname
getservbyport getservent getsockname getsockopt glob gmtime goto grep hex import index int
ioctl join keys kill last lc lcfirst length link listen local localtime log lstat map mkdir
msgctl msgget msgrcv msgsnd my next no oct open opendir ord our pack package pipe pop pos
printf prototype push quotemeta rand read readdir readline readlink readpipe recv redo ref
rename require reverse rewinddir rindex rmdir scalar seek seekdir select semctl semget semop
send setgrent sethostent setnetent setpgrp setpriority setprotoent setpwent setservent
setsockopt shift shmctl shmget shmread shmwrite shutdown sin sleep socket socketpair sort
splice split sprintf sqrt srand stat study substr symlink syscall sysopen sysread sysseek
system syswrite tell telldir tie tied time times tr truncate uc ucfirst umask undef unlink
unpack unshift untie utime values vec wait waitpid wantarray warn write
""".split()
RE = String.Regex


def _bracket_string(open_: str, close: str) -> list:
    """``q{...}`` and friends: nested brackets, backslash escapes of the delimiters."""
    return [
        (rf"\\[{open_}{close}\\]", String.Other),
        (r"\\", String.Other),
        (open_, String.Other, "#push"),
        (close, String.Other, "#pop"),
        (rf"[^{open_}{close}\\]+", String.Other),
    ]


class RougePerlLexer(RougeRegexLexer):
    """Perl tokenised like Rouge 3.30.0."""

    name = "Perl (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII

    tokens = {
        "balanced_regex": [
            (r"(?s)/(\\[\\/]|[^/])*/[egimosx]*", RE, "#pop"),
            (r"(?s)!(\\[\\!]|[^!])*![egimosx]*", RE, "#pop"),
            (r"(?s)\\(\\\\|[^\\])*\\[egimosx]*", RE, "#pop"),
            (r"\{(\\[\\}]|[^}])*}[egimosx]*", RE, "#pop"),
            (r"<(\\[\\>]|[^>])*>[egimosx]*", RE, "#pop"),
            (r"\[(\\[\\\]]|[^\]])*\][egimosx]*", RE, "#pop"),
            (r"\((\\[\\)]|[^)])*\)[egimosx]*", RE, "#pop"),
            (r"@(\\[\\@]|[^@])*@[egimosx]*", RE, "#pop"),
            (r"%(\\[\\%]|[^%])*%[egimosx]*", RE, "#pop"),
            (r"\$(\\[\\$]|[^$])*\$[egimosx]*", RE, "#pop"),
        ],
        "root": [
            (r"#.*", Comment.Single),
            (r"(?s)^=[a-zA-Z0-9]+\s+.*?\n=cut", Comment.Multiline),
            (rf"(?:{'|'.join(KEYWORDS)})\b", Keyword),
            (r"(format)(\s+)([a-zA-Z0-9_]+)(\s*)(=)(\s*\n)",
             bygroups(Keyword, Text, Name, Text, Punctuation, Text), "format"),
            (r"(?:eq|lt|gt|le|ge|ne|not|and|or|cmp)\b", Operator.Word),
            (r"(?:s|tr|y)\{(\\\\|\\}|[^}])*}\s*", RE, "balanced_regex"),
            (r"(?:s|tr|y)<(\\\\|\\>|[^>])*>\s*", RE, "balanced_regex"),
            (r"(?:s|tr|y)\[(\\\\|\\\]|[^\]])*\]\s*", RE, "balanced_regex"),
            (r"(?:s|tr|y)\((\\\\|\\\)|[^)])*\)\s*", RE, "balanced_regex"),
            (r"(?s)(?:s|tr|y)\s*([^\w\s])((\\\\|\\\1)|[^\1])*?\1((\\\\|\\\1)|[^\1])*?\1"
             r"[msixpodualngcr]*", RE),
            (r"(?s)(?:s|tr|y)\s+(\w)((\\\\|\\\1)|[^\1])*?\1((\\\\|\\\1)|[^\1])*?\1"
             r"[msixpodualngcr]*", RE),
            (r"m?/(\\\\|\\/|[^/\n])*/[msixpodualngc]*", RE),
            (r"m(?=[/!\\{<\[(@%$])", RE, "balanced_regex"),
            (r"(?s)m\s*([^\w\s])((\\\\|\\\1)|[^\1])*?\1[msixpodualngc]*", RE),
            (r"(?s)m\s+(\w)((\\\\|\\\1)|[^\1])*?\1[msixpodualngc]*", RE),
            (r"\s+", Text),
            (r"(?i)(?=[a-z_]\w*(\s*#.*\n)*\s*=>)", Text, "fat_comma"),
            (rf"(?:{'|'.join(BUILTINS)})\b", Name.Builtin),
            (r"((__(DIE|WARN)__)|(DATA|STD(IN|OUT|ERR)))\b", Name.Builtin.Pseudo),
            (r"(?s)<<(['\"]?)([a-zA-Z_][a-zA-Z0-9_]*)\1;?\n.*?\n\2\n", String),
            (r"(__(END|DATA)__)\b", Comment.Preproc, "end_part"),
            (r"\$\^[ADEFHILMOPSTWX]", Name.Variable.Global),
            (r"\$[\\\"'\[\]&`+*.,;=%~?@$!<>(^|/_-](?!\w)", Name.Variable.Global),
            (r"(?i)[$@%&*][$@%&*#_]*(?=[a-z{\[;])", Name.Variable, "varname"),
            (r"[-+/*%=<>&^|!\\~]=?", Operator),
            (r"0_?[0-7]+(_[0-7]+)*", Number.Oct),
            (r"0x[0-9A-Fa-f]+(_[0-9A-Fa-f]+)*", Number.Hex),
            (r"0b[01]+(_[01]+)*", Number.Bin),
            (r"(?i)(\d*(_\d*)*\.\d+(_\d*)*|\d+(_\d*)*\.\d+(_\d*)*)(e[+-]?\d+)?", Number.Float),
            (r"(?i)\d+(_\d*)*e[+-]?\d+(_\d*)*", Number.Float),
            (r"\d+(_\d+)*", Number.Integer),
            (r"'", Punctuation, "sq"),
            (r'"', Punctuation, "dq"),
            (r"`", Punctuation, "bq"),
            (r"<([^\s>]+)>", RE),
            (r"(q|qq|qw|qr|qx)\{", String.Other, "cb_string"),
            (r"(q|qq|qw|qr|qx)\(", String.Other, "rb_string"),
            (r"(q|qq|qw|qr|qx)\[", String.Other, "sb_string"),
            (r"(q|qq|qw|qr|qx)<", String.Other, "lt_string"),
            (r"(q|qq|qw|qr|qx)(\W)(.|\n)*?\2", String.Other),
            (r"package\s+", Keyword, "modulename"),
            (r"sub\s+", Keyword, "funcname"),
            (r"\[\]|\*\*|::|<<|>>|>=|<=|<=>|={3}|!=|=~|!~|&&?|\|\||\.{1,3}", Operator),
            (r"[()\[\]:;,<>/?{}]", Punctuation),
            (r"(?=\w)", Text, "name"),
        ],
        "format": [(r"\.\n", String.Interpol, "#pop"), (r".*?\n", String.Interpol)],
        "fat_comma": [
            (r"#.*", Comment.Single),
            (r"\w+", String),
            (r"\s+", Text),
            (r"=>", Operator, "#pop"),
        ],
        "name_common": [(r"\w+::", Name.Namespace), (r"[\w:]+", Name.Variable, "#pop")],
        "varname": [
            (r"\s+", Text),
            (r"[{\[]", Punctuation, "#pop"),
            (r"[),]", Punctuation, "#pop"),
            (r"[;]", Punctuation, "#pop"),
            include("name_common"),
        ],
        "name": [
            include("name_common"),
            (r"[A-Z_]+(?=[^a-zA-Z0-9_])", Name.Constant, "#pop"),
            (r"(?=\W)", Text, "#pop"),
        ],
        "modulename": [(r"(?i)[a-z_]\w*", Name.Namespace, "#pop")],
        "funcname": [
            (r"[a-zA-Z_]\w*[!?]?", Name.Function),
            (r"\s+", Text),
            (r"(\([$@%]*\))(\s*)", bygroups(Punctuation, Text)),
            (r".*?\{", Punctuation, "#pop"),
            (r";", Punctuation, "#pop"),
        ],
        "sq": [
            (r"\\[\\']", String.Escape),
            (r"[^\\']+", String.Single),
            (r"'", Punctuation, "#pop"),
            (r"\\", String.Single),
        ],
        "dq": [
            include("string_intp"),
            (r"\\[\\tnrabefluLUE\"$@]", String.Escape),
            (r"\\0\d{2}", String.Escape),
            (r"\\o\{\d+\}", String.Escape),
            (r"\\x[0-9a-fA-F]{2}", String.Escape),
            (r"\\x\{[0-9a-fA-F]+\}", String.Escape),
            (r"\\c.", String.Escape),
            (r"\\N\{[^}]+\}", String.Escape),
            (r'[^\\"]+?', String.Double),
            (r'"', Punctuation, "#pop"),
            (r"\\", String.Escape),
        ],
        "bq": [
            include("string_intp"),
            (r"\\[\\tnr`]", String.Escape),
            (r"[^\\`]+?", String.Backtick),
            (r"`", Punctuation, "#pop"),
        ],
        "cb_string": _bracket_string(r"\{", r"\}"),
        "rb_string": _bracket_string(r"\(", r"\)"),
        "sb_string": _bracket_string(r"\[", r"\]"),
        "lt_string": _bracket_string("<", ">"),
        "in_interp": [
            (r"\}", String.Interpol, "#pop"),
            (r"\s+", Text),
            (r"(?i)[a-z_]\w*", String.Interpol),
        ],
        "string_intp": [
            (r"[$@][{]", String.Interpol, "in_interp"),
            (r"(?i)[$@][a-z_]\w*", String.Interpol),
        ],
        "end_part": [(r"(?s).+", Comment.Preproc, "#pop")],
    }
