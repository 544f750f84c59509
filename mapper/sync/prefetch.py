"""Reading exports ahead: helper threads hash, open, integrity-check and read the next files while the merge
works on the current one. Files are still merged one at a time, in the order given, on the caller's thread.

What a file brings is read here with SQL, so the work runs inside SQLite (without the GIL, on the other
core): its settings and decisions, and for each record table one query that returns only the records whose
version text differs from what the project had committed when the merge began (the project is attached
read-only), each with its values, its tombstone data and whether a value may be of a wrong type
(``ValueTypes.suspect_sql``). The merge still compares every returned record with what it holds now; a
record left out here is one the merge would have skipped unread (its versions equal the project's).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import sys
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from operator import itemgetter
from pathlib import Path
from typing import Any, Callable, Iterator

from mapper.domain.errors import Errors, MergeError, ProjectFileError
from mapper.domain.i18n import QT_TRANSLATE_NOOP, arg
from mapper.store.connection import connect
from mapper.store.incoming import ValueTypes, check_schema_version

ABSENT, LIVE, TOMBSTONE = 0, 1, 2  # where an export holds a record it lists versions for
COMPARE_FROM = 256  # records listed in a file from which its versions are compared with the project's in SQL
SNAPSHOT_FROM = 16  # files from which the helpers compare with a small copy of the project's versions
AT_ONCE_MOST = 20_000  # records listed in a table up to which its rows are read as one text (rows_at_once)
SNAPSHOT_ROWS_PER_FILE = 300  # ... when it holds fewer than this many records per file (it costs ~2 us a record)
NOT_EXPORT = QT_TRANSLATE_NOOP("Errors", "is not a Neighbourhood Mapper export (no record versions); import it instead")


def sha256_of(path: Path) -> str:
    with open(path, "rb") as fh:  # read into one reused buffer, hashed without the GIL
        return hashlib.file_digest(fh, "sha256").hexdigest()


@dataclass
class Plan:
    """What to read from each export: the project's record tables and columns, the declared types, the
    project file to compare versions with (None: return every record) and, per table, the uuids whose
    versions the merge's own transaction has changed already (always returned)."""

    tables: list[str]
    cols: dict[str, list[str]]
    value_types: ValueTypes
    base: Path | None = None
    dirty: dict[str, list[str]] = field(default_factory=dict)
    refuse_bad: bool = False


@dataclass
class TableRead:
    """One record table of an export: its columns (``src_cols``, without fid and uuid), the ones the project
    has too (``cols``, in the project's order) and ``rows``: (uuid, versions text, suspect, LIVE/TOMBSTONE/
    ABSENT, tombstone data, *values of ``cols``) in uuid order; ``new``: the uuids of ``rows`` the project
    (as committed, with nothing this transaction changed) holds neither live nor as a tombstone, when the
    project was compared with (None: not known, the merge looks them up)."""

    src_cols: list[str]
    cols: list[str]
    rows: list[tuple]
    new: frozenset[str] | None = None


@dataclass
class Export:
    """An export read for merging, or why it could not be: ``error`` (it cannot be opened), ``refusal``
    (a folder merge leaves it out), ``failure`` (raised when its turn comes; ``failure_after_decisions``:
    only once its decisions are merged, as reading it in turn would)."""

    error: ProjectFileError | None = None
    refusal: str | None = None
    failure: BaseException | None = None
    failure_after_decisions: bool = False
    has: set[str] = field(default_factory=set)
    settings: dict[str, Any] = field(default_factory=dict)
    decisions: list[tuple] = field(default_factory=list)
    tables: dict[str, TableRead] = field(default_factory=dict)


def refusal_of(src: sqlite3.Connection) -> str | None:
    """Why an export cannot be merged at all, found before any of it is merged (None: it can be)."""
    try:
        if not src.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='nm_versions'").fetchone():
            return Errors.tr(NOT_EXPORT)
        if src.execute("SELECT 1 FROM nm_versions WHERE typeof(versions) != 'text' OR NOT json_valid(versions) "
                       "LIMIT 1").fetchone():
            return Errors.tr("record versions cannot be read")
    except sqlite3.DatabaseError as exc:
        return arg(Errors.tr("cannot be read safely (%1)"), exc)
    return None


