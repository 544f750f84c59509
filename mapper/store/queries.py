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
import threading
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from mapper.domain.errors import Errors, ImportFormatError
from mapper.domain.geo import degrees_box, distance_m
from mapper.domain.i18n import QT_TRANSLATE_NOOP, arg
from mapper.domain.records import new_uuid
from mapper.store import name_order

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
    return " ".join(f'"{w}"*' for w in _typed_words(text)) or None


def _typed_words(text: str) -> list[str]:
    """The words typed: letters and digits (an underscore parts words, as the tokenizer does: "asset_1" was
    one phrase of two words, which an index of rows alone (``detail=none``) refuses)."""
    return re.findall(r"[^\W_]+", text or "")


PREFIXES = 6  # the index keeps a list of rows for each word's first 1 to 6 letters (m010)
WORDS_MAX = 32  # a longer word that begins more of the index's words than this is asked as a prefix


def match_query(conn: sqlite3.Connection, table: str, text: str) -> str | None:
    """``fts_query(text)`` as the index is asked it: a word longer than its prefix indexes becomes the index's
    own words that it begins ("communit" -> ``("community" OR "communities")``), read from its vocabulary
    (``_words``). The same rows match; but FTS5 reads those words' lists side by side, as far as the page
    or the count needs, where a prefix with no index of its own has the list of every word it begins merged
    into one before the first row (about 0.5 µs a match: "community", 64,601 rows, 14-35 ms, twice a
    keystroke). A word that begins too many words (or that the tokenizer splits) is asked as a prefix still.

    What was found is kept (per thread) while the file is unchanged (``_Kept``): a keystroke's count and
    page, and the pages scrolled to after, read the vocabulary once, and so does a word typed on letter by
    letter (the words "communit" begins, "communi"'s that go on so)."""
    words = _typed_words(text)
    if all(len(w) <= PREFIXES for w in words):  # (the tokenizer never makes a word longer)
        return fts_query(text)
    kept = _Kept.now(conn, table)
    if text in kept.matches:
        return kept.matches[text]
    terms = []
    for w in words:
        token = _tokens(conn, w) if len(w) > PREFIXES else []
        found = kept.words_of(conn, table, token[0]) if len(token) == 1 and len(token[0]) > PREFIXES else None
        # (beginning none of its words, the prefix is answered at once: there is nothing to merge)
        terms.append("(" + " OR ".join(f'"{t}"' for t in found) + ")" if found else f'"{w}"*')
    match = kept.matches[text] = " AND ".join(terms) or None
    kept.done(conn)
    return match


class _Kept:
    """The words found for one connection and table since the file last changed (by anyone)."""

    def __init__(self, conn=None, table: str | None = None, stamp: tuple[int, int] | None = None):
        self.conn, self.table, self.stamp = conn, table, stamp
        self.matches: dict[str, str | None] = {}
        self.words: dict[str, list[str] | None] = {}

    @staticmethod
    def now(conn, table: str) -> _Kept:
        if conn.in_transaction:  # what it reads may yet be rolled back (and total_changes would not say so)
            return _Kept()
        stamp = _stamp(conn)
        kept = getattr(_kept, "value", None)
        if kept is None or kept.conn is not conn or kept.table != table or kept.stamp != stamp or \
                len(kept.matches) > 100:
            kept = _kept.value = _Kept(conn, table, stamp)
        return kept

    def words_of(self, conn, table: str, prefix: str) -> list[str] | None:
        if prefix not in self.words:
            began = next((b for b, got in self.words.items() if got is not None and prefix.startswith(b)), None)
            self.words[prefix] = ([t for t in self.words[began] if t.startswith(prefix)] if began is not None
                                  else _words(conn, table, prefix))
        return self.words[prefix]

    def done(self, conn) -> None:
        """Kept on past this connection's own scratch writes (``_tokens``), unless another wrote meanwhile."""
        if self.stamp is None:  # (not kept)
            return
        stamp = _stamp(conn)
        if stamp[0] == self.stamp[0]:
            self.stamp = stamp
        else:
            self.conn = None


_kept = threading.local()  # .value: the thread's _Kept


def _stamp(conn) -> tuple[int, int]:
    """Changes since: another connection's commits (``data_version``), this connection's own writes."""
    return conn.execute("PRAGMA data_version").fetchone()[0], conn.total_changes


