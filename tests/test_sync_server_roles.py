"""The central map's roles, the public schema, sealed care needs, passwords, the command line, Cancel."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from mapper.demo import DEMO_PASSPHRASE, build_demo
from mapper.domain.errors import CancelledError, MapperError
from mapper.privacy import keys, setup
from mapper.privacy.codec import BOXED
from mapper.store.project import Project
from mapper.sync.targets import remembered, sync
from tests.sync_helpers import add_assets, laptop, server_login

ROOT = Path(__file__).resolve().parents[1]


def test_roles_public_schema_and_care_needs_only_sealed(pg_cluster, server, tmp_path):
    coord = Project.create(tmp_path / "coordinator.gpkg", author="Coordinator")
    setup.set_passphrase(coord, "coordinator passphrase")
    keys.generate_coordinator_keys(coord)
    key_file = keys.save_public_key(coord, tmp_path / "coordinator.nmkey")
    m = build_demo(tmp_path / "mapper.gpkg", passphrase=DEMO_PASSPHRASE)
    setup.unlock(m, DEMO_PASSPHRASE)
    mapper_dsn = server_login(pg_cluster, server, "mapper_sync")
    sync(m, mapper_dsn, coordinator_key=key_file)
    needs = m.count("care_needs")
    published = m.conn.execute("SELECT count(*) FROM assets WHERE may_publish = 1").fetchone()[0]
    with psycopg.connect(server) as admin:
        notes = [r[0] for r in admin.execute("SELECT notes FROM mapper.care_needs")]
    assert len(notes) == needs > 0 and all(n is None or n.startswith(BOXED) for n in notes)
    assert any(n for n in notes)
    with psycopg.connect(mapper_dsn, autocommit=True) as conn:  # a mapper: sync only
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT notes FROM mapper.care_needs")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO mapper.decisions VALUES ('resolved', 'k', '1', 'v', 'me', 0)")
    reader = server_login(pg_cluster, server, "mapper_reader")
    with psycopg.connect(reader, autocommit=True) as conn:  # web maps, open data: only what may be published
        assert conn.execute("SELECT count(*) FROM mapper_public.assets").fetchone()[0] == published
        cols = {r[0] for r in conn.execute("SELECT column_name FROM information_schema.columns "
                                           "WHERE table_schema = 'mapper_public' AND table_name = 'assets'")}
        assert "recorded_by" not in cols and "geom" in cols
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT count(*) FROM mapper.assets")
    # the coordinator's login receives the sealed needs and can open them with the private key
    coord_dsn = server_login(pg_cluster, server, "mapper_coordinator")
    setup.unlock(coord, "coordinator passphrase")
    sync(coord, coord_dsn)
    assert coord.count("care_needs") == needs
    one = next(iter(coord.records("care_needs")))
    assert one.consent_by  # opened with the coordinator's private key
    # a mapper's laptop never receives the care needs
    other = laptop(tmp_path, "other")
    sync(other, mapper_dsn)
    assert other.count("care_needs") == 0 and other.count("assets") == m.count("assets")


def test_a_password_is_never_stored_in_the_project(pg_cluster, server, tmp_path):
    a = laptop(tmp_path, "a")
    with_password = server.replace("postgresql://postgres@", "postgresql://postgres:secret@")
    with pytest.raises(MapperError, match="pgpass") as err:
        sync(a, with_password)
    assert "secret" not in str(err.value)
    assert remembered(a) is None
    env = {**os.environ, "PGPASSWORD": "not-needed-with-trust"}  # libpq's own mechanism works
    os.environ.update(env)
    try:
        sync(a, server)
    finally:
        os.environ.pop("PGPASSWORD")
    assert remembered(a) == server and "secret" not in server


def test_command_line_server_init_and_sync(pg_cluster, tmp_path):
    empty = pg_cluster.dsn(pg_cluster.new_database("empty"))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}

    def mapper(*args):
        return subprocess.run([sys.executable, "-m", "mapper", *args], env=env, capture_output=True, text=True,
                              timeout=120)

    first = mapper("server", "init", empty)
    assert first.returncode == 0 and "applied s001_schema, s002_roles_and_public" in first.stdout
    again = mapper("server", "init", empty)
    assert again.returncode == 0 and "schema up to date" in again.stdout
    a = laptop(tmp_path, "a")
    add_assets(a, 4, "Cli")
    a.close()
    out = mapper("sync", str(tmp_path / "a.gpkg"), empty)
    assert out.returncode == 0 and "4 changes sent" in out.stdout, out.stderr
    assert mapper("sync", str(tmp_path / "a.gpkg")).returncode == 0  # the target is remembered
    bad = mapper("sync", str(tmp_path / "a.gpkg"), empty.replace("/sock", "/nowhere"))
    assert bad.returncode == 1 and bad.stderr.count("\n") == 1 and "cannot connect to the server" in bad.stderr


def test_cancel_during_a_sync_changes_nothing_and_the_next_sync_completes(server, tmp_path):
    a, b = laptop(tmp_path, "a"), laptop(tmp_path, "b")
    add_assets(a, 50, "Cancel")
    sync(a, server)
    with pytest.raises(CancelledError):
        sync(b, server, progress=lambda done, total, message: not message.startswith("merging"))
    assert b.count("assets") == 0
    sync(b)
    assert b.count("assets") == 50