def read_export(path: Path, known: frozenset[str], plan: Plan) -> tuple[str, Export | None]:
    """(SHA-256, the export as read; None if it was already merged)."""
    sha = sha256_of(path)
    if sha in known:
        return sha, None
    try:
        src = connect(path, readonly=True)  # includes the integrity check
    except ProjectFileError as exc:
        return sha, Export(error=exc)
    out = Export()
    try:
        if plan.refuse_bad:
            out.refusal = refusal_of(src)
            if out.refusal is not None:
                return sha, out
        _read(src, path, plan, out)
    except Exception as exc:  # noqa: BLE001 - raised on the merge's thread in the file's turn
        out.failure = exc
    finally:
        src.close()
    return sha, out


def _read(src: sqlite3.Connection, path: Path, plan: Plan, out: Export) -> None:
    out.has = has = set(_texts(src, "SELECT json_group_array(name) FROM sqlite_master WHERE type='table'",
                               "SELECT name FROM sqlite_master WHERE type='table'"))
    if "nm_versions" not in has:
        raise MergeError(Errors.tr(NOT_EXPORT), path=path)
    if "nm_settings" in has:
        check_schema_version(src, path, MergeError)
        out.settings = dict(src.execute("SELECT key, value FROM nm_settings"))
    if "nm_decisions" in has:
        out.decisions = src.execute("SELECT kind, key, value, version, author FROM nm_decisions").fetchall()
    try:
        listed = dict(src.execute("SELECT tbl, count(*) FROM nm_versions GROUP BY tbl"))
        # comparing in SQL pays (attaching the project costs about a millisecond) when a file lists many
        # records, as a mapper's whole export does; a sync's few records are compared by the merge itself
        base = sum(listed.values()) >= COMPARE_FROM and _attach_base(src, plan.base)
        binary = "collate" not in (src.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = "
                                               "'nm_versions'").fetchone()[0] or "collate").lower()
        for table in plan.tables:
            if table in has and listed.get(table):
                out.tables[table] = _read_table(src, table, plan, base, "nm_tombstones" in has,
                                                binary and listed[table] <= AT_ONCE_MOST)
    except Exception as exc:  # noqa: BLE001
        out.failure, out.failure_after_decisions = exc, True


def _texts(src: sqlite3.Connection, as_json: str, by_row: str, params: tuple = (), at: int = 0) -> list:
    """Column ``at`` of ``by_row``'s rows, in order, read as one JSON text (``as_json``: a JSON array of
    those values, or with ``at`` of arrays [place, value], ordered by place here) when it comes through
    JSON unchanged (text that is UTF-8, no number), else row by row (see ``rows_at_once``)."""
    try:
        values = json.loads(src.execute(as_json, params).fetchone()[0], parse_float=_no_reals)
        if at:
            values = [v for _place, v in sorted(values, key=itemgetter(0))]
        if all(type(v) is str for v in values):
            return values
    except (sqlite3.Error, ValueError, TypeError):
        pass
    return [r[at] for r in src.execute(by_row)]


def _attach_base(src: sqlite3.Connection, base: Path | None) -> bool:
    """Attach the project read-only (its committed state) to compare versions in SQL; False if it cannot."""
    if base is None:
        return False
    try:
        src.execute("ATTACH DATABASE ? AS nm_base", (base.resolve().as_uri() + "?mode=ro",))
        return True
    except sqlite3.Error:
        return False


