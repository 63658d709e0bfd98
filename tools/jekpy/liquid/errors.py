"""Turn python-liquid exceptions into `jekpy.errors.LiquidException` with Jekyll's wording.

Liquid 4.0.4 words errors as ``Liquid syntax error (line N): ...`` / ``Liquid error (line N):
...`` (lib/liquid/errors.rb ``message_prefix``, messages from lib/liquid/locales/en.yml); Jekyll
errors raised by its own tags (include, link, post_url, highlight) carry no prefix, and Jekyll
logs every one as ``Liquid Exception: <message> in <path>`` (lib/jekyll/renderer.rb).
"""

from __future__ import annotations

import re

from liquid.exceptions import (
    LiquidError,
    LiquidSyntaxError,
    UndefinedError,
    UnknownFilterError,
)

from jekpy.errors import LiquidException
from jekpy.liquid.lexer import line_of

BLOCK_TAGS = ("if", "unless", "for", "case", "capture", "tablerow", "comment", "raw",
              "highlight", "ifchanged")


class JekyllTagError(LiquidError):
    """An error raised by Jekyll code (not Liquid): worded without the ``Liquid error`` prefix.

    ``prefixed`` selects the ``Liquid error (line N):`` prefix for errors that Liquid itself
    would wrap (``Liquid::ArgumentError`` raised from a filter).
    """

    def __init__(self, message: str, *, token=None, prefixed: bool = False) -> None:
        super().__init__(message, token=token)
        self.prefixed = prefixed


class JekyllSyntaxError(LiquidSyntaxError):
    """A parse-time error from a Jekyll tag (``ArgumentError``/``SyntaxError`` in Ruby)."""

    def __init__(self, message: str, *, token=None, prefixed: bool = False) -> None:
        super().__init__(message, token=token)
        self.prefixed = prefixed


_UNEXPECTED_TAG = re.compile(r"unexpected tag '([^']*)'")
_EXPECTED_END = re.compile(r"expected tag (end\w+)")


def liquid4_message(err: LiquidError) -> str:
    """The Liquid 4.0.4 message (without prefix) for a python-liquid error."""
    message = str(err.message)
    if isinstance(err, UnknownFilterError):
        name = message.split("'")[1] if "'" in message else message
        return f"undefined filter {name}"
    if isinstance(err, UndefinedError):
        name = message.split("'")[1] if "'" in message else message
        return f"undefined variable {name}"
    match = _UNEXPECTED_TAG.fullmatch(message)
    if match:
        return f"Unknown tag '{match.group(1)}'"
    match = _EXPECTED_END.match(message)
    if match:
        return f"'{match.group(1)[3:]}' tag was never closed"
    if message.endswith("tag was never closed") and not message.startswith("'"):
        return f"'{message.split()[0]}' tag was never closed"
    if message == "expected '}}', found end of file" and err.token is not None:
        return f"Variable '{err.token.value.splitlines()[0]}' was not properly terminated " \
               "with regexp: /\\}\\}/"
    if message == "missing tag name or closing delimiter" and err.token is not None:
        return f"Tag '{err.token.value.splitlines()[0]}' was not properly terminated " \
               "with regexp: /\\%\\}/"
    return message


def unclosed_block_index(source: str) -> int:
    """Index of the innermost block tag left open at the end of ``source`` (or -1)."""
    stack: list[int] = []
    names: list[str] = []
    for match in re.finditer(r"\{%-?\s*(\w+)", source):
        name = match.group(1)
        if name in BLOCK_TAGS:
            stack.append(match.start())
            names.append(name)
        elif name.startswith("end") and names and names[-1] == name[3:]:
            stack.pop()
            names.pop()
    return stack[-1] if stack else -1


def error_line(err: LiquidError, source: str) -> int:
    """The 1-based line in ``source`` where ``err`` happened."""
    token = err.token
    if token is not None and token.start_index >= 0 and token.source:
        return line_of(token.source, token.start_index)
    if _EXPECTED_END.match(str(err.message)):
        return line_of(source, unclosed_block_index(source))
    return 1


def _prefix(err: LiquidError) -> str | None:
    if getattr(err, "prefixed", None) is False:
        return None
    if isinstance(err, LiquidSyntaxError):
        return "Liquid syntax error"
    return "Liquid error"


def to_jekyll(err: LiquidError, path: str, source: str, line_offset: int) -> LiquidException:
    """Build the user-facing exception for ``err`` raised while handling template ``path``.

    Errors inside includes carry ``jekpy_includes``: (include path, line in that include)
    pairs from the innermost include outwards, plus the line of the outermost include tag.
    """
    includes = getattr(err, "jekpy_includes", None)
    message = liquid4_message(err)
    if includes:
        inner_path, inner_source = includes[0]
        inner_line = error_line(err, inner_source)
        outer_line = getattr(err, "jekpy_outer_line", 1) + line_offset
        prefix = _prefix(err)
        if prefix:
            text = f"{prefix} ({inner_path} line {inner_line}): {message} included"
        else:
            text = message
        exc = LiquidException(text, path=path, line=outer_line,
                              hint=f"the error is in {inner_path}, line {inner_line}")
        exc.include_path = inner_path
        exc.include_line = inner_line
        return exc
    line = error_line(err, source) + line_offset
    prefix = _prefix(err)
    text = f"{prefix} (line {line}): {message}" if prefix else message
    return LiquidException(text, path=path, line=line, hint=_hint(message))


def _hint(message: str) -> str | None:
    if message.startswith("Unknown tag"):
        name = message.split("'")[1] if "'" in message else ""
        if name in ("render", "echo", "liquid", "#", "doc"):
            return (f"'{name}' is Liquid 5; GitHub Pages runs Liquid 4.0.4 (use include / "
                    "output tags), or wrap literal Liquid in {% raw %}...{% endraw %}")
        if name.startswith(("end", "else", "when")):
            return "this closes or continues a block that is not open here"
        return (f"if '{name}' comes from a plugin, list the plugin under `plugins:` in "
                "_config.yml; otherwise wrap literal Liquid in {% raw %}...{% endraw %}")
    if "never closed" in message:
        return "add the matching end tag"
    if message.startswith("undefined filter"):
        return "check the filter name, or turn off liquid.strict_filters"
    return None
