"""HTML escaping and attribute writing as kramdown does them.

Emulates ``escape_html`` and ``html_attributes`` of gettalong/kramdown lib/kramdown/utils/html.rb:
``text``/``attribute`` escaping leaves existing entity references alone.
"""

from __future__ import annotations

import re
from typing import Any

from .entities import ESCAPE_MAP

# REXML baseparser.rb REFERENCE (NAME is ``[\w:][-\w.:]*`` with ASCII ``\w``).
_REFERENCE = r"&(?:[\w:][-\w.:]*;|#\d+;|#x[0-9a-fA-F]+;)"
_ESCAPE_ALL = re.compile(r"[<>&]")
_ESCAPE_TEXT = re.compile(_REFERENCE + r"|[<>&]", re.ASCII)
_ESCAPE_ATTR = re.compile(_REFERENCE + r"|[<>&\"]", re.ASCII)
_ESCAPES = {"all": _ESCAPE_ALL, "text": _ESCAPE_TEXT, "attribute": _ESCAPE_ATTR}

def escape_html(text: str, kind: str = "all") -> str:
    """kramdown ``escape_html``: ``text``/``attribute`` leave entity references alone."""
    if "&" not in text and "<" not in text and ">" not in text and (
            kind != "attribute" or '"' not in text):
        return text  # nothing to escape (the common case)
    return _ESCAPES[kind].sub(_replacement, text)


def _replacement(m: re.Match[str]) -> str:
    """An escaped character, or an entity reference kept as it is."""
    found = m.group()
    return ESCAPE_MAP.get(found, found)


def html_attributes(attr: dict[str, Any]) -> str:
    """`` key="value"`` pairs; an empty ``id`` is dropped."""
    if not attr:
        return ""
    parts = []
    for key, value in attr.items():
        if value is None:
            continue
        if type(value) is not str:
            value = str(value)
        if key == "id" and not value.strip():
            continue
        if "&" in value or "<" in value or ">" in value or '"' in value:
            value = _ESCAPE_ATTR.sub(_replacement, value)
        parts.append(f' {key}="{value}"')
    return "".join(parts)
