"""Many new records in one transaction (demo, import): one version for the batch, written by
``merge_io.bulk_insert`` (the merge's bulk path: R-tree and full-text index filled in one pass each).
Mixed into ``Project``."""

from __future__ import annotations

import json

from mapper.domain.errors import Errors, ValidationError
from mapper.domain.i18n import arg
from mapper.domain.records import Record
from mapper.domain.validation import problems as record_problems
from mapper.store import gpkg_schema
from mapper.store.merge_io import bulk_insert
from mapper.store.versions import pack_versions


class BulkWrites:
    def bulk_add(self, records: list[Record], *, derive: bool = True) -> int:
        """Insert many new records in one transaction (demo, import). Validates each; all or nothing."""
        if not records:
            return 0
        table = records[0].TABLE
        if derive and table == "assets":
            pending = [r for r in records if r.location and not r.neighbourhood_fixed]
            for rec, nb in zip(pending, self.neighbourhoods_at([r.location for r in pending])):
                rec.neighbourhood = nb
        for i, rec in enumerate(records, 1):
            found = record_problems(rec)
            if found:
                raise ValidationError(found, where=arg(Errors.tr("record %1"), i))
        with self.transaction():
            version = self.clock.tick()
            cols = self._columns[table]
            rows = []
            for rec in records:
                stored = self.to_stored(table, rec.to_values(), rec.uuid)
                rows.append((rec.uuid, *[stored.get(c) for c in cols]))
            # A column no record has (the file never had it) gets no version: an empty value that was
            # never recorded must not overwrite a real one elsewhere at merge.
            had = [c for i, c in enumerate(cols, 1) if any(r[i] is not None for r in rows)]
            packed = pack_versions({c: version for c in had}, cols)
            vers = [(table, rec.uuid, packed) for rec in records]
            # per-row triggers set aside, the R-tree and full-text index filled in one pass each
            bulk_insert(self, table, cols, rows)
            self.conn.executemany("INSERT OR REPLACE INTO nm_versions VALUES (?, ?, ?)", vers)
            self.conn.execute(
                "INSERT INTO nm_history (tbl, uuid, field, old, new, version, author, source) "
                "VALUES (?, '*', 'bulk_add', NULL, ?, ?, ?, ?)",
                (table, json.dumps(len(records)), version, self.author, self.source))
            if table in ("assets", "neighbourhoods"):
                gpkg_schema.update_extent(self.conn, table)
            if table == "neighbourhoods":
                self._nbhd_index = None
        return len(records)
