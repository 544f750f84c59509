"""Writing records: add, update, delete (into a tombstone) and restore, each one transaction with this
action's version from the clock and its history; the low-level writes import and merge share
(``write_versioned``: values carrying versions made elsewhere). Mixed into ``Project``."""

from __future__ import annotations

import json
from typing import Any

from mapper.domain.errors import Errors, RecordNotFound, ValidationError
from mapper.domain.i18n import arg
from mapper.domain.records import DELETED, RECORD_TYPES, Asset, Record
from mapper.domain.validation import problems as record_problems
from mapper.store.reads import not_found
from mapper.store.stored import dump_stored, history_value, load_stored
from mapper.store.versions import pack_versions


class Edits:
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
            raise not_found(table, uuid, self.path)
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
            raise not_found(table, uuid, self.path)
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
