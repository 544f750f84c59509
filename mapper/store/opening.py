"""A project file's identity and upgrades when it is opened: which replica this copy is (a copy on
another laptop, user or path is a replica of its own), and the backup taken before a migration."""

from __future__ import annotations

import json
import secrets
import sqlite3
from pathlib import Path

from mapper.domain.hlc import Clock, Version, format_version
from mapper.domain.i18n import arg


def machine_id() -> str:
    """A stable id of this computer (never random: a new one each run would make every open a copy)."""
    import platform

    for name in ("/etc/machine-id", "/var/lib/dbus/machine-id"):
        try:
            text = Path(name).read_text(encoding="ascii").strip()
        except (OSError, UnicodeDecodeError):
            continue
        if text:
            return text
    return platform.node()


def replica_home(path: Path) -> str:
    """Which laptop, user and place this copy of the file lives in (a digest; nothing readable)."""
    import getpass
    import hashlib

    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name available: the machine and path still count
        user = ""
    text = f"{machine_id()}|{user}|{Path(path).resolve()}"
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def claim_replica(conn: sqlite3.Connection, path: Path) -> None:
    """A replica is a laptop's copy of a file, never the file's bytes: a file copied to another laptop,
    user or path gets its own replica id the first time it is opened there (the old one is kept as its
    ancestry), so edits made in two copies are always seen as concurrent."""
    home = replica_home(path)
    rows = dict(conn.execute("SELECT key, value FROM nm_settings WHERE key IN "
                             "('replica_id', 'replica_home', 'replica_ancestry')"))
    if rows.get("replica_home") == home:
        return
    conn.execute("BEGIN IMMEDIATE")
    if rows.get("replica_home") and rows.get("replica_id"):  # a copy: a new identity, the old as ancestry
        old, new = rows["replica_id"], secrets.token_hex(6)
        ancestry = json.loads(rows.get("replica_ancestry") or "[]") + [old]
        conn.execute("INSERT OR REPLACE INTO nm_settings VALUES ('replica_ancestry', ?)", (json.dumps(ancestry),))
        conn.execute("INSERT OR REPLACE INTO nm_settings VALUES ('replica_id', ?)", (new,))
        # The copy knew everything the file held: a knowledge checkpoint (sync.decisions.Knowledge) for
        # the new id covering the old id's writes and all it had merged, so overwriting those is no conflict.
        state = conn.execute("SELECT value FROM nm_settings WHERE key='clock'").fetchone()
        clock = Clock.from_state(new, state[0] if state else None)
        at = format_version(Version(clock.wall, clock.counter, new))  # every later write of the copy ranks above
        vector = {}
        for _key, val in conn.execute("SELECT key, value FROM nm_decisions WHERE kind='checkpoint' AND key LIKE ? "
                                     "ORDER BY key", (old + "|%",)):
            vector = json.loads(val) if val else vector
        vector[old] = format_version(Version(clock.wall, clock.counter, old))
        conn.execute("INSERT OR REPLACE INTO nm_decisions VALUES ('checkpoint', ?, ?, ?, NULL)",
                     (f"{new}|{at}", json.dumps(vector, sort_keys=True), at))
    elif not rows.get("replica_id"):
        conn.execute("INSERT OR REPLACE INTO nm_settings VALUES ('replica_id', ?)", (secrets.token_hex(6),))
    conn.execute("INSERT OR REPLACE INTO nm_settings VALUES ('replica_home', ?)", (home,))
    conn.execute("COMMIT")


def backup_before_upgrade(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    """Copy the file (consistently, through SQLite's backup API) before migrating it."""
    target = path.with_name(f"{path.stem}.schema{version}.backup{path.suffix}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.stem}.schema{version}.backup{n}{path.suffix}")
    dest = sqlite3.connect(str(target))
    try:
        conn.backup(dest)
    finally:
        dest.close()
    return target


# ---- the integrity check: before opening, or in the background ---------------------------------------------
CLOSED_CLEAN = "closed_clean"  # nm_settings: '1' after the app last closed the file; '0' while it is open
BACKGROUND_CHECK_BYTES = 32 * 1024 * 1024  # a smaller file is checked before it opens (well under a second)


class IntegrityCheck:
    """``PRAGMA quick_check`` of a file on a connection and daemon thread of its own: a file the app
    closed cleanly last time opens at once and is checked while the window is in use (the project
    refuses every write once ``problem`` is set)."""

    def __init__(self, path: Path):
        import threading

        self.path = Path(path)
        self.problem: str | None = None
        self._conn: sqlite3.Connection | None = None
        self._cancelled = False
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, name="integrity-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        import os
        import threading

        from mapper.store.connection import connect, integrity_problem

        try:  # the lowest priority (Linux: a thread's own nice value), so the window's work comes first
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 19)
        except (AttributeError, OSError):
            pass
        try:
            self._conn = connect(self.path, readonly=True, check=False)
            if not self._cancelled:
                self.problem = integrity_problem(self._conn)
        except sqlite3.OperationalError as exc:
            if not self._cancelled:  # interrupted by cancel(): no verdict
                self.problem = str(exc)
        except Exception as exc:  # noqa: BLE001 - a file that cannot even be read is damaged too
            self.problem = str(exc)
        finally:
            if self._conn is not None:
                self._conn.close()
            self._done.set()

    def done(self) -> bool:
        return self._done.is_set()

    def wait(self, timeout: float | None = None) -> str | None:
        """The problem found (None: sound, or not finished within ``timeout``)."""
        self._done.wait(timeout)
        return self.problem

    def cancel(self) -> None:
        from mapper.store.connection import interrupt

        self._cancelled = True
        interrupt(self._conn)
        self._done.wait(5)


