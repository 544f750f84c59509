"""Reading records: a row as the program sees it, records, counts, per-field versions, tombstones and
history. Mixed into ``Project``."""

from __future__ import annotations

import json
from typing import Any, Iterable, Iterator

from mapper.domain.errors import Errors, RecordNotFound
from mapper.domain.i18n import QT_TRANSLATE_NOOP, arg
from mapper.domain.records import RECORD_TYPES, Record
from mapper.store.versions import unpack_versions

NOT_FOUND = {"assets": QT_TRANSLATE_NOOP("Errors", "no asset with id %1"),
             "groups": QT_TRANSLATE_NOOP("Errors", "no group with id %1"),
             "care_needs": QT_TRANSLATE_NOOP("Errors", "no care need with id %1"),
             "neighbourhoods": QT_TRANSLATE_NOOP("Errors", "no neighbourhood with id %1")}


def not_found(table: str, uuid: str, path) -> RecordNotFound:
    """The one line for a record that is not in the file."""
    return RecordNotFound(arg(Errors.tr(NOT_FOUND.get(table, "no record with id %1")), uuid), path=path)


class Reads:
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
            raise not_found(table, uuid, self.path)
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