def _read_table(src: sqlite3.Connection, table: str, plan: Plan, base: bool, tombs: bool,
                binary: bool = False) -> TableRead:
    """``binary``: the export's ``nm_versions.uuid`` orders by the BINARY collation and the table lists few
    enough records to read them as one text (``rows_at_once``; a text of a million rows would cost far
    more memory than the rows)."""
    src_cols = [c for c in _texts(src, "SELECT json_group_array(json_array(cid, name)) FROM pragma_table_info(?, 'main')",
                                  f'PRAGMA main.table_info("{table}")', (table,), at=1) if c not in ("fid", "uuid")]
    cols = [c for c in plan.cols[table] if c in src_cols]
    suspect = plan.value_types.suspect_sql(table, cols, "a") or "0"
    values = "".join(f', a."{c}"' for c in cols)
    where = (f"CASE WHEN a.uuid IS NOT NULL THEN {LIVE} WHEN t.uuid IS NOT NULL THEN {TOMBSTONE} ELSE {ABSENT} END"
             if tombs else f"CASE WHEN a.uuid IS NOT NULL THEN {LIVE} ELSE {ABSENT} END")
    head = f"v.uuid, v.versions, {suspect}, {where}, {'t.data' if tombs else 'NULL'}"
    suspect_of = plan.value_types.suspect_py(table, cols, 5)  # rows_at_once works the flag out itself
    at_once = f"v.uuid, v.versions, 0, {where}, {'t.data' if tombs else 'NULL'}"
    joins = (f'FROM main.nm_versions v LEFT JOIN main."{table}" a ON a.uuid = v.uuid '
             + ("LEFT JOIN main.nm_tombstones t ON a.uuid IS NULL AND t.tbl = v.tbl AND t.uuid = v.uuid "
                if tombs else "") + "WHERE v.tbl = ?")
    changed = (" AND (v.uuid IN (SELECT value FROM json_each(?)) OR NOT EXISTS (SELECT 1 FROM "
               "nm_base.nm_versions b WHERE b.tbl = v.tbl AND b.uuid = v.uuid AND b.versions = v.versions))")
    rows, usual = None, plan.value_types.usual.get(table, {})
    if base:
        params = (table, json.dumps(plan.dirty.get(table, [])))
        rows = rows_at_once(src, at_once, cols, usual, joins + changed, params, suspect_of) if binary else None
        if rows is None:
            try:
                rows = src.execute(f"SELECT {head}{values} {joins}{changed} ORDER BY v.uuid", params).fetchall()
            except sqlite3.OperationalError:  # the project is busy or cannot be read from here: compare in Python
                rows = None
    if rows is None and binary:
        rows = rows_at_once(src, at_once, cols, usual, joins, (table,), suspect_of)
    if rows is None:
        rows = src.execute(f"SELECT {head}{values} {joins} ORDER BY v.uuid", (table,)).fetchall()
    if len({r[0] for r in rows}) != len(rows):  # a uuid twice (a table without its unique index): its last row
        last = {(r[0], r[1]): r for r in rows}
        rows = [r for r in rows if last[(r[0], r[1])] is r]
    return TableRead(src_cols, cols, rows, _new_to_base(src, table, rows, plan) if base else None)


def _no_reals(text: str) -> float:
    raise ValueError("a real number")  # SQLite writes reals into JSON rounded: such rows are read one by one


