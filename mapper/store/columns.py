"""Each record table's columns, and values between the program's form and the file's (geometry as
GeoPackage blobs, care-need fields sealed by the project's codec). Mixed into ``Project``."""

from __future__ import annotations

from typing import Any

from mapper.domain.errors import PrivacyError
from mapper.domain.i18n import translate
from mapper.domain.records import CareNeed
from mapper.store.codec import is_sensitive
from mapper.store.geometry import geometry_blob, point_blob, point_of, to_geojson


class Columns:
    def _table_columns(self, table: str) -> list[str]:
        return [r[1] for r in self.conn.execute(f'PRAGMA table_info("{table}")') if r[1] not in ("fid", "uuid")]

    def columns(self, table: str) -> list[str]:
        return list(self._columns[table])

    def to_stored(self, table: str, values: dict[str, Any], uuid: str | None = None) -> dict[str, Any]:
        columns = self._columns[table]
        if self.codec is None and table != CareNeed.TABLE:  # nothing to seal: keep the columns, encode geom
            out = {k: v for k, v in values.items() if k in columns}
            if "geom" in out:
                out["geom"] = self._geom_blob(table, out["geom"])
            return out
        out = {}
        for key, value in values.items():
            if key not in self._columns[table]:
                continue
            if key == "geom":
                value = self._geom_blob(table, value)
            elif self.codec is not None:
                value = self.codec.seal(table, key, value, uuid)
            elif value is not None and is_sensitive(table, key):
                raise PrivacyError(translate("Privacy", "care needs are only stored encrypted: set a care-needs "
                                                         "passphrase first"),
                                   path=self.path)
            out[key] = value
        return out

    def stored_values(self, table: str, values: dict[str, Any], uuid: str | None = None) -> list[Any]:
        """``to_stored`` as a row in the order of the table's columns (a column not in ``values``: None)."""
        columns = self._columns[table]
        if self.codec is None and table != CareNeed.TABLE:  # as to_stored, without a dict between
            row = list(map(values.get, columns))
            if "geom" in columns:
                at = columns.index("geom")
                row[at] = self._geom_blob(table, row[at])
            return row
        stored = self.to_stored(table, values, uuid)
        return [stored.get(c) for c in columns]

    def _from_stored(self, table: str, row: dict[str, Any], uuid: str | None = None) -> dict[str, Any]:
        out = {}
        for key, value in row.items():
            if key == "geom":
                if value is None:
                    out[key] = None
                elif table == "neighbourhoods":
                    out[key] = to_geojson(value)
                else:
                    out[key] = point_of(value)
            elif self.codec is not None:
                out[key] = self.codec.open(table, key, value, uuid)
            else:
                out[key] = value
        return out

    @staticmethod
    def _geom_blob(table: str, value):
        if value is None:
            return None
        if isinstance(value, (bytes, bytearray, memoryview)):
            return bytes(value)
        if table == "neighbourhoods":
            from shapely.geometry import MultiPolygon, shape

            geom = shape(value) if isinstance(value, dict) else value
            if geom.geom_type == "Polygon":
                geom = MultiPolygon([geom])
            return geometry_blob(geom)
        lon, lat = value
        return point_blob(lon, lat)
