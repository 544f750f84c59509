"""Read-side queries the window needs: FTS5 search with filters, keyset paging, nearby look-alikes,
and the photos kept in the ``attachments`` table.

Lists never load a whole table: ``page`` returns the next ``limit`` rows after a (name, fid) key, so a
list of 100k assets costs one small query per screenful.
"""

from __future__ import annotations

import datetime as _dt
import mimetypes
import re
import sqlite3
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from mapper.domain.errors import Errors, ImportFormatError
from mapper.domain.geo import degrees_box, distance_m
from mapper.domain.i18n import QT_TRANSLATE_NOOP, arg
from mapper.domain.records import new_uuid

STALE_DAYS = 365
PHOTO_TYPES = {".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png", ".gif": "image/gif",
               ".webp": "image/webp", ".bmp": "image/bmp"}
MAX_PHOTO_BYTES = 25 * 1024 * 1024


@dataclass(frozen=True)
class Filter:
    """What a list shows. Empty values mean "any"."""

    text: str = ""
    kind: str | None = None
    category: str | None = None
    neighbourhood: str | None = None
    status: str | None = None
    stale: bool = False  # not checked for 12 months (or never)
    today: _dt.date | None = None


def fts_query(text: str) -> str | None:
    """User text -> an FTS5 query: every word must match, each as a prefix ('lib cen' finds 'Library Centre')."""
    words = re.findall(r"\w+", text or "", re.UNICODE)
    return " ".join(f'"{w}"*' for w in words) or None


# Columns each list shows: (sql expression, heading)
# (headings translated where the list shows them: ui/models.py)
ASSET_COLUMNS = [("a.name", QT_TRANSLATE_NOOP("RecordListModel", "Name")), ("a.category", QT_TRANSLATE_NOOP("RecordListModel", "Category")), ("n.name", QT_TRANSLATE_NOOP("RecordListModel", "Neighbourhood")),
                 ("a.status", QT_TRANSLATE_NOOP("RecordListModel", "Status")), ("a.last_checked", QT_TRANSLATE_NOOP("RecordListModel", "Last checked"))]
GROUP_COLUMNS = [("g.name", QT_TRANSLATE_NOOP("RecordListModel", "Name")), ("g.group_type", QT_TRANSLATE_NOOP("RecordListModel", "Type")), ("g.last_checked", QT_TRANSLATE_NOOP("RecordListModel", "Last checked"))]

_SPEC = {
    "assets": ("assets a LEFT JOIN neighbourhoods n ON n.uuid = a.neighbourhood", "a", ASSET_COLUMNS),
    "groups": ("groups g", "g", GROUP_COLUMNS),
}


def _where(table: str, f: Filter) -> tuple[list[str], list[Any]]:
    alias = _SPEC[table][1]
    clauses: list[str] = []
    params: list[Any] = []
    match = fts_query(f.text)
    if match:
        clauses.append(f"{alias}.fid IN (SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH ?)")
        params.append(match)
    if table == "assets":
        for col in ("kind", "category", "status"):
            value = getattr(f, col)
            if value:
                clauses.append(f"a.{col} = ?")
                params.append(value)
        if f.neighbourhood:
            clauses.append("a.neighbourhood = ?")
            params.append(f.neighbourhood)
    elif f.neighbourhood:
        clauses.append("instr(';' || coalesce(g.neighbourhoods, '') || ';', ?) > 0")
        params.append(f";{f.neighbourhood};")
    if f.stale:
        cutoff = (f.today or _dt.date.today()) - _dt.timedelta(days=STALE_DAYS)
        clauses.append(f"({alias}.last_checked IS NULL OR {alias}.last_checked < ?)")
        params.append(cutoff.isoformat())
    return clauses, params


def count(conn: sqlite3.Connection, table: str, f: Filter) -> int:
    alias = _SPEC[table][1]
    match = fts_query(f.text)
    if match and not (f.kind or f.category or f.neighbourhood or f.status or f.stale):  # words only:
        # the index counts its rows (one per record row)
        return conn.execute(f"SELECT count(*) FROM {table}_fts WHERE {table}_fts MATCH ?", (match,)).fetchone()[0]
    clauses, params = _where(table, f)  # no filter reads the joined table: count the rows alone
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    return conn.execute(f"SELECT count(*) FROM {table} {alias} {where}", params).fetchone()[0]


