"""jekpy.liquid helpers and filters: Ruby formatting, URLs, dates, and Liquid 4.0.4 rules."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from types import SimpleNamespace

import pytest

from jekpy.liquid import JekyllEnvironment
from jekpy.liquid.filters.uri import normalize, normalize_component
from jekpy.liquid.ruby import float_to_s, inspect, to_s
from jekpy.liquid.rubytime import strftime

UTC = dt.UTC


class Drop(Mapping):
    """A minimal read-only drop, as the pipeline passes for documents."""

    def __init__(self, **data: object) -> None:
        self._data = data

    def __getitem__(self, key: str) -> object:
        return self._data[key]

    def __iter__(self):
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)


def render(tmp_path: Path, source: str, config: dict | None = None, docs: list | None = None,
           **variables: object) -> str:
    """Render ``source`` with a stand-in site rooted at ``tmp_path``."""
    (tmp_path / "_includes").mkdir(exist_ok=True)
    site = SimpleNamespace(config={"timezone": "UTC", **(config or {})}, source=tmp_path,
                           include_dirs=[tmp_path / "_includes"],
                           documents_for_link_tag=lambda: list(docs or []),
                           logger=SimpleNamespace(warn=lambda topic, msg: None))
    env = JekyllEnvironment(site)
    return env.render_template(env.parse_template(source, "index.html"), variables)


@pytest.mark.parametrize(("fmt", "want"), [
    ("%-d %e|%-m|%j", "5  5|1|005"), ("%B %b %^b %A %a", "January Jan JAN Thursday Thu"),
    ("%I:%M %p %P %l", "04:50 AM am  4"), ("%z %:z %Z", "+0000 +00:00 UTC"),
    ("%F %T %D", "2023-01-05 04:50:30 01/05/23"), ("%s %L %N", "1672894230 000 000000000"),
    ("%10A|%-y|%C|%%", "  Thursday|23|20|%"),
])
def test_ruby_strftime(fmt: str, want: str) -> None:
    """Ruby's strftime flags and directives."""
    assert strftime(dt.datetime(2023, 1, 5, 4, 50, 30, tzinfo=UTC), fmt) == want


def test_ruby_to_s_and_inspect() -> None:
    """Output and inspect follow Ruby (arrays joined, hashes inspected, floats with .0)."""
    assert to_s([1, [2, None], "x"]) == "12x"
    assert to_s({"a": 1}) == '{"a"=>1}'
    assert to_s(dt.datetime(2020, 1, 2, tzinfo=UTC)) == "2020-01-02 00:00:00 +0000"
    assert inspect(["a\"b", None, True, 1.5]) == '["a\\"b", nil, true, 1.5]'
    assert float_to_s(100.0) == "100.0" and float_to_s(1e20) == "1.0e+20"


@pytest.mark.parametrize(("url", "want"), [
    ("/blog/../up/x.html", "/up/x.html"), ("HTTPS://Example.COM:443/a b", "https://example.com/a%20b"),
    ("/a%7Eb/%41", "/a~b/A"), ("/s?q=a b&c=d+e#f g", "/s?q=a%20b&c=d+e#f%20g"),
])
def test_addressable_normalize(url: str, want: str) -> None:
    """Addressable::URI#normalize as relative_url/absolute_url use it."""
    assert normalize(url) == want


def test_uri_escape_component() -> None:
    """normalize_component keeps reserved characters and re-encodes the rest."""
    assert normalize_component("/a%20b/%7Euser ü") == "/a%20b/~user%20%C3%BC"


def test_liquid4_truncatewords_and_removed_filters(tmp_path: Path) -> None:
    """4.0.4 truncatewords; Liquid 5 filters are unknown and pass the value through."""
    assert render(tmp_path, "{{ 'a b c d' | truncatewords: 2 }}") == "a b..."
    assert render(tmp_path, "{{ 'a-b-c' | remove_last: '-' }}") == "a-b-c"
    assert render(tmp_path, "{{ 'x' | base64_encode }}") == "x"
    assert render(tmp_path, "{{ '<p>' | h }}") == "&lt;p&gt;"
    assert render(tmp_path, "{{ s | newline_to_br }}", s="a\r\nb") == "a\r<br />\nb"


def test_date_filter_uses_ruby_strftime_and_site_zone(tmp_path: Path) -> None:
    """date keeps the value's offset; Jekyll's filters move it into the site's timezone."""
    when = dt.datetime(2023, 1, 5, 10, 20, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30)))
    out = render(tmp_path, "{{ w | date: '%-d %b %H:%M %z' }}|{{ w | date_to_xmlschema }}",
                 config={"timezone": "America/New_York"}, w=when)
    assert out == "5 Jan 10:20 +0530|2023-01-04T23:50:00-05:00"
    assert render(tmp_path, "{{ 'junk' | date: '%Y' }}") == "junk"


