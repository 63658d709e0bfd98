"""VCL, the Varnish configuration language, as Rouge 3.30.0 splits it (rouge
lib/rouge/lexers/varnish.rb): keywords, functions (``std.*``) and variables by Rouge's
lists, other words plain text; ``beresp.http.*``/``var.*`` variables; ``{" "}`` and
``{xyz" "xyz}`` long strings; duration literals ``Number.Other``; ``C{ }C`` inline C (a fresh
C lexer per block, as Rouge's ``delegate C``).  ``true``/``false`` match inside words too.
"""

from __future__ import annotations

import re

from pygments.lexer import bygroups
from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from .base import RougeRegexLexer, fresh_delegate
from .clike import RougeCLexer

KEYWORDS = frozenset("""
vcl set unset include import if else elseif elif elsif director probe backend acl declare local
BOOL FLOAT INTEGER IP RTIME STRING TIME
""".split())
FUNCTIONS = frozenset("""
ban call hash_data new regsub regsuball return rollback std.cache_req_body std.collect
std.duration std.fileread std.healthy std.integer std.ip std.log std.port std.querysort std.random
std.real std.real2time std.rollback std.set_ip_tos std.strstr std.syslog std.time std.time2integer
std.time2real std.timestamp std.tolower std.toupper synth synthetic
""".split())
VARIABLES = frozenset("""
bereq bereq.backend bereq.between_bytes_timeout bereq.connect_timeout bereq.first_byte_timeout
bereq.method bereq.proto bereq.retries bereq.uncacheable bereq.url bereq.xid beresp beresp.age
beresp.backend beresp.backend.ip beresp.backend.name beresp.do_esi beresp.do_gunzip beresp.do_gzip
beresp.do_stream beresp.grace beresp.keep beresp.proto beresp.reason beresp.status
beresp.storage_hint beresp.ttl beresp.uncacheable beresp.was_304 client.identity client.ip
local.ip now obj.age obj.grace obj.hits obj.keep obj.proto obj.reason obj.status obj.ttl
obj.uncacheable remote.ip req req.backend_hint req.can_gzip req.esi req.esi_level
req.hash_always_miss req.hash_ignore_busy req.method req.proto req.restarts req.ttl req.url
req.xid resp resp.proto resp.reason resp.status server.hostname server.identity server.ip
""".split())
SPACE = r"[ \f\n\r\t\v]+"
HEX = "[0-9a-fA-F]+"
NUMERIC = (rf"(?:(?:0[xX]{HEX}(?:\.{HEX})?(?:[pP][+-]?{HEX})?)"
           r"|(?:[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?))")


def _word(lexer, match, ctx):
    word = match.group(0)
    if word in KEYWORDS:
        token = Keyword
    elif word in FUNCTIONS:
        token = Name.Function
    elif word in VARIABLES:
        token = Name.Variable
    else:
        token = Text
    yield match.start(), token, word
    ctx.pos = match.end()


def _number(lexer, match, ctx):
    text = match.group(0)
    whole = re.fullmatch(r"[0-9]+", text) or re.fullmatch(rf"0x{HEX}", text)
    yield match.start(), Number.Integer if whole else Number.Float, text
    ctx.pos = match.end()


class RougeVarnishLexer(RougeRegexLexer):
    """VCL tokenised like Rouge 3.30.0."""

    name = "VCL (Rouge)"
    aliases = []
    flags = re.MULTILINE | re.ASCII

    tokens = {
        "root": [
            (r'(?s)\{".*?"\}', String.Single),
            (r'(?s)\{(\w+)".*?"(\1)\}', String.Single),
            (r"(?s)/\*.*?\*/", Comment.Multiline),
            (r"(?://|#).*", Comment.Single),
            (r"true|false", Keyword.Constant),
            (r"(?:beresp|bereq|resp|req|obj)\.http\.[\w.-]+", Name.Variable),
            (r"(?:var)\.[\w.-]+", Name.Variable),
            (rf"(sub)({SPACE})([\w-]+)", bygroups(Keyword, Text, Name.Function)),
            (r"C\{", Comment.Preproc, "inline_c"),
            (r"(?i)\.?[a-z_][\w.-]*", _word),
            (rf"{NUMERIC}(?:ms|s|m|h|d|w|y)", Number.Other),
            (NUMERIC, _number),
            (r'"', String.Double, "string"),
            (r"[&|+-]{2}|[<=>!*/+-]=|<<|>>|!~|[-+*/%><=!&|~]", Operator),
            (r"[{}();.,]", Punctuation),
            (r"\r\n?|\n", Text),
            (r".", Text),
        ],
        "string": [
            (r'"', String.Double, "#pop"),
            (r'\\[\\"nt]', String.Escape),
            (r"\r\n?|\n", String.Double),
            (r".", String.Double),
        ],
        "inline_c": [
            (r"\}C", Comment.Preproc, "#pop"),
            (r"(?s).*?(?=\}C)", fresh_delegate(RougeCLexer)),
        ],
    }
