"""``jekpy serve`` and ``--watch``: a local server over the destination, rebuilt on change.

Like ``jekyll serve`` (jekyll/jekyll v3.10.0 lib/jekyll/commands/serve.rb, serve/servlet.rb):
the site is mounted at ``baseurl``, ``/about`` also finds ``about.html``, a missing file gets
the site's ``404.html``. Live reload uses a long-poll script injected into HTML pages (stdlib
only, no websocket stack), as mkdocs does; Jekyll's ``--livereload`` flag turns it on.
"""

from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from urllib.parse import unquote, urlsplit

from jekpy.errors import JekpyError
from jekpy.log import Logger

LIVERELOAD_PATH = "/__jekpy_livereload"
LIVERELOAD_SCRIPT = """<script>
(function () {
  var version = %d;
  function poll() {
    fetch("%s?v=" + version).then(function (r) { return r.text(); }).then(function (v) {
      if (parseInt(v, 10) !== version) { location.reload(); } else { poll(); }
    }).catch(function () { setTimeout(poll, 1000); });
  }
  poll();
})();
</script>
"""


class BuildState:
    """The number of finished builds, and a condition to wait for the next one."""

    def __init__(self) -> None:
        self.version = 0
        self.condition = threading.Condition()

    def bump(self) -> None:
        with self.condition:
            self.version += 1
            self.condition.notify_all()

    def wait_newer(self, version: int, timeout: float = 30.0) -> int:
        with self.condition:
            self.condition.wait_for(lambda: self.version != version, timeout=timeout)
            return self.version


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the destination folder under ``baseurl`` with Jekyll's servlet conveniences."""

    def __init__(self, *args, root: Path, baseurl: str, state: BuildState, livereload: bool, **kwargs):
        self.root = root
        self.baseurl = baseurl.rstrip("/")
        self.state = state
        self.livereload = livereload
        super().__init__(*args, directory=str(root), **kwargs)

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - stdlib signature
        pass

    def do_GET(self) -> None:  # noqa: N802 - stdlib name
        path = urlsplit(self.path).path
        if path == LIVERELOAD_PATH:
            self._livereload_poll()
            return
        target = self._resolve(unquote(path))
        if target is None:
            self._send_file(self.root / "404.html", 404) if (self.root / "404.html").is_file() else self.send_error(404)
            return
        self._send_file(target, 200)

    def _resolve(self, path: str) -> Path | None:
        if self.baseurl:
            if not (path == self.baseurl or path.startswith(self.baseurl + "/")):
                return None
            path = path[len(self.baseurl):] or "/"
        candidate = (self.root / path.lstrip("/")).resolve()
        if candidate != self.root and self.root not in candidate.parents:
            return None
        for option in (candidate, candidate / "index.html", candidate.with_name(candidate.name + ".html")):
            if option.is_file():
                return option
        return None

    def _send_file(self, path: Path, status: int) -> None:
        body = path.read_bytes()
        ctype = self.guess_type(str(path))
        if self.livereload and ctype.startswith("text/html"):
            script = (LIVERELOAD_SCRIPT % (self.state.version, LIVERELOAD_PATH)).encode()
            body = body.replace(b"</body>", script + b"</body>", 1) if b"</body>" in body else body + script
        self.send_response(status)
        self.send_header("Content-Type", ctype + ("; charset=utf-8" if ctype.startswith("text/") else ""))
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "private, max-age=0, proxy-revalidate, no-store, no-cache, must-revalidate")
        self.end_headers()
        self.wfile.write(body)

    def _livereload_poll(self) -> None:
        query = urlsplit(self.path).query
        try:
            seen = int(dict(p.split("=", 1) for p in query.split("&") if "=" in p).get("v", "-1"))
        except ValueError:
            seen = -1
        version = self.state.wait_newer(seen, timeout=25.0)
        body = str(version).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def make_server(root: Path, host: str, port: int, baseurl: str, state: BuildState, livereload: bool):
    """A threading HTTP server for the destination (port 0 picks a free port)."""
    handler = partial(SiteHandler, root=root.resolve(), baseurl=baseurl or "", state=state, livereload=livereload)
    server = http.server.ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    return server


