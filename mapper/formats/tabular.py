"""Rows of assets and groups as a person sees them in a spreadsheet (shared by Excel, CSV, GeoJSON)."""

from __future__ import annotations

import datetime as dt
from typing import Any, Iterator

from mapper.formats.common import COLUMNS, Column
from mapper.store.geometry import point_of


def _names(project, table: str, where: str = "") -> dict[str, str]:
    return {u: n for u, n in project.conn.execute(f"SELECT uuid, name FROM {table}{where}")}


def cell_rows(project, table: str, *, public: bool) -> Iterator[list[Any]]:
    """One list of Python values per record, in COLUMNS[table] order.

    Types: str or None for text, float for latitude/longitude, ``datetime.date`` for dates,
    "yes"/"no" for booleans; lists ';'-joined; neighbourhoods and run_by as names.
    """
    columns = COLUMNS[table]
    hoods = _names(project, "neighbourhoods")
    # a public file names only published groups: run_by of an unpublished one is left empty
    groups = _names(project, "groups", " WHERE may_publish = 1" if public else "") if table == "assets" else {}
    stored = [c.field for c in columns if c.field not in ("uuid", "latitude", "longitude", "base")]
    select = ["uuid", *stored] + (["geom"] if table == "assets" else [])
    where = " WHERE may_publish = 1" if public else ""
    # the base token (store/threeway.py): the record's versions as exported; public files carry none
    base = "NULL" if public else "(SELECT v.versions FROM nm_versions v WHERE v.tbl = ? AND v.uuid = t.uuid)"
    cur = project.conn.execute(f'SELECT {", ".join("t." + c for c in select)}, {base} FROM "{table}" t{where} '
                               "ORDER BY t.fid", () if public else (table,))
    select.append("base")
    date_cache: dict[str, Any] = {}
    while True:
        batch = cur.fetchmany(2000)
        if not batch:
            return
        for r in batch:
            values = dict(zip(select, r))
            if table == "assets":
                loc = point_of(values["geom"]) if values["geom"] is not None else None
                values["longitude"], values["latitude"] = loc if loc else (None, None)
            out = []
            for c in columns:
                v = values.get(c.field)
                if v is None:
                    out.append(None)
                    continue
                if c.kind == "bool":
                    v = "yes" if v else "no"
                elif c.kind == "date":
                    d = date_cache.get(v)
                    if d is None:
                        try:
                            d = dt.date.fromisoformat(str(v)[:10])
                        except ValueError:
                            d = str(v)
                        date_cache[v] = d
                    v = d
                elif c.field == "neighbourhood":
                    v = hoods.get(v, v)
                elif c.field == "neighbourhoods":
                    v = ";".join(hoods.get(x, x) for x in str(v).split(";") if x)
                elif c.field == "run_by":
                    v = groups.get(v, None if public else v)
                elif public and c.field == "recorded_by":
                    v = None
                out.append(v)
            yield out


def headers(table: str) -> list[str]:
    return [c.key for c in COLUMNS[table]]


def column(table: str, key: str) -> Column:
    return next(c for c in COLUMNS[table] if c.key == key)
