"""HTML entities as kramdown knows them, and its rules for writing them back out.

kramdown has its own entity table (gettalong/kramdown lib/kramdown/utils/entities.rb): the HTML 4
set (the same names as Python's ``html.entities.name2codepoint``) plus ``apos``, with ``lceil``/
``rceil`` and ``lang``/``rang`` swapped, and numeric references 128-159 read as Windows-1252.
Unknown names are not entities at all (kramdown writes ``&amp;name;``).
"""

from __future__ import annotations

import html.entities
from typing import NamedTuple

_NAME_OVERRIDES = {"apos": 39, "rceil": 8968, "lceil": 8969, "rang": 9001, "lang": 9002}

NAME_TO_CODE: dict[str, int] = {**html.entities.name2codepoint, **_NAME_OVERRIDES}
CODE_TO_NAME: dict[int, str] = {code: name for name, code in NAME_TO_CODE.items()}

#: Characters that ``escape_html`` rewrites (kramdown utils/html.rb ESCAPE_MAP).
ESCAPE_MAP = {"<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;"}


class Entity(NamedTuple):
    """A code point and its name (None for unnamed code points)."""

    code_point: int
    name: str | None

    @property
    def char(self) -> str | None:
        """The character, or None when the code point cannot be encoded."""
        if self.code_point > 0x10FFFF or 0xD800 <= self.code_point <= 0xDFFF:
            return None
        return chr(self.code_point)


def by_name(name: str) -> Entity | None:
    """The entity called ``name``, or None if kramdown does not know it."""
    code = NAME_TO_CODE.get(name)
    return None if code is None else Entity(code, name)


def by_code(code: int) -> Entity:
    """The entity for a numeric reference (Windows-1252 remapping for 128-159)."""
    if 128 <= code <= 159:
        try:
            code = ord(bytes([code]).decode("cp1252"))
        except UnicodeDecodeError:
            pass
    return Entity(code, CODE_TO_NAME.get(code))


def to_str(entity: Entity, entity_output: str, original: str | None = None) -> str:
    """Write ``entity`` the way kramdown's ``entity_to_str`` does for ``entity_output``."""
    char = entity.char
    if entity_output == "as_char" and char is not None and (char == '"' or char not in ESCAPE_MAP):
        return char
    if entity_output in ("as_input", "as_char") and original:
        return original
    if (entity_output == "symbolic" or (char is not None and char in ESCAPE_MAP)) and entity.name:
        return f"&{entity.name};"
    return f"&#{entity.code_point};"
