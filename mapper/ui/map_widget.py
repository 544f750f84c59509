"""The map in the window: a QWebEngineView showing the Folium page through the ``mapper://`` scheme.

Python talks to the page with ``runJavaScript`` (update one asset, fly to, highlight); the page talks
back through a QWebChannel bridge (map clicked, asset dragged, asset clicked, ready). Edits never reload
the page.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal, Slot
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QVBoxLayout, QWidget

from mapper.mapview import data
from mapper.mapview.mbtiles import BasemapError
from mapper.mapview.server import MapServer
from mapper.ui.scheme import PAGE_URL, SCHEME, SchemeHandler  # importing it registers the scheme

_log = logging.getLogger("mapper.map")
BASEMAPS_SETTING = "map_basemaps"


class MapPage(QWebEnginePage):
    """Keeps the page's console messages (tests read them; errors also go to the log)."""

    def __init__(self, profile, parent=None):
        super().__init__(profile, parent)
        self.console: list[tuple[int, str, int, str]] = []
        self.alerts: list[str] = []

    def javaScriptConsoleMessage(self, level, message, line, source):  # noqa: N802 - Qt name
        self.console.append((int(level.value), message, line, source))
        if level == QWebEnginePage.JavaScriptConsoleMessageLevel.ErrorMessageLevel:
            _log.warning("map page: %s (%s:%s)", message, source, line)

    def javaScriptAlert(self, origin, message):  # noqa: N802 - Qt name
        self.alerts.append(message)  # the map never alerts: record it (tests) instead of a modal dialog
        _log.warning("map page alert: %s", message)

    def acceptNavigationRequest(self, url, kind, is_main_frame):  # noqa: N802 - Qt name
        """Only the app's own pages: a link in a name or an attribution must not go to the network."""
        return url.scheme() in ("mapper", "qrc", "data", "about")

    def errors(self) -> list[str]:
        error = QWebEnginePage.JavaScriptConsoleMessageLevel.ErrorMessageLevel.value
        return [m for level, m, _, _ in self.console if level == error]


class MapBridge(QObject):
    """The object the page sees as ``bridge`` (slot names are what mapper.js calls)."""

    mapClicked = Signal(float, float)
    assetMoved = Signal(str, float, float)
    assetClicked = Signal(str)
    ready = Signal(int)

    @Slot(float, float)
    def onMapClicked(self, lon: float, lat: float) -> None:  # noqa: N802 - called from JavaScript
        self.mapClicked.emit(lon, lat)

    @Slot(str, float, float)
    def onAssetMoved(self, uuid: str, lon: float, lat: float) -> None:  # noqa: N802
        self.assetMoved.emit(uuid, lon, lat)

    @Slot(str)
    def onAssetClicked(self, uuid: str) -> None:  # noqa: N802
        self.assetClicked.emit(uuid)

    @Slot(int)
    def onReady(self, count: int) -> None:  # noqa: N802
        self.ready.emit(count)


class MapWidget(QWidget):
    mapClicked = Signal(float, float)  # lon, lat: the user clicked the map (add an asset there)
    assetMoved = Signal(str, float, float)  # uuid, lon, lat: a drag ended (the window records it undoably)
    assetClicked = Signal(str)  # uuid
    loadFinished = Signal(bool)
    mapReady = Signal(int)  # every layer drawn; the number of assets on the map

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Map"))
        self.project = None
        self.ready = False
        self._queued: list[str] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # Children are deleted in the order they were added, and a page must go before its profile:
        # view, page, then the profile (re-parented last).
        self.view = QWebEngineView(self)
        self.profile = QWebEngineProfile()  # off the record: nothing cached on disk
        self.server = MapServer()
        self.handler = SchemeHandler(self.server, self)
        self.profile.installUrlSchemeHandler(SCHEME, self.handler)
        self._page = MapPage(self.profile, self)
        self.profile.setParent(self)
        self.view.setPage(self._page)
        self.bridge = MapBridge(self)
        self.channel = QWebChannel(self._page)
        self.channel.registerObject("bridge", self.bridge)
        self._page.setWebChannel(self.channel)
        self.bridge.mapClicked.connect(self.mapClicked)
        self.bridge.assetMoved.connect(self.assetMoved)
        self.bridge.assetClicked.connect(self.assetClicked)
        self.bridge.ready.connect(self._on_ready)
        self._page.loadFinished.connect(self._on_load_finished)
        layout.addWidget(self.view)

    # ---- the API the main window uses ---------------------------------------------------------
    def page(self) -> MapPage:
        return self._page

    def set_project(self, project) -> None:
        """Show ``project`` (reloads the page; later edits go through refresh_asset/remove_asset)."""
        self.project = project
        self.server.project = project
        self.server.basemaps = []
        if project is not None:
            for path in self._saved_basemaps():
                try:
                    self.server.add_basemap(path)
                except BasemapError as exc:
                    _log.warning("basemap skipped: %s", exc)
        self.ready = False
        self._queued = []
        self.view.load(QUrl(PAGE_URL))

    def refresh_asset(self, uuid: str) -> None:
        """Re-read one asset and redraw it (added, edited or moved) without reloading the page."""
        if self.project is None:
            return
        item = data.asset_item(self.project, uuid)
        if item is None:
            self.remove_asset(uuid)
            return
        self._js(f"MapperApp.upsert({json.dumps(item)})")

    def remove_asset(self, uuid: str) -> None:
        self._js(f"MapperApp.remove({json.dumps(uuid)})")

    def fly_to(self, uuid: str) -> None:
        self._js(f"MapperApp.flyTo({json.dumps(uuid)})")

    def highlight_neighbourhood(self, uuid: str | None) -> None:
        self._js(f"MapperApp.highlight({json.dumps(uuid)})")

    def refresh_needs(self) -> None:
        """Ask the page to fetch the care-need counts again (after a lock, an unlock or a saved need).

        The layer only fetches while it is switched on; the server answers from the lock state of the
        moment (counts only when unlocked), so a lock takes the counts off the map.
        """
        self._js("MapperApp.refreshNeeds()")

    def add_basemap(self, mbtiles_path) -> None:
        """Add a raster .mbtiles basemap (raises BasemapError when the file cannot be used)."""
        tiles = self.server.add_basemap(mbtiles_path)
        index = self.server.basemaps.index(tiles)
        self._remember_basemap(tiles.path)
        self._js(f"MapperApp.addBasemap({json.dumps(self.server.basemap_options()[index])})")

    # ---- helpers ------------------------------------------------------------------------------
    def run_js(self, script: str, callback=None) -> None:
        if callback is None:
            self._page.runJavaScript(script)
        else:
            self._page.runJavaScript(script, 0, callback)

    def _js(self, script: str) -> None:
        if self.ready:
            self._page.runJavaScript(script)
        else:
            self._queued.append(script)

    def _on_ready(self, count: int) -> None:
        self.ready = True
        queued, self._queued = self._queued, []
        for script in queued:
            self._page.runJavaScript(script)
        self.mapReady.emit(count)

    def _on_load_finished(self, ok: bool) -> None:
        self.loadFinished.emit(ok)

    def _saved_basemaps(self) -> list[str]:
        try:
            paths = json.loads(self.project.setting(BASEMAPS_SETTING) or "[]")
        except ValueError:
            return []
        return [p for p in paths if isinstance(p, str)]

    def _remember_basemap(self, path: Path) -> None:
        if self.project is None or getattr(self.project, "readonly", False):
            return
        paths = self._saved_basemaps()
        if str(path) not in paths:
            paths.append(str(path))
            self.project.set_setting(BASEMAPS_SETTING, json.dumps(paths))
