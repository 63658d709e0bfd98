"""Front matter splitting keeps the body byte for byte (jekyll v3.10.0 lib/jekyll/document.rb)."""

from __future__ import annotations

import pytest

from jekpy.errors import FrontMatterError
from jekpy.front_matter import decode, has_yaml_header, split


def test_body_bytes_survive():
    # Jekyll's `\s*$\n?` after the closing dashes also eats one blank line (checked with Ruby).
    text = "---\ntitle: x\n---\n\n  indented\n\n\ntrailing   \n"
    parsed = split(text, "a.md")
    assert parsed.content == "  indented\n\n\ntrailing   \n"
    assert parsed.data == {"title": "x"}
    assert parsed.body_line == 5


def test_empty_and_dots_closing():
    assert split("---\n---\nbody", "a.md").data == {}
    parsed = split("---\na: 1\n...\nbody", "a.md")
    assert (parsed.data, parsed.content) == ({"a": 1}, "body")


def test_absent_front_matter():
    parsed = split("just text\n", "a.md")
    assert parsed.has_front_matter is False
    assert parsed.content == "just text\n"


def test_crlf_front_matter():
    parsed = split("---\r\ntitle: x\r\n---\r\nbody\r\n", "a.md")
    assert parsed.data == {"title": "x"}
    assert parsed.content == "body\r\n"


def test_bad_yaml_names_file_and_line_and_keeps_body():
    with pytest.raises(FrontMatterError) as err:
        split("---\ntitle: ok\nlist: [1, 2\n---\nbody\n", "posts/a.md")
    assert err.value.path == "posts/a.md"
    assert err.value.line == 4
    assert "YAML Exception reading posts/a.md" in err.value.message
    assert err.value.parsed.content == "body\n"


def test_front_matter_must_be_a_mapping():
    with pytest.raises(FrontMatterError, match="expected a mapping"):
        split("---\n- a\n- b\n---\n", "x.md")


def test_invalid_utf8_names_the_line():
    with pytest.raises(FrontMatterError) as err:
        decode(b"ok\nok\nbad \xff\n", "latin1.md")
    assert err.value.line == 3
    assert "invalid byte sequence in UTF-8" in str(err.value)


def test_bom_is_dropped():
    assert decode(b"\xef\xbb\xbf---\n", "a.md") == "---\n"


def test_has_yaml_header(tmp_path):
    yes = tmp_path / "a.md"
    yes.write_text("---  \nx: 1\n---\n")
    no = tmp_path / "b.md"
    no.write_text("--- x\n")
    empty = tmp_path / "c.md"
    empty.write_text("")
    assert has_yaml_header(yes) and not has_yaml_header(no) and not has_yaml_header(empty)
