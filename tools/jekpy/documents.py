"""Collection documents: reading one (dates, slugs, categories, tags, excerpt), order, publishing.

Source: jekyll/jekyll v3.10.0 lib/jekyll/document.rb (``read``, ``merge_data!``,
``populate_title``, ``populate_categories``, ``populate_tags``, ``<=>``), excerpt.rb and
publisher.rb.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING

from jekpy import converters, urls
from jekpy.dates import parse_date
from jekpy.errors import FrontMatterError, JekpyError
from jekpy.front_matter import decode, load_front_matter, split
from jekpy.models import Collection, Document, Excerpt, Page
from jekpy.utils import deep_merge, ruby_sort

if TYPE_CHECKING:
    from jekpy.site import Site

DATE_FILENAME_RE = re.compile(r"^(?:.+/)*(\d{2,4}-\d{1,2}-\d{1,2})-(.*)(\.[^.]+)$")
DATELESS_FILENAME_RE = re.compile(r"^(?:.+/)*(.*)(\.[^.]+)$")
DATE_PLACEHOLDERS = re.compile(
    r":(year|month|day|hour|minute|second|i_day|i_month|short_month|short_year|y_day)\b"
)


def validate_permalink(data: dict, display: str) -> None:
    """An empty ``permalink:`` is an error (convertible.rb ``validate_permalink!``)."""
    if "permalink" in data and data["permalink"] is not None and str(data["permalink"]) == "":
        raise FrontMatterError(
            f"Invalid permalink in {display}",
            path=display,
            hint="Give `permalink:` a value such as /about/ or remove the key.",
        )


def read_document(site: Site, path: Path, collection: Collection, draft: bool = False) -> Document | None:
    """Read one document of a collection; None if it cannot be read (Jekyll logs and skips)."""
    relative_path = site.relative_to_collections(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise JekpyError(f"could not read file {relative_path}: {exc.strerror}", path=relative_path) from None
    try:
        text = decode(raw, relative_path)
    except FrontMatterError:
        # Document#read logs and goes on; PostReader then drops a post whose content is not
        # valid UTF-8 (document.rb handle_read_error, readers/post_reader.rb read_publishable).
        site.logger.error("Error:", f"could not read file {path}: invalid byte sequence in UTF-8")
        return None
    doc = Document(collection.label, path, relative_path, {"draft": draft}, text)
    doc.draft = draft
    special = "_drafts" if draft else collection.relative_directory
    merge_data(doc, {"categories": categories_from_path(relative_path, special, path.name)}, site)
    defaults = site.defaults.all(relative_path, collection.label)
    if defaults:
        merge_data(doc, defaults, site, source="front matter defaults")
    if path.suffix.lower() in (".yml", ".yaml"):
        # Document#read loads a .yml/.yaml document's whole file as its data; it has no body and
        # gets no title, slug or date from its name (document.rb ``read``, ``yaml_file?``).
        loaded = load_front_matter(text, relative_path) if text.strip() else {}
        doc.data.update(loaded)
        doc.content = ""
        return finish_document(site, doc, collection)
    try:
        parsed = split(text, relative_path)
    except FrontMatterError as exc:
        # Document#read logs the error and keeps the document unless strict_front_matter is set
        # (document.rb ``handle_read_error``); title, slug, categories and tags stay unset.
        if site.config.get("strict_front_matter") or not hasattr(exc, "parsed"):
            raise
        site.logger.error("Error:", exc.message)
        doc.content = exc.parsed.content
        doc.body_line = exc.parsed.body_line
        return finish_document(site, doc, collection)
    doc.content = parsed.content
    doc.body_line = parsed.body_line
    merge_data(doc, parsed.data, site, source="YAML front matter")
    populate_title(doc, site)
    populate_categories(doc)
    doc.data["tags"] = pluralized(doc.data, "tag", "tags")
    # `data["excerpt"] ||= Excerpt.new(self)`: only nil or false make one ("" is kept, as in Ruby)
    if excerpt_separator(site, doc) and doc.data.get("excerpt") in (None, False):
        doc.excerpt = Excerpt(doc, extract_excerpt(doc.content, excerpt_separator(site, doc)))
    return finish_document(site, doc, collection)


def finish_document(site: Site, doc: Document, collection: Collection) -> Document:
    """Output extension, date when needed, URL and write flag of a read document."""
    draft = doc.draft
    path = doc.path
    doc.output_ext = converters.output_ext(site, doc.extname, doc.data.get("permalink"))
    template = urls.collection_url_template(collection.metadata, site.permalink_style)
    # Document#date stores the draft's mtime or site.time the first time it is asked for: for
    # posts and drafts right after reading (Publisher#publish?), for other documents when their
    # URL needs a date placeholder (document.rb ``date``, url_drop.rb).
    needs_date = collection.label == "posts" or DATE_PLACEHOLDERS.search(str(doc.data.get("permalink") or template))
    if doc.date is None and needs_date:
        doc.data["date"] = _mtime_datetime(path, site) if draft else site.time
    doc.url = urls.document_url(doc, template, collection.relative_directory)
    doc.write = collection.output
    return doc


def _mtime_datetime(path: Path, site: Site) -> dt.datetime:
    return dt.datetime.fromtimestamp(path.stat().st_mtime, site.zone)


def categories_from_path(relative_path: str, special_dir: str, basename: str) -> list[str]:
    """Folders above ``_posts`` become categories (``categories_from_path``)."""
    head = re.sub(re.escape(special_dir) + r".*", "", relative_path, count=1, flags=re.DOTALL)
    return [c for c in head.split("/") if c and c != special_dir and c != basename]


def merge_data(doc: Document, other: dict, site: Site, source: str = "file path") -> None:
    """Merge front matter into a document, joining categories and parsing the date."""
    other = dict(other)
    if other.get("categories") is not None:
        cats = other["categories"]
        if isinstance(cats, str):
            cats = cats.split()
        elif not isinstance(cats, list):
            cats = [cats]
        existing = doc.data.get("categories") or []
        other["categories"] = existing + [c for c in cats if c not in existing]
    for key, value in other.items():
        if value is None and key in doc.data:
            continue  # Jekyll's deep merge keeps the old value over nil
        old = doc.data.get(key)
        if isinstance(old, dict) and isinstance(value, dict):
            doc.data[key] = deep_merge(old, value)
        else:
            doc.data[key] = value
    if "date" in doc.data and doc.data["date"] is not None and "date" in other:
        doc.data["date"] = _parse_doc_date(doc.data["date"], doc.relative_path, source, site)


def _parse_doc_date(value: object, relative_path: str, source: str, site: Site):
    try:
        return parse_date(value, site.zone)
    except ValueError:
        raise FrontMatterError(
            f"Invalid date '{value}': Document '{relative_path}' does not have a valid date in the {source}.",
            path=relative_path,
            hint="Write dates as YYYY-MM-DD or YYYY-MM-DD HH:MM:SS +/-TTTT.",
        ) from None


def populate_title(doc: Document, site: Site) -> None:
    """Date, slug, title and ext from the file name (``populate_title``)."""
    match = DATE_FILENAME_RE.match(doc.relative_path)
    slug = ext = None
    if match:
        date, slug, ext = match.groups()
        current = doc.data.get("date")
        if not current or (hasattr(current, "timestamp") and int(current.timestamp()) == int(site.time.timestamp())):
            merge_data(doc, {"date": date}, site, source="filename")
    else:
        match = DATELESS_FILENAME_RE.match(doc.relative_path)
        if match:
            slug, ext = match.groups()
    # `data["title"] ||= ...`: only nil/false are replaced ("" is kept, as in Ruby)
    if doc.data.get("title") in (None, False):
        doc.data["title"] = " ".join(part.capitalize() for part in (slug or "").split("-"))
    if doc.data.get("slug") in (None, False):
        doc.data["slug"] = slug
    if doc.data.get("ext") in (None, False):
        doc.data["ext"] = ext


def pluralized(data: dict, singular: str, plural: str) -> list:
    """Jekyll's ``pluralized_array_from_hash``: the singular key wins, strings split on spaces."""
    value = data.get(singular) if singular in data else None
    if value is None and plural in data:
        raw = data[plural]
        if isinstance(raw, str):
            value = raw.split()
        elif isinstance(raw, list):
            value = [v for v in raw if v is not None]
    return [v for v in _flatten([value]) if v is not None]


