"""``I18n.transliterate`` as Jekyll's ``slugify(mode: "latin")`` calls it.

Jekyll 3.10 (lib/jekyll/utils.rb ``slugify``) runs ``I18n.transliterate`` before slugifying in
``latin`` mode. The i18n gem's HashTransliterator (lib/i18n/backend/transliterator.rb) replaces
each non-ASCII character by its entry in a fixed table of Latin-1 Supplement and Latin
Extended-A letters, and every other non-ASCII character by ``?`` (which the slug then turns
into a hyphen): ``Tiếng Việt`` becomes ``Ti?ng Vi?t``. No Unicode decomposition is involved.
"""

from __future__ import annotations

import re

# Letters that approximate to one ASCII letter, grouped by that letter (upper case first).
_SINGLE = {
    "A": "ÀÁÂÃÄÅĀĂĄ", "a": "àáâãäåāăą", "C": "ÇĆĈĊČ", "c": "çćĉċč", "D": "ÐĎĐ", "d": "ðďđ",
    "E": "ÈÉÊËĒĔĖĘĚ", "e": "èéêëēĕėęě", "G": "ĜĞĠĢ", "g": "ĝğġģ", "H": "ĤĦ", "h": "ĥħ",
    "I": "ÌÍÎÏĨĪĬĮİ", "i": "ìíîïĩīĭįı", "J": "Ĵ", "j": "ĵ", "K": "Ķ", "k": "ķĸ",
    "L": "ĹĻĽĿŁ", "l": "ĺļľŀł", "N": "ÑŃŅŇ", "n": "ñńņň", "O": "ÒÓÔÕÖØŌŎŐǪǬ",
    "o": "òóôõöøōŏőǫǭ", "R": "ŔŖŘ", "r": "ŕŗř", "S": "ŚŜŞŠ", "s": "śŝşš", "T": "ŢŤŦ",
    "t": "ţťŧ", "U": "ÙÚÛÜŨŪŬŮŰŲ", "u": "ùúûüũūŭůűų", "W": "Ŵ", "w": "ŵ", "Y": "ÝŶŸ",
    "y": "ýÿŷ", "Z": "ŹŻŽ", "z": "źżž", "x": "×",
}
_MULTI = {"Æ": "AE", "æ": "ae", "Þ": "Th", "þ": "th", "ß": "ss", "ẞ": "SS", "Ĳ": "IJ", "ĳ": "ij",
          "ŉ": "'n", "Ŋ": "NG", "ŋ": "ng", "Œ": "OE", "œ": "oe"}
APPROXIMATIONS = {char: ascii_ for ascii_, chars in _SINGLE.items() for char in chars} | _MULTI
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def transliterate(text: str, replacement: str = "?") -> str:
    """Each non-ASCII character replaced by its ASCII approximation, or by ``replacement``."""
    return _NON_ASCII.sub(lambda m: APPROXIMATIONS.get(m.group(0), replacement), text)
