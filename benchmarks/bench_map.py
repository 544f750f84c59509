"""The map at 10k and 100k assets, beside the plain Folium way (one Marker per asset in a MarkerCluster,
the page regenerated), in the same run.

"Map ready" is the time from ``MapWidget.set_project`` (page load start) to the page's ready call: data
fetched through the mapper:// scheme, neighbourhoods, wards and assets drawn, clusters built, the
QWebChannel bridge connected. The Folium baseline counts only generating its HTML, not loading it (so the
real gap is larger than shown).
"""

from __future__ import annotations

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
from benchmarks.harness import Figure, peak_rss_mb  # noqa: E402
from mapper.store.project import Project  # noqa: E402


def plain_folium(project: Project) -> str:
    """The slow way: one folium.Marker (with a popup) per asset in a MarkerCluster, whole page rendered."""
    import folium
    from folium.plugins import MarkerCluster

    m = folium.Map(location=[53.38, -1.47], zoom_start=11)
    cluster = MarkerCluster().add_to(m)
    for name, lon, lat in _points(project):
        folium.Marker([lat, lon], popup=folium.Popup(name), tooltip=name).add_to(cluster)
    return m.get_root().render()


def _points(project: Project):
    from mapper.mapview.data import assets_payload

    p = assets_payload(project)
    return zip(p["names"], p["lon"], p["lat"])


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

    def js(self, script, timeout=30.0):
        out = []
        self.widget.run_js(script, out.append)
        t0 = time.perf_counter()
        while not out:
            self.app.processEvents()
            if time.perf_counter() - t0 > timeout:
                raise TimeoutError(script)
            time.sleep(0.0005)
        return out[0]


def _ready_times(timer: Timer, widget, project, repeat=3) -> list[float]:
    return [timer.wait(widget.mapReady, lambda: widget.set_project(project)) for _ in range(repeat)]


def _update_time(timer: Timer, widget, project) -> float:
    """One asset edited (moved and renamed) → the page shows it at its new place."""
    uuid = project.conn.execute("SELECT uuid FROM assets LIMIT 1 OFFSET 500").fetchone()[0]
    lon = -1.35 + random.random() * 0.01
    project.update("assets", uuid, {"geom": (lon, 53.40), "name": "Moved for the benchmark"})
    t0 = time.perf_counter()
    widget.refresh_asset(uuid)
    probe = f"(MapperApp.where('{uuid}') || {{}}).lon === {round(lon, 6)}"
    while not timer.js(probe):
        pass
    return time.perf_counter() - t0


def run() -> list[Figure]:
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from mapper.ui.map_widget import MapWidget

    app = QApplication.instance() or QApplication([])
    figures = []
    with tempfile.TemporaryDirectory() as tmp:
        widget = MapWidget()
        widget.resize(1280, 800)
        widget.show()
        timer = Timer(app, widget)
        results = {}
        for n in (10_000, 100_000):
            project = make_project(Path(tmp) / f"bench{n}.gpkg", n)
            _ready_times(timer, widget, project, repeat=1)  # warm up (Chromium start, caches)
            times = _ready_times(timer, widget, project)
            drawn = timer.js("MapperApp.drawnCount()")
            update = statistics.median(_update_time(timer, widget, project) for _ in range(5))
            t0 = time.perf_counter()
            html = plain_folium(project)
            folium_s = time.perf_counter() - t0
            results[n] = (min(times), statistics.median(times), drawn, update, folium_s, len(html))
            project.close()
        for n, limit in ((10_000, 0.5), (100_000, 2.0)):
            best, median, drawn, update, folium_s, size = results[n]
            ok = best <= limit and (n < 100_000 or folium_s / best >= 15) and drawn == n
            figures.append(Figure(
                f"map ready, {n // 1000}k assets", best, "plain folium Marker+MarkerCluster page (render only)",
                folium_s, target=f"seconds <= {limit}" + (", >= 15x faster" if n == 100_000 else ""), ok=ok,
                notes={"median_s": round(median, 3), "drawn": drawn, "speedup": round(folium_s / best, 1),
                       "folium_html_mb": round(size / 1e6, 1)}))
            figures.append(Figure(
                f"one asset edited → on the map, {n // 1000}k assets", update, f"map reload at {n // 1000}k",
                best, target="seconds <= 0.2", ok=update <= 0.2))
        figures[-1].notes["peak_rss_mb"] = round(peak_rss_mb())
        widget.close()
        widget.deleteLater()  # the page must go before its profile, while Qt still runs
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return figures