def _flatten(items: list) -> list:
    out = []
    for item in items:
        if isinstance(item, list):
            out.extend(_flatten(item))
        else:
            out.append(item)
    return out


def populate_categories(doc: Document) -> None:
    """``categories`` = merged categories + ``category``/``categories``, as strings, unique."""
    cats = _flatten(list(doc.data.get("categories") or []) + pluralized(doc.data, "category", "categories"))
    seen: list[str] = []
    for cat in cats:
        text = _ruby_to_s(cat)
        if text not in seen:
            seen.append(text)
    doc.data["categories"] = seen


def _ruby_to_s(value: object) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return ""
    return str(value)


def excerpt_separator(site: Site, doc: Document) -> str:
    """The document's ``excerpt_separator`` or the site's."""
    value = doc.data.get("excerpt_separator")
    if value is None:
        value = site.config.get("excerpt_separator")
    return "" if value is None else str(value)


LIQUID_TAG_RE = re.compile(r"{%-?\s*(\w+)\s*.*?-?%}", re.DOTALL)
LINK_REF_RE = re.compile(r"^ {0,3}\[[^\]]+\]:.+$", re.MULTILINE)
LIQUID_BLOCKS = {"if", "unless", "case", "for", "tablerow", "capture", "comment", "raw", "highlight", "ifchanged"}


