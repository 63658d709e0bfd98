"""Golden Liquid (shared/conformance/golden-liquid) against jekpy.liquid's Liquid 4.0.4 rules.

The suite follows Liquid 5+. Tests are left out by their ``tags`` when they exercise something
GitHub Pages' Liquid 4.0.4 + Jekyll 3.10 does not have (``EXCLUDED_TAGS``); the remaining tests
must pass, except ``LIQUID_4_DIFFERS``: tests whose expected value is a Liquid 5 change, each
with the Liquid 4.0.4 source that decides it.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from jekpy.errors import LiquidException
from jekpy.liquid import JekyllEnvironment

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
GOLDEN_FILE = SHARED / "conformance" / "golden-liquid" / "golden_liquid.json"

EXCLUDED_TAGS = {
    # Liquid 5 tags: Unknown tag on Liquid 4.0.4.
    "render tag": "Liquid 5", "echo tag": "Liquid 5", "liquid tag": "Liquid 5",
    "# tag": "Liquid 5", "doc tag": "Liquid 5.6",
    # Liquid 5 filters: unknown on Liquid 4.0.4 (lib/liquid/standardfilters.rb v4.0.4).
    "find filter": "Liquid 5.6", "find_index filter": "Liquid 5.6", "has filter": "Liquid 5.6",
    "reject filter": "Liquid 5.6", "sum filter": "Liquid 5.5", "remove_last filter": "Liquid 5.2",
    "replace_last filter": "Liquid 5.2", "base64_encode filter": "Liquid 4.0.? / 5",
    "base64_decode filter": "Liquid 5", "base64_url_safe_encode filter": "Liquid 5",
    "base64_url_safe_decode filter": "Liquid 5",
    # Liquid 5's strict parser modes.
    "strict": "Liquid 5 strict parsing", "strict2": "Liquid 5.8 strict2 parsing",
    # Jekyll replaces Liquid's include (quoted names, with/for/as) with its own tag
    # (jekyll/jekyll v3.10.0 lib/jekyll/tags/include.rb).
    "include tag": "Jekyll's include replaces Liquid's",
}

_NO_BLANK = ("Liquid 4.0.4 condition.rb equal_variables: `x == blank` calls x.blank?, which nil "
             "and false lack in plain Ruby, so the comparison is nil (false)")
_NO_BLANK_EMPTY = ("Liquid 4.0.4 condition.rb equal_variables: `x == blank` is `x.blank?` when x responds "
                   "to it, else nil; plain Ruby's String, Array and Hash have no blank? (only "
                   "ActiveSupport, loaded on Pages by jemoji/jekyll-mentions, adds it), so an "
                   "empty string, array or hash is not blank (reference build: false)")
_CASE_ELSE = ("Liquid 4.0.4 tags/case.rb render: the first `else` reached while no `when` has "
              "matched renders and returns, ending the tag (later `when`/`else` blocks are not "
              "rendered); Liquid 5 renders every else and every later matching when")
_ALLOW_FALSE = ("Liquid 4.0.4 standardfilters.rb `default(input, default_value = '')` has no "
                "allow_false; variable.rb evaluate_filter_expressions passes `allow_false: x` as a "
                "trailing Hash argument, so Ruby raises `wrong number of arguments (given 3, "
                "expected 1..2)` (strainer.rb invoke: Liquid::ArgumentError)")
_STRICT4 = ("Liquid 4.0.4's strict parser (the suite runs in strict mode) rejects the markup: "
            "parser.rb `expression` has no `[` start (`[:open_square, \"[\"] is not a valid "
            "expression`), for.rb strict_parse takes no commas (`Expected end_of_string but "
            "found comma`); checked by running Liquid 4.0.4's lib in strict mode")
_TABLEROW = ("Liquid 4.0.4 tags/table_row.rb + tablerowloop_drop.rb: cols is `to_i` (0 without "
              "cols), so col_last is false and all cells share row 1; break/continue only end the "
              "cell and stay on the interrupt stack, stopping the enclosing blocks (checked by "
              "running Liquid 4.0.4's lib)")
_RAW = ("Liquid 4.0.4 raw.rb FullTokenPossiblyInvalid is /{%\\s*(\\w+)/: `{%- endraw` is not an "
        "end tag, so the raw block is never closed")
_WHERE = ("Jekyll 3.10 replaces Liquid's where: `where(input, property, value)` needs three "
          "arguments and returns the input for a nil property or value (lib/jekyll/filters.rb)")
_SORT = ("Jekyll 3.10 replaces Liquid's sort: nil raises 'Cannot sort a null object.', "
         "non-arrays raise NoMethodError, missing keys sort first (lib/jekyll/filters.rb)")

# Tests whose expectation is a Liquid 5 behaviour or a Liquid filter that Jekyll overrides;
# GitHub Pages (Liquid 4.0.4 + Jekyll 3.10) does otherwise, for the reason given.
LIQUID_4_DIFFERS: dict[str, str] = {
    "blank and empty, false is equal to blank": _NO_BLANK,
    "blank and empty, nil is equal to blank": _NO_BLANK,
    "blank and empty, null is equal to blank": _NO_BLANK,
    "blank and empty, undefined is equal to blank": _NO_BLANK,
    "blank and empty, array of length 0 is equal to blank": _NO_BLANK_EMPTY,
    "blank and empty, object with no properties is equal to blank": _NO_BLANK_EMPTY,
    "blank and empty, string of length 0 is equal to blank": _NO_BLANK_EMPTY,
    "whitespace control, white space control with raw tags": _RAW,
    "tags, tablerow, break from a tablerow loop": _TABLEROW,
    "tags, tablerow, break from a tablerow loop inside a for loop": _TABLEROW,
    "tags, tablerow, no cols param": _TABLEROW,
    "output, bracketed variable resolves to a string without leading identifier": _STRICT4,
    "output, nested bracketed variable resolving to a string": _STRICT4,
    "output, top-level quoted, bracketed variable name with whitespace": _STRICT4,
    "output, top-level quoted, bracketed variable name with whitespace followed by dot notation":
        _STRICT4,
    "output, whitespace between bracket notation": _STRICT4,
    "tags, for, comma separated arguments": _STRICT4,
    "tags, for, some comma separated arguments": _STRICT4,
    "output, render a default given a literal false with 'allow false' equal to false": _ALLOW_FALSE,
    "output, render a default given a literal false with 'allow false' equal to true": _ALLOW_FALSE,
    "filters, default, allow false": _ALLOW_FALSE,
    "filters, default, allow false from context": _ALLOW_FALSE,
    "filters, default, false keyword argument before positional": _ALLOW_FALSE,
    "filters, default, true keyword argument before positional": _ALLOW_FALSE,
    "filters, default, zero is not falsy with allow_false": _ALLOW_FALSE,
    "tags, case, falsy when before and truthy when after else": _CASE_ELSE,
    "tags, case, falsy when before and truthy when after multiple else blocks": _CASE_ELSE,
    "tags, case, multiple else blocks": _CASE_ELSE,
    "tags, comment, commented tags are not parsed": (
        "Liquid 4.0.4 comment.rb: Comment is a Block whose body is parsed (only unknown tags "
        "are ignored), so malformed tags inside raise"),
    "filters, newline to br, reference implementation test 2": (
        "Liquid 4.0.4 standardfilters.rb newline_to_br is gsub(/\\n/, ...): a CR before LF "
        "stays (Liquid 5 replaces /\\r?\\n/)"),
    "tags, for, limit is a non-number string": (
        "Liquid 4.0.4 tags/for.rb render_segment: `limit.to_i` - 'foo'.to_i is 0, so the loop is "
        "empty; Liquid 5's Utils.to_integer raises instead"),
    "tags, for, offset is a non-number string": (
        "Liquid 4.0.4 tags/for.rb render_segment: `context.evaluate(@from).to_i` - 'foo'.to_i is 0, "
        "so the loop starts at 0; Liquid 5 raises"),
    "filters, sort, array of objects with missing key": _SORT,
    "filters, sort, left value is not an array": _SORT,
    "filters, sort, left value is undefined": _SORT,
    "filters, sort, sort a string": _SORT,
    "filters, where, array of hashes": _WHERE,
    "filters, where, both arguments are undefined": _WHERE,
    "filters, where, first argument is undefined": _WHERE,
    "filters, where, left value is undefined": _WHERE,
    "filters, where, second argument is undefined": _WHERE,
    "filters, where, value is explicit nil": _WHERE,
}


def load_tests() -> list[dict]:
    """The golden tests, or skip when the shared folder is absent."""
    if not GOLDEN_FILE.is_file():
        pytest.skip(f"{GOLDEN_FILE} not found (shared conformance data absent)")
    return json.loads(GOLDEN_FILE.read_text(encoding="utf-8"))["tests"]


def applicable(test: dict) -> bool:
    """True when every feature the test uses exists on Liquid 4.0.4 + Jekyll 3.10."""
    return not any(tag in EXCLUDED_TAGS for tag in test.get("tags", []))


def make_env(tmp: Path) -> JekyllEnvironment:
    """A Jekyll environment with strict Liquid errors and no site content."""
    site = SimpleNamespace(
        config={"liquid": {"error_mode": "strict", "strict_filters": False,
                           "strict_variables": False}, "timezone": "UTC"},
        source=tmp, include_dirs=[], documents_for_link_tag=list,
        logger=SimpleNamespace(warn=lambda topic, msg: None))
    return JekyllEnvironment(site)


def outcome(env: JekyllEnvironment, test: dict) -> tuple[bool, str | None]:
    """(raised, output)."""
    try:
        template = env.parse_template(test["template"], "golden.liquid")
        return False, env.render_template(template, test.get("data") or {})
    except LiquidException:
        return True, None


def passes(env: JekyllEnvironment, test: dict) -> bool:
    """Whether jekpy matches the golden expectation."""
    raised, output = outcome(env, test)
    if test.get("invalid"):
        return raised
    wanted = test.get("results") or [test.get("result")]
    return not raised and output in wanted


def test_golden_liquid(tmp_path: Path) -> None:
    """All applicable golden tests pass except the documented Liquid 4.0.4 differences."""
    tests = [t for t in load_tests() if applicable(t)]
    env = make_env(tmp_path)
    passed, failures = 0, []
    for test in tests:
        if passes(env, test):
            passed += 1
        elif test["name"] not in LIQUID_4_DIFFERS:
            failures.append(test["name"])
    total = len(load_tests())
    print(f"\ngolden liquid: {passed}/{len(tests)} applicable pass ({total} in the suite, "
          f"{len(LIQUID_4_DIFFERS)} documented Liquid 4.0.4 differences)")
    assert not failures, "\n".join(failures[:40])


def test_differences_name_real_tests() -> None:
    """The difference list only names applicable tests that exist."""
    names = {t["name"] for t in load_tests() if applicable(t)}
    assert set(LIQUID_4_DIFFERS) <= names
