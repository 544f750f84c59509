"""The GeoPackage export is written once, from the project attached read-only: no scratch copy of the
project is ever on disk (its care needs, unpublished records and mappers' names not even for a moment), and
the file it writes keeps what a whole copy kept: the project's sqlite_sequence, R-trees that hold exactly
the exported features, and working R-tree and change-tracking triggers. GDAL validates it."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from mapper.domain.errors import ExportError
from mapper.domain.records import Asset, CareNeed, Group
from mapper.domain.userdirs import data_dir
from mapper.formats.api import export_file
from mapper.privacy import keys, setup
from mapper.store.geometry import register_functions
from mapper.store.project import Project
from tests.gdal_check import gdal_validate

MARK = "zqoncecanary"  # in the care need only: never in any export
HIDDEN = "zqoncehidden"  # an unpublished record: never in a public one
NAME = "Mapper Oriel Quennell"


class _OlderApp:
    """Writes care needs in plaintext, as the demo builder and the API did before a passphrase was required."""

    def seal(self, table, field, value, uuid=None):
        return value

    def open(self, table, field, stored, uuid=None):
        return stored


def _every_file_bytes(*folders: Path) -> dict[Path, bytes]:
    return {f: f.read_bytes() for folder in folders if folder.exists() for f in folder.rglob("*") if f.is_file()}


@pytest.fixture
def world(tmp_path):
    p = Project.create(tmp_path / "project.gpkg", author=NAME)
    p.add(Asset(name="Open hall", category="community_hub", kind="shared_space", location=(-1.47, 53.38),
                may_publish=True, recorded_by=NAME))
    p.add(Asset(name=f"Private room {HIDDEN}", category="community_hub", kind="shared_space",
                location=(-1.46, 53.39), may_publish=False, recorded_by=NAME))
    gone = p.add(Asset(name="Old shed", category="community_hub", kind="shared_space", location=(-1.45, 53.37)))
    p.delete("assets", gone.uuid)  # sqlite_sequence is now past the last row
    p.add(Group(name="Helpers", may_publish=False))
    p.codec = _OlderApp()  # care needs in plaintext: the worst case for a copy of the file
    p.add(CareNeed(neighbourhood=None, categories=("loneliness",), urgency="high", consent_by=f"Volunteer {MARK}",
                   consent_at="2026-03-01T10:00:00Z", notes=f"needs a lift {MARK}"))
    p.codec = None
    coord = Project.create(tmp_path / "coordinator.gpkg", author="Coordinator")
    setup.set_passphrase(coord, "coordinator passphrase")
    keys.generate_coordinator_keys(coord)
    key = keys.save_public_key(coord, tmp_path / "coordinator.nmkey")
    coord.close()
    out = tmp_path / "out"
    out.mkdir()
    yield p, key, out
    p.close()


@pytest.mark.parametrize("public, with_key", [(False, False), (False, True), (True, False)])
def test_no_file_holds_a_care_need_or_a_left_out_record_at_any_step(world, public, with_key):
    p, key, out = world
    seen: list[dict[Path, bytes]] = []

    def step(done, total):  # what is on disk beside the export and in the user data folder, at each step
        seen.append(_every_file_bytes(out, data_dir()))

    export_file(p, out / "export.gpkg", public=public, kind="all", coordinator_key=key if with_key else None,
                progress=step)
    assert len(seen) >= 4
    for files in seen:
        for path, raw in files.items():
            assert MARK.encode() not in raw, (path, public, with_key)
            if public:
                assert NAME.encode() not in raw and HIDDEN.encode() not in raw, path
    assert not (data_dir() / "scratch").exists() or not any((data_dir() / "scratch").iterdir())


@pytest.mark.parametrize("public", [False, True])
def test_the_export_keeps_its_r_tree_sequence_and_triggers(world, public):
    p, _, out = world
    target = out / "export.gpkg"
    export_file(p, target, public=public, kind="all")
    gdal_validate(target)
    c = sqlite3.connect(target)
    register_functions(c)
    assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert c.execute("SELECT rtreecheck('rtree_assets_geom')").fetchone()[0] == "ok"
    fids = {r[0] for r in c.execute("SELECT fid FROM assets WHERE geom IS NOT NULL")}
    assert fids and {r[0] for r in c.execute("SELECT id FROM rtree_assets_geom")} == fids
    assert c.execute("SELECT seq FROM sqlite_sequence WHERE name='assets'").fetchone() == \
        p.conn.execute("SELECT seq FROM sqlite_sequence WHERE name='assets'").fetchone()
    assert c.execute("SELECT count(*) FROM nm_tracked").fetchone()[0] == 0  # leaves with nothing pending
    # an edit in QGIS (plain SQL and the GeoPackage functions): its R-tree row and its tracking row appear
    blob = p.conn.execute("SELECT geom FROM assets LIMIT 1").fetchone()[0]
    c.execute("INSERT INTO assets (name, geom) VALUES ('Added in QGIS', ?)", (blob,))
    fid = c.execute("SELECT fid FROM assets WHERE name='Added in QGIS'").fetchone()[0]
    assert c.execute("SELECT count(*) FROM rtree_assets_geom WHERE id=?", (fid,)).fetchone()[0] == 1
    assert c.execute("SELECT op FROM nm_tracked WHERE tbl='assets' AND fid=?", (fid,)).fetchone() == ("insert",)
    assert c.execute("SELECT uuid FROM assets WHERE fid=?", (fid,)).fetchone()[0]  # the uuid trigger too
    c.close()


def test_a_failed_export_leaves_nothing_and_keeps_the_old_file(world, monkeypatch):
    p, _, out = world
    target = out / "export.gpkg"
    export_file(p, target, public=False, kind="all")
    before = target.read_bytes()
    from mapper.privacy import export_filter

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export_filter, "write_sealed_care_needs", broken)
    with pytest.raises(ExportError, match="disk is full|No space"):
        export_file(p, target, public=False, kind="all")
    assert sorted(f.name for f in out.iterdir()) == ["export.gpkg"] and target.read_bytes() == before


def test_the_first_export_of_a_run_sweeps_scratch_copies_killed_runs_left(world, monkeypatch):
    """Earlier versions filtered a whole copy of the project in the scratch folder: one a killed run left
    (its process gone) holds care needs and goes; a live process's stays."""
    import subprocess
    import sys

    from mapper.store import snapshot

    p, _, out = world
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead = int(gone.stdout)
    scratch = data_dir() / "scratch"
    scratch.mkdir(parents=True, exist_ok=True)
    left = [scratch / f"{dead}-0123456789ab.export.gpkg", scratch / f"{dead}-0123456789ab.export.gpkg-journal"]
    for f in left:
        f.write_bytes(f"needs a lift {MARK}".encode())
    alive = scratch / f"{os.getpid()}-ba9876543210.export.gpkg"
    alive.write_bytes(b"in use")
    monkeypatch.setattr(snapshot, "_swept", False)
    export_file(p, out / "export.gpkg", public=False, kind="all")
    assert not any(f.exists() for f in left) and alive.exists()


def test_gdals_feature_counts_follow_the_rows_the_export_keeps(world):
    """A file GDAL has written to may carry gpkg_ogr_contents, which GDAL trusts for a layer's size: the
    export's counts are its own (a public file must not tell how many unpublished records there are)."""
    p, _, out = world
    with p.transaction():
        p.conn.execute("CREATE TABLE gpkg_ogr_contents (table_name TEXT NOT NULL PRIMARY KEY, "
                       "feature_count INTEGER DEFAULT NULL)")
        p.conn.execute("INSERT INTO gpkg_ogr_contents SELECT 'assets', count(*) FROM assets")
        p.conn.execute("INSERT INTO gpkg_ogr_contents SELECT 'neighbourhoods', NULL")
    target = out / "public.gpkg"
    export_file(p, target, public=True, kind="all")
    c = sqlite3.connect(target)
    counts = dict(c.execute("SELECT table_name, feature_count FROM gpkg_ogr_contents"))
    assert counts == {"assets": c.execute("SELECT count(*) FROM assets").fetchone()[0], "neighbourhoods": None}
    assert counts["assets"] < p.count("assets")
    c.close()