def extract_excerpt(content: str, separator: str) -> str:
    """The excerpt text: up to the separator, blocks closed, link definitions appended (excerpt.rb)."""
    head, found, tail = content.partition(separator)
    if "{%" in head:
        for tag in reversed(LIQUID_TAG_RE.findall(head)):
            if tag in LIQUID_BLOCKS and not re.search(r"{%-?\s*end" + tag + r".*?\s*-?%}", head, re.DOTALL):
                head += "\n{% end" + tag + " %}"
    if not found or not tail:
        return head
    return head + "\n\n" + "\n".join(LINK_REF_RE.findall(tail))


def compare(a: Document, b: Document) -> int:
    """Document order: by date, then by path (Document#<=>)."""
    da, db = a.data.get("date"), b.data.get("date")
    if da is not None and db is not None and da != db:
        return -1 if da < db else 1
    pa, pb = str(a.path), str(b.path)
    return (pa > pb) - (pa < pb)


def sort_documents(docs: list[Document]) -> None:
    """Sort in place by date then path, with Ruby's merge sort (Collection#read ``docs.sort!``).

    A document without a date compares by path with every other one, so the order is not
    total and depends on the algorithm (jekyll/jekyll docs/_tutorials: index.md undated).
    """
    ruby_sort(docs, compare)


def link_neighbours(site: Site) -> None:
    """``previous``/``next`` within each collection's sorted documents."""
    for collection in site.collections.values():
        docs = collection.docs
        for index, doc in enumerate(docs):
            doc.previous = docs[index - 1] if index > 0 else None
            doc.next = docs[index + 1] if index + 1 < len(docs) else None


def publishable(site: Site, doc: Document) -> bool:
    """Published and not in the future (Publisher#publish?)."""
    if doc.data.get("published", True) is False and not site.config.get("unpublished"):
        return False
    return not hidden_in_the_future(site, doc)


def hidden_in_the_future(site: Site, doc: Document) -> bool:
    """Dated after ``site.time`` while ``future`` is off."""
    date = doc.date
    return bool(date and not site.config.get("future") and int(date.timestamp()) > int(site.time.timestamp()))


def docs_to_write(site: Site) -> list[Document]:
    """``Site#docs_to_write``: documents of written collections that will be published.

    Asking each one ``write?`` calls ``Document#date`` (publisher.rb), which stores
    ``site.time`` in an undated document unless ``future`` is on; plugins that walk this list
    before rendering (jekyll-redirect-from) therefore give those documents a date on Pages.
    """
    result = []
    for collection in site.collections.values():
        if not collection.output:
            continue
        for doc in collection.docs:
            if not site.config.get("future") and doc.data.get("date") is None:
                doc.data["date"] = site.time
            if publishable(site, doc):
                result.append(doc)
    return result


def publishable_page(site: Site, page: Page) -> bool:
    """Pages obey ``published: false`` (pages have no date)."""
    return page.data.get("published", True) is not False or bool(site.config.get("unpublished"))