def wal_left(path: Path) -> bool:
    """Whether a -wal beside the file holds anything. An empty one holds nothing to lose or replay: any
    reader that could not delete it (a read-only sqlite3 shell, QGIS on a share) leaves one behind, and
    it must not cost a foreground check of the whole file (83 s at a million assets, cold)."""
    try:
        return Path(str(path) + "-wal").stat().st_size > 0
    except OSError:
        return False


def check_on_open(conn: sqlite3.Connection, path: Path, *, wal_left: bool) -> IntegrityCheck | None:
    """A large file the app closed cleanly opens at once and is checked in the background; any other file
    (written to and not closed cleanly, a -wal left beside it by a crash or another program, a file the
    app never closed, a small file) is checked before it opens."""
    from mapper.domain.errors import Errors, ProjectFileError
    from mapper.store.connection import integrity_problem

    if not wal_left and closed_clean(conn) and path.stat().st_size >= BACKGROUND_CHECK_BYTES:
        return IntegrityCheck(path)
    problem = integrity_problem(conn)
    if problem:
        raise ProjectFileError(arg(Errors.tr("the file is damaged (%1)"), problem), path=path)
    return None


def closed_clean(conn: sqlite3.Connection) -> bool:
    try:
        row = conn.execute("SELECT value FROM nm_settings WHERE key=?", (CLOSED_CLEAN,)).fetchone()
    except (sqlite3.DatabaseError, UnicodeDecodeError):  # (a damaged page can hold bytes that are no text)
        return False
    return bool(row) and row[0] == "1"


def mark_closed_clean(conn: sqlite3.Connection) -> None:
    """The last close of a sound file: the next open may check it in the background. A busy file (or any
    error) just stays "not closed cleanly", and is checked before it next opens."""
    if conn.in_transaction:
        return
    try:
        conn.execute("PRAGMA busy_timeout = 200")
        conn.execute("INSERT OR REPLACE INTO nm_settings VALUES (?, '1')", (CLOSED_CLEAN,))
    except sqlite3.DatabaseError:
        pass
    finally:
        conn.execute("PRAGMA busy_timeout = 5000")


class _Opened:
    """This process's open projects by file: the first to open a file checks it, the first write of a
    session marks it open (``closed_clean`` = '0', in that write's transaction) and the last to close it
    marks it closed cleanly. A session that never writes leaves the file as it was; a second window, or
    an import on its own connection, neither checks the file again nor marks it closed while the first
    still has it open."""

    def __init__(self) -> None:
        import threading

        self.lock = threading.Lock()
        self.files: dict[str, list] = {}  # resolved path -> [count, IntegrityCheck | None, written]

    def enter(self, path: Path, *, written: bool = False) -> tuple[bool, IntegrityCheck | None]:
        """(first in this process?, the check already running for it)"""
        with self.lock:
            entry = self.files.setdefault(str(Path(path).resolve()), [0, None, written])
            entry[0] += 1
            return entry[0] == 1, entry[1]

    def set_check(self, path: Path, check: IntegrityCheck | None) -> None:
        with self.lock:
            entry = self.files.get(str(Path(path).resolve()))
            if entry is not None:
                entry[1] = check

    def first_write(self, path: Path) -> bool:
        """True once per session of the file in this process: the caller marks the file open."""
        with self.lock:
            entry = self.files.get(str(Path(path).resolve()))
            if entry is None or entry[2]:
                return False
            entry[2] = True
            return True

    def leave(self, path: Path) -> tuple[bool, IntegrityCheck | None, bool]:
        """(last in this process?, the file's check, written in this session?)"""
        with self.lock:
            key = str(Path(path).resolve())
            entry = self.files.get(key)
            if entry is None:
                return False, None, False
            entry[0] -= 1
            if entry[0] <= 0:
                del self.files[key]
                return True, entry[1], entry[2]
            return False, entry[1], entry[2]


OPENED = _Opened()
