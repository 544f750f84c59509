"""`mapper check`: is this file a sound project or export?"""

from __future__ import annotations

from pathlib import Path

from mapper.domain.i18n import arg, translate
from mapper.domain.wording import count_words
from mapper.store import gpkg_schema, migrations, tracking
from mapper.store.connection import connect

REQUIRED = ("gpkg_spatial_ref_sys", "gpkg_contents", "gpkg_geometry_columns")


def check_file(path: Path | str) -> list[str]:
    """Problems found (empty when the file is sound). Raises ProjectFileError when it cannot be read."""
    path = Path(path)
    conn = connect(path, readonly=True)
    problems: list[str] = []
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        for t in REQUIRED:
            if t not in names:
                problems.append(f"missing GeoPackage table {t}")
        if problems:
            return problems
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        if app_id not in (gpkg_schema.APPLICATION_ID, 0x47503130):
            problems.append("application_id is not GPKG")
        for table, column, srs in conn.execute(
                "SELECT table_name, column_name, srs_id FROM gpkg_geometry_columns"):
            if table not in names:
                problems.append(f"layer {table} is registered but missing")
                continue
            if not conn.execute("SELECT 1 FROM gpkg_spatial_ref_sys WHERE srs_id=?", (srs,)).fetchone():
                problems.append(f"layer {table} uses an undefined CRS ({srs})")
            rtree = f"rtree_{table}_{column}"
            if rtree in names:
                n_geom = conn.execute(f'SELECT count(*) FROM "{table}" WHERE "{column}" IS NOT NULL '
                                      f'AND NOT ST_IsEmpty("{column}")').fetchone()[0]
                n_idx = conn.execute(f'SELECT count(*) FROM "{rtree}"').fetchone()[0]
                if n_geom != n_idx:
                    problems.append(f"spatial index of {table} is out of date ({n_idx} of {n_geom} rows)")
        version = migrations.current_version(conn)
        if version > migrations.LATEST:
            problems.append(f"made by a newer app (schema {version})")
    finally:
        conn.close()
    return problems


def outside_edits(path: Path | str) -> list[str]:
    """Information, not problems: records changed by other tools (QGIS, GDAL) that the app will version
    the next time it opens the file (``tracking`` decides what changed)."""
    conn = connect(path, readonly=True)
    try:
        if not migrations.current_version(conn):
            return []
        found = tracking.pending(conn)
        for table, n in tracking.unversioned(conn).items():
            found[table] = max(found.get(table, 0), n)
    finally:
        conn.close()
    words = translate("Cli", "%1 changed by another tool; they get versions when the app opens the file")
    return [arg(words, count_words(table, n)) for table, n in sorted(found.items())]
