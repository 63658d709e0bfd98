"""Bad templates: each error names the file and line, worded as Jekyll 3.10 / Liquid 4.0.4 do."""

from __future__ import annotations

import os
from pathlib import Path
from types import SimpleNamespace

import pytest

from jekpy.errors import LiquidException
from jekpy.liquid import JekyllEnvironment

FM_LINES = 3  # "---", "title: x", "---"


def make_site(tmp_path: Path, liquid: dict | None = None,
              files: dict[str, str] | None = None) -> SimpleNamespace:
    """A site folder holding ``files`` (relative path -> text)."""
    for name, text in (files or {}).items():
        target = tmp_path / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    (tmp_path / "_includes").mkdir(exist_ok=True)
    warnings: list[tuple[str, str]] = []
    config = {"safe": True, "liquid": liquid or {"error_mode": "warn", "strict_filters": False,
                                                 "strict_variables": False}}
    return SimpleNamespace(
        config=config, source=tmp_path, include_dirs=[tmp_path / "_includes"],
        documents_for_link_tag=list, warnings=warnings,
        logger=SimpleNamespace(warn=lambda topic, msg: warnings.append((topic, msg))))


def render_error(site: SimpleNamespace, source: str, path: str = "index.md") -> LiquidException:
    """The LiquidException raised when parsing or rendering ``source`` (FM_LINES of front matter)."""
    env = JekyllEnvironment(site)
    with pytest.raises(LiquidException) as info:
        template = env.parse_template(source, path, line_offset=FM_LINES)
        env.render_template(template, {"page": {"path": path}, "site": {}})
    return info.value


CASES = [
    # (name, template, message start, body line). Messages carry Liquid's line, counted in
    # the body and at the end of the tag (Jekyll's wording); err.line is the real file line.
    ("unclosed if", "a\n{% if x %}\nb", "Liquid syntax error (line 3): 'if' tag was never closed", 2),
    ("unclosed for", "{% for i in x %}", "Liquid syntax error (line 1): 'for' tag was never closed", 1),
    ("unknown tag", "x\n\n{% foo %}", "Liquid syntax error (line 3): Unknown tag 'foo'", 3),
    # Liquid 4.0.4 block_body.rb sets parse_context.line_number after each token, so a tag
    # reports the line it starts on (checked with Liquid 4.0.4's lib; Liquid 5.4, the
    # reference, says line 2 here).
    ("multi-line tag: Liquid 4 reports the line it starts on", "{% foo\n   bar %}",
     "Liquid syntax error (line 1): Unknown tag 'foo'", 1),
    ("multi-line output, render error", "a\n{{ 1 |\n divided_by: 0 }}",
     "Liquid error (line 2): divided by 0", 2),
    ("render is Liquid 5", "{% render 'a' %}", "Liquid syntax error (line 1): Unknown tag 'render'", 1),
    ("echo is Liquid 5", "{% echo 'a' %}", "Liquid syntax error (line 1): Unknown tag 'echo'", 1),
    ("inline comment is Liquid 5", "{% # note %}", "Liquid syntax error (line 1): Unknown tag '#'", 1),
    ("liquid tag is Liquid 5", "\n{% liquid assign a = 1 %}",
     "Liquid syntax error (line 2): Unknown tag 'liquid'", 2),
    ("stray endif", "{% endif %}", "Liquid syntax error (line 1): Unknown tag 'endif'", 1),
    ("raw never closed", "{% raw %}x{%- endraw %}",
     "Liquid syntax error (line 1): 'raw' tag was never closed", 1),
    ("unterminated variable", "ok\n{{ page.title ",
     "Liquid syntax error (line 2): Variable '{{ page.title ' was not properly terminated", 2),
    ("bad filter argument", "\n{{ 'abc' | truncate: 'x' }}", "Liquid error (line 2):", 2),
    ("number_of_words takes no argument", "{{ 'a b' | number_of_words: 'cjk' }}",
     "Liquid error (line 1): wrong number of arguments (given 2, expected 1)", 1),
    ("filter missing its argument", "{{ 'x' | prepend 'P' }}",
     "Liquid error (line 1): wrong number of arguments (given 1, expected 2)", 1),
    ("filter with too many arguments", "{{ 'x' | truncate: 1, 'a', 'b' }}",
     "Liquid error (line 1): wrong number of arguments (given 4, expected 1..3)", 1),
    ("filter argument not an integer", "{{ 'x' | truncate: 'a' }}",
     "Liquid error (line 1): invalid integer", 1),
    ("where_exp with or", "{{ a | where_exp: 'i', 'i == 1 or i == 2' }}",
     "Liquid syntax error (line 1): Expected end_of_string but found id", 1),
    ("sort nil", "\n\n{{ nothing | sort }}", "Liquid error (line 3): Cannot sort a null object.", 3),
    ("invalid date", "{{ 'not a date' | date_to_xmlschema }}",
     "Invalid Date: '\"not a date\"' is not a valid datetime.", 1),
    ("include missing file", "{% include nope.html %}",
     "Could not locate the included file 'nope.html' in any of [", 1),
    ("include escaping _includes", "\n{% include ../secret.html %}",
     "Invalid syntax for include tag. File contains invalid characters or sequences:", 2),
    ("include bad parameters", "{% include a.html name==x %}",
     "Invalid syntax for include tag:\n\n  name==x", 1),
    ("include_relative escaping the page folder", "{% include_relative ../x.md %}",
     "Invalid syntax for include tag. File contains invalid characters or sequences:", 1),
    ("post_url bad name", "{% post_url not-a-post %}",
     "Could not parse name of post \"not-a-post\" in tag 'post_url'.", 1),
    ("link missing", "{% link nope.md %}", "Could not find document 'nope.md' in tag 'link'.", 1),
    ("for without collection (lax parser rejects it too)", "\n{% for x %}{% endfor %}",
     "Liquid syntax error (line 2): Syntax Error in 'for loop' - Valid syntax: for [item] in", 2),
    ("capture without a name", "{% capture %}x{% endcapture %}",
     "Liquid syntax error (line 1): Syntax Error in 'capture' - Valid syntax: capture [var]", 1),
    ("if without a condition", "\n\n{% if %}x{% endif %}",
     "Liquid syntax error (line 3): Syntax Error in tag 'if' - Valid syntax: if [expression]", 3),
    ("highlight bad options", "{% highlight ruby a=b=c %}x{% endhighlight %}",
     "Syntax Error in tag 'highlight' while parsing the following markup:", 1),
]


