"""The map in the window: a QWebEngineView showing the Folium page through the ``mapper://`` scheme.

The page asks the app for what each view shows (``/data/view/...`` through the scheme: clusters and the
assets alone there, from the app's cluster index, mapview/viewport.py). Python talks to the page with
``runJavaScript`` (update one asset, fly to, highlight); the page talks back through a QWebChannel bridge
(map clicked, asset dragged, asset clicked, ready). Edits never reload the page.

The page is not trusted: its profile's :class:`OfflineGuard` blocks (and counts) every request outside
``mapper://app`` and ``data:``/``blob:``, and the bridge checks every message (a known asset, the map
editable, finite coordinates on Earth) and ignores, with a log line, anything else.
"""

from __future__ import annotations

import json
import logging
import math
from collections import deque
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QUrl, Signal, Slot
from PySide6.QtGui import QFontInfo
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import (
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineSettings,
    QWebEngineUrlRequestInterceptor,
)
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QVBoxLayout, QWidget

from mapper.mapview import data
from mapper.mapview.mbtiles import BasemapError
from mapper.mapview.server import MapServer
from mapper.ui.scheme import HOST, PAGE_URL, SCHEME, SchemeHandler  # importing it registers the scheme

_log = logging.getLogger("mapper.map")
BASEMAPS_SETTING = "map_basemaps"
LOGGED = 20  # log lines per widget for blocked requests and ignored messages (counted beyond that)


class OfflineGuard(QWebEngineUrlRequestInterceptor):
    """The map works offline by construction: every request the page makes that is not for the app's own
    ``mapper://app`` (or an inline ``data:``/``blob:`` resource) is blocked, counted and logged."""

    ALLOWED = ("data", "blob")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.allowed = 0
        self.blocked_count = 0
        self.blocked: deque[str] = deque(maxlen=100)  # the latest blocked URLs (shortened)

    def interceptRequest(self, info):  # noqa: N802 - Qt name
        url = info.requestUrl()
        scheme = url.scheme()
        if (scheme == SCHEME.decode() and url.host() == HOST) or scheme in self.ALLOWED:
            self.allowed += 1
            return
        info.block(True)
        self.blocked_count += 1
        text = url.toString()[:300]
        self.blocked.append(text)
        if self.blocked_count <= LOGGED:
            _log.warning("map page: blocked a request outside the app: %s", text)


