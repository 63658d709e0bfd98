"""Links of a Markdown text without converting it, for the fast output check.

Converting Markdown is most of a build's time, and the link check only needs the URLs. For a
text that uses only plain Markdown links (no raw HTML, footnotes, attribute lists, math or
escaped brackets) the URLs can be read directly: inline links and images ``[text](url "t")``
and the reference definitions a ``[label]`` uses. Anything this reader is not sure about makes
`deferrable` return False, and the text is converted for real. Anchors (``id``) of a deferred
text are only needed when another link points into it; then it is converted on demand.
"""

from __future__ import annotations

import re
from collections.abc import Callable

FENCE_RE = re.compile(r"^ {0,3}(`{3,}|~{3,})[^\n]*\n.*?^ {0,3}\1[`~]*[ \t]*$", re.MULTILINE | re.DOTALL)
CODE_SPAN_RE = re.compile(r"(`+)(?:(?!\1).)+?\1", re.DOTALL)
RAW_HTML_RE = re.compile(r"<(?!https?://|mailto:|ftp://)[a-zA-Z/!?]")
UNSURE_RE = re.compile(r"\[\^|\{:|\{::|\\[\[\]()]|\$\$")
INDENTED_LINK_RE = re.compile(r"^(?: {4,}|\t).*(\]\(|\]:)", re.MULTILINE)
BRACKET = r"\[((?:[^\[\]\n]|\[[^\[\]\n]*\])*)\]"
INLINE_RE = re.compile(r"!?" + BRACKET + r"\(\s*(<[^<>\n]*>|[^\s()<>]*)(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'))?\s*\)")
DEFINITION_RE = re.compile(r"^ {0,3}\[([^\]\n]+)\]:[ \t]*(<[^<>\n]*>|\S+)(?:[ \t]+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*$",
                           re.MULTILINE)


def _strip_code(text: str) -> str:
    return CODE_SPAN_RE.sub("", FENCE_RE.sub("", text))


def deferrable(text: str) -> bool:
    """Whether `links` reads every URL of ``text`` exactly as kramdown would output them."""
    if RAW_HTML_RE.search(text) or UNSURE_RE.search(text) or INDENTED_LINK_RE.search(text):
        return False
    body = _strip_code(text)
    if "`" in body:  # an unmatched backtick run: leave it to the real converter
        return False
    body = DEFINITION_RE.sub("", body)
    return body.count("](") == len(INLINE_RE.findall(body))


def links(text: str) -> list[str]:
    """The URLs of the inline links and images, and of the used reference definitions."""
    body = _strip_code(text)
    found = []
    definitions = {m.group(1).strip().lower(): m.group(2) for m in DEFINITION_RE.finditer(body)}
    rest = DEFINITION_RE.sub("", body)
    for match in INLINE_RE.finditer(rest):
        found.append(match.group(2))
    for label, url in definitions.items():
        if re.search(r"\[" + re.escape(label) + r"\](?![(:])", rest, re.IGNORECASE):
            found.append(url)
    return [u[1:-1] if u.startswith("<") and u.endswith(">") else u for u in found]


class Deferred:
    """Markdown texts kept unconverted, each standing in the output as a placeholder tag."""

    TAG_RE = re.compile(r'<jekpy-md n="(\d+)"></jekpy-md>')

    def __init__(self, convert: Callable[[str], str]) -> None:
        self.texts: dict[int, str] = {}
        self.convert = convert
        self.next_number = 0
        self._html: dict[int, str] = {}

    def add(self, text: str) -> str:
        """Keep ``text``; return its placeholder."""
        number = self.next_number
        self.next_number += 1
        self.texts[number] = text
        return f'<jekpy-md n="{number}"></jekpy-md>'

    def in_output(self, output: str) -> list[int]:
        """The deferred texts that appear in an output."""
        return [int(n) for n in self.TAG_RE.findall(output)] if "<jekpy-md" in output else []

    def html(self, number: int) -> str:
        """The real conversion of one text (done when its anchors are needed)."""
        if number not in self._html:
            self._html[number] = self.convert(self.texts[number])
        return self._html[number]
