"""A project file's identity and upgrades when it is opened: which replica this copy is (a copy on
another laptop, user or path is a replica of its own), and the backup taken before a migration."""

from __future__ import annotations

import json
import secrets
import sqlite3
from pathlib import Path

from mapper.domain.hlc import Clock, Version, format_version


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
