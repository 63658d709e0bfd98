"""Rouge 3.30.0-compatible syntax highlighting built on Pygments.

``highlight`` returns the inner token markup of ``Rouge::Formatters::HTML``; ``highlight_tag``
the whole output of Jekyll 3.10's ``{% highlight %}`` tag.  See docs/highlighting.md for the
rules and the measured agreement with Rouge.
"""

from __future__ import annotations

from .guess import guess_tag
from .lexers import PLAIN_TAGS, pygments_lexer, rouge_tag
from .render import escape, format_lexed, table
from .tokens import rouge_class

__all__ = ["escape", "highlight", "highlight_tag", "lexer_tag"]


def lexer_tag(lang: str | None) -> str | None:
    """The tag of the Rouge lexer ``Rouge::Lexer.find_fancy(lang)`` picks, or None if Rouge
    knows no such language (``"guess"`` answers ``plaintext`` here, as no code is given;
    ``highlight(code, "guess")`` guesses from the code like Rouge, see ``guess.py``).

    kramdown's Rouge highlighter leaves a block to kramdown itself (no highlighting) when this
    is None, or when it is ``"plaintext"`` and ``guess_lang`` is off.
    """
    return rouge_tag(lang)[0]


def highlight(code: str, lang: str | None, *, opts: dict | None = None) -> str:
    """Inner HTML of ``Rouge::Formatters::HTML`` for ``code`` in language ``lang``.

    Unknown languages (and ``None``) come out as Rouge's PlainText lexer writes them: the text
    with ``&``, ``<`` and ``>`` escaped, no spans.  ``opts`` are Rouge lexer options (as in
    ``lang?key=value``).
    """
    tag, options = rouge_tag(lang)
    if lang and lang.partition("?")[0] == "guess":
        tag = guess_tag(code)  # find_fancy("guess", code) looks at the code
    options.update({str(k): str(v) for k, v in (opts or {}).items()})
    if tag is None or tag in PLAIN_TAGS:
        return escape(code)
    lexer = pygments_lexer(tag, tuple(sorted(options.items())))
    if lexer is None:
        return escape(code)
    return format_lexed(lexer.get_tokens_unprocessed(code), rouge_class)


def highlight_tag(code: str, lang: str, *, linenos: bool = False, mark_lines=None, **opts) -> str:
    """The HTML Jekyll 3.10's ``{% highlight lang [linenos] %}`` block writes for ``code``.

    ``code`` is the block's rendered body.  ``mark_lines`` and other options are accepted and
    ignored: Jekyll parses them but hands only ``linenos`` to Rouge (``mark_lines`` arrived in
    Jekyll 4.4).  Rules: jekyll v3.10.0
    lib/jekyll/tags/highlight.rb ``render`` / ``render_rouge`` / ``add_code_tag``.
    """
    del mark_lines, opts  # Jekyll passes neither to Rouge
    lang = lang.lower()
    code = _strip_line_terminators(code)
    body = highlight(code, lang)
    if linenos:
        body = table(body, code)
    css_lang = lang.replace("+", "-")
    body = _chomp(body)
    return (
        f'<figure class="highlight"><pre><code class="language-{css_lang}" data-lang="{lang}">'
        f"{body}</code></pre></figure>"
    )


def _chomp(text: str) -> str:
    """Ruby's ``String#chomp``: drop one trailing CRLF, LF or CR."""
    for ending in ("\r\n", "\n", "\r"):
        if text.endswith(ending):
            return text[: -len(ending)]
    return text


def _strip_line_terminators(code: str) -> str:
    """Drop leading and trailing runs of CR/LF, as the tag does before highlighting."""
    return code.strip("\r\n")