DENSE = 2  # "most rows match": more than one row in DENSE
PROBE_ROWS = 2000  # rows of the list read in order and asked one by one, before gathering every match


def dense(conn: sqlite3.Connection, table: str, f: Filter, matches: int) -> bool:
    """Do most rows match ``f``'s words (``matches`` of them, from ``count``)? The highest fid bounds
    the table's rows without counting them."""
    if not fts_query(f.text):
        return False
    top = conn.execute(f"SELECT max(fid) FROM {table}").fetchone()[0] or 0
    return matches * DENSE > top


def page(conn: sqlite3.Connection, table: str, f: Filter, after: tuple[str, int] | None = None,
         limit: int = 200, *, probe: bool = False) -> list[tuple]:
    """Rows ``(fid, uuid, *shown columns)`` ordered by name, the ``limit`` after key ``(name, fid)``, read
    in the order of the name index (m009).

    A search gathers every matching row, then takes the first ones by name: its cost grows with the
    matches (a single letter matches a million rows). With ``probe`` (``dense``: most rows match), the
    next ``PROBE_ROWS`` rows in list order each ask the index whether they match; only when they hold
    fewer than ``limit`` matches (the matches lie further on) is every match gathered after all."""
    source, alias, cols = _SPEC[table]
    shown = ", ".join(c for c, _ in cols)
    keyset: tuple[list[str], list[Any]] = ([], [])
    if after is not None:
        keyset = ([f"({alias}.name COLLATE NOCASE > ? OR ({alias}.name COLLATE NOCASE = ? AND {alias}.fid > ?))"],
                  [after[0], after[0], after[1]])
    order = f"ORDER BY {alias}.name COLLATE NOCASE, {alias}.fid"
    match = fts_query(f.text)
    if probe and match:
        clauses, params = _where(table, replace(f, text=""))  # the other filters
        where = " AND ".join(clauses + keyset[0])
        inner = (f"SELECT {alias}.fid, {alias}.uuid, {shown} FROM {source} {'WHERE ' + where if where else ''} "
                 f"{order} LIMIT {PROBE_ROWS}")
        rows = conn.execute(f"SELECT * FROM ({inner}) AS s WHERE EXISTS (SELECT 1 FROM {table}_fts "
                            f"WHERE {table}_fts MATCH ? AND rowid = s.fid) LIMIT ?",  # in s's order (a co-routine)
                            [*params, *keyset[1], match, limit]).fetchall()
        if len(rows) == limit:
            return rows
    clauses, params = _where(table, f)
    where = " AND ".join(clauses + keyset[0])
    sql = (f"SELECT {alias}.fid, {alias}.uuid, {shown} FROM {source} {'WHERE ' + where if where else ''} "
           f"{order} LIMIT ?")
    return conn.execute(sql, [*params, *keyset[1], limit]).fetchall()


def row_of(conn: sqlite3.Connection, table: str, uuid: str) -> tuple | None:
    """One list row ``(fid, uuid, *shown columns)`` by uuid (to refresh a row after an edit)."""
    source, alias, cols = _SPEC[table]
    shown = ", ".join(c for c, _ in cols)
    return conn.execute(f"SELECT {alias}.fid, {alias}.uuid, {shown} FROM {source} WHERE {alias}.uuid = ?",
                        (uuid,)).fetchone()


def like_page(conn: sqlite3.Connection, text: str, limit: int = 200) -> list[tuple]:
    """The naive search (a LIKE scan over every asset): only the benchmark's baseline uses it."""
    pattern = f"%{text}%"
    return conn.execute(
        "SELECT fid, uuid, name FROM assets WHERE name LIKE ? OR description LIKE ? OR address LIKE ? "
        "OR postcode LIKE ? OR category LIKE ? ORDER BY name COLLATE NOCASE, fid LIMIT ?",
        (pattern, pattern, pattern, pattern, pattern, limit)).fetchall()


