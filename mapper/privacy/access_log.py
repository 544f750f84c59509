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


def log_access(project, action: str, detail: str = "") -> None:
    """Append one entry (its own small transaction, or part of the caller's)."""
    if project.readonly or project.conn is None:
        return
    with project.transaction():
        project.conn.execute("INSERT INTO nm_access_log (who, action, detail) VALUES (?, ?, ?)",
                             (who(project), action, detail or None))


def access_log(project) -> list[dict[str, Any]]:
    cur = project.conn.execute("SELECT who, action, detail, at FROM nm_access_log ORDER BY id")
    return [{"who": w, "action": a, "detail": d, "at": at} for w, a, d, at in cur]
