"""jemoji 0.13.0: ``:shortcode:`` emoji become ``<img class="emoji">`` images after rendering.

Versions as GitHub Pages resolves them (github-pages v232 pins jemoji 0.13.0, whose gemspec asks
for gemoji ``>= 3, < 5`` and html-pipeline ``~> 2.2``): gemoji 4.1.0 and html-pipeline 2.14.3.
Rules from jekyll/jemoji v0.13.0 lib/jemoji.rb and html-pipeline v2.14.3
lib/html/pipeline/emoji_filter.rb:

* Pages, and documents that are written, with ``.html`` output - or any of them whose
  ``permalink`` ends in ``/`` (Ruby's ``a && b || c``) - are filtered after rendering when the
  whole output matches the emoji pattern; only the part between ``<body ...>`` and ``</body>`` is
  filtered when the output has ``<body``.
* Every text node not inside ``pre``, ``code`` or ``tt`` (script and style text included) that
  has a ``:`` and a gemoji alias between two colons is replaced by its text with each
  ``:alias:`` turned into ``<img class="emoji" title=":alias:" alt=":alias:" src="SRC"
  height="20" width="20">``, parsed as HTML (the text is used unescaped, as Nokogiri's
  ``node.text`` gives it) - and Nokogiri re-serialises the whole filtered fragment (see
  `jekpy.plugins.mentions.serialize`).
* SRC is ``File.join(root, "emoji", image_filename)``; root is ``emoji.src`` from the site
  config, else ``$ASSET_HOST_URL`` (trailing ``/`` dropped) + ``/images/icons/``, else
  ``https://github.githubassets.com/images/icons/``.
* gemoji's image file name (lib/emoji/character.rb): ``unicode/<hex>.png`` of the first Unicode
  alias, code points as lower-case hex of at least 4 digits joined by ``-``, with ``-fe0f`` and
  ``-200d`` dropped; emoji without a character are ``<name>.png``.

The emoji table is gemoji 4.1.0's db/emoji.json (`plugin_data.GEMOJI`), found in a data folder or
downloaded once; without it the shortcodes stay text and the build warns once.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from jekpy.models import Page
from jekpy.plugins import plugin_data
from jekpy.plugins.mentions import OPENING_BODY, Text, parse_fragment, replace_text, serialize

if TYPE_CHECKING:
    from jekpy.site import Site

GITHUB_DOT_COM_ASSET_HOST_URL = "https://github.githubassets.com"
ASSET_PATH = "/images/icons/"
IGNORED_ANCESTORS = frozenset(("pre", "code", "tt"))
VARIATION_SELECTOR_16 = "\ufe0f"
# gemoji lib/emoji.rb TEXT_GLYPHS: never registered without VARIATION_SELECTOR_16.
TEXT_GLYPHS = frozenset("\U0001f237\U0001f202\U0001f170\U0001f171\U0001f17e\u00a9\u00ae\u2122\u3030")
HEX_JOINERS = re.compile(r"-(fe0f|200d)\b")
MESSAGE = ("{title} is not available ({why}): :emoji: shortcodes are left as text "
           "(GitHub Pages would turn them into <img class=\"emoji\"> images).")


def image_filename(entry: dict) -> str:
    """gemoji's ``Emoji::Character#image_filename`` for one db/emoji.json entry."""
    raw = entry.get("emoji")
    if raw is None:
        return f"{entry['aliases'][0]}.png"
    first = raw + VARIATION_SELECTOR_16 if raw in TEXT_GLYPHS else raw
    hex_name = "-".join(f"{ord(char):04x}" for char in first)
    return f"unicode/{HEX_JOINERS.sub('', hex_name)}.png"


def load_table(text: str) -> MappingProxyType:
    """Alias -> image file name from db/emoji.json text (a later alias wins, as gemoji's index)."""
    table: dict[str, str] = {}
    for entry in json.loads(text):
        filename = image_filename(entry)
        for name in entry.get("aliases", []):
            table[name] = filename
    return MappingProxyType(table)


def emoji_src(config: dict) -> str:
    """The asset root images are linked under (``Jekyll::Emoji.emoji_src``)."""
    section = config.get("emoji")
    if isinstance(section, dict) and "src" in section:
        return str(section["src"])
    host = os.environ.get("ASSET_HOST_URL", "")
    if host:
        return host.removesuffix("/") + ASSET_PATH
    return GITHUB_DOT_COM_ASSET_HOST_URL + ASSET_PATH


