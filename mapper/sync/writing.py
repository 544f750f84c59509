"""Writing a merge: what ``MergeEngine`` merged goes into the project in bulk, inside the merge's ONE
transaction (``store/merge_io.py``): changed records (inserts, updates, deletes into tombstones), packed
versions, decisions, conflict rows (``conflicts.gather``, ``work_out``, ``write``), duplicate pairs of
records whose key fields changed, history, the files merged (``nm_sources``) and this replica's knowledge
checkpoint. The records and their R-tree come first, as the duplicate search reads them; what it does not
read (indexes, the full-text index, versions, conflicts) is written while it runs; history rows are written
as the merge makes them (``write_history``)."""

from __future__ import annotations

import heapq
import json
import operator
from concurrent.futures import ThreadPoolExecutor
from typing import Callable, Iterator

from mapper.domain.records import DELETED
from mapper.store import gpkg_schema
from mapper.store.merge_io import insert_rows
from mapper.store.project import TABLES
from mapper.store.stored import dump_stored
from mapper.store.versions import pack_versions
from mapper.sync import conflicts as conflicts_mod
from mapper.sync import decisions as dec
from mapper.sync.prefetch import quick_handoffs
from mapper.sync.rules import same
from mapper.sync.spill import SPILLED
from mapper.sync.state import Fresh, Rec
from mapper.sync.summary import MergeSummary


def finish(engine, summary: MergeSummary, report: Callable[[str], None]) -> None:
    """Write what ``engine`` merged (inside the merge's transaction): records, versions, tombstones,
    decisions, conflicts, duplicate pairs, history, the files merged and this replica's checkpoint."""
    engine.fold_replacements()
    engine.skip = {}  # (what later files need not read: no file comes now) a tuple a record, let go
    changed: dict[str, list[tuple[str, Rec | None, Rec | Fresh]]] = {t: [] for t in TABLES}
    for (table, uuid), rec in engine.state.items():
        before = engine.initial.get((table, uuid))
        if before is None or before.deleted != rec.deleted or before.versions != rec.versions \
                or any(not same(before.values.get(c), rec.values.get(c)) for c in engine.cols[table]):
            changed[table].append((uuid, before, rec))
    for (table, uuid), rec in engine.fresh.items():
        changed[table].append((uuid, None, rec))
    # what the duplicate search does not read, written meanwhile: statements that each do much work
    # inside SQLite (indexes, the full-text index), then row by row (versions)
    at_once: list[Callable[[], None]] = []
    by_row: list[Callable[[], None]] = []
    for table in TABLES:
        rows = sorted(changed[table], key=lambda r: r[0])
        if rows:
            report(f"writing {table}")
            steps = _write_table(engine, table, rows, summary)
            at_once.append(steps[0])
            by_row.append(steps[1])
    for fs in summary.files:
        summary.skewed += fs.skewed
        if fs.skewed:
            summary.warnings.append(
                f"{fs.name}: {fs.skewed} change(s) dated more than a day ahead of this computer's clock; "
                "they rank below honest edits (check that laptop's date)")
    report("conflicts")
    _write_decisions(engine)
    from mapper.sync.duplicates import BESIDE_MOST, KEY_FIELDS, refresh_pairs

    def may_pair_differently(table: str, before: Rec | None, rec: Rec | Fresh) -> bool:
        if before is None or before.deleted != rec.deleted:
            return True
        return not rec.deleted and any(not same(before.values.get(c), rec.values.get(c))
                                       for c in KEY_FIELDS[table])

    def meanwhile() -> None:  # while the pairs are searched: indexes, versions, conflicts, history, files merged
        gathered = conflicts_mod.gather(engine, changed)
        # the conflicts are worked out in Python (no database) while another thread runs the statements
        # that work inside SQLite without the GIL; the connection is that thread's alone meanwhile
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="merge-indexes") as pool:
            indexing = pool.submit(lambda: [step() for step in at_once])
            try:
                worked = conflicts_mod.work_out(engine, gathered)
            finally:
                indexing.result()
        for step in by_row:
            step()
        summary.conflicts = conflicts_mod.write(engine.conn, worked)
        write_history(engine)
        engine.conn.executemany("INSERT OR IGNORE INTO nm_sources (sha256, name, replica) VALUES (?, ?, ?)",
                                [(f.sha256, f.name, f.replica) for f in summary.files
                                 if not f.already_merged and f.refused is None])  # a refused file was not merged
        if sum(map(len, searched.values())) > BESIDE_MOST:  # the pairs are searched after this, not beside:
            at_once.clear()  # nothing merged is read again (the search reads rows of its own), so let it go first
            by_row.clear()
            changed.clear()
            engine.state, engine.initial, engine.fresh, engine.losers = {}, {}, {}, {}
        report("duplicates")

    # pairs depend only on KEY_FIELDS: records whose other fields changed keep their pairs (a sync that
    # brings 200 edited opening times costs no duplicate search over the whole map)
    searched = {t: [u for u, b, r in changed[t] if may_pair_differently(t, b, r)] for t in ("assets", "groups")}
    with quick_handoffs():
        summary.possible_duplicates = refresh_pairs(engine.project, searched, meanwhile=meanwhile)
    if engine.max_seen:
        engine.project.clock.observe(engine.max_seen)
    _checkpoint(engine)


def write_history(engine) -> None:
    """Write the history rows merged so far (in the order merged) and forget them: a history row is final
    once made, so the merge writes them while it waits for the next file, not all at the end."""
    if engine.history:
        engine.conn.executemany("INSERT INTO nm_history (tbl, uuid, field, old, new, version, author, source) "
                                "VALUES (?,?,?,?,?,?,?,?)", engine.history)
        engine.history = []


