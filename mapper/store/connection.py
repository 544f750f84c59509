"""Opening SQLite connections to project and foreign GeoPackage files safely."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

from mapper.domain.errors import Errors, ProjectFileError
from mapper.domain.i18n import arg
from mapper.store.geometry import register_functions

SQLITE_MAGIC = b"SQLite format 3\x00"


def looks_like_sqlite(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(16) == SQLITE_MAGIC
    except OSError:
        return False


def is_writable(path: Path) -> bool:
    """False for a file whose permissions say read-only (even for an administrator), that we may not write,
    or in a folder we may not write."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    # SQLite writes its -wal and -shm beside the file: a folder we may not write makes the project read-only
    return bool(mode & stat.S_IWUSR) and os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def repair_sidecars(path: Path) -> None:
    """SQLite creates -wal and -shm with the database file's permissions: after a session on a read-only
    file they stay read-only and every later write fails. Give them the (writable) file's permissions."""
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        return
    if not mode & stat.S_IWUSR:
        return
    for suffix in ("-wal", "-shm"):
        side = Path(str(path) + suffix)
        try:
            if side.exists() and not os.stat(side).st_mode & stat.S_IWUSR:
                os.chmod(side, mode)
        except OSError:
            pass


def _connect_readonly(path: Path) -> sqlite3.Connection:
    """mode=ro; on a read-only share (no -shm can be created beside a WAL file) and with no -wal left by a
    writer, the file cannot change under us: read it as immutable."""
    uri = path.resolve().as_uri()
    conn = sqlite3.connect(uri + "?mode=ro", uri=True, isolation_level=None, check_same_thread=False)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError as exc:
        conn.close()
        wal = Path(str(path) + "-wal")
        if ("readonly" not in str(exc) and "unable to open" not in str(exc)) or (wal.exists() and wal.stat().st_size):
            raise
    return sqlite3.connect(uri + "?mode=ro&immutable=1", uri=True, isolation_level=None, check_same_thread=False)


def quoted(name: str) -> str:
    """``name`` as an SQL identifier (a table or column name in double quotes, any quote in it doubled)."""
    return '"' + str(name).replace('"', '""') + '"'


def create_writing_from(path: Path) -> sqlite3.Connection:
    """A new database file at ``path`` (created, removed first if it exists) that may ATTACH files by URI
    (``attach_readonly``): for a file written once from another, as the GeoPackage export is."""
    path = Path(path)
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=rwc", uri=True, isolation_level=None,
                           check_same_thread=False)
    conn.execute("PRAGMA trusted_schema = ON")  # our own file: its R-tree triggers call the ST_* functions
    register_functions(conn)
    return conn


def attach_readonly(conn: sqlite3.Connection, path: Path, name: str) -> None:
    """ATTACH ``path`` as schema ``name``, read-only (mode=ro; immutable on a read-only share, as
    ``_connect_readonly`` opens it). ``conn`` must accept URIs (``create_writing_from``)."""
    uri = Path(path).resolve().as_uri()
    conn.execute("ATTACH DATABASE ? AS " + name, (uri + "?mode=ro",))
    try:
        conn.execute(f"SELECT count(*) FROM {name}.sqlite_master").fetchone()
        return
    except sqlite3.OperationalError as exc:
        conn.execute("DETACH DATABASE " + name)
        wal = Path(str(path) + "-wal")
        if ("readonly" not in str(exc) and "unable to open" not in str(exc)) or (wal.exists() and wal.stat().st_size):
            raise
    conn.execute("ATTACH DATABASE ? AS " + name, (uri + "?mode=ro&immutable=1",))


def connect(path: Path | str, *, readonly: bool = False, check: bool = True, create: bool = False
            ) -> sqlite3.Connection:
    """A connection in autocommit mode (we BEGIN ourselves), with the ST_* functions registered.

    Opening never creates a file (only ``create=True``, for a new project or a copy, does). Read-only
    connections are for files we did not write: ``trusted_schema=OFF`` so triggers and views cannot call
    functions with side effects, and the integrity check runs before anything is read.
    """
    path = Path(path)
    if path.is_dir():
        raise ProjectFileError(Errors.tr("is a folder, not a file"), path=path)
    if not create or path.exists():
        if not path.exists():
            raise ProjectFileError(Errors.tr("file not found"), path=path)
        if path.stat().st_size == 0:
            raise ProjectFileError(Errors.tr("the file is empty"), path=path)
        if not looks_like_sqlite(path):
            raise ProjectFileError(Errors.tr("is not a GeoPackage (not an SQLite database)"), path=path)
        if not readonly:
            repair_sidecars(path)
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
            problem = integrity_problem(conn)
            if problem:
                conn.close()
                raise ProjectFileError(arg(Errors.tr("the file is damaged (%1)"), problem), path=path)
    except sqlite3.DatabaseError as exc:
        raise ProjectFileError(arg(Errors.tr("cannot be read as a database (%1)"), exc), path=path) from None
    except PermissionError:
        raise ProjectFileError(Errors.tr("cannot be opened: permission denied"), path=path) from None
    except UnicodeDecodeError:
        raise ProjectFileError(Errors.tr("the file is damaged (its integrity check fails)"), path=path) from None
    return conn


def interrupt(conn: sqlite3.Connection | None) -> None:
    """Stop the statement another thread is running on ``conn`` (it raises there); nothing if closed."""
    if conn is not None:
        try:
            conn.interrupt()
        except sqlite3.ProgrammingError:  # already closed
            pass


def integrity_problem(conn: sqlite3.Connection) -> str | None:
    """SQLite's quick check (every page and index entry, not the index contents): None when sound."""
    try:
        row = conn.execute("PRAGMA quick_check").fetchone()
    except UnicodeDecodeError as exc:  # SQLite's message quoted a damaged page's bytes
        return exc.object.decode("utf-8", "replace")
    return None if row and row[0] == "ok" else (row[0] if row else Errors.tr("no answer"))


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
