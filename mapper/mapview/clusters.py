"""Server-side clustering of the assets for the window's map: the page asks for what one view shows, never
for every asset.

At 1,000,000 assets a page cannot take every point (tens of MB of JSON, half a minute of indexing in the
browser). The app keeps every located asset in numpy arrays sorted once by a Z-order (Morton) key of its cell
in a grid of ``CELL`` screen pixels at zoom ``LEVEL``. Because a cell at zoom z is exactly four cells at zoom
z + 1, the key of an asset's cell at any coarser zoom is its key shifted right, and the assets of any cell at
any zoom are one contiguous run of the sorted arrays. A view is then:

* the few hundred cells it covers (a 1280 x 800 view: about 20 x 13, plus a margin), each found with two
  binary searches (``np.searchsorted``, vectorised), so its cost does not grow with the project;
* clusters: cells holding ``MIN_POINTS`` or more, with their count, centre (from prefix sums of lon/lat) and
  the zoom at which they split (the first zoom where the run's first and last keys differ), for a click;
* singles: the assets of the other cells, by fid (the caller reads uuid, name, kind and exact place for
  just those).

Above ``LEVEL`` (at the map's last zoom) every asset in the view is shown on its own (at most
``MAX_SINGLES``). Edits change one entry in place (``upsert``/``remove``): a few array copies, milliseconds
at 1M. Thread-safe (a lock around every read and write).
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass, field

import numpy as np

CELL_BITS = 6  # a cell is 2**6 = 64 screen pixels at its own zoom (tiles are 256 = 2**8)
LEVEL = 18  # the finest grid: clusters up to zoom 18
TOP_ZOOM = 19  # the map's last zoom: every asset on its own
MIN_POINTS = 3  # a cell with fewer assets shows them one by one
MAX_SINGLES = 5000  # at most this many assets alone in one answer (many at one spot: the rest left out)
MAX_CELLS = 20_000  # cells one view may cover (a 4K screen with its margins needs about 5,000)
_GRID = LEVEL + 8 - CELL_BITS  # bits per axis of a cell position at LEVEL (2**20 cells around the world)
RTREE = "rtree_assets_geom"  # the GeoPackage R-tree of the assets (SQLite's shadow tables: _node, _parent, _rowid)
_ENTRY = np.dtype([("id", ">i8"), ("minx", ">f4"), ("maxx", ">f4"), ("miny", ">f4"), ("maxy", ">f4")])
_SPREAD_BITS = 11  # spread through a table of 2**11 entries, 11 bits at a time


def _spread_table() -> np.ndarray:
    v = np.arange(2 ** _SPREAD_BITS, dtype=np.uint64)
    out = np.zeros_like(v)
    for bit in range(_SPREAD_BITS):
        out |= ((v >> np.uint64(bit)) & np.uint64(1)) << np.uint64(2 * bit)
    return out


_SPREAD = _spread_table()


def mercator(lon: np.ndarray, lat: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Web Mercator in [0, 1) x [0, 1) (x east, y south): Leaflet's pixel space at zoom 0, divided by 256."""
    x = np.asarray(lon, dtype=np.float64) / 360.0 + 0.5
    y = np.clip(np.asarray(lat, dtype=np.float64), -85.05112878, 85.05112878)
    y *= math.pi / 180
    np.sin(y, out=y)
    np.arctanh(y, out=y)  # = log((1 + sin) / (1 - sin)) / 2
    y *= -0.5 / math.pi
    y += 0.5
    return x, y


def _spread(v: np.ndarray) -> np.ndarray:
    """The bits of ``v`` (below 2**22) with a zero bit between each."""
    low = 2 ** _SPREAD_BITS - 1
    return _SPREAD[v & low] | (_SPREAD[(v >> _SPREAD_BITS) & low] << np.uint64(2 * _SPREAD_BITS))


def morton(cx: np.ndarray, cy: np.ndarray) -> np.ndarray:
    return _spread(cx) | (_spread(cy) << np.uint64(1))


def _cell_of(v: np.ndarray, zoom: int) -> np.ndarray:
    """Cell positions (along one axis) at ``zoom`` of Mercator coordinates in [0, 1)."""
    n = 2 ** (zoom + 8 - CELL_BITS)
    cells = (np.asarray(v, dtype=np.float64) * n).astype(np.int64)  # v >= 0: truncation is floor
    np.clip(cells, 0, n - 1, out=cells)
    return cells