def _tokens(conn, text: str) -> list[str]:
    """The words the index's tokenizer makes of ``text``, in order: ASCII letters and digits are one word,
    lower case; anything else is asked of the tokenizer itself (a scratch index of the connection's own)."""
    if re.fullmatch(r"[A-Za-z0-9]+", text):
        return [text.lower()]
    from mapper.store.migrations import SEARCH_TOKENIZER

    conn.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.nm_typed USING fts5(w, {SEARCH_TOKENIZER})")
    conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.nm_typed_words USING fts5vocab(temp, nm_typed, instance)")
    conn.execute("DELETE FROM temp.nm_typed")
    conn.execute("INSERT INTO temp.nm_typed (w) VALUES (?)", (text,))
    return [t for (t,) in conn.execute("SELECT term FROM temp.nm_typed_words ORDER BY offset")]


def _words(conn, table: str, prefix: str) -> list[str] | None:
    """The index's words that begin with ``prefix`` (a word as the tokenizer made it), or None when they are
    more than ``WORDS_MAX`` or one would not be asked as itself (a word the tokenizer reads otherwise)."""
    vocab = f"nm_words_{table}"
    conn.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{vocab} USING fts5vocab(main, {table}_fts, row)")
    found = [t for (t,) in conn.execute(f"SELECT term FROM temp.{vocab} WHERE term >= ? AND term < ? LIMIT ?",
                                        (prefix, prefix + "\U0010ffff", WORDS_MAX + 1)) if t.startswith(prefix)]
    if len(found) > WORDS_MAX:
        return None
    plain = [t for t in found if not re.fullmatch(r"[a-z0-9]+", t)]  # asked as they are, if they stay so
    if plain and _tokens(conn, " ".join(plain)) != plain:
        return None
    return found


# Columns each list shows: (sql expression, heading)
# (headings translated where the list shows them: ui/models.py)
ASSET_COLUMNS = [("a.name", QT_TRANSLATE_NOOP("RecordListModel", "Name")), ("a.category", QT_TRANSLATE_NOOP("RecordListModel", "Category")), ("n.name", QT_TRANSLATE_NOOP("RecordListModel", "Neighbourhood")),
                 ("a.status", QT_TRANSLATE_NOOP("RecordListModel", "Status")), ("a.last_checked", QT_TRANSLATE_NOOP("RecordListModel", "Last checked"))]
GROUP_COLUMNS = [("g.name", QT_TRANSLATE_NOOP("RecordListModel", "Name")), ("g.group_type", QT_TRANSLATE_NOOP("RecordListModel", "Type")), ("g.last_checked", QT_TRANSLATE_NOOP("RecordListModel", "Last checked"))]

_SPEC = {
    "assets": ("assets a LEFT JOIN neighbourhoods n ON n.uuid = a.neighbourhood", "a", ASSET_COLUMNS),
    "groups": ("groups g", "g", GROUP_COLUMNS),
}


def _where(table: str, f: Filter, keyed: bool = True, match: str | None = None) -> tuple[list[str], list[Any]]:
    """The clauses of ``f`` (its words as ``match``, from ``match_query``) and their parameters."""
    alias = _SPEC[table][1]
    clauses: list[str] = []
    params: list[Any] = []
    if match:
        matched = f"SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH ?"
        if keyed:  # the index's rowids are keys (m011): their rows' fids
            matched = f"SELECT k.fid FROM {name_order.keys_table(table)} k WHERE k.key IN ({matched})"
        clauses.append(f"{alias}.fid IN ({matched})")
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
    match = match_query(conn, table, f.text)
    if match and not (f.kind or f.category or f.neighbourhood or f.status or f.stale):  # words only:
        # the index counts its rows (one per record row)
        return conn.execute(f"SELECT count(*) FROM (SELECT 1 FROM {table}_fts WHERE {table}_fts MATCH ?{limit})",
                            (match,)).fetchone()[0]
    clauses, params = _where(table, f, _keyed(conn, table), match)  # no join: count the rows alone
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    return conn.execute(f"SELECT count(*) FROM (SELECT 1 FROM {table} {alias} {where}{limit})", params).fetchone()[0]


GATHER_MAX = 20_000  # a filter is counted this far before the first page; fewer matches are gathered and sorted


def dense(f: Filter, matches: int) -> bool:
    """Do ``f``'s words (with other filters) match so many rows (``matches``, from ``count(...,
    cap=GATHER_MAX)``) that a page is found sooner by reading the index's matches in name order and keeping
    those the filters pass (``page(dense=True)``) than by gathering and sorting every match?"""
    return bool(fts_query(f.text)) and matches >= GATHER_MAX


