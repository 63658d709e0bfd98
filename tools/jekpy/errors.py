"""User-facing errors: every one carries the file, line and a hint, and is formatted once by the CLI.

Jekyll reports problems as ``Topic: message in path`` (jekyll/jekyll lib/jekyll/liquid_renderer.rb
``format_error``); we keep that wording and add the line and what to do.
"""

from __future__ import annotations


class JekpyError(Exception):
    """A problem with the user's site: message, where it is, and what to do about it.

    Args:
        message: what went wrong, in Jekyll's words where Jekyll has words for it.
        path: the file, relative to the site source where possible.
        line: 1-based line in that file, if known.
        col: 1-based column, if known.
        hint: one sentence saying what to do.
        topic: the Jekyll log topic (``Liquid Exception:``, ``Error:`` ...).
    """

    topic = "Error:"

    def __init__(
        self,
        message: str,
        path: str | None = None,
        line: int | None = None,
        col: int | None = None,
        hint: str | None = None,
        topic: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.col = col
        self.hint = hint
        if topic is not None:
            self.topic = topic

    def location(self) -> str:
        """``path:line:col`` as far as known, or an empty string."""
        if not self.path:
            return ""
        parts = [self.path]
        if self.line is not None:
            parts.append(str(self.line))
            if self.col is not None:
                parts.append(str(self.col))
        return ":".join(parts)

    def __str__(self) -> str:
        text = self.message
        where = self.location()
        if where and self.path not in text:
            text = f"{text} in {where}"
        elif where and self.line is not None:
            text = f"{text} (line {self.line})"
        return text


class ConfigError(JekpyError):
    """A `_config.yml` that cannot be read or has a value of the wrong kind."""

    topic = "Configuration file:"


class FrontMatterError(JekpyError):
    """Front matter YAML that does not parse, or a value Jekyll cannot use (a bad date)."""

    topic = "Error:"


class LiquidException(JekpyError):
    """A Liquid syntax or render error; ``str()`` reads like Jekyll's ``Liquid Exception: ... in path``."""

    topic = "Liquid Exception:"


class LayoutError(JekpyError):
    """A layout named in front matter that does not exist."""

    topic = "Build Warning:"


class ConversionError(JekpyError):
    """A converter (Markdown, Sass) failed on a file."""

    topic = "Conversion error:"


class DestinationError(JekpyError):
    """A destination that would overwrite the source or lie outside where we may write."""

    topic = "Error:"
