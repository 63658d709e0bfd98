"""The top-level span loop with inline handlers for the common span events.

kramdown's span loop (``Engine.parse_spans``) finds the next span start, then tries the span
rules in order at that position; emphasis and links parse their content with a nested span
loop (a stop pattern, a stack entry, a closure per opener). Most span events in real text are
simple: ``**bold**`` or ``*em*`` around plain text, ```code```, ``[text](url)`` with a plain
URL, smart quotes, ``--``, ``...``, an ``&`` that is not an entity. :func:`run_top_level` is
the same loop as ``parse_spans`` for a whole text (no stop pattern, the default rule order),
except that at such positions it builds kramdown's result directly. A handler first proves
that its shortcut gives what the rule would (the rule that kramdown's loop picks at that
position, the whole construct plain); anything else (``_`` emphasis, nested spans inside
emphasis or link text, reference links, images, titles, entities, ...) goes to the general
rule dispatch, with no state changed. The span-work counter (``Engine.over_budget``) is
advanced as the plain loops would advance it.

Which rule kramdown picks at a position depends on the rule order; the handlers assume the
order of kramdown's ``@span_parsers`` (``parser.py``), and :func:`supports` says whether a rule
list has it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .element import Element
from .patterns import HTML_ENTITY_RE, RUBY_WS
from .smartquotes import QUOTE_NAMES, SQ_COMBINED, SQ_GROUPS

if TYPE_CHECKING:  # pragma: no cover
    from .engine import Engine

#: kramdown's span rule order up to ``typographic_syms``; the handlers rely on it.
_ORDER = ("emphasis", "codespan", "autolink", "span_html", "footnote_marker", "link",
          "smart_quotes", "inline_math", "span_extensions", "html_entity", "typographic_syms")
#: Rules that may follow (none of them can start with a character a handler takes).
_TAIL = frozenset(("line_break", "escaped_chars", "escaped_chars_gfm", "strikethrough_gfm"))

#: Ruby's (ASCII) ``\s``.
_WS = frozenset(" \t\n\r\f\v")
_QUOTES = frozenset("\"'")
#: Characters at which a rule before ``smart_quotes`` could match (or ``[^\\]`` fails).
_BEFORE_QUOTES = frozenset("*_`<[!\\")
_SQ_MATCH = SQ_COMBINED.full.match
_ENTITY_MATCH = HTML_ENTITY_RE.full.match
#: escaped_chars.rb ``ESCAPED_CHARS`` and gfm.rb ``ESCAPED_CHARS_GFM`` (adds ``~``).
_ESCAPABLE = frozenset("\\.*_+`<>()[]{}#!:|\"'$=-")
_ESCAPABLE_GFM = _ESCAPABLE | {"~"}


def escapable(names: tuple[str, ...]) -> frozenset[str]:
    """The characters a backslash escapes with the escape rule in ``names`` (none without)."""
    if "escaped_chars_gfm" in names:
        return _ESCAPABLE_GFM
    return _ESCAPABLE if "escaped_chars" in names else frozenset()


def supports(names: tuple[str, ...]) -> bool:
    """Whether the handlers' assumptions about the rule order hold for ``names``."""
    return names[:len(_ORDER)] == _ORDER and _TAIL.issuperset(names[len(_ORDER):])


