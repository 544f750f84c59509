"""Conflicts: every losing write is kept, and a rule that depends only on the set of writes seen (never on
the order files arrived) says which ones a person should review.

``nm_conflicts`` has one row per losing write ``(tbl, uuid, field, other_version)``. ``kept_*`` is always
the field's current winner. Status:

- ``open``: some write that outranks it came from another replica, holds a different value, and was made
  by a laptop that had not merged the losing write yet (``decisions.Knowledge`` checkpoints) -- two
  mappers really edited the same field concurrently;
- ``superseded``: it was overwritten knowingly (the writer had merged it), by the same laptop, or by the
  same value: an ordinary edit, kept only so the conflict set is the same whatever the merge order;
- ``resolved``: a review decision (versioned in ``nm_decisions``, so it merges) covers it;
- kind ``edit_deleted`` (field ``_deleted:<field>``): a field was edited after another replica deleted
  the record (the edit outranks the delete). ``open`` while the record is deleted -- it can be restored
  with the edit, since tombstones keep merged values -- and ``moot`` once it is alive again.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from mapper.domain.i18n import translate
from mapper.domain.records import DELETED
from mapper.sync import decisions as dec
from mapper.sync.rules import Ranker, from_text, replica_of, same, to_text
from mapper.sync.state import ranker_for, read_records

EDIT_DELETED = "edit_deleted"


_ROWS = ("SELECT id, field, other_value, other_version, kind, status, kept_version FROM nm_conflicts "
         "WHERE tbl=? AND uuid=?")
_INSERT = ("INSERT INTO nm_conflicts (tbl, uuid, field, kept_value, kept_version, other_value, other_version, "
           "other_source, kind, status) VALUES (?,?,?,?,?,?,?,?,?,?)")
_UPDATE = "UPDATE nm_conflicts SET kept_value=?, kept_version=?, status=? WHERE id=?"


def gather(engine, changed: dict[str, list]) -> tuple:
    """After a merge, the losing writes are stored and every affected record's conflict rows recomputed, in
    three steps (``gather`` reads, ``work_out`` touches no database, ``write`` stores), so the merge can
    write other things meanwhile. The losing writes are added to the rows each record already has (a write
    kept before only gets the smaller source name) and every row's kept value and status are worked out in
    memory, so new rows are inserted once, final, and only rows that existed are updated.

    This step: what ``work_out`` needs from the database: the records touched (loaded into ``engine``) and their
    stored conflict rows."""
    conn = engine.conn
    with_rows = set(conn.execute("SELECT DISTINCT tbl, uuid FROM nm_conflicts"))
    touched = {(t, u) for (t, u, _f, _v) in engine.losers}
    for table, rows in changed.items():
        for uuid, _before, rec in rows:
            if rec.deleted or (table, uuid) in with_rows:
                touched.add((table, uuid))
    for kind, key in engine.changed_decisions:
        if kind == dec.RESOLVED:
            t, u, _rest = key.split("|", 2)
            touched.add((t, u))
    rows_of = {key: [list(r) for r in conn.execute(_ROWS, key)] if key in with_rows else [] for key in touched}
    by_table: dict[str, list[str]] = defaultdict(list)
    for t, u in touched:
        by_table[t].append(u)
    for t, uuids in by_table.items():
        engine.load(t, uuids)
    return touched, rows_of


def work_out(engine, gathered: tuple) -> tuple[int, list, list, list, list]:
    """(rows opened, new rows, sources, inserts, updates) for ``write``; reads nothing from the database
    (``gather`` loaded every record it looks at)."""
    touched, rows_of = gathered
    losers = engine.losers
    resolved = {key for (kind, key), (val, _v, _a) in engine.decisions.items() if kind == dec.RESOLVED and val}
    replaced = {key for (kind, key), (val, _v, _a) in engine.decisions.items() if kind == dec.REPLACED and val}
    new_rows, sources = [], []
    by_key = {key: {(r[1], r[3]): r for r in rows} for key, rows in rows_of.items() if rows}
    for (t, u, f, v), (val, src) in sorted(losers.items()):
        old = by_key.get((t, u), {}).get((f, v))
        if old is not None:  # already kept: as ON CONFLICT ... DO UPDATE would
            sources.append((src, old[0]))
            continue
        row = [None, f, to_text(val), v, "field", "superseded", None, None, val]  # + kept value, the value
        rows_of[(t, u)].append(row)
        new_rows.append((t, u, row, src))
    opened = 0
    knowledge = engine.knowledge()
    updates: list[tuple] = []
    inserts: list[tuple] = []
    for table, uuid in sorted(touched):
        rec = engine.rec(table, uuid)
        if rec is None:
            continue
        opened += _recompute(engine.ranker, table, uuid, rec, rows_of[(table, uuid)], resolved,
                             f"{table}|{uuid}" in replaced, knowledge, updates, inserts)
    return opened, new_rows, sources, inserts, updates


def write(conn, worked: tuple[int, list, list, list, list]) -> int:
    """Store what ``work_out`` found; returns how many rows became open."""
    opened, new_rows, sources, inserts, updates = worked
    conn.executemany(_INSERT, ((t, u, row[1], row[7] if len(row) > 7 else None, row[6], row[2], row[3], src,
                                row[4], row[5]) for t, u, row, src in new_rows))
    conn.executemany("UPDATE nm_conflicts SET other_source = min(other_source, ?) WHERE id=?", sources)
    conn.executemany(_INSERT, inserts)
    conn.executemany(_UPDATE, updates)
    return opened


def recompute(conn, ranker: Ranker, table: str, uuid: str, rec, resolved: set[str], replaced: bool,
              knowledge: dec.Knowledge) -> int:
    """Recompute one record's conflict rows in the database (after a review decision)."""
    rows = [list(r) for r in conn.execute(_ROWS, (table, uuid))]
    updates: list[tuple] = []
    inserts: list[tuple] = []
    opened = _recompute(ranker, table, uuid, rec, rows, resolved, replaced, knowledge, updates, inserts)
    conn.executemany(_INSERT, inserts)
    conn.executemany(_UPDATE, updates)
    return opened