def rows_at_once(src: sqlite3.Connection, head: str, cols: list[str], usual: dict[str, Any], rest: str,
                 params: tuple, suspect_of: Callable[[list], int | None]) -> list[tuple] | None:
    """The rows of ``SELECT head, a.<cols> rest ORDER BY v.uuid`` (``_read_table``), exactly as fetched row by
    row, but made into one JSON text inside SQLite: a thread fetching rows needs the GIL back after every
    row, and while the merge's thread works in Python each of those waits costs far more than the row (the
    helpers read at half speed); one text costs one wait. Geometry columns (``ValueTypes.usual`` bytes)
    come as hex. None (the caller reads them row by row) unless every value comes through JSON unchanged:
    no real anywhere, no blob but in a geometry column and nothing else there, text that is UTF-8, and
    distinct text uuids (put in order here: Python orders text by code point, as the BINARY collation the
    caller checked orders UTF-8). The suspect flag (the third column; ``head`` selects 0 there) is worked
    out here, by ``suspect_of`` (``ValueTypes.suspect_py``), from the values as read: the same as SQLite's
    ``suspect_sql`` and cheaper (SQLite's twenty-odd ``typeof`` tests a row were a quarter of a file's
    reading)."""
    blob = [usual.get(c) is bytes for c in cols]
    items = "".join(f""", CASE WHEN typeof(a."{c}") = 'blob' THEN hex(a."{c}") END""" if b else f', a."{c}"'
                    for c, b in zip(cols, blob))  # (hex(NULL) is '', as hex(X'') is)
    plain = " AND ".join([f"""typeof(a."{c}") IN ('blob', 'null')""" for c, b in zip(cols, blob) if b] or ["1"])
    try:
        text, plain_rows = src.execute(f"SELECT json_group_array(json_array({head}{items})), min({plain}) {rest}",
                                       params).fetchone()
        if plain_rows not in (1, None):
            return None
        data = json.loads(text, parse_float=_no_reals)
    except (sqlite3.Error, ValueError):  # a blob, text that is not UTF-8 (UnicodeDecodeError is a ValueError)...
        return None
    at = [5 + i for i, b in enumerate(blob) if b]
    for row in data:
        if type(row[0]) is not str:
            return None
        for i in at:
            if row[i] is not None:
                row[i] = bytes.fromhex(row[i])
        row[2] = suspect_of(row)
    rows = sorted(map(tuple, data), key=itemgetter(0))
    return rows if len({r[0] for r in rows}) == len(rows) else None


def _new_to_base(src: sqlite3.Connection, table: str, rows: list[tuple], plan: Plan) -> frozenset[str] | None:
    """The uuids of ``rows`` the attached project has neither live nor tombstoned (nor changed in the
    merge's own transaction): the merge need not look them up. None if the project cannot be asked."""
    dirty = set(plan.dirty.get(table, ()))
    try:
        found = src.execute(  # one JSON text, not a row each (see rows_at_once)
            f'SELECT json_group_array(value) FROM json_each(?) WHERE NOT EXISTS (SELECT 1 FROM nm_base."{table}" a '
            "WHERE a.uuid = value) AND NOT EXISTS (SELECT 1 FROM nm_base.nm_tombstones t WHERE t.tbl = ? AND t.uuid = value)",
            (json.dumps([r[0] for r in rows if type(r[0]) is str and r[0] not in dirty]), table)).fetchone()[0]
    except sqlite3.OperationalError:
        return None
    return frozenset(json.loads(found))


def base_snapshot(project: Path, tables: list[str], dest: Path, most: int) -> Path | None:
    """A small file holding what the helper threads compare an export with (the project as committed: its
    packed versions, and the uuids of its live and tombstoned records, in tables of the same names), so
    each file attaches a few pages instead of the whole project and its schema. None (compare with the
    project itself) when the project holds more than ``most`` records or it cannot be made."""
    try:
        conn = sqlite3.connect(dest, isolation_level=None)
    except sqlite3.Error:
        return None
    try:
        conn.execute("ATTACH DATABASE ? AS nm_project", (project.resolve().as_uri() + "?mode=ro",))
        conn.execute("BEGIN")  # one read of the project: every table as of the same commit
        size = sum(conn.execute(f'SELECT coalesce(max(fid), 0) FROM nm_project."{t}"').fetchone()[0] for t in tables)
        if size > most:
            conn.execute("ROLLBACK")
            return None
        # no declared types: every value copied exactly as the project holds it
        conn.execute("CREATE TABLE nm_versions (tbl NOT NULL, uuid NOT NULL, versions NOT NULL, "
                     "PRIMARY KEY (tbl, uuid)) WITHOUT ROWID")
        conn.execute("INSERT INTO nm_versions SELECT tbl, uuid, versions FROM nm_project.nm_versions")
        conn.execute("CREATE TABLE nm_tombstones (tbl NOT NULL, uuid NOT NULL, PRIMARY KEY (tbl, uuid)) WITHOUT ROWID")
        conn.execute("INSERT INTO nm_tombstones SELECT tbl, uuid FROM nm_project.nm_tombstones")
        for t in tables:
            conn.execute(f'CREATE TABLE "{t}" (uuid PRIMARY KEY) WITHOUT ROWID')
            conn.execute(f'INSERT OR IGNORE INTO "{t}" SELECT uuid FROM nm_project."{t}" WHERE uuid IS NOT NULL')
        conn.execute("COMMIT")
        return dest
    except sqlite3.Error:
        return None
    finally:
        conn.close()


