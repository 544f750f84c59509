"""The project: one GeoPackage file holding every record, with per-field versions and history.

Every public write is one transaction (``with project.transaction():`` groups several into one user
action). Each changed field gets the version of that action from the hybrid logical clock; deletions
are tombstones that keep the last values so a record can be restored.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from mapper.domain.errors import (
    DiskFullError,
    Errors,
    PrivacyError,
    ProjectFileError,
    ReadOnlyError,
    RecordNotFound,
    SchemaTooNewError,
    ValidationError,
)
from mapper.domain.hlc import Clock
from mapper.domain.i18n import QT_TRANSLATE_NOOP, arg, translate
from mapper.domain.records import DELETED, RECORD_TYPES, Asset, CareNeed, Record
from mapper.domain.validation import problems as record_problems
from mapper.store import gpkg_schema, migrations, opening, tracking
from mapper.store.bulk import BulkWrites
from mapper.store.codec import PRIVACY_KEY, FieldCodec, LockedCodec, is_sensitive
from mapper.store.connection import connect, is_disk_full, is_writable, set_durable
from mapper.store.geometry import geometry_blob, point_blob, point_of, to_geojson
from mapper.store.opening import backup_before_upgrade, claim_replica, replica_home
from mapper.store.places import Places
from mapper.store.spatial import NeighbourhoodIndex
from mapper.store.stored import dump_stored, history_value, load_stored, reindex_dirty
from mapper.store.versions import pack_versions, unpack_versions

TABLES = tuple(RECORD_TYPES)  # assets, groups, care_needs, neighbourhoods


NOT_FOUND = {"assets": QT_TRANSLATE_NOOP("Errors", "no asset with id %1"),
             "groups": QT_TRANSLATE_NOOP("Errors", "no group with id %1"),
             "care_needs": QT_TRANSLATE_NOOP("Errors", "no care need with id %1"),
             "neighbourhoods": QT_TRANSLATE_NOOP("Errors", "no neighbourhood with id %1")}

class Project(Places, BulkWrites):
    checkpoint_after_commit = True  # the file itself holds every committed edit (benchmarks measure the cost)
    integrity: opening.IntegrityCheck | None = None  # the background check of a file opened unchecked
    _registered = False  # counted in opening.OPENED (closing the last one marks the file closed cleanly)
    _scan_unversioned = False  # look for rows without versions at the next catch_up
    _marked_open = False  # this connection has asked opening.OPENED whether to mark the file open

    def __init__(self, path: Path, conn: sqlite3.Connection, *, readonly: bool = False):
        self.path = Path(path)
        self.conn = conn
        self.readonly = readonly
        self.codec: FieldCodec | None = None
        if self.setting(PRIVACY_KEY):
            self.codec = LockedCodec()
        self.source: str | None = None  # label for history ("form", a file name...)
        # called with the seconds waited while another connection holds the write lock (progress, Cancel)
        self.on_busy: Callable[[float], object] | None = None
        self._nbhd_index: NeighbourhoodIndex | None = None
        self._columns = {t: self._table_columns(t) for t in TABLES}
        self.replica_id = self.setting("replica_id") or ""
        self.clock = Clock.from_state(self.replica_id, self.setting("clock"))
        self._tracked = tracking.installed(conn)
        self.outside_changes = tracking.Absorbed()  # what the last catch-up found (open, export, merge)

    # ---- opening -------------------------------------------------------------------------
    @classmethod
    def create(cls, path: Path | str, *, author: str | None = None, overwrite: bool = False) -> "Project":
        path = Path(path)
        if path.exists():
            if not overwrite:
                raise ProjectFileError(Errors.tr("already exists; choose another name"), path=path)
            path.unlink()
            for suffix in ("-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = connect(path, check=False, create=True)
        opening.OPENED.enter(path, written=True)
        conn.execute("PRAGMA page_size = 4096")
        set_durable(conn)
        migrations.apply(conn)
        conn.execute("INSERT OR REPLACE INTO nm_settings VALUES ('replica_id', ?)", (secrets.token_hex(6),))
        conn.execute("INSERT OR REPLACE INTO nm_settings VALUES ('replica_home', ?)", (replica_home(path),))
        if author:
            conn.execute("INSERT OR REPLACE INTO nm_settings VALUES ('author', ?)", (author,))
        project = cls(path, conn)
        project._registered = True
        return project

    @classmethod
    def open(cls, path: Path | str, *, readonly: bool = False) -> "Project":
        path = Path(path)
        # a file whose permissions say read-only opens read-only (SQLite would otherwise fail at the first
        # write, and leave a read-only -wal and -shm behind it)
        readonly = readonly or (path.is_file() and not is_writable(path))
        wal_left = Path(str(path) + "-wal").exists()  # before we open it: a crash or another program
        first, integrity = opening.OPENED.enter(path)
        try:
            conn = connect(path, readonly=readonly, check=False)
        except BaseException:
            opening.OPENED.leave(path)
            raise
        scan_unversioned = False
        try:
            if first:
                integrity = opening.check_on_open(conn, path, wal_left=wal_left)
                opening.OPENED.set_check(path, integrity)
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = migrations.current_version(conn)
            if app_id != gpkg_schema.APPLICATION_ID or version == 0:
                raise ProjectFileError(Errors.tr("is not a Neighbourhood Mapper project (import it instead)"), path=path)
            if version > migrations.LATEST:
                raise SchemaTooNewError(arg(Errors.tr("was made by a newer version of Neighbourhood Mapper (schema %1, "
                                                      "this app knows %2); please update the app"),
                                            version, migrations.LATEST), path=path)
            if not readonly:
                set_durable(conn)
                if version < migrations.LATEST:
                    backup_before_upgrade(conn, path, version)
                    migrations.apply(conn)
                # rows another tool added before the file tracked changes (or after its triggers were lost)
                scan_unversioned = version < migrations.TRACKING or not tracking.intact(conn)
                if scan_unversioned and version >= migrations.TRACKING:
                    conn.execute("BEGIN IMMEDIATE")
                    tracking.install(conn)
                    conn.execute("COMMIT")
                claim_replica(conn, path)
                if conn.execute("SELECT 1 FROM nm_fts_dirty LIMIT 1").fetchone():
                    conn.execute("BEGIN IMMEDIATE")
                    reindex_dirty(conn)
                    conn.execute("COMMIT")
        except BaseException as exc:
            conn.close()
            _, check, _ = opening.OPENED.leave(path)
            if first and check is not None:
                check.cancel()
            if type(exc) is sqlite3.DatabaseError:  # damaged (opened unchecked): one line, as connect says it
                raise ProjectFileError(arg(Errors.tr("cannot be read as a database (%1)"), exc), path=path) from None
            raise
        project = cls(path, conn, readonly=readonly)
        project.integrity, project._registered = integrity, True
        project._scan_unversioned = scan_unversioned
        if not readonly:
            try:
                project.catch_up()
            except BaseException:
                project.close()
                raise
        return project

    def catch_up(self) -> tracking.Absorbed:
        """Version what other tools (QGIS, GDAL, sqlite3) changed in the file since we last looked:
        on open and before every export, merge or sync (``tracking.absorb`` decides what changed)."""
        found = tracking.Absorbed()
        if tracking.has_pending(self.conn) or self._scan_unversioned and tracking.unversioned(self.conn):
            with self.transaction():
                found = self.outside_changes
                if self._scan_unversioned:
                    tracking.adopt_unversioned(self)
        self._scan_unversioned = False
        return found

    def close(self) -> None:
        if self.conn is None:
            return
        last, check, written = opening.OPENED.leave(self.path) if self._registered else (False, None, False)
        self._registered = False
        if last and check is not None and not check.done():
            check.cancel()  # no verdict: the next open checks it again
        damaged = check is not None and check.problem
        if not self.readonly:
            if last and not damaged and (written or not opening.closed_clean(self.conn)):
                opening.mark_closed_clean(self.conn)
            try:
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite3.DatabaseError:
                pass
        self.conn.close()
        self.conn = None  # type: ignore[assignment]

    def __enter__(self) -> "Project":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def has_open(self, path: Path | str) -> bool:
        """Is ``path`` this project's file, its journal, or any database this connection has open?"""
        target = Path(path).resolve()
        names = {Path(r[2]).resolve() for r in self.conn.execute("PRAGMA database_list") if r[2]}
        names.add(self.path.resolve())
        names |= {Path(str(n) + s) for n in list(names) for s in ("-wal", "-shm", "-journal")}
        return target in names or target.exists() and any(n.exists() and n.samefile(target) for n in names)

    def reload_state(self) -> None:
        """Another connection to this file did work (import, export, merge): take up its clock (never
        going back), replica id, columns and neighbourhoods, so this connection is one source of truth."""
        self.clock.catch_up(self.setting("clock"))
        self.replica_id = self.setting("replica_id") or self.replica_id
        self.clock.replica = self.replica_id
        self._columns = {t: self._table_columns(t) for t in TABLES}
        self._tracked = tracking.installed(self.conn)
        self._nbhd_index = None

    # ---- settings ------------------------------------------------------------------------
    def setting(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM nm_settings WHERE key=?", (key,)).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str | None) -> None:
        with self.transaction():
            self.conn.execute("INSERT OR REPLACE INTO nm_settings VALUES (?, ?)", (key, value))

    @property
    def author(self) -> str | None:
        return self.setting("author")

    # ---- transactions --------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One user action. Nested calls join the outer transaction through a savepoint."""
        if self.readonly:
            raise ReadOnlyError(Errors.tr("is read-only (its file or folder permissions): nothing can be changed in it"),
                                path=self.path)
        if self.conn.in_transaction:
            name = f"sp{secrets.token_hex(4)}"
            self.conn.execute(f"SAVEPOINT {name}")
            try:
                yield self.conn
            except BaseException:
                if self.conn.in_transaction:  # SQLite itself may have rolled back (disk full)
                    self.conn.execute(f"ROLLBACK TO {name}")
                    self.conn.execute(f"RELEASE {name}")
                raise
            self.conn.execute(f"RELEASE {name}")
            return
        if self.integrity is not None and self.integrity.problem:  # found by the background check
            raise ProjectFileError(arg(Errors.tr("the file is damaged (%1); nothing was changed"), self.integrity.problem),
                                   path=self.path)
        clock_before = (self.clock.wall, self.clock.counter)
        self._begin()
        try:
            if self._registered and not self._marked_open:
                self._marked_open = True
                if opening.OPENED.first_write(self.path):  # from now on a crash is no clean close
                    self.conn.execute("INSERT OR REPLACE INTO nm_settings VALUES (?, '0')",
                                      (opening.CLOSED_CLEAN,))
            if self._tracked:  # outside edits first (with their own version), then ours, untracked
                tracking.pause(self.conn)
                self.outside_changes = tracking.absorb(self)
            yield self.conn
            reindex_dirty(self.conn)
            if self._tracked:
                tracking.resume(self.conn)
            self.conn.execute("INSERT OR REPLACE INTO nm_settings VALUES ('clock', ?)", (self.clock.state(),))
            self.conn.execute("COMMIT")
        except BaseException as exc:
            if self.conn.in_transaction:  # after a full disk SQLite may have rolled back already
                self.conn.execute("ROLLBACK")
            self.clock.wall, self.clock.counter = clock_before
            if is_disk_full(exc):
                raise DiskFullError(Errors.tr("the disk is full, so this change was not saved"), path=self.path) from exc
            raise
        # The file itself holds every committed edit, not only the -wal beside it: a copy taken while the
        # app is open (Explorer, a USB stick) is complete. PASSIVE never waits for readers.
        if self.checkpoint_after_commit:
            self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")

    BUSY_LIMIT_S = 30 * 60

    def _begin(self) -> None:
        """BEGIN IMMEDIATE. While another connection (say a merge in the window) is writing, a long import or
        merge that set ``on_busy`` waits its turn (``on_busy`` after each busy timeout, which may cancel);
        anything else gets one "busy: try again" line after the busy timeout."""
        started = time.monotonic()
        while True:
            try:
                self.conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc):
                    raise
                waited = time.monotonic() - started
                if self.on_busy is None or waited > self.BUSY_LIMIT_S:  # an edit in the window: say so
                    raise ProjectFileError(Errors.tr("is busy: another program or window is writing to it; try "
                                                      "again in a moment"), path=self.path) from None
                self.on_busy(waited)

    # ---- columns and values --------------------------------------------------------------
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

    # ---- reading -------------------------------------------------------------------------
    def row(self, table: str, uuid: str) -> dict[str, Any] | None:
        """Stored values as the program sees them (geometry decoded, sensitive fields opened)."""
        cols = self._columns[table]
        cur = self.conn.execute(f'SELECT {", ".join(cols)} FROM "{table}" WHERE uuid=?', (uuid,))
        found = cur.fetchone()
        if found is None:
            return None
        return self._from_stored(table, dict(zip(cols, found)), uuid)

    def get(self, table: str, uuid: str) -> Record:
        values = self.row(table, uuid)
        if values is None:
            raise RecordNotFound(arg(Errors.tr(NOT_FOUND.get(table, "no record with id %1")), uuid), path=self.path)
        return RECORD_TYPES[table].from_values(uuid, values)

    def find(self, table: str, uuid: str) -> Record | None:
        values = self.row(table, uuid)
        return None if values is None else RECORD_TYPES[table].from_values(uuid, values)

    def records(self, table: str, where: str = "", params: Iterable = ()) -> Iterator[Record]:
        cols = self._columns[table]
        sql = f'SELECT uuid, {", ".join(cols)} FROM "{table}" {where}'
        cls = RECORD_TYPES[table]
        for r in self.conn.execute(sql, tuple(params)).fetchall():
            yield cls.from_values(r[0], self._from_stored(table, dict(zip(cols, r[1:])), r[0]))

    def count(self, table: str) -> int:
        return self.conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]

    def exists(self, table: str, uuid: str) -> bool:
        return self.conn.execute(f'SELECT 1 FROM "{table}" WHERE uuid=?', (uuid,)).fetchone() is not None

    def versions(self, table: str, uuid: str) -> dict[str, str]:
        """{field: version} for every versioned field of the record (and ``_deleted`` once deleted)."""
        row = self.conn.execute("SELECT versions FROM nm_versions WHERE tbl=? AND uuid=?", (table, uuid)).fetchone()
        return unpack_versions(row[0], self._columns[table]) if row else {}

    def is_deleted(self, table: str, uuid: str) -> bool:
        return self.conn.execute("SELECT 1 FROM nm_tombstones WHERE tbl=? AND uuid=?",
                                 (table, uuid)).fetchone() is not None

    def history(self, table: str, uuid: str) -> list[dict[str, Any]]:
        cur = self.conn.execute(
            "SELECT field, old, new, version, author, source, at FROM nm_history WHERE tbl=? AND uuid=? "
            "ORDER BY id", (table, uuid))
        out = []
        for field, old, new, version, author, source, at in cur:
            out.append({"field": field, "old": json.loads(old) if old else None,
                        "new": json.loads(new) if new else None, "version": version,
                        "author": author, "source": source, "at": at})
        return out

    # ---- writing -------------------------------------------------------------------------
    def _check(self, record: Record) -> None:
        found = record_problems(record)
        if found:
            raise ValidationError(found)

    def _derive(self, record: Record) -> None:
        if isinstance(record, Asset) and record.location and not record.neighbourhood_fixed:
            record.neighbourhood = self.neighbourhood_at(*record.location)

    def add(self, record: Record) -> Record:
        """Insert a new record (validated); every field gets this action's version."""
        self._derive(record)
        self._check(record)
        table = record.TABLE
        with self.transaction():
            if self.exists(table, record.uuid):
                raise ValidationError({"uuid": "a record with this id exists already"})
            values = record.to_values()
            version = self.clock.tick()
            self._insert(table, record.uuid, values)
            self.write_versions(table, record.uuid, {k: version for k in values})
            self.log(table, record.uuid, {k: (None, v) for k, v in values.items() if v is not None}, version)
            if table == "neighbourhoods":
                self._nbhd_index = None
        return record

    def save(self, record: Record) -> list[str]:
        """Write a whole edited record: only the fields that differ get new versions."""
        return self.update(record.TABLE, record.uuid, record.to_values())

    def update(self, table: str, uuid: str, changes: dict[str, Any]) -> list[str]:
        """Change some fields. Returns the fields that really changed (others keep their versions)."""
        current = self.row(table, uuid)
        if current is None:
            raise RecordNotFound(arg(Errors.tr(NOT_FOUND.get(table, "no record with id %1")), uuid), path=self.path)
        merged = dict(current)
        merged.update({k: v for k, v in changes.items() if k in current})
        record = RECORD_TYPES[table].from_values(uuid, merged)
        if "geom" in changes:
            self._derive(record)
        self._check(record)
        new_values = record.to_values()
        diff = {k: (current.get(k), v) for k, v in new_values.items() if _differs(current.get(k), v)}
        if not diff:
            return []
        with self.transaction():
            version = self.clock.tick()
            self._update_row(table, uuid, {k: new for k, (_, new) in diff.items()})
            versions = self.versions(table, uuid)
            versions.update({k: version for k in diff})
            self.write_versions(table, uuid, versions)
            self.log(table, uuid, diff, version)
            if table == "neighbourhoods":
                self._nbhd_index = None
        return sorted(diff)

    def delete(self, table: str, uuid: str) -> None:
        """Delete into a tombstone that keeps the last values (undo and merge can restore it)."""
        current = self.row(table, uuid)
        if current is None:
            raise RecordNotFound(arg(Errors.tr(NOT_FOUND.get(table, "no record with id %1")), uuid), path=self.path)
        stored = self.stored_row(table, uuid)
        with self.transaction():
            version = self.clock.tick()
            self.conn.execute(f'DELETE FROM "{table}" WHERE uuid=?', (uuid,))
            self.conn.execute("INSERT OR REPLACE INTO nm_tombstones VALUES (?, ?, ?, ?)",
                              (table, uuid, version, dump_stored(stored)))
            versions = self.versions(table, uuid)
            versions[DELETED] = version
            self.write_versions(table, uuid, versions)
            self.log(table, uuid, {DELETED: (0, 1)}, version)
            if table == "neighbourhoods":
                self._nbhd_index = None

    def restore(self, table: str, uuid: str) -> Record:
        row = self.conn.execute("SELECT data FROM nm_tombstones WHERE tbl=? AND uuid=?", (table, uuid)).fetchone()
        if row is None:
            raise RecordNotFound(arg(Errors.tr("nothing deleted with id %1"), uuid), path=self.path)
        stored = load_stored(row[0])
        with self.transaction():
            version = self.clock.tick()
            self._insert_stored(table, uuid, stored)
            self.conn.execute("DELETE FROM nm_tombstones WHERE tbl=? AND uuid=?", (table, uuid))
            versions = self.versions(table, uuid)
            versions[DELETED] = version
            self.write_versions(table, uuid, versions)
            self.log(table, uuid, {DELETED: (1, 0)}, version)
            if table == "neighbourhoods":
                self._nbhd_index = None
        return self.get(table, uuid)

    # ---- low-level writes (also used by import and merge) ----------------------------------
    def stored_row(self, table: str, uuid: str) -> dict[str, Any]:
        cols = self._columns[table]
        r = self.conn.execute(f'SELECT {", ".join(cols)} FROM "{table}" WHERE uuid=?', (uuid,)).fetchone()
        return dict(zip(cols, r)) if r else {}

    def _insert(self, table: str, uuid: str, values: dict[str, Any]) -> None:
        self._insert_stored(table, uuid, self.to_stored(table, values, uuid))

    def _insert_stored(self, table: str, uuid: str, stored: dict[str, Any]) -> None:
        cols = ["uuid", *stored]
        marks = ", ".join("?" for _ in cols)
        self.conn.execute(f'INSERT INTO "{table}" ({", ".join(cols)}) VALUES ({marks})', (uuid, *stored.values()))

    def _update_row(self, table: str, uuid: str, values: dict[str, Any]) -> None:
        stored = self.to_stored(table, values, uuid)
        if not stored:
            return
        sets = ", ".join(f'"{k}"=?' for k in stored)
        self.conn.execute(f'UPDATE "{table}" SET {sets} WHERE uuid=?', (*stored.values(), uuid))

    def write_versions(self, table: str, uuid: str, versions: dict[str, str]) -> None:
        self.conn.execute("INSERT OR REPLACE INTO nm_versions VALUES (?, ?, ?)",
                          (table, uuid, pack_versions(versions, self._columns[table])))

    def log(self, table: str, uuid: str, diff: dict[str, tuple[Any, Any]], version: str,
             *, source: str | None = None, author: str | None = None) -> None:
        author = author or self.author
        source = source or self.source
        self.conn.executemany(
            "INSERT INTO nm_history (tbl, uuid, field, old, new, version, author, source) VALUES (?,?,?,?,?,?,?,?)",
            [(table, uuid, k, json.dumps(history_value(table, k, old)), json.dumps(history_value(table, k, new)),
              version, author, source)
             for k, (old, new) in diff.items()])

    def write_versioned(self, table: str, uuid: str, values: dict[str, Any], versions: dict[str, str], *,
                        source: str | None = None, author: str | None = None, stored: bool = False) -> None:
        """Write values carrying versions made elsewhere (merge, import of our own exports).

        Inserts the row if it is missing; ``versions`` are merged into the record's versions as given.
        ``stored=True`` means the values are already in file form (sealed, geometry blobs).
        """
        with self.transaction():
            current = self.stored_row(table, uuid)
            fields = {k: v for k, v in values.items() if k in self._columns[table]}
            new_stored = fields if stored else self.to_stored(table, fields, uuid)
            if current:
                self._update_row_stored(table, uuid, new_stored)
            else:
                self._insert_stored(table, uuid, new_stored)
            all_versions = self.versions(table, uuid)
            all_versions.update(versions)
            self.write_versions(table, uuid, all_versions)
            for v in versions.values():
                self.clock.observe(v)
            diff = {k: (current.get(k), v) for k, v in new_stored.items() if _differs(current.get(k), v)}
            if diff:
                top = max(versions.values()) if versions else self.clock.tick()
                self.log(table, uuid, diff, top, source=source, author=author)
            if table == "neighbourhoods":
                self._nbhd_index = None

    def _update_row_stored(self, table: str, uuid: str, stored: dict[str, Any]) -> None:
        if stored:
            sets = ", ".join(f'"{k}"=?' for k in stored)
            self.conn.execute(f'UPDATE "{table}" SET {sets} WHERE uuid=?', (*stored.values(), uuid))

def _differs(a: Any, b: Any) -> bool:
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return [float(x) for x in a] != [float(x) for x in b]
    return a != b


