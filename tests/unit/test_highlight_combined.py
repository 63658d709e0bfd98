"""The combined per-state regex (jekpy.highlight.langs.combined) picks the rule and the match
that trying the rules one by one picks."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from jekpy.highlight.langs.base import rule_table
from jekpy.highlight.langs.combined import combine, combined_table, renumbered, scoped
from jekpy.highlight.lexers import pygments_lexer

DATA = Path(__file__).resolve().parent / "data"
CASES = json.loads((DATA / "highlight_cases.json").read_text(encoding="utf-8"))


def test_back_references_are_renumbered():
    assert renumbered(r"(a)(b)\2\1", 3) == r"(a)(b)(?:\5)(?:\4)"
    assert renumbered(r"[\1]", 1) is None  # an octal escape in a class: not combined
    assert renumbered(r"[]\\]\1", 1) == r"[]\\](?:\2)"


def test_leading_flags_become_scoped():
    assert scoped("(?i)abc") == ("(?i:abc)", re.I)
    assert scoped("(?x) a # c") == ("(?x: a # c\n)", re.X)
    assert scoped("abc") == ("abc", 0)


def test_combined_match_names_the_first_rule():
    patterns = [re.compile(p, re.M) for p in (r"(['\"])x\1", "(?i)ab", "a", "")]
    match, owner, whole = combine(patterns, re.M)
    for text, rule, end in (("'x'", 0, 3), ("'x\"", 3, 0), ("AB", 1, 2), ("ac", 2, 1)):
        m = match(text, 0, len(text))
        assert (owner[m.lastindex], m.end()) == (rule, end)
    assert whole == (False, True, True, True)


@pytest.mark.parametrize("tag", ["python", "ruby", "shell", "yaml", "markdown", "html", "php"])
def test_agrees_with_rule_by_rule(tag):
    cls = type(pygments_lexer(tag))
    table, combos = rule_table(cls), combined_table(cls)
    texts = [c["code"] for c in CASES if (c.get("lexer") or c["lang"]) == tag][:8]
    checked = 0
    for state, rules in table.items():
        combo = combos[state]
        assert combo is not None, state
        for text in texts:
            for pos in range(0, len(text), 11):
                first = next(((i, m.end()) for i, rule in enumerate(rules)
                              if (m := rule[0](text, pos, len(text))) is not None), None)
                m = combo[0](text, pos, len(text))
                assert (None if m is None else (combo[1][m.lastindex], m.end())) == first
                checked += 1
    assert checked > 100
