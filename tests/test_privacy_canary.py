"""The canary: a care need carries a unique marker; then every file the app writes is searched for it.

Files searched: the project file and its -wal (while open and after closing), exports of every kind and
format the formats module offers (public and not), the coordinator export, the merge package, the HTML
map (public and not), the coordinator's project after merging, the temp folder and the user data folder
(logs, settings; the web view's profile is off the record and writes nothing). Zero hits allowed.

The one file that must contain it is the owner's deliberate decrypted needs export, which serves as the
positive control that the search works.
"""

from __future__ import annotations

import os
import secrets
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from mapper.cli import main
from mapper.domain.errors import ExportError
from mapper.domain.records import Asset, CareNeed, Group, Neighbourhood
from mapper.formats.api import EXPORT_SUFFIXES, export_file
from mapper.mapview.html_export import export_html
from mapper.privacy import keys, setup
from mapper.store.project import Project
from mapper.sync.merge import merge_files
from mapper.sync.package import write_package

PASS = "canary passphrase"
SQUARE = {"type": "MultiPolygon", "coordinates": [[[[-1.50, 53.30], [-1.40, 53.30], [-1.40, 53.40],
                                                    [-1.50, 53.40], [-1.50, 53.30]]]]}


def _hits(roots: list[Path], marker: bytes, *, skip: set[Path]) -> list[str]:
    found = []
    for root in roots:
        for path in [root] if root.is_file() else sorted(root.rglob("*")):
            if not path.is_file() or path.resolve() in skip:
                continue
            if marker in path.read_bytes() or marker.decode() in path.name:
                found.append(str(path))
    return found


@pytest.fixture
def temp_folder(tmp_path, monkeypatch):
    folder = tmp_path / "tmpdir"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_canary_never_leaves_the_sealed_fields(qtbot, tmp_path, mapper_home, temp_folder):
    marker = f"zqcanary{secrets.token_hex(6)}"
    mark = marker.encode()
    work = tmp_path / "work"
    work.mkdir()
    passfile = tmp_path / "secrets" / "pass.txt"
    passfile.parent.mkdir()
    passfile.write_text(PASS + "\n", encoding="utf-8")

    # a coordinator with keys
    coord_path = work / "coordinator.gpkg"
    assert main(["new", str(coord_path), "--author", "Coordinator", "--passphrase-file", str(passfile)]) == 0
    coord = Project.open(coord_path)
    setup.unlock(coord, PASS)
    keys.generate_coordinator_keys(coord)
    key_file = keys.save_public_key(coord, work / "coordinator.nmkey")
    coord.close()

    # the mapper's project, made by the CLI with a passphrase, and a need recorded through the panel
    path = work / "mapper.gpkg"
    assert main(["new", str(path), "--author", "Mapper", "--passphrase-file", str(passfile)]) == 0
    project = Project.open(path)
    hood = project.add(Neighbourhood(name="Hillside", code="N1", geometry=SQUARE))
    group = project.add(Group(name="Hillside walkers", may_publish=True))
    project.add(Asset(name="Hillside hall", kind="shared_space", category="community_hub",
                      location=(-1.45, 53.35), may_publish=True, run_by=group.uuid))
    from mapper.ui.care_needs import CareNeedsPanel

    panel = CareNeedsPanel(project)
    qtbot.addWidget(panel)
    panel.pass_edit.setText(PASS)
    qtbot.mouseClick(panel.unlock_button, Qt.MouseButton.LeftButton)
    assert panel.is_open
    panel.categories.item(0).setCheckState(Qt.CheckState.Checked)
    panel.hood_combo.setCurrentIndex(1)
    panel.notes_edit.setPlainText(f"lives alone since spring {marker}")
    panel.consent_check.setChecked(True)
    panel.consent_by.setText("Mapper")
    panel.consent_scope.setText(f"record, connect and share with the coordinator {marker}")
    assert panel.save()
    need = next(project.records("care_needs"))
    need.notes = f"edited {marker} again"
    project.save(need)
    other = project.add(CareNeed(neighbourhood=hood.uuid, categories=("food",), consent_by="Mapper",
                                 consent_at="2026-05-01T10:00:00Z", notes=f"deleted one {marker}"))
    project.delete("care_needs", other.uuid)
    panel.need_list.setCurrentRow(0)
    assert panel.suggestion_list.count() >= 1
    qtbot.mouseClick(panel.lock_button, Qt.MouseButton.LeftButton)
    setup.unlock(project, PASS)

    # while open: the file and its -wal
    assert Path(str(path) + "-wal").exists()
    live = _hits([path, Path(str(path) + "-wal")], mark, skip=set())
    assert live == []

    # exports of every kind and format the app offers
    outputs: list[Path] = []
    for suffix in EXPORT_SUFFIXES:
        for kind in ("assets", "groups", "all", "template"):
            for public in (False, True):
                out = work / f"export-{kind}-{'public' if public else 'full'}{suffix}"
                try:
                    export_file(project, out, public=public, kind=kind)
                except ExportError:
                    continue  # a combination the formats module refuses (e.g. a .gpkg template)
                outputs.extend(work.glob(f"export-{kind}-{'public' if public else 'full'}*"))
    out = work / "for-coordinator.gpkg"
    export_file(project, out, public=False, kind="all", coordinator_key=key_file)
    outputs.append(out)
    assert len({o.suffix for o in outputs}) == len(EXPORT_SUFFIXES)
    # the command line's exports too
    cli_out = work / "cli-export.gpkg"
    assert main(["export", str(path), str(cli_out), "--coordinator-key", str(key_file),
                 "--passphrase-file", str(passfile)]) == 0
    outputs.append(cli_out)
    needs_file = work / "needs-decrypted.csv"
    assert main(["export", str(path), str(needs_file), "--kind", "needs", "--passphrase-file",
                 str(passfile)]) == 0
    outputs.append(write_package(project, work / "package.gpkg"))
    for public in (True, False):
        outputs.append(export_html(project, work / f"map-{public}.html", public=public).path)

    # the coordinator merges the sealed export
    coord = Project.open(coord_path)
    merge_files(coord, [work / "for-coordinator.gpkg"])
    setup.unlock(coord, PASS)
    assert marker in coord.get("care_needs", need.uuid).notes  # the coordinator can read it
    coord.close()

    panel.close()
    project.close()

    decrypted = needs_file.resolve()
    assert _hits([needs_file], mark, skip=set()) == [str(needs_file)]  # positive control
    hits = _hits([tmp_path, mapper_home, temp_folder], mark, skip={decrypted})
    assert hits == []
    assert not any(p.name.endswith(".tmp") for p in work.iterdir())
    assert os.listdir(temp_folder) == [] or _hits([temp_folder], mark, skip=set()) == []
