"""Character and entity references as libxml2's HTML 4 parser reads them (for Nokogiri fragments).

`jekpy.plugins.mentions.parse_fragment` parses with Python's ``HTMLParser``, which decodes
references by HTML5's rules (``html.unescape``). libxml2 2.9 (HTMLparser.c ``htmlParseCharRef``,
``htmlParseEntityRef``, ``htmlParseHTMLAttribute``) differs, and `normalize` rewrites the
references of a fragment so that Python's decoding gives libxml2's characters:

* a named reference is decoded only with its ``;`` and only for the HTML 4 names (Python's
  ``html.entities.name2codepoint``) plus ``apos``: ``&check;``, ``&copy`` and ``&amp`` stay text;
* ``&#N;`` / ``&#xN;`` (``;`` optional, digits optional) give the code point itself when it is an
  XML ``Char`` (so ``&#128;`` is U+0080, not cp1252's euro sign, and ``&#x7f;`` is kept) and nothing
  otherwise (``&#0;``, ``&#xD800;``, ``&#;``).

Script and style contents and comments are left alone, as both parsers read them raw.
"""

from __future__ import annotations

import re
from html.entities import name2codepoint

HTML4_NAMES = frozenset(name2codepoint) | {"apos"}
MARKUP = frozenset("<>&\"'")
RAW = re.compile(r"<(script|style)\b.*?</\1\s*>|<!--.*?-->", re.I | re.S)
REFERENCE = re.compile(r"&(?:#(?:[xX]([0-9a-fA-F]*)|([0-9]*));?|([A-Za-z_:][A-Za-z0-9_:.-]*)(;?))")


def is_xml_char(value: int) -> bool:
    """XML 1.0 ``Char`` (libxml2 ``IS_CHAR``)."""
    return (value in (0x9, 0xA, 0xD) or 0x20 <= value <= 0xD7FF or 0xE000 <= value <= 0xFFFD
            or 0x10000 <= value <= 0x10FFFF)


def _numeric(digits: str, base: int) -> str:
    value = int(digits, base) if digits else 0
    if not is_xml_char(value):
        return ""
    char = chr(value)
    # The character itself, which Python cannot misread (its unescape maps 0x80-0x9F to cp1252 and
    # drops U+007F and noncharacters); markup characters stay references.
    return f"&#x{value:x};" if char in MARKUP else char


def _reference(match: re.Match) -> str:
    hex_digits, dec_digits, name, semicolon = match.groups()
    if name is None:
        return _numeric(hex_digits, 16) if hex_digits is not None else _numeric(dec_digits, 10)
    if semicolon and name in HTML4_NAMES:
        return match.group(0)
    return "&amp;" + name + semicolon


def _rewrite(text: str) -> str:
    return REFERENCE.sub(_reference, text) if "&" in text else text


def normalize(html: str) -> str:
    """The fragment with its references rewritten (outside script, style and comments)."""
    if "&" not in html:
        return html
    out, last = [], 0
    for match in RAW.finditer(html):
        out.append(_rewrite(html[last:match.start()]))
        out.append(match.group(0))
        last = match.end()
    out.append(_rewrite(html[last:]))
    return "".join(out)