def page(conn: sqlite3.Connection, table: str, f: Filter, after: tuple[str, int] | None = None,
         limit: int = 200, *, dense: bool = False) -> list[tuple]:
    """Rows ``(fid, uuid, *shown columns)`` ordered by name, the ``limit`` after key ``(name, fid)``, read
    in the order of the name index (m009).

    Words alone (and words with filters, when ``dense``) are read from the full-text index, whose rowids
    follow name order (m011, ``store/name_order.py``): the page is its first matches after the key, at a
    cost that grows with the page, not with the matches or where they sit in the list. Other filters, and
    words with filters that few rows pass, gather every match and take the first ones by name; so does any
    search while rows another program changed wait to be indexed again (the order of their keys may be old)."""
    source, alias, cols = _SPEC[table]
    shown = ", ".join(c for c, _ in cols)
    match = match_query(conn, table, f.text)
    keyed = bool(match) and _keyed(conn, table)
    if keyed and (dense or is_empty(replace(f, text=""))) and not _waiting(conn, table):
        return _ordered_page(conn, table, f, after, limit, match)
    clauses, params = _where(table, f, keyed, match)
    keyset, keys = _after(alias, after)
    where = " AND ".join(clauses + keyset)
    order = f"ORDER BY {alias}.name COLLATE NOCASE, {alias}.fid"
    if match:  # the matches sorted by (name, fid) alone; the shown columns joined for the page's rows only
        sql = (f"SELECT {alias}.fid, {alias}.uuid, {shown} FROM (SELECT {alias}.fid AS fid FROM {table} {alias} "
               f"WHERE {where} {order} LIMIT ?) AS s, {source} WHERE {alias}.fid = s.fid {order}")
    else:  # read in the name index's order
        sql = (f"SELECT {alias}.fid, {alias}.uuid, {shown} FROM {source} {'WHERE ' + where if where else ''} "
               f"{order} LIMIT ?")
    return conn.execute(sql, [*params, *keys, limit]).fetchall()


def _after(alias: str, after: tuple[str, int] | None) -> tuple[list[str], list[Any]]:
    if after is None:
        return [], []
    # the first term lets the name index seek to the key (an OR alone reads it from the top)
    return ([f"{alias}.name COLLATE NOCASE >= ? AND ({alias}.name COLLATE NOCASE > ? OR {alias}.fid > ?)"],
            [after[0], after[0], after[1]])


def _keyed(conn, table: str) -> bool:
    """Are the index's rowids keys in name order (m011)? Not in a file of an older schema opened read-only
    (never upgraded): its rowids are the rows' fids, and every search gathers."""
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (name_order.keys_table(table),)).fetchone() \
        is not None


def _waiting(conn, table: str) -> bool:
    """Are rows of ``table`` marked for indexing again (written by another program since the app last did)?"""
    return conn.execute("SELECT 1 FROM nm_fts_dirty WHERE tbl = ? LIMIT 1", (table,)).fetchone() is not None


FIRST_KEY = -(2 ** 63)


def _ordered_page(conn, table: str, f: Filter, after, limit: int, match: str) -> list[tuple]:
    """The matches in key order after ``after``, a chunk of the index's matches at a time, kept where the
    other filters pass."""
    source, alias, cols = _SPEC[table]
    shown = ", ".join(c for c, _ in cols)
    keys = name_order.keys_table(table)
    start = FIRST_KEY
    if after is not None:  # the key of the first row after ``after`` in name order
        keyset, params = _after(alias, after)
        got = conn.execute(f"SELECT k.key FROM {table} {alias} CROSS JOIN {keys} k WHERE {keyset[0]} AND "
                           f"k.fid = {alias}.fid ORDER BY {alias}.name COLLATE NOCASE, {alias}.fid LIMIT 1",
                           params).fetchone()
        if got is None:
            return []
        start = got[0]
    clauses, params = _where(table, replace(f, text=""))  # the other filters, asked of each match
    joined = source.split(" ", 2)[2:]  # what the table joins (the neighbourhood's name)
    sql = (f"SELECT m.key, ({' AND '.join(clauses) or '1'}), {alias}.fid, {alias}.uuid, {shown} FROM (SELECT rowid "
           f"AS key FROM {table}_fts WHERE {table}_fts MATCH ? AND rowid >= ? ORDER BY rowid LIMIT ?) AS m "
           f"LEFT JOIN {keys} k ON k.key = m.key LEFT JOIN {table} {alias} ON {alias}.fid = k.fid "
           f"{' '.join(joined)} ORDER BY m.key")
    rows: list[tuple] = []
    chunk = limit
    while True:
        got = conn.execute(sql, [*params, match, start, chunk]).fetchall()
        for _key, passes, *row in got:
            if passes and row[0] is not None:
                rows.append(tuple(row))
                if len(rows) == limit:
                    return rows
        if len(got) < chunk:  # the index has no more matches
            return rows
        start = got[-1][0] + 1
        chunk = min(chunk * 4, GATHER_MAX)  # the filters pass few: read further at once


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
