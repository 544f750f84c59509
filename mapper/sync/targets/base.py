"""What every sync target shares: the report, the remembered target, the local outbox, and pull
packages (what a target sends back is written as an ordinary export package and merged by
``mapper.sync.merge.merge_files``: one merge engine for merge, folder sync and server sync).

The outbox: plain-SQL triggers on ``nm_versions`` and ``nm_decisions`` note which records and decisions
changed (by the app, an import, a merge or tracked outside edits alike: all of them version their
changes in ``nm_versions``); a push sends only those, so a sync costs what changed, not the project size.
The table and triggers are created by the first sync (which therefore pushes everything).
"""

from __future__ import annotations

import json
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from mapper.domain.errors import CancelledError
from mapper.domain.i18n import Context, arg, translate
from mapper.store.merge_io import bulk_insert
from mapper.store.project import TABLES, Project

Sync = Context("Sync")
SyncProgress = Callable[[int, int, str], object]  # (done, total, message); returning False cancels
TARGET_SETTING = "sync_target"
KEY_SETTING = "sync_coordinator_key"
LAST_SETTING = "sync_last"
DECISIONS = "nm_decisions"
SEP = "\x1f"


@dataclass
class SyncReport:
    target: str
    pushed: int = 0
    pulled: int = 0
    rounds: int = 0
    merged: list = field(default_factory=list)  # MergeSummary per pull
    conflicts: int = 0
    at: str = ""

    def summary(self) -> str:
        parts = [Sync.tr("%n change(s) sent", "", self.pushed), Sync.tr("%n received", "", self.pulled)]
        if self.conflicts:
            parts.append(Sync.tr("%n conflict(s) to review", "", self.conflicts))
        return arg(translate("Sync", "synced with %1: %2"), self.target, ", ".join(parts))


def report_progress(progress: SyncProgress | None, done: int, total: int, message: str) -> None:
    if progress is not None and progress(done, total, message) is False:
        raise CancelledError(translate("Sync", "sync cancelled; what was already sent or received is complete, "
                                               "the rest follows next time"))


def report_done(progress: SyncProgress | None, total: int) -> None:
    """The last step: everything is sent and received, so a Cancel pressed now changes nothing."""
    try:
        report_progress(progress, total, total, "done")
    except CancelledError:
        pass


def version_pending_changes(project) -> None:
    """Issue 11's change tracking (``store/tracking.py``): before a sync reads the outbox, pending tracked
    outside edits of the project file (QGIS, GDAL) get versions from this laptop's clock, which puts them in
    ``nm_versions`` and so in the outbox."""
    from mapper.store import tracking

    with project.transaction():
        tracking.absorb(project)


def remember(project, target: str, coordinator_key: Path | None) -> None:
    with project.transaction() as conn:
        conn.execute("INSERT OR REPLACE INTO nm_settings VALUES (?, ?)", (TARGET_SETTING, target))
        if coordinator_key is not None:
            conn.execute("INSERT OR REPLACE INTO nm_settings VALUES (?, ?)",
                         (KEY_SETTING, str(Path(coordinator_key).resolve())))


def mark_synced(project) -> str:
    at = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    project.set_setting(LAST_SETTING, at)
    return at


# ---- the outbox ---------------------------------------------------------------------------------
EVERYTHING = "*"  # an outbox entry (tbl and uuid "*"): every record and decision waits, up to its id