def test_drops_work_in_collection_filters(tmp_path: Path) -> None:
    """Mappings from the pipeline behave as hashes in where, sort, group_by and jsonify."""
    docs = [Drop(title="B", n=2, tags=["x"]), Drop(title="A", n=1, tags=["y", "x"])]
    out = render(tmp_path, "{{ d | where: 'tags', 'x' | sort: 'title' | map: 'title' | join }}"
                 "|{{ d | group_by: 'n' | map: 'name' | join: ',' }}|{{ d.first | jsonify }}",
                 d=docs)
    assert out == 'A B|2,1|{"title":"B","n":2,"tags":["x"]}'


def test_include_relative_and_include_cached(tmp_path: Path) -> None:
    """include_relative reads from the page's folder; include_cached renders once per args."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "part.md").write_text("part {{ include.n }}", encoding="utf-8")
    (tmp_path / "_includes").mkdir()
    (tmp_path / "_includes" / "c.html").write_text("{% increment k %}", encoding="utf-8")
    out = render(tmp_path, "{% include_relative part.md n=1 %}|{% include_cached c.html %}"
                 "{% include_cached c.html %}{% include c.html %}",
                 config={"plugins": ["jekyll-include-cache"]}, page={"path": "docs/page.md"})
    assert out == "part 1|001"


def test_include_cached_needs_the_plugin(tmp_path: Path) -> None:
    """Without jekyll-include-cache in plugins, include_cached is an unknown tag."""
    from jekpy.errors import LiquidException

    with pytest.raises(LiquidException, match="Unknown tag 'include_cached'"):
        render(tmp_path, "{% include_cached c.html %}")


def test_gist_and_comment(tmp_path: Path) -> None:
    """jekyll-gist markup; comment bodies render nothing (unknown tags ignored)."""
    assert render(tmp_path, "{% gist parkr/931c1c8d465a04042403 a.md %}") == (
        '<script src="https://gist.github.com/parkr/931c1c8d465a04042403.js?file=a.md">'
        " </script>")
    assert render(tmp_path, "a{% comment %}{% whatever %}{{ x }}{% endcomment %}b") == "ab"
    assert render(tmp_path, "a{% comment %}{% endif %}{% else %}{% endcomment %}b") == "ab"


def test_post_url_old_style_name(tmp_path: Path) -> None:
    """post_url falls back to date+slug matching for posts in subfolders."""
    post = SimpleNamespace(relative_path="_posts/2020/2020-01-02-hi.md", url="/2020/hi.html",
                           collection_label="posts", basename_without_ext="2020-01-02-hi")
    assert render(tmp_path, "{% post_url 2020-01-02-hi %}", docs=[post]) == "/2020/hi.html"


def test_where_exp_and_group_by_exp(tmp_path: Path) -> None:
    """Expressions see the item under the given name; group names keep their type."""
    out = render(tmp_path, "{{ n | where_exp: 'i', 'i > 1' | join: ',' }}|"
                 "{{ n | group_by_exp: 'i', 'i | modulo: 2' | jsonify }}", n=[1, 2, 3])
    assert out == ('2,3|[{"name":1,"items":[1,3],"size":2},{"name":0,"items":[2],"size":1}]')


def test_lax_fallback_for_output_and_assign(tmp_path: Path) -> None:
    """warn mode reads markup Liquid 4's strict parser rejects the way its lax parser does."""
    out = render(tmp_path, "{% assign t = (tags | split: ',' | first) %}{{ t }}|"
                 "{{ x | 'Undefined value' }}|{{ x | upcase: }}", tags="b,a", x="q")
    assert out == "b|q|Q"


def test_include_name_with_leading_slash(tmp_path: Path) -> None:
    """Ruby's File.join ignores the doubled slash: `/x.html` is found in _includes."""
    (tmp_path / "_includes").mkdir()
    (tmp_path / "_includes" / "x.html").write_text("X", encoding="utf-8")
    assert render(tmp_path, "{% include /x.html %}") == "X"


