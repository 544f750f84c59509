"""The merge engine: every export's records merged per field into one in-memory state, in file order.

``MergeEngine`` holds the project's records the merge touches (``initial`` as they were, ``state`` as
merged), every losing write (``losers``, kept by ``conflicts.gather``, ``work_out`` and ``write``), the
history rows and the decisions.
Each file arrives read by ``prefetch.read_export``; a record whose version text equals ours or a copy already
merged is skipped unread. Writing the result is ``mapper.sync.writing``.
"""

from __future__ import annotations

import json
from collections import Counter
from json.encoder import encode_basestring_ascii as _encode_str_ascii
from pathlib import Path
from typing import Any

from mapper.domain.errors import Errors, MergeError, about_file
from mapper.domain.i18n import arg
from mapper.domain.records import DELETED, CareNeed
from mapper.privacy.codec import is_sealed
from mapper.store.incoming import ValueTypes
from mapper.store.project import TABLES
from mapper.store.stored import history_value, load_stored
from mapper.store.versions import DEFAULT as PACKED_DEFAULT
from mapper.sync import decisions as dec
from mapper.sync.prefetch import LIVE, TOMBSTONE, Export, TableRead
from mapper.sync.rules import KEEP_LOSE_INCOMING, TAKE, TAKE_LOSE_LOCAL, Ranker, replica_of, same
from mapper.sync.spill import FRESH_IN_MEMORY, SPILLED, Spill
from mapper.sync.state import CHUNK, Fresh, Rec, packed_all, read_records
from mapper.sync.summary import FileSummary

PACKED_ALL = PACKED_DEFAULT  # the version most fields share (mapper.store.versions)
ADDED = json.dumps("added")
_STR_ONLY = frozenset({str})
_scan_json = json.JSONDecoder().scan_once


def _history_text(table: str, f: str, value: Any) -> str:
    """``json.dumps(history_value(...))``, quicker for the usual text values (care needs: never here)."""
    if type(value) is str and table != CareNeed.TABLE:
        return _encode_str_ascii(value)
    return json.dumps(history_value(table, f, value))


def loads_versions(text: Any) -> Any:
    """``json.loads`` for the many small version texts, without its per-call overhead."""
    if type(text) is str:
        try:
            value, end = _scan_json(text, 0)
            if end == len(text):
                return value
        except StopIteration:
            pass
    return json.loads(text)  # whitespace, errors and bytes: exactly as json.loads


def _check_sealed(values: dict[str, Any], path: Path, uuid: str) -> None:
    """Care needs arrive sealed (to the coordinator's key) or not at all: plaintext is never stored."""
    for f in CareNeed.SENSITIVE:
        if values.get(f) is not None and not is_sealed(values[f]):
            raise MergeError(Errors.tr("refused: it holds care needs that are not encrypted"), path=path,
                             where=arg(Errors.tr("care need %1, column %2"), uuid, f))


