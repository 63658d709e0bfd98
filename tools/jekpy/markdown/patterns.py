"""Regex fragments shared by several kramdown rules.

Each constant names the kramdown constant it reproduces (gettalong/kramdown
lib/kramdown/parser/kramdown/*.rb and lib/kramdown/parser/html.rb). Ruby's ``\\Z`` (end of string,
or before a final newline) is written ``(?=\\n?\\Z)``; Ruby's ``\\z`` is Python's ``\\Z``.
"""

from __future__ import annotations

import re

from ..regex_starts import first_chars
from .posix_classes import alnum_class, alpha_class, word_class
from .scanner import rx

#: What Ruby's Unicode-aware ``\b``/``\B`` treat as word characters: ``\p{Word}``
#: (posix_classes.word_class) and, from Onigmo's Latin-1 table, the digits-like ``²³¹¼½¾``
#: (which ``\p{Word}`` lacks; checked over every code point against Ruby 3.1's ``/a\B/``).
RUBY_WORD = "(?:" + word_class() + "|[\u00b2\u00b3\u00b9\u00bc-\u00be])"
#: Ruby's ``\B`` and the ``\b`` after a word character.
RUBY_NOT_BOUNDARY = f"(?:(?<={RUBY_WORD})(?={RUBY_WORD})|(?<!{RUBY_WORD})(?!{RUBY_WORD}))"

OPT_SPACE = r" {0,3}"
INDENT = r"^(?:\t| {4})"
RUBY_END = r"(?=\n?\Z)"

# XML name characters (rexml/xmltokens.rb NAME_START_CHAR / NAME_CHAR), used for header ids.
_NSC = (
    "A-Z_a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d"
    "\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd\U00010000-\U000effff"
)
_NC = _NSC + r"\-.0-9\u00b7\u0300-\u036f\u203f-\u2040"
#: REXML 3.2.5 baseparser.rb NCNAME_STR: ``[[:alpha:]_][-[:alnum:]._]*`` (Ruby's Unicode classes:
#: combining vowel signs count, see posix_classes).
NCNAME = alpha_class("_") + alnum_class("._-") + "*"
UNAME = f"(?:{NCNAME}:)?{NCNAME}"
XML_NAME = f"[:{_NSC}][:{_NC}]*"

BLANK_LINE = r"(?>^[ \t\r\f\v\n]*\n)+"
EOB_MARKER = r"^\^[ \t\r\n\f\v]*?\n"

ALD_ID_NAME = r"\w[\w-]*"
ALD_ANY_CHARS = r"(?:\\\}|[^}])"
IAL_BLOCK = r"\{:(?!:|/)(" + ALD_ANY_CHARS + r"+)\}[ \t\r\f\v]*?\n"
IAL_BLOCK_START = "^" + OPT_SPACE + IAL_BLOCK

HTML_SPAN_ELEMENTS = frozenset(
    "a abbr acronym b big bdo br button cite code del dfn em i img input ins kbd label mark "
    "option q rb rbc rp rt rtc ruby samp select small span strong sub sup tt u var".split()
)
HTML_BLOCK_ELEMENTS = frozenset(
    "address article aside applet body blockquote caption col colgroup dd div dl dt fieldset "
    "figcaption footer form h1 h2 h3 h4 h5 h6 header hgroup hr html head iframe legend menu li "
    "main map nav ol optgroup p pre section summary table tbody td th thead tfoot tr ul".split()
)
HTML_ELEMENTS_WITHOUT_BODY = frozenset(
    "area base br col command embed hr img input keygen link meta param source track wbr".split()
)
_MODEL_BLOCK = (
    "address applet article aside blockquote body dd details div dl fieldset figure figcaption "
    "footer form header hgroup iframe li main map menu nav noscript object section summary td"
).split()
_MODEL_SPAN = (
    "a abbr acronym b bdo big button cite caption del dfn dt em h1 h2 h3 h4 h5 h6 i ins label "
    "legend optgroup p q rb rbc rp rt rtc ruby select small span strong sub sup th tt"
).split()
_MODEL_RAW = "script style math option textarea pre code kbd samp var".split()
HTML_CONTENT_MODEL: dict[str, str] = {
    **{n: "block" for n in _MODEL_BLOCK},
    **{n: "span" for n in _MODEL_SPAN},
    **{n: "raw" for n in _MODEL_RAW},
}
HTML_ELEMENT = frozenset(
    HTML_SPAN_ELEMENTS | HTML_BLOCK_ELEMENTS | HTML_ELEMENTS_WITHOUT_BODY | set(HTML_CONTENT_MODEL)
)


def content_model(name: str) -> str:
    """kramdown's HTML_CONTENT_MODEL lookup (unknown elements are raw)."""
    return HTML_CONTENT_MODEL.get(name, "raw")


