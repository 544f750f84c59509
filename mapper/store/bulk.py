"""Many new records in one transaction (demo, import): one version for the batch, the R-tree filled in one
pass. Mixed into ``Project``."""

from __future__ import annotations

import json

from mapper.domain.errors import Errors, ValidationError
from mapper.domain.i18n import arg
from mapper.domain.records import Record
from mapper.domain.validation import problems as record_problems
from mapper.store import gpkg_schema
from mapper.store.geometry import envelope
from mapper.store.merge_io import triggers_set_aside
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
            marks = ", ".join("?" for _ in range(len(cols) + 1))
            sql = f'INSERT INTO "{table}" (uuid, {", ".join(cols)}) VALUES ({marks})'
            # the change-tracking trigger is switched off inside our transaction anyway: set it aside
            with triggers_set_aside(self.conn, [f"{table}_track_insert"]):
                if "geom" in cols:
                    self._bulk_insert_indexed(table, sql, rows, cols.index("geom") + 1)
                else:
                    self.conn.executemany(sql, rows)
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

    def _bulk_insert_indexed(self, table: str, sql: str, rows: list[tuple], geom_at: int) -> None:
        """Insert rows with the R-tree insert trigger set aside, then index the new rows in one pass
        (the trigger calls Python four times a row). Inside the caller's transaction: all or nothing."""
        trigger = f"rtree_{table}_geom_insert"
        found = self.conn.execute("SELECT sql FROM sqlite_master WHERE type='trigger' AND name=?",
                                  (trigger,)).fetchone()
        if found is None:
            self.conn.executemany(sql, rows)
            return
        last = self.conn.execute(f'SELECT coalesce(max(fid), 0) FROM "{table}"').fetchone()[0]
        self.conn.execute(f'DROP TRIGGER "{trigger}"')
        self.conn.executemany(sql, rows)
        self.conn.execute(found[0])
        boxes = []
        new_fids = [r[0] for r in self.conn.execute(f'SELECT fid FROM "{table}" WHERE fid > ? ORDER BY fid', (last,))]
        for fid, row in zip(new_fids, rows):
            blob = row[geom_at]
            if blob is not None:
                env = envelope(blob)
                if env is not None:
                    boxes.append((fid, *env))
        self.conn.executemany(f'INSERT OR REPLACE INTO "rtree_{table}_geom" VALUES (?, ?, ?, ?, ?)', boxes)