def keys(lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    x, y = mercator(lon, lat)
    return morton(_cell_of(x, LEVEL), _cell_of(y, LEVEL))


@dataclass
class View:
    """The answer for one view, as parallel lists (ready for JSON)."""

    total: int  # located assets in the whole index
    cluster_lon: list[float] = field(default_factory=list)
    cluster_lat: list[float] = field(default_factory=list)
    cluster_count: list[int] = field(default_factory=list)
    cluster_zoom: list[int] = field(default_factory=list)  # the zoom at which each cluster splits
    single_fid: list[int] = field(default_factory=list)
    truncated: bool = False  # more than MAX_SINGLES assets alone: the rest left out

    @property
    def drawn(self) -> int:
        return sum(self.cluster_count) + len(self.single_fid)


class TooLarge(ValueError):
    """A view covering more than MAX_CELLS cells (no page of ours asks for one)."""


class ClusterIndex:
    """Every located asset of a project, sorted by cell key; views are binary searches over it."""

    def __init__(self, fids, lon, lat):
        fids = np.asarray(fids, dtype=np.int64)
        lon, lat = np.asarray(lon, dtype=np.float64), np.asarray(lat, dtype=np.float64)
        ok = np.isfinite(lon) & np.isfinite(lat)
        fids, lon, lat = fids[ok], lon[ok], lat[ok]
        key = keys(lon, lat)
        order = np.argsort(key)  # equal keys in any order
        self._lock = threading.Lock()
        self._key, self._fid, self._lon, self._lat = key[order], fids[order], lon[order], lat[order]
        self._sums()

    def _sums(self) -> None:
        self._clon = np.concatenate(([0.0], np.cumsum(self._lon)))
        self._clat = np.concatenate(([0.0], np.cumsum(self._lat)))

    @classmethod
    def from_project(cls, conn) -> ClusterIndex:
        """Every located asset's (fid, lon, lat), from the assets' GeoPackage R-tree: its leaf nodes are a
        few thousand blobs of packed big-endian (id, minx, maxx, miny, maxy) entries that numpy reads as
        they are (0.1 s for 1M assets, where decoding a million geometry blobs takes seconds). R-tree
        coordinates are 32-bit floats rounded outwards (within ~0.5 m): enough to group assets; the places
        of single assets are read exactly from their rows (``mapview/viewport.py``). A tree that does not
        hold every located asset (a file written without its triggers) is read row by row instead."""
        try:
            interior = {n for (n,) in conn.execute(f"SELECT DISTINCT parentnode FROM {RTREE}_parent")}
            parts = []
            for nodeno, blob in conn.execute(f"SELECT nodeno, data FROM {RTREE}_node"):
                if nodeno not in interior:
                    parts.append(blob[4:4 + _ENTRY.itemsize * int.from_bytes(blob[2:4], "big")])
            entries = np.frombuffer(b"".join(parts), dtype=_ENTRY)
            expected = conn.execute(f"SELECT count(*) FROM {RTREE}_rowid").fetchone()[0]
            located = conn.execute("SELECT count(*) FROM assets WHERE geom IS NOT NULL").fetchone()[0]
        except Exception:  # noqa: BLE001 - no R-tree (or not SQLite's format): the slow way
            entries, expected, located = None, 0, -1
        if entries is not None and len(entries) == expected == located:
            return cls(entries["id"], (entries["minx"].astype(np.float64) + entries["maxx"]) / 2,
                       (entries["miny"].astype(np.float64) + entries["maxy"]) / 2)
        from mapper.mapview.data import point_xy

        rows = [(fid, xy) for fid, geom in conn.execute("SELECT fid, geom FROM assets WHERE geom IS NOT NULL")
                if (xy := point_xy(geom)) is not None]
        return cls([f for f, _ in rows], [xy[0] for _, xy in rows], [xy[1] for _, xy in rows])

    def __len__(self) -> int:
        return len(self._fid)

    # -- edits ---------------------------------------------------------------------------------------
    def upsert(self, fid: int, lon: float | None, lat: float | None) -> None:
        """An asset added, moved, or (lon None) taken off the map: its entry leaves its place in the sorted
        arrays and, when it is located, goes in again where its new key sorts."""
        located = lon is not None and lat is not None and math.isfinite(lon) and math.isfinite(lat)
        with self._lock:
            gone = np.flatnonzero(self._fid == fid)
            arrays = [self._key, self._fid, self._lon, self._lat]
            if len(gone):
                arrays = [np.delete(a, gone) for a in arrays]
            if located:
                key = keys(np.array([lon]), np.array([lat]))[0]
                at = int(np.searchsorted(arrays[0], key, side="right"))
                arrays = [np.insert(a, at, v) for a, v in zip(arrays, (key, fid, lon, lat))]
            if len(gone) or located:
                self._key, self._fid, self._lon, self._lat = arrays
                self._sums()

    def remove(self, fid: int) -> None:
        self.upsert(fid, None, None)

    def keep_only(self, fids) -> int:
        """Drop every entry whose fid is not in ``fids`` (records deleted behind the map's back); how many."""
        with self._lock:
            keep = np.isin(self._fid, np.asarray(fids, dtype=np.int64))
            dropped = int((~keep).sum())
            if dropped:
                self._key, self._fid, self._lon, self._lat = (a[keep] for a in
                                                              (self._key, self._fid, self._lon, self._lat))
                self._sums()
            return dropped

    # -- views ---------------------------------------------------------------------------------------
    def view(self, west: float, south: float, east: float, north: float, zoom: int) -> View:
        """Clusters and single assets of the cells the box touches at ``zoom`` (whole cells: an asset near
        the edge may be counted in a cluster whose centre is outside the box)."""
        zoom = max(0, min(int(zoom), TOP_ZOOM))
        level = min(zoom, LEVEL)
        (x0, x1), (y1, y0) = (_cell_of(v, level) for v in mercator(np.array([west, east]), np.array([south, north])))
        if (x1 - x0 + 1) * (y1 - y0 + 1) > MAX_CELLS:
            raise TooLarge(f"a view of {(x1 - x0 + 1) * (y1 - y0 + 1)} cells")
        cx, cy = np.meshgrid(np.arange(x0, x1 + 1), np.arange(y0, y1 + 1))
        cell = morton(cx.ravel(), cy.ravel())
        shift = np.uint64(2 * (LEVEL - level))
        cell.sort()  # runs in key order: the singles come out in one sorted gather
        with self._lock:
            key, total = self._key, len(self._key)
            lo = np.searchsorted(key, cell << shift, side="left")
            hi = np.searchsorted(key, (cell + np.uint64(1)) << shift, side="left")
            count = hi - lo
            if zoom > LEVEL:
                return self._singles(lo, hi, west, south, east, north, total)
            big = count >= MIN_POINTS
            blo, bhi, bn = lo[big], hi[big], count[big]
            out = View(total)
            if len(bn):
                out.cluster_lon = ((self._clon[bhi] - self._clon[blo]) / bn).round(6).tolist()
                out.cluster_lat = ((self._clat[bhi] - self._clat[blo]) / bn).round(6).tolist()
                out.cluster_count = bn.tolist()
                # the run's first and last keys first differ at the zoom where the cluster splits
                bits = np.frexp((key[blo] ^ key[bhi - 1]).astype(np.float64))[1]
                out.cluster_zoom = np.maximum(zoom + 1, np.floor(LEVEL - bits / 2) + 1).astype(int).tolist()
            small = (count > 0) & ~big
            at = np.concatenate((lo[small], lo[small & (count == 2)] + 1))
            at.sort()
            out.single_fid = self._fid[at].tolist()
            return out

    def _singles(self, lo, hi, west, south, east, north, total) -> View:
        """Every asset in the box on its own (the map's last zoom)."""
        n = hi - lo
        lo, n = lo[n > 0], n[n > 0]
        at = np.repeat(lo - np.concatenate(([0], np.cumsum(n)[:-1])), n) + np.arange(int(n.sum()))
        lon, lat = self._lon[at], self._lat[at]
        at = at[(lon >= west) & (lon <= east) & (lat >= south) & (lat <= north)]
        out = View(total, truncated=len(at) > MAX_SINGLES)
        at = at[:MAX_SINGLES]
        out.single_fid = self._fid[at].tolist()
        return out
