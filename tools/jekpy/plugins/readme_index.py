"""jekyll-readme-index 0.3.0: a folder's README becomes its index when it has none.

Source: benbalter/jekyll-readme-index v0.3.0 lib/jekyll-readme-index/generator.rb and
lib/jekyll/static_file_ext.rb. Rules:

* priority ``low``; off with ``readme_index: {enabled: false}``;
* a README is a *static file* (so: no front matter) whose relative path ends in
  ``/readme`` (any case) plus a ``markdown_ext`` extension (exact case: upstream interpolates
  ``Regexp.union`` into the pattern, which keeps that group case-sensitive); it becomes a
  page with ``permalink`` = the folder of its URL plus ``/`` unless the folder has an index;
* a folder ``/dir/`` has an index when the URL of a page or static file is ``/dir/`` (any
  case) or ``/dir/index.html`` (also .htm, .xhtml, .xml; the file name in exact case);
* ``remove_originals: true`` drops the static copy; ``with_frontmatter: true`` also gives
  README *pages* (path matched the same way) the permalink of their folder, one after the
  other, each seeing the URLs changed before it.
"""

from __future__ import annotations

import posixpath
import re
from typing import TYPE_CHECKING

from jekpy import converters, urls
from jekpy.plugins._common import option, page_from_static_file

if TYPE_CHECKING:
    from jekpy.models import Page
    from jekpy.site import Site

PRIORITY = "low"
CONFIG_KEY = "readme_index"
INDEX_REGEX = r"(?-i:$|index\.(html?|xhtml|xml)$)"


def readme_regex(site: Site) -> re.Pattern:
    """``/readme`` (any case) and a ``markdown_ext`` extension (exact case) at the end."""
    exts = [
        "." + part.lower()
        for part in str(site.config.get("markdown_ext", "")).split(",")
    ]
    union = "|".join(re.escape(e) for e in exts)
    return re.compile(r"(?i:/readme)(" + union + r")$", re.MULTILINE)


def dir_has_index(site: Site, folder: str) -> bool:
    """Whether a page or static file has the URL ``folder`` or ``folder/index.html``."""
    if not folder.endswith("/"):
        folder += "/"
    regex = re.compile("^" + re.escape(folder) + INDEX_REGEX, re.IGNORECASE | re.MULTILINE)
    return any(regex.search(item.url) for item in [*site.pages, *site.static_files])


def ruby_dirname(path: str) -> str:
    """Ruby's ``File.dirname`` for URL paths (trailing slashes ignored, ``/`` stays ``/``)."""
    stripped = path.rstrip("/")
    if not stripped:
        return "/" if path.startswith("/") else "."
    head = posixpath.dirname(stripped).rstrip("/")
    if not head:
        return "/" if stripped.startswith("/") else "."
    return head


def should_be_index(site: Site, url: str) -> bool:
    """A README becomes an index unless its folder has one."""
    return not dir_has_index(site, ruby_dirname(url))


def set_folder_permalink(site: Site, page: Page, url: str) -> None:
    """``data["permalink"] = File.dirname(url) + "/"``, then the URL again."""
    page.data["permalink"] = ruby_dirname(url) + "/"
    page.output_ext = converters.output_ext(site, page.ext, page.data["permalink"])
    page.url = urls.page_url(page, site.permalink_style)


def generate(site: Site) -> None:
    """Turn READMEs into folder indexes (Generator#generate)."""
    if option(site, CONFIG_KEY, "enabled") is False:
        return
    regex = readme_regex(site)
    readmes = [f for f in site.static_files if regex.search(f.relative_path)]
    for readme in readmes:
        if not should_be_index(site, readme.url):
            continue
        page = page_from_static_file(site, readme)
        set_folder_permalink(site, page, readme.url)
        site.pages.append(page)
        if option(site, CONFIG_KEY, "remove_originals") is True:
            site.static_files = [f for f in site.static_files if f is not readme]
    if option(site, CONFIG_KEY, "with_frontmatter") is True:
        for page in [p for p in site.pages if regex.search("/" + str(p.data.get("path", p.relative_path)))]:
            if should_be_index(site, page.url):
                set_folder_permalink(site, page, page.url)
