"""Server-side clustering of the assets for the map: the page asks for what one view shows, never for all.

At 1,000,000 assets a page cannot take every point (tens of MB of JSON, seconds of indexing in the
browser). Instead the app keeps every located asset as numpy arrays (read from the R-tree, ~1 m exact,
which is plenty to group them) and answers each view with at most a few thousand items:

* clusters: cells of a grid of ``RADIUS`` screen pixels at the view's zoom, with their count and centre;
* singles: assets in cells holding fewer than ``MIN_POINTS``, with uuid, name, kind and exact position
  (looked up by fid for just those rows).

Per zoom level the cell key of every asset is computed once and sorted (a numpy argsort); a view is then a
``searchsorted`` range over the cells' columns plus a filter on their rows, and groups are runs of equal
keys (``np.add.reduceat``). Edits change one entry (``upsert``/``remove``) and drop the per-zoom caches.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass

import numpy as np

RADIUS = 60  # px: the size of a cluster cell on screen
MIN_POINTS = 3  # a cell with fewer assets shows them one by one
MAX_ZOOM = 19  # at this zoom and above every asset is shown on its own
TILE = 256


def mercator(lon: np.ndarray, lat: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Web Mercator in [0, 1) x [0, 1) (x east, y south), as Leaflet's pixel space at zoom 0 / 256."""
    x = lon / 360.0 + 0.5
    s = np.sin(np.radians(np.clip(lat, -85.05112878, 85.05112878)))
    y = 0.5 - 0.25 * np.log((1 + s) / (1 - s)) / math.pi
    return x, y


@dataclass
class View:
    """The answer for one view: parallel arrays (plain lists, ready for JSON)."""

    cluster_lon: list[float]
    cluster_lat: list[float]
    cluster_count: list[int]
    single_fid: list[int]
    single_lon: list[float]
    single_lat: list[float]

    @property
    def drawn(self) -> int:
        return sum(self.cluster_count) + len(self.single_fid)


