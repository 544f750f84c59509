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
    select = ["uuid", *stored] + (["geom"] if table == "assets" else []) + ["fid"]
    where = " WHERE may_publish = 1" if public else ""
    cur = project.conn.execute(f'SELECT {", ".join("t." + c for c in select)} FROM "{table}" t{where} ORDER BY t.fid')
    # the base token (store/threeway.py): the record's versions as exported; public files carry none
    bases = None if public else _bases(project, table)
    base_fid, base_text = next(bases, (None, None)) if bases is not None else (None, None)
    at = {name: i for i, name in enumerate(select)}
    fid_at = at["fid"]
    geom_at = at.get("geom")
    # each column once: where its value is in the row (None: latitude/longitude) and how it is shown
    plan = [(at.get(c.field), c.field, _BOOL if c.kind == "bool" else _DATE if c.kind == "date"
             else _SHOWN.get(c.field, _PLAIN)) for c in columns]
    date_cache: dict[str, Any] = {}
    while True:
        batch = cur.fetchmany(2000)
        if not batch:
            return
        for r in batch:
            base = None
            if bases is not None:  # a merge of two fid-ordered streams
                fid = r[fid_at]
                while base_fid is not None and base_fid < fid:
                    base_fid, base_text = next(bases, (None, None))
                base = base_text if base_fid == fid else None
            lon = lat = None
            if geom_at is not None and r[geom_at] is not None:
                lon, lat = point_of(r[geom_at])
            out = []
            for i, field, how in plan:
                v = r[i] if i is not None else (lon if field == "longitude" else lat if field == "latitude"
                                                else base if field == "base" else None)
                if v is None or how == _PLAIN:
                    out.append(v)
                    continue
                if how == _BOOL:
                    v = "yes" if v else "no"
                elif how == _DATE:
                    d = date_cache.get(v)
                    if d is None:
                        try:
                            d = dt.date.fromisoformat(str(v)[:10])
                        except ValueError:
                            d = str(v)
                        date_cache[v] = d
                    v = d
                elif how == _HOOD:
                    v = hoods.get(v, v)
                elif how == _HOODS:
                    v = ";".join(hoods.get(x, x) for x in str(v).split(";") if x)
                elif how == _RUN_BY:
                    v = groups.get(v, None if public else v)
                elif public:  # recorded_by
                    v = None
                out.append(v)
            yield out


def _bases(project, table: str) -> Iterator[tuple[int, str]]:
    """(fid, packed versions) of the table's records, in fid order. Read in nm_versions' own key order, each
    joined to the record's uuid index and sorted by SQLite: one ordered pass. A look-up per row instead
    went to a random page of nm_versions, which outgrows SQLite's cache (at 1M records the export's cost
    per record grew by half)."""
    return iter(project.conn.execute(
        f'SELECT t.fid, v.versions FROM nm_versions v CROSS JOIN "{table}" t ON t.uuid = v.uuid WHERE v.tbl = ? '
        "ORDER BY t.fid", (table,)))


_PLAIN, _BOOL, _DATE, _HOOD, _HOODS, _RUN_BY, _RECORDED_BY = range(7)
_SHOWN = {"neighbourhood": _HOOD, "neighbourhoods": _HOODS, "run_by": _RUN_BY, "recorded_by": _RECORDED_BY}


def headers(table: str) -> list[str]:
    return [c.key for c in COLUMNS[table]]


def column(table: str, key: str) -> Column:
    return next(c for c in COLUMNS[table] if c.key == key)
