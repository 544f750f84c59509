"""Writing rows read from any file to the project as records.

``RowWriter`` converts each ``Row`` (``row_convert.RowConverter``: what its values mean), validates it,
updates records that carry a known uuid, recognises rows imported before by a content fingerprint, and
adds the rest in chunks. The caller holds one transaction around the whole file: all or nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mapper.domain.errors import ValidationError
from mapper.domain.i18n import arg, translate
from mapper.domain.records import Asset, Group, Neighbourhood, Record, neighbourhood_uuid, new_uuid
from mapper.domain.validation import problems as record_problems
from mapper.formats.common import RowCounts, fingerprint, looks_like_uuid, to_text
from mapper.formats.row_convert import Row, RowConverter, SkipRow, strip_controls
from mapper.store import gpkg_schema
from mapper.store.bulk import VersionRows
from mapper.store.merge_io import restore_indexes, set_indexes_aside
from mapper.store.threeway import apply_from_base, parse_base

CHUNK = 5000
FINGERPRINTS = "nm_import_fingerprints"


@dataclass
class _Pending:
    records: list[Record] = field(default_factory=list)
    prints: list[tuple[str, str, str]] = field(default_factory=list)  # (fingerprint, table, uuid)
    uuids: set[str] = field(default_factory=set)
    rows: list[Row] = field(default_factory=list)
    made: set[str] = field(default_factory=set)  # uuids made here (the file gave none)


class RowWriter(RowConverter):
    def __init__(self, project, path: Path, counts: RowCounts, *, as_neighbourhoods: bool = False):
        super().__init__(project, counts)
        self.path = Path(path)
        self.as_neighbourhoods = as_neighbourhoods
        self.stable_seen: set[str] = set()
        self.pending: dict[str, _Pending] = {}
        self.chunk_prints: set[str] = set()
        self._builders = {"assets": (self._asset, Asset), "groups": (self._group, Group),
                          "neighbourhoods": (self._neighbourhood, Neighbourhood)}
        # is a uuid in the project (live, deleted)? One statement a row
        self._known_sql = {t: f'SELECT EXISTS (SELECT 1 FROM "{t}" WHERE uuid = ?1), '
                              f"EXISTS (SELECT 1 FROM nm_tombstones WHERE tbl = '{t}' AND uuid = ?1)"
                           for t in self._builders}
        # ... unless the table had no records and no tombstones when the file began (a new project): then
        # a uuid is live only if this file added it, and nothing is deleted (an import deletes nothing)
        self._added: dict[str, set[str] | None] = {}  # None: ask the project
        self.versions = VersionRows()  # the new records' versions, written in key order by flush()
        self.boxes_due: set[str] = set()  # tables whose gpkg_contents box flush() refreshes with the versions
        self._aside: dict[str, list[tuple[str, str]]] = {}  # table -> its indexes set aside (flush)


    # ---- writing -------------------------------------------------------------------------------
    def write(self, row: Row) -> None:
        table = "neighbourhoods" if (row.table == "assets" and self.as_neighbourhoods) else row.table
        build, cls = self._builders[table]
        if table == "assets" and self.pending.get("groups") and self.pending["groups"].records:
            self.flush("groups")  # assets may name a group added just before
        if row.problem:
            self.skip(row, row.problem)
            return
        strip_controls(row, self.counts)
        try:
            values, present = build(row)
        except SkipRow as exc:
            self.skip(row, str(exc))
            return
        uuid = to_text(row.values.get("uuid"))
        if uuid is not None:
            uuid = uuid.strip()
            if not looks_like_uuid(uuid):
                self.warn(row, arg(translate("Import", "id %1 is not one of ours; treated as a new record"), repr(uuid)))
                uuid = None
        stable = None
        if uuid is None and table == "neighbourhoods":
            # the same boundary gets the same uuid on every laptop; a second polygon with the same code and
            # name in one file is a different area and keeps a uuid of its own
            stable = neighbourhood_uuid(values.get("code"), values["name"])
            if stable in self.stable_seen:
                stable = None
            else:
                self.stable_seen.add(stable)
                if self.project.exists(table, stable):
                    self._update(row, table, stable, values)
                    return
        if uuid:
            live, deleted = self._known(table, uuid)
            if live:
                self._update(row, table, uuid, values)
                return
            if deleted:
                self.skip(row, translate("Import", "this record was deleted in the project; restore it there first"))
                return
        record = cls(**values, uuid=uuid or stable) if uuid or stable else cls(**values)
        # validated in flush(): bulk_add checks every record anyway, so only a failing chunk is re-checked
        fp = fingerprint(table, values) if not uuid else None
        pend = self.pending.setdefault(table, _Pending())
        if fp is not None:
            if fp in self.chunk_prints:
                self.counts.unchanged += 1
                return
            self.chunk_prints.add(fp)
            pend.prints.append((fp, table, record.uuid))  # checked against earlier imports in flush()
        elif uuid in pend.uuids:
            self.skip(row, translate("Import", "the same id appears twice in the file"))
            return
        pend.records.append(record)
        pend.rows.append(row)
        pend.uuids.add(record.uuid)
        if not (uuid or stable):
            pend.made.add(record.uuid)
        if len(pend.records) >= CHUNK:
            self.flush(table)

    def _known(self, table: str, uuid: str) -> tuple[bool, bool]:
        """(live, deleted): is ``uuid`` a record of ``table`` in the project, or one deleted there?"""
        if table not in self._added:
            held = self.project.conn.execute(f'SELECT EXISTS (SELECT 1 FROM "{table}") OR EXISTS (SELECT 1 FROM '
                                             "nm_tombstones WHERE tbl = ?)", (table,)).fetchone()[0]
            self._added[table] = None if held else set()
        added = self._added[table]
        if added is None:
            return self.project.conn.execute(self._known_sql[table], (uuid,)).fetchone()
        return uuid in added, False

    def _drop_invalid(self, pend: _Pending) -> None:
        """Skip (with their reasons) the records that fail validation; keep the rest."""
        keep_records, keep_rows, bad = [], [], set()
        for record, row in zip(pend.records, pend.rows):
            found = record_problems(record)
            if found:
                self.skip(row, "; ".join(f"{k}: {m}" for k, m in found.items()))
                bad.add(record.uuid)
            else:
                keep_records.append(record)
                keep_rows.append(row)
        pend.records, pend.rows = keep_records, keep_rows
        pend.prints = [p for p in pend.prints if p[2] not in bad]

    def _known_prints(self, prints: list[str]) -> set[str]:
        known: set[str] = set()
        for i in range(0, len(prints), 500):
            part = prints[i:i + 500]
            known.update(r[0] for r in self.project.conn.execute(
                f"SELECT fingerprint FROM {FINGERPRINTS} WHERE fingerprint IN ({', '.join('?' * len(part))})", part))
        return known

    def _update(self, row: Row, table: str, uuid: str, values: dict[str, Any]) -> None:
        self.flush()
        changes = {("geom" if k in ("location", "geometry") else k): v for k, v in values.items()}
        cls = {"assets": Asset, "groups": Group, "neighbourhoods": Neighbourhood}[table]
        probe = cls(**values)
        changes = {k: v for k, v in probe.to_values().items() if k in changes}
        base = parse_base(row.values.get("base"), self.project.columns(table)) if table != "neighbourhoods" else None
        try:
            if base is not None:  # three-way: only the cells changed since the export
                changed, clash = apply_from_base(self.project, table, uuid, changes, base, source=self.path.name)
                if clash:
                    self.counts.conflicts += len(clash)
                    self.warn(row, arg(translate("Import", "changed in the project since the export, kept for review: %1"),
                                       ", ".join(clash)))
            else:
                changed = self.project.update(table, uuid, changes)
        except Exception as exc:  # ValidationError: skip the row with its reasons
            from mapper.domain.errors import ValidationError

            if isinstance(exc, ValidationError):
                self.skip(row, str(exc))
                return
            raise
        if changed:
            self.counts.updated += 1
        else:
            self.counts.unchanged += 1

    def flush(self, only: str | None = None) -> None:
        for table, pend in list(self.pending.items()):
            if only and table != only or not pend.records:
                continue
            known = self._known_prints([fp for fp, _, _ in pend.prints]) if pend.prints else set()
            if known:  # rows imported before (from this file or another): nothing to add
                skip = {u for fp, _, u in pend.prints if fp in known}
                kept = [(r, w) for r, w in zip(pend.records, pend.rows) if r.uuid not in skip]
                pend.records, pend.rows = [r for r, _ in kept], [w for _, w in kept]
                pend.prints = [p for p in pend.prints if p[0] not in known]
                self.counts.unchanged += len(skip)
                self.chunk_prints.difference_update(known)
            if table not in self._aside:  # empty at its first batch: indexes built again in one sort at the end
                empty = not self.project.conn.execute(f'SELECT EXISTS (SELECT 1 FROM "{table}")').fetchone()[0]
                self._aside[table] = set_indexes_aside(self.project.conn, table) if empty else []
            try:
                self.project.bulk_add(pend.records, versions=self.versions, made_here=pend.made, extent=False)
            except ValidationError:
                self._drop_invalid(pend)
                self.project.bulk_add(pend.records, versions=self.versions, made_here=pend.made, extent=False)
            self.boxes_due.add(table)
            self.counts.added += len(pend.records)
            if self._added.get(table) is not None:
                self._added[table].update(r.uuid for r in pend.records)
            if pend.prints:
                at = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
                self.project.conn.executemany(
                    f"INSERT OR REPLACE INTO {FINGERPRINTS} (fingerprint, tbl, uuid, source, at) "
                    "VALUES (?, ?, ?, ?, ?)",
                    sorted((fp, t, u, self.path.name, at) for fp, t, u in pend.prints))  # in key order
                self.chunk_prints.difference_update(fp for fp, _, _ in pend.prints)
            self.forget_names(table)
            self.pending[table] = _Pending()
        if only is None:  # the end of a file, or an update next: versions must be readable from here on
            self.versions.write(self.project.conn)
            for table, saved in self._aside.items():  # every reader may use them from here on
                restore_indexes(self.project.conn, saved)
                self._aside[table] = []
            for table in sorted(self.boxes_due & {"assets", "neighbourhoods"}):  # once, not after every batch
                gpkg_schema.update_extent(self.project.conn, table)
            self.boxes_due.clear()


def new_id() -> str:
    return new_uuid()
