"""Jekyll Liquid cases (shared/conformance/jekyll-liquid/cases.json) against jekpy.liquid.

Expected values were rendered by Jekyll 4.3.1; 25 cases are marked ``jekyll_3_10.may_differ``.
For those, and for the few unmarked cases where Jekyll 3.10 (GitHub Pages) behaves otherwise,
``PAGES_3_10`` holds the 3.10 result with the upstream source that decides it.

Until the pipeline renders these, a small stand-in site is built here from the fixture files
(posts, pages, a collection, data, a static file) and a payload of plain dicts.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml

from jekpy.errors import LiquidException
from jekpy.liquid import JekyllEnvironment

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
CASES_FILE = SHARED / "conformance" / "jekyll-liquid" / "cases.json"
UTC = dt.UTC
RAISES = object()

PEOPLE_S = (
    '{"name"=>"Alice", "role"=>"admin", "age"=>30, "tags"=>["a", "b"], "team"=>{"name"=>"red"}}'
    '{"name"=>"Bob", "role"=>"user", "age"=>25, "tags"=>["b"], "team"=>{"name"=>"blue"}}'
    '{"name"=>"Carol", "role"=>"admin", "age"=>35, "tags"=>[], "team"=>{"name"=>"red"}}'
    '{"name"=>"Dan", "age"=>"40", "tags"=>["c"]}'
)
MEMBERS_S = ('{"name"=>"Alice", "role"=>"admin", "age"=>30}{"name"=>"Bob", "role"=>"user", '
             '"age"=>25}{"name"=>"Carol", "role"=>"admin", "age"=>35}')
MEMBERS_JSON = ('[{"name":"Alice","role":"admin","age":30},{"name":"Bob","role":"user","age":25},'
                '{"name":"Carol","role":"admin","age":35}]')

# GitHub Pages (Jekyll 3.10.0, Liquid 4.0.4) results where Jekyll 4.3.1 differs.
PAGES_3_10 = {
    # lib/jekyll/filters.rb v3.10.0: `def number_of_words(input)` takes one argument, so Liquid
    # raises ArgumentError (wrong number of arguments).
    "number_of_words: cjk mode": RAISES,
    "number_of_words: auto mode with CJK": RAISES,
    "number_of_words: auto mode without CJK": RAISES,
    "number_of_words: cjk mode with hangul and kana": RAISES,
    # filters.rb v3.10.0 `where`: `return input if property.nil? || value.nil?`.
    "where: nil target matches missing property": "Alice,Bob,Carol,Dan",
    # `empty` is a MethodLiteral whose to_s is "" (Liquid 4.0.4 expression.rb): nothing matches.
    "where: empty target": "",
    # filters.rb v3.10.0 `parse_condition`: one comparison, then consume(:end_of_string).
    "where_exp: or operator": RAISES,
    "where_exp: and operator": RAISES,
    # `find`/`find_exp` do not exist in 3.10: unknown filters return their input (lax filters).
    "find: first match": "AliceBobCarolDan",
    "find: no match gives nil": f"[{PEOPLE_S}]",
    "find: property of found item": "",
    "find_exp: first match": "",
    "find_exp: no match, comparison hits a string-valued item and raises": f"[{PEOPLE_S}]",
    "find_exp: no match on site data": f"[{MEMBERS_S}]",
    "find: on site data": MEMBERS_JSON,
    # filters.rb v3.10.0 `sort_input` compares with `<=>`: Integer <=> String is nil -> error.
    "sort: by mixed int/int-like-string property": RAISES,
    # filters.rb v3.10.0 `item_property` reduces with `subvalue[attribute]` and has no nil
    # guard: Dan has no `team`, so nil["name"] raises NoMethodError (Jekyll 4 guards it).
    "where: nested property with dot": RAISES,
    "sort: by nested property": RAISES,
    # tags/link.rb and post_url.rb v3.10.0 return `item.url` without relative_url.
    "link: page with permalink and baseurl": "/about/",
    "link: post with baseurl": "/2020/01/02/hello-world.html",
    "post_url: with baseurl": "/2020/01/02/hello-world.html",
    "post_url: inside an href with absolute_url":
        '<a href="https://example.com/2020/01/02/hello-world.html">x</a>',
    # tags/link.rb v3.10.0 keeps the markup literally: no document is named "{{ page.target }}".
    "link: path from variable": RAISES,
    # utils.rb v3.10.0 SLUGIFY_DEFAULT_REGEXP `[^[:alnum:]]+`; Ruby's [:alnum:] is Alphabetic or
    # Nd (Ruby 3.1 running 3.10's Utils.slugify): the virama U+094D separates, vowel signs stay;
    # superscripts and vulgar fractions are not alnum (the same as Jekyll 4 there).
    "slugify: Devanagari with combining marks (default)": "हिन-दी-भाषा",
    "slugify: superscript/fraction digits (default)": "x-3",
}

# Cases not passing yet, with the reason.
SKIP: dict[str, str] = {}


def load_cases() -> dict:
    """The case file, or skip when the shared folder is absent."""
    if not CASES_FILE.is_file():
        pytest.skip(f"{CASES_FILE} not found (shared conformance data absent)")
    return json.loads(CASES_FILE.read_text(encoding="utf-8"))


def deep_merge(base: dict, extra: dict) -> dict:
    """Jekyll's deep merge of configuration hashes."""
    out = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = deep_merge(out[key], value)
        else:
            out[key] = value
    return out


