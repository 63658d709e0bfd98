"""`jekpy serve` pieces: the servlet's URL rules, baseurl mount, 404 page, live reload."""

from __future__ import annotations

import threading
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from jekpy.serve import LIVERELOAD_PATH, BuildState, make_server


@pytest.fixture
def served(tmp_path: Path):
    root = tmp_path / "_site"
    (root / "about").mkdir(parents=True)
    (root / "index.html").write_text("<html><body>home</body></html>")
    (root / "about" / "index.html").write_text("<body>about</body>")
    (root / "page.html").write_text("<body>page</body>")
    (root / "404.html").write_text("<body>not here</body>")
    (root / "style.css").write_text("body{}")
    state = BuildState()
    servers = []

    def start(baseurl: str = "", livereload: bool = False):
        server = make_server(root, "127.0.0.1", 0, baseurl, state, livereload)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}", state

    yield start
    for server in servers:
        server.shutdown()


def get(url: str) -> tuple[int, str, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as resp:
            return resp.status, resp.headers["Content-Type"], resp.read().decode()
    except urllib.error.HTTPError as err:
        return err.code, err.headers["Content-Type"], err.read().decode()


def test_index_extensionless_and_404(served):
    base, _ = served()
    assert get(base + "/")[2] == "<html><body>home</body></html>"
    assert get(base + "/about")[2] == "<body>about</body>"
    assert get(base + "/page")[2] == "<body>page</body>"
    status, ctype, body = get(base + "/missing")
    assert (status, body) == (404, "<body>not here</body>")
    assert get(base + "/style.css")[1].startswith("text/css")


def test_baseurl_mount_and_no_escape(served):
    base, _ = served("/blog")
    assert get(base + "/blog/page.html")[2] == "<body>page</body>"
    assert get(base + "/page.html")[0] == 404
    assert get(base + "/blog/../../etc/passwd")[0] == 404


def test_livereload_script_and_poll(served):
    base, state = served(livereload=True)
    body = get(base + "/")[2]
    assert LIVERELOAD_PATH in body and body.endswith("</body></html>")
    result = {}

    def poll():
        result["v"] = get(f"{base}{LIVERELOAD_PATH}?v=0")[2]

    waiter = threading.Thread(target=poll)
    waiter.start()
    state.bump()
    waiter.join(10)
    assert result["v"] == "1"


def test_serve_rebuilds_on_change(tmp_path: Path):
    import os
    import socket
    import subprocess
    import sys
    import time

    src = tmp_path / "src"
    src.mkdir()
    (src / "_config.yml").write_text("theme: null\n")
    (src / "index.html").write_text("---\n---\nfirst {{ site.url }}\n")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if k != "JEKYLL_ENV"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "jekpy", "serve", "-s", str(src), "-d", str(tmp_path / "out"), "-P", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env,
    )
    try:
        url = f"http://127.0.0.1:{port}/"
        deadline = time.time() + 30
        body = ""
        while time.time() < deadline:
            try:
                body = get(url)[2]
                break
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.2)
        assert body == f"first http://localhost:{port}\n"  # development: url is the local server
        time.sleep(0.5)
        (src / "index.html").write_text("---\n---\nsecond\n")
        while time.time() < deadline and get(url)[2] != "second\n":
            time.sleep(0.2)
        assert get(url)[2] == "second\n"
    finally:
        proc.terminate()
        proc.wait(10)
