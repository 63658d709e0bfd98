"""The built site: every item renders, internal links, images and ``#anchors`` resolve (like
html-proofer's internal checks), no two files write one URL, no URLs differ only by case.

The site is read, generated and rendered in memory with the build's own pipeline (nothing is
written). Each item renders separately, so every render error is reported, not only the first.
"""

from __future__ import annotations

import fnmatch
import os
import posixpath
from collections import defaultdict
from urllib.parse import unquote, urlsplit

from jekpy import plugins, reader, writer
from jekpy.check import html_scan
from jekpy.check.context import CheckContext
from jekpy.check.liquid_env import install_stubs
from jekpy.errors import JekpyError

HTML_EXTS = (".html", ".htm")
SKIP_SCHEMES = ("mailto:", "tel:", "javascript:", "data:", "sms:", "ftp:", "irc:", "#!")
MARKDOWN_EXTS = (".md", ".markdown", ".mdown", ".mkdn", ".mkd")


def check(ctx: CheckContext) -> None:
    """Build in memory, then check what the build would publish."""
    site = ctx.site
    if site is None or _build(ctx) is False:
        return
    outputs = writer.outputs(site)
    _conflicts(ctx, outputs)
    LinkChecker(ctx, outputs).run()


def _source_rel(ctx: CheckContext, item) -> str:
    path = getattr(item, "path", None)
    if path is None:
        return getattr(item, "relative_path", "")
    try:
        return path.resolve().relative_to(ctx.site.source).as_posix()
    except ValueError:
        return f"{path.parent.parent.name}/{path.parent.name}/{path.name}"


def _build(ctx: CheckContext) -> bool:
    from jekpy.render import Renderer

    site = ctx.site
    try:
        plugins.after_init(site)
        reader.read(site)
        plugins.generate(site)
    except JekpyError as exc:
        if not any(p.severity == "error" for p in ctx.report.problems):
            ctx.report.error(f"The build stops here: {exc.message}", exc.path or "", exc.line, exc.col, "build")
        return False
    renderer = Renderer(site)
    install_stubs(renderer.env, site)
    items = [doc for c in site.collections.values() for doc in c.docs] + list(site.pages)
    for item in items:
        try:
            renderer.render_item(item)
        except JekpyError as exc:
            _render_error(ctx, exc, _source_rel(ctx, item))
        finally:
            site.current_document = None
    return True


def _render_error(ctx: CheckContext, exc: JekpyError, rel: str) -> None:
    file = exc.path or rel
    if (file, exc.line) in ctx.template_errors or ctx.report.has_error_at(file, exc.line):
        return
    include = getattr(exc, "include_path", None)
    if include and any(f == include for f, _ in ctx.template_errors):
        return
    message = " ".join(str(exc.message).split())
    if message.endswith(f" in {file}"):
        message = message[: -len(f" in {file}")]
    ctx.report.error(message, file, exc.line, exc.col, "render")


