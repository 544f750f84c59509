"""The local access log: who opened, exported or decrypted care needs, and when.

It lives in the project file (``nm_access_log``) and never leaves it: every export drops it. Entries say
what was done and how many, never a care need's contents.
"""

from __future__ import annotations

import getpass
from typing import Any

ACTIONS = ("set passphrase", "unlock", "wrong passphrase", "open", "decrypt", "export", "import", "lock",
           "coordinator keys")


def who(project) -> str:
    if project.author:
        return project.author
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


class _Busy(Exception):
    pass


def _give_up(_waited: float) -> None:
    raise _Busy


def _pending(project) -> list[tuple]:
    return project.__dict__.setdefault("_access_log_pending", [])


def log_access(project, action: str, detail: str = "", *, wait: bool = True) -> bool:
    """Append one entry (its own small transaction, or part of the caller's). ``wait=False`` never blocks
    nor fails: on a busy file (a merge holding the write lock) the entry waits in memory, with its time,
    and is written by the next ``log_access`` or ``flush_access_log``. True when nothing is left waiting."""
    if project.readonly or project.conn is None:
        return True
    import datetime as _dt

    at = _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
    _pending(project).append((who(project), action, detail or None, at))
    return flush_access_log(project, wait=wait)


def flush_access_log(project, *, wait: bool = True) -> bool:
    """Write the entries waiting in memory; True when none is left."""
    pending = _pending(project)
    if not pending or project.readonly or project.conn is None:
        return not pending
    if wait or project.conn.in_transaction:
        _write(project, pending)
        return True
    conn = project.conn
    timeout = conn.execute("PRAGMA busy_timeout").fetchone()[0]
    saved, project.on_busy = project.on_busy, _give_up
    conn.execute("PRAGMA busy_timeout = 0")
    try:
        _write(project, pending)
        return True
    except _Busy:
        return False
    finally:
        project.on_busy = saved
        conn.execute(f"PRAGMA busy_timeout = {int(timeout)}")


def _write(project, pending: list[tuple]) -> None:
    with project.transaction():
        project.conn.executemany("INSERT INTO nm_access_log (who, action, detail, at) VALUES (?, ?, ?, ?)",
                                 pending)
    pending.clear()


def access_log(project) -> list[dict[str, Any]]:
    cur = project.conn.execute("SELECT who, action, detail, at FROM nm_access_log ORDER BY id")
    return [{"who": w, "action": a, "detail": d, "at": at} for w, a, d, at in cur]