def run_top_level(engine: Engine, el: Element, names: tuple[str, ...], finder: Any,
                  table: Any, escapable: frozenset[str]) -> None:
    """Span-parse the rest of ``engine.src`` into ``el`` (``parse_spans`` without a stop).

    ``finder`` and ``table`` are the plain loop's span-start search and rule table for
    ``names``, ``escapable`` the characters its escape rule takes (:func:`escapable`).

    The engine's tree must be ``el`` with an empty span stack; ``el`` is not an ``em``,
    ``strong``, ``a`` or ``img`` element.
    """
    src = engine.src
    s = src.string
    n = len(s)
    kids = el.children
    tt = engine.text_type
    pos = src.pos
    # The last search: from ``hit_from`` the leftmost span start is ``hit`` (the search is a
    # pure function of the position, so it also answers for any later start up to ``hit``).
    # ``finder`` is a ``TriggerSearch.search``: its ``position`` gives the start alone.
    position = finder.__self__.position
    hit_from, hit = n + 1, -1
    while pos < n:
        engine.span_work += 1
        if hit_from > pos or 0 <= hit < pos:
            hit_from, hit = pos, position(s, pos)
        if hit < 0:
            _add_text(kids, tt, s[pos:], True)
            pos = n
            break
        q = hit
        if q > pos:  # (``_add_text``, inlined: once per span event)
            if kids and kids[-1].type == tt:
                kids[-1].append_text(s[pos:q])
            else:
                kids.append(Element(tt, s[pos:q]))
        c0 = s[q]
        c1 = s[q + 1:q + 2]
        done = -1
        if c0 == "*":
            done, searched, found = _emphasis(engine, s, q, c1, position, kids, tt, escapable)
            if searched >= 0:
                hit_from, hit = searched, found
        elif c0 == "`":
            done = codespan_at(s, q, kids, tt)
        elif c0 == "[":
            if c1 and c1 != "^":
                done, searched, found = _inline_link(engine, s, q, position, kids, tt, False)
                if searched >= 0:
                    hit_from, hit = searched, found
        elif c0 == "!":
            if c1 == "[" and s[q + 2:q + 3] not in ("", "^"):  # link.rb: ``!?\[(?=[^^])``;
                # no rule before ``link`` starts at ``!``
                done, searched, found = _inline_link(engine, s, q + 1, position, kids, tt, True)
                if searched >= 0:
                    hit_from, hit = searched, found
        elif c0 in _QUOTES or (c1 in _QUOTES and c0 not in _BEFORE_QUOTES):
            done = _smart_quote(s, q, kids, tt)
        elif c0 == "-":
            if c1 == "-":
                done = q + 3 if s.startswith("-", q + 2) else q + 2
                kids.append(Element("typographic_sym", "mdash" if done == q + 3 else "ndash"))
        elif c0 == ".":
            if s.startswith("...", q):
                done = q + 3
                kids.append(Element("typographic_sym", "hellip"))
        elif c0 == "&" and _ENTITY_MATCH(s, q) is None:
            # No rule matches at a lone ``&`` (c1 is not a quote): the loop adds it as text.
            done = q + 1
            _add_text(kids, tt, "&", False)
        elif c0 == "\\":
            tail = s[q + 1:q + 3]
            if tail != "<<" and tail != ">>" and tail != "\\\n":  # else a symbol or break
                # escaped_chars: the character as text; no rule matches a backslash before
                # any other character, and the loop adds the backslash as text.
                done = q + 2 if c1 in escapable else q + 1
                _add_text(kids, tt, c1 if c1 in escapable else "\\", False)
        elif c0 == "<":
            if c1 == "!" and not engine.src.occurs_after("-->", q + 4) and s.startswith("!--", q + 1):
                # No autolink starts with ``<!``; span_html finds no comment (no ``-->`` later)
                # and adds the ``<`` as text (html.rb ``parse_span_html``).
                done = q + 1
                _add_text(kids, tt, "<", False)
        elif c0 == "$" and c1 != "$":  # not inline math: no rule matches, the ``$`` is text
            done = q + 1
            _add_text(kids, tt, "$", False)
        if done < 0:  # the general rule dispatch
            src.pos = q
            if not engine._span_rule(names, table):
                engine.add_text(src.getch())
            pos = src.pos
        else:
            pos = done
    src.pos = pos


def _add_text(kids: list[Element], tt: str, text: str, always: bool) -> None:
    """``Engine.add_text`` (``always``: append even an empty text to a text element)."""
    if kids and kids[-1].type == tt:
        if text or always:
            kids[-1].append_text(text)
    elif text:
        kids.append(Element(tt, text))


def _emphasis(engine: Engine, s: str, q: int, c1: str, position: Any, kids: list[Element],
              tt: str, escapable: frozenset[str]) -> tuple[int, int, int]:
    """``**text**`` or ``*text*`` around text with only leaf spans inside (:func:`_leaf`).

    Returns the end (-1: not handled) and the last span-start search it made (from,
    position; -1 for none).
    kramdown's rule (emphasis.rb): not over the work budget, no whitespace after the opener;
    the nested loop (one iteration per span start) stops at the first span start that is the
    delimiter (the stop pattern's matches are span starts too), which must follow a non-space,
    for ``*`` not be ``**`` followed by a non-``*``, and end a non-empty content. Every span
    start before it must be a leaf, which the nested loop handles as the top level does (those
    rules do not look at the tree); anything else is left to the rule.
    """
    delim = "**" if c1 == "*" else "*"
    start = q + len(delim)
    if start >= len(s) or s[start] in _WS or engine.span_work > engine.span_budget:
        return -1, -1, -1
    inner: list[Element] = []
    cur = start
    steps = 1
    while True:
        close = position(s, cur)
        if close < 0:
            return -1, cur, -1
        if close > cur:
            _add_text(inner, tt, s[cur:close], False)
        if s[close] == "*":
            break
        after = _leaf(s, close, inner, tt, escapable)
        if after < 0:
            return -1, cur, close
        cur = after
        steps += 1
    if (not inner or not s.startswith(delim, close) or s[close - 1] in _WS
            or (c1 != "*" and s.startswith("**", close) and not s.startswith("*", close + 2))):
        return -1, cur, close
    engine.span_work += steps  # the nested loop's iterations
    em = Element("strong" if c1 == "*" else "em")
    em.children = inner
    kids.append(em)
    return close + len(delim), cur, close