def _recompute(ranker: Ranker, table: str, uuid: str, rec, rows: list[list], resolved: set[str], replaced: bool,
               knowledge: dec.Knowledge, updates: list[tuple], inserts: list[tuple]) -> int:
    """Work out every row's kept value and status. ``rows`` are [id, field, other_value, other_version,
    kind, status, kept_version]; a row with id None is not stored yet: its kept value, kept version and
    status are set in place (as row[7], row[6], row[5]) and row[8] is its other value, not yet as text.
    Stored rows to change go to ``updates``, new edit-after-delete rows to ``inserts``."""
    by_field: dict[str, list] = defaultdict(list)
    edit_rows = {}
    for r in rows:
        if r[4] == EDIT_DELETED:
            edit_rows[(r[1], r[3])] = r
        else:
            by_field[r[1]].append(r)
    opened = 0
    done: set[int] = set()

    def update(row: list, kept_value, kept_version, status: str) -> None:
        if row[0] is None:
            row[5], row[6], row[7] = status, kept_version, kept_value
        else:
            updates.append((kept_value, kept_version, status, row[0]))
            done.add(row[0])

    seen: dict[str, list[tuple[str, Any]]] = {}
    for f, frows in by_field.items():
        win = (rec.versions.get(f), rec.get(f))
        writes = [win] + [(r[3], r[8] if r[0] is None else from_text(r[2])) for r in frows]
        seen[f] = writes
        # each write ranked once (not once per pair): [(version, value, rank, replica)] of versioned writes
        ranks = [ranker.rank(v, val) for v, val in writes]
        ranked = [(v, val, r, replica_of(v)) for (v, val), r in zip(writes, ranks) if v]
        kept = to_text(win[1])
        for row, (over, lval), lrank in zip(frows, writes[1:], ranks[1:]):
            lrep = replica_of(over)
            beaten = any(wr > lrank and wrep != lrep and not same(wval, lval) and not knowledge.knew(wv, over)
                         for wv, wval, wr, wrep in ranked)
            new = "resolved" if f"{table}|{uuid}|{f}|{over}" in resolved else "open" if beaten else "superseded"
            opened += new == "open" and row[5] != "open"
            update(row, kept, win[0], new)
    # edits that outrank a delete made by another replica
    if not replaced:
        deletes = [v for v, val in seen.get(DELETED, [(rec.versions.get(DELETED), rec.get(DELETED))])
                   if v and val in (1, True, "1")]
        if deletes:
            drank = [(ranker.rank(d), d) for d in deletes]
            for f, version in rec.versions.items():
                if f == DELETED:
                    continue
                writes = seen.get(f, [(version, rec.get(f))])
                for ev, eval_ in writes:
                    if not ev:
                        continue
                    er = ranker.rank(ev)
                    # a delete and an edit by different laptops, neither knowing the other: a conflict
                    # in either order (an edit outranking the delete, or a delete after an unseen edit)
                    below = [d for r_, d in drank if replica_of(d) != replica_of(ev)
                             and (r_ < er and not knowledge.knew(ev, d) or r_ > er and not knowledge.knew(d, ev))]
                    if not below:
                        continue
                    key = (f"{DELETED}:{f}", ev)
                    status = ("resolved" if f"{table}|{uuid}|{key[0]}|{ev}" in resolved
                              else "open" if rec.deleted else "moot")
                    old = edit_rows.get(key)
                    if old is None:
                        inserts.append((table, uuid, key[0], to_text(1), max(below), to_text(eval_), ev,
                                        rec.sources.get(f), EDIT_DELETED, status))
                        opened += status == "open"
                    else:
                        opened += status == "open" and old[5] != "open"
                        update(old, to_text(1), max(below), status)
    for (f, ev), old in edit_rows.items():  # rows no longer derived (e.g. restored since): status only
        if old[0] not in done:
            status = ("resolved" if f"{table}|{uuid}|{f}|{ev}" in resolved
                      else "open" if rec.deleted and not replaced else "moot")
            update(old, to_text(1), old[6], status)
    return opened


