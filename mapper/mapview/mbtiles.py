"""Offline raster basemaps in MBTiles files (as QGIS's "Generate XYZ tiles (MBTiles)" writes them).

MBTiles stores rows in the TMS scheme (y counted from the south); Leaflet asks in XYZ (from the north),
so a request for z/x/y reads ``tile_row = 2**z - 1 - y``.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from mapper.domain.errors import Errors, MapperError
from mapper.domain.i18n import arg

MIME = {"png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "webp": "image/webp"}


class BasemapError(MapperError):
    """A basemap file cannot be used."""


class MBTiles:
    def __init__(self, path: Path | str):
        self.path = Path(path)
        if not self.path.is_file():
            raise BasemapError(Errors.tr("basemap file not found"), path=self.path)
        try:
            self.conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            tables = {r[0] for r in self.conn.execute("SELECT name FROM sqlite_master")}
        except sqlite3.DatabaseError:
            raise BasemapError(Errors.tr("is not an MBTiles file (not SQLite)"), path=self.path) from None
        if "tiles" not in tables:
            self.conn.close()
            raise BasemapError(Errors.tr("is not an MBTiles file (no tiles table)"), path=self.path)
        self.meta = {}
        if "metadata" in tables:
            self.meta = {str(k): str(v) for k, v in self.conn.execute("SELECT name, value FROM metadata")}
        fmt = self.meta.get("format", "png").lower()
        if fmt not in MIME:
            self.conn.close()
            raise BasemapError(arg(Errors.tr("holds %1 tiles; only raster png, jpg or webp tiles can be shown"), fmt),
                              path=self.path)
        self.mime = MIME[fmt]

    @property
    def name(self) -> str:
        return self.meta.get("name") or self.path.stem

    def zoom_range(self) -> tuple[int, int]:
        if "minzoom" in self.meta and "maxzoom" in self.meta:
            return int(self.meta["minzoom"]), int(self.meta["maxzoom"])
        lo, hi = self.conn.execute("SELECT min(zoom_level), max(zoom_level) FROM tiles").fetchone()
        return int(lo or 0), int(hi or 0)

    def bounds(self) -> list[list[float]] | None:
        """[[south, west], [north, east]] from the metadata (``left,bottom,right,top``)."""
        try:
            w, s, e, n = (float(v) for v in self.meta["bounds"].split(","))
        except (KeyError, ValueError):
            return None
        return [[s, w], [n, e]]

    def tile(self, z: int, x: int, y: int) -> bytes | None:
        """The tile Leaflet calls z/x/y (XYZ), or None when the file has none there."""
        row = self.conn.execute(
            "SELECT tile_data FROM tiles WHERE zoom_level=? AND tile_column=? AND tile_row=?",
            (z, x, (1 << z) - 1 - y)).fetchone()
        return bytes(row[0]) if row else None

    def layer_options(self, url: str) -> dict:
        lo, hi = self.zoom_range()
        opts = {"name": self.name, "url": url, "minNativeZoom": lo, "maxNativeZoom": hi,
                "attribution": self.meta.get("attribution", "")}  # text: the page escapes it
        if self.bounds():
            opts["bounds"] = self.bounds()
        return opts

    def close(self) -> None:
        self.conn.close()
