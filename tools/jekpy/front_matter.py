"""Splitting a file into YAML front matter and body, with Jekyll's exact rule.

Jekyll decides a file has front matter when its first line matches ``\\A---\\s*\\r?\\n``
(jekyll/jekyll v3.10.0 lib/jekyll/utils.rb ``has_yaml_header?``) and splits with
``\\A(---\\s*\\n.*?\\n?)^((---|\\.\\.\\.)\\s*$\\n?)`` (lib/jekyll/document.rb), keeping the body
byte for byte. python-frontmatter strips the text, so we only borrow its YAML loading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from jekpy.errors import FrontMatterError
from jekpy.utils import load_yaml

HEADER_RE = re.compile(rb"\A---\s*\r?\n")
FRONT_MATTER_RE = re.compile(r"\A(---\s*\n.*?\n?)^((---|\.\.\.)\s*$\n?)", re.MULTILINE | re.DOTALL)


@dataclass(frozen=True)
class Parsed:
    """A source file split in two.

    Attributes:
        data: the front matter mapping (empty when absent or empty).
        content: the body after the closing delimiter, untouched.
        body_line: 1-based line in the file where ``content`` starts.
        has_front_matter: whether the file had a front matter block.
    """

    data: dict
    content: str
    body_line: int
    has_front_matter: bool


def has_yaml_header(path: Path) -> bool:
    """Whether the file's first line is ``---`` (Jekyll's test for a page or document)."""
    try:
        with path.open("rb") as handle:
            first = handle.readline()
    except OSError:
        return False
    return bool(HEADER_RE.match(first))


def decode(raw: bytes, display: str) -> str:
    """UTF-8 text with a BOM dropped, or a located error for invalid bytes or NULs."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise FrontMatterError(
            f"Error reading file {display}: invalid byte sequence in UTF-8",
            path=display,
            line=line,
            hint="Save the file as UTF-8 (or remove the stray bytes on that line).",
        ) from None
    return text


def split(text: str, display: str) -> Parsed:
    """Split ``text`` (a whole file) into front matter data and body.

    Raises:
        FrontMatterError: YAML that does not parse, or front matter that is not a mapping;
            its ``parsed`` attribute holds the body with empty data, which is what Jekyll
            goes on with when ``strict_front_matter`` is off.
    """
    match = FRONT_MATTER_RE.match(text)
    if not match:
        return Parsed({}, text, 1, False)
    yaml_text = match.group(1)
    content = text[match.end():]
    body_line = text.count("\n", 0, match.end()) + 1
    try:
        data = load_front_matter(yaml_text, display)
    except FrontMatterError as exc:
        exc.parsed = Parsed({}, content, body_line, True)  # type: ignore[attr-defined]
        raise
    return Parsed(data, content, body_line, True)


def load_front_matter(yaml_text: str, display: str) -> dict:
    """The YAML of a front matter block (``---`` line included) as a dict."""
    try:
        data = load_yaml(yaml_text, display)
    except Exception as exc:
        raise FrontMatterError(
            f"YAML Exception reading {display}: {getattr(exc, 'message', exc)}",
            path=display,
            line=getattr(exc, "line", None),
            col=getattr(exc, "col", None),
            hint="Fix the front matter YAML between the --- lines.",
        ) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise FrontMatterError(
            f"Invalid YAML front matter in {display}: expected a mapping of keys to values",
            path=display,
            line=2,
            hint="Front matter must be `key: value` lines between two --- lines.",
        )
    return {str(k): v for k, v in data.items()}
