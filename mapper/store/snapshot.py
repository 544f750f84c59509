"""Consistent copies of a project file (for exports and backups), written to a temp file and renamed.

Temp files never outlive a failure: the one beside the target (needed for an atomic rename) is removed
when the write fails, and ones a killed process left are swept the next time that target is written.
Earlier versions filtered a whole copy of the project in the user data folder's ``scratch`` before an
export; what a killed run of those left there is swept by the first export of a run (``sweep_scratch``).
"""

from __future__ import annotations

import os
import re
import sqlite3
from pathlib import Path

from mapper.domain.userdirs import data_dir
from mapper.store.connection import connect

SIDECARS = ("-journal", "-wal", "-shm")


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else
        return True
    return True


def remove_with_sidecars(path: Path) -> None:
    for suffix in ("", *SIDECARS):
        try:
            Path(str(path) + suffix).unlink(missing_ok=True)
        except OSError:
            pass


def _sweep(folder: Path, pattern: re.Pattern) -> None:
    """Remove temp files (and their SQLite sidecars) whose process is gone."""
    try:
        names = os.listdir(folder)
    except OSError:
        return
    for name in names:
        m = pattern.fullmatch(name)
        if m and not _alive(int(m.group("pid"))):
            try:
                (folder / name).unlink()
            except OSError:
                pass


def temp_beside(target: Path) -> Path:
    """``.NAME.PID.tmp`` beside ``target`` (after sweeping ones left by killed processes)."""
    _sweep(target.parent, re.compile(re.escape(f".{target.name}.") + r"(?P<pid>\d+)\.tmp(-journal|-wal|-shm)?"))
    return target.with_name(f".{target.name}.{os.getpid()}.tmp")


_SCRATCH = re.compile(r"(?P<pid>\d+)-[0-9a-f]+\.[\w.]+?(-journal|-wal|-shm)?")
_swept = False


def sweep_scratch() -> None:
    """Remove the scratch copies killed runs left (whole projects: care needs, unpublished records), once
    a run; the folder is not created."""
    global _swept
    if _swept:
        return
    _swept = True
    folder = data_dir() / "scratch"
    if folder.is_dir():
        _sweep(folder, _SCRATCH)


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


def replace_folder(tmp: Path, out: Path) -> None:
    """Put the finished folder ``tmp`` where ``out`` is (a published site, an ORUK export): the old one is
    moved aside first and removed only once the new one is in place."""
    import shutil

    if out.exists():
        old = out.with_name(f".{out.name}.old")
        shutil.rmtree(old, ignore_errors=True)
        out.rename(old)
        tmp.rename(out)
        shutil.rmtree(old, ignore_errors=True)
    else:
        tmp.rename(out)


def vacuum_into(conn: sqlite3.Connection, tmp: Path) -> None:
    """A compact, consistent copy of the database in rollback-journal mode (no -wal beside it)."""
    tmp.unlink(missing_ok=True)
    conn.execute("VACUUM INTO ?", (str(tmp),))
    out = connect(tmp, check=False)
    try:
        out.execute("PRAGMA journal_mode = DELETE")
    finally:
        out.close()
