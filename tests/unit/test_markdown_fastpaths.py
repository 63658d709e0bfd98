"""The Markdown converter's fast paths give the same answers as the plain algorithm.

* rule dispatch by first character (``dispatch.py``): a rule left out for a character can never
  match at a position starting with it;
* trigger search (``triggers.py``): the same leftmost match as ``pattern.search``;
* ``^`` detection for Ruby ``StringScanner`` anchoring (``Rx.has_caret``).

Random strings are drawn from the characters the rules care about, with a fixed seed.
"""

from __future__ import annotations

import random
import re

import pytest

from jekpy.markdown import _configured, _key
from jekpy.markdown.scanner import rx
from jekpy.markdown.triggers import TriggerSearch, trigger_set
from jekpy.regex_starts import first_chars, has_line_anchor

_PIECES = list("ab1 \t*_`<>[]!\"'$&{}:-.\\~\n^#|=+)(") + [
    "--", "...", "<<", ">>", "  \n", "\\\\\n", "{:", "$$", "~~", "    ", "```", "<div>",
    "</span>", "<!--", "-->", "[^1]", "http://x", "&amp;", "&#38;", "1. ", "* ", "> ",
]


def _random_texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 24)))
            for _ in range(count)]


@pytest.fixture(scope="module")
def parser():
    """The cached parser for Pages' options."""
    return _configured(_key(None))[1]


def test_block_and_span_dispatch_never_skips_a_matching_rule(parser) -> None:
    names = list(parser.block_parsers) + list(parser.span_parsers)
    patterns = [parser.rules[name].start.full for name in names]
    sets = [first_chars(p) for p in patterns]
    checked = 0
    for text in _random_texts(1, 4000):
        if not text:
            continue
        for name, pattern, chars in zip(names, patterns, sets, strict=True):
            if pattern.match(text) is not None:
                assert text[0] in chars, (name, text)
                checked += 1
    assert checked > 1000


def test_first_chars_of_simple_patterns() -> None:
    assert first_chars(re.compile(r"\*\*?|__?")).chars == frozenset("*_")
    assert not first_chars(re.compile(r"\*\*?|__?")).negated
    assert "x" in first_chars(re.compile(r"[^\\]?[\"']"))  # any character but a backslash
    assert "\\" not in first_chars(re.compile(r"[^\\]?[\"']"))
    assert "q" in first_chars(re.compile(r"a?"))  # matches the empty string: anything
    assert first_chars(re.compile(r"^ {0,3}\d+\.", re.ASCII)).chars == frozenset(" 0123456789")


def test_line_anchor_detection() -> None:
    assert has_line_anchor(re.compile(r"^a", re.M))
    assert has_line_anchor(re.compile(r"x|(?:^b)", re.M))
    assert not has_line_anchor(re.compile(r"!?\[(?=[^^])"))  # ^ inside a class is no anchor
    assert not has_line_anchor(re.compile(r"a\^b"))


def test_trigger_search_finds_the_same_match(parser) -> None:
    names = tuple(parser.span_parsers)
    patterns = [parser._span_regexps(names)[1].full]
    for stop in (r"\*", r"__", r"(\])|!?\[", r"~~", r"\$\$"):
        patterns.append(parser._stop_regexp(rx(stop), names).full)
    rng = random.Random(2)
    compared = 0
    for pattern in patterns:
        search = TriggerSearch(pattern)
        assert search.plain is None, pattern.pattern  # the fast search is in use
        for text in _random_texts(3, 3000):
            pos = rng.randint(0, len(text))
            expected = pattern.search(text, pos)
            got = search.search(text, pos)
            assert (got and got.start()) == (expected and expected.start()), (text, pos)
            assert search.position(text, pos) == (-1 if expected is None else expected.start())
            compared += expected is not None
        for text in _random_texts(4, 1000):  # the pattern matches at every sure literal
            for literal in search.sure:
                at = text.find(literal)
                while at >= 0:
                    assert pattern.match(text, at) is not None, (pattern.pattern, literal, text)
                    at = text.find(literal, at + 1)
    assert compared > 1000


def test_trigger_literals_and_offsets(parser) -> None:
    names = tuple(parser.span_parsers)
    found = trigger_set(parser._span_regexps(names)[1].full).backs()
    assert found["..."] == 0 and found["--"] == 0  # typographic symbols, not every "." or "-"
    assert found['"'] == 1  # a smart quote match starts one character before the quote
    assert "." not in found and "-" not in found
    search = TriggerSearch(parser._span_regexps(names)[1].full)
    # a newline triggers a line break two characters earlier, which starts with " " or "\\"
    assert search.before["\n"] == (frozenset(" \\"), False)


def test_sure_literals_of_the_span_start(parser) -> None:
    search = TriggerSearch(parser._span_regexps(tuple(parser.span_parsers))[1].full)
    assert {"*", "`", "[", "--", "...", '"', "'"} <= search.sure  # quote: [^\\]? then quote
    assert "\n" not in search.sure  # a newline starts no match by itself
    assert TriggerSearch(re.compile(r"(?=a(?=b)|c)")).sure == {"c"}  # "a" needs a "b" after


def test_a_pattern_without_trigger_keeps_the_plain_search() -> None:
    pattern = re.compile(r"(?=\w)")
    assert trigger_set(pattern) is None
    assert TriggerSearch(pattern).search("  ab", 0).start() == 2


def test_rx_is_cached() -> None:
    assert rx(r"a+b") is rx(r"a+b")
    assert rx(r"a+b") is not rx(r"a+b", dotall=True)


