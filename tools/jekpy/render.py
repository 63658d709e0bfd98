"""Rendering: Liquid, then the converter, then the layout chain, for every document and page.

Source: jekyll/jekyll v3.10.0 lib/jekyll/renderer.rb and site.rb ``render``. Documents are
rendered collection by collection, then pages. The payload is one dict shared by all of them,
as in Jekyll, so ``layout`` and ``content`` carry over between items exactly as they do there.
"""

from __future__ import annotations

import glob
import os
import re
import time
from typing import TYPE_CHECKING, Any

from jekpy import converters, plugins
from jekpy.errors import ConversionError
from jekpy.liquid.drops import ExcerptDrop, JekyllDrop, SiteDrop, document_drop, page_hash
from jekpy.models import Document, Excerpt, Page
from jekpy.preconvert import Ahead, jobs_from_env
from jekpy.utils import deep_merge

if TYPE_CHECKING:
    from jekpy.site import Site

LIQUID_CONSTRUCT_RE = re.compile(r"({%|{{)")


class Renderer:
    """Renders the items of one site with one Liquid environment and one payload."""

    def __init__(self, site: Site):
        from jekpy.liquid import JekyllEnvironment

        self.site = site
        self.env = JekyllEnvironment(site)
        plugins.register_liquid(self.env, site)
        self.payload: dict[str, Any] = {
            "site": SiteDrop(site),
            "jekyll": JekyllDrop(site.environment),
            "page": None,
            "layout": None,
            "content": None,
            "paginator": None,
            "highlighter_prefix": None,
            "highlighter_suffix": None,
        }
        site.render_excerpt = self.render_excerpt
        self.ahead = Ahead()

    # -- one item --------------------------------------------------------------------------
    def render_item(self, item: Page | Document, liquid: bool | None = None) -> None:
        """Render a page or document into ``item.output``; ``item.content`` becomes the converted body.

        ``liquid``: whether the content goes through Liquid (``renders_liquid``), when the caller
        has asked already.
        """
        site = self.site
        site.current_document = item
        payload = self.payload
        if isinstance(item, Page):
            payload["page"] = page_hash(item)
            payload["paginator"] = item.pager.to_liquid() if item.pager is not None else None
        else:
            payload["page"] = document_drop(site, item)
            payload["paginator"] = None
        # The Markdown converter declares "\n" around highlighted code (converters/markdown.rb
        # highlighter_prefix/suffix); the {% highlight %} tag reads them from the payload.
        ext = self.ext(item)
        wrap = "\n" if converters.kind(site, ext) == "markdown" else None
        payload["highlighter_prefix"] = payload["highlighter_suffix"] = wrap
        layout = site.layouts.get(str(item.data.get("layout")))
        if layout is not None:
            payload["layout"] = deep_merge(layout.data, payload["layout"] or {})
        output = item.content
        display = self.display_path(item)
        if liquid is None:
            liquid = self.renders_liquid(item)
        if liquid:
            output = self.render_liquid(output, display, item.body_line - 1)
            output = self.convert(output, ext, display)
        else:
            output = self.ahead.take(item, lambda text: self.convert(text, ext, display))
        item.content = output
        if self.place_in_layout(item):
            output = self.place_in_layouts(output, item, display)
        item.output = output
        item.rendered = True
        plugins.post_render(site, item)

    def render_excerpt(self, excerpt: Excerpt) -> str:
        """An excerpt with a fresh payload: Liquid and converter, no layout (excerpt.rb)."""
        doc = excerpt.doc
        saved = dict(self.payload)
        try:
            self.payload["page"] = ExcerptDrop(excerpt, self.site)
            self.payload["paginator"] = None
            wrap = "\n" if converters.kind(self.site, doc.extname) == "markdown" else None
            self.payload["highlighter_prefix"] = self.payload["highlighter_suffix"] = wrap
            text = excerpt.content
            display = doc.relative_path + "/#excerpt"
            if "{{" in text or "{%" in text:
                text = self.render_liquid(text, display, doc.body_line - 1)
            return self.convert(text, doc.extname, display)
        finally:
            self.payload.clear()
            self.payload.update(saved)

    # -- steps ------------------------------------------------------------------------------
    @staticmethod
    def display_path(item: Page | Document) -> str:
        return item.relative_path

    @staticmethod
    def ext(item: Page | Document) -> str:
        return item.ext if isinstance(item, Page) else item.extname

    def renders_liquid(self, item: Page | Document) -> bool:
        if isinstance(item, Document) and item.extname.lower() in (".coffee", ".yml", ".yaml"):
            return False
        return bool(LIQUID_CONSTRUCT_RE.search(item.content))

    def place_in_layout(self, item: Page | Document) -> bool:
        kind = converters.kind(self.site, self.ext(item))
        if kind in ("sass", "scss", "coffee"):
            return False
        return item.data.get("layout") != "none"

    def render_liquid(self, source: str, display: str, line_offset: int) -> str:
        if self.site.stats is None:
            template = self.env.parse_template(source, display, line_offset)
            return self.env.render_template(template, self.payload)
        started = time.perf_counter()
        template = self.env.parse_template(source, display, line_offset)
        output = self.env.render_template(template, self.payload)
        entry = self.site.stats.setdefault(display, [0, 0, 0.0])
        entry[0] += 1
        entry[1] += len(output.encode("utf-8"))
        entry[2] += time.perf_counter() - started
        return output

    def convert(self, content: str, ext: str, display: str) -> str:
        kind = converters.kind(self.site, ext)
        if kind == "markdown":
            from jekpy.markdown import markdownify

            return markdownify(content, self.site.config.get("kramdown"))
        if kind in ("scss", "sass"):
            return self.convert_sass(content, kind, display)
        if kind == "coffee":
            if os.environ.get("JEKPY_COFFEESCRIPT") != "copy":
                raise coffee_error(display)
            # Opt-in: build as the reference renderer does (it has no jekyll-coffeescript).
            self.site.logger.warn("CoffeeScript:", f"{display} is copied unconverted (JEKPY_COFFEESCRIPT=copy); "
                                  "GitHub Pages would publish compiled JavaScript.")
        return content

    def convert_sass(self, content: str, syntax: str, display: str) -> str:
        from jekpy import sass

        try:
            return sass.compile_sass(
                content,
                syntax=syntax,
                load_paths=sass_load_paths(self.site),
                style=sass_style(self.site.config),
                filename=display,
            )
        except sass.SassError as exc:
            raise ConversionError(
                f"Jekyll::Converters::Scss encountered an error while converting '{display}': {exc}",
                path=display,
                line=getattr(exc, "line", None),
                hint="Fix the Sass error at that line.",
            ) from None

    def place_in_layouts(self, content: str, item: Page | Document, display: str) -> str:
        site = self.site
        name = item.data.get("layout")
        layout = site.layouts.get(str(name))
        if name is not None and layout is None:
            site.logger.warn("Build Warning:", f"Layout '{name}' requested in {display} does not exist.")
        used = set()
        if layout is not None:
            used.add(id(layout))
        self.payload["layout"] = None
        output = content
        while layout is not None:
            self.payload["content"] = output
            self.payload["layout"] = deep_merge(layout.data, self.payload["layout"] or {})
            output = self.render_liquid(layout.content, layout.relative_path.lstrip("/"), layout.body_line - 1)
            touch_date(site, item)
            nxt = site.layouts.get(layout.data.get("layout")) if layout.data.get("layout") is not None else None
            if nxt is None or id(nxt) in used:
                break
            used.add(id(nxt))
            layout = nxt
        return output


