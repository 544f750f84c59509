"""Export packages for merging: a consistent copy of the project (``VACUUM INTO``) without the full-text
index and local-only tables, written beside the target, fsynced and renamed. It is a normal GeoPackage
that carries ``nm_versions``, ``nm_tombstones``, ``nm_settings`` and ``nm_decisions``.

(The files engineer's ``mapper.formats.api.export_file`` writes the same package with filters; this
minimal writer is what merge tests and benchmarks use, and what the coordinator can send back.)
"""

from __future__ import annotations

from pathlib import Path

from mapper.store.connection import connect
from mapper.store.snapshot import replace_atomically, temp_beside, vacuum_into

LOCAL_ONLY = ("nm_history", "nm_conflicts", "nm_sources", "nm_duplicates", "nm_access_log")


def write_package(project, target: Path | str) -> Path:
    target = Path(target)
    tmp = temp_beside(target)
    vacuum_into(project.conn, tmp)
    out = connect(tmp, check=False)
    try:
        out.execute("BEGIN")
        for (name,) in out.execute("SELECT name FROM sqlite_master WHERE type='trigger' AND name LIKE '%_fts_%'"
                                   ).fetchall():
            out.execute(f'DROP TRIGGER "{name}"')
        for (name,) in out.execute("SELECT name FROM sqlite_master WHERE type='table' AND name LIKE '%_fts'"
                                   ).fetchall():
            out.execute(f'DROP TABLE "{name}"')
        for name in LOCAL_ONLY:
            out.execute(f'DROP TABLE IF EXISTS "{name}"')
        out.execute("COMMIT")
        out.execute("VACUUM")
    finally:
        out.close()
    replace_atomically(tmp, target)
    return target