_WORD = r"(?u:\w)"
HTML_COMMENT = r"<!--(.*?)-->"
HTML_INSTRUCTION = r"<\?(.*?)\?>"
HTML_TAG = (
    r"<((?>" + UNAME + r"))[ \t\r\n\f\v]*((?>[ \t\r\n\f\v]+" + UNAME
    + r"(?:[ \t\r\n\f\v]*=[ \t\r\n\f\v]*(?:" + _WORD + r"+|(\"|').*?\3))?)*)[ \t\r\n\f\v]*(/)?>"
)
HTML_TAG_CLOSE = r"</(" + UNAME + r")[ \t\r\n\f\v]*>"
HTML_ATTRIBUTE = (
    r"[ \t\r\n\f\v]*(" + UNAME + r")(?:[ \t\r\n\f\v]*=[ \t\r\n\f\v]*(?:(" + _WORD
    + r"+)|(\"|')(.*?)\3))?"
)
HTML_ENTITY = r"&([\w:][\-\w.:]*);|&#(\d+);|&\#x([0-9a-fA-F]+);"

#: UNAME on ASCII text: Ruby's ``[[:alpha:]_]`` and ``[-[:alnum:]._]`` there are these classes
#: (tests/unit/test_markdown_block_fastpaths.py), which Python matches ~4x faster than the
#: Unicode classes. The ``*_ASCII`` patterns below are the same patterns with this UNAME; on a
#: string without non-ASCII characters (``str.isascii()`` is a flag test) they match exactly
#: what the originals match.
UNAME_ASCII = r"(?:[A-Za-z_][-.A-Za-z0-9_]*:)?[A-Za-z_][-.A-Za-z0-9_]*"


def ascii_names(pattern: str) -> str:
    """``pattern`` with every UNAME replaced by UNAME_ASCII."""
    return pattern.replace(UNAME, UNAME_ASCII)


HTML_COMMENT_RE = rx(HTML_COMMENT, dotall=True)
HTML_INSTRUCTION_RE = rx(HTML_INSTRUCTION, dotall=True)
HTML_TAG_RE = rx(HTML_TAG, dotall=True)
HTML_TAG_CLOSE_RE = rx(HTML_TAG_CLOSE, dotall=True)
HTML_ATTRIBUTE_RE = rx(HTML_ATTRIBUTE, dotall=True)
HTML_ENTITY_RE = rx(HTML_ENTITY)
_NAME_ASCII = r"[A-Za-z_][-.A-Za-z0-9_]*"
_BLANK = r"[ \t\r\n\f\v]"
#: HTML_TAG with UNAME_ASCII, rewritten to match the same tags with less backtracking (~1.5x
#: faster; tests/unit/test_markdown_html_rules.py compares both on random tags): a name is
#: ``N(?::N)?`` (the same first match as ``(?:N:)?N``: N never holds ``:``); no blanks before
#: the attribute group, whose every repetition begins with blanks (kramdown's pattern backtracks
#: there once per tag with attributes: group 2 then keeps one more leading blank, which the
#: attribute scan skips); a quoted value ends at the first closing quote (``"[^"]*"``, what the
#: lazy ``.*?\3`` finds first; the atomic repetition never asks for another). Groups: 1 name,
#: 2 attributes, 3 unused (kramdown's quote), 4 ``/`` of a self-closed tag.
HTML_TAG_ASCII = (
    r"<(" + _NAME_ASCII + "(?::" + _NAME_ASCII + r")?)((?>" + _BLANK + "+" + _NAME_ASCII
    + "(?::" + _NAME_ASCII + ")?(?:" + _BLANK + "*=" + _BLANK + "*(?:" + _WORD
    + r"""+|(")[^"]*"|'[^']*'))?)*)""" + _BLANK + r"*(/)?>"
)
HTML_TAG_RE_ASCII = rx(ascii_names(HTML_TAG), dotall=True)
HTML_TAG_FAST_RE_ASCII = rx(HTML_TAG_ASCII, dotall=True)
HTML_TAG_CLOSE_RE_ASCII = rx(ascii_names(HTML_TAG_CLOSE), dotall=True)
HTML_ATTRIBUTE_RE_ASCII = rx(ascii_names(HTML_ATTRIBUTE), dotall=True)
#: HTML_ATTRIBUTE with ASCII names rewritten as HTML_TAG_ASCII (same matches, scanned with
#: ``finditer``): groups 1 name, 2 unquoted value, 3 double-quoted value, 4 single-quoted value.
HTML_ATTRIBUTE_FAST_RE_ASCII = rx(
    _BLANK + "*(" + _NAME_ASCII + "(?::" + _NAME_ASCII + ")?)(?:" + _BLANK + "*=" + _BLANK
    + "*(?:(" + _WORD + r"""+)|"([^"]*)"|'([^']*)'))?""", dotall=True)