def _conflicts(ctx: CheckContext, outputs: list) -> None:
    by_dest: dict[str, list] = defaultdict(list)
    for dest, item in outputs:
        by_dest[dest].append(item)
    for dest, items in sorted(by_dest.items()):
        if len(items) > 1:
            names = [_source_rel(ctx, i) for i in items]
            ctx.report.error(f"Conflict: /{dest} is written by {len(items)} files ({', '.join(names)}); "
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
    """Resolves every internal link of every HTML output against the set of output files."""

    def __init__(self, ctx: CheckContext, outputs: list) -> None:
        self.ctx = ctx
        self.site = ctx.site
        self.outputs = outputs
        self.files = {dest for dest, _ in outputs}
        self.dirs = {posixpath.dirname(d) for d in self.files}
        self.html = {dest: item for dest, item in outputs if dest.endswith(HTML_EXTS) and getattr(item, "output", None) is not None}
        self.ids: dict[str, set[str]] = {}
        self.baseurl = str(self.site.config.get("baseurl") or "").rstrip("/")
        self.ignore = [str(p) for p in (ctx.check_config.get("ignore_missing") or []) if p is not None]
        self.relative_links = "jekyll-relative-links" in (self.site.config.get("plugins") or [])
        self.sources: dict[str, str] = {}
        self.found: dict[tuple, list] = defaultdict(list)

    def run(self) -> None:
        """Scan every page, then report each broken link once per source place."""
        for dest, item in sorted(self.html.items()):
            scan = html_scan.scan(item.output)
            self.ids[dest] = scan.ids
            for _tag, _attr, url, _line in scan.links:
                problem = self.problem(dest, item, url)
                if problem:
                    self.found[self.locate(item, url) + (problem,)].append(dest)
        for (file, line, col, message), pages in sorted(self.found.items(), key=lambda kv: (kv[0][0], kv[0][1] or 0, kv[0][2] or 0, kv[0][3])):
            suffix = f" (on {len(pages)} pages)" if len(pages) > 1 else f" (in /{pages[0]})" if not line else ""
            self.ctx.report.error(message + suffix, file, line, col, "broken-link")

    def problem(self, dest: str, item, url: str) -> str | None:
        """Why ``url`` on page ``dest`` does not resolve, or None."""
        if not url or url.startswith(SKIP_SCHEMES) or "{{" in url or "{%" in url:
            return None
        parts = urlsplit(url)
        if parts.scheme or parts.netloc:
            return None
        path = unquote(parts.path)
        fragment = unquote(parts.fragment)
        if not path:
            target = dest
        else:
            target = self.target(dest, path)
            if target is None:
                return (f"Link '{url}' is outside the site's baseurl '{self.baseurl}': on GitHub Pages it leads "
                        "elsewhere (use the relative_url filter).")
            if self.ignored(url, target):
                return None
            found = self.existing(target)
            if found is None:
                if self.relative_md(item, path):
                    return None
                return f"Broken link '{url}': /{target} is not in the built site."
            target = found
        if fragment and fragment != "top" and target.endswith(HTML_EXTS) and target in self.html:
            if fragment not in self.anchors(target):
                return f"Broken anchor '{url}': /{target} has no id=\"{fragment}\"."
        return None

    def target(self, dest: str, path: str) -> str | None:
        """The output path a link points at (no leading slash), None if outside the baseurl."""
        if path.startswith("/"):
            if self.baseurl:
                if path == self.baseurl:
                    return ""
                if not path.startswith(self.baseurl + "/"):
                    return None
                path = path[len(self.baseurl):]
            joined = path
        else:
            joined = posixpath.join("/" + posixpath.dirname(dest), path)
        trailing = joined.endswith("/")
        clean = posixpath.normpath(joined).lstrip("/")
        clean = "" if clean == "." else clean
        return clean + "/" if trailing and clean else clean

    def existing(self, target: str) -> str | None:
        """The output file a server would send for ``target``, or None."""
        if target == "" or target.endswith("/"):
            candidate = target + "index.html"
            return candidate if candidate in self.files else None
        for candidate in (target, target + "/index.html", target + ".html"):
            if candidate in self.files:
                return candidate
        return None

    def ignored(self, url: str, target: str) -> bool:
        return any(fnmatch.fnmatchcase(v, p) for p in self.ignore for v in (url, "/" + target, target))

    def relative_md(self, item, path: str) -> bool:
        """jekyll-relative-links rewrites links to Markdown sources; accept those that exist."""
        src = getattr(item, "path", None)
        if not self.relative_links or src is None or not path.lower().endswith(MARKDOWN_EXTS):
            return False
        base = self.site.source if path.startswith("/") else src.parent
        return (base / path.lstrip("/")).is_file()

    def anchors(self, target: str) -> set[str]:
        if target not in self.ids:
            self.ids[target] = html_scan.ids_only(self.html[target].output)
        return self.ids[target]

    def locate(self, item, url: str) -> tuple[str, int | None, int | None]:
        """The file and line where ``url`` is written: the item, else its layouts."""
        needles = [url]
        if self.baseurl and url.startswith(self.baseurl + "/"):
            needles.append(url[len(self.baseurl):])
        needles.append(url.split("#")[0].split("?")[0])
        candidates = [getattr(item, "path", None)]
        layout = self.site.layouts.get(str(item.data.get("layout")))
        seen = set()
        while layout is not None and id(layout) not in seen:
            seen.add(id(layout))
            candidates.append(layout.path)
            layout = self.site.layouts.get(str(layout.data.get("layout")))
        for path in candidates:
            text = self.text(path)
            for needle in needles:
                index = text.find(needle) if needle else -1
                if index >= 0:
                    line = text.count("\n", 0, index) + 1
                    return (self.rel(path), line, index - (text.rfind("\n", 0, index) + 1) + 1)
        return (_source_rel(self.ctx, item), None, None)

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
