"""The project: one GeoPackage file holding every record, with per-field versions and history.

Every public write is one transaction (``with project.transaction():`` groups several into one user
action). Each changed field gets the version of that action from the hybrid logical clock; deletions
are tombstones that keep the last values so a record can be restored.

This module opens, creates and closes the file and keeps its settings; the rest of ``Project`` is mixed in
by responsibility: ``transactions`` (one user action), ``columns`` (values in the file's form), ``reads``,
``edits`` (add/update/delete/restore and the versioned writes merge and import share), ``bulk``, ``places``.
"""

from __future__ import annotations

import secrets
import sqlite3
from pathlib import Path
from typing import Callable

from mapper.domain.errors import Errors, ProjectFileError, SchemaTooNewError
from mapper.domain.hlc import Clock
from mapper.domain.i18n import arg
from mapper.domain.records import RECORD_TYPES
from mapper.store import gpkg_schema, migrations, opening, tracking
from mapper.store.bulk import BulkWrites
from mapper.store.codec import PRIVACY_KEY, FieldCodec, LockedCodec
from mapper.store.columns import Columns
from mapper.store.connection import connect, is_writable, set_durable
from mapper.store.edits import Edits
from mapper.store.opening import backup_before_upgrade, claim_replica, replica_home
from mapper.store.places import Places
from mapper.store.reads import Reads
from mapper.store.spatial import NeighbourhoodIndex
from mapper.store.stored import reindex_dirty
from mapper.store.transactions import Transactions

TABLES = tuple(RECORD_TYPES)  # assets, groups, care_needs, neighbourhoods


class Project(Transactions, Columns, Reads, Edits, Places, BulkWrites):
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
        wal_left = opening.wal_left(path)  # before we open it: a crash or another program
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