class MergeEngine:
    def __init__(self, project, ranker: Ranker):
        self.project = project
        self.conn = project.conn
        self.ranker = ranker
        self.cols = {t: project.columns(t) for t in TABLES}
        self.local_name = project.path.name
        self.vtext: dict[str, dict[str, str]] = {}  # see _know_vtext
        self.vtext_full: set[str] = set()
        self.vtext_asked: dict[str, set[str]] = {}
        self.vtext_size: dict[str, int] = {}
        self.skip: dict[str, set[tuple[str, str]]] = {}  # see _skip
        self.initial: dict[tuple[str, str], Rec | None] = {}
        self.state: dict[tuple[str, str], Rec] = {}
        self.fresh: dict[tuple[str, str], Fresh] = {}  # records new to the project, as one file brought them
        self.spill = Spill()  # ... beyond FRESH_IN_MEMORY of them (fresh holds SPILLED): the caller closes it
        self.fresh_in_memory = 0
        self._to_spill: dict[tuple[str, str], Fresh] = {}  # SPILLED in fresh, spilled at the end of the file
        self.losers: dict[tuple[str, str, str, str], tuple[Any, str]] = {}
        self.history: list[tuple] = []
        self.decisions = dec.load_all(self.conn)
        self.changed_decisions: set[tuple[str, str]] = set()
        self.sources: list[FileSummary] = []
        self.max_seen: str | None = None
        self.seen_by_origin: dict[str, str] = {}
        self._knowledge: dec.Knowledge | None = None
        self.value_types = ValueTypes(project.conn, TABLES)
        ranker.floor_of = self._floor

    def knowledge(self) -> dec.Knowledge:
        if self._knowledge is None:
            self._knowledge = dec.Knowledge(self.decisions)
        return self._knowledge

    def _floor(self, version: str) -> str:
        return self.knowledge().floor(version, lambda v: not self.ranker.suspect(v))

    # ---- local state ---------------------------------------------------------------------
    def _vtext(self, table: str) -> dict[str, str]:
        """This project's packed versions for ``table`` as far as known (``_know_vtext``)."""
        return self.vtext.setdefault(table, {})

    def _know_vtext(self, table: str, uuids: list[str]) -> None:
        """Make sure our versions of ``uuids`` are known: looked up by uuid while few are asked for compared
        with the table (a sync bringing 200 changes into a map of 1M), else the whole table read once."""
        if table in self.vtext_full:
            return
        asked = self.vtext_asked.setdefault(table, set())
        need = [u for u in uuids if u not in asked]
        if not need:
            return
        if table not in self.vtext_size:
            self.vtext_size[table] = self.conn.execute(
                f'SELECT coalesce(max(fid), 0) FROM "{table}"').fetchone()[0]
        if (len(asked) + len(need)) * 20 > self.vtext_size[table]:
            found = self.conn.execute("SELECT uuid, versions FROM nm_versions WHERE tbl=?", (table,)).fetchall()
            self.vtext_full.add(table)
        else:
            found = []
            for i in range(0, len(need), CHUNK):
                part = need[i:i + CHUNK]
                found += self.conn.execute("SELECT uuid, versions FROM nm_versions WHERE tbl=? AND uuid IN "
                                           f"({','.join('?' * len(part))})", (table, *part)).fetchall()
            asked.update(need)
        vt, skip = self._vtext(table), self.skip.get(table)
        for u, v in found:
            vt.setdefault(u, v)  # a text set by this merge (_set_vtext) stays
            if skip is not None:
                skip.add((u, v))

    def load(self, table: str, uuids: list[str]) -> None:
        """Bring local records into memory (once), remembering how they were before the merge."""
        need = [u for u in uuids if (table, u) not in self.initial]
        self._know_vtext(table, need)
        for u, rec in read_records(self.conn, table, self.cols[table], need, self._vtext(table)).items():
            self.initial[(table, u)] = rec
            if rec is not None:
                self.state[(table, u)] = rec.copy()

    def rec(self, table: str, uuid: str) -> Rec | None:
        self.load(table, [uuid])
        key = (table, uuid)
        return self.state[key] if key in self.state else self._unfresh(key) if key in self.fresh else None

    def _unfresh(self, key: tuple[str, str]) -> Rec:
        """A ``Fresh`` record becomes a ``Rec`` in ``state`` (before anything else merges into it)."""
        fresh = self.fresh.pop(key)
        if fresh is SPILLED:
            fresh = self._to_spill.pop(key, None) or self.spill.take(*key)
        else:
            self.fresh_in_memory -= 1
        rec = self.state[key] = fresh.to_rec(self.cols[key[0]])
        return rec

    # ---- one file --------------------------------------------------------------------------
    def merge_file(self, path: Path, fs: FileSummary, export: Export) -> None:
        """Merge one export, as read by ``prefetch.read_export``."""
        if export.error is not None:
            raise MergeError(export.error.message, path=path) from None
        with about_file(path, project=self.project.path, error=MergeError):
            if export.failure is not None and not export.failure_after_decisions:
                raise export.failure
            fs.replica, fs.author = export.settings.get("replica_id", ""), export.settings.get("author")
            if "nm_decisions" in export.has:  # first: checkpoints rank this file's skewed versions
                self._merge_decisions(export.decisions, fs, path)
            if export.failure is not None:
                raise export.failure
            for table, read in export.tables.items():
                self._merge_table(path, fs, table, read)

    def _skip(self, table: str) -> set[tuple[str, str]]:
        """(uuid, version text) pairs not worth reading: ours, or a version set already merged (a stale
        copy: each of its writes already won or was kept as a loser)."""
        if table not in self.skip:
            self.skip[table] = set(self._vtext(table).items())
        return self.skip[table]

    def _set_vtext(self, table: str, uuid: str, text: str) -> None:
        self._vtext(table)[uuid] = text
        self._skip(table).add((uuid, text))

    def _merge_table(self, path: Path, fs: FileSummary, table: str, read: TableRead) -> None:
        listed = read.rows  # only records whose versions differ from the project's as committed
        if not listed:
            return
        self._know_vtext(table, [r[0] for r in listed])
        skip = self._skip(table)
        diff = [r for r in listed if (r[0], r[1]) not in skip]
        if not diff:
            return
        src_cols, cols = read.src_cols, read.cols
        initial = self.initial
        if read.new:  # the helper found these absent from the project: no need to look them up
            for r in diff:
                if r[0] in read.new:
                    initial.setdefault((table, r[0]), None)
        self.load(table, [r[0] for r in diff])
        allowed = set(cols) | {DELETED}
        partial = len(cols) != len(self.cols[table])
        check, care = self.value_types.check, table == CareNeed.TABLE
        seen_versions: list[str] = []
        # a live record new to the project, every field at one version, nothing to check: kept as read
        fast = not partial and not care and allowed.issuperset(src_cols) and bool(src_cols)
        state, fresh, history = self.state, self.fresh, self.history
        vt, name, author = self._vtext(table), fs.name, fs.author
        room = FRESH_IN_MEMORY - self.fresh_in_memory  # beyond: the rows go to the spill, once per file
        kept = 0
        to_spill = self._to_spill
        for row in diff:
            uuid, vtext, suspect, where, tomb = row[:5]
            if fast and where == LIVE and not suspect:
                key = (table, uuid)
                if key not in state and key not in fresh and initial.get(key, 0) is None:
                    v = packed_all(vtext)
                    if v is not None:  # what _merge_record does with a record it has not seen, in short
                        if kept < room or type(uuid) is not str:
                            fresh[key] = Fresh(row, src_cols, v, vtext, name)
                            kept += 1
                            vt[uuid] = vtext
                        else:  # only what says it is known is kept (its row, once spilled, is looked up)
                            fresh[key] = SPILLED
                            to_spill[key] = Fresh(row, src_cols, v, vtext, name)
                            del initial[key]
                        skip.add((uuid, vtext))
                        seen_versions.append(v)
                        fs.added += 1
                        history.append((table, uuid, "*", None, ADDED, v, author, name))
                        continue
            try:
                packed = loads_versions(vtext)
                if not _STR_ONLY.issuperset(map(type, packed.values())) or "" in packed.values():
                    raise ValueError
                base = packed.pop(PACKED_ALL, None)
                versions = dict.fromkeys(src_cols, base) if base else {}
                versions.update(packed)
            except (ValueError, TypeError, AttributeError, RecursionError):
                raise MergeError(Errors.tr("record versions cannot be read"), path=path,
                                 where=f"{table} {uuid}") from None
            if where == LIVE:
                inc = Rec(dict(zip(cols, row[5:])), versions, False, text=vtext)
            elif where == TOMBSTONE:
                try:
                    data = load_stored(tomb) if tomb else {}
                    if not isinstance(data, dict):
                        raise ValueError
                except (ValueError, TypeError, AttributeError, RecursionError):
                    raise MergeError(Errors.tr("its deleted-record data cannot be read"), path=path,
                                     where=f"{table} {uuid}") from None
                inc = Rec({c: data.get(c) for c in cols}, versions, True, text=vtext)
                if DELETED not in versions:
                    continue
            else:
                continue  # filtered out of this export
            if suspect or inc.deleted:
                check(table, inc.values, path=path, where=f"{table} {uuid}", error=MergeError)
            if care:
                _check_sealed(inc.values, path, uuid)
            if not allowed.issuperset(versions):
                inc.versions = {k: v for k, v in versions.items() if k in allowed}
                inc.text = None
            if partial:
                inc.text = None
            skip.add((uuid, vtext))
            seen_versions.extend(set(inc.versions.values()))
            self._merge_record(table, uuid, inc, fs)
        if to_spill:
            if not self.spill.add(table, src_cols, name, [(f.row, f.version) for f in to_spill.values()]):
                fresh.update(to_spill)  # the spill refused them: kept in memory after all
                kept += len(to_spill)
            to_spill.clear()
        self.fresh_in_memory += kept
        self._note_seen_many(Counter(seen_versions), fs)

    def _note_seen(self, version: str, fs: FileSummary) -> None:
        origin = replica_of(version)
        if version > self.seen_by_origin.get(origin, ""):
            self.seen_by_origin[origin] = version
        if self.ranker.suspect(version):
            fs.skewed += 1
        elif self.max_seen is None or version > self.max_seen:
            self.max_seen = version

    def _note_seen_many(self, counts: dict[str, int], fs: FileSummary) -> None:
        """``_note_seen`` for the (non-empty text) versions of a file's records, each with the number of
        records carrying it."""
        seen, max_seen, limit = self.seen_by_origin, self.max_seen, self.ranker.limit_text
        for version, times in counts.items():
            parts = version.split(".", 2)  # rules.replica_of and Ranker.suspect, inline: a call each costs
            origin = parts[2] if len(parts) == 3 else ""
            if version > seen.get(origin, ""):
                seen[origin] = version
            wall = version[:13]
            if not (len(wall) == 13 and wall.isdigit()) or wall > limit:
                fs.skewed += times
            elif max_seen is None or version > max_seen:
                max_seen = version
        self.max_seen = max_seen

    def _lose(self, table: str, uuid: str, f: str, version: str, value: Any, source: str) -> None:
        key = (table, uuid, f, version)
        old = self.losers.get(key)
        self.losers[key] = (value, source if old is None else min(old[1], source))

    def _merge_record(self, table: str, uuid: str, inc: Rec, fs: FileSummary) -> None:
        cur = self.state.get((table, uuid))
        if cur is None and (table, uuid) in self.fresh:
            cur = self._unfresh((table, uuid))
        if cur is None:
            inc.origin = fs.name
            cols = self.cols[table]
            if len(inc.values) != len(cols):
                inc.values = {c: inc.values.get(c) for c in cols}
            self.state[(table, uuid)] = inc
            self._set_vtext(table, uuid, inc.text or "")
            if inc.deleted:
                return
            fs.added += 1
            self.history.append((table, uuid, "*", None, ADDED, max(inc.versions.values(), default=""),
                                 fs.author, fs.name))
            return
        was_deleted = cur.deleted
        took = False  # a version taken (never one equal to ours: those are skipped below)
        changed = []
        cur_versions = cur.versions
        for f, rv in inc.versions.items():
            lv = cur_versions.get(f)
            if lv == rv:
                continue  # the same write: nothing to compare (the common case by far)
            lval, rval = cur.get(f), inc.get(f)
            act = self.ranker.action(lv, lval, rv, rval)
            if act in (TAKE, TAKE_LOSE_LOCAL):
                if act == TAKE_LOSE_LOCAL:
                    self._lose(table, uuid, f, lv, lval, cur.sources.get(f, cur.origin or self.local_name))
                    if not same(lval, rval):
                        fs.conflicts += 1
                cur.set(f, rval, rv, fs.name)
                took = True
                if not same(lval, rval):
                    changed.append((f, lval, rval, rv))
            elif act == KEEP_LOSE_INCOMING:
                self._lose(table, uuid, f, rv, rval, fs.name)
                if not same(lval, rval):
                    fs.conflicts += 1
        if took:
            self._set_vtext(table, uuid, "")  # changed: compare field by field from now on
        if not changed:
            return
        if cur.deleted and not was_deleted:
            fs.deleted += 1
        elif was_deleted and not cur.deleted:
            fs.restored += 1
        elif not cur.deleted:
            fs.updated += 1
        for f, old, new, v in changed:
            self.history.append((table, uuid, f, _history_text(table, f, old), _history_text(table, f, new), v,
                                 fs.author, fs.name))

    def _merge_decisions(self, rows: list[tuple], fs: FileSummary, path: Path) -> None:
        for kind, key, val, version, author in rows:
            if not version:
                continue
            dec.check_decision(kind, key, val, version, author, path=path)
            self._note_seen(version, fs)
            cur = self.decisions.get((kind, key))
            lv, lval = (cur[1], cur[0]) if cur else (None, None)
            if self.ranker.action(lv, lval, version, val) in (TAKE, TAKE_LOSE_LOCAL):
                self.decisions[(kind, key)] = (val, version, author)
                self.changed_decisions.add((kind, key))
                if kind == dec.CHECKPOINT:
                    self._knowledge = None

    # ---- replaced uuids: later edits to a merged duplicate land on its survivor ------------
    def fold_replacements(self) -> None:
        """Edits of a replaced record (a merged duplicate) that its merger had not seen land on the survivor,
        or are kept there as conflicts (before writing)."""
        live = {}
        for (kind, key), (val, version, _a) in self.decisions.items():
            if kind == dec.REPLACED and val:
                tbl, uuid = key.split("|", 1)
                live[(tbl, uuid)] = (val, version)
        if not live:
            return
        touched = {k for k in self.state if self.state[k] is not None} | set(self.fresh) | {
            tuple(k.split("|", 1)) for kind, k in self.changed_decisions if kind == dec.REPLACED}
        for (tbl, b), (a, version) in sorted(live.items()):
            if (tbl, b) not in touched and (tbl, a) not in touched:
                continue
            brec, arec = self.rec(tbl, b), self.rec(tbl, a)
            if brec is None or arec is None or tbl not in self.cols:
                continue
            fs = FileSummary(self.local_name)
            know = self.knowledge()

            def decided_on(v: str, version=version, know=know) -> bool:
                """Did whoever merged the pair know write ``v`` of the replaced record (then it was taken
                into account)? Any other write, older or newer, is folded into the survivor or a conflict."""
                if replica_of(v) == replica_of(version):
                    return v <= version
                return know.knew(version, v)

            for f, bv in sorted(brec.versions.items()):
                if f == DELETED or decided_on(bv):
                    continue
                lv, lval, bval = arec.versions.get(f), arec.get(f), brec.get(f)
                act = self.ranker.action(lv, lval, bv, bval)
                if act in (TAKE, TAKE_LOSE_LOCAL):
                    if act == TAKE_LOSE_LOCAL:
                        self._lose(tbl, a, f, lv, lval, arec.sources.get(f, arec.origin or self.local_name))
                    arec.set(f, bval, bv, brec.sources.get(f, brec.origin or fs.name))
                elif act == KEEP_LOSE_INCOMING:
                    self._lose(tbl, a, f, bv, bval, brec.sources.get(f, brec.origin or fs.name))
            for (t, u, f, v), (val, source) in list(self.losers.items()):
                if t == tbl and u == b and f != DELETED and not decided_on(v):
                    self._lose(tbl, a, f, v, val, source)
            self._set_vtext(tbl, a, "")
