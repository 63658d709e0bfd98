"""kramdown's span loop: ``parse_spans`` over the span rules, with the fast paths.

Mirrors ``parse_spans`` of gettalong/kramdown lib/kramdown/parser/kramdown.rb: search for the
next position where a span rule may start (``triggers.py``), add the text before it, and run the
first rule (in order, looked up by the character there: ``dispatch.py``) that matches and
accepts. At the top level of a text most events are built by ``spanfast.py``'s handlers, which
return exactly what the rules would. A mixin of :class:`jekpy.markdown.engine.Engine`, which
holds the state (``src``, ``tree``, ``stack``, ``text_type``, the rule registry and caches).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from . import spanfast
from .dispatch import Table, build_table
from .element import Element
from .scanner import Rx, Scanner, rx

#: Returned by a span rule whose cheap start pattern matched but whose full pattern did not:
#: the span loop then tries the next rules, exactly as if the start pattern had failed.
DECLINE = object()

#: Elements whose own type the emphasis and link rules test (never a top-level span target).
_NOT_FAST = frozenset(("a", "img", "em", "strong"))


class SpanLoop:
    """The span loop of :class:`Engine` (see the module docstring)."""

    def _span_regexps(self, parsers: tuple[str, ...]) -> tuple[Rx, Rx]:
        cached = self._span_cache.get(parsers)
        if cached is None:
            alt = "|".join(self.rules[n].span_start or "" for n in parsers)
            cached = (rx(f"(?:{alt})"), rx(f"(?=(?:{alt}))"))
            self._span_cache[parsers] = cached
        return cached

    def _stop_regexp(self, stop: Rx, parsers: tuple[str, ...]) -> Rx:
        key = (stop.pattern, stop.full.flags, parsers)
        cached = self._stop_cache.get(key)
        if cached is None:
            span_start = self._span_regexps(parsers)[0]
            cached = Rx(f"(?=(?:{stop.pattern})|{span_start.pattern})",
                        dotall=bool(stop.full.flags & re.DOTALL))
            self._stop_cache[key] = cached
        return cached

    def _span_table(self, parsers: tuple[str, ...]) -> Table | None:
        """The span rules by the character at the pointer (``dispatch.py``), cached.

        Entries are ``(index, pattern.match, bound method)``. None when a start pattern has a
        ``^`` (it would need the scanner's mid-line handling; kramdown's span rules have none).
        """
        key = ("table", parsers)
        table = self._span_cache.get(key, False)
        if table is False:
            rules = [self.rules[name] for name in parsers]
            table = None if any(r.start.has_caret for r in rules) else build_table(
                [(i, r.start.full.match, getattr(self, r.method)) for i, r in enumerate(rules)],
                [r.start.full for r in rules])
            self._span_cache[key] = table
        return table

    def _span_plan(self, stop_re: Rx | None,
                   names: tuple[str, ...]) -> tuple[Rx, Any, Table | None]:
        """The search pattern, its finder (None when ``^`` needs the scanner's own
        ``scan_until``) and the rule table for one kind of span loop, cached."""
        key = ("plan", names) if stop_re is None else ("plan", names, stop_re.pattern,
                                                       stop_re.full.flags)
        plan = self._span_cache.get(key)
        if plan is None:
            used_re = (self._span_regexps(names)[1] if stop_re is None
                       else self._stop_regexp(stop_re, names))
            plan = (used_re, None if used_re.has_caret else used_re.finder,
                    self._span_table(names))
            self._span_cache[key] = plan
        return plan

    def _fast_plan(self, names: tuple[str, ...]) -> tuple[Any, Table] | bool:
        """The arguments of ``spanfast.run_top_level`` after the names, or False when its
        handlers do not apply to the rule order ``names`` (cached under ``("fast", names)``;
        a cached False keeps the plain loop)."""
        finder, table = self._span_plan(None, names)[1:]
        fast = (finder, table, spanfast.escapable(names)) if (
            finder is not None and table is not None and spanfast.supports(names)) else False
        self._span_cache[("fast", names)] = fast
        return fast

    def parse_text_spans(self, el: Element) -> None:
        """Span-parse the text ``el.value`` into ``el`` as a fresh top level (``update_tree``
        for each ``raw_text``: kramdown's ``reset_env(src: ..., text_type: :text)`` then
        ``parse_spans(child)``), through the top-level loop when it applies."""
        self.src = Scanner(el.value)
        self.block_ial = None
        self.stack = []
        self.text_type = "text"
        names = tuple(self.span_parsers)
        fast = self._span_cache.get(("fast", names))
        if fast is None:
            fast = self._fast_plan(names)
        if fast and el.type not in _NOT_FAST:
            self.tree = el
            spanfast.run_top_level(self, el, names, *fast)
            self.tree = None
        else:
            self.tree = None
            self.parse_spans(el)

    def parse_spans(self, el: Element, stop_re: Rx | None = None,
                    parsers: list[str] | None = None, text_type: str | None = None,
                    stop_check: Callable[[], bool] | None = None) -> bool:
        """Parse span-level elements of the current source into ``el`` (kramdown ``parse_spans``).

        Stops when ``stop_re`` matches and ``stop_check`` (if given) agrees; returns whether it
        stopped that way.
        """
        if self.tree is not None:
            self.stack.append((self.tree, self.text_type))
        self.tree = el
        self.text_type = text_type or self.text_type
        if stop_re is None and parsers is None and not self.stack and el.type not in _NOT_FAST:
            names = tuple(self.span_parsers)
            fast = self._span_cache.get(("fast", names))
            if fast is None:
                fast = self._fast_plan(names)
            if fast:
                spanfast.run_top_level(self, el, names, *fast)
                self.tree = None
                return False
        names = tuple(parsers) if parsers is not None else tuple(self.span_parsers)
        used_re, finder, table = self._span_plan(stop_re, names)
        src = self.src
        stop_found = False
        while src.pos < len(src.string) and not stop_found:
            self.span_work += 1
            if finder is None:
                result = src.scan_until(used_re)
            else:
                start = src.pos
                m = finder(src.string, start)
                if m is None:
                    result = None
                else:
                    src.last, src.last_start, src.pos = m, m.start(), m.end()
                    result = src.string[start:src.pos]
            if result is None:
                if stop_re is None:
                    self.add_text(src.rest())
                    src.terminate()
                break
            if result:  # add_text, inlined (one call per span event)
                kids, text_type = self.tree.children, self.text_type
                if kids and kids[-1].type == text_type:
                    kids[-1].append_text(result)
                else:
                    kids.append(Element(text_type, result))
            if stop_re is not None and src.check(stop_re) is not None:
                stop_found = stop_check() if stop_check is not None else True
            if not stop_found and not self._span_rule(names, table):
                self.add_text(src.getch())
        if self.stack:
            self.tree, self.text_type = self.stack.pop()
        else:
            self.tree, self.text_type = None, self.text_type
        return stop_found

    def _span_rule(self, names: tuple[str, ...], table: Table | None) -> bool:
        """Run the first span rule that matches at the pointer and accepts; False if none."""
        if table is None:
            return self._try_span_rules(names, 0)
        src = self.src
        string, pos = src.string, src.pos
        for index, match, method in table.by_char.get(string[pos], table.default):
            m = match(string, pos)
            if m is None:
                continue
            src.last, src.last_start = m, pos
            if method() is not DECLINE:
                return True
            if src.pos != pos or src.string is not string:
                return self._try_span_rules(names, index + 1)
        return False

    def _try_span_rules(self, names: tuple[str, ...], start: int) -> bool:
        """kramdown's plain loop over the span rules from ``start`` on."""
        src = self.src
        for name in names[start:]:
            rule = self.rules[name]
            if src.check(rule.start) is not None and getattr(self, rule.method)() is not DECLINE:
                return True
        return False