# ---- reading and resolving (the review screen) ---------------------------------------------------
def open_conflicts(project) -> list[dict[str, Any]]:
    cur = project.conn.execute(
        "SELECT id, tbl, uuid, field, kept_value, kept_version, other_value, other_version, other_source, kind "
        "FROM nm_conflicts WHERE status='open' ORDER BY tbl, uuid, field, other_version")
    out = []
    for cid, tbl, uuid, f, kv, kver, ov, over, src, kind in cur.fetchall():
        out.append({"id": cid, "tbl": tbl, "uuid": uuid, "field": f, "kind": kind,
                    "kept": from_text(kv), "kept_version": kver, "other": from_text(ov),
                    "other_version": over, "other_source": src,
                    "base": base_value(project, tbl, uuid, f, min(v for v in (kver, over) if v) if kver or over
                                       else None)})
    return out


def base_value(project, tbl: str, uuid: str, f: str, before: str | None) -> Any:
    """The value this project last recorded for the field before both sides changed it (from history)."""
    if not before or f.startswith(DELETED):
        return None
    row = project.conn.execute(
        "SELECT new FROM nm_history WHERE tbl=? AND uuid=? AND field=? AND version < ? "
        "ORDER BY version DESC LIMIT 1", (tbl, uuid, f, before)).fetchone()
    return json.loads(row[0]) if row and row[0] else None


def conflict(project, cid: int) -> dict[str, Any]:
    r = project.conn.execute("SELECT tbl, uuid, field, kept_value, kept_version, other_value, other_version, kind "
                             "FROM nm_conflicts WHERE id=?", (cid,)).fetchone()
    if r is None:
        raise KeyError(cid)
    return {"tbl": r[0], "uuid": r[1], "field": r[2], "kept": from_text(r[3]), "kept_version": r[4],
            "other": from_text(r[5]), "other_version": r[6], "kind": r[7]}


def refresh(project, table: str, uuid: str) -> None:
    """Recompute one record's conflict rows (after a review decision)."""
    rec = read_records(project.conn, table, project.columns(table), [uuid])[uuid]
    if rec is None:
        return
    decisions = dec.load_all(project.conn)
    knowledge = dec.Knowledge(decisions)
    resolved = {key for (kind, key), (val, _v, _a) in decisions.items() if kind == dec.RESOLVED and val}
    replaced = bool(dec.value(project.conn, dec.REPLACED, dec.key_of(table, uuid)))
    recompute(project.conn, ranker_for(project, knowledge), table, uuid, rec, resolved, replaced, knowledge)


def _field_keys(project, table: str, uuid: str, f: str) -> list[str]:
    return [dec.key_of(table, uuid, f, v) for (v,) in project.conn.execute(
        "SELECT other_version FROM nm_conflicts WHERE tbl=? AND uuid=? AND field=? AND status='open'",
        (table, uuid, f))]


