"""The built site: every item renders, internal links, images and ``#anchors`` resolve (like
html-proofer's internal checks), no two files write one URL, no URLs differ only by case.

The site is read, generated and rendered in memory with the build's own pipeline (nothing is
written). Each item renders separately, so every render error is reported, not only the first.
"""

from __future__ import annotations

import os
import re
from collections import defaultdict

from jekpy import converters, plugins, reader, writer
from jekpy.check import markdown_links, parallel
from jekpy.check.context import CheckContext
from jekpy.check.link_index import HTML_EXTS, LinkIndex
from jekpy.check.liquid_env import install_stubs
from jekpy.check.template_checks import LINE_PREFIX_RE
from jekpy.errors import ConversionError, JekpyError

MARKDOWN_EXTS = (".md", ".markdown", ".mdown", ".mkdn", ".mkd")


def check(ctx: CheckContext) -> bool:
    """Build in memory, then check what the build would publish; False if it could not build."""
    site = ctx.site
    if site is None or _build(ctx) is False:
        return False
    outputs = writer.outputs(site)
    _conflicts(ctx, outputs)
    LinkChecker(ctx, outputs).run()
    return True


def _source_rel(ctx: CheckContext, item) -> str:
    path = getattr(item, "path", None)
    if path is None:
        return getattr(item, "relative_path", "")
    try:
        return path.resolve().relative_to(ctx.site.source).as_posix()
    except ValueError:
        return f"{path.parent.parent.name}/{path.parent.name}/{path.name}"


def _renderer(ctx: CheckContext):
    """The build's Renderer; unless ``thorough``, plain Markdown is not converted (see markdown_links)."""
    from jekpy.render import Renderer

    class CheckRenderer(Renderer):
        def convert(self, content: str, ext: str, display: str) -> str:
            if ctx.deferred is not None and converters.kind(self.site, ext) == "markdown" \
                    and markdown_links.deferrable(content):
                return ctx.deferred.add(content)
            return super().convert(content, ext, display)

    renderer = CheckRenderer(ctx.site)
    if not ctx.thorough:
        ctx.deferred = markdown_links.Deferred(lambda text: Renderer.convert(renderer, text, ".md", ""))
    return renderer


def read_site(ctx: CheckContext) -> bool:
    """Read the site and run the generators as the build does; False (and one error, unless
    an error is reported already) where the build stops."""
    site = ctx.site
    try:
        plugins.after_init(site)
        reader.read(site)
        plugins.generate(site)
    except JekpyError as exc:
        if not any(p.severity == "error" for p in ctx.report.problems):
            ctx.report.error(f"The build stops here: {exc.message}", exc.path or "", exc.line, exc.col, "build")
        return False
    return True


def _build(ctx: CheckContext) -> bool:
    if not read_site(ctx):
        return False
    site = ctx.site
    renderer = _renderer(ctx)
    install_stubs(renderer.env, site)
    docs = [doc for c in site.collections.values() for doc in c.docs]
    parallel.render_documents(ctx, docs, lambda item: _render_one(ctx, renderer, item))
    for page in site.pages:
        _render_one(ctx, renderer, page)  # Sass too: a Sass error stops the Pages build
    return True


def _render_one(ctx: CheckContext, renderer, item) -> None:
    """Render one item; its problems go to the report."""
    try:
        renderer.render_item(item)
    except ConversionError as exc:  # Sass counts lines from the end of the front matter
        line = exc.line + getattr(item, "body_line", 1) - 1 if exc.line else None
        message = re.sub(r" on line \d+$", "", " ".join(str(exc.message).split()))
        ctx.report.error(message, _source_rel(ctx, item), line, None, "render")
    except JekpyError as exc:
        _render_error(ctx, exc, _source_rel(ctx, item))
    except Exception as exc:  # noqa: BLE001 - a jekpy limitation, not the site's fault
        detail = " ".join(str(exc).split())
        ctx.report.warning(f"jekpy could not render this file ({type(exc).__name__}: {detail}); "
                           "its output is not checked.", _source_rel(ctx, item), rule="jekpy-internal")
    finally:
        ctx.site.current_document = None


def _render_error(ctx: CheckContext, exc: JekpyError, rel: str) -> None:
    file = exc.path or rel
    for place in ((getattr(exc, "include_path", None), getattr(exc, "include_line", None)), (file, exc.line)):
        if place in ctx.pending_includes and "include" in str(exc.message):
            ctx.reached_includes.add(place)
            return
    if (file, exc.line) in ctx.template_errors or ctx.report.has_error_at(file, exc.line):
        return
    include = getattr(exc, "include_path", None)
    if include and any(f == include for f, _ in ctx.template_errors):
        return
    message = " ".join(str(exc.message).split())
    if message.endswith(f" in {file}"):
        message = message[: -len(f" in {file}")]
    message = LINE_PREFIX_RE.sub(r"\1: ", message)
    ctx.report.error(message, file, exc.line, exc.col, "render")


