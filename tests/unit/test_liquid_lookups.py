"""Lax lookups whose first segment is bracketed, and nil string arguments (Liquid 4.0.4).

Liquid 4.0.4's strict parser rejects ``{{ ['title'] }}`` (parser.rb ``expression``: ``[`` is
not a valid expression), so warn and lax mode read it with ``Expression.parse``:
variable_lookup.rb ``initialize`` turns a bracketed first segment into an expression naming
the variable. Expected outputs come from the reference renderer (shared/oracle/pages-build;
Liquid 5.4 parses these strictly but looks the same variable up), except where a case cites
the Liquid 4.0.4 regexp that reads the markup differently.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from jekpy.liquid import JekyllEnvironment

PAYLOAD = {"page": {"title": "PageT"}, "site": {"title": "SiteT", "arr": [1, 2]}}
SETUP = '{% assign title = "X" %}{% assign k = "title" %}{% assign n = 3 %}'


def render(tmp_path: Path, source: str, mode: str = "warn") -> tuple[str, list[str]]:
    """Output and logged warnings of ``source`` in ``mode``."""
    warnings: list[str] = []
    site = SimpleNamespace(
        config={"liquid": {"error_mode": mode}}, source=tmp_path, include_dirs=[],
        documents_for_link_tag=list,
        logger=SimpleNamespace(warn=lambda topic, msg: warnings.append(msg)))
    env = JekyllEnvironment(site)
    return env.render_template(env.parse_template(source, "index.html"), PAYLOAD), warnings


BRACKETED = [
    ("{{ ['title'] }}", "X"), ('{{ ["title"] }}', "X"), ("{{ ['page'].title }}", "PageT"),
    ("{{ ['site']['title'] }}", "SiteT"), ("{{ [k] }}", "X"), ("{{ ['title'] | upcase }}", "X"),
    ("{% assign t2 = ['title'] %}{{ t2 }}", "X"),
    ('{% if [\'title\'] == "X" %}T{% else %}F{% endif %}', "T"),
    ("{% for c in ['site'].arr %}{{ c }}{% endfor %}", "12"),
    ('{{ "a" | append: [\'title\'] }}', "aX"), ("{{ [n] }}", ""), ("{{ [0] }}", ""),
    ("{{ ['site'].arr.first }}", "1"), ("{{ ['site'].arr[1] }}", "2"),
    # [page.title] names the variable "PageT", which does not exist.
    ("{{ [page.title] }}", ""), ("{{ ['nope'] }}", ""),
    ("{% if ['title'] %}T{% else %}F{% endif %}", "T"), ("{{ ['ti tle'] }}", ""),
    # Liquid 4.0.4 variable.rb lax_parse: QuotedFragment stops at the space, so the name is
    # "[", which VariableParser cannot scan: nil (Liquid 5.4 parses it strictly: "X").
    ("{{ [ 'title' ] }}", ""),
]


@pytest.mark.parametrize(("source", "expected"), BRACKETED)
@pytest.mark.parametrize("mode", ["warn", "lax"])
def test_bracketed_first_segment(tmp_path: Path, source: str, expected: str, mode: str) -> None:
    """The quoted or computed name is looked up (reference build)."""
    assert render(tmp_path, SETUP + source, mode)[0] == expected


def test_bracketed_first_segment_warns(tmp_path: Path) -> None:
    """Liquid 4's strict parser rejected the markup first: warn mode says so."""
    _, warnings = render(tmp_path, "{{ ['title'] }}")
    assert warnings == ['Liquid syntax error (line 1): [:open_square, "["] is not a valid '
                        'expression in "{{ [\'title\'] }}" in index.html']


def test_bracketed_name_reaches_an_odd_assigned_name(tmp_path: Path) -> None:
    """assign.rb stores ``a.b`` literally; context.rb find_variable("a.b") finds it."""
    assert render(tmp_path, "{% assign a.b = 5 %}{{ ['a.b'] }}|{{ a.b }}")[0] == "5|"


# standardfilters.rb v4.0.4: string arguments go through ``to_s`` (nil is ''); reference build.
NIL_ARGUMENTS = [
    ('{{ "a b" | append: nil }}', "a b"), ('{{ "a b" | prepend: nil }}', "a b"),
    ('{{ "a b" | remove: nil }}', "a b"), ('{{ "a b" | replace: "a", nil }}', " b"),
    ('{{ "a b" | replace_first: "a", nil }}', " b"), ('{{ "a b" | truncate: 2, nil }}', "a "),
    ('{{ "a b" | replace: nil, "x" }}', "xax xbx"),
]


@pytest.mark.parametrize(("source", "expected"), NIL_ARGUMENTS)
def test_nil_string_arguments(tmp_path: Path, source: str, expected: str) -> None:
    """``append: nil`` appends nothing (``nil.to_s``)."""
    assert render(tmp_path, source)[0] == expected


def test_keyword_named_variables_in_include_and_where_exp(tmp_path: Path) -> None:
    """A variable called ``limit`` reaches include parameters and where_exp expressions too
    (Liquid 4 has no such keyword; found on kevinlin1/just-the-class)."""
    (tmp_path / "_includes").mkdir()
    (tmp_path / "_includes" / "p.html").write_text("[{{ include.n }}]")
    site = SimpleNamespace(
        config={"liquid": {"error_mode": "warn"}}, source=tmp_path,
        include_dirs=[tmp_path / "_includes"], documents_for_link_tag=list,
        logger=SimpleNamespace(warn=lambda topic, msg: None))
    env = JekyllEnvironment(site)
    source = ('{% assign limit = 2 %}{% include p.html n=limit %}'
              '{{ x | where_exp: "in", "in.limit == limit" | size }}')
    payload = {"x": [{"limit": 1}, {"limit": 2}]}
    assert env.render_template(env.parse_template(source, "i.html"), payload) == "[2]1"