def _number(value) -> float | None:
    """A finite number from the page (a bool, a string or null is not one)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    value = float(value)
    return value if math.isfinite(value) else None


def _lon_lat(lon, lat) -> tuple[float, float] | None:
    lon, lat = _number(lon), _number(lat)
    if lon is None or lat is None or not (-180 <= lon <= 180 and -85.06 <= lat <= 85.06):
        return None  # not a place on the web map (Leaflet's Web Mercator ends at +-85.06)
    return lon, lat


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
    """The object the page sees as ``bridge`` (slot names are what mapper.js calls).

    Slots take untyped values so nothing is coerced on the way in (a string is not a coordinate, null is
    not 0); each message is checked against the widget (editable, project's assets) before it is passed on.
    """

    mapClicked = Signal(float, float)
    assetMoved = Signal(str, float, float)
    assetClicked = Signal(str)
    ready = Signal(int)

    def __init__(self, widget: "MapWidget"):
        super().__init__(widget)
        self.ignored = 0

    @property
    def _widget(self) -> "MapWidget":
        return self.parent()  # not a Python reference: the widget and its bridge go together

    def _ignore(self, message: str, why: str) -> None:
        self.ignored += 1
        if self.ignored <= LOGGED:
            _log.warning("map page: ignored %s (%s)", message, why)

    @Slot("QVariant", "QVariant")
    def onMapClicked(self, lon, lat) -> None:  # noqa: N802 - called from JavaScript
        where = _lon_lat(lon, lat)
        if not self._widget.editable:
            self._ignore("a map click", "the map is not editable")
        elif where is None:
            self._ignore("a map click", "not a valid place")
        else:
            self.mapClicked.emit(*where)

    @Slot("QVariant", "QVariant", "QVariant")
    def onAssetMoved(self, uuid, lon, lat) -> None:  # noqa: N802
        where = _lon_lat(lon, lat)
        if not self._widget.editable:
            self._ignore("an asset move", "the map is not editable")
        elif not self._widget.has_asset(uuid):
            self._ignore("an asset move", "not an asset of this project")
        elif where is None:
            self._ignore("an asset move", "not a valid place")
        else:
            self.assetMoved.emit(uuid, *where)

    @Slot("QVariant")
    def onAssetClicked(self, uuid) -> None:  # noqa: N802
        if self._widget.has_asset(uuid):
            self.assetClicked.emit(uuid)
        else:
            self._ignore("an asset click", "not an asset of this project")

    @Slot("QVariant")
    def onReady(self, count) -> None:  # noqa: N802
        count = _number(count)
        if count is None or count < 0 or count != int(count):
            self._ignore("a ready message", "not a count")
        else:
            self.ready.emit(int(count))


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
        self.editable = True
        self._queued: list[str] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # Children are deleted in the order they were added, and a page must go before its profile:
        # view, page, then the profile (re-parented last).
        self.view = QWebEngineView(self)
        self.profile = QWebEngineProfile()  # off the record: nothing cached on disk
        self.guard = OfflineGuard(self.profile)
        self.profile.setUrlRequestInterceptor(self.guard)
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
        self._follow_text_size()

    def _follow_text_size(self) -> None:
        """The page's text is as large as the window's: its default font size (the page's 1rem, which
        mapper.css sizes everything by) is the pixel size of this widget's font (large text, 200%...)."""
        size = QFontInfo(self.font()).pixelSize()
        self._page.settings().setFontSize(QWebEngineSettings.FontSize.DefaultFontSize, size)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._follow_text_size()

    # ---- the API the main window uses ---------------------------------------------------------
    def page(self) -> MapPage:
        return self._page

    def set_project(self, project) -> None:
        """Show ``project`` (reloads the page; later edits go through refresh_asset/remove_asset)."""
        self.project = project
        self.server.project = project
        self.editable = self.server.editable = not getattr(project, "readonly", False)
        self.server.basemaps = []
        if project is not None:
            for path in self._saved_basemaps():
                try:
                    self.server.add_basemap(path)
                except BasemapError as exc:
                    _log.warning("basemap skipped: %s", exc)
        self.ready = False
        self._queued = []
        self.server.reset(prepare=True)  # the assets are read from the file afresh, while the page loads
        self.view.load(QUrl(PAGE_URL))

    def set_editable(self, editable: bool) -> None:
        """Whether the map may add (click) and move (drag) assets; the bridge ignores both when not."""
        self.editable = self.server.editable = bool(editable)
        self._js(f"MapperApp.setEditable({json.dumps(self.editable)})")

    def has_asset(self, uuid) -> bool:
        """``uuid`` is a string naming an asset of the shown project (what the page may talk about)."""
        if self.project is None or not isinstance(uuid, str) or not 0 < len(uuid) <= 64:
            return False
        return self.project.conn.execute("SELECT 1 FROM assets WHERE uuid=?", (uuid,)).fetchone() is not None

    def refresh_asset(self, uuid: str) -> None:
        """Re-read one asset and redraw it (added, edited or moved) without reloading the page: the app's
        cluster index takes the change, then the page asks for its view again."""
        if self.project is None:
            return
        item = self.server.asset_changed(uuid)
        if item is None:
            self._js(f"MapperApp.remove({json.dumps(uuid)})")
            return
        self._js(f"MapperApp.upsert({json.dumps(item)})")

    def remove_asset(self, uuid: str) -> None:
        self.server.asset_removed(uuid)
        self._js(f"MapperApp.remove({json.dumps(uuid)})")

    def fly_to(self, uuid: str) -> None:
        """Fly to an asset (its place from the file: the page may only have it inside a cluster)."""
        item = data.asset_item(self.project, uuid) if self.project is not None else None
        self._js(f"MapperApp.flyTo({json.dumps(uuid)}, {json.dumps(item)})")

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