def watch_loop(source: Path, ignore: list[Path], rebuild: Callable[[], object], logger: Logger,
               stop: threading.Event | None = None) -> None:
    """Rebuild whenever a file of the source changes (not the destination or dotfolders)."""
    from watchfiles import watch as watch_changes

    ignored = [p.resolve() for p in ignore]

    def relevant(_change, path: str) -> bool:
        resolved = Path(path).resolve()
        if any(resolved == p or p in resolved.parents for p in ignored):
            return False
        rel = resolved.relative_to(source.resolve()) if source.resolve() in resolved.parents else resolved
        return not any(part.startswith(".") for part in rel.parts)

    for changes in watch_changes(source, watch_filter=relevant, stop_event=stop, raise_interrupt=False):
        paths = sorted({str(Path(p).relative_to(source)) if Path(p).is_relative_to(source) else p for _, p in changes})
        logger.info("Regenerating:", f"{len(paths)} file(s) changed at {time.strftime('%Y-%m-%d %H:%M:%S')}")
        for path in paths[:5]:
            logger.info("", path)
        started = time.perf_counter()
        try:
            rebuild()
        except JekpyError as exc:
            logger.error(exc.topic, str(exc))
            if exc.hint:
                logger.error("", exc.hint)
            continue
        logger.info("", f"...done in {time.perf_counter() - started:.6f} seconds.")


def watch(opts: dict, environment: str, logger: Logger, rebuild: Callable[[], object]) -> None:
    """``jekpy build --watch``: keep rebuilding until interrupted."""
    source = Path(opts["source"]).resolve()
    dest = Path(opts["destination"]).resolve() if opts.get("destination") else source / "_site"
    logger.info("Auto-regeneration:", f"enabled for '{source}'")
    watch_loop(source, [dest], rebuild, logger)


def serve(opts: dict, environment: str, logger: Logger, run_build: Callable) -> None:
    """Build, then serve the destination and rebuild on change (``jekyll serve``)."""
    from jekpy.config import DEFAULTS

    host = opts.get("host") or DEFAULTS["host"]
    port = opts.get("port") if opts.get("port") is not None else int(DEFAULTS["port"])
    state = BuildState()
    if environment == "development":
        # Jekyll's serve sets site.url to the local server in development (commands/serve.rb default_url)
        shown = "localhost" if host == "127.0.0.1" else host
        opts = {**opts, "serve_url": f"http://{shown}:{port}"}

    def rebuild():
        site = run_build(opts, environment, logger)
        state.bump()
        return site

    site = None if opts.get("skip_initial_build") else rebuild()
    source = Path(opts["source"]).resolve()
    dest = site.dest if site else (Path(opts["destination"]).resolve() if opts.get("destination") else source / "_site")
    dest.mkdir(parents=True, exist_ok=True)
    baseurl = opts.get("baseurl")
    if baseurl is None and site is not None:
        baseurl = site.config.get("baseurl") or ""
    server = make_server(dest, host, port, baseurl or "", state, bool(opts.get("livereload")))
    address = f"http://{host}:{server.server_address[1]}{(baseurl or '').rstrip('/')}/"
    if opts.get("livereload"):
        logger.info("LiveReload address:", f"http://{host}:{server.server_address[1]}{LIVERELOAD_PATH}")
    logger.info("Server address:", address)
    logger.info("Server running...", "press ctrl-c to stop.")
    if opts.get("open_url"):
        import webbrowser

        webbrowser.open(address)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        if opts.get("watch") is not False:
            logger.info("Auto-regeneration:", f"enabled for '{source}'")
            watch_loop(source, [dest], rebuild, logger)
        else:
            while thread.is_alive():
                thread.join(1.0)
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
