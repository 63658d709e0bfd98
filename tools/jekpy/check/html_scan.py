"""Links, images and anchors of one HTML output, read with the standard library's parser."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

LINK_RELS = {"stylesheet", "icon", "shortcut", "apple-touch-icon", "manifest", "preload", "prefetch"}
SRC_TAGS = {"img", "script", "iframe", "source", "video", "audio", "embed", "track"}


@dataclass
class Scan:
    """What one page links to, and the anchors it offers.

    Attributes:
        links: (tag, attribute, url, output line) in document order.
        ids: every ``id`` and ``<a name>`` in the page.
    """

    links: list[tuple[str, str, str, int]] = field(default_factory=list)
    ids: set[str] = field(default_factory=set)


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scan = Scan()

    def handle_starttag(self, tag: str, attrs: list) -> None:
        values = {k: (v or "") for k, v in attrs}
        if values.get("id"):
            self.scan.ids.add(values["id"])
        if tag == "a" and values.get("name"):
            self.scan.ids.add(values["name"])
        line = self.getpos()[0]
        if tag in ("a", "area") and "href" in values:
            self._add(tag, "href", values["href"], line)
        elif tag == "link" and "href" in values:
            rels = set(values.get("rel", "").lower().split())
            if rels & LINK_RELS:
                self._add(tag, "href", values["href"], line)
        if tag in SRC_TAGS:
            if values.get("src"):
                self._add(tag, "src", values["src"], line)
            for candidate in values.get("srcset", "").split(","):
                url = candidate.strip().split(" ")[0] if candidate.strip() else ""
                if url:
                    self._add(tag, "srcset", url, line)
        if tag == "video" and values.get("poster"):
            self._add(tag, "poster", values["poster"], line)

    handle_startendtag = handle_starttag

    def _add(self, tag: str, attr: str, url: str, line: int) -> None:
        self.scan.links.append((tag, attr, url.strip(), line))


def scan(html: str) -> Scan:
    """Links and anchors of ``html`` (malformed markup is read as far as it goes)."""
    parser = _Parser()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # noqa: BLE001 - html.parser is lenient; keep what was read
        pass
    return parser.scan


def ids_only(html: str) -> set[str]:
    """The anchors of ``html``."""
    return scan(html).ids
