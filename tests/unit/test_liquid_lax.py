"""Markup Liquid 4.0.4 accepts or rejects in warn/lax mode, as GitHub Pages (Jekyll 3.10) does.

Expected outputs and messages come from the reference renderer (shared/oracle/pages-build,
Jekyll 4.3.1 on Liquid 5.4) where Liquid 5.4 and 4.0.4 agree on the rule; each case names
the Liquid 4.0.4 source that decides it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import SimpleNamespace

import pytest

from jekpy.errors import LiquidException
from jekpy.liquid import JekyllEnvironment


def make_site(tmp_path: Path, **liquid: object) -> SimpleNamespace:
    """A bare site whose logger collects warnings."""
    (tmp_path / "_includes").mkdir(exist_ok=True)
    warnings: list[str] = []
    config = {"safe": True, "liquid": {"error_mode": "warn", **liquid}}
    return SimpleNamespace(
        config=config, source=tmp_path, include_dirs=[tmp_path / "_includes"],
        documents_for_link_tag=list, warnings=warnings,
        logger=SimpleNamespace(warn=lambda topic, msg: warnings.append(msg)))


def render(site: SimpleNamespace, source: str, path: str = "index.html",
           variables: dict | None = None) -> str:
    """Parse and render ``source``; the payload is ``variables``."""
    env = JekyllEnvironment(site)
    template = env.parse_template(source, path)
    return env.render_template(template, variables or {"page": {"title": "T"}, "site": {}})


# (template, output, warning or None); the line numbers assume a template starting "a\n".
RENDERS = [
    # variable.rb markup_context: the Variable's markup inside braces; parser.rb wording.
    ("{{ page.title | | upcase }}", "T",
     'Liquid syntax error (line 2): Expected id but found pipe in "{{ page.title | | upcase }}"'),
    # assign.rb: Syntax regexp, then a lax Variable; its warning quotes the Variable markup.
    ("{% assign a = (page.title | downcase) %}{{ a }}", "t",
     'Liquid syntax error (line 2): Expected dotdot but found pipe in "{{(page.title | downcase) }}"'),
    # lexer.rb: "=" is not an operator character.
    ("{% if x == 1 or y %}y{% endif %}", "", None),
    ("{% unless a == 'b' && c %}y{% endunless %}", "y",
     "Liquid syntax error (line 2): Unexpected character & in \"a == 'b' && c\""),
    # for.rb strict_parse wording, then For#lax_parse.
    ("{% for x in (1..3) foo:2 %}{{x}}{% endfor %}", "123",
     "Liquid syntax error (line 2): Invalid attribute in for loop. Valid attributes are limit "
     'and offset in "x in (1..3) foo:2"'),
    # assign.rb Syntax: the name is any run of VariableSignature characters, stored as is.
    ("{% assign a[0] = 1 %}{{ a }}|{% assign page.title = 2 %}{{ page.title }}", "|T", None),
    # lexer.rb: a backslash does not escape; lax reading takes the first quoted fragment.
    ('{{ "a\\"b" }}', "a\\",
     'Liquid syntax error (line 2): Unexpected character " in "{{ "a\\"b" }}"'),
    # variable.rb evaluate_filter_expressions: keyword arguments arrive as one trailing Hash.
    ('{{ "a" | append: y: "b" }}', 'a{"y"=>"b"}', None),
    # expression.rb: "0)" is a variable lookup (nil), so sort gets no property.
    ("{% assign t = 'b,c,a' | split: ',' %}{% assign h = (t | sort:0) %}{{ h | join: '-' }}",
     "a-b-c", 'Liquid syntax error (line 2): Expected dotdot but found pipe in "{{(t | sort:0) }}"'),
    # case.rb Syntax / WhenSyntax: first fragment; "or" and commas separate values.
    ("{% case page.title | downcase %}{% when 'T' %}t{% endcase %}", "t", None),
    ("{% case 1 %}{% when 'a' 'b' %}ab{% when 1 2 %}one{% endcase %}", "one", None),
    ("{% case 1 %}{% when 2 or 1 %}x{% endcase %}{% case 1 %}{% when 2 , 1 , 3 %}y{% endcase %}",
     "xy", None),
    ("{% case 1 %}{% when 2 and 1 %}one{% endcase %}", "", None),
    # cycle.rb variables_from_string: comma-separated pieces, first fragment of each.
    ("{% cycle 'a', 'b' 'c' %}{% cycle 'a', 'b' 'c' %}", "ab", None),
    ("{% cycle 'a' 'b' %}{% cycle 'a' 'b' %}", "aa", None),
    # the key is @variables.to_s: a VariableLookup makes it unique to the tag.
    ("{% cycle g 'x', 'y' %}{% cycle g 'x', 'y' %}", "", None),
    ("{% for i in (1..3) %}{% cycle g, 'x', 'y' %}{% endfor %}", "xy", None),
    # table_row.rb Syntax + TagAttributes anywhere; "cols=2" is no attribute.
    ("{% tablerow i in (1..3) cols:2 foo %}{{i}}{% endtablerow %}",
     '<tr class="row1">\n<td class="col1">1</td><td class="col2">2</td></tr>\n'
     '<tr class="row2"><td class="col1">3</td></tr>\n', None),
    ("{% tablerow i in (1..3) cols=2 %}{{i}}{% endtablerow %}",
     '<tr class="row1">\n<td class="col1">1</td><td class="col2">2</td>'
     '<td class="col3">3</td></tr>\n', None),
    # if.rb strict_parse: "contains" needs a space after it; lax reading; Condition contains
    # is false for an Integer.
    ("{% if 1 contains\"a\" %}y{% endif %}|{% if 1 contains 'a' %}z{% endif %}", "|",
     'Liquid syntax error (line 2): Expected end_of_string but found id in "1 contains\"a\""'),
    ("{% assign h = 'a,b' | split: ',' %}{% if h contains 'b' %}h{% endif %}", "h", None),
    # capture.rb Syntax, increment.rb / decrement.rb markup.strip: no strict parser.
    ("{% capture \"q\" %}v{% endcapture %}{{q}}|{% capture a.b %}w{% endcapture %}{{a}}", "v|",
     None),
    ("{% increment %}{% increment %}|{% decrement c d %}{% decrement c %}", "01|-1-1", None),
    # block_body.rb: end tags, break and for's else ignore their markup (no warning).
    ("{% for i in (1..3) %}{{i}}{% break x %}{% endfor %}|{% if false %}a{% endif x %}b|"
     "{% for i in (1..2) %}{{i}}{% endfor i %}|{% capture a %}x{% endcapture a %}{{a}}|"
     "{% for i in (1..2) %}{% else x %}e{% endfor %}", "1|b|12|x|", None),
    # if.rb: else markup is ignored.
    ("{% if true %}a{% else y %}b{% endif %}", "a", None),
    ("{% if 'a' > nil %}y{% endif %}", "", None),
    ("{% if 2 > 1 %}y{% endif %}{% if 'b' > 'a' %}z{% endif %}", "yz", None),
]


@pytest.mark.parametrize(("template", "output", "warning"), RENDERS)
def test_warn_mode_renders(tmp_path: Path, template: str, output: str,
                           warning: str | None) -> None:
    """Output and warning text (Jekyll appends `` in <path>``)."""
    site = make_site(tmp_path)
    assert render(site, "a\n" + template) == "a\n" + output
    assert site.warnings == ([] if warning is None else [f"{warning} in index.html"])


ERRORS = [
    # assign.rb: no Syntax match raises in every error mode.
    ("{% assign y 3 %}", "Liquid syntax error (line 2): Syntax Error in 'assign' - Valid syntax: "
     "assign [var] = [source]"),
    ("{% assign = 5 %}", "Liquid syntax error (line 2): Syntax Error in 'assign' - Valid syntax: "
     "assign [var] = [source]"),
    # if.rb: "not" is a variable, "x" the operator: Unknown operator at render.
    ("{% if not x %}y{% endif %}", "Liquid error (line 2): Unknown operator x"),
    # if.rb lax_parse: an operator without a right-hand condition raises.
    ("{% if x == 1 and %}y{% endif %}",
     "Liquid syntax error (line 2): Syntax Error in tag 'if' - Valid syntax: if [expression]"),
    # raw.rb ensure_valid_markup.
    ("{% raw x %}{{a}}{% endraw %}", "Liquid syntax error (line 2): Syntax Error in 'raw' - "
     "Valid syntax: raw"),
    # case.rb record_else_condition raises in every mode.
    ("{% case 1 %}{% when 1 %}one{% else x %}else{% endcase %}",
     "Liquid syntax error (line 2): Syntax Error in tag 'case' - Valid else condition: "
     "{% else %} (no parameters) "),
    # if.rb lax_parse keeps "=", condition.rb interpret_condition raises at render.
    ("{% if x = 1 %}y{% endif %}", "Liquid error (line 2): Unknown operator ="),
    # condition.rb: left.send(op, right), Ruby's ArgumentError text.
    ('{% if "a" > 26 %}y{% endif %}', "Liquid error (line 2): comparison of String with 26 failed"),
    ('{% if 26 > "a" %}y{% endif %}',
     "Liquid error (line 2): comparison of Integer with String failed"),
    ('{% if "a" >= 1.5 %}y{% endif %}',
     "Liquid error (line 2): comparison of String with 1.5 failed"),
]


@pytest.mark.parametrize(("template", "message"), ERRORS)
@pytest.mark.parametrize("mode", ["warn", "lax"])
def test_errors_in_every_mode(tmp_path: Path, template: str, message: str, mode: str) -> None:
    """These fail the build in warn and lax mode alike."""
    site = make_site(tmp_path, error_mode=mode)
    with pytest.raises(LiquidException) as info:
        render(site, "a\n" + template)
    assert info.value.message == message
    assert str(info.value).startswith(f"{message} in index.html")


def test_where_exp_error_line_is_the_tag_line(tmp_path: Path) -> None:
    """jekyll-sitemap's where_exp under strict_variables: the error names the tag's line."""
    site = make_site(tmp_path, strict_variables=True)
    source = "a\nb\nc\n{% assign docs = coll | where_exp:'doc','doc.sitemap != false' %}\n"
    with pytest.raises(LiquidException) as info:
        render(site, source, "sitemap.xml", {"coll": [{"a": 1}]})
    assert info.value.message == "Liquid error (line 4): undefined variable sitemap"


def test_where_exp_compares_like_ruby(tmp_path: Path) -> None:
    """where_exp conditions use Condition's comparison too."""
    site = make_site(tmp_path)
    with pytest.raises(LiquidException) as info:
        render(site, "{{ coll | where_exp: 'd', 'd.n > 1' }}", variables={"coll": [{"n": "x"}]})
    assert "comparison of String with 1 failed" in info.value.message


