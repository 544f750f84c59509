"""Fixtures for the adversary battery: a project and a genuine export of another mapper's to tamper with."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mapper.domain.records import Asset, Group, Neighbourhood
from mapper.formats.api import export_file
from mapper.store.project import Project

SQUARE = {"type": "MultiPolygon", "coordinates": [[[[-1.50, 53.30], [-1.40, 53.30], [-1.40, 53.40],
                                                    [-1.50, 53.40], [-1.50, 53.30]]]]}


@pytest.fixture(scope="session")
def export_template(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("hostile-export")
    with Project.create(folder / "mapper.gpkg", author="Mapper B") as p:
        p.add(Neighbourhood(name="Hillside", code="N1", geometry=SQUARE))
        g = p.add(Group(name="Walkers", may_publish=True))
        for i in range(5):
            p.add(Asset(name=f"Hall {i}", category="community_hub", kind="shared_space",
                        location=(-1.45 + i / 1000, 53.35), run_by=g.uuid, may_publish=True))
        gone = p.add(Asset(name="Shed", category="community_hub", kind="shared_space", location=(-1.44, 53.35)))
        p.delete("assets", gone.uuid)
        from mapper.sync import decisions as dec

        dec.put(p, dec.PAIR, dec.pair_key("assets", g.uuid, gone.uuid), "distinct")
        out = folder / "export.gpkg"
        export_file(p, out, public=False, kind="all")
    return out


@pytest.fixture
def export(export_template, tmp_path) -> Path:
    """A private copy of a genuine export, to tamper with."""
    path = tmp_path / "incoming.gpkg"
    shutil.copyfile(export_template, path)
    return path


@pytest.fixture
def target(tmp_path) -> Path:
    """A closed project with one asset: the coordinator's."""
    path = tmp_path / "coordinator.gpkg"
    with Project.create(path, author="Coordinator") as p:
        p.add(Asset(name="Library", category="library", kind="shared_space", location=(-1.46, 53.36)))
    return path
