"""jekyll-mentions 1.6.0: ``@user`` in page text becomes a link to the user's profile.

Rules from jekyll/jekyll-mentions v1.6.0 lib/jekyll-mentions.rb and html-pipeline 2.14
lib/html/pipeline/@mention_filter.rb: after rendering, HTML pages and written documents whose
``<body>`` (or whole output, without one) matches the mention pattern get every text node
outside ``pre``/``code``/``a``/``style``/``script`` rewritten; ``@mention``-like reserved names
stay text. The base URL is ``jekyll-mentions`` (a string, or a hash's ``base_url``) from the page
or the site, else ``$SSL``+``$GITHUB_HOSTNAME``, else https://github.com. Nokogiri re-serialises
the body it changed; `parse_fragment` / `serialize` reproduce libxml2's HTML 4 parser and
serialiser for well-formed markup (entities become characters, ``<br />`` becomes ``<br>``,
libxml2's formatting newlines around block elements, see libxml2 HTMLtree.c).
"""

from __future__ import annotations

import os
import re
from html.parser import HTMLParser
from types import MappingProxyType
from typing import TYPE_CHECKING

from jekpy.errors import JekpyError
from jekpy.models import Page
from jekpy.plugins.html_refs import normalize

if TYPE_CHECKING:
    from jekpy.site import Site

GITHUB_DOT_COM = "https://github.com"
USERNAME = r"[\w][\w-]*"
# MentionFilter::MentionPatterns (Ruby /ix: ^/$ are line anchors, \w is ASCII).
MENTION = re.compile(
    r"(?:^|\W)@((?>" + USERNAME + r"))(?!/)(?=\.+[ \t\W]|\.+$|[^0-9a-zA-Z_.]|$)",
    re.I | re.M | re.ASCII)
RESERVED = ("mention", "mentions", "mentioned", "mentioning")
IGNORE_PARENTS = ("pre", "code", "a", "style", "script")
OPENING_BODY = re.compile(r"<body(.*?)>\s*", re.S)

# libxml2 html40ElementTable: void ("empty") elements and the inline ones (isinline != 0).
# (embed is not "empty" there: `<embed/>` is written `<embed></embed>`.)
VOID = frozenset("area base basefont br col frame hr img input isindex link meta param".split())
INLINE = frozenset((
    "a abbr acronym applet b basefont bdo big br button cite code del dfn em embed font i iframe "
    "img input ins kbd label map object q s samp script select small span strike strong sub sup "
    "textarea tt u var").split())
BLOCK = frozenset((
    "address blockquote body caption center col colgroup dd dir div dl dt fieldset form frame "
    "frameset h1 h2 h3 h4 h5 h6 head hr html isindex legend li link menu meta noframes noscript "
    "ol optgroup option p param pre style table tbody td tfoot th thead title tr ul").split())
