"""Merge other mappers' exports into a project: order-free, idempotent, one transaction, nothing lost.

An export is a copy of a project (a normal GeoPackage) with ``nm_versions``, ``nm_tombstones``,
``nm_settings`` and ``nm_decisions``. For each record whose versions differ from ours, every field is
merged by the rules in ``mapper.sync.rules`` (per-field last writer wins by rank; ``_deleted`` is a field
too). Every losing write is kept in ``nm_conflicts`` (see ``mapper.sync.conflicts`` for which ones are
shown for review). All files are read and merged in memory, then written in bulk inside ONE
transaction: a crash or ``kill -9`` leaves the project as it was, and running the merge again completes
it. A file already merged (same SHA-256) is skipped.
"""

from __future__ import annotations

import json
import operator
import sqlite3
from collections import Counter
from json.encoder import encode_basestring_ascii as _encode_str_ascii
from pathlib import Path
from typing import Any, Callable, Iterable

from mapper.domain.errors import CancelledError, Errors, MergeError, about_file
from mapper.domain.i18n import arg
from mapper.domain.records import DELETED, CareNeed
from mapper.privacy.codec import is_sealed
from mapper.store import gpkg_schema
from mapper.store.incoming import ValueTypes, check_schema_version
from mapper.store.merge_io import bulk_insert
from mapper.store.project import TABLES
from mapper.store.stored import dump_stored, history_value, load_stored
from mapper.store.versions import DEFAULT as PACKED_DEFAULT
from mapper.store.versions import pack_versions
from mapper.sync import conflicts as conflicts_mod
from mapper.sync import decisions as dec
from mapper.sync.prefetch import Opened, Prefetch, open_export
from mapper.sync.rules import KEEP_LOSE_INCOMING, TAKE, TAKE_LOSE_LOCAL, Ranker, replica_of, same
from mapper.sync.state import CHUNK, Rec, read_records
from mapper.sync.summary import FileSummary, MergeSummary

Progress = Callable[[int, int, str], object]
PACKED_ALL = PACKED_DEFAULT  # the version most fields share (mapper.store.versions)
ADDED = json.dumps("added")
_VERSIONS = "SELECT uuid, versions FROM nm_versions WHERE tbl=? ORDER BY uuid"
_STR_ONLY = frozenset({str})
_scan_json = json.JSONDecoder().scan_once


def _history_text(table: str, f: str, value: Any) -> str:
    """``json.dumps(history_value(...))``, quicker for the usual text values (care needs: never here)."""
    if type(value) is str and table != CareNeed.TABLE:
        return _encode_str_ascii(value)
    return json.dumps(history_value(table, f, value))


def _loads(text: Any) -> Any:
    """``json.loads`` for the many small version texts, without its per-call overhead."""
    if type(text) is str:
        try:
            value, end = _scan_json(text, 0)
            if end == len(text):
                return value
        except StopIteration:
            pass
    return json.loads(text)  # whitespace, errors and bytes: exactly as json.loads


def merge_files(project, files: Iterable[Path | str], *, passphrase: str | None = None,
                progress: Progress | None = None, refuse_bad: bool = False) -> MergeSummary:
    """Merge exports into ``project`` in one transaction. Values are opaque (care needs stay sealed), so
    no passphrase is needed; it is accepted for the CLI's sake. ``progress(done, total, message)`` may
    return False to cancel (nothing is changed). ``refuse_bad`` (a folder of exports): a file that cannot
    be merged (not a GeoPackage, damaged, not an export, unreadable versions) is listed in
    ``summary.refused`` with its reason and the others are merged; otherwise it stops the whole merge."""
    del passphrase
    paths = [Path(f) for f in files]
    for p in paths:
        if not p.exists():
            raise MergeError(Errors.tr("file not found"), path=p)
        if p.is_dir():
            raise MergeError(Errors.tr("is a folder, not a file"), path=p)
        if _same_file(p, project.path):
            raise MergeError(Errors.tr("is the project itself; merge other mappers' exports into it"), path=p)
    summary = MergeSummary()
    total = len(paths)

    def report(done: int, message: str) -> None:
        if progress is not None and progress(done, total, message) is False:
            raise CancelledError(Errors.tr("merge cancelled; nothing was changed"))

    busy_before = project.on_busy
    if progress is not None:  # another writer holds the file: say so, and Cancel still works
        project.on_busy = lambda _waited: report(0, "waiting: another program is writing to the project")
    try:
        refused: list[tuple[Path, str]] = []
        while True:
            try:
                return _merge(project, paths, summary, report, total, refuse_bad, refused)
            except MergeError as exc:
                # a folder merge: a file found bad while merging (junk geometry, a value of the wrong
                # type...) is refused and the merge starts again without it (its transaction was rolled
                # back, so nothing of that file stays); a plain merge stops with the one-line error
                bad = next((p for p in paths if exc.path is not None and str(p) == exc.path), None)
                if not refuse_bad or bad is None:
                    raise
                refused.append((bad, exc.message if exc.where is None else f"{exc.where}: {exc.message}"))
                paths = [p for p in paths if p is not bad]
                summary = MergeSummary()
    finally:
        project.on_busy = busy_before


