"""Point-in-polygon neighbourhood lookup and R-tree queries."""

from __future__ import annotations

import numpy as np
import shapely
from shapely.strtree import STRtree

from mapper.store.geometry import to_shapely


class NeighbourhoodIndex:
    """All neighbourhood polygons in an STRtree; answers 'which neighbourhood is this point in?'."""

    def __init__(self, rows):
        self.uuids: list[str] = []
        geoms = []
        for uuid, blob in rows:
            if blob is None:
                continue
            self.uuids.append(uuid)
            geoms.append(to_shapely(blob))
        self.geoms = np.array(geoms, dtype=object)
        self.tree = STRtree(self.geoms) if geoms else None
        if geoms:
            shapely.prepare(self.geoms)

    def find(self, lon: float, lat: float) -> str | None:
        if self.tree is None:
            return None
        hits = self.tree.query(shapely.Point(lon, lat), predicate="intersects")
        return self.uuids[int(min(hits))] if len(hits) else None

    def find_many(self, points: list[tuple[float, float]]) -> list[str | None]:
        """Vectorised lookup for bulk loads."""
        out: list[str | None] = [None] * len(points)
        if self.tree is None or not points:
            return out
        pts = shapely.points(np.asarray(points, dtype=float))
        idx_pt, idx_poly = self.tree.query(pts, predicate="intersects")
        for p, g in zip(idx_pt.tolist(), idx_poly.tolist()):
            if out[p] is None:
                out[p] = self.uuids[g]
        return out
