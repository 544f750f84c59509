"""Many new records in one transaction (demo, import): one version for the batch, written by
``merge_io.bulk_insert`` (the merge's bulk path: R-tree and full-text index filled in one pass each).
Mixed into ``Project``.

``nm_versions`` is keyed by (table, uuid) and uuids are random: rows written in the records' order land on
random pages of a table larger than SQLite's cache, so every batch rewrote most of it. They are written in
key order instead, and an import collects them for the whole file (``VersionRows``) and writes them once,
in key order, before anything reads them."""

from __future__ import annotations

import json
from typing import Collection

from mapper.domain.errors import Errors, ValidationError
from mapper.domain.i18n import arg
from mapper.domain.records import Record
from mapper.domain.validation import problems as record_problems
from mapper.store import gpkg_schema
from mapper.store.merge_io import bulk_insert
from mapper.store.versions import pack_versions


class VersionRows:
    """New records' packed versions held back until ``write``: per batch one packed text and its uuids."""

    def __init__(self) -> None:
        self._batches: list[tuple[str, str, list[str]]] = []  # (table, packed, uuids)

    def add(self, table: str, packed: str, uuids: list[str]) -> None:
        self._batches.append((table, packed, list(uuids)))

    def extend(self, other: VersionRows) -> None:
        self._batches += other._batches

    def __len__(self) -> int:
        return sum(len(u) for _, _, u in self._batches)

    def write(self, conn) -> int:
        """Insert every held row in (table, uuid) order (one statement) and forget them; the count."""
        if not self._batches:
            return 0
        n = len(self)
        for table in sorted({t for t, _, _ in self._batches}):
            texts: dict[str, str] = {}  # uuid -> packed (a later batch's text wins, as INSERT OR REPLACE would)
            for t, packed, uuids in self._batches:
                if t == table:
                    texts.update(dict.fromkeys(uuids, packed))
            conn.executemany("INSERT OR REPLACE INTO nm_versions VALUES (?, ?, ?)",
                             [(table, u, texts[u]) for u in sorted(texts)])
        self._batches = []
        return n


class BulkWrites:
    def bulk_add(self, records: list[Record], *, derive: bool = True, versions: VersionRows | None = None,
                 made_here: Collection[str] = (), extent: bool = True) -> int:
        """Insert many new records in one transaction (demo, import). Validates each; all or nothing.
        ``versions``: hold the records' versions there (the caller writes them before anything reads them)
        instead of writing them now. ``made_here``: the uuids among them that were just made on this laptop
        (not read from a file). ``extent=False``: the caller refreshes gpkg_contents' box (``gpkg_schema.update_extent``,
        which reads the whole R-tree) once it has added all its batches."""
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
            rows = [(rec.uuid, *self.stored_values(table, rec.to_values(), rec.uuid)) for rec in records]
            # A column no record has (the file never had it) gets no version: an empty value that was
            # never recorded must not overwrite a real one elsewhere at merge. A record whose uuid was
            # just made here has no copy anywhere else (every later copy descends from this one, with a
            # later version), so all its columns get the batch's version: one "*" instead of a list.
            carried = [r for r in rows if r[0] not in made_here] if made_here else rows
            had = [c for i, c in enumerate(cols, 1) if any(r[i] is not None for r in rows)]
            # per-row triggers set aside, the R-tree and full-text index filled in one pass each
            bulk_insert(self, table, cols, rows)
            held = VersionRows()
            if carried:
                held.add(table, pack_versions({c: version for c in had}, cols), [r[0] for r in carried])
            if len(carried) < len(rows):
                held.add(table, pack_versions({c: version for c in cols}, cols),
                         [r[0] for r in rows if r[0] in made_here])
            if versions is None:
                held.write(self.conn)
            self.conn.execute(
                "INSERT INTO nm_history (tbl, uuid, field, old, new, version, author, source) "
                "VALUES (?, '*', 'bulk_add', NULL, ?, ?, ?, ?)",
                (table, json.dumps(len(records)), version, self.author, self.source))
            if extent and table in ("assets", "neighbourhoods"):
                gpkg_schema.update_extent(self.conn, table)
            if table == "neighbourhoods":
                self._nbhd_index = None
        if versions is not None:  # held only once the batch is in
            versions.extend(held)
        return len(records)
