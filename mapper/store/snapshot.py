"""Consistent copies of a project file (for exports and backups), written to a temp file and renamed."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from mapper.store.connection import connect


def temp_beside(target: Path) -> Path:
    return target.with_name(f".{target.name}.{os.getpid()}.tmp")


def replace_atomically(tmp: Path, target: Path) -> None:
    """fsync then rename: a crash leaves the old file or the new one, never half of one."""
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, target)
    try:
        dir_fd = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except OSError:
        pass


def vacuum_into(conn: sqlite3.Connection, tmp: Path) -> None:
    """A compact, consistent copy of the database in rollback-journal mode (no -wal beside it)."""
    tmp.unlink(missing_ok=True)
    conn.execute("VACUUM INTO ?", (str(tmp),))
    out = connect(tmp, check=False)
    try:
        out.execute("PRAGMA journal_mode = DELETE")
    finally:
        out.close()
