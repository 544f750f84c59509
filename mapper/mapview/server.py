"""Answers the map page's requests (the Qt URL scheme handler only passes them on): the page itself,
vendored libraries, layer data as JSON and basemap tiles. Pure Python, no Qt, so it is easy to test.

Paths: ``/page.html``, ``/web/<file>``, ``/data/view/<zoom>/<west>/<south>/<east>/<north>.json`` (the assets
one view shows: mapview/viewport.py), ``/data/neighbourhoods.json``, ``/data/wards.json``,
``/data/details/<uuid>.json`` (a popup, with the asset's place), ``/tiles/<n>/<z>/<x>/<y>``, and the care-need counts
``/data/needs.json`` (all needs) and ``/data/needs/<category>.json``: suppressed counts only while care needs
are unlocked, built afresh on each request (never cached across a lock or unlock);
``/data/indicator/<code>.json``: neighbourhoods shaded by an indicator (mapview/indicator_layer.py).
"""

from __future__ import annotations

import mimetypes
import re
from dataclasses import dataclass, field
from pathlib import Path

from mapper.mapview import data, indicator_layer, needs_layer, viewport
from mapper.mapview.mbtiles import MBTiles
from mapper.mapview.page import WEB, build_page

_TILE = re.compile(r"^/tiles/(\d+)/(\d+)/(\d+)/(\d+)(?:\.\w+)?$")
_DETAILS = re.compile(r"^/data/details/([0-9A-Za-z-]{1,64})\.json$")
_NEEDS = re.compile(r"^/data/needs(?:/([a-z_]{1,40}))?\.json$")
_INDICATOR = re.compile(r"^/data/indicator/([A-Za-z0-9_%:.-]{1,80})\.json$")
JSON = "application/json"


@dataclass
class Reply:
    mime: str
    body: bytes
    status: int = 200


@dataclass
class MapServer:
    project: object | None = None
    basemaps: list[MBTiles] = field(default_factory=list)
    editable: bool = True
    _cache: dict = field(default_factory=dict)
    _views: viewport.AssetViews | None = None

    def views(self) -> viewport.AssetViews:
        """The assets' cluster index for the shown project (built when the page first asks for a view)."""
        if self._views is None or self._views.project is not self.project:
            self._views = viewport.AssetViews(self.project)
        return self._views

    def reset(self, prepare: bool = False) -> None:
        """A page (re)load: the index is built from the file again (``prepare``: starting now, on a thread,
        while the page loads; else when the first view asks)."""
        self._views = None
        if prepare and self.project is not None:
            self.views().prepare()

    def asset_changed(self, uuid: str) -> dict | None:
        """The window changed one asset: the index follows; what to send the page (None: it is gone)."""
        return self.views().changed(uuid) if self.project is not None else None

    def asset_removed(self, uuid: str) -> None:
        if self.project is not None:
            self.views().removed(uuid)

    def _cached(self, key: str, make) -> bytes:
        """Boundary layers are costly to build and rarely change: keep them until the project changes."""
        conn = self.project.conn
        stamp = (id(self.project), str(self.project.path), conn.total_changes)
        hit = self._cache.get(key)
        if hit is None or hit[0] != stamp:
            hit = (stamp, data.to_json(make(self.project)))
            self._cache[key] = hit
        return hit[1]

    def add_basemap(self, path: Path | str) -> MBTiles:
        path = Path(path).resolve()
        for existing in self.basemaps:
            if existing.path == path:
                return existing
        tiles = MBTiles(path)
        self.basemaps.append(tiles)
        return tiles

    def basemap_options(self) -> list[dict]:
        return [b.layer_options(f"tiles/{i}/{{z}}/{{x}}/{{y}}") for i, b in enumerate(self.basemaps)]

    def page(self) -> str:
        config = {
            "viewUrl": viewport.URL, "neighbourhoodsUrl": "data/neighbourhoods.json",
            "wardsUrl": "data/wards.json", "detailsUrl": "data/details/{id}.json",
            "needsUrl": "data/needs.json", "needsCategoryUrl": "data/needs/{code}.json",
            "needCategories": needs_layer.categories(),
            "indicatorUrl": "data/indicator/{code}.json", "indicators": indicator_layer.indicators(),
            "basemaps": self.basemap_options(), "editable": self.editable, "bridge": True,
            "bounds": data.bounds(self.project) if self.project is not None else None,
        }
        return build_page(config, extra_js=("qwebchannel.js", "web/" + indicator_layer.SCRIPT))

    def handle(self, path: str) -> Reply:
        if path in ("/", "/page.html"):
            return Reply("text/html", self.page().encode("utf-8"))  # its policy is in the page (a <meta>)
        if path.startswith("/web/"):
            return self._static(path[len("/web/"):])
        if path.startswith("/tiles/"):
            return self._tile(path)
        if path.startswith("/data/"):
            if self.project is None:
                return Reply("text/plain", b"no project", 404)
            if path.startswith("/data/view/"):
                answer = self.views().answer(path)
                return Reply(JSON, data.to_json(answer)) if answer is not None else Reply("text/plain",
                                                                                          b"bad view", 400)
            if path == "/data/neighbourhoods.json":
                return Reply(JSON, self._cached("neighbourhoods", data.neighbourhoods_geojson))
            if path == "/data/wards.json":
                return Reply(JSON, self._cached("wards", data.wards_geojson))
            match = _NEEDS.match(path)
            if match:
                return self._needs(match.group(1))
            match = _INDICATOR.match(path)
            if match and (code := indicator_layer.code_from_path(match.group(1))) is not None:
                return Reply(JSON, self._cached(f"indicator:{code}",
                                                lambda p: indicator_layer.indicator_payload(p, code)))
            match = _DETAILS.match(path)
            if match:
                details = data.asset_details(self.project, match.group(1))
                if details is not None:
                    item = data.asset_item(self.project, match.group(1))
                    if item and item["lon"] is not None:  # where it is (the page may not have drawn it alone)
                        details["at"] = [item["lon"], item["lat"]]
                    return Reply(JSON, data.to_json(details))
        return Reply("text/plain", b"not found", 404)

    def _needs(self, category: str | None) -> Reply:
        """Published (suppressed) counts, or an empty layer saying why; no cache: lock state is read now."""
        if category is not None and not needs_layer.is_category(category):
            return Reply("text/plain", b"not found", 404)
        return Reply(JSON, data.to_json(needs_layer.needs_payload(self.project, category)))

    def _static(self, rel: str) -> Reply:
        target = (WEB / rel).resolve()
        if WEB.resolve() not in target.parents or not target.is_file():
            return Reply("text/plain", b"not found", 404)
        mime = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        return Reply(mime, target.read_bytes())

    def _tile(self, path: str) -> Reply:
        match = _TILE.match(path)
        if not match:
            return Reply("text/plain", b"not found", 404)
        n, z, x, y = (int(v) for v in match.groups())
        if n >= len(self.basemaps):
            return Reply("text/plain", b"not found", 404)
        tiles = self.basemaps[n]
        body = tiles.tile(z, x, y)
        if body is None:
            return Reply("text/plain", b"no tile", 404)
        return Reply(tiles.mime, body)
