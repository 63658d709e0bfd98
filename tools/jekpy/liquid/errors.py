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
_TAG_SPAN = re.compile(r"\{%-?\s*(\w+)(?:(?!%\}).)*%\}", re.S)

# Liquid 4.0.4 lib/liquid/locales/en.yml: the syntax message of each standard tag.
TAG_SYNTAX = {
    "assign": "Syntax Error in 'assign' - Valid syntax: assign [var] = [source]",
    "capture": "Syntax Error in 'capture' - Valid syntax: capture [var]",
    "case": "Syntax Error in 'case' - Valid syntax: case [condition]",
    "when": "Syntax Error in tag 'case' - Valid when condition: {% when [condition] [or "
            "condition2...] %}",
    "cycle": "Syntax Error in 'cycle' - Valid syntax: cycle [name :] var [, var2, var3 ...]",
    "for": "Syntax Error in 'for loop' - Valid syntax: for [item] in [collection]",
    "if": "Syntax Error in tag 'if' - Valid syntax: if [expression]",
    "elsif": "Syntax Error in tag 'if' - Valid syntax: if [expression]",
    "unless": "Syntax Error in tag 'if' - Valid syntax: if [expression]",
    "tablerow": "Syntax Error in 'table_row loop' - Valid syntax: table_row [item] in "
                "[collection] cols=3",
}


_QF = r"(?:\"[^\"]*\"|'[^']*'|(?:[^\s,|'\"]|\"[^\"]*\"|'[^']*')+)"
# Liquid 4.0.4's lax ``Syntax`` regexes (tags/for.rb, table_row.rb, capture.rb, case.rb,
# cycle.rb, if.rb; Ruby's \w and \s are ASCII-only): markup they reject is an error in every
# error mode.
LAX_SYNTAX = {
    "for": re.compile(rf"\A[\w-]+\s+in\s+{_QF}+", re.ASCII),
    "tablerow": re.compile(rf"\w+\s+in\s+{_QF}+", re.ASCII),
    "capture": re.compile(r"(?:\(?[\w\-.\[\]]\)?)+", re.ASCII),
    "case": re.compile(_QF, re.ASCII),
    "when": re.compile(_QF, re.ASCII),
    "cycle": re.compile(rf"\A{_QF}+", re.ASCII),
    "if": re.compile(_QF, re.ASCII),
    "elsif": re.compile(_QF, re.ASCII),
    "unless": re.compile(_QF, re.ASCII),
}


def tag_span_at(source: str, index: int) -> tuple[str, str] | None:
    """(name, markup) of the ``{% tag %}`` that contains ``index`` in ``source``."""
    for match in _TAG_SPAN.finditer(source):
        if match.start() <= index < match.end():
            markup = re.sub(r"\A\{%-?\s*\w+|-?%\}\Z", "", match.group(0))
            return match.group(1), markup.strip()
        if match.start() > index:
            break
    return None


def tag_at(source: str, index: int) -> str | None:
    """Name of the ``{% tag %}`` whose markup contains ``index`` in ``source``."""
    span = tag_span_at(source, index)
    return span[0] if span else None


def lax_rejects(err: LiquidError) -> bool:
    """True when Liquid 4's lax parser would also reject the tag the error is in."""
    token = err.token
    if token is None or not token.source or token.start_index < 0:
        return False
    span = tag_span_at(token.source, token.start_index)
    if span is None or span[0] not in LAX_SYNTAX:
        return False
    return not LAX_SYNTAX[span[0]].search(span[1])
_EXPECTED_END = re.compile(r"expected tag (end\w+)")