def _merge(project, paths: list[Path], summary: MergeSummary, report, total: int, refuse_bad: bool,
           refused_before: list[tuple[Path, str]]) -> MergeSummary:
    for path, reason in refused_before:
        summary.files.append(FileSummary(path.name, "", refused=reason))
        summary.refused.append((path.name, reason))
    with project.transaction():
        engine = MergeEngine(project, Ranker(project.clock.now_ms(), project.clock.max_skew_ms))
        known = {r[0] for r in project.conn.execute("SELECT sha256 FROM nm_sources")}
        with Prefetch(paths, frozenset(known)) as files_ahead:
            for i, path in enumerate(paths):
                report(i, f"reading {path.name}")
                sha, opened = files_ahead.take(i)
                fs = FileSummary(path.name, sha)
                summary.files.append(fs)
                if fs.sha256 in known:
                    fs.already_merged = True
                    continue
                if refuse_bad:
                    reason = refusal(opened)
                    if reason is not None:
                        fs.refused = reason
                        summary.refused.append((path.name, reason))
                        if opened is not None and opened.conn is not None:
                            opened.conn.close()
                        continue
                known.add(fs.sha256)
                engine.merge_file(path, fs, opened)
        report(total, "writing")
        engine.finish(summary, report=lambda msg: report(total, msg))
        report(total, "committing")
    return summary


def refusal(opened: Opened | None) -> str | None:
    """Why an export cannot be merged at all, found before any of it is merged (None: it can be)."""
    if opened is None:
        return None
    if opened.error is not None:
        return opened.error.message
    src = opened.conn
    try:
        if not src.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='nm_versions'").fetchone():
            return "is not a Neighbourhood Mapper export (no record versions); import it instead"
        if src.execute("SELECT 1 FROM nm_versions WHERE typeof(versions) != 'text' OR NOT json_valid(versions) "
                       "LIMIT 1").fetchone():
            return "record versions cannot be read"
    except sqlite3.DatabaseError as exc:
        return f"cannot be read safely ({exc})"
    return None


