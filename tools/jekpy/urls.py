"""Permalinks: templates, placeholders and the URL and output path they give.

Sources: jekyll/jekyll v3.10.0 lib/jekyll/url.rb (``generate_url_from_hash``,
``generate_url_from_drop``, ``sanitize_url``, ``escape_path``), drops/url_drop.rb (the
placeholders; 3.10 has no :week, :w_year, :long_month, :short_day, :long_day), page.rb
(``template``) and utils.rb (``add_permalink_suffix``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import quote, unquote

from jekpy.errors import JekpyError
from jekpy.models import Document, Page, StaticFile
from jekpy.utils import slugify

PLACEHOLDER_RE = re.compile(r":([a-z_]+)")
# Addressable::URI.encode keeps RFC 3986's unreserved, sub-delims, ":", "@" and "/".
_SAFE = "/!$&'()*+,;=:@-._~?#"


def escape_path(path: str) -> str:
    """Percent-encode a URL path as Jekyll's ``URL.escape_path`` does."""
    return quote(str(path), safe=_SAFE).replace("#", "%23", 1)


def unescape_path(path: str) -> str:
    """Decode ``%xx`` escapes to find the file a URL is written to."""
    return unquote(path)


def sanitize_url(url: str) -> str:
    """A leading slash, no ``..`` or ``./``, no doubled slashes."""
    url = ("/" + url).replace("..", "/").replace("./", "")
    return re.sub(r"/{2,}", "/", url)


def add_permalink_suffix(template: str, style: str) -> str:
    """The ending a permalink style gives to pages and collections (slash or ``:output_ext``)."""
    if style == "pretty":
        return template + "/"
    if style in ("date", "ordinal", "none"):
        return template + ":output_ext"
    if style.endswith("/"):
        template += "/"
    if style.endswith(":output_ext"):
        template += ":output_ext"
    return template


def from_hash(template: str, placeholders: dict[str, str | None]) -> str:
    """Fill a page template: a None value removes ``/:key`` (``generate_url_from_hash``)."""
    result = template
    for key, value in placeholders.items():
        if ":" not in result:
            break
        if value is None:
            result = result.replace(f"/:{key}", "")
        else:
            result = result.replace(f":{key}", escape_path(value))
    return result


def from_drop(template: str, lookup: Callable[[str], str | None], where: str) -> str:
    """Fill a document template placeholder by placeholder (``generate_url_from_drop``)."""

    def replace(match: re.Match) -> str:
        key = match.group(1)
        pool = [key, key[:-1]] if key.endswith("_") else [key]
        for candidate in pool:
            try:
                value = lookup(candidate)
            except KeyError:
                continue
            replacement = escape_path("" if value is None else str(value))
            return match.group(0).replace(f":{candidate}", replacement, 1)
        raise JekpyError(
            f"The URL template doesn't have {' or '.join(pool)} keys. Check your permalink template!",
            path=where,
            hint="Use a placeholder Jekyll 3.10 knows (see docs/pages-rules.md).",
        )

    return re.sub(r"/{2,}", "/", PLACEHOLDER_RE.sub(replace, template))


def page_url(page: Page, permalink_style: str) -> str:
    """``page.url``: its permalink, or the template for its kind of page."""
    if not page.html:
        template = "/:path/:basename:output_ext"
    elif page.index:
        template = "/:path/"
    else:
        template = add_permalink_suffix("/:path/:basename", permalink_style)
    permalink = page.data.get("permalink")
    placeholders = {"path": page.dir, "basename": page.basename, "output_ext": page.output_ext}
    return sanitize_url(from_hash(str(permalink) if permalink else template, placeholders))


def document_placeholders(doc: Document, collection_dir: str) -> Callable[[str], str | None]:
    """The UrlDrop of a document: a function from placeholder name to value."""
    date = doc.date

    def cleaned_path() -> str:
        rel = doc.relative_path
        ext = doc.extname
        rel = rel[: len(rel) - len(ext)] if ext else rel
        return rel.replace(collection_dir, "", 1)

    def categories() -> str:
        seen: list[str] = []
        for cat in _as_list(doc.data.get("categories")):
            low = str(cat).lower()
            if low not in seen:
                seen.append(low)
        return "/".join(seen)

    def strf(fmt: str) -> Callable[[], str]:
        return lambda: date.strftime(fmt) if date else ""

    values: dict[str, Callable[[], str | None]] = {
        "collection": lambda: doc.collection,
        "path": cleaned_path,
        "output_ext": lambda: doc.output_ext,
        "name": lambda: slugify(doc.basename_without_ext),
        "title": lambda: slugify(doc.data.get("slug"), "pretty", cased=True)
        if doc.data.get("slug") is not None
        else slugify(doc.basename_without_ext, "pretty", cased=True),
        "slug": lambda: slugify(doc.data.get("slug"))
        if doc.data.get("slug") is not None
        else slugify(doc.basename_without_ext),
        "categories": categories,
        "year": strf("%Y"),
        "month": strf("%m"),
        "day": strf("%d"),
        "hour": strf("%H"),
        "minute": strf("%M"),
        "second": strf("%S"),
        "i_day": lambda: str(date.day) if date else "",
        "i_month": lambda: str(date.month) if date else "",
        "short_month": strf("%b"),
        "short_year": strf("%y"),
        "y_day": strf("%j"),
    }

    def lookup(key: str) -> str | None:
        if key not in values:
            raise KeyError(key)
        return values[key]()

    return lookup


def document_url(doc: Document, url_template: str, collection_dir: str) -> str:
    """``doc.url`` from its permalink or its collection's template."""
    permalink = doc.data.get("permalink")
    # Ruby truthiness: an empty permalink is still a permalink (URL "/"); only nil/false fall back
    template = url_template if permalink is None or permalink is False else str(permalink)
    lookup = document_placeholders(doc, collection_dir)
    return sanitize_url(from_drop(template, lookup, doc.relative_path))


def collection_url_template(metadata: dict, permalink_style: str) -> str:
    """A collection's ``permalink`` setting, else ``/:collection/:path`` with the style's suffix."""
    if metadata.get("permalink"):
        return str(metadata["permalink"])
    return add_permalink_suffix("/:collection/:path", permalink_style)


def static_file_url(sf: StaticFile, url_template: str | None, collection_dir: str) -> str:
    """A static file's URL: its path, or its collection's template with empty name and title."""
    if sf.collection is None or url_template is None:
        return sf.relative_path.rstrip("/") if sf.relative_path != "/" else ""
    placeholders = {
        "collection": sf.collection,
        "path": sf.relative_path[len(collection_dir):],
        "output_ext": "",
        "name": "",
        "title": "",
    }
    return sanitize_url(from_hash(url_template, placeholders)).rstrip("/")


def page_destination(url: str, output_ext: str) -> str:
    """Output path of a page relative to the destination (``Page#destination``)."""
    path = unescape_path(url).lstrip("/")
    if url.endswith("/"):
        path = path + "index"
    if not path.endswith(output_ext):
        path += output_ext
    return path


def document_destination(url: str, output_ext: str) -> str:
    """Output path of a document relative to the destination (``Document#destination``)."""
    path = unescape_path(url).lstrip("/")
    if url.endswith("/"):
        return path + "index.html"
    if not path.endswith(output_ext):
        path += output_ext
    return path


def _as_list(value: object) -> list:
    if value is None:
        return []
    if isinstance(value, list):
        return value
    return [value]