def _leaf(s: str, q: int, kids: list[Element], tt: str, escapable: frozenset[str]) -> int:
    """At a span start inside emphasis: what :func:`run_top_level` does for a code span,
    smart quote, ``--``/``...``, lone ``&``, escape or lone ``$`` (the end), or -1 for
    anything else (the general rules)."""
    c0 = s[q]
    c1 = s[q + 1:q + 2]
    if c0 == "`":
        return codespan_at(s, q, kids, tt)
    if c0 in _QUOTES or (c1 in _QUOTES and c0 not in _BEFORE_QUOTES):
        return _smart_quote(s, q, kids, tt)
    if c0 == "-":
        if c1 != "-":
            return -1
        long = s.startswith("-", q + 2)
        kids.append(Element("typographic_sym", "mdash" if long else "ndash"))
        return q + 3 if long else q + 2
    if c0 == ".":
        if not s.startswith("...", q):
            return -1
        kids.append(Element("typographic_sym", "hellip"))
        return q + 3
    if c0 == "&" and _ENTITY_MATCH(s, q) is None:
        _add_text(kids, tt, "&", False)
        return q + 1
    if c0 == "\\":
        tail = s[q + 1:q + 3]
        if tail == "<<" or tail == ">>" or tail == "\\\n":
            return -1
        _add_text(kids, tt, c1 if c1 in escapable else "\\", False)
        return q + 2 if c1 in escapable else q + 1
    if c0 == "$" and c1 != "$":
        _add_text(kids, tt, "$", False)
        return q + 1
    return -1


def codespan_at(s: str, q: int, kids: list[Element], tt: str) -> int:
    """A code span at the backtick run at ``q`` (the whole of codespan.rb, as
    ``CodespanRules.parse_codespan``): its element or the run as text added to ``kids``;
    returns the end."""
    end = q + 1
    n = len(s)
    while end < n and s[end] == "`":
        end += 1
    delim = s[q:end]
    if end - q == 1 and (q == 0 or s[q - 1] in _WS) and end < n and s[end] in _WS:
        _add_text(kids, tt, delim, False)
        return end
    close = s.find(delim, end)
    if close < 0:
        _add_text(kids, tt, delim, False)
        return end
    text = s[end:close]
    if end - q > 1:
        if text[:1] == " ":
            text = text[1:]
        if text[-1:] == " ":
            text = text[:-1]
    kids.append(Element("codespan", text, None, {"codespan_delimiter": delim}))
    return close + len(delim)


def _inline_link(engine: Engine, s: str, q: int, position: Any, kids: list[Element],
                 tt: str, image: bool) -> tuple[int, int, int]:
    """``[text](url)`` (``q`` at the ``[``) with plain text and a plain URL (no parenthesis,
    quote or space); with ``image``, ``![alt](url)`` (the ``!`` before ``q``).

    Returns like :func:`_emphasis`. kramdown's rule (link.rb): the bracket loop stops first at
    the ``]`` (no span start before it, so the text is one text element and its own alt text);
    ``(`` follows at once, not ``(<``; the URL scan stops first at the ``)``. An image gets
    ``src`` and ``alt`` (the text, kept only when it has no backslash: the rule unescapes it)
    and no children (``add_link``).
    """
    if engine.span_work > engine.span_budget:
        return -1, -1, -1
    start = q + 1
    close = s.find("]", start)
    if close < 0 or s[close + 1:close + 2] != "(" or s[close + 2:close + 3] == "<":
        return -1, -1, -1
    found = position(s, start)
    if 0 <= found < close:
        return -1, start, found
    if not engine.src.occurs_after(")", close + 2):  # (s is the scanner's string) no find
        return -1, start, found                      # to the end per opener: '[a](b "' runs
    end = s.find(")", close + 2)
    url = s[close + 2:end]
    if "(" in url or _has_space_quote(url):
        return -1, start, found
    if image:
        alt = s[start:close]
        if "\\" in alt:
            return -1, start, found
        engine.span_work += 3
        img = Element("img")
        img.options["ial"] = None
        img.attr["src"] = url.strip(RUBY_WS)
        img.attr["alt"] = alt
        kids.append(img)
        return end + 1, start, found
    engine.span_work += 3  # the bracket loop's iteration, the URL scan's two
    link = Element("a")
    if close > start:
        link.children.append(Element(tt, s[start:close]))
    link.options["ial"] = None
    link.attr["href"] = url.strip(RUBY_WS)
    kids.append(link)
    return end + 1, start, found


def _has_space_quote(url: str) -> bool:
    """Whether whitespace followed by a quote occurs (link.rb's URL scan would stop there)."""
    if "'" not in url and '"' not in url:
        return False
    return any(ch in _WS and url[i + 1:i + 2] in _QUOTES for i, ch in enumerate(url))


def _smart_quote(s: str, q: int, kids: list[Element], tt: str) -> int:
    """The first of kramdown's smart-quote rules that matches (as ``parse_smart_quotes``)."""
    m = _SQ_MATCH(s, q)
    base, substs = SQ_GROUPS[m.lastindex]
    for subst in substs:
        if isinstance(subst, int):
            _add_text(kids, tt, m.group(base + subst) or "", True)
            continue
        if subst[-1].isdigit():
            subst = QUOTE_NAMES[(subst[:-1], m.group(base + int(subst[-1])))]
        kids.append(Element("smart_quote", subst))
    return m.end()
