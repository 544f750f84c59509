"""Opening SQLite connections to project and foreign GeoPackage files safely."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from mapper.domain.errors import ProjectFileError
from mapper.store.geometry import register_functions

SQLITE_MAGIC = b"SQLite format 3\x00"


def looks_like_sqlite(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(16) == SQLITE_MAGIC
    except OSError:
        return False


def connect(path: Path | str, *, readonly: bool = False, check: bool = True) -> sqlite3.Connection:
    """A connection in autocommit mode (we BEGIN ourselves), with the ST_* functions registered.

    Read-only connections are for files we did not write: ``trusted_schema=OFF`` so triggers and views
    cannot call functions with side effects, and the integrity check runs before anything is read.
    """
    path = Path(path)
    if readonly or path.exists():
        if not path.exists():
            raise ProjectFileError("file not found", path=path)
        if path.stat().st_size == 0:
            raise ProjectFileError("the file is empty", path=path)
        if not looks_like_sqlite(path):
            raise ProjectFileError("is not a GeoPackage (not an SQLite database)", path=path)
    try:
        if readonly:
            conn = _connect_readonly(path)
        else:
            conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        # Our own files' R-tree triggers call the ST_* functions registered below, which SQLite only
        # allows with a trusted schema; files from elsewhere are opened read-only and untrusted.
        conn.execute(f"PRAGMA trusted_schema = {'OFF' if readonly else 'ON'}")
        register_functions(conn)
        if check and path.exists() and path.stat().st_size > 0:
            row = conn.execute("PRAGMA quick_check").fetchone()
            if not row or row[0] != "ok":
                conn.close()
                raise ProjectFileError(f"the file is damaged ({row[0] if row else 'no answer'})", path=path)
    except sqlite3.DatabaseError as exc:
        raise ProjectFileError(f"cannot be read as a database ({exc})", path=path) from None
    except UnicodeDecodeError:
        raise ProjectFileError("the file is damaged (its integrity check fails)", path=path) from None
    return conn


def _connect_readonly(path: Path) -> sqlite3.Connection:
    """mode=ro; a WAL file in a folder where SQLite cannot make its -shm file is read as immutable,
    which is safe only when no -wal file holds commits (else the file is refused, not misread)."""
    uri = path.resolve().as_uri()
    conn = sqlite3.connect(uri + "?mode=ro", uri=True, isolation_level=None, check_same_thread=False)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError as exc:
        conn.close()
        wal = path.with_name(path.name + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            raise ProjectFileError("cannot be read here: its last changes are in a -wal file beside it and the "
                                   f"folder cannot be written ({exc}); copy both files to a folder of your own",
                                   path=path) from None
    return sqlite3.connect(uri + "?mode=ro&immutable=1", uri=True, isolation_level=None, check_same_thread=False)


def can_write(path: Path) -> bool:
    """The file and its folder can both be written (SQLite's WAL needs files beside the project)."""
    import os
    import tempfile

    path = Path(path)
    try:
        with open(path, "r+b"):
            pass
        with tempfile.TemporaryFile(dir=path.parent):
            pass
    except OSError:
        return False
    return os.access(path, os.W_OK)


def is_disk_full(exc: BaseException | None) -> bool:
    """SQLite's SQLITE_FULL or the system's ENOSPC/EDQUOT, anywhere in the exception's chain."""
    import errno

    seen = 0
    while exc is not None and seen < 10:
        if isinstance(exc, sqlite3.OperationalError) and "disk is full" in str(exc):
            return True
        if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
            return True
        exc, seen = exc.__cause__ or exc.__context__, seen + 1
    return False


def set_durable(conn: sqlite3.Connection) -> None:
    """WAL and synchronous=FULL while the project is open: a committed edit survives a crash."""
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute("PRAGMA cache_size = -65536")  # 64 MiB: random uuid index inserts stay in memory
