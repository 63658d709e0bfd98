"""Small helpers shared by the Pages default plugins (benbalter's jekyll-* generators).

Every one of those gems reads its options the same way (``site.config[KEY][option]``), asks
the Markdown converter whether an extension is Markdown, and turns a static file into a page
with ``Jekyll::Page.new(site, base, dir, name)``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from jekpy import converters

if TYPE_CHECKING:
    from jekpy.models import Page, StaticFile
    from jekpy.site import Site


def option(site: Site, key: str, name: str) -> Any:
    """``site.config[key][name]`` when ``site.config[key]`` is a mapping, else None."""
    section = site.config.get(key)
    if isinstance(section, dict):
        return section.get(name)
    return None


def truthy(value: Any) -> bool:
    """Ruby truthiness: everything but nil and false ("" and 0 are true)."""
    return value is not None and value is not False


def is_markdown(site: Site, ext: str) -> bool:
    """``Jekyll::Converters::Markdown#matches``: the extension is in ``markdown_ext``."""
    return converters.kind(site, ext) == "markdown"


def page_from_static_file(site: Site, static_file: StaticFile) -> Page:
    """``Jekyll::Page.new(site, base, dir, name)`` for a static file's source file."""
    from jekpy import reader

    return reader.read_page(site, static_file.dir, static_file.name, static_file.path)

# Liquid 4.0.4 lib/liquid/standardfilters.rb ``strip_html``: script, comment and style blocks,
# then every tag (``.`` spans newlines: Ruby's /m).
_STRIP_HTML_BLOCKS = re.compile(r"<script.*?</script>|<!--.*?-->|<style.*?</style>", re.DOTALL)
_STRIP_HTML_TAGS = re.compile(r"<.*?>", re.DOTALL)
RUBY_SPACE = " \t\n\v\f\r"


def strip_html(text: str) -> str:
    """Liquid's ``strip_html`` filter."""
    return _STRIP_HTML_TAGS.sub("", _STRIP_HTML_BLOCKS.sub("", text))


def normalize_whitespace(text: str) -> str:
    r"""Jekyll's ``normalize_whitespace``: runs of Ruby ``\s`` become one space, then strip."""
    return re.sub(r"[ \t\n\v\f\r]+", " ", text).strip(RUBY_SPACE + "\0")


def markdownify(site: Site, text: str) -> str:
    """Jekyll's ``markdownify`` filter: the site's Markdown converter (kramdown)."""
    from jekpy.markdown import markdownify as convert

    return convert(text, site.config.get("kramdown"))