def touch_date(site: Site, item: Page | Document) -> None:
    """Jekyll 3.10 asks ``document.write?`` for each layout (regenerator dependencies), which for
    an output collection calls ``Document#date`` and so stores ``site.time`` in an undated
    document (renderer.rb ``add_regenerator_dependencies``, publisher.rb, document.rb ``date``)."""
    if site.config.get("future"):
        return  # Publisher#hidden_in_the_future? stops before asking for the date
    if isinstance(item, Document) and site.collections[item.collection].output and item.data.get("date") is None:
        item.data["date"] = site.time


def sass_style(config: dict) -> str:
    """jekyll-sass-converter 1.5.2's style from ``sass.style`` (jekpy.sass.resolve_style)."""
    from jekpy.sass import resolve_style

    sass = config.get("sass") if isinstance(config.get("sass"), dict) else {}
    return resolve_style(sass.get("style"))


def coffee_error(display: str) -> ConversionError:
    """A .coffee file with front matter: Pages (jekyll-coffeescript, a default plugin) compiles it
    to JavaScript; Python has no maintained CoffeeScript compiler, so jekpy stops (docs/plugins-optin.md)."""
    target = display[: -len(".coffee")] + ".js" if display.lower().endswith(".coffee") else display
    return ConversionError(
        f"jekpy cannot compile {display}: it has front matter, so GitHub Pages "
        f"(jekyll-coffeescript) would publish it compiled to JavaScript as {target}",
        path=display,
        hint=(f"compile it yourself (`coffee -c {display}`) and commit {target}, or remove its "
              "front matter so that it is copied as a static file (JEKPY_COFFEESCRIPT=copy copies it "
              "unconverted, as a renderer without jekyll-coffeescript does)"),
        topic="CoffeeScript:",
    )


