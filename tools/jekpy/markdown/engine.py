"""The parsing engine: kramdown's block and span loops over an ordered rule list.

Mirrors gettalong/kramdown lib/kramdown/parser/kramdown.rb (``parse_blocks``, ``parse_spans``,
``update_tree``, ``add_text``, ``new_block_el``). Rules are registered as :class:`Rule` entries
(name -> start pattern, method, span start) by the mixins in ``rules/``, and the parser class
lists their order as data (see ``parser.py``), just as kramdown's ``@block_parsers`` and
``@span_parsers`` do and as mistune's ``DEFAULT_RULES`` do.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, NamedTuple

from mistune.core import Parser as MistuneParser

from .deep import ELEMENTS
from .dispatch import Table, build_table
from .element import Element
from .options import Options
from .scanner import Rx, Scanner, rx
from .spanloop import DECLINE, SpanLoop

__all__ = ["DECLINE", "Engine", "Rule", "StopBlockParsing", "WORK_BASE", "WORK_PER_CHAR"]


class Rule(NamedTuple):
    """One registered parser: a start pattern, the method name, and a span start pattern.

    ``matcher``: the name of a parser method ``(string, pos) -> match | None`` the block loop
    calls instead of ``start.full.match`` (same answers, with a shortcut; see
    ``rules/blockquote.py``)."""

    start: Rx
    method: str
    span_start: str | None = None
    matcher: str | None = None


#: Span-loop iterations allowed per input character before backtracking constructs degrade.
WORK_PER_CHAR = 2
#: Iterations always allowed, whatever the input length.
WORK_BASE = 10000


class StopBlockParsing(Exception):
    """Raised by block HTML when the closing tag of the enclosing HTML element is found."""


class Engine(SpanLoop):
    """State and the block loop (the span loop is :class:`SpanLoop`); rule implementations
    live in the ``rules`` mixins."""

    RULES: dict[str, Rule] = {}
    BLOCK_RULES: tuple[str, ...] = ()
    SPAN_RULES: tuple[str, ...] = ()

    def __init__(self, options: Options) -> None:
        self.options = options
        self.rules: dict[str, Rule] = dict(self.RULES)
        self.block_parsers = list(self.BLOCK_RULES)
        self.span_parsers = list(self.SPAN_RULES)
        self._span_cache: dict[Any, tuple[Rx, Rx]] = {}
        self._stop_cache: dict[Any, Rx] = {}
        self._block_tables: dict[tuple[str, ...], Table] = {}

    def register(self, name: str, rule: Rule, before: str | None = None,
                 span: bool = False) -> None:
        """Add a block (or span) rule, before the rule named ``before`` (else at the end).

        The same entry point as mistune's ``Parser.register``; the list edit itself is
        mistune's ``Parser.insert_rule``. The rule's method must exist on the parser class.
        """
        self.rules[name] = rule
        self._span_cache.clear()
        self._stop_cache.clear()
        self._block_tables.clear()
        order = self.span_parsers if span else self.block_parsers
        if name not in order:
            MistuneParser.insert_rule(order, name, before=before)

    # -- environment -------------------------------------------------------------------------

    def reset_state(self) -> None:
        """Per-document state (kramdown's parser ``initialize``)."""
        self.root = Element("root", options={"encoding": "UTF-8", "abbrev_defs": {},
                                             "abbrev_attr": {}})
        self.alds: dict[str, dict[str, Any]] = {}
        self.footnotes: dict[str, dict[str, Any]] = {}
        self.link_defs: dict[str, list[Any]] = {}
        for key, value in self.options.link_defs.items():
            value = list(value) if isinstance(value, (list, tuple)) else [value]
            self.link_defs[self.normalize_link_id(str(key))] = (value + [None, None])[:2] + [None]
        self.span_work = 0
        self.span_budget = 0
        self.block_depth = 0
        self.reset_env()

    def over_budget(self) -> bool:
        """Whether span parsing has done pathological amounts of backtracking.

        kramdown retries links and emphasis from every opener, scanning to the end of the text
        each time a closer is missing (quadratic or worse on inputs such as ``*a *a *a ...``).
        Once the span loop has run more iterations than :data:`WORK_PER_CHAR` per input
        character, further links and emphasis openers are kept literally, which bounds the
        work linearly. Real documents stay far below the limit (see docs/markdown.md).
        """
        return self.span_work > self.span_budget

    def reset_env(self, src: Scanner | None = None, text_type: str = "raw_text") -> None:
        """kramdown ``reset_env``."""
        self.src = src
        self.tree: Element | None = None
        self.block_ial: dict[str, Any] | None = None
        self.stack: list[Any] = []
        self.text_type = text_type

    def save_env(self) -> tuple[Any, ...]:
        """kramdown ``save_env``."""
        return (self.src, self.tree, self.block_ial, self.stack, self.text_type)

    def restore_env(self, env: tuple[Any, ...]) -> None:
        """kramdown ``restore_env``."""
        self.src, self.tree, self.block_ial, self.stack, self.text_type = env

    @staticmethod
    def normalize_link_id(link_id: str) -> str:
        """Collapse whitespace runs and lowercase (link.rb ``normalize_link_id``)."""
        return re.sub(r"[ \t\r\n\f\v]+", " ", link_id).lower()

    # -- helpers -----------------------------------------------------------------------------

    def add_text(self, text: str, tree: Element | None = None, type: str | None = None) -> None:
        """Append text to the last child if it is text of the same type, else add a child."""
        tree = tree if tree is not None else self.tree
        type = type or self.text_type
        last = tree.children[-1] if tree.children else None
        if last is not None and last.type == type:
            last.append_text(text)
        elif text:
            tree.children.append(Element(type, text))

    def release_consumed_source(self) -> None:
        """Drop the current scanner's text when a rule has consumed all of it and nothing will
        read it again: the scanner was made for one list item or quote (``disposable``) and
        its own block loop is the one running (not a ``markdown="1"`` element sharing it). A
        nested list or quote calls this before parsing its own contents, so deep nesting on
        one line keeps one copy of the text alive, not one per level."""
        src = self.src
        if src.disposable and src.pos >= len(src.string) and self.tree.type in _OWNERS:
            src.release()

    def new_block_el(self, type: str, value: Any = None, attr: dict[str, str] | None = None,
                     options: dict[str, Any] | None = None) -> Element:
        """Create a block element, attaching a pending block IAL."""
        el = Element(type, value, attr, options)
        if self.block_ial is not None:
            el.options["ial"] = self.block_ial
            self.block_ial = None
        return el

    def after_block_boundary(self) -> bool:
        """block_boundary.rb ``after_block_boundary?``."""
        children = self.tree.children
        last = children[-1] if children else None
        return (last is None or last.type == "blank" or (last.type == "eob" and last.value is None)
                or self.block_ial is not None)

    # -- block loop ----------------------------------------------------------------------------

    def parse_blocks(self, el: Element, text: str | None = None) -> bool:
        """Parse block-level elements from ``text`` (or the current source) into ``el``.

        Returns True when block HTML parsing stopped at the enclosing element's end tag.
        """
        depth = self.block_depth
        weight = _CONTAINER_DEPTH.get(el.type, 0)
        if weight is None:  # a detached tree (footnote definition): not counted
            self.block_depth = _DETACHED
        elif depth + weight > ELEMENTS:
            raise RecursionError(f"Markdown nested deeper than {ELEMENTS} elements")
        else:
            self.block_depth = depth + weight
        self.stack.append((self.tree, self.src, self.block_ial))
        self.tree, self.block_ial = el, None
        if text is not None:
            self.src = Scanner(text)
        status = False
        try:
            self._block_loop()
        except StopBlockParsing:
            status = True
        self.tree, self.src, self.block_ial = self.stack.pop()
        self.block_depth = depth
        return status

    def _block_table(self) -> Table:
        """The block rules by first character of the line (see ``dispatch.py``), cached.

        Entries are ``(index in the rule order, pattern.match, bound method)``.
        """
        key = tuple(self.block_parsers)
        table = self._block_tables.get(key)
        if table is None:
            rules = [self.rules[name] for name in key]
            table = build_table(
                [(i, getattr(self, r.matcher) if r.matcher else r.start.full.match,
                  getattr(self, r.method)) for i, r in enumerate(rules)],
                [r.start.full for r in rules])
            self._block_tables[key] = table
        return table

    def _block_loop(self) -> None:
        src = self.src
        table = self._block_table()
        candidates, default = table.by_char.get, table.default
        while src.pos < len(src.string):
            if src.pos and src.string[src.pos - 1] != "\n":
                src.rebase()
            string, pos = src.string, src.pos
            size = len(string)
            # At a line start every pattern is matched in place (``^`` matches at ``pos``).
            for index, match, method in candidates(string[pos], default):
                m = match(string, pos)
                if m is None:
                    continue
                src.last, src.last_start = m, pos
                # Neither local may keep the string alive while the rule runs: a nested
                # ``markdown="1"`` element rebases this scanner, and every level's copy of the
                # rest of the text would stay (2.1 GB for 10^5 nested elements). Only
                # ``rebase`` replaces the string, always by a shorter one.
                m = string = None
                if method():
                    break
                if src.pos != pos or len(src.string) != size:
                    # The rule moved the pointer before declining (escaped block math): the
                    # remaining rules start from there, as in kramdown's loop.
                    if self._try_block_rules(index + 1):
                        break
                    self._add_line()
                    break
                string = src.string
            else:
                self._add_line()

    def _try_block_rules(self, start: int) -> bool:
        """kramdown's plain loop over the block rules from ``start`` on."""
        src = self.src
        for name in self.block_parsers[start:]:
            rule = self.rules[name]
            if src.check(rule.start) is not None and getattr(self, rule.method)():
                return True
        return False

    def _add_line(self) -> None:
        """No block rule matched: the line is added as text."""
        src = self.src
        line = src.scan(_ANY_LINE) or src.rest()
        if not line:
            src.terminate()
        self.add_text(line)

    def in_stack(self, predicate: Callable[[Element], bool]) -> bool:
        """Whether an element on the span stack satisfies ``predicate``."""
        for entry in self.stack:
            tree = entry[0]
            if isinstance(tree, Element) and predicate(tree):
                return True
        return False


_ANY_LINE = rx(r".*\n?")
#: Element nesting that ``parse_blocks(el)`` adds, by ``el.type``, weighted as
#: ``deep.check_depth`` weighs the final tree: the elements parsed into ``el`` end up that much
#: deeper than the caller's (a list item's ``temp`` stands for ``ul``/``ol`` + ``li``, a ``dd``
#: for ``dl`` + ``dd``, a block-content HTML element counts 2). Types not listed count 0 (a
#: safe undercount); None: a footnote definition, kept outside the tree, is not counted. So
#: ``parse_blocks`` raises RecursionError exactly when the tree will fail ``check_depth``, as
#: soon as the parse gets there (``- - - ... a`` stopped at the frame cap before: 2 660 list
#: levels, each copying and scanning the rest of the line).
_CONTAINER_DEPTH: dict[str, int | None] = {
    "blockquote": 1, "html_element": 2, "temp": 2, "dd": 2, "footnote_def": None}
#: The elements whose block loop owns a ``disposable`` scanner (list item, quote).
_OWNERS = frozenset(("temp", "blockquote"))
#: ``block_depth`` inside a footnote definition: never reaches the cap.
_DETACHED = -(1 << 62)
