"""Emphasis and strong emphasis, with kramdown's (not CommonMark's) delimiter rules.

Emulates gettalong/kramdown lib/kramdown/parser/kramdown/emphasis.rb: no intra-word ``_``, the
closing delimiter must not follow whitespace, ``**`` falls back to ``*`` emphasis. The rule's
regex tests (``\\s``, the doubled closer, ``[[:alpha:]]``/``[[:alnum:]]`` next to ``_``) are done
with string operations on single characters; Ruby's POSIX classes come from ``posix_classes``.
"""

from __future__ import annotations

import re

from ..element import Element
from ..engine import Engine, Rule
from ..posix_classes import alnum_class, alpha_class
from ..scanner import Scanner, rx

_START = rx(r"(?:\*\*?|__?)")
#: Ruby's (ASCII) ``\s``.
_WS = frozenset(" \t\n\r\f\v")
_ALPHA = re.compile(alpha_class())
_ALNUM = re.compile(alnum_class())
#: Scanner memo keys of the closer search per delimiter (see :func:`next_match`).
_CLOSER_KEY = {delim: "em-closer-" + delim for delim in ("*", "**", "_", "__")}
_NOT_AFTER_WS = "(?<![ \t\n\r\f\v])"
#: A position where the delimiter could close: after a non-space and, for ``_``, not before a
#: letter or digit (the stop check of ``_sub_parse`` requires both). A single ``*`` (``_``)
#: right after another one can only be reached by the span loop after a ``**`` (``__``) or an
#: escaped ``\\*`` (``\\_``) that ends there: at the first of two delimiters the emphasis rule
#: always takes both (as strong emphasis or as text), no text chunk ends there, and no other
#: rule ends with the delimiter. So ``**a **a ...`` offers the em fallback no closer.
_CLOSER = {
    "*": re.compile(r"(?:(?<=[^ \t\n\r\f\v*])|(?<=[*\\]\*))\*"),
    "**": re.compile(_NOT_AFTER_WS + r"\*\*"),
    "_": re.compile(r"(?:(?<=[^ \t\n\r\f\v_])|(?<=[_\\]_))_(?!" + alnum_class() + ")"),
    "__": re.compile(_NOT_AFTER_WS + "__(?!" + alnum_class() + ")"),
}
#: More ``word_`` after an intra-word ``_`` (``snake_case_name``): each of these underscores
#: follows a letter, so kramdown keeps it as text, and no span rule starts inside the ASCII
#: words (only smart quotes start at a letter, and need a quote after it).
_INTRAWORD_RUN = re.compile(r"(?:[A-Za-z0-9]*[A-Za-z]__?(?!_))*")
#: The stop pattern per delimiter.
_STOP = {delim: rx(re.escape(delim)) for delim in ("*", "**", "_", "__")}


def _is_alpha(ch: str) -> bool:
    """Ruby's ``[[:alpha:]]`` for one character."""
    return ch.isalpha() if ch < "\x80" else _ALPHA.match(ch) is not None


def _is_alnum(ch: str) -> bool:
    """Ruby's ``[[:alnum:]]`` for one character (False for ``""``)."""
    if ch < "\x80":
        return ch.isalnum()
    return _ALNUM.match(ch) is not None


def _alpha_before(text: str, end: int) -> bool:
    """``text[:end] =~ /[[:alpha:]]-?[[:alpha:]]*\\z/``."""
    if end <= 0:
        return False
    ch = text[end - 1]
    if ch < "\x80":
        if ch.isalpha():
            return True
    elif _ALPHA.match(ch) is not None:
        return True
    return ch == "-" and end > 1 and _is_alpha(text[end - 2])


def next_match(src: Scanner, key: str, pattern: re.Pattern[str], start: int) -> int:
    """Where ``pattern`` first matches at or after ``start`` (``len(src.string)`` if nowhere).

    Rules use it to rule out attempts that could only fail after scanning to the end. The last
    search is kept in the scanner's memo under ``key``: it answers every start between its own
    start and the match it found, so repeated searches cover disjoint stretches of the text.
    """
    memo = src.memo.get(key)
    if memo is not None and memo[0] <= start <= memo[1]:
        return memo[1]
    m = pattern.search(src.string, start)
    found = m.start() if m is not None else len(src.string)
    src.memo[key] = (start, found)
    return found


