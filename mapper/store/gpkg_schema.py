"""The GeoPackage core tables and helpers to declare feature/attribute tables with an R-tree index."""

from __future__ import annotations

import sqlite3

APPLICATION_ID = 0x47504B47  # "GPKG"
GPKG_VERSION = 10300  # GeoPackage 1.3

CORE = """
CREATE TABLE IF NOT EXISTS gpkg_spatial_ref_sys (
  srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY, organization TEXT NOT NULL,
  organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
CREATE TABLE IF NOT EXISTS gpkg_contents (
  table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
  description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
  CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
CREATE TABLE IF NOT EXISTS gpkg_geometry_columns (
  table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
  srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
  CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
  CONSTRAINT uk_gc_table_name UNIQUE (table_name),
  CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
  CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
CREATE TABLE IF NOT EXISTS gpkg_tile_matrix_set (
  table_name TEXT NOT NULL PRIMARY KEY, srs_id INTEGER NOT NULL,
  min_x DOUBLE NOT NULL, min_y DOUBLE NOT NULL, max_x DOUBLE NOT NULL, max_y DOUBLE NOT NULL,
  CONSTRAINT fk_gtms_table_name FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
  CONSTRAINT fk_gtms_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
CREATE TABLE IF NOT EXISTS gpkg_tile_matrix (
  table_name TEXT NOT NULL, zoom_level INTEGER NOT NULL, matrix_width INTEGER NOT NULL,
  matrix_height INTEGER NOT NULL, tile_width INTEGER NOT NULL, tile_height INTEGER NOT NULL,
  pixel_x_size DOUBLE NOT NULL, pixel_y_size DOUBLE NOT NULL,
  CONSTRAINT pk_ttm PRIMARY KEY (table_name, zoom_level),
  CONSTRAINT fk_tmm_table_name FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name));
CREATE TABLE IF NOT EXISTS gpkg_extensions (
  table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL, definition TEXT NOT NULL,
  scope TEXT NOT NULL, CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name));
"""

WGS84_WKT = (
    'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,'
    'AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],'
    'UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],'
    'AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]'
)

SRS_ROWS = [
    ("Undefined cartesian SRS", -1, "NONE", -1, "undefined", "undefined cartesian coordinate reference system"),
    ("Undefined geographic SRS", 0, "NONE", 0, "undefined", "undefined geographic coordinate reference system"),
    ("WGS 84 geodetic", 4326, "EPSG", 4326, WGS84_WKT, "longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid"),
]

RTREE_DEFINITION = "http://www.geopackage.org/spec120/#extension_rtree"


