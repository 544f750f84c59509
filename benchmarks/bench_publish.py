"""The published site at 100k assets in headless Chromium, beside today's single-file page
(``mapview/html_export.py``, everything inlined) loaded the same way in the same run.

* first screen interactive: from the first byte of index.html to the map drawn with its clusters and the
  search box working (``NM.readyAt`` minus the navigation's ``responseStart``); the single-file page's
  figure is first byte to its first assets drawn (``MapperApp.drawnCount() > 0``). Cache disabled, three
  loads each, best and median reported.
* search: a person types the query into the search box (one character every 150 ms, a quick typist) on a
  freshly loaded page; the figure is from the last keystroke to the results listed for the whole query
  (the search files a word needs start loading with its first two letters). Also reported: the same query
  asked in one go on a fresh page (``cold_ms``: files not loaded yet) and again (``warm_ms``). Baseline: a
  plain scan of all 100k names in the single-file page's data (which has no search).
* DOM size after the first screen (the site never puts all 100k records into the DOM).

Served by a loopback ``http.server``; Chromium is /usr/bin/chromium over the DevTools pipe (tests/cdp.py)
with loopback allowed and every other host unreachable.
"""

from __future__ import annotations

import functools
import http.server
import statistics
import tempfile
import threading
import time
from pathlib import Path

from benchmarks.fixtures import make_project
from benchmarks.harness import Figure
from mapper.mapview.html_export import export_html
from mapper.publish.site import publish_site
from mapper.store.source import FileSource
from tests import cdp

N = 100_000
QUERIES = ("asset 4217", "library", "walking group", "S10 1TD")


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(folder: Path) -> http.server.ThreadingHTTPServer:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def browser() -> cdp.Browser:
    # tests/cdp.py routes loopback through a dead proxy too (file:// pages only); here pages come from a
    # loopback server, so only the loopback exception changes: every other host still goes nowhere.
    cdp.FLAGS = [f for f in cdp.FLAGS if not f.startswith("--proxy-bypass-list")]
    return cdp.Browser(width=1280, height=800, timeout=120)


FIRST_BYTE = "performance.getEntriesByType('navigation')[0].responseStart"


def site_ready(page, url: str) -> float:
    page.send("Network.enable")
    page.send("Network.setCacheDisabled", {"cacheDisabled": True})
    page.navigate(url, wait=None)
    page.wait_for("document.documentElement && document.documentElement.getAttribute('data-ready')", timeout=60,
                  interval=0.02)
    return page.evaluate(f"(NM.readyAt - {FIRST_BYTE}) / 1000")


def single_ready(page, url: str) -> float:
    page.send("Network.enable")
    page.send("Network.setCacheDisabled", {"cacheDisabled": True})
    page.navigate(url, wait=None)
    page.wait_for("window.MapperApp && MapperApp.drawnCount && MapperApp.drawnCount() > 0", timeout=120,
                  interval=0.005)
    return page.evaluate(f"(performance.now() - {FIRST_BYTE}) / 1000")


TYPE_GAP_S = 0.15
ASK = ("(function(){{var t=performance.now(); return NM.search({q}).then(function(){{"
       "return performance.now()-t;}});}})()")


def typed(page, url: str, q: str) -> dict:
    """The query typed key by key on a fresh page; then asked cold on another fresh page, then warm."""
    site_ready(page, url)
    page.evaluate("document.getElementById('q').focus(); window.__lastKey = 0; document.addEventListener("
                  "'input', function (ev) { window.__lastKey = ev.timeStamp; }, true); 1")
    for ch in q:
        page.send("Input.insertText", {"text": ch})
        time.sleep(TYPE_GAP_S)
    try:
        page.wait_for(f"NM.answeredFor === {q!r} && NM.answeredAt >= window.__lastKey", timeout=30, interval=0.01)
    except cdp.CDPError:
        state = page.evaluate("[document.getElementById('q').value, NM.answeredFor, NM.answeredAt, "
                              "window.__lastKey, document.getElementById('status').textContent]")
        raise cdp.CDPError(f"no answer for {q!r} after typing: {state}") from None
    out = {"typed_ms": page.evaluate("NM.answeredAt - window.__lastKey"),
           "shown": page.evaluate("document.getElementById('results').children.length")}
    site_ready(page, url)
    out["cold_ms"] = page.evaluate(ASK.format(q=repr(q)))
    page.evaluate("NM.search('')")
    out["warm_ms"] = page.evaluate(ASK.format(q=repr(q)))
    return out


def run() -> list[Figure]:
    figures = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        project = make_project(tmp / "bench.gpkg", N, rich=True)
        t0 = time.perf_counter()
        report = publish_site(FileSource(project), tmp / "site")
        publish_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        export_html(project, tmp / "single" / "map.html", public=True)
        single_s = time.perf_counter() - t0
        project.close()
        figures.append(Figure(f"publish the site, {N // 1000}k assets", publish_s, "single-file page export",
                              single_s, notes={"files": report.files}))
        server = serve(tmp)
        base = f"http://127.0.0.1:{server.server_address[1]}"
        try:
            with browser() as b:
                page = b.open("about:blank")
                site = [site_ready(page, f"{base}/site/index.html") for _ in range(3)]
                dom = page.evaluate("document.getElementsByTagName('*').length")
                searches = {q: typed(page, f"{base}/site/index.html", q) for q in QUERIES}
                single_page = b.open("about:blank")
                single = [single_ready(single_page, f"{base}/single/map.html") for _ in range(3)]
                scan = single_page.evaluate(
                    "(function(){var names=JSON.parse(document.getElementById('nm-data-assets')"
                    ".textContent).names; var t=performance.now(); var q='asset 4217', hits=0;"
                    "for (var i=0;i<names.length;i++) if (names[i].toLowerCase().indexOf(q)>=0) hits++;"
                    "return performance.now()-t;})()") if single_page.evaluate(
                    "!!document.getElementById('nm-data-assets')") else None
        finally:
            server.shutdown()
            server.server_close()
    best, median = min(site), statistics.median(site)
    figures.append(Figure(f"site first screen interactive, {N // 1000}k assets (from first byte)", best,
                          "single-file page first assets drawn", min(single), target="seconds <= 1.5",
                          ok=best <= 1.5, notes={"median_s": round(median, 3),
                                                 "single_median_s": round(statistics.median(single), 3),
                                                 "dom_elements": dom}))
    worst = max(r["typed_ms"] for r in searches.values()) / 1000
    figures.append(Figure(f"site search as typed, {N // 1000}k assets (slowest of {len(QUERIES)}, fresh page)",
                          worst, "plain scan of all names in the single-file page",
                          (scan or 0) / 1000, target="seconds <= 0.1", ok=worst <= 0.1,
                          notes={q: f"typed {r['typed_ms']:.0f}ms, cold {r['cold_ms']:.0f}ms, warm {r['warm_ms']:.0f}ms,"
                                    f" {r['shown']} shown" for q, r in searches.items()}))
    figures.append(Figure("site DOM elements after first screen", dom, "assets", N,
                          target="far fewer elements than assets", ok=dom < N / 20))
    return figures