def resolve(project, cid: int, choice: str, value: Any = None) -> dict[str, Any]:
    """Decide a conflict. ``choice``: "kept" (keep the current value), "other" (take the losing value),
    "edit" (a new value typed by the user), "restore" (bring back a deleted record with the edit) or
    "keep_deleted". Returns a token for ``unresolve`` (undo)."""
    c = conflict(project, cid)
    table, uuid, f = c["tbl"], c["uuid"], c["field"]
    token: dict[str, Any] = {"tbl": table, "uuid": uuid, "field": f, "keys": [], "previous": None}
    with project.transaction():
        if c["kind"] == EDIT_DELETED:
            token["keys"] = _field_keys(project, table, uuid, f)
            if choice == "restore" and project.is_deleted(table, uuid):
                project.restore(table, uuid)
                token["restored"] = True
        else:
            token["keys"] = _field_keys(project, table, uuid, f)
            if choice in ("other", "edit") and project.exists(table, uuid):
                prev = project.stored_row(table, uuid).get(f)
                token["previous"] = prev
                _lose_current(project, table, uuid, f)
                if choice == "other":
                    version = project.clock.tick()
                    project.write_versioned(table, uuid, {f: c["other"]}, {f: version}, source="review",
                                            stored=True)
                else:
                    project.source = "review"
                    project.update(table, uuid, {f: value})
                token["written"] = True
        for key in token["keys"]:
            dec.put(project, dec.RESOLVED, key, "1")
        refresh(project, table, uuid)
        if token.get("written"):
            # the replaced winner is now a loser too; the decision covers it
            for key in _field_keys(project, table, uuid, f):
                dec.put(project, dec.RESOLVED, key, "1")
            refresh(project, table, uuid)
    return token


def _lose_current(project, table: str, uuid: str, f: str) -> None:
    cur = project.stored_row(table, uuid).get(f)
    version = project.versions(table, uuid).get(f)
    if version:
        project.conn.execute(
            "INSERT OR IGNORE INTO nm_conflicts (tbl, uuid, field, other_value, other_version, other_source, "
            "kind, status) VALUES (?, ?, ?, ?, ?, 'review', 'field', 'superseded')",
            (table, uuid, f, to_text(cur), version))


def unresolve(project, token: dict[str, Any]) -> None:
    """Undo ``resolve``: the decisions become open again (a newer version) and a written value is put back."""
    table, uuid, f = token["tbl"], token["uuid"], token["field"]
    with project.transaction():
        if token.get("written") and project.exists(table, uuid):
            _lose_current(project, table, uuid, f)
            version = project.clock.tick()
            project.write_versioned(table, uuid, {f: token["previous"]}, {f: version}, source="review (undo)",
                                    stored=True)
        if token.get("restored") and project.exists(table, uuid):
            project.delete(table, uuid)
        for key in token["keys"]:
            dec.put(project, dec.RESOLVED, key, "")
        refresh(project, table, uuid)


def writer(project, version: str | None, source: str | None = None) -> dict[str, Any]:
    """Who wrote ``version``: {"own": written on this laptop, "author", "file" it came in, "when" (local)}."""
    out: dict[str, Any] = {"own": False, "author": None, "file": source, "when": ""}
    if not version:
        return out
    stamp, _, replica = version.rpartition(".")
    try:
        import datetime as dt

        out["when"] = dt.datetime.fromtimestamp(int(stamp.split(".")[0]) / 1000).strftime("%Y-%m-%d %H:%M")
    except (ValueError, OverflowError, OSError):
        pass
    if replica and replica == (getattr(project, "replica_id", None) or project.setting("replica_id")):
        out.update(own=True, file=None)
        return out
    conn = project.conn
    row = conn.execute("SELECT author, source FROM nm_history WHERE version = ? LIMIT 1", (version,)).fetchone()
    if row:
        out["author"], out["file"] = row[0], source or row[1]
    if not out["file"]:
        r = conn.execute("SELECT name FROM nm_sources WHERE replica = ? ORDER BY merged_at DESC LIMIT 1",
                         (replica,)).fetchone()
        out["file"] = r[0] if r else None
    if not out["author"]:
        r = conn.execute("SELECT author FROM nm_history WHERE version LIKE ? AND author IS NOT NULL LIMIT 1",
                         ("%." + replica,)).fetchone()
        out["author"] = r[0] if r else None
    return out


def writer_of(project, version: str | None, source: str | None = None) -> str:
    """Who wrote ``version``, in words for the review: "you (this map)", or the mapper and the file it came
    in ("Sam at Hillside, sam.gpkg"), with the local time it was written."""
    if not version:
        return ""
    w = writer(project, version, source)
    who = [translate("Review", "you (this map)")] if w["own"] else [
        w["author"] or translate("Review", "another laptop"), w["file"]]
    return ", ".join(x for x in (*who, w["when"]) if x)
