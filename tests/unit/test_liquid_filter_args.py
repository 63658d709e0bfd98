"""Filter arguments as Liquid 4.0.4 passes them (lib/liquid/variable.rb, strainer.rb).

``key: value`` arguments arrive as one trailing Hash (``evaluate_filter_expressions``), printed
by Ruby's ``Hash#to_s``; a Ruby ArgumentError becomes ``Liquid error (line N): ...``. Expected
values come from the reference renderer (shared/oracle/pages-build, Liquid 5.4, which passes
keyword arguments the same way) unless a case names the Liquid 4.0.4 source.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from jekpy.errors import LiquidException
from jekpy.liquid import JekyllEnvironment

PAYLOAD = {"site": {"arr": [1, 2], "emptyhash": {}}, "foo": True}


def render(tmp_path: Path, source: str, mode: str = "warn") -> str:
    """Render ``source`` with `PAYLOAD` in the given error mode."""
    site = SimpleNamespace(
        config={"liquid": {"error_mode": mode}}, source=tmp_path, include_dirs=[],
        documents_for_link_tag=list, logger=SimpleNamespace(warn=lambda topic, msg: None))
    env = JekyllEnvironment(site)
    return env.render_template(env.parse_template(source, "index.html"), PAYLOAD)


KEYWORDS = [
    ('{{ "a" | append: y: "b" }}', 'a{"y"=>"b"}'),
    ('{{ "a" | append: y: "b", z: 1 }}', 'a{"y"=>"b", "z"=>1}'),
    ('{{ "a" | append: y: site.arr }}', 'a{"y"=>[1, 2]}'),
    ('{{ "a" | append: y: nil, z: 1.5, w: true }}', 'a{"y"=>nil, "z"=>1.5, "w"=>true}'),
    ('{{ site.arr | join: y: "b" }}', '1{"y"=>"b"}2'),
    ('{{ "a" | append: y: site.emptyhash }}', 'a{"y"=>{}}'),
    # standardfilters.rb v4.0.4 default(input, default_value = ''): the Hash is the default.
    ("{{ false | default: allow_false: true }}", '{"allow_false"=>true}'),
]


@pytest.mark.parametrize("mode", ["warn", "strict"])
@pytest.mark.parametrize(("source", "expected"), KEYWORDS)
def test_keyword_arguments_are_one_trailing_hash(tmp_path: Path, source: str, expected: str,
                                                 mode: str) -> None:
    """Reference build output (both parsers collect keyword arguments the same way)."""
    assert render(tmp_path, source, mode) == expected


WRONG_COUNT = [
    # reference build: "Liquid error (line 1): wrong number of arguments (given 3, expected 2)"
    ('{{ "a" | append: "x", y: "b" }}', "given 3, expected 2"),
    # Liquid 4.0.4 standardfilters.rb default has no allow_false (Liquid 5.0 added it): the
    # trailing Hash is a third argument (Liquid 5.4 renders these).
    ("{{ false | default: 'bar', allow_false: true }}", "given 3, expected 1..2"),
    ("{{ 0 | default: 'bar', allow_false: foo }}", "given 3, expected 1..2"),
    ('{{ false | default: allow_false: false, "bar" }}', "given 3, expected 1..2"),
]


@pytest.mark.parametrize(("source", "counts"), WRONG_COUNT)
def test_extra_hash_argument_is_ruby_argument_error(tmp_path: Path, source: str,
                                                     counts: str) -> None:
    """strainer.rb invoke: Ruby's ArgumentError becomes Liquid::ArgumentError at render."""
    with pytest.raises(LiquidException) as info:
        render(tmp_path, "a\n" + source)
    assert info.value.message == f"Liquid error (line 2): wrong number of arguments ({counts})"