def ensure_outbox(conn) -> None:
    """Create the outbox and its triggers. On the first sync every record and decision goes up: one entry
    says so (``EVERYTHING``) rather than one entry per record."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name='nm_sync_outbox'").fetchone():
        return
    conn.execute("CREATE TABLE nm_sync_outbox (id INTEGER PRIMARY KEY, tbl TEXT NOT NULL, uuid TEXT NOT NULL, "
                 "UNIQUE (tbl, uuid))")
    for event in ("INSERT", "UPDATE"):
        conn.execute(f"CREATE TRIGGER nm_sync_outbox_v_{event.lower()} AFTER {event} ON nm_versions BEGIN "
                     "INSERT OR REPLACE INTO nm_sync_outbox (tbl, uuid) VALUES (new.tbl, new.uuid); END")
        conn.execute(f"CREATE TRIGGER nm_sync_outbox_d_{event.lower()} AFTER {event} ON nm_decisions BEGIN "
                     f"INSERT OR REPLACE INTO nm_sync_outbox (tbl, uuid) VALUES ('{DECISIONS}', "
                     f"new.kind || char(31) || new.key); END")
    conn.execute("INSERT INTO nm_sync_outbox (tbl, uuid) VALUES (?, ?)", (EVERYTHING, EVERYTHING))


@dataclass
class Outbox:
    """What waits to be sent: entries up to ``top``; ``everything``: every record and decision (a first
    sync); ``waiting``: {table (or DECISIONS): how many}."""

    top: int
    everything: bool
    waiting: dict[str, int]


def outbox(conn) -> Outbox:
    top = conn.execute("SELECT coalesce(max(id), 0) FROM nm_sync_outbox").fetchone()[0]
    if conn.execute("SELECT 1 FROM nm_sync_outbox WHERE tbl = ? AND uuid = ? AND id <= ?",
                    (EVERYTHING, EVERYTHING, top)).fetchone():
        waiting = dict(conn.execute("SELECT tbl, count(*) FROM nm_versions GROUP BY tbl"))
        waiting[DECISIONS] = conn.execute("SELECT count(*) FROM nm_decisions").fetchone()[0]
        return Outbox(top, True, waiting)
    return Outbox(top, False, dict(conn.execute("SELECT tbl, count(*) FROM nm_sync_outbox WHERE id <= ? "
                                                "GROUP BY tbl", (top,))))


def outbox_uuids(conn, box: Outbox, table: str) -> list[str]:
    """The uuids (for decisions: kind + SEP + key) of ``table`` waiting in the outbox."""
    if box.everything:
        sql = ("SELECT kind || char(31) || key FROM nm_decisions ORDER BY 1" if table == DECISIONS
               else "SELECT uuid FROM nm_versions WHERE tbl = ? ORDER BY uuid")
        return [u for (u,) in conn.execute(sql, () if table == DECISIONS else (table,))]
    return [u for (u,) in conn.execute("SELECT uuid FROM nm_sync_outbox WHERE tbl = ? AND id <= ? ORDER BY uuid",
                                       (table, box.top))]


def clear_outbox(project, upto: int, keep: Iterable[tuple[str, str]] = ()) -> None:
    """Forget what was sent up to entry ``upto`` (entries added since, and ``keep``, stay)."""
    with project.transaction() as conn:
        keep = list(keep)
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS nm_sync_keep (tbl TEXT, uuid TEXT)")
        conn.execute("DELETE FROM nm_sync_keep")
        conn.executemany("INSERT INTO nm_sync_keep VALUES (?, ?)", keep)
        conn.execute("DELETE FROM nm_sync_outbox WHERE id <= ? AND (tbl, uuid) NOT IN "
                     "(SELECT tbl, uuid FROM nm_sync_keep)", (upto,))
        # kept entries stay (after a first sync, which had one entry for everything, they are added)
        conn.execute("INSERT OR IGNORE INTO nm_sync_outbox (tbl, uuid) SELECT tbl, uuid FROM nm_sync_keep")
        conn.execute("DELETE FROM nm_sync_keep")


def local_state(project, table: str, uuids: list[str]) -> tuple[dict[str, tuple], dict[str, tuple], dict[str, str]]:
    """({uuid: row values in column order} for live records, {uuid: (version, data)} for tombstones,
    {uuid: packed versions}) of the given records."""
    cols = project.columns(table)
    rows, tombs, versions = {}, {}, {}
    conn = project.conn
    if len(uuids) > 5000:  # a first sync: one pass over the table beats many lookups
        wanted = set(uuids)
        sel = ", ".join(chr(34) + c + chr(34) for c in cols)
        rows = {r[0]: r[1:] for r in conn.execute(f'SELECT uuid, {sel} FROM "{table}"') if r[0] in wanted}
        tombs = {r[0]: r[1:] for r in conn.execute("SELECT uuid, version, data FROM nm_tombstones WHERE tbl=?",
                                                   (table,)) if r[0] in wanted}
        versions = {u: v for u, v in conn.execute("SELECT uuid, versions FROM nm_versions WHERE tbl=?", (table,))
                    if u in wanted}
        return rows, tombs, versions
    for i in range(0, len(uuids), 500):
        part = uuids[i:i + 500]
        marks = ",".join("?" * len(part))
        rows.update((r[0], r[1:]) for r in conn.execute(
            f'SELECT uuid, {", ".join(chr(34) + c + chr(34) for c in cols)} FROM "{table}" WHERE uuid IN ({marks})',
            part))
        tombs.update((r[0], r[1:]) for r in conn.execute(
            f"SELECT uuid, version, data FROM nm_tombstones WHERE tbl=? AND uuid IN ({marks})", (table, *part)))
        versions.update(conn.execute(f"SELECT uuid, versions FROM nm_versions WHERE tbl=? AND uuid IN ({marks})",
                                     (table, *part)))
    return rows, tombs, versions


# ---- pull packages ------------------------------------------------------------------------------
@dataclass
class Incoming:
    """What a target sent back, in the project's own stored form."""

    rows: dict[str, list[tuple]] = field(default_factory=dict)  # table -> [(uuid, *values in columns)]
    versions: list[tuple[str, str, str]] = field(default_factory=list)  # (tbl, uuid, packed versions)
    tombstones: list[tuple[str, str, str, str]] = field(default_factory=list)  # (tbl, uuid, version, data)
    decisions: list[tuple[Any, ...]] = field(default_factory=list)  # (kind, key, value, version, author)

    def __len__(self) -> int:
        return len(self.versions) + len(self.decisions)