def liquid4_message(err: LiquidError) -> str:
    """The Liquid 4.0.4 message (without prefix) for a python-liquid error."""
    message = str(err.message)
    if isinstance(err, UnknownFilterError):
        name = message.split("'")[1] if "'" in message else message
        return f"undefined filter {name}"
    if isinstance(err, UndefinedError):
        # "'x' is undefined" / "page.missing is undefined": Liquid names the missing key.
        path = re.sub(r"\s+is undefined$", "", message).strip("'")
        parts = re.findall(r"[^.\[\]'\"]+", path)
        return f"undefined variable {parts[-1] if parts else path}"
    if re.search(r"expected an integer, found", message):
        return "invalid integer"  # Utils.to_integer raises Liquid::ArgumentError
    match = _UNEXPECTED_TAG.fullmatch(message)
    if match:
        return unexpected_tag_message(match.group(1), err.token)
    match = _EXPECTED_END.match(message)
    if match:
        return f"'{match.group(1)[3:]}' tag was never closed"
    if message.endswith("tag was never closed") and not message.startswith("'"):
        return f"'{message.split()[0]}' tag was never closed"
    if isinstance(err, LiquidSyntaxError) and not isinstance(err, JekyllSyntaxError) \
            and err.token is not None and err.token.source and err.token.start_index >= 0:
        name = tag_at(err.token.source, err.token.start_index)
        if name in TAG_SYNTAX:
            return TAG_SYNTAX[name]
    if message == "expected '}}', found end of file" and err.token is not None:
        value = err.token.value
        brace = value.find("}")  # Liquid's token ends at the first "}"
        shown = value[: brace + 1] if brace >= 0 else value.splitlines()[0]
        return f"Variable '{shown}' was not properly terminated " \
               "with regexp: /\\}\\}/"
    if message == "missing tag name or closing delimiter" and err.token is not None:
        return f"Tag '{_liquid4_tag_token(err.token)}' was not properly terminated " \
               "with regexp: /\\%\\}/"
    return message


def _liquid4_tag_token(token) -> str:  # noqa: ANN001
    """The token Liquid 4's tokenizer made at ``token``: ``{%`` up to the first ``%}``
    anywhere after it, or ``{%`` alone when none follows (lib/liquid.rb TemplateParser)."""
    source, index = token.source or "", token.start_index
    start = source.rfind("{%", 0, index + 2) if index >= 0 else -1
    if start < 0:
        return token.value.splitlines()[0] if token.value else "{%"
    end = source.find("%}", start + 2)
    return source[start:end + 2] if end >= 0 else "{%"


def open_blocks(source: str, end: int | None = None) -> list[tuple[str, int]]:
    """(name, index) of the block tags still open at ``end`` of ``source``, outermost first
    (a ``raw`` body is skipped)."""
    stack: list[tuple[str, int]] = []
    else_seen: set[int] = set()
    pos, stop = 0, len(source) if end is None else end
    tag = re.compile(r"\{%-?\s*(\w+)")
    while True:
        match = tag.search(source, pos, stop)
        if match is None:
            return stack
        name, pos = match.group(1), match.end()
        if name == "raw":
            closing = re.compile(r"\{%\s*endraw\s*-?%\}").search(source, pos, stop)
            if closing is None:
                stack.append((name, match.start()))
                return stack
            pos = closing.end()
        elif name in BLOCK_TAGS:
            stack.append((name, match.start()))
            else_seen.discard(len(stack))
        elif name.startswith("end") and stack and stack[-1][0] == name[3:]:
            stack.pop()
        elif name == "else" and stack and stack[-1][0] == "for":
            _for_else(stack, else_seen)


def _for_else(stack: list, else_seen: set[int]) -> None:
    """A ``for``'s second ``else`` ends the loop (for.rb ``unknown_tag``; tags/for_else.py)."""
    depth = len(stack)
    if depth in else_seen:
        stack.pop()
        else_seen.discard(depth)
    else:
        else_seen.add(depth)


def unclosed_block_index(source: str) -> int:
    """Index of the innermost block tag left open at the end of ``source`` (or -1)."""
    stack = open_blocks(source)
    return stack[-1][1] if stack else -1


_TAKES_ELSE = ("if", "unless", "for", "case")
_TAG_NAME = re.compile(r"\{%-?\s*(\w+)")


def first_stray_end(source: str) -> tuple[str, str, int] | None:
    """(end tag, open block, index of the end tag's name) of the first end tag that closes a
    block other than the innermost open one, as Liquid 4.0.4 meets it while parsing."""
    stack: list[str] = []
    else_seen: set[int] = set()
    pos = 0
    while True:
        match = _TAG_NAME.search(source, pos)
        if match is None:
            return None
        name, pos = match.group(1), match.end()
        if name == "raw":
            closing = re.compile(r"\{%\s*endraw\s*-?%\}").search(source, pos)
            if closing is None:
                return None
            pos = closing.end()
        elif stack and stack[-1] == "comment" and name not in BLOCK_TAGS \
                and name != "endcomment":
            continue  # comment.rb unknown_tag: other tags directly inside are ignored
        elif name in BLOCK_TAGS:
            stack.append(name)
            else_seen.discard(len(stack))
        elif name == "else" and stack and stack[-1] == "for":
            _for_else(stack, else_seen)
        elif name.startswith("end") and stack:
            if stack[-1] != name[3:]:
                return name, stack[-1], match.start(1)
            stack.pop()