def test_include_warnings_are_not_logged(tmp_path: Path) -> None:
    """Jekyll prints only the page's and layouts' template warnings, never an include's."""
    site = make_site(tmp_path)
    (tmp_path / "_includes" / "x.html").write_text("{{ page.title | | upcase }}")
    assert render(site, "{% include x.html %}", variables={"page": {"title": "T"}}) == "T"
    assert site.warnings == []


def test_warnings_are_logged_on_every_render(tmp_path: Path) -> None:
    """Jekyll's render_liquid prints the cached template's warnings each time it renders it
    (a layout's warning once per page using it; checked with the reference renderer)."""
    site = make_site(tmp_path)
    env = JekyllEnvironment(site)
    for _ in range(2):
        template = env.parse_template("{{ page.title | | upcase }}", "_layouts/d.html")
        assert env.render_template(template, {"page": {"title": "x"}}) == "X"
    assert site.warnings == ['Liquid syntax error (line 1): Expected id but found pipe in '
                             '"{{ page.title | | upcase }}" in _layouts/d.html'] * 2


def test_date_against_time_fails_as_in_ruby(tmp_path: Path) -> None:
    """Date#<=> returns nil for a Time: Comparable raises ``comparison of Date with Time``."""
    site = make_site(tmp_path)
    variables = {"d": dt.date(2024, 1, 1), "t": dt.datetime(2024, 1, 2, tzinfo=dt.UTC)}
    assert render(site, "{% if t > t %}x{% endif %}{% if d < d %}y{% endif %}ok",
                  variables=variables) == "ok"
    with pytest.raises(LiquidException) as info:
        render(site, "{% if d < t %}x{% endif %}", variables=variables)
    assert info.value.message == "Liquid error (line 1): comparison of Date with Time failed"