_EMPTY: dict[int, bytes] = {}


def empty_package() -> bytes:
    """The bytes of a new, empty project (made once per process, on the first pull: copying them is much
    cheaper than creating a project each time)."""
    if not _EMPTY:
        with tempfile.TemporaryDirectory(prefix="nm-empty-") as tmp:
            p = Project.create(Path(tmp) / "empty.gpkg")
            with p.transaction() as conn:  # no identity of its own: no checkpoints, no home, no clock
                conn.execute("DELETE FROM nm_decisions")
            p.conn.execute("DELETE FROM nm_decisions")
            p.conn.execute("DELETE FROM nm_settings WHERE key IN ('replica_home', 'replica_ancestry', 'clock')")
            p.close()
            _EMPTY[0] = (Path(tmp) / "empty.gpkg").read_bytes()
    return _EMPTY[0]


def write_package(path: Path, incoming: Incoming, *, replica: str, author: str) -> Path:
    """An export package holding exactly ``incoming`` (merged like any other export). Written on a plain
    connection to a copy of an empty project: opening it as a Project would make the copy claim a replica
    id of its own."""
    from types import SimpleNamespace

    from mapper.store import tracking
    from mapper.store.connection import connect

    path.write_bytes(empty_package())
    conn = connect(path, check=False)
    try:
        conn.execute("PRAGMA journal_mode = MEMORY")  # a scratch file: rebuilt if anything goes wrong
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("BEGIN IMMEDIATE")
        tracking.pause(conn)  # these rows are not outside edits
        conn.executemany("INSERT OR REPLACE INTO nm_settings VALUES (?, ?)",
                         [("replica_id", replica), ("author", author)])
        pkg = SimpleNamespace(conn=conn)
        for table in TABLES:
            if incoming.rows.get(table):
                cols = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")') if r[1] not in ("fid", "uuid")]
                bulk_insert(pkg, table, cols, incoming.rows[table])
        conn.executemany("INSERT OR REPLACE INTO nm_versions VALUES (?, ?, ?)", incoming.versions)
        conn.executemany("INSERT OR REPLACE INTO nm_tombstones VALUES (?, ?, ?, ?)", incoming.tombstones)
        conn.executemany("INSERT OR REPLACE INTO nm_decisions VALUES (?, ?, ?, ?, ?)", incoming.decisions)
        tracking.resume(conn)
        conn.execute("COMMIT")
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        conn.close()
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    return path


def same_versions(a: str | None, b: str | None) -> bool:
    """Packed versions equal as data (the server may hold them in another JSON spelling)."""
    if a is None or b is None:
        return a == b
    if a == b:
        return True
    try:
        return _unpacked(a) == _unpacked(b)
    except ValueError:
        return False


def _unpacked(text: str) -> dict:
    d = json.loads(text)
    base = d.pop("*", None)
    return {"*": base, **{k: v for k, v in d.items() if v != base}}
