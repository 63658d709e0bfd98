"""Front matter of every page, post, draft, collection document and layout.

Jekyll 3.10 reads front matter with ``\\A(---\\s*\\n.*?\\n?)^((---|\\.\\.\\.)\\s*$\\n?)``
(lib/jekyll/document.rb); a file whose first line is ``---`` but that never closes the block
is rendered whole, ``---`` and YAML included. Date rules: lib/jekyll/document.rb
``populate_title`` / ``merge_date!`` and lib/jekyll/utils.rb ``parse_date``.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re

from jekpy.check import sources, yaml_positions
from jekpy.check.config_checks import type_name
from jekpy.check.context import CheckContext
from jekpy.check.sources import SourceFile
from jekpy.dates import parse_date
from jekpy.front_matter import FRONT_MATTER_RE

POST_NAME_RE = re.compile(r"^(\d{2,4})-(\d{1,2})-(\d{1,2})-(.*)(\.[^.]+)$")
LOOKS_LIKE_DELIMITER = re.compile(r"\A(?:\ufeff)?[ \t]*(-{2,}|—|–)[ \t]*\r?\n")


def check(ctx: CheckContext) -> None:
    """Check every file that has (or, being a post, may have) front matter."""
    site = ctx.site
    if site is None:
        return
    layout_names = sources.layout_names(site)
    items = sources.documents(site) + [f for f in sources.layouts(site) if not f.theme]
    for item in items:
        ctx.report.files_checked += 1
        text = _text(ctx, item)
        if text is None:
            continue
        if item.kind == "text":
            _near_miss(ctx, item, text)
            continue
        if item.kind == "post":
            _post_name(ctx, item)
        data = _front_matter(ctx, item, text)
        if data is not None:
            _keys(ctx, item, data, layout_names)
            _not_built(ctx, item, data)


def _text(ctx: CheckContext, item: SourceFile) -> str | None:
    raw = item.path.read_bytes()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        ctx.report.error("Invalid byte sequence in UTF-8: save the file as UTF-8.", item.rel, line, rule="encoding")
        return None


def _near_miss(ctx: CheckContext, item: SourceFile, text: str) -> None:
    """A static Markdown/HTML file whose first line was probably meant to open front matter."""
    first = text.split("\n", 1)[0].rstrip("\r")
    if LOOKS_LIKE_DELIMITER.match(text) or first.startswith("---"):
        ctx.report.warning(f"The first line '{first}' is not exactly '---': Jekyll reads no front matter and "
                           "copies this file as it is.", item.rel, 1, 1, "front-matter-delimiter")


def _front_matter(ctx: CheckContext, item: SourceFile, text: str) -> dict | None:
    if not text.startswith("---"):
        return None
    match = FRONT_MATTER_RE.match(text)
    if not match:
        ctx.report.error("Front matter opened with '---' on line 1 is never closed: add a line '---' after it "
                         "(Jekyll would publish the YAML as text).", item.rel, 1, 1, "front-matter-delimiter")
        return None
    try:
        doc = yaml_positions.load(match.group(1))
    except yaml_positions.YamlSyntax as exc:
        ctx.report.error(exc.message, item.rel, exc.line, exc.col, "front-matter-yaml")
        return None
    if doc.data is None:
        doc.data = {}
    if not isinstance(doc.data, dict):
        ctx.report.error(f"Front matter must be a mapping of keys to values, not {type_name(doc.data)}.",
                         item.rel, 2, 1, "front-matter-yaml")
        return None
    for key_path, line, col in doc.duplicates:
        ctx.report.warning(f"Duplicate front matter key '{'.'.join(map(str, key_path))}': "
                           "the last value wins, the earlier one is ignored.", item.rel, line, col, "front-matter-duplicate-key")
    body_line = text.count("\n", 0, match.end()) + 1
    ctx.front_matter[item.rel] = (item, doc, text[match.end():], body_line)
    return {str(k): v for k, v in doc.data.items()}


def _not_built(ctx: CheckContext, item: SourceFile, data: dict) -> None:
    """Remember files Pages reads but does not build: ``published: false``, or a post dated
    after the build while ``future`` is off (documents.publishable)."""
    site = ctx.site
    if data.get("published", True) is False and not site.config.get("unpublished"):
        ctx.not_built[item.rel] = "published: false"
        return
    if item.kind != "post" or site.config.get("future"):
        return
    value = data.get("date")
    if value is None:
        match = POST_NAME_RE.match(item.path.name)
        value = "-".join(match.group(i) for i in (1, 2, 3)) if match else None
    try:
        date = parse_date(value, site.zone) if value is not None else None
    except (ValueError, OverflowError):
        return
    if date is not None and date > site.time:
        ctx.not_built[item.rel] = f"dated {date.date().isoformat()}, after the build, with future: false"


def _post_name(ctx: CheckContext, item: SourceFile) -> None:
    name = item.path.name
    match = POST_NAME_RE.match(name)
    if not match:
        ctx.report.warning("Not a post: file names in _posts must look like YYYY-MM-DD-title.md; Jekyll skips this file.",
                           item.rel, rule="post-filename")
        return
    year, month, day = (int(match.group(i)) for i in (1, 2, 3))
    try:
        dt.date(year, month, day)
    except ValueError:
        stamp = "-".join(match.group(i) for i in (1, 2, 3))
        ctx.report.error(f"Invalid date '{stamp}': the post's file name does not hold a valid date.",
                         item.rel, 1, None, "post-filename")


def _keys(ctx: CheckContext, item: SourceFile, data: dict, layout_names: set[str]) -> None:
    _, doc, _, _ = ctx.front_matter[item.rel]

    def report(severity: str, key: str, message: str, rule: str) -> None:
        line, col = doc.where((key,))
        ctx.report.add(severity, message, item.rel, line, col, rule)

    for key, value in data.items():
        problem = _type_problem(key, value)
        if problem:
            # sitemap only decides whether jekyll-sitemap lists the page: a warning.
            report("warning" if key == "sitemap" else "error", key, problem, "front-matter-type")
    if "layout" in data and isinstance(data["layout"], str):
        name = data["layout"]
        if name not in layout_names and name not in ("none", "null", "") and not ctx.theme_unavailable:
            report("error", "layout", f"Layout '{name}' does not exist (known: {', '.join(sorted(layout_names)) or 'none'}).",
                   "missing-layout")
    if "date" in data and data["date"] is not None and item.kind != "layout":
        severity = "warning" if item.kind == "page" else "error"
        message = _date_problem(data["date"])
        if message:
            report(severity, "date", message, "front-matter-date")
    for key in data:
        close = _misspelling(key, data)
        if close:
            report("warning", key, f"Unknown front matter key '{key}': did you mean '{close}'? Jekyll ignores '{key}'.",
                   "front-matter-spelling")
    if "render_with_liquid" in data:
        report("warning", "render_with_liquid", "'render_with_liquid' is Jekyll 4 only: GitHub Pages (Jekyll 3.10) "
               "renders Liquid in this file anyway.", "pages-jekyll4")


# Keys Jekyll and the Pages plugins act on: a near miss silently does nothing.
JEKYLL_KEYS = ("layout", "permalink", "published", "categories", "category", "tags", "excerpt_separator",
               "redirect_from", "redirect_to", "sitemap", "render_with_liquid")


def _misspelling(key: str, data: dict) -> str | None:
    """The Jekyll key ``key`` was probably meant to be (not when that key is also set)."""
    if len(key) < 5 or key in JEKYLL_KEYS or key in ("date", "title", "tag", "slug", "excerpt"):
        return None
    close = difflib.get_close_matches(key, JEKYLL_KEYS, n=1, cutoff=0.8)
    return close[0] if close and close[0] not in data else None


YMD_RE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")


def _date_problem(value: object) -> str | None:
    """Why Jekyll cannot use ``value`` as a date, or None."""
    if isinstance(value, (dt.date, dt.datetime)):
        return None
    match = YMD_RE.match(str(value))
    if match:
        year, month, day = (int(g) for g in match.groups())
        try:
            dt.date(year, month, day)
        except ValueError:
            if 1 <= month <= 12 and 1 <= day <= 31:
                rolled = dt.date(year, month, 1) + dt.timedelta(days=day - 1)
                return (f"'{value}' is not a real date: Ruby's Time.parse rolls it over to {rolled.isoformat()}, "
                        "the date Jekyll uses.")
            return f"Invalid date '{value}': Jekyll stops with \"does not have a valid date\"."
    try:
        parse_date(value, dt.UTC)
    except (ValueError, OverflowError):
        return f"Invalid date '{value}': use YYYY-MM-DD HH:MM:SS +/-TTTT."
    return None


def _type_problem(key: str, value: object) -> str | None:
    """A message when a Jekyll (or Pages plugin) front matter key has the wrong kind of value."""
    if key == "permalink":
        if value is not None and not isinstance(value, str):
            return f"'permalink' must be a string, not {type_name(value)}."
        if value == "":
            return "'permalink' is empty: give it a value such as /about/ or remove it."
    elif key in ("published", "sitemap"):
        if not isinstance(value, bool):
            note = ' (any string, even "false", counts as true)' if isinstance(value, str) else ""
            return f"'{key}' must be true or false, not {type_name(value)}{note}."
    elif key in ("categories", "tags", "category", "tag"):
        if isinstance(value, dict):
            return f"'{key}' must be a string or a list of words, not {type_name(value)}."
        nested = [v for v in (value if isinstance(value, list) else []) if isinstance(v, (dict, list))]
        if nested:
            return f"'{key}' must be a string or a list of words, not a list containing {type_name(nested[0])}."
    elif key in ("redirect_from", "redirect_to"):
        if value is not None and not isinstance(value, (str, list)):
            return f"'{key}' must be a list of URLs, not {type_name(value)}."
    elif key == "layout":
        if value is not None and value is not False and not isinstance(value, str):
            return f"'layout' must be the name of a layout, not {type_name(value)}."
    elif key in ("excerpt_separator", "slug") and value is not None and not isinstance(value, str):
        return f"'{key}' must be a string, not {type_name(value)}."
    return None
