"""Windows batch files as Rouge 3.30.0's ``Rouge::Lexers::Batchfile`` (rouge lib/rouge/lexers/
batchfile.rb) split them.

Words Rouge knows are keywords, operator words, devices, builtin commands or attributes; every
other word is ``Keyword.Declaration``, because Rouge's final test ``"set".casecmp(word)`` returns
an integer, which Ruby treats as true.  A ``.exe``/``com``/``bat``/... suffix after such a word
is an ``Error`` token.
"""

from __future__ import annotations

import re

from pygments.lexer import include
from pygments.token import (
    Comment,
    Error,
    Keyword,
    Literal,
    Name,
    Operator,
    String,
    Text,
)

from .base import RougeRegexLexer

KEYWORDS = frozenset("if else for in do goto call exit".split())
OPERATOR_WORDS = frozenset(
    "exist defined errorlevel cmdextversion not equ neq lss leq gtr geq".split()
)
DEVICES = frozenset(
    "con prn aux nul com1 com2 com3 com4 com5 com6 com7 com8 com9 lpt1 lpt2 lpt3 lpt4 lpt5 lpt6 "
    "lpt7 lpt8 lpt9".split()
)
COMMANDS = frozenset(
    """
    assoc attrib break bcdedit cacls cd chcp chdir chkdsk chkntfs choice cls cmd color comp
    compact convert copy date del dir diskpart doskey dpath driverquery echo endlocal erase fc
    find findstr format fsutil ftype gpresult graftabl help icacls label md mkdir mklink mode
    more move openfiles path pause popd print prompt pushd rd recover ren rename replace rmdir
    robocopy setlocal sc schtasks shift shutdown sort start subst systeminfo takeown tasklist
    taskkill time timeout title tree type ver verify vol xcopy waitfor wmic
    addusers admodcmd ansicon arp at bcdboot bitsadmin browstat certreq certutil change cidiag
    cipher cleanmgr clip cmdkey compress convertcp coreinfo csccmd csvde cscript curl debug
    defrag delprof deltree devcon diamond dirquota diruse diskshadow diskuse dism dnscmd dsacls
    dsadd dsget dsquery dsmod dsmove dsrm dsmgmt dsregcmd edlin eventcreate expand extract fdisk
    fltmc forfiles freedisk ftp getmac gpupdate hostname ifmember inuse ipconfig kill lgpo
    lodctr logman logoff logtime makecab mapisend mbsacli mem mountvol moveuser msg mshta
    msiexec msinfo32 mstsc nbtstat net net1 netdom netsh netstat nlsinfo nltest now nslookup
    ntbackup ntdsutil ntoskrnl ntrights nvspbind pathping perms ping portqry powercfg pngout
    pnputil printbrm prncnfg prnmngr procdump psexec psfile psgetsid psinfo pskill pslist
    psloggedon psloglist pspasswd psping psservice psshutdown pssuspend qbasic qgrep qprocess
    query quser qwinsta rasdial reg reg1 regdump regedt32 regsvr32 regini reset restore
    rundll32 rmtshare route rpcping run runas scandisk setspn setx sfc share shellrunas shortcut
    sigcheck sleep slmgr strings subinacl sysmon telnet tftp tlist touch tracerpt tracert tscon
    tsdiscon tskill tttracer typeperf tzutil undelete unformat verifier vmconnect vssadmin w32tm
    wbadmin wecutil wevtutil wget where whoami windiff winrm winrs wpeutil wpr wusa wuauclt
    wscript
    """.split()
)
ATTRIBUTES = frozenset("on off disable enableextensions enabledelayedexpansion".split())


def _word(lexer, match, ctx):
    word, suffix = match.group(1), match.group(2)
    if word in COMMANDS and word not in DEVICES | KEYWORDS | OPERATOR_WORDS:
        yield match.start(), Name.Builtin, match.group(0)
    else:
        if word in DEVICES:
            token = Keyword.Reserved
        elif word in KEYWORDS:
            token = Keyword
        elif word in OPERATOR_WORDS:
            token = Operator.Word
        elif word in ATTRIBUTES:
            token = Name.Attribute
        else:
            token = Keyword.Declaration
        yield match.start(1), token, word
        if suffix:
            yield match.start(2), Error, suffix
    ctx.pos = match.end()


class RougeBatchfileLexer(RougeRegexLexer):
    """Batch files tokenised like Rouge 3.30.0."""

    name = "Batchfile (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII

    tokens = {
        "basic": [
            (r"(?i)@?rem\b.*$", Comment),
            (r"^::.*$", Comment),
            (r"(?i):[a-z]+", Name.Label),
            (r"(?i)([a-z]\w*)(\.exe|com|bat|cmd|msi)?", _word),
            (r"(?i)((?:[/+]|--?)[a-z]+)\s*", Name.Attribute),
            include("expansions"),
            (r"[<>&|(){}\[\]\-+=;,~?*]", Operator),
        ],
        "escape": [(r"(?s)\^.", String.Escape)],
        "expansions": [
            (r"(?i)[%!]+([a-z_$@#]+)[%!]+", Name.Variable),
            (r"(?i)(%+~?[a-z]+\d?)", Name.Variable.Magic),
        ],
        "double_quotes": [
            include("escape"),
            (r'["]', String.Double, "#pop"),
            include("expansions"),
            (r'[^\^"%!]+', String.Double),
        ],
        "single_quotes": [
            include("escape"),
            (r"[']", String.Single, "#pop"),
            include("expansions"),
            (r"[^\^'%!]+", String.Single),
        ],
        "backtick": [
            include("escape"),
            (r"[`]", String.Backtick, "#pop"),
            include("expansions"),
            (r"[^\^`%!]+", String.Backtick),
        ],
        "data": [
            (r"\s+", Text),
            (r"(?i)0x[0-9a-f]+", Literal.Number.Hex),
            (r"[0-9]", Literal.Number),
            (r'["]', String.Double, "double_quotes"),
            (r"[']", String.Single, "single_quotes"),
            (r"[`]", String.Backtick, "backtick"),
            (r"[^\s&|()\[\]{}\^=;!%+\-,\"'`~?*]+", Text),
            include("escape"),
        ],
        "root": [include("basic"), include("data")],
    }