def liquid4_block_error(err: LiquidError) -> LiquidError:
    """A "never closed" error becomes Liquid 4's ``'endfor' is not a valid delimiter for if
    tags. use endif`` when an end tag of another block comes first (block.rb ``unknown_tag``)."""
    message = str(err.message)
    token = err.token
    if not (_EXPECTED_END.match(message) or message.endswith("tag was never closed")) \
            or token is None or not token.source:
        return err
    stray = first_stray_end(token.source)
    if stray is None:
        return err
    name, block, index = stray
    return JekyllSyntaxError(
        f"'{name}' is not a valid delimiter for {block} tags. use end{block}",
        token=token._replace(value=name, start_index=index), prefixed=True)


def unexpected_tag_message(name: str, token) -> str:  # noqa: ANN001
    """Block#unknown_tag / Document#unknown_tag of Liquid 4.0.4 (block.rb, document.rb): an
    end tag of another block is ``'endfor' is not a valid delimiter for if tags. use endif``,
    ``else`` where the block takes none ``capture tag does not expect 'else' tag``, ``else``
    outside any block ``Unexpected outer 'else' tag``, anything else ``Unknown tag 'x'``."""
    stack: list[tuple[str, int]] = []
    if token is not None and token.source and token.start_index >= 0:
        stack = open_blocks(token.source, token.source.rfind("{%", 0, token.start_index + 1))
    if not stack:
        return f"Unexpected outer '{name}' tag" if name in ("else", "end") \
            else f"Unknown tag '{name}'"
    block = stack[-1][0]
    if name == "else" and block not in _TAKES_ELSE:
        return f"{block} tag does not expect 'else' tag"
    if name.startswith("end"):
        return f"'{name}' is not a valid delimiter for {block} tags. use end{block}"
    return f"Unknown tag '{name}'"


def error_line(err: LiquidError, source: str) -> int:
    """The 1-based line in ``source`` where ``err`` happened (start of the tag)."""
    token = err.token
    if token is not None and token.start_index >= 0 and token.source:
        return line_of(token.source, token.start_index)
    if _EXPECTED_END.match(str(err.message)):
        return line_of(source, unclosed_block_index(source))
    return 1


_LIQUID_TOKEN = re.compile(r"\{%.*?%\}|\{\{.*?\}\}?", re.S)


def liquid_line(err: LiquidError, source: str) -> int:
    """The line Liquid 4.0.4 reports: where the token starts, counted in the template body
    (block_body.rb sets ``parse_context.line_number`` from the tokenizer after each token, and
    tags and variables keep the value they were created with; Liquid 5 counts a multi-line
    tag's syntax error to its end); an unclosed block is reported at the end of the template
    (block.rb ``tag_never_closed``).
    """
    token = err.token
    raw = str(err.message)
    if _EXPECTED_END.match(raw) or "never closed" in raw:
        text = token.source if token is not None and token.source else source
        return text.count("\n") + 1
    if token is not None and token.start_index >= 0 and token.source:
        text, index = token.source, token.start_index
        for match in _LIQUID_TOKEN.finditer(text):
            if match.start() <= index < match.end():
                return text.count("\n", 0, match.start()) + 1
            if match.start() > index:
                break
        return line_of(text, index)
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
    err = liquid4_block_error(err)
    message = liquid4_message(err)
    if includes:
        inner_path, inner_source, full_path = includes[0]
        inner_line = error_line(err, inner_source)
        outer_line = getattr(err, "jekpy_outer_line", 1) + line_offset
        prefix = _prefix(err)
        if prefix:
            reported = liquid_line(err, inner_source)
            # Jekyll names the include by its full path (include.rb sets template_name = path).
            text = f"{prefix} ({full_path} line {reported}): {message} included"
        else:
            text = message
        exc = LiquidException(text, path=path, line=outer_line,
                              hint=f"the error is in {inner_path}, line {inner_line}")
        exc.include_path = inner_path
        exc.include_line = inner_line
        return exc
    # The message keeps Jekyll's wording and Liquid's body-relative line; ``line`` is the
    # real line in the file (front matter counted), where the offending tag starts.
    line = error_line(err, source) + line_offset
    prefix = _prefix(err)
    text = f"{prefix} (line {liquid_line(err, source)}): {message}" if prefix else message
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
