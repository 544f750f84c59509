"""Stored values <-> the central map's server values, and the rows a push sends.

A push reads what waits in the outbox straight from SQLite as rows COPY takes (``outbox_rows``): SQL picks
the records; Python passes the rows on, and spells again only the columns of a chunk holding values the
server would not take as stored (``_odd_columns``). Our own point blobs (little-endian 2D points in
EPSG:4326, which is what the app writes) become hex EWKB in that SQL (the GeoPackage header dropped, the
SRID stamped in); any other geometry is converted in Python (``ewkb_4326``).
"""

from __future__ import annotations

import json
import operator
from itertools import chain
from typing import Any, Iterator

from mapper.store.geometry import from_wkb, to_ewkb_hex
from mapper.store.stored import dump_stored, load_stored
from mapper.sync.targets.pg_schema import RECORD_COLUMNS

BOOLS = {t: {c for c, typ in cols.items() if typ == "boolean"} for t, cols in RECORD_COLUMNS.items()}
INTS = {t: {c for c, typ in cols.items() if typ == "integer"} for t, cols in RECORD_COLUMNS.items()}
POINTS = {t for t, cols in RECORD_COLUMNS.items() if cols.get("geom", "").startswith("geometry(Point")}
# "GP", version 0, flags 0x01 (little endian, no envelope), SRS 4326, then WKB: little endian, type 1 (point)
_PLAIN_POINT = "length({g}) = 29 AND substr({g}, 1, 13) = x'47500001E61000000101000000'"
_EWKB_POINT_4326 = "'0101000020E6100000' || hex(substr({g}, 14, 16))"  # EWKB point with SRID 4326 + x, y
_SRID_4326 = "e6100000"


def q(cols: list[str]) -> str:
    return ", ".join(f'"{c}"' for c in cols)


def ewkb_4326(blob: bytes | None, multi: bool) -> str | None:
    """Any GeoPackage blob as hex EWKB in EPSG:4326 (the project's CRS, whatever SRS id the blob carries)."""
    text = to_ewkb_hex(bytes(blob), multi=multi) if blob is not None else None
    return None if text is None else text[:10] + _SRID_4326 + text[18:]  # byte order, type, SRID, body


def _waiting(box, table: str, join: str) -> tuple[str, tuple]:
    """FROM and WHERE picking the versions ``v`` of the records of ``table`` waiting in the outbox ``box``,
    joined with ``join``: the outbox's few entries first, or (a first sync) every record."""
    if box.everything:
        return f"FROM nm_versions v CROSS JOIN {join} WHERE v.tbl = ?", (table,)
    return (f"FROM nm_sync_outbox o CROSS JOIN nm_versions v ON v.tbl = o.tbl AND v.uuid = o.uuid CROSS JOIN {join} "
            "WHERE o.tbl = ? AND o.id <= ?", (table, box.top))


def outbox_rows(conn, box, table: str, cols: list[str], seq: int, size: int = 5000) -> Iterator[list[tuple]]:
    """Lists of (uuid, packed versions, ``seq``, *server values of ``cols``) of the live records of ``table``
    waiting in the outbox ``box`` (``base.Outbox``); geometry as hex EWKB. Values come as stored: only the
    columns of a chunk holding odd ones (``_odd_columns``) are spelled again, in Python."""
    at = 3 + cols.index("geom") if "geom" in cols else None
    point = table in POINTS
    geom = f"CASE WHEN {_PLAIN_POINT} THEN {_EWKB_POINT_4326} ELSE a.geom END".format(g="a.geom") if point else "a.geom"
    sel = ", ".join(geom if c == "geom" else f'a."{c}"' for c in cols)
    where, params = _waiting(box, table, f'"{table}" a ON a.uuid = v.uuid')
    cur = conn.execute(f"SELECT v.uuid, v.versions, {int(seq)}, {sel} {where}", params)
    while chunk := cur.fetchmany(size):
        if at is not None and bytes in set(map(type, map(operator.itemgetter(at), chunk))):
            chunk = [(*r[:at], ewkb_4326(r[at], not point), *r[at + 1:]) if type(r[at]) is bytes else r
                     for r in chunk]  # any geometry but our own plain points
        odd = _odd_columns(table, cols, chunk)
        if odd:
            chunk = [(*r[:3], *[_spell(table, c, v) if j in odd else v for j, (c, v) in enumerate(zip(cols, r[3:]))])
                     for r in chunk]
        yield chunk