def file_join(root: str, path: str) -> str:
    """Ruby ``File.join(root, path)`` for a relative ``path``: one ``/`` between them."""
    return root + path if root.endswith("/") else f"{root}/{path}"


def emoji_tag(name: str, filename: str, root: str) -> str:
    """The ``<img>`` html-pipeline builds (``align`` removed by jemoji's ``img_attrs``)."""
    src = file_join(root, "emoji/" + filename)
    return f'<img class="emoji" title=":{name}:" alt=":{name}:" src="{src}" height="20" width="20">'


def shortcodes(text: str, table: Any):
    """``(start, end, name)`` of each ``:name:`` the pattern ``/:(alias|...):/`` finds, in order.

    No alias has a ``:``, so a match at a colon runs to the next colon; when the text between is
    not an alias, the search goes on from that next colon.
    """
    start = text.find(":")
    while start != -1:
        end = text.find(":", start + 1)
        if end == -1:
            return
        name = text[start + 1:end]
        if name in table:
            yield start, end + 1, name
            start = text.find(":", end + 1)
        else:
            start = end


def emojify_text(text: str, table: Any, root: str) -> str:
    """``emoji_image_filter``: every ``:alias:`` of ``text`` becomes its ``<img>``."""
    out, last = [], 0
    for start, end, name in shortcodes(text, table):
        out.append(text[last:start])
        out.append(emoji_tag(name, table[name], root))
        last = end
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


def _ignored(node: Text) -> bool:
    parent = node.parent
    while parent is not None and parent.name is not None:
        if parent.name in IGNORED_ANCESTORS:
            return True
        parent = parent.parent
    return False


def _text_nodes(element):
    for node in list(element.children):
        if isinstance(node, Text):
            yield node
        elif hasattr(node, "children"):
            yield from _text_nodes(node)


def filter_html(html: str, table: Any, root: str) -> str:
    """The EmojiFilter over a fragment, re-serialised as Nokogiri does."""
    fragment = parse_fragment(html)
    for node in list(_text_nodes(fragment)):
        content = node.text
        if ":" not in content or _ignored(node):
            continue
        changed = emojify_text(content, table, root)
        if changed != content:
            replace_text(node, changed)
    return serialize(fragment)


def emojiable(site: Site, item: Any) -> bool:
    """``Jekyll::Emoji.emojiable?``: ``(page || write?) && html || permalink ends with "/"``."""
    written = isinstance(item, Page) or (getattr(item, "write", False)
                                         and site.collections[item.collection].output)
    permalink = item.data.get("permalink")
    return (written and item.output_ext == ".html") or (isinstance(permalink, str) and permalink.endswith("/"))


def emojify(output: str, table: Any, config: dict) -> str:
    """``Jekyll::Emoji.emojify`` of one output (unchanged when no alias appears anywhere)."""
    if not any(True for _ in shortcodes(output, table)):
        return output
    root = emoji_src(config)
    if "<body" not in output:
        return filter_html(output, table, root)
    match = OPENING_BODY.search(output)
    if match is None:
        return output
    head, opener, tail = output[:match.start()], match.group(0), output[match.end():]
    body, sep, rest = tail.partition("</body>")
    return head + opener + filter_html(body, table, root) + sep + rest


def after_init(site: Site) -> None:
    """Load gemoji's table (from a data folder, or downloaded once); warn when it cannot be had."""
    found = plugin_data.locate(plugin_data.GEMOJI)
    if isinstance(found, Path):
        site.jemoji_table = load_table(found.read_text(encoding="utf-8"))
        return
    site.jemoji_table = None
    site.logger.warn("Jemoji:", MESSAGE.format(title=plugin_data.GEMOJI.title, why=found))
    site.logger.warn("", plugin_data.hint(plugin_data.GEMOJI))


def post_render(site: Site, item: Any) -> None:
    """Turn the shortcodes of one rendered page or document into images."""
    table = getattr(site, "jemoji_table", None)
    if table is None or not item.output or ":" not in item.output or not emojiable(site, item):
        return
    item.output = emojify(item.output, table, site.config)