def effects_after(engine: Engine, start: int) -> bool:
    """Whether span parsing from ``start`` may change state outside the tree it builds.

    Emphasis and links skip sub-parses that can only fail. A failed sub-parse is thrown away
    and its text parsed again, so skipping it changes nothing, except for the two span rules
    with effects beyond the tree: ``{::options /}`` (changes options for the rest of the
    text, including the text parsed again) and the first marker of a defined footnote (it
    makes the footnote count; later markers only add to a list nothing reads).
    """
    src = engine.src
    if src.occurs_after("{::options", start):
        return True
    if engine.footnotes and src.occurs_after("[^", start):
        return any("marker" not in note for note in engine.footnotes.values())
    return False


def _kind_in_stack(stack: list, kind: str) -> bool:
    """Whether an element of type ``kind`` is being span-parsed further up."""
    for entry in stack:
        tree = entry[0]
        if isinstance(tree, Element) and tree.type == kind:
            return True
    return False


class EmphasisRules(Engine):
    """``*em*``, ``_em_``, ``**strong**``, ``__strong__``."""

    def _may_close(self, delim: str, start: int) -> bool:
        """False only when a sub-parse from ``start`` must fail and has no side effects."""
        src = self.src
        return (next_match(src, _CLOSER_KEY[delim], _CLOSER[delim], start) < len(src.string)
                or effects_after(self, start))

    def _sub_parse(self, delim: str, kind: str, marker: str) -> Element | None:
        """The emphasis element when its closer is found (the pointer then at the closer)."""
        src = self.src
        if not self._may_close(delim, src.pos):
            return None
        el = Element(kind)
        string = src.string
        size = len(delim)
        double = delim * 2

        def check() -> bool:
            pos = src.pos
            return ((pos == 0 or string[pos - 1] not in _WS)
                    and (kind != "em" or not string.startswith(double, pos)
                         or string.startswith(delim, pos + 2 * size))
                    and (marker != "_" or not _is_alnum(string[pos + size:pos + size + 1]))
                    and bool(el.children))

        return el if self.parse_spans(el, _STOP[delim], stop_check=check) else None

    def parse_emphasis(self) -> None:
        """Try strong/em at the delimiter; fall back to literal text."""
        src = self.src
        string = src.string
        saved = src.pos
        marker = string[saved]
        result = marker * 2 if string.startswith(marker * 2, saved) else marker
        end = src.pos = saved + len(result)
        kind = "strong" if end - saved == 2 else "em"
        if marker == "_" and saved:
            before = string[saved - 1]
            # An intra-word ``_`` (``snake_case``) is the common case: ASCII letters first.
            if (before.isalpha() and before < "\x80") or _alpha_before(string, saved):
                # An empty stack means a fresh top level (``parse_spans`` entered with no tree),
                # where no stop pattern looks for ``_``.
                if not self.stack:
                    run_end = _INTRAWORD_RUN.match(string, end).end()
                    if run_end > end:
                        run = string[end:run_end]
                        # One span-loop iteration per underscore group, as the loop counts.
                        self.span_work += run.count("_") - run.count("__")
                        src.pos = run_end
                        result = string[saved:run_end]
                self._literal(result)
                return
        if (string[end:end + 1] in _WS or self.span_work > self.span_budget
                or self.tree.type == kind or _kind_in_stack(self.stack, kind)):
            self._literal(result)
            return
        el = self._sub_parse(result, kind, marker)
        delim = result
        if el is None and kind == "strong" and self.tree.type != "em":
            src.pos = saved + 1
            delim = marker
            el = self._sub_parse(marker, "em", marker)
        if el is not None:
            src.pos += len(delim)
            self.tree.children.append(el)
        else:
            src.pos = end
            self._literal(result)

    def _literal(self, text: str) -> None:
        """``add_text`` for a delimiter kept as text (the tree's last child is usually text)."""
        kids = self.tree.children
        if kids and kids[-1].type == self.text_type:
            kids[-1].append_text(text)
        else:
            kids.append(Element(self.text_type, text))


RULES = {
    "emphasis": Rule(_START, "parse_emphasis", r"\*|_"),
}
