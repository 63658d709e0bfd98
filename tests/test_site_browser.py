"""The homepage as a person sees it: headless Chromium renders jekpy's build of this repository.

Checks the minimal-theme look the site promises: at desktop width the profile column sits left
of the page text and stays fixed; on a narrow screen they stack. Skips (saying why) when
Chromium or Playwright is not installed; `.ci/run` installs both.
"""

from __future__ import annotations

import shutil
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
playwright = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def site_url(tmp_path_factory):
    from jekpy.build import build
    from test_repo_site import regen  # the pinned copy of the site's files

    root = tmp_path_factory.mktemp("browser")
    src = regen.copy_site(root / "src")
    build(src, root / "site", environment="production")
    handler = partial(SimpleHTTPRequestHandler, directory=str(root / "site"))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


def boxes(url: str, width: int) -> dict:
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": width, "height": 900})
        # The page's web fonts and icon stylesheets are on CDNs; nothing outside loopback is reachable here.
        page.route("**/*", lambda route: route.continue_() if "127.0.0.1" in route.request.url else route.abort())
        page.goto(url)
        result = {
            name: page.locator(selector).first.bounding_box()
            for name, selector in (("header", "header"), ("section", "section"), ("h1", "header h1"))
        }
        result["title"] = page.title()
        result["position"] = page.eval_on_selector("header", "e => getComputedStyle(e).position")
        result["headings"] = page.locator("section h3").all_inner_texts()
        browser.close()
    return result


def test_two_columns_on_a_desktop(site_url):
    got = boxes(site_url, 1280)
    assert got["title"].startswith("Sangho Lee")
    assert got["position"] == "fixed"
    assert got["header"]["x"] + got["header"]["width"] <= got["section"]["x"]
    assert abs(got["header"]["y"] - got["section"]["y"]) < 40
    assert got["headings"] == ["Education", "Publications", "Work Experience", "Awards"]


def test_columns_stack_on_a_phone(site_url):
    got = boxes(site_url, 480)
    assert got["position"] == "static"
    assert got["section"]["y"] >= got["header"]["y"] + got["header"]["height"]
