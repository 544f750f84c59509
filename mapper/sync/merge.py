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

import gc
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Callable, Iterable, Iterator

from mapper.domain.errors import CancelledError, Errors, MergeError
from mapper.store.project import TABLES
from mapper.sync import writing
from mapper.sync.engine import MergeEngine
from mapper.sync.prefetch import Plan, Prefetch
from mapper.sync.rules import Ranker
from mapper.sync.summary import FileSummary, MergeSummary

Progress = Callable[[int, int, str], object]
HISTORY_BATCH = 4000  # history rows written while the next files are read (SQLite works without the GIL)


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
                with without_gc_pauses():
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
    nested = project.conn.in_transaction  # a caller's transaction may have changed versions already
    outside_before = project.outside_changes
    with project.transaction(), ExitStack() as done:
        engine = MergeEngine(project, Ranker(project.clock.now_ms(), project.clock.max_skew_ms))
        done.callback(engine.spill.close)  # the scratch file of records new to the project (sync/spill.py)
        known = {r[0] for r in project.conn.execute("SELECT sha256 FROM nm_sources")}
        # the helper threads compare versions with the file as committed: records whose versions this
        # transaction changed (outside edits just versioned) are always read
        absorbed = project.outside_changes.uuids if project.outside_changes is not outside_before else set()
        plan = Plan(list(TABLES), engine.cols, engine.value_types, None if nested else project.path,
                    {t: sorted(u for tt, u in absorbed if tt == t) for t in TABLES}, refuse_bad)
        with Prefetch(paths, frozenset(known), plan) as files_ahead:
            for i, path in enumerate(paths):
                report(i, f"reading {path.name}")
                sha, export = files_ahead.take(i)
                fs = FileSummary(path.name, sha)
                summary.files.append(fs)
                if fs.sha256 in known:
                    fs.already_merged = True
                    continue
                if refuse_bad:
                    reason = export.error.message if export.error is not None else export.refusal
                    if reason is not None:
                        fs.refused = reason
                        summary.refused.append((path.name, reason))
                        continue
                known.add(fs.sha256)
                engine.merge_file(path, fs, export)
                if len(engine.history) >= HISTORY_BATCH:
                    writing.write_history(engine)
        report(total, "writing")
        writing.finish(engine, summary, report=lambda msg: report(total, msg))
        report(total, "committing")
    return summary


@contextmanager
def without_gc_pauses() -> Iterator[None]:
    """The cyclic garbage collector switched off while the merge runs (and back on after, if it was on).
    A merge makes millions of small objects that it keeps (the rows read, the merged state), so the
    collector's passes found nothing to free yet cost about a tenth of the merge's CPU, holding the GIL
    the helper threads wait for. Reference counting still frees everything as before; any cycles left are
    collected once the collector is back on."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.samefile(b)
    except OSError:
        return False
