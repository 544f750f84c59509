"""axe-core on the map pages: the window's page (as MapServer serves it, here over loopback HTTP to headless
Chromium) and the exported public map have no serious or critical violations, with its controls folded or
open, a popup open, and on a narrow map."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from mapper.mapview.data import asset_item
from mapper.mapview.html_export import export_html
from mapper.mapview.server import MapServer
from tests.axe_check import assert_accessible
from tests.cdp import CHROMIUM, Browser

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (make test installs it)")
READY = "document.body.getAttribute('data-nm-ready') === '1'"


class _Handler(BaseHTTPRequestHandler):
    server_version = "mapper-test"

    def do_GET(self):  # noqa: N802 - http.server's name
        reply = self.server.map_server.handle(self.path.split("?", 1)[0])
        self.send_response(reply.status)
        self.send_header("Content-Type", reply.mime)
        self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        self.wfile.write(reply.body)

    def log_message(self, *args):  # quiet
        pass


@pytest.fixture
def served(demo):
    """MapServer on the demo, answering on a loopback port (the app answers the same paths on mapper://)."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.map_server = MapServer(project=demo)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/page.html"
    httpd.shutdown()
    httpd.server_close()


def check_states(page, what: str, first: tuple[str, dict] | None = None) -> None:
    """``first``: an asset and its place, as the window sends them when one is chosen in its list (the
    window's page may have it only inside a cluster); an export's page knows every asset it holds."""
    page.wait_for(READY, timeout=60)
    assert_accessible(page, f"{what}, as it opens")
    # every fold open: legends and the layer list
    page.evaluate("document.querySelectorAll('details.nm-legend').forEach(d => d.open = true);"
                  "document.querySelector('.leaflet-control-layers').classList.add('leaflet-control-layers-expanded');"
                  "true")
    assert_accessible(page, f"{what}, legends and layers open")
    # a popup open, as the list or the keyboard opens one
    if first is None:
        opened = page.evaluate("(ids => MapperApp.flyTo(ids[0]) && ids[0])"
                               "(JSON.parse(document.getElementById('nm-data-assets').textContent).ids)")
    else:
        opened = page.evaluate(f"MapperApp.flyTo({json.dumps(first[0])}, {json.dumps(first[1])})")
    assert opened
    page.wait_for("!!document.querySelector('.nm-popup dl')", timeout=20)  # the details are in
    page.evaluate("new Promise(done => setTimeout(() => done(true), 1000))")  # the flight (0.6 s) is over
    assert_accessible(page, f"{what}, a popup open")


def test_the_windows_map_page_has_no_serious_axe_violations(served, demo):
    with Browser(width=1280, height=800) as browser:
        uuid = demo.conn.execute("SELECT uuid FROM assets WHERE geom IS NOT NULL ORDER BY fid LIMIT 1").fetchone()[0]
        check_states(browser.open(served), "the window's map page", (uuid, asset_item(demo, uuid)))
    with Browser(width=800, height=600) as browser:
        page = browser.open(served)
        page.wait_for(READY, timeout=60)
        assert not page.evaluate("document.querySelector('details.nm-kinds-legend').open")  # narrow: folded
        assert_accessible(page, "the window's map page on a narrow map")


def test_the_exported_public_map_has_no_serious_axe_violations(demo, tmp_path):
    out = export_html(demo, tmp_path / "public map.html").path
    with Browser(width=1280, height=800) as browser:
        check_states(browser.open(out.as_uri()), "the exported public map")