def sass_load_paths(site: Site) -> list[str]:
    """``load_paths``, then ``sass_dir`` (default ``_sass``), then the theme's ``_sass``."""
    sass = site.config.get("sass") if isinstance(site.config.get("sass"), dict) else {}
    load_paths = sass.get("load_paths") or []
    if not isinstance(load_paths, list):
        load_paths = [load_paths]
    paths: list[str] = []
    for pattern in [*load_paths, str(sass.get("sass_dir") or "_sass")]:
        for found in sorted(glob.glob(str(site.in_source(pattern)))):
            resolved = str(site.in_source(os.path.relpath(found, site.source)))
            if os.path.isdir(resolved) and resolved not in paths:
                paths.append(resolved)
    if site.theme and site.theme.sass_path:
        paths.append(str(site.theme.sass_path))
    return paths


def profile_table(stats: dict[str, list], limit: int = 50) -> str:
    """Jekyll's ``--profile`` table: templates by total render time (liquid_renderer/table.rb)."""
    rows = sorted(stats.items(), key=lambda kv: kv[1][2], reverse=True)[:limit]
    header = ("Filename", "Count", "Bytes", "Time")
    body = [(name, str(c), f"{b / 1024:.2f}K", f"{t:.3f}") for name, (c, b, t) in rows]
    widths = [max(len(r[i]) for r in [header, *body]) for i in range(4)]

    def line(cells):
        return " | ".join(cell.ljust(widths[i]) if i == 0 else cell.rjust(widths[i]) for i, cell in enumerate(cells))

    rule = "-+-".join("-" * w for w in widths)
    return "\n".join([line(header), rule, *(line(r) for r in body)])


def render_site(site: Site) -> None:
    """Render every document (collection by collection), then every page."""
    renderer = Renderer(site)
    items = [doc for collection in site.collections.values() for doc in collection.docs] + list(site.pages)
    plan = [(item, renderer.renders_liquid(item)) for item in items]
    # Markdown without Liquid has its converter input already: convert it ahead (preconvert.py)
    ahead = [item for item, liquid in plan
             if not liquid and converters.kind(site, renderer.ext(item)) == "markdown"]
    renderer.ahead.start(ahead, site.config.get("kramdown"), jobs_from_env())
    try:
        for item, liquid in plan:
            renderer.render_item(item, liquid)
    finally:
        renderer.ahead.close()
        site.current_document = None