def split_front_matter(text: str) -> tuple[dict, str]:
    """(front matter, body) of a fixture file."""
    match = re.match(r"---\n(.*?)\n---\n(.*)", text, re.S)
    if not match:
        return {}, text
    return yaml.safe_load(match.group(1)) or {}, match.group(2)


PERMALINKS = {
    "date": "/:categories/:year/:month/:day/:title:output_ext",
    "pretty": "/:categories/:year/:month/:day/:title/",
    "none": "/:categories/:title:output_ext",
}


def post_url(style: str, categories: list[str], date: dt.date, slug: str) -> str:
    """A post URL for the built-in permalink styles (stand-in for the pipeline)."""
    template = PERMALINKS[style]
    url = (template.replace(":categories", "/".join(categories))
           .replace(":year", f"{date.year:04d}").replace(":month", f"{date.month:02d}")
           .replace(":day", f"{date.day:02d}").replace(":title", slug)
           .replace(":output_ext", ".html"))
    return re.sub(r"/+", "/", url)


def markdown(text: str, config: dict) -> str:
    """Markdown via jekpy.markdown when present (excerpts)."""
    try:
        from jekpy.markdown import markdownify
    except ImportError:
        return f"<p>{text.strip()}</p>\n"
    return markdownify(text, config.get("kramdown"))


