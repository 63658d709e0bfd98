"""The build command: Jekyll's flags and log lines, atomic writes, errors with file and line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from jekpy.cli import main


def make_site(root: Path, files: dict[str, str | bytes]) -> Path:
    for rel, content in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return root


BASIC = {
    "_config.yml": "title: Test\ntheme: null\n",
    "_layouts/default.html": "<title>{{ page.title }}</title>\n{{ content }}",
    "index.md": "---\nlayout: default\ntitle: Home\n---\n# Hi\n",
    "style.css": "body{}\n",
}


def run(*args: str, env: dict | None = None):
    return CliRunner().invoke(main, list(args), env={"JEKYLL_ENV": "production", **(env or {})})


def test_build_writes_site_and_logs_like_jekyll(tmp_path, monkeypatch):
    src = make_site(tmp_path / "src", BASIC)
    monkeypatch.chdir(src)
    result = run("build")
    assert result.exit_code == 0, result.output
    assert "            Source: " + str(src) in result.output
    assert "       Destination: " + str(src / "_site") in result.output
    assert "done in " in result.output
    assert (src / "_site" / "index.html").read_text() == '<title>Home</title>\n<h1 id="hi">Hi</h1>\n'
    assert (src / "_site" / "style.css").read_text() == "body{}\n"


def test_quiet_prints_nothing(tmp_path):
    src = make_site(tmp_path / "src", BASIC)
    result = run("build", "-q", "-s", str(src), "-d", str(tmp_path / "out"))
    assert result.exit_code == 0
    assert result.output == ""


def test_failed_build_leaves_previous_site_untouched(tmp_path):
    src = make_site(tmp_path / "src", BASIC)
    dest = tmp_path / "out"
    assert run("build", "-s", str(src), "-d", str(dest)).exit_code == 0
    before = (dest / "index.html").read_bytes()
    (src / "broken.html").write_text("---\n---\n{% if x %}never closed\n")
    result = run("build", "-s", str(src), "-d", str(dest))
    assert result.exit_code == 1
    assert "Liquid Exception" in result.output and "broken.html" in result.output
    assert (dest / "index.html").read_bytes() == before
    assert not (dest / "broken.html").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".jekpy")] == []


def test_destination_may_not_contain_the_source(tmp_path):
    src = make_site(tmp_path / "src", BASIC)
    result = run("build", "-s", str(src), "-d", str(tmp_path))
    assert result.exit_code == 1
    assert "Destination directory cannot be or contain the Source directory." in result.output
    assert (src / "index.md").exists()


def test_keep_files_survive_a_rebuild(tmp_path):
    src = make_site(tmp_path / "src", {**BASIC, "_config.yml": "theme: null\nkeep_files: [.git, keep.txt]\n"})
    dest = tmp_path / "out"
    dest.mkdir()
    (dest / "keep.txt").write_text("mine")
    (dest / ".git").mkdir()
    (dest / ".git" / "HEAD").write_text("ref")
    (dest / "stale.html").write_text("old")
    assert run("build", "-s", str(src), "-d", str(dest)).exit_code == 0
    assert (dest / "keep.txt").read_text() == "mine"
    assert (dest / ".git" / "HEAD").read_text() == "ref"
    assert not (dest / "stale.html").exists()


def test_config_flag_merges_files_and_baseurl_flag_overrides(tmp_path):
    src = make_site(tmp_path / "src", {**BASIC, "index.md": "---\n---\n{{ site.title }} {{ site.baseurl }}\n"})
    extra = tmp_path / "extra.yml"
    extra.write_text("title: Extra\nbaseurl: /cfg\n")
    dest = tmp_path / "out"
    result = run("build", "-s", str(src), "-d", str(dest), "--config", f"{src / '_config.yml'},{extra}", "--baseurl", "/flag")
    assert result.exit_code == 0, result.output
    # jekyll-default-layout (on for every Pages build) puts the page in `default`
    assert (dest / "index.html").read_text() == "<title></title>\n<p>Extra /flag</p>\n"


def test_drafts_and_future_flags(tmp_path):
    files = {
        **BASIC,
        "_config.yml": "theme: null\ntime: 2024-06-01 12:00:00 +0000\n",
        "_drafts/idea.md": "---\ntitle: Idea\n---\nx\n",
        "_posts/2030-01-01-later.md": "---\n---\ny\n",
    }
    src = make_site(tmp_path / "src", files)
    plain = tmp_path / "plain"
    assert run("build", "-s", str(src), "-d", str(plain)).exit_code == 0
    assert not (plain / "2030").exists()
    both = tmp_path / "both"
    assert run("build", "-s", str(src), "-d", str(both), "--drafts", "--future").exit_code == 0
    assert (both / "2030" / "01" / "01" / "later.html").exists()
    assert any(p.name == "idea.html" for p in both.rglob("*.html"))


@pytest.mark.parametrize(
    ("files", "message", "where"),
    [
        ({"_config.yml": "title: [oops\n"}, "(_config.yml):", "_config.yml:2"),
        ({"_posts/2024-01-01-x.md": "---\ndate: not-a-date\n---\n"}, "Invalid date 'not-a-date'", "_posts/2024-01-01-x.md"),
        ({"bad.md": b"---\n---\ncaf\xe9\n"}, "invalid byte sequence in UTF-8", "bad.md:3"),
        ({"x.html": "---\n---\n{% include nope.html %}\n"}, "Could not locate the included file 'nope.html'", "x.html"),
        ({"x.html": "---\n---\n{% frobnicate %}\n"}, "Unknown tag 'frobnicate'", "x.html"),
        ({"_layouts/default.html": "{% for x in y %}\n"}, "'for' tag was never closed", "_layouts/default.html"),
    ],
)
def test_bad_input_fails_with_location(tmp_path, files, message, where):
    src = make_site(tmp_path / "src", {**BASIC, **files})
    dest = tmp_path / "out"
    result = run("build", "-s", str(src), "-d", str(dest))
    assert result.exit_code == 1, result.output
    assert message in result.output
    assert where in result.output
    assert not dest.exists()


def test_missing_layout_is_a_warning_like_jekyll(tmp_path):
    src = make_site(tmp_path / "src", {**BASIC, "index.md": "---\nlayout: nope\n---\nhi\n"})
    result = run("build", "-s", str(src), "-d", str(tmp_path / "out"))
    assert result.exit_code == 0
    assert "Build Warning: Layout 'nope' requested in index.md does not exist." in result.output
    assert (tmp_path / "out" / "index.html").read_text() == "<p>hi</p>\n"


def test_trace_shows_the_traceback(tmp_path):
    src = make_site(tmp_path / "src", {**BASIC, "x.html": "---\n---\n{% frobnicate %}\n"})
    result = run("build", "--trace", "-s", str(src), "-d", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert "Traceback" in result.output


def test_python_dash_m_runs_the_cli(tmp_path):
    src = make_site(tmp_path / "src", BASIC)
    env = {**os.environ, "JEKYLL_ENV": "production"}
    proc = subprocess.run([sys.executable, "-m", "jekpy", "build", "-q"], cwd=src, env=env, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert (src / "_site" / "index.html").exists()


def test_default_destination_is_site_in_the_working_folder(tmp_path, monkeypatch):
    # Jekyll's DEFAULTS: destination = File.join(Dir.pwd, "_site"), whatever -s says.
    src = make_site(tmp_path / "src", BASIC)
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    assert run("build", "-q", "-s", str(src)).exit_code == 0
    assert (work / "_site" / "index.html").exists()
    assert not (src / "_site").exists()


def test_profile_prints_a_table_of_templates(tmp_path):
    src = make_site(tmp_path / "src", BASIC)
    result = run("build", "--profile", "-s", str(src), "-d", str(tmp_path / "out"))
    assert result.exit_code == 0
    assert "Filename" in result.output and "_layouts/default.html" in result.output


def test_string_filters_print_arrays_as_ruby_inspect(tmp_path):
    # Jekyll 3.10 filters call input.to_s, which for an Array is its inspect (checked with the reference)
    page = "---\nlayout: none\nauthor: [Bart Simpson, Nelson]\n---\n{{ page.author | xml_escape }}|{{ page.author }}\n"
    src = make_site(tmp_path / "src", {**BASIC, "authors.html": page})
    assert run("build", "-q", "-s", str(src), "-d", str(tmp_path / "out")).exit_code == 0
    assert (tmp_path / "out" / "authors.html").read_text() == "[&quot;Bart Simpson&quot;, &quot;Nelson&quot;]|Bart SimpsonNelson\n"