class ClusterIndex:
    """Every located asset of a project, clustered per zoom on demand. Thread-safe (the scheme handler
    answers on Qt's IO thread while edits arrive on the UI thread)."""

    def __init__(self, fids: np.ndarray, lon: np.ndarray, lat: np.ndarray):
        self._lock = threading.Lock()
        fids = np.asarray(fids, dtype=np.int64)
        order = np.argsort(fids, kind="stable")  # sorted by fid: an edit finds its entry by bisection
        self._fid = fids[order]
        self._lon = np.asarray(lon, dtype=np.float64)[order]
        self._lat = np.asarray(lat, dtype=np.float64)[order]
        self._alive = np.ones(len(self._fid), dtype=bool)
        self._x, self._y = mercator(self._lon, self._lat)
        self._zooms: dict[int, tuple[np.ndarray, np.ndarray]] = {}

    @classmethod
    def from_project(cls, conn) -> ClusterIndex:
        """Every located asset's (fid, lon, lat), read in one statement: SQLite concatenates the x/y bytes
        of every standard point blob (GeoPackage header + little-endian WKB point: 29 bytes, x and y at
        byte 14) into one string that numpy reads as it is, instead of a million Python rows. Any other
        point encoding (written by another tool) is decoded one by one."""
        from mapper.store.geometry import point_of

        std = "length(geom) = 29 AND substr(geom, 4, 1) = x'01' AND substr(geom, 9, 1) = x'01'"
        hexed, fids, odd = conn.execute(
            f"SELECT group_concat(CASE WHEN {std} THEN hex(substr(geom, 14, 16)) END, ''), "
            f"group_concat(CASE WHEN {std} THEN fid END), "
            f"group_concat(CASE WHEN geom IS NOT NULL AND NOT ({std}) THEN fid END) FROM assets").fetchone()
        if hexed:
            xy = np.frombuffer(bytes.fromhex(hexed), dtype="<f8").reshape(-1, 2)
            fid = np.array(fids.split(","), dtype=np.int64)
        else:
            xy, fid = np.empty((0, 2)), np.empty(0, np.int64)
        if odd:
            others = [(f, point_of(bytes(g))) for f in map(int, odd.split(","))
                      for (g,) in conn.execute("SELECT geom FROM assets WHERE fid = ?", (f,))]
            others = [(f, p) for f, p in others if p is not None]
            if others:
                fid = np.r_[fid, np.array([f for f, _ in others], dtype=np.int64)]
                xy = np.r_[xy, np.array([p for _, p in others], dtype=np.float64).reshape(-1, 2)]
        finite = np.isfinite(xy).all(axis=1)
        return cls(fid[finite], xy[finite, 0], xy[finite, 1])

    def __len__(self) -> int:
        with self._lock:
            return int(self._alive.sum())

    # -- edits ---------------------------------------------------------------------------------------
    def _index_of(self, fid: int) -> int | None:
        i = int(np.searchsorted(self._fid, fid))
        return i if i < len(self._fid) and self._fid[i] == fid else None

    def upsert(self, fid: int, lon: float | None, lat: float | None) -> None:
        """An asset added, moved, or (lon None) taken off the map: one entry changes (an added one costs a
        copy of the arrays, fine for one person's edits; a bulk change builds a new index)."""
        located = lon is not None and lat is not None and math.isfinite(lon) and math.isfinite(lat)
        with self._lock:
            i = self._index_of(fid)
            if i is None:
                if not located:
                    return
                i = int(np.searchsorted(self._fid, fid))
                self._fid = np.insert(self._fid, i, np.int64(fid))
                self._lon, self._lat = np.insert(self._lon, i, 0.0), np.insert(self._lat, i, 0.0)
                self._x, self._y = np.insert(self._x, i, 0.0), np.insert(self._y, i, 0.0)
                self._alive = np.insert(self._alive, i, False)
            if located:
                self._lon[i], self._lat[i] = float(lon), float(lat)
                x, y = mercator(np.array([float(lon)]), np.array([float(lat)]))
                self._x[i], self._y[i] = x[0], y[0]
            self._alive[i] = located
            self._zooms.clear()

    def remove(self, fid: int) -> None:
        self.upsert(fid, None, None)

    # -- views ---------------------------------------------------------------------------------------
    def _cells(self, zoom: int) -> tuple[np.ndarray, np.ndarray]:
        """(sorted cell keys, the asset index in that order) for a zoom level, computed once."""
        got = self._zooms.get(zoom)
        if got is None:
            scale = TILE * 2 ** zoom / RADIUS
            cx = np.floor(self._x * scale).astype(np.int64)
            cy = np.floor(self._y * scale).astype(np.int64)
            keys = (cx << 32) | cy
            keys = np.where(self._alive, keys, np.iinfo(np.int64).max)
            order = np.argsort(keys, kind="stable")
            got = self._zooms[zoom] = (keys[order], order)
        return got

    def view(self, west: float, south: float, east: float, north: float, zoom: int) -> View:
        zoom = max(0, min(int(zoom), 30))
        with self._lock:
            if zoom >= MAX_ZOOM:
                return self._singles_only(west, south, east, north)
            keys, order = self._cells(zoom)
            scale = TILE * 2 ** zoom / RADIUS
            (x0, x1), (y1, y0) = (np.floor(v * scale).astype(np.int64) for v in
                                  (mercator(np.array([west, east]), np.array([south, north]))))
            x0, x1, y0, y1 = int(x0) - 1, int(x1) + 1, int(y0) - 1, int(y1) + 1  # a cell of margin
            lo = np.searchsorted(keys, x0 << 32, side="left")
            hi = np.searchsorted(keys, (x1 + 1) << 32, side="left")
            k, idx = keys[lo:hi], order[lo:hi]
            cy = k & 0xFFFFFFFF
            inside = (cy >= y0) & (cy <= y1)
            k, idx = k[inside], idx[inside]
            if len(k):
                starts = np.flatnonzero(np.r_[True, k[1:] != k[:-1]])
                counts = np.diff(np.r_[starts, len(k)])
            else:
                starts = counts = np.empty(0, np.int64)
            big = counts >= MIN_POINTS
            lon_sum = np.add.reduceat(self._lon[idx], starts) if len(k) else np.empty(0)
            lat_sum = np.add.reduceat(self._lat[idx], starts) if len(k) else np.empty(0)
            c_lon = (lon_sum[big] / counts[big]).round(6)
            c_lat = (lat_sum[big] / counts[big]).round(6)
            small_rows = np.repeat(~big, counts) if len(k) else np.empty(0, bool)
            singles = idx[small_rows]
            return View(c_lon.tolist(), c_lat.tolist(), counts[big].tolist(), self._fid[singles].tolist(),
                        self._lon[singles].round(6).tolist(), self._lat[singles].round(6).tolist())

    def _singles_only(self, west, south, east, north) -> View:
        inside = (self._alive & (self._lon >= west) & (self._lon <= east) & (self._lat >= south)
                  & (self._lat <= north))
        idx = np.flatnonzero(inside)
        return View([], [], [], self._fid[idx].tolist(), self._lon[idx].round(6).tolist(),
                    self._lat[idx].round(6).tolist())