def test_empty_as_filter_argument_and_drop_to_s(tmp_path: Path) -> None:
    """`empty` as an argument is Liquid 4's MethodLiteral (to_s ''); drops may print themselves."""
    class Doc(Drop):
        def __str__(self) -> str:
            return "<p>output</p>"

    items = [{"n": 1, "t": []}, {"n": 2, "t": [""]}]
    out = render(tmp_path, "{{ i | where: 't', empty | map: 'n' | join }}|{{ d }}|{{ h }}",
                 i=items, d=Doc(title="x"), h={"a": 1})
    assert out == '2|<p>output</p>|{"a"=>1}'


def test_jsonify_collapses_document_neighbours(tmp_path: Path) -> None:
    """previous/next chains end: neighbours collapse to front matter from depth 2."""
    class Doc(Drop):
        pass

    first = Doc(title="1", content="c1", previous=None)
    second = Doc(title="2", content="c2", previous=first)
    third = Doc(title="3", content="c3", previous=second)
    first._data["next"] = second
    second._data["next"] = third
    out = render(tmp_path, "{{ d | jsonify }}", d=second)
    assert out.startswith(
        '{"title":"2","content":"c2","previous":{"title":"1","content":"c1","previous":null,'
        '"next":{"title":"2","content":"c2","previous":{"title":"1"},"next":{"title":"3"}}}')


def test_inspect_of_a_drop_is_pretty_json(tmp_path: Path) -> None:
    """Drop#inspect is JSON.pretty_generate(to_h); hashes use Ruby's inspect."""
    out = render(tmp_path, "{{ d | inspect }}|{{ h | inspect }}", d=Drop(a=[1]), h={"a": 1})
    assert out == '{\n  &quot;a&quot;: [\n    1\n  ]\n}|{&quot;a&quot;=&gt;1}'


@pytest.mark.parametrize(("source", "want"), [
    ("{{ 2.5 | round }}", "3"), ("{{ -2.5 | round }}", "-3"), ("{{ 2.675 | round: 2 }}", "2.68"),
    ("{{ 1250 | round: -2 }}", "1300"), ("{{ '5abc' | plus: 1 }}", "6"),
    ("{{ true | plus: 1 }}", "1"), ("{{ '1e3' | plus: 1 }}", "2"), ("{{ -7.5 | modulo: 2 }}", "0.5"),
    ("{{ 0.1 | plus: 0.2 }}", "0.3"), ("{{ 7 | divided_by: 2 }}", "3"), ("{{ '3.2' | ceil }}", "4"),
    ("{{ 5 | at_least: 7.5 }}", "7.5"), ("{{ 5 | size }}", "8"), ("{{ 1.5 | size }}", "0"),
])
def test_liquid4_math(tmp_path: Path, source: str, want: str) -> None:
    """Utils.to_number and BigDecimal arithmetic as in Liquid 4.0.4."""
    assert render(tmp_path, source) == want


def test_string_filters_use_ruby_to_s(tmp_path: Path) -> None:
    """Filters call Ruby's to_s: arrays inspect, true is "true", times print as Time#to_s."""
    when = dt.datetime(2020, 1, 2, tzinfo=UTC)
    out = render(tmp_path, "{{ x | upcase }}|{{ t | append: '' }}|{{ true | append: '!' }}|"
                 "{{ h | join: ',' }}|{{ n | join: '-' }}|{{ 12345 | slice: 1, 2 }}",
                 x=["a", "b"], t=when, h=[{"a": 1}, True, None], n=[[1, 2], [3]])
    assert out == '["A", "B"]|2020-01-02 00:00:00 +0000|true!|{"a"=>1},true,|1-2-3|23'


def test_lax_conditions_in_warn_mode(tmp_path: Path) -> None:
    """if/elsif/unless markup only Liquid 4's lax parser reads still decides the branch."""
    out = render(tmp_path, "{% if (x) %}1{% endif %}|{% if x == 'a' && nope %}2{% endif %}|"
                 "{% if nope %}3{% elsif (x) %}4{% endif %}", x="a")
    assert out == "1|2|4"
    out = render(tmp_path, "{% for i in site.data/n limit:2 %}{{ i }}{% endfor %}",
                 site={"data": {"n": [1, 2, 3]}})
    assert out == "12"


def test_dates_sort_and_format(tmp_path: Path) -> None:
    """Dates sort among themselves; Date#strftime prints %z as +00:00."""
    days = [{"d": dt.date(2023, 1, 6)}, {"d": dt.date(2023, 1, 5)}]
    out = render(tmp_path, "{{ days | sort: 'd' | map: 'd' | join: ',' }}|{{ day | date: '%H %z' }}",
                 days=days, day=dt.date(2023, 1, 5))
    assert out == "2023-01-05,2023-01-06|00 +00:00"
