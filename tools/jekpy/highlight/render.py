"""HTML writing as Rouge 3.30.0's formatters do it (rouge lib/rouge/formatters/html*.rb)."""

from __future__ import annotations

from collections.abc import Iterable

_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


def escape(text: str) -> str:
    """Rouge's ``escape_special_html_chars``: only ``&``, ``<`` and ``>`` (quotes stay)."""
    return text.translate(_ESCAPES)


def merge(tokens: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """Join neighbouring tokens of one class, as ``Rouge::Lexer#continue_lex`` joins tokens."""
    out: list[tuple[str, str]] = []
    for css, value in tokens:
        if not value:
            continue
        if out and out[-1][0] == css:
            out[-1] = (css, out[-1][1] + value)
        else:
            out.append((css, value))
    return out


def format_tokens(tokens: Iterable[tuple[str, str]]) -> str:
    """``Rouge::Formatters::HTML``: one span per token, plain text (class "") bare."""
    parts = []
    for css, value in merge(tokens):
        text = escape(value)
        parts.append(f'<span class="{css}">{text}</span>' if css else text)
    return "".join(parts)


def format_lexed(lexed: Iterable[tuple[int, object, str]], css_of) -> str:
    """``format_tokens`` straight from a lexer's ``(offset, token type, text)`` stream, with
    ``css_of`` (token type -> class) looked up once per type: neighbours of one class are
    joined before escaping, so the output is ``format_tokens(token_stream(...))``'s."""
    classes: dict = {}
    parts: list[str] = []
    current, pieces = None, []
    for _, ttype, value in lexed:
        if not value:
            continue
        css = classes.get(ttype)
        if css is None:
            css = classes[ttype] = css_of(ttype)
        if css == current:
            pieces.append(value)
            continue
        if pieces:
            parts.append(_span(current, pieces))
        current, pieces = css, [value]
    if pieces:
        parts.append(_span(current, pieces))
    return "".join(parts)


def _span(css: str, pieces: list[str]) -> str:
    """One token's markup: its escaped text in a span of class ``css`` (bare for "")."""
    text = pieces[0] if len(pieces) == 1 else "".join(pieces)
    if "&" in text or "<" in text or ">" in text:
        text = text.translate(_ESCAPES)
    return f'<span class="{css}">{text}</span>' if css else text


def table(body: str, code: str) -> str:
    """``Rouge::Formatters::HTMLTable`` as Jekyll configures it (gutter "gutter", code "code").

    Lines are counted from the code's newlines, plus one when the code does not end with a
    newline (the formatted code then gets that newline appended).
    """
    lines = code.count("\n")
    if not code.endswith("\n"):
        lines += 1
        body += "\n"
    numbers = "".join(f"{n}\n" for n in range(1, lines + 1))
    return (
        '<table class="rouge-table"><tbody><tr><td class="gutter gl">'
        f'<pre class="lineno">{numbers}</pre></td><td class="code"><pre>{body}</pre></td>'
        "</tr></tbody></table>"
    )