def _conflicts(ctx: CheckContext, outputs: list) -> None:
    by_dest: dict[str, list] = defaultdict(list)
    for dest, item in outputs:
        by_dest[dest].append(item)
    for dest, items in sorted(by_dest.items()):
        if len(items) > 1:
            names = [_source_rel(ctx, i) for i in items]
            ctx.report.warning(f"Conflict: /{dest} is written by {len(items)} files ({', '.join(names)}); "
                             "only one survives.", names[-1], rule="url-conflict")
    by_case: dict[str, set[str]] = defaultdict(set)
    for dest in by_dest:
        by_case[dest.lower()].add(dest)
    for _, dests in sorted(by_case.items()):
        if len(dests) > 1:
            ordered = sorted(dests)
            item = by_dest[ordered[-1]][0]
            ctx.report.warning("URLs differ only by case: " + ", ".join("/" + d for d in ordered)
                               + "; on a case-insensitive file system one overwrites the other.",
                               _source_rel(ctx, item), rule="url-case")


class LinkChecker:
    """Checks every HTML output of the in-memory build and reports where each broken link is written."""

    def __init__(self, ctx: CheckContext, outputs: list) -> None:
        self.ctx = ctx
        self.site = ctx.site
        self.items = {dest: item for dest, item in outputs
                      if dest.endswith(HTML_EXTS) and getattr(item, "output", None) is not None}
        ignore = ctx.ignore_missing
        self.index = LinkIndex({dest for dest, _ in outputs}, {d: i.output for d, i in self.items.items()},
                               str(self.site.config.get("baseurl") or ""), ignore,
                               lenient_baseurl=not ctx.user_config.get("baseurl"), deferred=ctx.deferred)
        self.relative_links = "jekyll-relative-links" in (self.site.config.get("plugins") or [])
        self.sources: dict[str, str] = {}
        self.found: dict[tuple, list] = defaultdict(list)

    def run(self) -> None:
        """Scan every page, then report each broken link once per source place."""
        for dest, item in sorted(self.items.items()):
            for url, problem in self.index.page_problems(dest, lambda path, item=item: self.relative_md(item, path)):
                self.ctx.report.links.append((dest, url, problem))
                file, line, col = self.locate(item, url)
                key = (file, line, col, problem) if line else ("", None, None, url)
                self.found[key].append((dest, file, problem))
        for (file, line, col, message), pages in sorted(self.found.items(), key=lambda kv: (kv[0][0], kv[0][1] or 0, kv[0][2] or 0, kv[0][3])):
            if not line:
                file, message = pages[0][1], pages[0][2]
                where = ", ".join("/" + d for d, _, _ in pages[:3]) + (", ..." if len(pages) > 3 else "")
                suffix = f" (on {len(pages)} pages: {where})" if len(pages) > 1 else f" (in {where})"
            else:
                suffix = f" (on {len(pages)} pages)" if len(pages) > 1 else ""
            self.ctx.report.error(message + suffix, file, line, col, "broken-link")

    def relative_md(self, item, path: str) -> bool:
        """jekyll-relative-links rewrites links to Markdown sources; accept those that exist."""
        src = getattr(item, "path", None)
        if not self.relative_links or src is None or not path.lower().endswith(MARKDOWN_EXTS):
            return False
        base = self.site.source if path.startswith("/") else src.parent
        return (base / path.lstrip("/")).is_file()

    def locate(self, item, url: str) -> tuple[str, int | None, int | None]:
        """The file and line where ``url`` is written: the item, else its layouts."""
        needles = [url]
        baseurl = self.index.baseurl
        if baseurl and url.startswith(baseurl + "/"):
            needles.append(url[len(baseurl):])
        needles.append(url.split("#")[0].split("?")[0])
        candidates = [getattr(item, "path", None)]
        layout = self.site.layouts.get(str(item.data.get("layout")))
        seen = set()
        while layout is not None and id(layout) not in seen:
            seen.add(id(layout))
            candidates.append(layout.path)
            layout = self.site.layouts.get(str(layout.data.get("layout")))
        candidates.extend(self.include_files())
        candidates.extend(self.data_and_config_files())
        for path in candidates:
            text = self.text(path)
            for needle in needles:
                index = text.find(needle) if needle else -1
                if index >= 0:
                    line = text.count("\n", 0, index) + 1
                    return (self.rel(path), line, index - (text.rfind("\n", 0, index) + 1) + 1)
        return (_source_rel(self.ctx, item), None, None)

    def include_files(self) -> list:
        """The site's include files (where a link written in no page or layout may be)."""
        if not hasattr(self, "_includes"):
            self._includes = [p for folder in self.site.include_dirs if folder.is_dir()
                              for p in sorted(folder.rglob("*")) if p.is_file()]
        return self._includes

    def data_and_config_files(self) -> list:
        """``_data`` files and the configuration files (links built from site data)."""
        if not hasattr(self, "_data_files"):
            folder = self.site.in_source(str(self.site.config.get("data_dir") or "_data"))
            found = sorted(p for p in folder.rglob("*") if p.is_file()) if folder.is_dir() else []
            self._data_files = found + [c.path for c in self.ctx.configs]
        return self._data_files

    def text(self, path) -> str:
        if path is None:
            return ""
        key = str(path)
        if key not in self.sources:
            try:
                self.sources[key] = path.read_text(encoding="utf-8", errors="replace")
            except OSError:
                self.sources[key] = ""
        return self.sources[key]

    def rel(self, path) -> str:
        try:
            return path.resolve().relative_to(self.site.source).as_posix()
        except ValueError:
            return os.path.join(path.parent.parent.name, path.parent.name, path.name)