def _checkpoint(engine) -> None:
    """Remember what this replica has now merged: its later writes knew all of it."""
    me = engine.project.replica_id
    vector = engine.knowledge().latest(me)
    grown = False
    for origin, version in engine.seen_by_origin.items():
        if origin and origin != me and version > vector.get(origin, ""):
            vector[origin] = version
            grown = True
    if grown:
        at = engine.project.clock.tick()
        engine.conn.execute("INSERT OR REPLACE INTO nm_decisions VALUES (?, ?, ?, ?, ?)",
                            (dec.CHECKPOINT, f"{me}|{at}", json.dumps(vector, sort_keys=True), at,
                             engine.project.author))


def _write_table(engine, table: str, rows: list[tuple[str, Rec | None, Rec | Fresh]],
                 summary: MergeSummary) -> tuple[Callable[[], None], Callable[[], None]]:
    """Write the records (rows, R-tree, tombstones) now; returns what is left for later (nothing the
    duplicate search reads): the table's indexes, full-text index and extent (a few statements, each much
    work inside SQLite), then its packed versions (a row each)."""
    cols = engine.cols[table]
    conn = engine.conn
    inserts, deletes, tombs, updates, restored = [], [], [], {}, []
    values_of = operator.itemgetter(*cols) if len(cols) > 1 else None
    name_at = cols.index("name") if "name" in cols else None
    spill = engine.spill

    def named(row: tuple) -> tuple:  # (uuid, *values): a record without a name gets "", as every insert
        if name_at is not None and row[name_at + 1] is None:
            return (*row[:name_at + 1], "", *row[name_at + 2:])
        return row

    for uuid, before, rec in rows:
        if type(rec) is Fresh:  # new, as read: its values are the row's, in the table's column order
            inserts.append(named((uuid, *rec.row[5:])))
            summary.added += 1
            continue
        if rec is SPILLED:  # read back from the spill below, in uuid order among the inserts
            continue
        alive_before = before is not None and not before.deleted
        if rec.deleted:
            tombs.append((table, uuid, rec.versions.get(DELETED, ""), dump_stored(rec.values)))
            if alive_before:
                deletes.append((uuid,))
                summary.deleted += 1
        elif alive_before:
            diff = tuple(c for c in cols if not same(before.values.get(c), rec.values.get(c)))
            if diff:
                updates.setdefault(diff, []).append((*[rec.values.get(c) for c in diff], uuid))
                summary.updated += 1
        else:
            try:
                vals = values_of(rec.values)  # every record holds every column
            except (KeyError, TypeError):
                vals = tuple(rec.values.get(c) for c in cols)
            if name_at is not None and vals[name_at] is None:
                vals = (*vals[:name_at], "", *vals[name_at + 1:])
            inserts.append((uuid, *vals))
            if before is None:
                summary.added += 1
            else:  # alive again: its tombstone goes (a record new to the project has none)
                restored.append((table, uuid))
                summary.restored += 1
    if deletes:
        conn.executemany(f'DELETE FROM "{table}" WHERE uuid=?', deletes)
    if tombs:
        conn.executemany("INSERT OR REPLACE INTO nm_tombstones VALUES (?, ?, ?, ?)", tombs)
    if restored:
        conn.executemany("DELETE FROM nm_tombstones WHERE tbl=? AND uuid=?", restored)
    complete_inserts = None
    spilled = spill.count.get(table, 0)  # records never in the project (no tombstone to remove)
    summary.added += spilled
    if inserts or spilled:
        all_inserts = heapq.merge(inserts, map(named, spill.values(table)),
                                  key=operator.itemgetter(0)) if spilled else inserts
        complete_inserts = insert_rows(engine.project, table, cols, all_inserts, len(inserts) + spilled)
    for diff, params in updates.items():
        sets = ", ".join(f'"{c}"=?' for c in diff)
        conn.executemany(f'UPDATE "{table}" SET {sets} WHERE uuid=?', params)
    if table == "neighbourhoods":
        engine.project.forget_neighbourhoods()
    moved = bool(deletes or inserts or spilled) or any("geom" in diff for diff in updates)

    def version_rows() -> Iterator[tuple[str, str, str]]:
        held = ((table, u, r.text or pack_versions(r.versions, cols)) for u, _b, r in rows if r is not SPILLED)
        if not spilled:
            return held
        return heapq.merge(held, ((table, u, text) for u, text in spill.texts(table)), key=operator.itemgetter(1))

    def indexes() -> None:
        if complete_inserts is not None:
            complete_inserts()
        if table in ("assets", "neighbourhoods") and moved:  # the extent scans the R-tree: only when it can change
            gpkg_schema.update_extent(conn, table)

    def versions() -> None:
        conn.executemany("INSERT OR REPLACE INTO nm_versions VALUES (?, ?, ?)", version_rows())
    return indexes, versions


def _write_decisions(engine) -> None:
    if engine.changed_decisions:
        engine.conn.executemany(
            "INSERT OR REPLACE INTO nm_decisions VALUES (?, ?, ?, ?, ?)",
            [(k, key, *engine.decisions[(k, key)]) for k, key in sorted(engine.changed_decisions)])
        pairs = [(key, engine.decisions[(k, key)]) for k, key in engine.changed_decisions if k == dec.PAIR]
        for key, (val, version, _a) in pairs:
            tbl, a, b = key.split("|")
            engine.conn.execute(
                "INSERT INTO nm_duplicates (a, b, tbl, decision, version) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (a, b) DO UPDATE SET decision=excluded.decision, version=excluded.version",
                (a, b, tbl, val or None, version))
