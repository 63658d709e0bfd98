"""How a built site answers links: its files, its HTML, and how a server maps URLs to files.

Used by the output check (the in-memory build) and by `links_in_built_site` for a folder that
was built already (the corpus test runs it on the reference renderer's output). Resolution
follows GitHub Pages: ``/dir/`` is ``dir/index.html``, ``/page`` is ``page.html`` or
``page/index.html``; fragments must name an ``id`` (or ``<a name>``) of the target page.
"""

from __future__ import annotations

import fnmatch
import posixpath
from urllib.parse import unquote, urlsplit

from jekpy.check import html_scan, markdown_links

HTML_EXTS = (".html", ".htm")
SKIP_SCHEMES = ("mailto:", "tel:", "javascript:", "data:", "sms:", "ftp:", "irc:", "#!")


class LinkIndex:
    """What a built site offers: its files, its HTML, and how a server maps URLs to files.

    Args:
        files: every output path (no leading slash).
        html: output path -> HTML text, for the pages whose links and anchors are checked.
        baseurl: the site's baseurl ("" or "/project").
        ignore: ``fnmatch`` patterns of targets known to be absent (``ignore_missing``).
    """

    def __init__(self, files: set[str], html: dict[str, str], baseurl: str = "", ignore: list[str] | None = None,
                 lenient_baseurl: bool = False, deferred: markdown_links.Deferred | None = None):
        self.files = set(files)
        for name in list(self.files):
            if name.endswith(".coffee"):  # jekyll-coffeescript (a Pages default) writes .js
                self.files.add(name[: -len(".coffee")] + ".js")
        self.html = html
        self.baseurl = baseurl.rstrip("/")
        self.ignore = ignore or []
        self.ids: dict[str, set[str]] = {}
        self.lenient_baseurl = lenient_baseurl
        self.deferred = deferred

    def _deferred_in(self, dest: str) -> list[int]:
        return self.deferred.in_output(self.html[dest]) if self.deferred is not None else []

    def page_problems(self, dest: str, md_ok=None) -> list[tuple[str, str]]:
        """(url, message) for every broken link of the page ``dest``."""
        scan = html_scan.scan(self.html[dest])
        urls = [url for _tag, _attr, url, _line in scan.links]
        for number in self._deferred_in(dest):
            urls.extend(markdown_links.links(self.deferred.texts[number]))
        found = []
        base_dest = self._base(dest, scan.base)
        for url in urls:
            problem = self.problem(base_dest, url, md_ok) if base_dest != dest and not url.startswith("#") \
                else self.problem(dest, url, md_ok)
            if problem:
                found.append((url, problem))
        return found

    def _base(self, dest: str, base: str | None) -> str:
        """The page a ``<base href>`` makes relative links resolve from (a same-site base only)."""
        if not base:
            return dest
        parts = urlsplit(base)
        if parts.scheme or parts.netloc:
            return dest  # another site: its links are external
        target = self.target(dest, unquote(parts.path) or "/")
        if target is None:
            return dest
        return target + "index.html" if target == "" or target.endswith("/") else target

    def problem(self, dest: str, url: str, md_ok=None) -> str | None:
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
                if md_ok is not None and md_ok(path):
                    return None
                return f"Broken link '{url}': /{target} is not in the built site."
            target = found
        if fragment and fragment != "top" and target in self.html:
            if fragment not in self.anchors(target):
                return f"Broken anchor '{url}': /{target} has no id=\"{fragment}\"."
        return None

    def target(self, dest: str, path: str) -> str | None:
        """The output path a link points at (no leading slash), None if outside the baseurl.

        With ``lenient_baseurl`` (a baseurl jekyll-github-metadata guessed, which a custom
        domain or user site does not have) links from the domain root are resolved too.
        """
        if path.startswith("/"):
            if self.baseurl:
                if path == self.baseurl:
                    return ""
                if path.startswith(self.baseurl + "/"):
                    path = path[len(self.baseurl):]
                elif not self.lenient_baseurl:
                    return None
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
        """Listed in ``ignore_missing``."""
        return any(fnmatch.fnmatchcase(v, p) for p in self.ignore for v in (url, "/" + target, target))

    def anchors(self, target: str) -> set[str]:
        """The ids of an HTML output."""
        if target not in self.ids:
            ids = html_scan.ids_only(self.html[target])
            for number in self._deferred_in(target):
                ids |= html_scan.ids_only(self.deferred.html(number))
            self.ids[target] = ids
        return self.ids[target]


def links_in_built_site(folder, baseurl: str = "", files: set[str] | None = None,
                        ignore: list[str] | None = None, lenient_baseurl: bool = False) -> list[tuple[str, str, str]]:
    """(page, url, message) for every broken link of an already built site (a ``_site`` folder).

    ``files`` lists the output paths when the folder holds only some of them (the corpus keeps
    only text files but lists every output in its manifest).
    """
    from pathlib import Path

    root = Path(folder)
    on_disk = {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}
    html = {rel: (root / rel).read_text(encoding="utf-8", errors="replace")
            for rel in on_disk if rel.endswith(HTML_EXTS)}
    index = LinkIndex(on_disk | (files or set()), html, baseurl, ignore, lenient_baseurl=lenient_baseurl)
    return [(dest, url, message) for dest in sorted(html) for url, message in index.page_problems(dest)]
