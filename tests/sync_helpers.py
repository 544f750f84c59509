"""Laptops and their comparable state for the sync tests."""

from __future__ import annotations

import uuid as uuidlib
from pathlib import Path

from mapper.domain.records import Asset, Group
from mapper.store.project import TABLES, Project
from mapper.store.versions import unpack_versions


def laptop(tmp: Path, name: str) -> Project:
    return Project.create(tmp / f"{name}.gpkg", author=name)


def add_assets(project: Project, n: int, prefix: str, *, start: int = 0) -> list[str]:
    recs = [Asset(name=f"{prefix} {i}", category="other", location=(-1.47 + i * 1e-4, 53.38 + (hash(prefix) % 97) * 1e-4),
                  contact_phone=f"0114 {i:06d}") for i in range(start, start + n)]
    project.bulk_add(recs)
    return [r.uuid for r in recs]


def add_group(project: Project, name: str) -> str:
    return project.add(Group(name=name)).uuid


def state(project: Project) -> dict:
    """Everything that must be equal on every replica: live rows, their per-field versions, tombstones."""
    out = {}
    for table in TABLES:
        cols = project.columns(table)
        rows = {r[0]: tuple(bytes(v) if isinstance(v, memoryview) else v for v in r[1:]) for r in project.conn.execute(
            f'SELECT uuid, {", ".join(chr(34) + c + chr(34) for c in cols)} FROM "{table}"')}
        versions = {u: unpack_versions(v, cols) for u, v in project.conn.execute(
            "SELECT uuid, versions FROM nm_versions WHERE tbl=?", (table,))}
        tombs = {u for (u,) in project.conn.execute("SELECT uuid FROM nm_tombstones WHERE tbl=?", (table,))}
        out[table] = (rows, versions, tombs)
    return out


def open_conflicts(project: Project) -> list[tuple]:
    return project.conn.execute("SELECT tbl, uuid, field, other_version FROM nm_conflicts WHERE status='open' "
                                "ORDER BY 1, 2, 3, 4").fetchall()


def server_login(pg_cluster, server: str, group: str) -> str:
    """A new login in ``group``; its DSN for the same database (trust authentication on the test socket)."""
    import psycopg

    name = f"{group.split('_')[1]}_{uuidlib.uuid4().hex[:8]}"
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f'CREATE ROLE "{name}" LOGIN IN ROLE {group}')
    return server.replace("postgresql://postgres@", f"postgresql://{name}@")