def build_site(root: Path, data: dict, case: dict) -> tuple[SimpleNamespace, dict]:
    """A stand-in Site and payload for one case."""
    config = deep_merge(data["base_config"], case.get("site_config") or {})
    config.setdefault("permalink", "date")
    config.setdefault("liquid", {"error_mode": "warn", "strict_filters": False,
                                 "strict_variables": False})
    for rel, text in data["fixture_files"].items():
        target = root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    docs, posts, recipes = [], [], []
    for rel, text in sorted(data["fixture_files"].items()):
        fm, body = split_front_matter(text)
        if rel.startswith("_posts/"):
            name = rel.rsplit("/", 1)[-1].rsplit(".", 1)[0]
            date = dt.date.fromisoformat(name[:10])
            cats = [fm["category"]] if "category" in fm else list(fm.get("categories") or [])
            url = post_url(str(config["permalink"]), cats, date, name[11:])
            post = {**fm, "url": url, "date": dt.datetime(date.year, date.month, date.day,
                                                          tzinfo=UTC),
                    "categories": cats, "tags": list(fm.get("tags") or []),
                    "relative_path": rel, "path": rel, "collection": "posts",
                    "excerpt": markdown(body.split("\n\n")[0], config), "content": body}
            posts.append(post)
            docs.append(SimpleNamespace(relative_path=rel, url=url, collection_label="posts",
                                        basename_without_ext=name))
        elif rel.startswith("_recipes/"):
            url = "/recipes/" + rel.rsplit("/", 1)[-1].replace(".md", ".html")
            recipes.append({**fm, "url": url, "relative_path": rel})
            docs.append(SimpleNamespace(relative_path=rel, url=url, collection_label="recipes"))
        elif rel.endswith(".md") and fm:
            url = fm.get("permalink") or "/" + rel.replace(".md", ".html")
            docs.append(SimpleNamespace(relative_path=rel, url=url, collection_label=None))
        elif rel.startswith("assets/"):
            docs.append(SimpleNamespace(relative_path=rel, url="/" + rel, collection_label=None))
    posts.sort(key=lambda p: p["date"], reverse=True)
    site_data = {"members": yaml.safe_load(data["fixture_files"]["_data/members.yml"]),
                 "settings": json.loads(data["fixture_files"]["_data/settings.json"])}
    warnings: list[tuple[str, str]] = []
    site = SimpleNamespace(
        config=config, source=root, include_dirs=[root / "_includes"],
        documents_for_link_tag=lambda: list(docs),
        logger=SimpleNamespace(warn=lambda topic, msg: warnings.append((topic, msg))))
    page = yaml.safe_load(case.get("front_matter") or "") or {}
    page.update({"url": "/cases/case.html", "path": data["case_page_path"]})
    payload = {
        "site": {**config, "posts": posts, "data": site_data, "recipes": recipes},
        "page": page, **(case.get("context") or {}),
    }
    return site, payload


def render_case(tmp_path: Path, data: dict, case: dict) -> object:
    """Rendered output, or RAISES."""
    site, payload = build_site(tmp_path, data, case)
    env = JekyllEnvironment(site)
    try:
        template = env.parse_template(case["template"], data["case_page_path"])
        return env.render_template(template, payload)
    except LiquidException:
        return RAISES


def expected_for(case: dict) -> object:
    """GitHub Pages' expected result for a case."""
    if case["name"] in PAGES_3_10:
        return PAGES_3_10[case["name"]]
    return RAISES if case.get("expected") is None else case["expected"]


def test_jekyll_liquid_cases(tmp_path: Path) -> None:
    """Every case renders as on GitHub Pages (SKIP lists the known gaps)."""
    data = load_cases()
    cases = data["cases"]
    passed, failures = 0, []
    for index, case in enumerate(cases):
        root = tmp_path / f"c{index}"
        root.mkdir()
        got = render_case(root, data, case)
        if got == expected_for(case):
            passed += 1
        elif case["name"] not in SKIP:
            failures.append((case["name"], got, expected_for(case)))
    print(f"\njekyll liquid cases: {passed}/{len(cases)}")
    assert not failures, "\n".join(f"{n}: got {g!r}, want {w!r}" for n, g, w in failures[:20])


def test_pages_overrides_name_real_cases() -> None:
    """Every 3.10 override and SKIP entry names an existing case; all may_differ are covered."""
    data = load_cases()
    names = {c["name"] for c in data["cases"]}
    assert set(PAGES_3_10) <= names
    assert set(SKIP) <= names
    may_differ = {c["name"] for c in data["cases"] if (c.get("jekyll_3_10") or {}).get("may_differ")}
    undecided = may_differ - set(PAGES_3_10)
    assert undecided <= {
        "highlight: ruby linenos",  # Rouge 3.30 HTMLLegacy gives the same table markup
        "highlight: python linenos",
    }
