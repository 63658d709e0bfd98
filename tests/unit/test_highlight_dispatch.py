"""The per-character matchers (``combined.dispatched_table``, built on first use) pick the rule and the match the
state's whole alternation picks, at every position tried: the golden cases' code of each
lexer, and random strings over the characters that code uses."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from jekpy.highlight.langs.base import RougeRegexLexer
from jekpy.highlight.langs.combined import StateDispatch, combined_table, dispatched_table
from jekpy.highlight.lexers import pygments_lexer

DATA = Path(__file__).resolve().parent / "data"
CASES = json.loads((DATA / "highlight_cases.json").read_text(encoding="utf-8"))
TAGS = sorted({c.get("lexer") or c["lang"] for c in CASES
               if isinstance(pygments_lexer(c.get("lexer") or c["lang"]), RougeRegexLexer)})


def _answer(combo, text: str, pos: int):
    """The rule, its match's end and the spans of the rule's own groups."""
    m = combo[0](text, pos, len(text))
    if m is None:
        return None
    rule, first = combo[1][m.lastindex], m.lastindex
    groups = range(first, first + combo[1].count(rule))
    return rule, m.end(), [m.span(g) for g in groups]


@pytest.fixture
def narrow_at_once(monkeypatch):
    """Every character narrowed at its first occurrence (the laziness is tested below)."""
    monkeypatch.setattr(StateDispatch, "HOT", 1)


def _texts(tag: str) -> list[str]:
    codes = [c["code"] for c in CASES if (c.get("lexer") or c["lang"]) == tag][:6]
    pool = sorted(set("".join(codes))) or ["a"]
    rng = random.Random(tag)
    noise = ["".join(rng.choice(pool) for _ in range(40)) for _ in range(8)]
    return codes + noise


@pytest.mark.parametrize("tag", TAGS)
def test_dispatched_matchers_agree_with_the_alternation(tag, narrow_at_once):
    cls = type(pygments_lexer(tag))
    full, dispatched = combined_table(cls), dispatched_table(cls)
    checked = 0
    for state, combo in full.items():
        if combo is None:
            assert dispatched[state] is None
            continue
        by_char, build = dispatched[state]
        for text in _texts(tag):
            for pos in range(0, len(text), 4):
                narrow = by_char.get(text[pos]) or build(text[pos])
                assert _answer(narrow, text, pos) == _answer(combo, text, pos), (state, pos)
                checked += 1
    assert checked > 0


def test_dispatch_narrows_the_python_root_state():
    cls = type(pygments_lexer("python"))
    full = combined_table(cls)["root"]
    fresh = StateDispatch([rule[0].__self__ for rule in cls._tokens["root"]], cls.flags, full)
    first = [fresh.build("(") for _ in range(StateDispatch.HOT)]
    assert first[0] is full  # a rare character is served by the whole alternation
    paren = first[-1]
    assert paren is not full  # a frequent punctuation character: far fewer rules to try
    assert paren[0]("(", 0, 1).end() == 1
    assert fresh.by_char["("] is paren  # built once, then looked up
    nul = [fresh.build("\x00") for _ in range(StateDispatch.HOT)][-1]
    assert nul is not full and nul[0]("\x00", 0, 1) is None  # no Python rule starts with NUL
    assert dispatched_table(cls)["root"][0] is not fresh.by_char