# ---- links --------------------------------------------------------------------------------
def group_names(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    return conn.execute("SELECT uuid, name FROM groups ORDER BY name COLLATE NOCASE").fetchall()


def assets_run_by(conn: sqlite3.Connection, group_uuid: str) -> list[tuple[str, str]]:
    return conn.execute("SELECT uuid, name FROM assets WHERE run_by = ? ORDER BY name COLLATE NOCASE",
                        (group_uuid,)).fetchall()


# ---- look-alikes --------------------------------------------------------------------------
@dataclass(frozen=True)
class Similar:
    uuid: str
    name: str
    metres: float
    score: float


def similar_nearby(project, name: str, location: tuple[float, float] | None, *, radius_m: float = 150.0,
                   threshold: float = 80.0, exclude: str | None = None) -> list[Similar]:
    """Assets within ``radius_m`` whose name is close to ``name`` (rapidfuzz), nearest first."""
    from rapidfuzz import fuzz, utils

    if not location or not (name or "").strip():
        return []
    lon, lat = location
    ids = project.assets_in_box(*degrees_box(lon, lat, radius_m))
    out = []
    for uuid in ids:
        if uuid == exclude:
            continue
        rec = project.find("assets", uuid)
        if rec is None or not rec.location:
            continue
        metres = distance_m(lon, lat, *rec.location)
        if metres > radius_m:
            continue
        score = fuzz.token_sort_ratio(name, rec.name, processor=utils.default_process)
        if score >= threshold:
            out.append(Similar(uuid, rec.name, metres, score))
    return sorted(out, key=lambda s: s.metres)


# ---- photos -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Photo:
    uuid: str
    record_uuid: str
    filename: str  # generated, safe
    original_name: str | None  # the file's own name only, never its folder
    mime: str
    data: bytes
    caption: str | None = None  # plain text the mapper typed


def read_photo(path: Path | str) -> tuple[bytes, str, str]:
    """(data, mime, original name) of an image file a user chose; MapperError if it is not one."""
    path = Path(path)
    ext = path.suffix.lower()
    if ext not in PHOTO_TYPES:
        raise ImportFormatError(Errors.tr("is not a photo this app keeps (use .jpg, .png, .gif, .webp or .bmp)"), path=path)
    try:
        size = path.stat().st_size
        if size > MAX_PHOTO_BYTES:
            raise ImportFormatError(arg(Errors.tr("is %1 MB; photos up to 25 MB can be kept"), size // (1024 * 1024)), path=path)
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFormatError(arg(Errors.tr("cannot be read (%1)"), exc.strerror or exc), path=path) from None
    return data, PHOTO_TYPES[ext], path.name


def add_photo(project, record_uuid: str, data: bytes, mime: str, original_name: str | None = None, *,
              uuid: str | None = None, caption: str | None = None) -> Photo:
    """Store a photo inside the project file under a generated file name."""
    uuid = uuid or new_uuid()
    ext = mimetypes.guess_extension(mime) or ".bin"
    if ext == ".jpe":
        ext = ".jpg"
    photo = Photo(uuid, record_uuid, f"{uuid}{ext}", Path(original_name).name if original_name else None,
                  mime, bytes(data), plain_caption(caption))
    with project.transaction() as conn:
        conn.execute("INSERT INTO attachments (uuid, record_uuid, filename, original_name, mime, data, caption, "
                     "created) VALUES (?, ?, ?, ?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ','now'))",
                     (photo.uuid, record_uuid, photo.filename, photo.original_name, mime, photo.data,
                      photo.caption))
    return photo


MAX_CAPTION = 500


def plain_caption(text: str | None) -> str | None:
    """One line of plain text: control characters become spaces, runs of spaces one, at most 500
    characters; empty is None."""
    if text is None:
        return None
    text = " ".join("".join(" " if ord(c) < 32 or ord(c) == 127 else c for c in text).split())
    return text[:MAX_CAPTION] or None


def set_caption(project, uuid: str, caption: str | None) -> None:
    with project.transaction() as conn:
        conn.execute("UPDATE attachments SET caption = ? WHERE uuid = ?", (plain_caption(caption), uuid))


def remove_photo(project, uuid: str) -> None:
    with project.transaction() as conn:
        conn.execute("DELETE FROM attachments WHERE uuid = ?", (uuid,))


def photos_of(conn: sqlite3.Connection, record_uuid: str) -> list[Photo]:
    rows = conn.execute("SELECT uuid, record_uuid, filename, original_name, mime, data, caption FROM attachments "
                        "WHERE record_uuid = ? ORDER BY fid", (record_uuid,)).fetchall()
    return [Photo(r[0], r[1], r[2], r[3], r[4] or "", bytes(r[5] or b""), r[6]) for r in rows]