def init_core(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {GPKG_VERSION}")
    conn.executescript(CORE) if not conn.in_transaction else _run_each(conn, CORE)
    conn.executemany("INSERT OR IGNORE INTO gpkg_spatial_ref_sys VALUES (?,?,?,?,?,?)", SRS_ROWS)


def _run_each(conn: sqlite3.Connection, script: str) -> None:
    for stmt in script.split(";"):
        if stmt.strip():
            conn.execute(stmt)


def register_features(conn, table: str, geom_type: str, *, identifier: str, description: str = "",
                      srs_id: int = 4326, column: str = "geom") -> None:
    conn.execute(
        "INSERT OR REPLACE INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) "
        "VALUES (?, 'features', ?, ?, ?)", (table, identifier, description, srs_id))
    conn.execute("INSERT OR REPLACE INTO gpkg_geometry_columns VALUES (?, ?, ?, ?, 0, 0)",
                 (table, column, geom_type, srs_id))
    create_rtree(conn, table, column)


def register_attributes(conn, table: str, *, identifier: str, description: str = "") -> None:
    conn.execute(
        "INSERT OR REPLACE INTO gpkg_contents (table_name, data_type, identifier, description) "
        "VALUES (?, 'attributes', ?, ?)", (table, identifier, description))


def create_rtree(conn, t: str, c: str = "geom", i: str = "fid") -> None:
    """The GeoPackage 1.2+ R-tree extension: virtual table, triggers and gpkg_extensions row."""
    r = f"rtree_{t}_{c}"
    stmts = [
        f"CREATE VIRTUAL TABLE IF NOT EXISTS \"{r}\" USING rtree(id, minx, maxx, miny, maxy)",
        f"""CREATE TRIGGER IF NOT EXISTS "{r}_insert" AFTER INSERT ON "{t}"
            WHEN (new."{c}" NOT NULL AND NOT ST_IsEmpty(NEW."{c}"))
            BEGIN INSERT OR REPLACE INTO "{r}" VALUES (NEW."{i}", ST_MinX(NEW."{c}"), ST_MaxX(NEW."{c}"),
            ST_MinY(NEW."{c}"), ST_MaxY(NEW."{c}")); END""",
        f"""CREATE TRIGGER IF NOT EXISTS "{r}_update1" AFTER UPDATE OF "{c}" ON "{t}"
            WHEN OLD."{i}" = NEW."{i}" AND (NEW."{c}" NOTNULL AND NOT ST_IsEmpty(NEW."{c}"))
            BEGIN INSERT OR REPLACE INTO "{r}" VALUES (NEW."{i}", ST_MinX(NEW."{c}"), ST_MaxX(NEW."{c}"),
            ST_MinY(NEW."{c}"), ST_MaxY(NEW."{c}")); END""",
        f"""CREATE TRIGGER IF NOT EXISTS "{r}_update2" AFTER UPDATE OF "{c}" ON "{t}"
            WHEN OLD."{i}" = NEW."{i}" AND (NEW."{c}" ISNULL OR ST_IsEmpty(NEW."{c}"))
            BEGIN DELETE FROM "{r}" WHERE id = OLD."{i}"; END""",
        f"""CREATE TRIGGER IF NOT EXISTS "{r}_update3" AFTER UPDATE ON "{t}"
            WHEN OLD."{i}" != NEW."{i}" AND (NEW."{c}" NOTNULL AND NOT ST_IsEmpty(NEW."{c}"))
            BEGIN DELETE FROM "{r}" WHERE id = OLD."{i}";
            INSERT OR REPLACE INTO "{r}" VALUES (NEW."{i}", ST_MinX(NEW."{c}"), ST_MaxX(NEW."{c}"),
            ST_MinY(NEW."{c}"), ST_MaxY(NEW."{c}")); END""",
        f"""CREATE TRIGGER IF NOT EXISTS "{r}_update4" AFTER UPDATE ON "{t}"
            WHEN OLD."{i}" != NEW."{i}" AND (NEW."{c}" ISNULL OR ST_IsEmpty(NEW."{c}"))
            BEGIN DELETE FROM "{r}" WHERE id IN (OLD."{i}", NEW."{i}"); END""",
        f"""CREATE TRIGGER IF NOT EXISTS "{r}_delete" AFTER DELETE ON "{t}"
            WHEN old."{c}" NOT NULL
            BEGIN DELETE FROM "{r}" WHERE id = OLD."{i}"; END""",
    ]
    for s in stmts:
        conn.execute(s)
    conn.execute("INSERT OR IGNORE INTO gpkg_extensions VALUES (?, ?, 'gpkg_rtree_index', ?, 'write-only')",
                 (t, c, RTREE_DEFINITION))


def update_extent(conn, table: str, column: str = "geom") -> None:
    """Refresh gpkg_contents' bounding box from the R-tree (cheap)."""
    row = conn.execute(f'SELECT min(minx), min(miny), max(maxx), max(maxy) FROM "rtree_{table}_{column}"').fetchone()
    conn.execute("UPDATE gpkg_contents SET min_x=?, min_y=?, max_x=?, max_y=?, "
                 "last_change=strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE table_name=?", (*row, table))
