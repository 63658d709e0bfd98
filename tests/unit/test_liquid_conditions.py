"""``blank``/``empty`` comparisons and ``case``/``when`` as Liquid 4.0.4 evaluates them on Pages.

Expected values come from the reference renderer (shared/oracle/pages-build, Jekyll 4.3.1 on
Liquid 5.4, a tiny site without plugins) where Liquid 5.4 and 4.0.4 share the rule; the cases
where they differ carry the Liquid 4.0.4 source that decides the Pages value.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from jekpy.liquid import JekyllEnvironment

PAYLOAD = {"page": {"estr": ""}, "site": {"emptyarr": [], "emptyhash": {}, "spaces": "  "}}


def render(tmp_path: Path, source: str, plugins: list[str] | None = None) -> str:
    """Render ``source`` in warn mode with `PAYLOAD`."""
    site = SimpleNamespace(
        config={"liquid": {"error_mode": "warn"}, "plugins": plugins or []}, source=tmp_path,
        include_dirs=[], documents_for_link_tag=list,
        logger=SimpleNamespace(warn=lambda topic, msg: None))
    env = JekyllEnvironment(site)
    return env.render_template(env.parse_template(source, "index.html"), PAYLOAD)


def _if(condition: str) -> str:
    return f"{{% if {condition} %}}T{{% else %}}F{{% endif %}}"


# condition.rb equal_variables: MethodLiteral on either side sends blank?/empty? to the other
# value when it responds, else nil. Plain Ruby has no blank? at all (reference: all F).
BLANK_AND_EMPTY = [
    ("page.estr == blank", "F"), ("site.emptyarr == blank", "F"),
    ("site.emptyhash == blank", "F"), ("site.spaces == blank", "F"), ("nil == blank", "F"),
    ("false == blank", "F"), ("page.estr != blank", "T"), ("blank == page.estr", "F"),
    ('"" == blank', "F"), ("page.estr == empty", "T"), ("site.emptyarr == empty", "T"),
    ("site.emptyhash == empty", "T"), ("nil == empty", "F"), ("site.spaces == empty", "F"),
    ("empty == empty", "F"), ("blank == blank", "F"),
]


@pytest.mark.parametrize(("condition", "expected"), BLANK_AND_EMPTY)
def test_blank_and_empty_without_active_support(tmp_path: Path, condition: str,
                                                expected: str) -> None:
    """Reference build without jemoji/jekyll-mentions."""
    assert render(tmp_path, _if(condition)) == expected


@pytest.mark.parametrize("plugin", ["jemoji", "jekyll-mentions"])
def test_blank_with_active_support(tmp_path: Path, plugin: str) -> None:
    """html-pipeline (jemoji, jekyll-mentions) loads ActiveSupport's Object#blank?: blank
    strings, empty collections, nil and false are blank (reference build with
    jekyll-mentions gives ``[467]`` for nil/false/"")."""
    conditions = ["page.estr == blank", "site.emptyarr == blank", "site.emptyhash == blank",
                  "site.spaces == blank", "nil == blank", "0 == blank", "page.estr != blank"]
    assert "".join(render(tmp_path, _if(c), [plugin]) for c in conditions) == "TTTTTFF"


def test_assigned_blank_is_an_empty_string(tmp_path: Path) -> None:
    """Liquid 4.0.4 expression.rb: ``blank`` is a MethodLiteral whose ``to_liquid`` is ``''``;
    context.rb find_variable applies ``to_liquid`` to an assigned value, so ``'' == x`` compares
    two strings (confirmed by running Liquid 4.0.4's lib: ``T[]ES``)."""
    source = ('{% assign x = blank %}{% if "" == x %}T{% else %}F{% endif %}[{{ x }}]'
              '{% assign y = empty %}{% if y == empty %}E{% endif %}{% if y == "" %}S{% endif %}')
    assert render(tmp_path, source) == "T[]ES"
    assert render(tmp_path, source, ["jemoji"]) == "T[]ES"


CASE_BLOCKS = "{% when blank %}blank{% when empty %}empty{% else %}else{% endcase %}"
CASES = [
    # reference build (Liquid 5.4 agrees with 4.0.4's case.rb and condition.rb here)
    ("{% case page.estr %}" + CASE_BLOCKS, "empty"),
    ("{% case site.emptyarr %}" + CASE_BLOCKS, "empty"),
    ("{% case nil %}" + CASE_BLOCKS, "else"),
    ("{% case page.nope %}" + CASE_BLOCKS, "else"),
    ("{% case site.spaces %}" + CASE_BLOCKS, "else"),
    ("{% case site.emptyhash %}{% when blank, empty %}be{% else %}else{% endcase %}", "be"),
    ("{% case 1 %}{% when 1 %}W{% else %}E{% when 1 %}X{% endcase %}", "WX"),
    ("{% case empty %}{% when empty %}ee{% else %}else{% endcase %}", "else"),
    # Liquid 4.0.4 expression.rb: `case empty` is the MethodLiteral, so each when is
    # `value.empty?` (Liquid 5.4 parses `empty` as '' there).
    ('{% case empty %}{% when "" %}s{% when site.emptyarr %}a{% else %}else{% endcase %}', "sa"),
    # Liquid 4.0.4 case.rb render: the first else reached with no match returns (reference,
    # Liquid 5: EW and EF).
    ("{% case 1 %}{% else %}E{% when 1 %}W{% endcase %}", "E"),
    ("{% case 1 %}{% when 2 %}W{% else %}E{% else %}F{% endcase %}", "E"),
]


@pytest.mark.parametrize(("source", "expected"), CASES)
def test_case_when_uses_condition_equality(tmp_path: Path, source: str, expected: str) -> None:
    """case.rb record_when_condition: each value is ``Condition.new(@left, '==', value)``."""
    assert render(tmp_path, source) == expected


def test_case_when_blank_with_active_support(tmp_path: Path) -> None:
    """With jemoji, ``when blank`` matches blank strings (ActiveSupport's blank?)."""
    assert render(tmp_path, "{% case site.spaces %}" + CASE_BLOCKS, ["jemoji"]) == "blank"
