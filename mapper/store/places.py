"""The project's places: neighbourhood lookup (point-in-polygon index, rebuilt when boundaries change),
assets in a box (the GeoPackage R-tree), the wards reference layer and layer extents. Mixed into
``Project``."""

from __future__ import annotations

from mapper.store import gpkg_schema
from mapper.store.geometry import point_of, to_geojson
from mapper.store.spatial import NeighbourhoodIndex


class Places:
    _nbhd_index: NeighbourhoodIndex | None = None

    def forget_neighbourhoods(self) -> None:
        """Neighbourhood polygons changed (merge, import): look them up afresh next time."""
        self._nbhd_index = None

    def _neighbourhood_index(self) -> NeighbourhoodIndex:
        if self._nbhd_index is None:
            rows = self.conn.execute("SELECT uuid, geom FROM neighbourhoods").fetchall()
            self._nbhd_index = NeighbourhoodIndex(rows)
        return self._nbhd_index

    def neighbourhood_at(self, lon: float, lat: float) -> str | None:
        return self._neighbourhood_index().find(lon, lat)

    def neighbourhoods_at(self, points: list[tuple[float, float]]) -> list[str | None]:
        return self._neighbourhood_index().find_many(points)

    def boundaries_state(self) -> tuple:
        """Changes whenever a neighbourhood is added, moved, renamed or deleted (cheap: a few hundred rows)."""
        return tuple(self.conn.execute(
            "SELECT count(*), coalesce(max(fid), 0), (SELECT group_concat(versions) FROM nm_versions "
            "WHERE tbl = 'neighbourhoods'), (SELECT count(*) FROM nm_tombstones WHERE tbl = 'neighbourhoods') "
            "FROM neighbourhoods").fetchone())

    def rederive_neighbourhoods(self) -> int:
        """New or changed boundaries: every placed asset whose neighbourhood was not chosen by hand gets the
        one it lies in now (an ordinary versioned edit each, in one transaction). Returns how many changed."""
        self.forget_neighbourhoods()
        rows = self.conn.execute("SELECT uuid, geom, neighbourhood FROM assets WHERE geom IS NOT NULL "
                                 "AND coalesce(neighbourhood_fixed, 0) = 0").fetchall()
        placed = [(uuid, point_of(geom), old) for uuid, geom, old in rows]
        placed = [(uuid, pt, old) for uuid, pt, old in placed if pt is not None]
        found = self.neighbourhoods_at([pt for _, pt, _ in placed])
        changed = [(uuid, new) for (uuid, _, old), new in zip(placed, found) if new != old]
        if changed:
            with self.transaction():
                for uuid, new in changed:
                    self.update("assets", uuid, {"neighbourhood": new})
        return len(changed)

    def neighbourhood_names(self) -> dict[str, str]:
        return dict(self.conn.execute("SELECT uuid, name FROM neighbourhoods ORDER BY name"))

    def assets_in_box(self, minx: float, miny: float, maxx: float, maxy: float) -> list[str]:
        cur = self.conn.execute(
            "SELECT a.uuid FROM assets a JOIN rtree_assets_geom r ON a.fid = r.id "
            "WHERE r.minx <= ? AND r.maxx >= ? AND r.miny <= ? AND r.maxy >= ?", (maxx, minx, maxy, miny))
        return [r[0] for r in cur]

    def replace_wards(self, wards: list[tuple[str, str, object]]) -> None:
        """Reference layer (not versioned): [(code, name, shapely/GeoJSON polygon)]."""
        with self.transaction():
            self.conn.execute("DELETE FROM wards")
            self.conn.executemany("INSERT INTO wards (code, name, geom) VALUES (?, ?, ?)",
                                  [(c, n, self._geom_blob("neighbourhoods", g)) for c, n, g in wards])
            gpkg_schema.update_extent(self.conn, "wards")

    def wards(self) -> list[tuple[str, str, dict]]:
        return [(c, n, to_geojson(g)) for c, n, g in self.conn.execute("SELECT code, name, geom FROM wards")]

    def refresh_extents(self) -> None:
        with self.transaction():
            for table in ("assets", "neighbourhoods"):
                gpkg_schema.update_extent(self.conn, table)
