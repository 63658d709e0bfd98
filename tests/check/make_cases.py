"""Write the tiny broken sites of tests/check/cases (and, with --regen, their expected.json).

Each case is ``cases/<name>/site/`` plus ``expected.json`` (exit code, arguments and every
problem with its file, line, column and message). Expected files are reviewed by hand after
``python tests/check/make_cases.py --regen`` (``--expected-only`` keeps the site folders); the
test never regenerates them.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CASES = HERE / "cases"

CONFIG = "theme: null\n"
LAYOUT = "<html><body>{{ content }}</body></html>\n"
BASE = {"_config.yml": CONFIG, "_layouts/default.html": LAYOUT}


def page(front: str, body: str = "Hello.\n") -> str:
    """A file with front matter."""
    return f"---\n{front}---\n{body}"


def cfg(extra: str) -> dict:
    """A site whose _config.yml adds ``extra``."""
    return {"_config.yml": CONFIG + extra, "_layouts/default.html": LAYOUT, "index.md": page("layout: default\n")}


SCHEMA_PAGE = json.dumps({"type": "object", "required": ["title"],
                          "properties": {"title": {"type": "string"},
                                         "meta": {"type": "object", "properties": {"year": {"type": "integer"}}}}},
                         indent=2)
SCHEMA_DATA = json.dumps({"type": "array", "items": {"type": "object", "required": ["name", "url"],
                                                     "properties": {"url": {"type": "string", "format": "uri"}}}},
                         indent=2)
SCHEMA_CFG = ("jekpy:\n  schemas:\n    - scope: {path: \"\", type: pages}\n      schema: _schemas/page.json\n"
              "    - scope: {path: _data/links.yml}\n      schema: _schemas/links.json\n")
SCHEMA_FILES = {"_schemas/page.json": SCHEMA_PAGE, "_schemas/links.json": SCHEMA_DATA}

SPECS: dict[str, dict] = {
    # -- _config.yml -----------------------------------------------------------------------
    "config_yaml_syntax": {"_config.yml": "theme: null\ntitle: [unclosed\nurl: x\n"},
    "config_yaml_tab": {"_config.yml": "theme: null\n\tfoo: bar\n"},
    "config_not_mapping": {"_config.yml": "- a\n- b\n"},
    "config_duplicate_key": cfg("title: a\ntitle: b\n"),
    "config_duplicate_key_strict": {**cfg("title: a\ntitle: b\n"), "args": ["--strict"]},
    "config_exclude_type": cfg("exclude: 5\n"),
    "config_permalink_type": cfg("permalink: [a, b]\n"),
    "config_paginate_string": cfg("paginate: \"5\"\n"),
    "config_future_string": cfg("future: \"no\"\n"),
    "config_collections_type": cfg("collections: recipes\n"),
    "config_collection_meta": cfg("collections:\n  recipes: true\n"),
    "config_defaults_not_list": cfg("defaults:\n  scope: {path: \"\"}\n"),
    "config_defaults_entry": cfg("defaults:\n  - just text\n"),
    "config_defaults_no_values": cfg("defaults:\n  - scope: {path: \"\"}\n"),
    "config_defaults_scope_glob_key": cfg("defaults:\n  - scope: {path: \"\", glob: \"*.md\"}\n    values: {layout: default}\n"),
    "config_misspelled_permalink": cfg("permlink: pretty\n"),
    "config_misspelled_exclude": cfg("exlude: [drafts]\n"),
    "config_misspelled_baseurl": cfg("base_url: /blog\n"),
    "config_liquid_error_mode": cfg("liquid:\n  error_mode: loud\n"),
    "config_kramdown_hard_wrap": cfg("kramdown:\n  hard_wrap: \"yes\"\n"),
    "config_sass_style_type": cfg("sass:\n  style: 3\n"),
    "config_deprecated_gems": cfg("gems: [jekyll-feed]\n"),
    "config_relative_permalinks": cfg("relative_permalinks: true\n"),
    "config_invalid_utf8": {"_config.yml": b"theme: null\ntitle: caf\xe9\n"},
    # -- what Pages overrides ----------------------------------------------------------------
    "pages_plugins_dir": {**cfg(""), "_plugins/hello.rb": "puts 'hi'\n"},
    "pages_plugin_not_whitelisted": cfg("plugins:\n  - jekyll-feed\n  - jekyll-archives\n"),
    "pages_markdown_redcarpet": cfg("markdown: redcarpet\n"),
    "pages_safe_false": cfg("safe: false\n"),
    "pages_highlighter_pygments": cfg("highlighter: pygments\n"),
    "pages_theme_unknown": {"_config.yml": "theme: jekyll-theme-fancy\n", "index.md": page("title: x\n")},
    "pages_kramdown_math": cfg("kramdown:\n  math_engine: katex\n"),
    "pages_lsi": cfg("lsi: true\n"),
    "pages_whitelist": cfg("whitelist: [jekyll-archives]\n"),
    # -- front matter --------------------------------------------------------------------------
    "fm_yaml_syntax": {**BASE, "index.md": page("layout: default\ntitle: a: b\n")},
    "fm_yaml_bad_indent": {**BASE, "about.md": page("title: x\n  tags: [a]\n")},
    "fm_unclosed": {**BASE, "index.md": "---\nlayout: default\ntitle: x\nbody text\n"},
    "fm_not_mapping": {**BASE, "index.md": page("- a\n- b\n")},
    "fm_duplicate_key": {**BASE, "index.md": page("layout: default\ntitle: a\ntitle: b\n")},
    "fm_bad_delimiter": {**BASE, "index.md": "-- \ntitle: x\n--\nHello\n"},
    "fm_delimiter_trailing_text": {**BASE, "index.md": "--- title: x\nHello\n"},
    "fm_delimiter_leading_space": {**BASE, "index.md": " ---\nlayout: default\n---\nHello\n"},
    "fm_layout_missing": {**BASE, "index.md": page("layout: defualt\n")},
    "fm_misspelled_keys": {**BASE, "index.md": page("layuot: default\npermlink: /home/\npublshed: false\n"),
                           "about.md": page("layout: default\nlayouts: [a]\n")},
    "fm_layout_type": {**BASE, "index.md": page("layout: [default]\n")},
    "fm_permalink_type": {**BASE, "index.md": page("layout: default\npermalink: 5\n")},
    "fm_permalink_empty": {**BASE, "index.md": page("layout: default\npermalink: \"\"\n")},
    "fm_published_string": {**BASE, "draft.md": page("layout: default\npublished: \"false\"\n")},
    "fm_published_number": {**BASE, "draft.md": page("layout: default\npublished: 0\n")},
    "fm_page_date_invalid": {**BASE, "index.md": page("layout: default\ndate: yesterday\n")},
    "fm_categories_mapping": {**BASE, "index.md": page("layout: default\ncategories:\n  a: 1\n")},
    "fm_tags_nested": {**BASE, "index.md": page("layout: default\ntags:\n  - [a, b]\n")},
    "fm_redirect_from_mapping": {**BASE, "index.md": page("layout: default\nredirect_from:\n  old: /x/\n")},
    "fm_sitemap_string": {**BASE, "index.md": page("layout: default\nsitemap: \"false\"\n")},
    "fm_render_with_liquid": {**BASE, "index.md": page("layout: default\nrender_with_liquid: false\n")},
    "fm_invalid_utf8": {**BASE, "index.md": b"---\nlayout: default\n---\nCaf\xe9\n"},
    "fm_layout_chain_missing": {**BASE, "_layouts/post.html": page("layout: base\n", "{{ content }}\n"),
                                "index.md": page("layout: post\n")},
    "post_date_invalid": {**BASE, "_posts/2020-01-01-a.md": page("layout: default\ndate: not a date\n")},
    "post_date_impossible": {**BASE, "_posts/2020-01-01-a.md": page("layout: default\ndate: 2020-02-30\n")},
    "post_filename_bad_date": {**BASE, "_posts/2020-13-01-a.md": page("layout: default\n")},
    "post_filename_no_date": {**BASE, "_posts/hello.md": page("layout: default\n")},
    "draft_problems_are_warnings": {**BASE, "_drafts/idea.md": page("layout: nope\ntitle: [x\n", "{% if %}\n"),
                                    "_drafts/other.md": page("layout: nope\n", "{% echo 1 %}\n")},
    "unpublished_and_future_are_warnings": {**BASE, "secret.md": page("layout: default\npublished: false\n", "{% if x %}\n"),
                                            "_posts/2999-01-01-later.md": page("layout: default\n", "{% echo 1 %}\n"),
                                            "_posts/2020-01-01-now.md": page("layout: default\n", "{% echo 1 %}\n")},
    "remote_theme_not_checked": {"_config.yml": CONFIG + "remote_theme: pmarsceill/just-the-docs\n",
                                 "index.md": page("layout: docs\n", "{% include nav.html %}\n")},
    "post_yaml_syntax": {**BASE, "_posts/2020-01-01-a.md": page("layout: default\ntitle: \"unterminated\n")},
    "collection_doc_yaml": {"_config.yml": CONFIG + "collections:\n  recipes:\n    output: true\n",
                            "_layouts/default.html": LAYOUT,
                            "_recipes/soup.md": page("layout: default\ntitle: [soup\n")},
    "layout_front_matter_yaml": {"_config.yml": CONFIG, "_layouts/default.html": page("a: b: c\n", LAYOUT),
                                 "index.md": page("layout: default\n")},
    # -- _data ---------------------------------------------------------------------------------
    "data_yaml_syntax": {**BASE, "_data/people.yml": "- name: a\n  role: [x\n"},
    "data_json_syntax": {**BASE, "_data/people.json": "[{\"name\": \"a\"},\n {\"name\": \"b\"\n]\n"},
    "data_json_trailing_comma": {**BASE, "_data/people.json": "[{\"name\": \"a\",}]\n"},
    "data_duplicate_key": {**BASE, "_data/site.yml": "name: a\nname: b\n"},
    # -- schemas -------------------------------------------------------------------------------
    "schema_required_missing": {"_config.yml": CONFIG + SCHEMA_CFG, **SCHEMA_FILES, "_layouts/default.html": LAYOUT,
                                "index.md": page("layout: default\n")},
    "schema_wrong_type": {"_config.yml": CONFIG + SCHEMA_CFG, **SCHEMA_FILES, "_layouts/default.html": LAYOUT,
                          "index.md": page("layout: default\ntitle: Home\nmeta:\n  year: \"2020\"\n")},
    "schema_data_file": {"_config.yml": CONFIG + SCHEMA_CFG, **SCHEMA_FILES, "_layouts/default.html": LAYOUT,
                         "index.md": page("layout: default\ntitle: Home\n"),
                         "_data/links.yml": "- name: Blog\n  url: https://example.com\n- name: Missing url\n"},
    "schema_file_missing": {**BASE, "_config.yml": CONFIG + "jekpy:\n  schemas:\n    - scope: {type: pages}\n      schema: _schemas/nope.json\n",
                            "index.md": page("layout: default\n")},
    "schema_invalid_schema": {"_config.yml": CONFIG + "jekpy:\n  schemas:\n    - schema: _schemas/bad.json\n",
                              "_schemas/bad.json": "{\"type\": \"thing\"}\n", **{"_layouts/default.html": LAYOUT},
                              "index.md": page("layout: default\n")},
    "schema_scope_posts": {"_config.yml": CONFIG + "jekpy:\n  schemas:\n    - scope: {type: posts}\n      schema: _schemas/post.json\n",
                           "_schemas/post.json": json.dumps({"type": "object", "required": ["author"]}),
                           "_layouts/default.html": LAYOUT, "index.md": page("layout: default\n"),
                           "_posts/2020-01-01-a.md": page("layout: default\ntitle: A\n")},
    "schema_config_not_list": {**BASE, "_config.yml": CONFIG + "jekpy:\n  schemas: _schemas/page.json\n",
                               "index.md": page("layout: default\n")},
    "schema_defaults_satisfy": {"_config.yml": CONFIG + SCHEMA_CFG + "defaults:\n  - scope: {path: \"\"}\n    values: {title: From defaults}\n",
                                **SCHEMA_FILES, "_layouts/default.html": LAYOUT,
                                "index.md": page("layout: default\nmeta: {year: nope}\n")},
    # -- templates ----------------------------------------------------------------------------
    "liquid_unknown_tag": {**BASE, "index.md": page("layout: default\n", "Hi\n{% frobnicate %}\n")},
    "liquid_render_tag": {**BASE, "index.md": page("layout: default\n", "{% render 'x.html' %}\n")},
    "liquid_echo_tag": {**BASE, "_layouts/default.html": "<html>\n{% echo content %}\n</html>\n",
                        "index.md": page("layout: default\n")},
    "liquid_unclosed_if": {**BASE, "index.md": page("layout: default\n", "a\n{% if page.title %}\nb\n")},
    "liquid_unclosed_output": {**BASE, "index.md": page("layout: default\n", "a {{ page.title \n")},
    "liquid_stray_endif": {"_config.yml": CONFIG, "_layouts/default.html": "<html>\n{{ content }}\n{% endif %}\n</html>\n",
                           "index.md": page("layout: default\n")},
    "liquid_error_in_include": {**BASE, "_includes/nav.html": "<nav>\n{% for x in site.pages %}\n</nav>\n",
                                "index.md": page("layout: default\n", "{% include nav.html %}\n")},
    "liquid_seo_without_plugin": {**BASE, "_layouts/default.html": "<head>{% seo %}</head>{{ content }}\n",
                                  "index.md": page("layout: default\n")},
    "liquid_several_errors": {**BASE, "a.md": page("layout: default\n", "{% echo 1 %}\n"),
                              "b.md": page("layout: default\n", "{% if x %}\n"),
                              "c.html": page("layout: default\n", "{% include missing.html %}\n")},
    "liquid_warn_mode": {**BASE, "_includes/x.html": "a\nb\n{{ page.title | | downcase }}\n",
                         "index.md": page("layout: default\n", "line4\n{{ page.title | | upcase }}\n{% include x.html %}\n")},
    "include_missing": {**BASE, "index.md": page("layout: default\n", "Text\n\n{% include footer.html %}\n")},
    "include_missing_unreached": {**BASE, "index.md": page("layout: default\n", "{% if site.nothing %}\n{% include nope.html %}\n{% endif %}\n")},
    "include_missing_nested": {**BASE, "_includes/outer.html": "<div>\n{% include inner.html %}\n</div>\n",
                               "index.md": page("layout: default\n", "{% include outer.html %}\n")},
    "include_relative_missing": {**BASE, "docs/index.md": page("layout: default\n", "{% include_relative parts/intro.md %}\n")},
    "include_in_layout_missing": {"_config.yml": CONFIG, "_layouts/default.html": "<html>\n  {% include head.html %}\n{{ content }}</html>\n",
                                  "index.md": page("layout: default\n")},
    "sass_syntax_error": {**BASE, "index.md": page("layout: default\n"),
                          "assets/site.scss": "---\n---\nbody {\n  color: red;\n  a { color: blue; }\n"},
    "sass_import_missing": {**BASE, "index.md": page("layout: default\n"),
                            "assets/site.scss": "---\n---\n@import \"colors\";\nbody { color: $fg; }\n"},
    # -- output --------------------------------------------------------------------------------
    "link_broken": {**BASE, "index.md": page("layout: default\n", "See [the docs](/docs/).\n")},
    "link_relative_broken": {**BASE, "blog/index.html": page("layout: default\n", "<a href=\"../archive.html\">old</a>\n")},
    "image_broken": {**BASE, "index.md": page("layout: default\n", "![logo](/assets/logo.png)\n")},
    "stylesheet_missing": {"_config.yml": CONFIG,
                           "_layouts/default.html": "<html><head><link rel=\"stylesheet\" href=\"/assets/site.css\"></head>{{ content }}</html>\n",
                           "index.md": page("layout: default\n")},
    "anchor_broken": {**BASE, "index.md": page("layout: default\n", "# Intro\n\nJump to [usage](#usage).\n")},
    "anchor_other_page_broken": {**BASE, "index.md": page("layout: default\n", "Read [this](/about/#install).\n"),
                                 "about.md": page("layout: default\npermalink: /about/\n", "# About\n")},
    "link_outside_baseurl": {"_config.yml": CONFIG + "baseurl: /proj\n", "_layouts/default.html": LAYOUT,
                             "index.md": page("layout: default\n", "<a href=\"/about/\">About</a>\n"),
                             "about.md": page("layout: default\npermalink: /about/\n")},
    "link_with_base_tag": {"_config.yml": CONFIG,
                           "_layouts/default.html": "<html><head><base href=\"/docs/\"></head><body>{{ content }}</body></html>\n",
                           "docs/guide.md": page("layout: default\npermalink: /docs/guide/\n"),
                           "index.md": page("layout: default\n", "<a href=\"guide/\">ok</a> <a href=\"intro/\">broken</a>\n")},
    "link_in_layout_many_pages": {"_config.yml": CONFIG,
                                  "_layouts/default.html": "<html><a href=\"/contact/\">Contact</a>{{ content }}</html>\n",
                                  "a.md": page("layout: default\n"), "b.md": page("layout: default\n"),
                                  "c.md": page("layout: default\n")},
    "link_from_data": {"_config.yml": CONFIG,
                       "_layouts/default.html": "<nav>{% for l in site.data.nav %}<a href=\"{{ l.url }}\">{{ l.title }}</a>{% endfor %}</nav>{{ content }}\n",
                       "_data/nav.yml": "- title: Home\n  url: /\n- title: Blog\n  url: /blog/\n",
                       "index.md": page("layout: default\n")},
    "url_conflict": {**BASE, "a.md": page("layout: default\npermalink: /same/\n"),
                     "b.md": page("layout: default\npermalink: /same/\n")},
    "url_case_only": {**BASE, "a.md": page("layout: default\npermalink: /About/\n"),
                      "b.md": page("layout: default\npermalink: /about/\n")},
    "render_link_tag_missing": {**BASE, "index.md": page("layout: default\n", "Text\n[x]({% link missing.md %})\n")},
    # -- clean sites ---------------------------------------------------------------------------
    "jekpy_block_misspelled": cfg("jekpy:\n  schema: []\n  check:\n    ignore_mising: [/x]\n"),
    "jekpy_ignore_missing_type": cfg("jekpy:\n  check:\n    ignore_missing: /files/*\n"),
    "clean_site": {**BASE, "index.md": page("layout: default\ntitle: Home\n", "# Home\n\n[About](/about/) [top](#home)\n"),
                   "about.md": page("layout: default\ntitle: About\npermalink: /about/\n", "About\n"),
                   "_posts/2020-01-01-first.md": page("layout: default\ntitle: First\ntags: [a, b]\n"),
                   "_data/links.yml": "- name: x\n  url: https://example.com\n",
                   "_includes/note.html": "<p>{{ include.text }}</p>\n"},
    "clean_ignore_missing": {"_config.yml": CONFIG + "jekpy:\n  check:\n    ignore_missing:\n      - /files/*.pdf\n",
                             "_layouts/default.html": LAYOUT,
                             "index.md": page("layout: default\n", "[CV](/files/cv.pdf)\n")},
    "clean_with_schema": {"_config.yml": CONFIG + SCHEMA_CFG, **SCHEMA_FILES, "_layouts/default.html": LAYOUT,
                          "index.md": page("layout: default\ntitle: Home\nmeta: {year: 2020}\n"),
                          "_data/links.yml": "- name: Blog\n  url: https://example.com\n"},
}


def write_case(name: str, spec: dict) -> Path:
    """Create ``cases/<name>/site`` from ``spec`` (path -> text or bytes; ``args`` -> CLI args)."""
    root = CASES / name
    site = root / "site"
    if site.exists():
        shutil.rmtree(site)
    for rel, content in spec.items():
        if rel == "args":
            continue
        path = site / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return root


def regen(name: str, spec: dict) -> None:
    """Run the checker and store what it reports (review the diff before committing)."""
    sys.path.insert(0, str(HERE.parents[1] / "tools"))
    from jekpy.check import formats, run_check

    root = CASES / name if "--expected-only" in sys.argv else write_case(name, spec)
    args = spec.get("args", [])
    report = run_check(root / "site")
    strict = "--strict" in args
    payload = json.loads(formats.as_json(report, strict))
    expected = {"args": args, "exit_code": payload["exit_code"],
                "problems": [{k: p[k] for k in ("severity", "file", "line", "col", "message", "rule")}
                             for p in payload["problems"]]}
    (root / "expected.json").write_text(json.dumps(expected, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    for case_name, case_spec in SPECS.items():
        if "--regen" in sys.argv:
            regen(case_name, case_spec)
        else:
            write_case(case_name, case_spec)
    print(f"{len(SPECS)} cases")
