"""Links, images and anchors of one HTML output, read with regular expressions.

A full HTML parser is several times slower and we only need start tags and a few attributes:
comments and the bodies of ``script``, ``style`` and ``textarea`` are skipped first (their
text is not markup), then each start tag's attributes are read and entities decoded.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

LINK_RELS = {"stylesheet", "icon", "shortcut", "apple-touch-icon", "manifest", "preload", "prefetch"}
SRC_TAGS = {"img", "script", "iframe", "source", "video", "audio", "embed", "track"}

_SKIP = re.compile(r"<!--.*?-->|(<(script|style|textarea)\b[^>]*>).*?</\2\s*>", re.DOTALL | re.IGNORECASE)
_TAG = re.compile(r"<([a-zA-Z][a-zA-Z0-9-]*)(\s[^>]*)?/?>")
_ATTR = re.compile(r"""([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?""")
_INTERESTING = ("href", "src", "srcset", "id", "name", "rel", "poster")


@dataclass
class Scan:
    """What one page links to, and the anchors it offers.

    Attributes:
        links: (tag, attribute, url, output line) in document order.
        ids: every ``id`` and ``<a name>`` in the page.
        base: the ``href`` of the first ``<base>`` tag (relative links resolve against it).
    """

    links: list[tuple[str, str, str, int]] = field(default_factory=list)
    ids: set[str] = field(default_factory=set)
    base: str | None = None


def _attributes(text: str) -> dict[str, str]:
    values: dict[str, str] = {}
    for match in _ATTR.finditer(text):
        name = match.group(1).lower()
        if name in _INTERESTING and name not in values:
            raw = next((g for g in match.group(2, 3, 4) if g is not None), "")
            values[name] = html.unescape(raw) if "&" in raw else raw
    return values


def _blank(match: re.Match) -> str:
    """Keep an opening script tag (its src counts), drop the body; keep line breaks."""
    opening = match.group(1) or ""
    return opening + "\n" * match.group(0)[len(opening):].count("\n")


def scan(text: str) -> Scan:
    """Links and anchors of ``text``."""
    result = Scan()
    text = _SKIP.sub(_blank, text)
    for match in _TAG.finditer(text):
        attrs = match.group(2)
        if not attrs:
            continue
        tag = match.group(1).lower()
        values = _attributes(attrs)
        if not values:
            continue
        if values.get("id"):
            result.ids.add(values["id"])
        if tag == "a" and values.get("name"):
            result.ids.add(values["name"])
        line = 0
        if tag == "base" and "href" in values and result.base is None:
            result.base = values["href"].strip()
        if tag in ("a", "area") and "href" in values:
            result.links.append((tag, "href", values["href"].strip(), line))
        elif tag == "link" and "href" in values:
            if set(values.get("rel", "").lower().split()) & LINK_RELS:
                result.links.append((tag, "href", values["href"].strip(), line))
        if tag in SRC_TAGS:
            if values.get("src"):
                result.links.append((tag, "src", values["src"].strip(), line))
            srcset = values.get("srcset", "")
            for candidate in ([] if "data:" in srcset else srcset.split(",")):
                url = candidate.strip().split(" ")[0] if candidate.strip() else ""
                if url:
                    result.links.append((tag, "srcset", url, line))
        if tag == "video" and values.get("poster"):
            result.links.append((tag, "poster", values["poster"].strip(), line))
    return result


def ids_only(text: str) -> set[str]:
    """The anchors of ``text``."""
    return scan(text).ids
