"""Jekyll's drops compare by identity under ``uniq`` (no eql?/hash of their own), one drop per
document (``Document#to_liquid`` is cached): a document pushed twice is one item, and comparing
never walks the drop's contents (which reach the site and back: sighingnow/jekyll-gitbook's
search index did ``push: post | uniq`` in a loop)."""

from pathlib import Path

from jekpy.build import build

TEMPLATE = """---
---
{%- assign index = "" | split: "" -%}
{%- for post in site.posts -%}{%- assign index = index | push: post | uniq -%}{%- endfor -%}
{%- assign index = index | push: site.posts.first | uniq -%}
[{{ index | size }}] [{{ site | size }}] [{{ index | map: "title" | join: "," }}]
"""


def test_uniq_of_documents_is_by_identity(tmp_path: Path) -> None:
    src = tmp_path / "src"
    (src / "_posts").mkdir(parents=True)
    (src / "_config.yml").write_text("theme: null\n", encoding="utf-8")
    for day in (1, 2, 3):
        (src / "_posts" / f"2024-01-0{day}-p{day}.md").write_text(
            f"---\ntitle: P{day}\n---\nSame body.\n", encoding="utf-8")
    (src / "index.html").write_text(TEMPLATE, encoding="utf-8")
    build(src, tmp_path / "site")
    assert (tmp_path / "site" / "index.html").read_text(encoding="utf-8") == "[3] [0] [P3,P2,P1]\n"
