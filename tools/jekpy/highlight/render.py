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
    ``css_of`` (token type -> class) looked up once per type.  Neighbours of one class share
    a span (escaping piece by piece equals escaping the joined text), so the output is
    ``format_tokens(token_stream(...))``'s."""
    opening: dict = {}  # token type -> its span's opening tag ("" for plain text)
    parts: list[str] = []
    append = parts.append
    current = ""
    for _, ttype, value in lexed:
        if not value:
            continue
        tag = opening.get(ttype)
        if tag is None:
            css = css_of(ttype)
            tag = opening[ttype] = f'<span class="{css}">' if css else ""
        if tag != current:
            if current:
                append("</span>")
            if tag:
                append(tag)
            current = tag
        if "&" in value or "<" in value or ">" in value:
            value = value.translate(_ESCAPES)
        append(value)
    if current:
        append("</span>")
    return "".join(parts)


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