def _check_sealed(values: dict[str, Any], path: Path, uuid: str) -> None:
    """Care needs arrive sealed (to the coordinator's key) or not at all: plaintext is never stored."""
    for f in CareNeed.SENSITIVE:
        if values.get(f) is not None and not is_sealed(values[f]):
            raise MergeError(Errors.tr("refused: it holds care needs that are not encrypted"), path=path,
                             where=arg(Errors.tr("care need %1, column %2"), uuid, f))


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.samefile(b)
    except OSError:
        return False


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
        return self.state.get((table, uuid))

    # ---- one file --------------------------------------------------------------------------
    def merge_file(self, path: Path, fs: FileSummary, opened: Opened | None = None) -> None:
        """Merge one export (``opened`` if it was opened ahead by ``Prefetch``)."""
        if opened is None:
            opened = open_export(path, frozenset())[1]
            assert opened is not None
        if opened.error is not None:
            raise MergeError(opened.error.message, path=path) from None
        src = opened.conn
        try:
            with about_file(path, project=self.project.path, error=MergeError):
                self._merge_opened(src, path, fs)
        finally:
            src.close()

    def _merge_opened(self, src, path: Path, fs: FileSummary) -> None:
        has = {r[0] for r in src.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "nm_versions" not in has:
            raise MergeError(Errors.tr("is not a Neighbourhood Mapper export (no record versions); import it instead"),
                             path=path)
        if "nm_settings" in has:
            check_schema_version(src, path, MergeError)
        settings = dict(src.execute("SELECT key, value FROM nm_settings")) if "nm_settings" in has else {}
        fs.replica, fs.author = settings.get("replica_id", ""), settings.get("author")
        if "nm_decisions" in has:  # first: checkpoints rank this file's skewed versions
            self._merge_decisions(src, fs, path)
        for table in TABLES:
            if table in has:
                self._merge_table(src, path, fs, table, has)

    def _skip(self, table: str) -> set[tuple[str, str]]:
        """(uuid, version text) pairs not worth reading: ours, or a version set already merged (a stale
        copy: each of its writes already won or was kept as a loser)."""
        if table not in self.skip:
            self.skip[table] = set(self._vtext(table).items())
        return self.skip[table]

    def _set_vtext(self, table: str, uuid: str, text: str) -> None:
        self._vtext(table)[uuid] = text
        self._skip(table).add((uuid, text))

    def _merge_table(self, src, path: Path, fs: FileSummary, table: str, has: set[str]) -> None:
        listed = src.execute(_VERSIONS, (table,)).fetchall()
        self._know_vtext(table, [u for u, _v in listed])
        skip = self._skip(table)
        diff = [r for r in listed if r not in skip]
        if not diff:
            return
        src_cols = [r[1] for r in src.execute(f'PRAGMA table_info("{table}")') if r[1] not in ("fid", "uuid")]
        cols = [c for c in self.cols[table] if c in src_cols]
        self.load(table, [u for u, _ in diff])
        allowed = set(cols) | {DELETED}
        partial = len(cols) != len(self.cols[table])
        select = f'SELECT uuid, {", ".join(cols)} FROM "{table}" WHERE uuid IN '
        seen_versions: list[str] = []
        for i in range(0, len(diff), CHUNK):
            part = diff[i:i + CHUNK]
            uuids = [u for u, _ in part]
            rows = {r[0]: r[1:] for r in src.execute(select + f'({",".join("?" * len(part))})', uuids)}
            suspects = self.value_types.suspects(src, table, cols, uuids)  # wrong types (one SQL pass)
            tombs = {}
            missing = [u for u in uuids if u not in rows]
            if missing and "nm_tombstones" in has:
                tombs = dict(src.execute(f"SELECT uuid, data FROM nm_tombstones WHERE tbl=? AND uuid IN "
                                         f"({','.join('?' * len(missing))})", (table, *missing)))
            for uuid, vtext in part:
                try:
                    packed = _loads(vtext)
                    if not _STR_ONLY.issuperset(map(type, packed.values())) or "" in packed.values():
                        raise ValueError
                    base = packed.pop(PACKED_ALL, None)
                    versions = dict.fromkeys(src_cols, base) if base else {}
                    versions.update(packed)
                except (ValueError, TypeError, AttributeError, RecursionError):
                    raise MergeError(Errors.tr("record versions cannot be read"), path=path,
                                     where=f"{table} {uuid}") from None
                row = rows.get(uuid)
                if row is not None:
                    inc = Rec(dict(zip(cols, row)), versions, False, text=vtext)
                elif uuid in tombs:
                    try:
                        data = load_stored(tombs[uuid]) if tombs[uuid] else {}
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
                if uuid in suspects or inc.deleted:
                    self.value_types.check(table, inc.values, path=path, where=f"{table} {uuid}", error=MergeError)
                if table == CareNeed.TABLE:
                    _check_sealed(inc.values, path, uuid)
                if not allowed.issuperset(versions):
                    inc.versions = {k: v for k, v in versions.items() if k in allowed}
                    inc.text = None
                if partial:
                    inc.text = None
                skip.add((uuid, vtext))
                seen_versions.extend(set(inc.versions.values()))
                self._merge_record(table, uuid, inc, fs)
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
        before_versions = dict(cur.versions)
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
                if not same(lval, rval):
                    changed.append((f, lval, rval, rv))
            elif act == KEEP_LOSE_INCOMING:
                self._lose(table, uuid, f, rv, rval, fs.name)
                if not same(lval, rval):
                    fs.conflicts += 1
        if cur.versions != before_versions:
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

    def _merge_decisions(self, src, fs: FileSummary, path: Path) -> None:
        for kind, key, val, version, author in src.execute(
                "SELECT kind, key, value, version, author FROM nm_decisions"):
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
    def _fold_replacements(self) -> None:
        live = {}
        for (kind, key), (val, version, _a) in self.decisions.items():
            if kind == dec.REPLACED and val:
                tbl, uuid = key.split("|", 1)
                live[(tbl, uuid)] = (val, version)
        if not live:
            return
        touched = {k for k in self.state if self.state[k] is not None} | {
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

    # ---- writing ---------------------------------------------------------------------------
    def finish(self, summary: MergeSummary, report: Callable[[str], None]) -> None:
        self._fold_replacements()
        changed: dict[str, list[tuple[str, Rec | None, Rec]]] = {t: [] for t in TABLES}
        for (table, uuid), rec in self.state.items():
            before = self.initial.get((table, uuid))
            if before is None or before.deleted != rec.deleted or before.versions != rec.versions \
                    or any(not same(before.values.get(c), rec.values.get(c)) for c in self.cols[table]):
                changed[table].append((uuid, before, rec))
        for table in TABLES:
            rows = sorted(changed[table], key=lambda r: r[0])
            if rows:
                report(f"writing {table}")
                self._write_table(table, rows, summary)
        for fs in summary.files:
            summary.skewed += fs.skewed
            if fs.skewed:
                summary.warnings.append(
                    f"{fs.name}: {fs.skewed} change(s) dated more than a day ahead of this computer's clock; "
                    "they rank below honest edits (check that laptop's date)")
        report("conflicts")
        self._write_decisions()
        summary.conflicts = conflicts_mod.record(self, changed)
        report("duplicates")
        from mapper.sync.duplicates import KEY_FIELDS, refresh_pairs

        def may_pair_differently(table: str, before: Rec | None, rec: Rec) -> bool:
            if before is None or before.deleted != rec.deleted:
                return True
            return not rec.deleted and any(not same(before.values.get(c), rec.values.get(c))
                                           for c in KEY_FIELDS[table])

        # pairs depend only on KEY_FIELDS: records whose other fields changed keep their pairs (a sync that
        # brings 200 edited opening times costs no duplicate search over the whole map)
        summary.possible_duplicates = refresh_pairs(
            self.project, {t: [u for u, b, r in changed[t] if may_pair_differently(t, b, r)]
                           for t in ("assets", "groups")})
        if self.history:
            self.conn.executemany(
                "INSERT INTO nm_history (tbl, uuid, field, old, new, version, author, source) "
                "VALUES (?,?,?,?,?,?,?,?)", self.history)
        self.conn.executemany("INSERT OR IGNORE INTO nm_sources (sha256, name, replica) VALUES (?, ?, ?)",
                              [(f.sha256, f.name, f.replica) for f in summary.files
                               if not f.already_merged and f.refused is None])  # a refused file was not merged
        if self.max_seen:
            self.project.clock.observe(self.max_seen)
        self._checkpoint()

    def _checkpoint(self) -> None:
        """Remember what this replica has now merged: its later writes knew all of it."""
        me = self.project.replica_id
        vector = self.knowledge().latest(me)
        grown = False
        for origin, version in self.seen_by_origin.items():
            if origin and origin != me and version > vector.get(origin, ""):
                vector[origin] = version
                grown = True
        if grown:
            at = self.project.clock.tick()
            self.conn.execute("INSERT OR REPLACE INTO nm_decisions VALUES (?, ?, ?, ?, ?)",
                              (dec.CHECKPOINT, f"{me}|{at}", json.dumps(vector, sort_keys=True), at,
                               self.project.author))

    def _write_table(self, table: str, rows: list[tuple[str, Rec | None, Rec]], summary: MergeSummary) -> None:
        cols = self.cols[table]
        conn = self.conn
        inserts, deletes, tombs, updates = [], [], [], {}
        values_of = operator.itemgetter(*cols) if len(cols) > 1 else None
        name_at = cols.index("name") if "name" in cols else None
        for uuid, before, rec in rows:
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
                else:
                    summary.restored += 1
        if deletes:
            conn.executemany(f'DELETE FROM "{table}" WHERE uuid=?', deletes)
        if tombs:
            conn.executemany("INSERT OR REPLACE INTO nm_tombstones VALUES (?, ?, ?, ?)", tombs)
        restored = [(table, r[0]) for r in inserts]
        if restored:
            conn.executemany("DELETE FROM nm_tombstones WHERE tbl=? AND uuid=?", restored)
            bulk_insert(self.project, table, cols, inserts)
        for diff, params in updates.items():
            sets = ", ".join(f'"{c}"=?' for c in diff)
            conn.executemany(f'UPDATE "{table}" SET {sets} WHERE uuid=?', params)
        conn.executemany("INSERT OR REPLACE INTO nm_versions VALUES (?, ?, ?)",
                         [(table, u, r.text or pack_versions(r.versions, cols)) for u, _b, r in rows])
        moved = bool(deletes or inserts) or any("geom" in diff for diff in updates)
        if table in ("assets", "neighbourhoods") and moved:  # the extent scans the R-tree: only when it can change
            gpkg_schema.update_extent(conn, table)
        if table == "neighbourhoods":
            self.project.forget_neighbourhoods()

    def _write_decisions(self) -> None:
        if self.changed_decisions:
            self.conn.executemany(
                "INSERT OR REPLACE INTO nm_decisions VALUES (?, ?, ?, ?, ?)",
                [(k, key, *self.decisions[(k, key)]) for k, key in sorted(self.changed_decisions)])
            pairs = [(key, self.decisions[(k, key)]) for k, key in self.changed_decisions if k == dec.PAIR]
            for key, (val, version, _a) in pairs:
                tbl, a, b = key.split("|")
                self.conn.execute(
                    "INSERT INTO nm_duplicates (a, b, tbl, decision, version) VALUES (?, ?, ?, ?, ?) "
                    "ON CONFLICT (a, b) DO UPDATE SET decision=excluded.decision, version=excluded.version",
                    (a, b, tbl, val or None, version))