# -- the top-level span loop's handlers (spanfast.py) --------------------------------------------

_SPAN_PIECES = list("ab1 \t*_`[]()!\"'&-.\\<>^\n") + [
    "**", "--", "---", "...", "it's", " \"", "\" ", "[x](/u)", "[x](u v)", "[x](<u>)",
    "[x] (u)", "(u)", "&amp;", "& ", "``", " ` ", "**b**", "*e*", "**b *e* b**", "* a*",
    "*a *", "**a*", "***a***", "[^1]", "![i](/s)", "'s", "\"q\"", "é", "ä\"", "{:", "~~",
    "\\\\", "\\*", "\\<<", "\\>>", "\\\\\n", "\\\n", "\\~", "\\m", "\\\"", "$", "$$x$$", "$ ",
    "a_b", "x__y", "_a_", "é_x", "a-_b", "__a__",
    "![](/s)", "![a b](u)", "![\\*](u)", "![a\\m](u)", "![x](u \"t\")", "![*e*](u)",
    "![x](<u>)", "![x] (u)", "<!--", "-->", "<!-- x -->", "<!", "<a>", "</a>", "<x",
    "<http://a>", "<<", "**a `c` b**", "*a \"q\" b*", "**x\\_y**", "*a -- b*", "**a & b**",
    "*$x*", "**'s**", "*a...*", "** `c`**", "*`c` *", "![^1](u)", "![^]()",
]


def _span_texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_SPAN_PIECES) for _ in range(rng.randint(1, 30)))
            for _ in range(count)]


def _tree(parser, text: str, fast: bool):
    from jekpy.markdown.parser import adapt_source
    from jekpy.markdown.scanner import Scanner

    key = ("fast", tuple(parser.span_parsers))
    parser._span_cache.pop(key, None)  # absent: decided on first use
    if not fast:
        parser._span_cache[key] = False  # the plain loop
    parser.options = parser.base_options
    parser.reset_state()
    parser.span_budget = 10**9
    el = parser.root
    parser.reset_env(src=Scanner(adapt_source(text)), text_type="text")
    parser.parse_spans(el)
    return el, parser.span_work


def _dump(el) -> list:
    return [(c.type, c.value if c.type != "entity" else c.value.name, dict(c.attr),
             dict(c.options), _dump(c)) for c in el.children]


def test_top_level_span_handlers_build_the_plain_loops_tree(parser) -> None:
    from jekpy.markdown import spanfast

    assert spanfast.supports(tuple(parser.span_parsers))
    compared = 0
    try:
        for text in _span_texts(5, 3000):
            fast_tree, fast_work = _tree(parser, text, True)
            plain_tree, plain_work = _tree(parser, text, False)
            assert _dump(fast_tree) == _dump(plain_tree), text
            assert fast_work == plain_work, text  # the work budget advances alike
            compared += bool(fast_tree.children)
    finally:
        parser._span_cache.pop(("fast", tuple(parser.span_parsers)), None)
    assert compared > 2500


def test_other_rule_orders_keep_the_plain_loop() -> None:
    from jekpy.markdown import spanfast
    from jekpy.markdown.parser import KRAMDOWN_SPAN_RULES

    assert spanfast.supports(KRAMDOWN_SPAN_RULES)
    assert not spanfast.supports(("smart_quotes", "html_entity", "typographic_syms"))
    assert not spanfast.supports(tuple(n for n in KRAMDOWN_SPAN_RULES if n != "typographic_syms"))


def test_images_and_unclosed_comments_take_the_top_level_handlers(parser, monkeypatch) -> None:
    from jekpy.markdown.engine import Engine

    general = []
    original = Engine._span_rule
    monkeypatch.setattr(Engine, "_span_rule",
                        lambda self, *args: general.append(self.src.pos) or original(self, *args))
    tree, _ = _tree(parser, "a ![alt t](/i.png) b <!-- c", True)
    assert general == []  # no general rule dispatch
    assert [(c.type, dict(c.attr)) for c in tree.children] == [
        ("text", {}), ("img", {"src": "/i.png", "alt": "alt t"}), ("text", {}),
        ("typographic_sym", {}), ("text", {})]
    assert tree.children[2].value == " b <!"  # then "--" (ndash) and " c"
    _tree(parser, "![a\\*](u) <!-- c -->", True)
    # an escape in the alt text (the image rule, then the escape inside its text), a closed
    # comment: the general rules
    assert general == [0, 3, 10]


def test_table_code_span_pieces_equal_the_span_loops(parser) -> None:
    from jekpy.markdown.element import Element
    from jekpy.markdown.scanner import Scanner

    def plain(text: str) -> list:
        env = parser.save_env()
        parser.reset_env(src=Scanner(text))
        root = Element("root")
        parser.parse_spans(root, None, ["codespan"])
        parser.restore_env(env)
        return [(c.type, c.value) for c in root.children]

    rng = random.Random(6)
    pieces = list("ab |`\\ \t\n") + ["``", "```", " ` ", "`a|b`", "\\|", "`` a ``"]
    parser.reset_state()
    parser.span_budget = 10**9
    compared = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 16)))
        before = parser.span_work
        fast = parser._code_spans_only(text)
        fast_work = parser.span_work - before
        assert fast == plain(text), text
        assert fast_work == parser.span_work - before - fast_work, text
        compared += any(kind == "codespan" for kind, _ in fast)
    assert compared > 500
