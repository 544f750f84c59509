"""The window's map at 10k and 100k assets (1M in the scaling table, benchmarks/scale.py), beside the previous
design in the same run: every asset sent to the page and clustered there by Supercluster (the page the
one-file export still is, loaded from a file).

"Map ready" is the time from ``MapWidget.set_project`` (page load start) to the page's ready call: the
boundaries drawn, the app's cluster index built from the file, the first view asked for and drawn, the
QWebChannel bridge connected. The baseline's is from loading its page to the same ready mark. The index is
built afresh on every load (``MapServer.reset``), so repeated loads measure the same work.

"Pan/zoom frame" is the longest gap between two animation frames (``requestAnimationFrame``) while a script
pans and zooms the map as a person would (animated pans and zooms; after each, the view asked for and drawn),
so a slow redraw or a long task shows as a long frame. ``view_ms`` is the longest the app's UI thread spent
answering one view. Peak memory: this process (VmHWM) plus the browser processes it started.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")

import mapper.ui.scheme  # noqa: E402,F401 - registers mapper:// before the QApplication
from benchmarks.fixtures import make_project  # noqa: E402
from benchmarks.harness import Figure  # noqa: E402
from mapper.store.project import Project  # noqa: E402

SIZES = (10_000, 100_000)
READY_LIMIT = {10_000: 0.5, 100_000: 0.5, 1_000_000: 3.0}  # seconds (issue 17)
FRAME_LIMIT = 0.050  # seconds: the longest frame of a pan/zoom
POLL = float(os.environ.get("MAPPER_BENCH_POLL", "0.05"))  # s between "done yet?" questions (0: the old way)
# MAPPER_BENCH_FRAMES=1: print every frame of a pan/zoom, and for each frame over FRAME_LIMIT the step it came in
# (and how long after that step began) with what the page's main thread ran in it: Chromium's long animation
# frames (script, its source function, forced style and layout), switched on for this; long tasks without them
FRAMES = bool(os.environ.get("MAPPER_BENCH_FRAMES"))
if FRAMES and "LongAnimationFrameTiming" not in os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", ""):
    os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] += " --enable-blink-features=LongAnimationFrameTiming"

# Runs in the page: animated pans and zooms, each followed by its view being drawn; every frame timed.
PAN_ZOOM = """
(function () {
  var map = MapperApp.map, out = {frames: [], settle: [], draw: [], done: false, ends: [], steps: [], long: []};
  var last = null, running = true;
  window.__nmBench = out;
  function tick(t) {
    if (last !== null) { out.frames.push(t - last); out.ends.push(t); }
    last = t; if (running) { requestAnimationFrame(tick); }
  }
  // what ran in the long frames (MAPPER_BENCH_FRAMES): long animation frames where Chromium has them, else long tasks
  var kinds = (window.__nmBenchLong && window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
  var kind = kinds.indexOf('long-animation-frame') >= 0 ? 'long-animation-frame' : (kinds.indexOf('longtask') >= 0 ? 'longtask' : null);
  if (kind) {
    var seen = new PerformanceObserver(function (list) {
      if (!running) { seen.disconnect(); return; }
      list.getEntries().forEach(function (e) {
        out.long.push({kind: kind, start: e.startTime, ms: e.duration, render: e.renderStart ? e.renderStart - e.startTime : null,
                       style: e.styleAndLayoutStart ? e.styleAndLayoutStart - e.startTime : null,
                       scripts: (e.scripts || []).map(function (x) {
                         return {what: x.invokerType + ' ' + x.invoker, fn: String(x.sourceURL || '').split('/').pop() + ' ' + (x.sourceFunctionName || ''),
                                 ms: Math.round(x.duration), forced: Math.round(x.forcedStyleAndLayoutDuration || 0)};
                       })});
      });
    });
    seen.observe({type: kind, buffered: false});
  }
  var pan = function (x, y) { return function () { map.panBy([x, y], {duration: 0.3}); }; };
  var steps = [pan(300, 0), pan(0, 200), pan(-300, 0), pan(0, -200),
               function () { map.zoomIn(1); }, function () { map.zoomIn(1); }, function () { map.zoomIn(1); },
               pan(400, 150), pan(-400, -150), function () { map.zoomIn(1); }, pan(300, 0),
               function () { map.zoomOut(1); }, function () { map.zoomOut(1); }, function () { map.zoomOut(1); },
               function () { map.zoomOut(1); }, pan(-200, 100)];
  var names = ['pan', 'pan', 'pan', 'pan', 'zoom in', 'zoom in', 'zoom in', 'pan', 'pan', 'zoom in', 'pan',
               'zoom out', 'zoom out', 'zoom out', 'zoom out', 'pan'];
  var i = 0;
  function next() {
    if (i >= steps.length) { running = false; out.done = true; return; }
    var before = MapperApp.views;
    map.once('moveend', function () {
      var t0 = performance.now();
      (function poll() {
        if (MapperApp.views > before || performance.now() - t0 > 20000) {
          out.settle.push(performance.now() - t0); out.draw.push(MapperApp.drawMs || 0); i += 1; setTimeout(next, 100);
        } else { setTimeout(poll, 1); }
      })();
    });
    out.steps.push([i, names[i], performance.now(), map.getZoom()]);
    steps[i]();
  }
  requestAnimationFrame(function (t) { last = t; requestAnimationFrame(tick); setTimeout(next, 200); });
})();
"""


class Timer:
    def __init__(self, app, widget):
        self.app, self.widget = app, widget

    def wait(self, signal, start, timeout=60.0):
        got = []
        signal.connect(lambda *a: got.append(time.perf_counter()))
        t0 = time.perf_counter()
        start()
        while not got:
            self.app.processEvents()
            if time.perf_counter() - t0 > timeout:
                raise TimeoutError("the map did not become ready")
            time.sleep(0.001)
        signal.disconnect()
        return got[0] - t0

    def js(self, script, timeout=30.0, page=None):
        out = []
        (page or self.widget.page()).runJavaScript(script, 0, out.append)
        t0 = time.perf_counter()
        while not out:
            self.app.processEvents()
            if time.perf_counter() - t0 > timeout:
                raise TimeoutError(script)
            time.sleep(0.0005)
        return out[0]

    def until(self, script, timeout=120.0, page=None, every=0.0):
        """Wait until ``script`` is true in the page, asking every ``every`` s (0: again at once). Each
        question runs a script in the page's main thread, so a wait that asks without pause takes that
        thread (and the UI thread) from what is being measured."""
        t0 = time.perf_counter()
        while not self.js(script, page=page):
            if time.perf_counter() - t0 > timeout:
                raise TimeoutError(script)
            end = time.perf_counter() + every
            while time.perf_counter() < end:
                self.app.processEvents()
                time.sleep(0.001)
        return time.perf_counter() - t0


def browser_peak_mb() -> float:
    """This process's peak memory plus that of the browser processes under it (VmHWM of each)."""
    import psutil

    def hwm(pid: int) -> float:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
        except OSError:
            pass
        return 0.0

    me = psutil.Process()
    return hwm(me.pid) + sum(hwm(c.pid) for c in me.children(recursive=True))


def pan_zoom(timer: Timer, page=None) -> dict:
    """Run PAN_ZOOM in a page; its frames (s), the time each view took to be drawn after its move, and how
    the canvas was painted in it (whole; only the strips pans uncovered; opaque: nothing under it)."""
    count = "JSON.stringify([MapperApp.paints(), MapperApp.strips(), MapperApp.canvasOpaque()])"
    before = json.loads(timer.js(count, page=page))
    timer.js(("window.__nmBenchLong = true;" if FRAMES else "") + PAN_ZOOM, page=page)
    # asked 20 times a second: asked without pause, the question itself took ~0.4 s of the page's main thread
    # and ~0.6 s of others in a 10 s pan/zoom (frames measured before 2026-12-02 04:00 include that)
    timer.until("!!(window.__nmBench || {}).done", timeout=300, page=page, every=POLL)
    got = json.loads(timer.js("JSON.stringify(window.__nmBench)", page=page))
    painted = json.loads(timer.js(count, page=page))
    frames = sorted(f / 1000 for f in got["frames"])
    if FRAMES:
        print("frames (ms):", [round(f) for f in got["frames"]], "settle:", got["settle"])
        print_long_frames(got)
    return {"frame_max": frames[-1], "frame_p95": frames[int(len(frames) * 0.95)], "frames": len(frames),
            "settle_max_ms": round(max(got["settle"])), "draw_max_ms": round(max(got["draw"]), 1),
            "canvas": {"paints": painted[0] - before[0], "strips": painted[1] - before[1], "opaque": painted[2]}}


def print_long_frames(got: dict) -> None:
    """Each frame over FRAME_LIMIT: its step (a pan, a zoom in or out from which zoom), how long after the
    step began it started, and the long animation frames (or long tasks) of the main thread that overlap it."""
    for length, end in zip(got["frames"], got["ends"]):
        if length <= FRAME_LIMIT * 1000 + 0.5:
            continue
        start = end - length
        step = ([s for s in got["steps"] if s[2] <= start] or [None])[-1]
        where = f"step {step[0]} ({step[1]} at zoom {step[3]}) +{start - step[2]:.0f} ms" if step else "before the first step"
        print(f"  long frame {length:.0f} ms: {where}")
        for e in got["long"]:
            if e["start"] < end and e["start"] + e["ms"] > start:
                parts = f"render at +{e['render']:.0f} ms" if e["render"] is not None else ""
                print(f"    {e['kind']} {e['ms']:.0f} ms from {e['start'] - start:+.0f} ms {parts}")
                for x in e["scripts"]:
                    print(f"      {x['what']} ({x['fn']}): {x['ms']} ms, forced style/layout {x['forced']} ms")


ASSETS_LAYER = "Array.from(document.querySelectorAll('.leaflet-control-layers-overlays label'))" \
               ".find(l => l.textContent.trim() === 'Assets').querySelector('input')"


def floor(timer: Timer, page=None) -> dict:
    """The same pan/zoom with the Assets layer switched off: what the machine and the rest of the map
    (boundaries, names, software rendering) cost without a single asset drawn."""
    timer.js(f"{ASSETS_LAYER}.click(); 1", page=page)
    try:
        return pan_zoom(timer, page=page)
    finally:
        timer.js(f"{ASSETS_LAYER}.click(); 1", page=page)


class Views:
    """Times the app's answers to the page's view requests (the UI thread is busy while it answers)."""

    def __init__(self, widget):
        self.times: list[float] = []
        handle = widget.server.handle

        def timed(path):
            t0 = time.perf_counter()
            reply = handle(path)
            if path.startswith("/data/view/"):
                self.times.append(time.perf_counter() - t0)
            return reply

        widget.server.handle = timed


def in_page_baseline(app, project: Project, work: Path) -> dict:
    """The previous design: every asset in the page (the export's inline data path), clustered there."""
    from PySide6.QtCore import QUrl
    from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile
    from PySide6.QtWebEngineWidgets import QWebEngineView

    from mapper.mapview import data
    from mapper.mapview.page import build_page

    inline = {"assets": data.assets_payload(project), "neighbourhoods": data.neighbourhoods_geojson(project)}
    config = {"bounds": data.bounds(project), "basemaps": [], "editable": False, "bridge": False}
    path = work / "in-page.html"
    path.write_text(build_page(config, inline=inline), encoding="utf-8")
    del inline
    view = QWebEngineView()
    profile = QWebEngineProfile()
    page = QWebEnginePage(profile, view)
    view.setPage(page)
    view.resize(1280, 800)
    view.show()
    timer = Timer(app, None)
    ready = "document.body && document.body.getAttribute('data-nm-ready') === '1'"
    times = []
    for _ in range(2):  # the first load warms up
        loaded = []
        page.loadFinished.connect(loaded.append)
        t0 = time.perf_counter()
        page.load(QUrl.fromLocalFile(str(path)))
        while not loaded:
            app.processEvents()
        page.loadFinished.disconnect()
        timer.until(ready, timeout=600, page=page)
        times.append(time.perf_counter() - t0)
    out = {"ready": times[-1], "drawn": timer.js("MapperApp.drawnCount()", page=page)}
    out |= pan_zoom(timer, page=page)
    out["peak_mb"] = browser_peak_mb()
    view.close()
    page.deleteLater()
    view.deleteLater()
    return out


def measure(app, widget, project: Project, repeat: int = 3) -> dict:
    """Map ready (best of ``repeat`` after a warm-up), every asset drawn, then a pan/zoom's frames."""
    timer = Timer(app, widget)
    views = Views(widget)
    timer.wait(widget.mapReady, lambda: widget.set_project(project), timeout=600)  # warm up Chromium
    times = [timer.wait(widget.mapReady, lambda: widget.set_project(project), timeout=600) for _ in range(repeat)]
    drawn = timer.js("MapperApp.drawnCount()")
    first_views = len(views.times)
    out = {"ready": min(times), "ready_median": statistics.median(times), "drawn": drawn,
           "build_ms": round(max(views.times) * 1000)}  # a load's first view builds the index
    out |= pan_zoom(timer)
    out["view_ms"] = round(max(views.times[first_views:]) * 1000, 1)
    bare = floor(timer)
    out["floor_max"], out["floor_p95"] = bare["frame_max"], bare["frame_p95"]
    out["peak_mb"] = browser_peak_mb()
    return out


def _update_time(timer: Timer, widget, project) -> float:
    """One asset edited (moved and renamed) → the page shows it at its new place."""
    uuid = project.conn.execute("SELECT uuid FROM assets LIMIT 1 OFFSET 500").fetchone()[0]
    lon = -1.35 + random.random() * 0.01
    project.update("assets", uuid, {"geom": (lon, 53.40), "name": "Moved for the benchmark"})
    before = timer.js("MapperApp.views")
    t0 = time.perf_counter()
    widget.refresh_asset(uuid)
    timer.until(f"MapperApp.views > {before} && (MapperApp.where('{uuid}') || {{}}).lon === {round(lon, 6)}")
    return time.perf_counter() - t0


def figures(n: int, ours: dict, base: dict) -> list[Figure]:
    limit = READY_LIMIT[n]
    size = f"{n // 1000}k" if n < 1_000_000 else f"{n // 1_000_000}M"
    notes = {"median_s": round(ours["ready_median"], 3), "drawn": ours["drawn"], "build_ms": ours["build_ms"],
             "peak_mb": round(ours["peak_mb"]), "baseline_peak_mb": round(base["peak_mb"])}
    ok = ours["ready"] <= limit and ours["drawn"] == n and ours["peak_mb"] <= 2048
    return [
        Figure(f"map ready, {size} assets", ours["ready"], "every asset in the page + Supercluster there",
               base["ready"], target=f"seconds <= {limit}, peak <= 2048 MB", ok=ok, notes=notes),
        Figure(f"map pan/zoom, longest frame, {size} assets", ours["frame_max"],
               "the same pan/zoom, every asset in the page", base["frame_max"],
               target=f"seconds <= {FRAME_LIMIT}", ok=ours["frame_max"] <= FRAME_LIMIT,
               notes={"p95_s": round(ours["frame_p95"], 3), "frames": ours["frames"],
                      "draw_max_ms": ours["draw_max_ms"], "settle_max_ms": ours["settle_max_ms"],
                      "view_ms": ours["view_ms"], "canvas": ours["canvas"], "baseline_p95_s": round(base["frame_p95"], 3),
                      "no_assets_max_s": round(ours["floor_max"], 3), "no_assets_p95_s": round(ours["floor_p95"], 3)}),
    ]


def run() -> list[Figure]:
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from mapper.ui.map_widget import MapWidget

    app = QApplication.instance() or QApplication([])
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        widget = MapWidget()
        widget.resize(1280, 800)
        widget.show()
        timer = Timer(app, widget)
        for n in SIZES:
            project = make_project(Path(tmp) / f"bench{n}.gpkg", n)
            ours = measure(app, widget, project)
            update = statistics.median(_update_time(timer, widget, project) for _ in range(5))
            base = in_page_baseline(app, project, Path(tmp))
            out += figures(n, ours, base)
            out.append(Figure(f"one asset edited → on the map, {n // 1000}k assets", update,
                              f"map reload at {n // 1000}k", ours["ready"], target="seconds <= 0.2", ok=update <= 0.2))
            project.close()
        widget.close()
        widget.deleteLater()  # the page must go before its profile, while Qt still runs
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return out