@pytest.mark.parametrize(("name", "source", "message", "body_line"), CASES,
                         ids=[c[0] for c in CASES])
def test_bad_template(tmp_path: Path, name: str, source: str, message: str,
                      body_line: int) -> None:
    """The message reads like Jekyll's and the error points at the file and real line."""
    err = render_error(make_site(tmp_path), source)
    assert err.message.startswith(message), (name, err.message)
    assert err.path == "index.md"
    assert err.line == body_line + FM_LINES


def test_error_inside_include_names_both_files(tmp_path: Path) -> None:
    """Jekyll's `... (include line N): ... included` plus the page's include line."""
    site = make_site(tmp_path, files={"_includes/bad.html": "ok\n{% oops %}\n"})
    err = render_error(site, "a\n{% include bad.html %}")
    assert err.message == (f"Liquid syntax error ({tmp_path}/_includes/bad.html line 2): "
                           "Unknown tag 'oops' included")
    assert (err.path, err.line) == ("index.md", 2 + FM_LINES)
    assert (err.include_path, err.include_line) == ("_includes/bad.html", 2)


def test_render_error_inside_nested_include(tmp_path: Path) -> None:
    """A render error two includes deep names the innermost file and the page's outer tag."""
    site = make_site(tmp_path, files={"_includes/outer.html": "{% include inner.html %}",
                                      "_includes/inner.html": "\n\n{{ nothing | sort }}"})
    err = render_error(site, "\n\n{% include outer.html %}")
    assert err.message == (f"Liquid error ({tmp_path}/_includes/inner.html line 3): Cannot sort a "
                           "null object. included")
    assert err.line == 3 + FM_LINES


def test_include_recursion_stops(tmp_path: Path) -> None:
    """An include that includes itself ends with a clear error instead of a crash."""
    site = make_site(tmp_path, files={"_includes/loop.html": "x{% include loop.html %}"})
    err = render_error(site, "{% include loop.html %}")
    assert "Nesting too deep" in err.message
    assert err.include_path == "_includes/loop.html"


def test_symlink_out_of_includes_rejected_in_safe_mode(tmp_path: Path) -> None:
    """Safe mode refuses an include whose real path leaves _includes."""
    site = make_site(tmp_path, files={"secret.txt": "top secret"})
    os.symlink(tmp_path / "secret.txt", tmp_path / "_includes" / "link.html")
    err = render_error(site, "{% include link.html %}")
    assert "not a symlink as those are not allowed in safe mode" in err.message


def test_strict_filters_and_variables(tmp_path: Path) -> None:
    """strict_filters / strict_variables raise Liquid 4's undefined filter / variable errors."""
    site = make_site(tmp_path, liquid={"error_mode": "strict", "strict_filters": True,
                                       "strict_variables": True})
    err = render_error(site, "{{ 'a' | nope }}")
    assert err.message == "Liquid error (line 1): undefined filter nope"
    err = render_error(site, "\n{{ missing }}")
    assert err.message == "Liquid error (line 2): undefined variable missing"
    err = render_error(site, "{{ page.nokey }}")
    assert err.message == "Liquid error (line 1): undefined variable nokey"


def test_unknown_filter_passes_value_through_when_lax(tmp_path: Path) -> None:
    """Jekyll 4's `find` is unknown on Pages: the input comes out unchanged."""
    env = JekyllEnvironment(make_site(tmp_path))
    template = env.parse_template("{{ 'x' | find: 'a', 'b' }}", "index.md")
    assert env.render_template(template, {}) == "x"


def test_warn_mode_logs_once_with_file_and_line(tmp_path: Path) -> None:
    """In warn mode a markup error is a warning naming file and line, logged once."""
    site = make_site(tmp_path)
    env = JekyllEnvironment(site)
    source = "a\n{{ x | | y }}"
    env.render_template(env.parse_template(source, "index.md", line_offset=FM_LINES), {})
    env.parse_template(source + " ", "index.md", line_offset=FM_LINES)
    assert len(site.warnings) == 1
    topic, text = site.warnings[0]
    assert topic == "Liquid Warning:"
    assert text.startswith("Liquid syntax error (line 2):") and text.endswith("in index.md")


def test_strict_mode_raises_on_markup_error(tmp_path: Path) -> None:
    """error_mode strict turns the same markup error into an exception."""
    site = make_site(tmp_path, liquid={"error_mode": "strict"})
    err = render_error(site, "a\n{{ x | | y }}")
    assert err.message.startswith("Liquid syntax error (line 2):")