def _odd_columns(table: str, cols: list[str], chunk: list[tuple]) -> set[int]:
    """Positions (in ``cols``) of the columns whose values in ``chunk`` the server would not take as they are
    (``to_server`` spells them): a blob in a text column, in a boolean one anything but 0, 1 or text."""
    odd = set()
    bools, ints = BOOLS[table], INTS[table]
    if set(map(type, chain.from_iterable(chunk))) <= _TEXT_ONLY | _BOOL_KINDS:  # no blob, no float: only a
        return {j for j, c in enumerate(cols) if c in bools  # boolean may be odd (a number but 0 or 1)
                and any(type(v) is int and v not in _BOOL_VALUES for v in set(map(operator.itemgetter(3 + j), chunk)))}
    for j, (c, values) in enumerate(zip(cols, list(zip(*chunk))[3:])):
        if c == "geom" or c in ints:
            continue
        kinds = set(map(type, values))
        if c in bools:
            if not (kinds <= _BOOL_KINDS and set(values) <= _BOOL_VALUES) and not kinds <= _TEXT_ONLY:
                odd.add(j)
        elif not kinds <= _TEXT_KINDS:
            odd.add(j)
    return odd


def outbox_tombstones(conn, box, table: str) -> list[tuple]:
    """(uuid, packed versions, tombstone version, tombstone data) of records of ``table`` deleted here and
    waiting in the outbox ``box``."""
    if box.everything:  # the few tombstones first, not every record's versions
        where, params = "FROM nm_tombstones t CROSS JOIN nm_versions v ON v.tbl = t.tbl AND v.uuid = t.uuid " \
                        "WHERE t.tbl = ?", (table,)
    else:
        where, params = _waiting(box, table, "nm_tombstones t ON t.tbl = v.tbl AND t.uuid = v.uuid")
    return conn.execute(f"SELECT v.uuid, v.versions, t.version, t.data {where} "
                        f'AND NOT EXISTS (SELECT 1 FROM "{table}" a WHERE a.uuid = v.uuid)', params).fetchall()


# ---- one value at a time (care needs after sealing, tombstones, pulls) --------------------------------
_PLAIN = (str, int)
_TEXT_KINDS = {str, int, float, type(None)}  # numbers in text columns go as their digits, as they always have
_BOOL_KINDS = {int, type(None)}
_BOOL_VALUES = {0, 1, None}
_TEXT_ONLY = {str, type(None)}


def to_server(table: str, cols: list[str], values) -> list[Any]:
    """Stored values as the server's COPY takes them (geometry as hex EWKB), as ``outbox_rows`` spells them."""
    return [None if v is None else ewkb_4326(v, table not in POINTS) if c == "geom"
            else v if type(v) in _PLAIN else _odd(table, c, v) for c, v in zip(cols, values)]


def _spell(table: str, c: str, v: Any) -> Any:
    """One value of an odd column (``_odd_columns``) as the server takes it: a number in a boolean column is
    whether it is not 0, a blob is its hex digits; text and numbers elsewhere go as they are."""
    if v is None or type(v) is str:
        return v
    if type(v) in (int, float):
        return int(v != 0) if c in BOOLS[table] else v
    return _odd(table, c, v)


def _odd(table: str, c: str, v: Any) -> Any:
    if isinstance(v, (bytes, bytearray, memoryview)):
        return bytes(v).hex()
    if c in BOOLS[table]:
        return bool(v)
    return v if c in INTS[table] else str(v)


def from_server(table: str, c: str, v: Any) -> Any:
    if v is None:
        return None
    if c == "geom":
        if isinstance(v, dict):  # a tombstone written by a plain SQL delete (GeoJSON)
            from shapely.geometry import shape

            from mapper.store.geometry import geometry_blob
            return geometry_blob(shape(v))
        return from_wkb(bytes.fromhex(v) if isinstance(v, str) else v)
    if isinstance(v, bool):
        return int(v)
    if c in BOOLS[table] and isinstance(v, str):  # a tombstone's 0/1 kept as text
        return int(v.strip().lower() in ("1", "t", "true"))
    return v


def tomb_to_server(table: str, data: str | None) -> str | None:
    if not data:
        return None
    stored = load_stored(data)
    cols = [c for c in stored if c in RECORD_COLUMNS[table] and c != "geom"]
    out = dict(zip(cols, to_server(table, cols, [stored[c] for c in cols])))
    if stored.get("geom") is not None:
        out["geom"] = to_ewkb_hex(stored["geom"], multi=table == "neighbourhoods")
    return json.dumps(out)


def tomb_from_server(table: str, data: Any) -> str | None:
    if data is None:
        return None
    if isinstance(data, str):
        data = json.loads(data)
    return dump_stored({c: from_server(table, c, v) for c, v in data.items() if c in RECORD_COLUMNS[table]})
