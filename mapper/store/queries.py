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
from mapper.store.migrations import FTS_COLUMNS, SEARCH_TOKENIZER

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


def is_empty(f: Filter) -> bool:
    """No words and no filters: the whole table."""
    return not (fts_query(f.text) or f.kind or f.category or f.neighbourhood or f.status or f.stale)


def count(conn: sqlite3.Connection, table: str, f: Filter, cap: int | None = None) -> int:
    """How many rows match ``f``; with ``cap``, counting stops there (``cap`` then means "at least cap":
    a word in every row of a million would otherwise read its whole index list)."""
    alias = _SPEC[table][1]
    limit = f" LIMIT {int(cap)}" if cap else ""
    match = fts_query(f.text)
    if match and not (f.kind or f.category or f.neighbourhood or f.status or f.stale):  # words only:
        # the index counts its rows (one per record row)
        return conn.execute(f"SELECT count(*) FROM (SELECT 1 FROM {table}_fts WHERE {table}_fts MATCH ?{limit})",
                            (match,)).fetchone()[0]
    clauses, params = _where(table, f)  # no filter reads the joined table: count the rows alone
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    return conn.execute(f"SELECT count(*) FROM (SELECT 1 FROM {table} {alias} {where}{limit})", params).fetchone()[0]


GATHER_MAX = 20_000  # up to this many matches are gathered and sorted by name; more are probed
PROBE_BUDGET = 16_000  # list rows a probe reads for one page at most, before it gathers the rest after all
CHUNK = 500  # list rows asked first when probing (then as many as the matches seen so far say)


def dense(f: Filter, matches: int) -> bool:
    """Do ``f``'s words match so many rows (``matches``, from ``count(..., cap=GATHER_MAX)``) that a page is
    found sooner by reading the list in name order (``page(probe=True)``) than by sorting every match?"""
    return bool(fts_query(f.text)) and matches >= GATHER_MAX


def page(conn: sqlite3.Connection, table: str, f: Filter, after: tuple[str, int] | None = None,
         limit: int = 200, *, probe: bool = False) -> list[tuple]:
    """Rows ``(fid, uuid, *shown columns)`` ordered by name, the ``limit`` after key ``(name, fid)``, read
    in the order of the name index (m009).

    A search gathers every matching row, then takes the first ones by name: its cost grows with the
    matches (a single letter matches a million rows). With ``probe`` (``dense``), the list is read in name
    order a chunk at a time and the chunk's rows are asked in a scratch full-text index of their own (the
    file's tokenizer and the same query, so the same rows match): the cost grows with the rows read until
    a page is found, not with the matches. Only when ``PROBE_BUDGET`` rows hold too few matches (they lie
    further on) is the rest gathered after all."""
    source, alias, cols = _SPEC[table]
    shown = ", ".join(c for c, _ in cols)
    match = fts_query(f.text)
    rows: list[tuple] = []
    if probe and match:
        rows, after = _probed_page(conn, table, f, after, limit, match)
        if len(rows) == limit or after is None:
            return rows
    clauses, params = _where(table, f)
    keyset, keys = _after(alias, after)
    where = " AND ".join(clauses + keyset)
    order = f"ORDER BY {alias}.name COLLATE NOCASE, {alias}.fid"
    if match:  # the matches sorted by (name, fid) alone; the shown columns joined for the page's rows only
        sql = (f"SELECT {alias}.fid, {alias}.uuid, {shown} FROM (SELECT {alias}.fid AS fid FROM {table} {alias} "
               f"WHERE {where} {order} LIMIT ?) AS s, {source} WHERE {alias}.fid = s.fid {order}")
    else:  # read in the name index's order
        sql = (f"SELECT {alias}.fid, {alias}.uuid, {shown} FROM {source} {'WHERE ' + where if where else ''} "
               f"{order} LIMIT ?")
    return rows + conn.execute(sql, [*params, *keys, limit - len(rows)]).fetchall()


def _after(alias: str, after: tuple[str, int] | None) -> tuple[list[str], list[Any]]:
    if after is None:
        return [], []
    # the first term lets the name index seek to the key (an OR alone reads it from the top)
    return ([f"{alias}.name COLLATE NOCASE >= ? AND ({alias}.name COLLATE NOCASE > ? OR {alias}.fid > ?)"],
            [after[0], after[0], after[1]])


def _probed_page(conn, table: str, f: Filter, after, limit: int, match: str
                 ) -> tuple[list[tuple], tuple[str, int] | None]:
    """(the matches among at most ``PROBE_BUDGET`` list rows after ``after``, the key of the last row read;
    None at the end of the list)."""
    source, alias, cols = _SPEC[table]
    shown = ", ".join(c for c, _ in cols)
    words = ", ".join(FTS_COLUMNS[table])
    scratch = f"nm_probe_{table}"
    clauses, params = _where(table, replace(f, text=""))  # the other filters
    order = f"ORDER BY {alias}.name COLLATE NOCASE, {alias}.fid"
    rows: list[tuple] = []
    chunk, budget, read = CHUNK, PROBE_BUDGET, 0
    try:
        while len(rows) < limit and budget > 0:
            keyset, keys = _after(alias, after)
            where = " AND ".join(clauses + keyset)
            listed = f"FROM {table} {alias} {'WHERE ' + where if where else ''} {order}"
            # contentless: it keeps the words only (a new one each chunk: emptied at once)
            conn.execute(f"DROP TABLE IF EXISTS temp.{scratch}")
            conn.execute(f"CREATE VIRTUAL TABLE temp.{scratch} USING fts5({words}, content='', columnsize=0, "
                         f"{SEARCH_TOKENIZER}, detail=none)")
            conn.execute(f"INSERT INTO temp.{scratch} (rowid, {words}) SELECT {alias}.fid, "
                         f"{', '.join(f'{alias}.{w}' for w in FTS_COLUMNS[table])} {listed} LIMIT ?",
                         [*params, *keys, chunk])
            rows += conn.execute(  # the chunk's matches first (CROSS JOIN keeps that order), then sorted
                f"SELECT {alias}.fid, {alias}.uuid, {shown} FROM (SELECT rowid AS fid FROM temp.{scratch} WHERE "
                f"{scratch} MATCH ?) AS m CROSS JOIN {source} WHERE {alias}.fid = m.fid {order} LIMIT ?",
                (match, limit - len(rows))).fetchall()
            last = conn.execute(f"SELECT {alias}.name, {alias}.fid {listed} LIMIT 1 OFFSET ?",
                                [*params, *keys, chunk - 1]).fetchone()
            if last is None:  # the end of the list
                return rows, None
            after = (last[0] or "", last[1])
            read += chunk
            budget -= chunk
            # the rows still needed at the density seen so far: beyond the budget, gathering is sooner
            chunk = (limit - len(rows)) * read // max(len(rows), 1) * 5 // 4 + 1
            if chunk > budget:
                break
    finally:
        conn.execute(f"DROP TABLE IF EXISTS temp.{scratch}")
    return rows, after


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