KNOWN = VOID | INLINE | BLOCK
# Nokogiri parses a fragment inside <html><body>: a document's own html/head/body tags (and its
# doctype) are dropped, their content kept (nokogiri html4/document_fragment.rb).
DOCUMENT_TAGS = frozenset(("html", "head", "body"))
# Characters libxml2's parser drops (not XML ``Char``; a NUL becomes a space).
NOT_XML_CHARS = re.compile("[\x01-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
BOOLEAN_ATTRS = frozenset(
    "checked compact declare defer disabled ismap multiple nohref noresize noshade nowrap readonly selected".split())
URI_ATTRS = ("href", "action", "src")
URI_SAFE = "@/:=?;#%&,+"
# Start tags that close an open element (a subset of libxml2's htmlStartClose table).
CLOSES_P = frozenset(
    "address blockquote center dir div dl fieldset form h1 h2 h3 h4 h5 h6 hr menu ol p pre table ul li dd dt "
    "tr td th tbody tfoot".split())
CLOSED_BY = MappingProxyType({
    "li": frozenset({"li"}), "dt": frozenset({"dd"}), "dd": frozenset({"dt"}),  # <dd>a<dd> nests
    "option": frozenset({"option"}), "tr": frozenset({"tr", "tbody", "tfoot"}),
    "td": frozenset({"td", "th", "tr", "tbody", "tfoot"}), "th": frozenset({"td", "th", "tr", "tbody", "tfoot"}),
    "thead": frozenset({"tbody", "tfoot"}), "tbody": frozenset({"tbody", "tfoot"})})


class Element:
    """An element of a parsed fragment (``name`` None for the fragment itself)."""

    def __init__(self, name: str | None, attrs: list | None = None, parent: Element | None = None):
        self.name = name
        self.attrs = attrs or []
        self.children: list = []
        self.parent = parent


class Text:
    """A text node (``raw`` for script/style content)."""

    def __init__(self, text: str, parent: Element):
        self.text = text
        self.parent = parent


class Comment:
    """A comment node."""

    def __init__(self, text: str, parent: Element):
        self.text = text
        self.parent = parent


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element(None)
        self.current = self.root

    def _close_implied(self, tag: str) -> None:
        node = self.current
        while node.name is not None:
            closes = (node.name == "p" and tag in CLOSES_P) or tag in CLOSED_BY.get(node.name, ())
            if not closes:
                break
            self.current = node = node.parent

    def handle_starttag(self, tag, attrs):  # noqa: ANN001, D102
        if tag in DOCUMENT_TAGS:
            return
        self._close_implied(tag)
        seen, kept = set(), []
        for name, value in attrs:
            if name not in seen:
                seen.add(name)
                kept.append((name, value))
        element = Element(tag, kept, self.current)
        self.current.children.append(element)
        if tag not in VOID:
            self.current = element

    def handle_startendtag(self, tag, attrs):  # noqa: ANN001, D102
        self.handle_starttag(tag, attrs)
        if tag not in VOID and tag not in DOCUMENT_TAGS:
            self.current = self.current.parent

    def handle_endtag(self, tag):  # noqa: ANN001, D102
        if tag in DOCUMENT_TAGS:
            return
        node = self.current
        while node.name is not None and node.name != tag:
            node = node.parent
        if node.name == tag:
            self.current = node.parent

    def handle_data(self, data):  # noqa: ANN001, D102
        children = self.current.children
        if children and isinstance(children[-1], Text):
            children[-1].text += data
        else:
            children.append(Text(data, self.current))

    def handle_comment(self, data):  # noqa: ANN001, D102
        self.current.children.append(Comment(data, self.current))


def parse_fragment(html: str) -> Element:
    """Parse an HTML fragment into a tree (libxml2-like recovery for common cases)."""
    builder = _TreeBuilder()
    builder.feed(normalize(NOT_XML_CHARS.sub("", html.replace("\0", " "))))
    builder.close()
    return builder.root


def escape_text(text: str) -> str:
    """libxml2 ``xmlEncodeEntitiesReentrant`` for HTML: ``& < >`` only."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _uri_escape(value: str) -> str:
    out = []
    for char in value:
        if char.isascii() and (char.isalnum() or char in "-_.!~*'()" + URI_SAFE):
            out.append(char)
        else:
            out.extend(f"%{b:02X}" for b in char.encode("utf-8"))
    return "".join(out)


def _quoted(value: str) -> str:
    if '"' in value:
        return "'" + value + "'" if "'" not in value else '"' + value.replace('"', "&quot;") + '"'
    return '"' + value + '"'


def _attribute(element: Element, name: str, value: str | None) -> str:
    if value is None or name in BOOLEAN_ATTRS:
        return " " + name
    text = escape_text(value)
    if name in URI_ATTRS or (name == "name" and element.name == "a"):
        text = _uri_escape(text.lstrip(" \t\n\r"))
    return f" {name}={_quoted(text)}"


def _block(node: object) -> bool:
    return isinstance(node, Element) and node.name in KNOWN and node.name not in INLINE


def _newline_after(node: Element, index: int, siblings: list) -> bool:
    nxt = siblings[index + 1] if index + 1 < len(siblings) else None
    parent = node.parent
    return (_block(node) and nxt is not None and not isinstance(nxt, Text)
            and parent is not None and parent.name is not None and not parent.name.startswith("p"))


def serialize(element: Element) -> str:
    """libxml2 ``htmlNodeDumpFormatOutput`` (format on) of the element's children."""
    out: list[str] = []
    _dump_children(element, out)
    return "".join(out)


def _dump_children(element: Element, out: list[str]) -> None:
    raw = element.name in ("script", "style")
    for index, node in enumerate(element.children):
        if isinstance(node, Text):
            out.append(node.text if raw else escape_text(node.text))
        elif isinstance(node, Comment):
            out.append(f"<!--{node.text}-->")
        else:
            _dump_element(node, out)
            if _newline_after(node, index, element.children):
                out.append("\n")


def _dump_element(node: Element, out: list[str]) -> None:
    out.append("<" + node.name + "".join(_attribute(node, k, v) for k, v in node.attrs))
    if node.name in VOID:
        out.append(">")
        return
    if not node.children:
        out.append(f"></{node.name}>")
        return
    out.append(">")
    several = len(node.children) > 1
    tidy = _block(node) and several and not node.name.startswith("p")
    if tidy and not isinstance(node.children[0], Text):
        out.append("\n")
    _dump_children(node, out)
    if tidy and not isinstance(node.children[-1], Text):
        out.append("\n")
    out.append(f"</{node.name}>")


def text_nodes(element: Element, ignored: tuple[str, ...]):
    """Every text node not inside an ``ignored`` element."""
    for node in list(element.children):
        if isinstance(node, Text):
            yield node
        elif isinstance(node, Element) and node.name not in ignored:
            yield from text_nodes(node, ignored)


def replace_text(node: Text, html: str) -> None:
    """``node.replace(html)``: the text node becomes the parsed ``html``."""
    parent = node.parent
    index = parent.children.index(node)
    fragment = parse_fragment(html)
    for child in fragment.children:
        child.parent = parent
    parent.children[index:index + 1] = fragment.children


# -- the mention filter ----------------------------------------------------------------------

def mention_base(config: dict) -> str:
    """The base URL of profile links."""
    value = config.get("jekyll-mentions")
    if value is None:
        ssl, host = os.environ.get("SSL", ""), os.environ.get("GITHUB_HOSTNAME", "")
        if ssl and host:
            return ("https://" if ssl == "true" else "http://") + host.rstrip("/")
        return GITHUB_DOT_COM
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return str(value.get("base_url", mention_base({})))
    raise JekpyError("Your jekyll-mentions config has to either be a string or a hash. "
                     f"It's a {type(value).__name__} right now.")


def link_mentions(text: str, base: str) -> str:
    """Replace ``@login`` in escaped text with ``<a ... class='user-mention'>`` links."""
    url = base if re.search(r"[/~]\Z", base) else base + "/"

    def one(match: re.Match) -> str:
        login = match.group(1)
        if login.lower() in RESERVED:
            return match.group(0)
        link = f"<a href='{url}{login}' class='user-mention'>@{login}</a>"
        return match.group(0).replace("@" + login, link, 1)

    return MENTION.sub(one, text)


def filter_html(html: str, base: str) -> str:
    """The MentionFilter over a fragment, re-serialised."""
    root = parse_fragment(html)
    for node in list(text_nodes(root, IGNORE_PARENTS)):
        content = escape_text(node.text)
        if "@" not in content:
            continue
        changed = link_mentions(content, base)
        if changed != content:
            replace_text(node, changed)
    return serialize(root)


def mentionable(site: Site, item: object) -> bool:
    """Pages, and documents that are written, with HTML output, not opted out."""
    if not isinstance(item, Page) and not (getattr(item, "write", False)
                                           and site.collections[item.collection].output):
        return False
    permalink = item.data.get("permalink")
    html = item.output_ext == ".html" or (isinstance(permalink, str) and permalink.endswith("/"))
    return html and item.data.get("jekyll-mentions") is not False


def post_render(site: Site, item: object) -> None:
    """Link the mentions of one rendered page or document."""
    content = item.output
    if not content or "@" not in content or not mentionable(site, item):
        return
    config = dict(site.config)
    if "jekyll-mentions" in item.data:
        config.update(item.data)
    base = mention_base(config)
    if "<body" in content:
        match = OPENING_BODY.search(content)
        if match is None:
            return
        head, opener, tail = content[:match.start()], match.group(0), content[match.end():]
        body, sep, rest = tail.partition("</body>")
        if not MENTION.search(body):
            return
        item.output = head + opener + filter_html(body, base) + sep + rest
    elif MENTION.search(content):
        item.output = filter_html(content, base)