@contextmanager
def quick_handoffs(seconds: float = 0.0005) -> Iterator[None]:
    """While two threads work at once: a thread stepping through rows in SQLite needs the GIL back after
    every row, and while the other thread is busy in Python it would wait a whole switch interval (5 ms by
    default) each time; the interval is shortened meanwhile and put back afterwards."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(min(before, seconds))
    try:
        yield
    finally:
        sys.setswitchinterval(before)


class Prefetch:
    """Hashes, opens, integrity-checks and reads the next few files on helper threads while the merge works
    on the current one: hashing and SQLite run without the GIL, so they overlap with the merge on another
    core. The files are still merged one by one in the given order on the caller's thread, and a file's
    error is raised when its turn comes, exactly as without this. At most ``AHEAD`` files and about
    ``BYTES_AHEAD`` of them are read ahead (what they bring is held in memory until merged), with
    ``quick_handoffs``."""

    AHEAD = 6
    BYTES_AHEAD = 64 << 20
    WORKERS = 2

    def __init__(self, paths: list[Path], known: frozenset[str], plan: Plan):
        from concurrent.futures import ThreadPoolExecutor

        self.paths = paths
        self.known = known
        self.plan = plan
        self.pool = ThreadPoolExecutor(max_workers=self.WORKERS, thread_name_prefix="merge-prefetch")
        self.futures: dict[int, Any] = {}
        self.sizes: dict[int, int] = {}
        self.submitted = 0

    def __enter__(self) -> "Prefetch":
        self._snapshot = None
        if self.plan.base is not None and len(self.paths) >= SNAPSHOT_FROM:
            self._snapshot = tempfile.TemporaryDirectory(prefix="nm-merge-")
            try:
                copy = base_snapshot(self.plan.base, self.plan.tables, Path(self._snapshot.name) / "base.sqlite",
                                     len(self.paths) * SNAPSHOT_ROWS_PER_FILE)
            except BaseException:
                self._snapshot.cleanup()
                raise
            if copy is not None:
                self.plan = replace(self.plan, base=copy)
        self._handoffs = quick_handoffs()
        self._handoffs.__enter__()
        return self

    def _size(self, i: int) -> int:
        try:
            return self.paths[i].stat().st_size
        except OSError:
            return 0

    def take(self, i: int) -> tuple[str, Export | None]:
        """The i-th file (each taken once, in order), reading the next ones ahead meanwhile."""
        while self.submitted < min(len(self.paths), i + 1 + self.AHEAD) and (
                self.submitted <= i + 1 or sum(self.sizes.values()) < self.BYTES_AHEAD):
            n = self.submitted
            self.sizes[n] = self._size(n)
            self.futures[n] = self.pool.submit(read_export, self.paths[n], self.known, self.plan)
            self.submitted += 1
        self.sizes.pop(i, None)
        return self.futures.pop(i).result()

    def __exit__(self, *exc) -> None:
        for fut in self.futures.values():
            fut.cancel()
        self.pool.shutdown(wait=True)
        self.futures.clear()
        self._handoffs.__exit__(None, None, None)
        if self._snapshot is not None:
            self._snapshot.cleanup()