BLANKS = ('{% assign e = "" %}{% assign arr = "" | split: "," %}[{% if nil == empty %}1{% endif %}'
          '{% if u == empty %}2{% endif %}{% if e == empty %}3{% endif %}{% if nil == blank %}6'
          '{% endif %}{% if false == blank %}7{% endif %}{% if arr == empty %}8{% endif %}'
          '{% if empty == e %}A{% endif %}{% if e != empty %}E{% endif %}'
          '{% if u != empty %}F{% endif %}]')


def test_empty_and_blank_without_active_support(tmp_path: Path) -> None:
    """condition.rb equal_variables: nil does not respond to empty?/blank? (reference build)."""
    assert render(make_site(tmp_path), BLANKS, variables={}) == "[38AF]"


def test_blank_with_jekyll_mentions(tmp_path: Path) -> None:
    """jekyll-mentions loads html-pipeline and so ActiveSupport's blank? (reference build with
    plugins: [jekyll-mentions] renders ``[467]``)."""
    site = make_site(tmp_path)
    site.config["plugins"] = ["jekyll-mentions"]
    source = ('{% assign e = "" %}[{% if e == blank %}4{% endif %}{% if nil == blank %}6'
              '{% endif %}{% if false == blank %}7{% endif %}{% if e != blank %}N{% endif %}]')
    assert render(site, source, variables={}) == "[467]"
