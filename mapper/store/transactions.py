"""One user action, one transaction: ``Project.transaction`` (nested calls join through a savepoint; outside
edits absorbed first; the clock saved with the commit; a checkpoint after it) and the wait for the write
lock while another connection holds it. Mixed into ``Project``."""

from __future__ import annotations

import secrets
import sqlite3
import time
from contextlib import contextmanager
from typing import Iterator

from mapper.domain.errors import DiskFullError, Errors, ProjectFileError, ReadOnlyError
from mapper.domain.i18n import arg
from mapper.store import opening, tracking
from mapper.store.connection import is_disk_full
from mapper.store.stored import reindex_dirty


class Transactions:
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
