"""--public files hold the published records and nothing that refers to anything else; no mapper's name."""

from __future__ import annotations

import sqlite3

import pytest

from mapper.domain.records import Asset, Group
from mapper.formats.api import export_file
from mapper.store.project import Project
from mapper.sync import decisions as dec

NAME = "Mapper Marigold Quist"


@pytest.fixture
def mixed(tmp_path):
    p = Project.create(tmp_path / "mixed.gpkg", author=NAME)
    hidden_group = p.add(Group(name="Hidden helpers", may_publish=False, recorded_by=NAME))
    shown_group = p.add(Group(name="Open helpers", may_publish=True, recorded_by=NAME))
    shown = p.add(Asset(name="Open hall", category="community_hub", kind="shared_space", location=(-1.47, 53.38),
                        may_publish=True, run_by=hidden_group.uuid, recorded_by=NAME))
    other = p.add(Asset(name="Open park", category="community_hub", kind="shared_space", location=(-1.48, 53.38),
                        may_publish=True, run_by=shown_group.uuid, recorded_by=NAME))
    hidden = p.add(Asset(name="Private room", category="community_hub", kind="shared_space",
                         location=(-1.46, 53.38), may_publish=False, recorded_by=NAME))
    gone = p.add(Asset(name="Old shed", category="community_hub", kind="shared_space", location=(-1.45, 53.38),
                       may_publish=True, recorded_by=NAME))
    p.delete("assets", gone.uuid)
    shown.name = "Open hall (renamed)"
    p.save(shown)
    dec.put(p, dec.RESOLVED, dec.key_of("assets", hidden.uuid, "name", "v1"), "1")
    dec.put(p, dec.PAIR, dec.pair_key("assets", shown.uuid, hidden.uuid), "distinct")
    dec.put(p, dec.REPLACED, dec.key_of("assets", gone.uuid), shown.uuid)
    yield p, {"published": [shown.uuid, other.uuid, shown_group.uuid],
              "hidden": [hidden_group.uuid, hidden.uuid, gone.uuid]}
    p.close()


def test_public_geopackage_names_no_mapper_and_nothing_unpublished(mixed, tmp_path):
    project, ids = mixed
    out = tmp_path / "public.gpkg"
    export_file(project, out, public=True, kind="all")
    raw = out.read_bytes()
    assert NAME.encode() not in raw
    for uuid in ids["hidden"]:
        assert uuid.encode() not in raw, uuid
    conn = sqlite3.connect(out)
    assert {r[0] for r in conn.execute("SELECT uuid FROM assets UNION SELECT uuid FROM groups")} == set(
        ids["published"])
    assert conn.execute("SELECT count(*) FROM nm_decisions").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM nm_tombstones").fetchone()[0] == 0
    every = {r[0] for r in conn.execute("SELECT uuid FROM nm_versions WHERE tbl IN ('assets', 'groups')")}
    assert every == set(ids["published"])
    run_by = dict(conn.execute("SELECT name, run_by FROM assets"))
    assert run_by["Open hall (renamed)"] is None and run_by["Open park"] == ids["published"][2]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".geojson"])
def test_public_tables_name_no_unpublished_group(mixed, tmp_path, suffix):
    import zipfile

    project, ids = mixed
    out = tmp_path / f"public{suffix}"
    report = export_file(project, out, public=True, kind="all")
    files = [report.path, *report.extra_files]
    raw = b""
    for f in files:
        if suffix == ".xlsx":
            with zipfile.ZipFile(f) as z:
                raw += b"".join(z.read(n) for n in z.namelist())
        else:
            raw += f.read_bytes()
    assert b"Hidden helpers" not in raw and NAME.encode() not in raw
    for uuid in ids["hidden"]:
        assert uuid.encode() not in raw
    assert b"Open helpers" in raw  # the published group is named