_LAZY_SPAN = sorted(HTML_SPAN_ELEMENTS | {"script"})
LAZY_END_HTML_START = r"<(?>(?!(?:" + "|".join(_LAZY_SPAN) + r")\b)" + UNAME + r")"
LAZY_END_HTML_STOP = r"</(?!(?:" + "|".join(_LAZY_SPAN) + r")\b)" + UNAME + r"[ \t\r\n\f\v]*>"
_LAZY_END_LINES = (BLANK_LINE, IAL_BLOCK_START, EOB_MARKER, "^" + OPT_SPACE + LAZY_END_HTML_STOP,
                   "^" + OPT_SPACE + LAZY_END_HTML_START)
LAZY_END = "(?:" + "|".join(_LAZY_END_LINES) + "|" + RUBY_END + ")"

#: kramdown writes ``.*?\n``; without /m ``.`` stops at a newline, so the greedy ``.*\n`` matches
#: the same text, and Python's engine runs it about 30 times faster on long lines.
PATTERN_TAIL = r"[\t| ].*\n"
LIST_START_UL = r"^(" + OPT_SPACE + r"[+*-])(" + PATTERN_TAIL + ")"
LIST_START_OL = r"^(" + OPT_SPACE + r"\d+\.)(" + PATTERN_TAIL + ")"
LIST_START = f"(?:{LIST_START_UL}|{LIST_START_OL})"
DEFINITION_LIST_START = r"^(" + OPT_SPACE + r":)(" + PATTERN_TAIL + ")"

#: horizontal_rule.rb HR_START. The leading lookahead restates what the pattern needs (the rest of
#: the line is rule characters, spaces and tabs): a one-class scan that rejects a line such as
#: "- - - ... a" quickly; the back-reference loop behind it costs ~75 ns per character in
#: Python, which nested list items ("- " x 10^5 then "a") pay once per nesting level.
HR_START = r"^" + OPT_SPACE + r"(?=[-*_][-*_ \t]*\n)(\*|-|_)[ \t]*\1[ \t]*\1(?:\1|[ \t])*\n"
ATX_HEADER_START_GFM = r"^(?P<level>\#{1,6})[\t ]+(?P<contents>.*)\n"
BLOCKQUOTE_START = r"^" + OPT_SPACE + r"> ?"
FENCED_CODEBLOCK_START_GFM = r"^[ ]{0,3}[~`]{3,}"

_GFM_END_LINES = (LIST_START, ATX_HEADER_START_GFM, DEFINITION_LIST_START, BLOCKQUOTE_START,
                  FENCED_CODEBLOCK_START_GFM)
PARAGRAPH_END = rx(f"(?:{LAZY_END}|{DEFINITION_LIST_START})")
PARAGRAPH_END_GFM = rx(f"(?:{LAZY_END}|{'|'.join(_GFM_END_LINES)})")
LAZY_END_RE = rx(LAZY_END)


def _line_starts(*alternatives: str) -> frozenset[str] | None:
    """The characters a line must begin with for one of ``alternatives`` (or ``RUBY_END``) to
    match at its start: the union of their FIRST sets (``dispatch.first_chars``) plus the
    newline of a last empty line; None when some alternative could begin with anything."""
    chars = {"\n"}
    for alternative in alternatives:
        first = first_chars(re.compile(alternative, re.MULTILINE | re.ASCII))
        if first.negated:
            return None
        chars |= first.chars
    return frozenset(chars)


#: For the "lines until an end pattern" loops (paragraphs, blockquotes): the end pattern, tried
#: at a line start, can only match there at the end of the text or when the line begins with
#: one of these characters, so other lines skip the regex (same result, one ``in`` test).
LINE_END_STARTS: dict = {
    LAZY_END_RE: _line_starts(*_LAZY_END_LINES),
    PARAGRAPH_END: _line_starts(*_LAZY_END_LINES, DEFINITION_LIST_START),
    PARAGRAPH_END_GFM: _line_starts(*_LAZY_END_LINES, *_GFM_END_LINES),
}
BLOCK_BOUNDARY_RE = rx(f"(?:{BLANK_LINE}|{EOB_MARKER}|{IAL_BLOCK_START}|{RUBY_END})")
PARAGRAPH_MATCH = rx(r"^.*\n")  # kramdown: /^.*?\n/ (see PATTERN_TAIL)

CODEBLOCK_MATCH = (
    r"(?:(?:" + BLANK_LINE + r")?(?:" + INDENT + r"[ \t]*\S.*\n)+(?:(?!" + IAL_BLOCK_START + "|"
    + EOB_MARKER + "|^" + OPT_SPACE + LAZY_END_HTML_STOP + "|^" + OPT_SPACE + LAZY_END_HTML_START
    + r")^[ \t]*\S.*\n)*)*"
)

#: Characters Ruby's String#strip/lstrip/rstrip remove (Python's default also strips Unicode spaces).
RUBY_WS = " \t\n\v\f\r\0"
