"""Records new to the project kept out of memory: beyond ``FRESH_IN_MEMORY`` of them, the rows a merge's exports
bring whole (``state.Fresh``) go to a scratch SQLite file in a temporary folder as each file is read, and are
read back in uuid order when the merge writes them (or one by one, when a later file touches one of them).
The scratch file is not the project: a crash leaves the project as it was (the folder is removed when the
merge ends; a killed run leaves it in the system's temporary folder). Values are stored in columns without a
declared type, so each comes back exactly as read (integer, real, text, blob or NULL)."""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path
from typing import Iterator

from mapper.sync.prefetch import LIVE
from mapper.sync.state import Fresh

FRESH_IN_MEMORY = 100_000  # records new to the project held as read before the next ones are spilled
READ_CHUNK = 5_000


class Spilled:
    """What ``MergeEngine.fresh`` holds for a record whose row is in the ``Spill``."""

    __slots__ = ()
    deleted = False


SPILLED = Spilled()


class Spill:
    def __init__(self) -> None:
        self._dir: tempfile.TemporaryDirectory | None = None
        self.conn: sqlite3.Connection | None = None
        self.tables: dict[str, str] = {}  # project table -> scratch table
        self.slots: dict[tuple[str, ...], int] = {}  # an export's columns (Fresh.src_cols) -> number
        self.slot_cols: list[list[str]] = []
        self.count: dict[str, int] = {}
        self.width: dict[str, int] = {}  # values a row of the table holds

    def _table(self, table: str, width: int) -> str:
        if self.conn is None:
            self._dir = tempfile.TemporaryDirectory(prefix="nm-merge-fresh-")
            self.conn = sqlite3.connect(Path(self._dir.name) / "fresh.sqlite", isolation_level=None)
            for pragma in ("journal_mode = OFF", "synchronous = OFF", "cache_size = -8192", "temp_store = FILE"):
                self.conn.execute(f"PRAGMA {pragma}")
        if table not in self.tables:
            name = self.tables[table] = f"t{len(self.tables)}"
            values = "".join(f", c{i}" for i in range(width))
            self.conn.execute(f"CREATE TABLE {name} (uuid PRIMARY KEY, slot, version, vtext, origin{values}) WITHOUT ROWID")
            self.count[table], self.width[table] = 0, width
        return self.tables[table]

    def add(self, table: str, src_cols: list[str], origin: str, rows: list[tuple[tuple, str]]) -> bool:
        """Keep ``rows`` ((row as read, its one version)) of one export; False (nothing kept) if they cannot be."""
        if not rows:
            return True
        slot = self.slots.setdefault(tuple(src_cols), len(self.slots))
        if slot == len(self.slot_cols):
            self.slot_cols.append(list(src_cols))
        width = len(rows[0][0]) - 5
        try:
            name = self._table(table, width)
            self.conn.execute("BEGIN")
            self.conn.executemany(f"INSERT INTO {name} VALUES ({', '.join('?' * (width + 5))})",
                                  [(r[0], slot, v, r[1], origin, *r[5:]) for r, v in rows])
            self.conn.execute("COMMIT")
        except (sqlite3.Error, ValueError, OverflowError):  # (a value SQLite cannot take): kept in memory instead
            if self.conn is not None and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            return False
        self.count[table] += len(rows)
        return True

    def _fresh(self, r: tuple) -> Fresh:
        uuid, slot, version, vtext, origin = r[:5]
        return Fresh((uuid, vtext, 0, LIVE, None, *r[5:]), self.slot_cols[slot], version, vtext, origin)

    def take(self, table: str, uuid: str) -> Fresh:
        """The record's ``Fresh``, no longer kept here (the merge holds it from now on)."""
        name = self.tables[table]
        r = self.conn.execute(f"SELECT * FROM {name} WHERE uuid = ?", (uuid,)).fetchone()
        self.conn.execute(f"DELETE FROM {name} WHERE uuid = ?", (uuid,))
        self.count[table] -= 1
        return self._fresh(r)

    def values(self, table: str) -> Iterator[tuple]:
        """(uuid, *values in the table's column order) of every record kept for ``table``, in uuid order."""
        return self._scan(table, "uuid" + "".join(f", c{i}" for i in range(self.width[table])))

    def texts(self, table: str) -> Iterator[tuple]:
        """(uuid, packed versions as read) of every record kept for ``table``, in uuid order."""
        return self._scan(table, "uuid, vtext")

    def _scan(self, table: str, columns: str) -> Iterator[tuple]:
        """A few thousand rows read at a time (nothing is held but them)."""
        if not self.count.get(table):
            return
        name, after = self.tables[table], None
        while True:
            part = self.conn.execute(f"SELECT {columns} FROM {name} WHERE uuid > ? ORDER BY uuid LIMIT {READ_CHUNK}"
                                     if after is not None else f"SELECT {columns} FROM {name} ORDER BY uuid LIMIT "
                                     f"{READ_CHUNK}", () if after is None else (after,)).fetchall()
            if not part:
                return
            yield from part
            after = part[-1][0]

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None
        if self._dir is not None:
            self._dir.cleanup()
            self._dir = None
