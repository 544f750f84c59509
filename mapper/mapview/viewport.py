"""What one view of the window's map shows: ``/data/view/<zoom>/<west>/<south>/<east>/<north>.json``.

The page asks for its view (padded a little) after every move; the answer holds the clusters and the single
assets there (mapview/clusters.py), the singles with uuid, name and kind looked up for just those rows, so its
size and cost follow the screen, not the project. The request is untrusted input: the path must match the
pattern, the numbers must be a real box on the web map at a zoom the map has, and it may cover no more than
``clusters.MAX_CELLS`` cells; anything else is refused (``None``: the server answers 404).

Edits reach the index through ``changed``/``removed`` (the window's ``refresh_asset``/``remove_asset``);
another connection's commit (``PRAGMA data_version``) makes the next view rebuild it.
"""

from __future__ import annotations

import json
import re
import threading
from typing import Any

from mapper.mapview import data
from mapper.mapview.clusters import ClusterIndex, TooLarge

_NUMBER = r"(-?\d{1,3}(?:\.\d{1,10})?)"
PATH = re.compile(rf"^/data/view/(\d{{1,2}})/{_NUMBER}/{_NUMBER}/{_NUMBER}/{_NUMBER}\.json$")
URL = "data/view/{z}/{w}/{s}/{e}/{n}.json"  # the page fills it in (mapper.js)
LEARNED = 50_000  # uuid -> fid pairs remembered from answers (a deleted asset's fid is no longer in the file)


class AssetViews:
    def __init__(self, project):
        self.project = project
        self.index: ClusterIndex | None = None
        self._stamp = None
        self._fids: dict[str, int] = {}
        self._building = threading.Lock()  # one build at a time (a test's HTTP server answers on threads)
        self._early = None  # (thread, result box, data_version) of a build started by prepare()
        self._early_edits: list[str] = []
        self._kinds = {code: i for i, code in enumerate(k["code"] for k in data.kinds())}

    # -- the index ---------------------------------------------------------------------------------
    def _data_version(self) -> int:
        return self.project.conn.execute("PRAGMA data_version").fetchone()[0]

    def clusters(self) -> ClusterIndex:
        """The index, built on first use (or taken from ``prepare``) and again after another connection
        committed to the file."""
        with self._building:
            if self._early is not None:
                self._take_early()
            stamp = self._data_version()
            if self.index is None or stamp != self._stamp:
                self.index, self._stamp = ClusterIndex.from_project(self.project.conn), stamp
                self._fids.clear()
            return self.index

    def prepare(self) -> None:
        """Start building the index now, on a thread with its own read-only connection, while the page
        loads (the first view then only waits for what is left). Edits made meanwhile are applied to it
        when it is taken; without a second connection (a file that cannot be opened twice) the first view
        builds it as before."""
        from mapper.store.connection import connect

        try:
            conn = connect(self.project.path, readonly=True, check=False)
        except Exception:  # noqa: BLE001 - the first view builds it on the project's own connection
            return
        stamp = self._data_version()
        box: dict = {}

        def build() -> None:
            try:
                box["index"] = ClusterIndex.from_project(conn)
            except Exception as exc:  # noqa: BLE001 - the first view builds it on the project's own connection
                box["error"] = exc
            finally:
                conn.close()

        thread = threading.Thread(target=build, name="map-index", daemon=True)
        self._early, self._early_edits = (thread, box, stamp), []
        thread.start()

    def _take_early(self) -> None:
        thread, box, stamp = self._early
        thread.join()
        edits, self._early, self._early_edits = self._early_edits, None, []
        if "index" not in box:
            return
        self.index, self._stamp = box["index"], stamp
        for uuid in dict.fromkeys(edits):  # what the window changed while it was being built
            self.changed(uuid)

    def changed(self, uuid: str) -> dict[str, Any] | None:
        """One asset added, edited or moved: its entry in the index follows; the page's update message
        (``None`` when the asset is gone)."""
        item = data.asset_item(self.project, uuid)
        if self._early is not None:
            self._early_edits.append(uuid)
        if item is None:
            self.removed(uuid)
            return None
        if self.index is not None:
            fid = self._fid(uuid)
            if fid is not None:
                self.index.upsert(fid, item["lon"], item["lat"])
        return item

    def removed(self, uuid: str) -> None:
        """Taken off the map (deleted, or no longer shown). A deleted asset's fid is found from what the
        index has answered before; failing that, the index drops every fid the file no longer has."""
        if self._early is not None:
            self._early_edits.append(uuid)
        if self.index is None:
            return
        fid = self._fid(uuid)
        if fid is not None:
            self.index.remove(fid)
            return
        fids = self.project.conn.execute("SELECT group_concat(fid) FROM assets WHERE geom IS NOT NULL").fetchone()[0]
        self.index.keep_only([int(f) for f in fids.split(",")] if fids else [])

    def _fid(self, uuid: str) -> int | None:
        row = self.project.conn.execute("SELECT fid FROM assets WHERE uuid = ?", (uuid,)).fetchone()
        if row is not None:
            self._learn(uuid, row[0])
            return row[0]
        return self._fids.pop(uuid, None)

    def _learn(self, uuid: str, fid: int) -> None:
        if len(self._fids) >= LEARNED:
            self._fids.clear()
        self._fids[uuid] = fid

    # -- one view ----------------------------------------------------------------------------------
    def answer(self, path: str) -> dict[str, Any] | None:
        match = PATH.match(path)
        if not match:
            return None
        zoom = int(match.group(1))
        west, south, east, north = (float(v) for v in match.groups()[1:])
        if not (-180 <= west < east <= 180 and -90 <= south < north <= 90):
            return None
        try:
            view = self.clusters().view(west, south, east, north, zoom)
        except TooLarge:
            return None
        found = {fid: (uuid, name, kind, geom) for fid, uuid, name, kind, geom in self.project.conn.execute(
            "SELECT fid, uuid, name, kind, geom FROM assets WHERE fid IN (SELECT value FROM json_each(?))",
            (json.dumps(view.single_fid),))}
        singles: dict[str, list] = {"ids": [], "names": [], "kind": [], "lon": [], "lat": []}
        gone = []
        other = len(self._kinds)
        for fid in view.single_fid:
            row = found.get(fid)
            xy = None if row is None else data.point_xy(row[3])
            if xy is None:  # deleted (or taken off the map) behind the map's back: off the map from now on
                gone.append(fid)
                continue
            self._learn(row[0], fid)
            singles["ids"].append(row[0])
            singles["names"].append(row[1] or "")
            singles["kind"].append(self._kinds.get(row[2], other))
            singles["lon"].append(round(xy[0], 6))  # exactly where it is (the index holds the R-tree's floats)
            singles["lat"].append(round(xy[1], 6))
        for fid in gone:
            self.index.remove(fid)
        return {"total": len(self.index), "zoom": zoom, "truncated": view.truncated,
                "clusters": {"lon": view.cluster_lon, "lat": view.cluster_lat, "count": view.cluster_count,
                             "zoom": view.cluster_zoom},
                "singles": singles}
