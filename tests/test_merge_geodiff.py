"""Interop with Mergin-style tools: pygeodiff lists the changes between two of our exports."""

from __future__ import annotations

import json

import pygeodiff

from mapper.domain.records import Asset
from tests.test_merge_helpers import Replica, empty_template


def test_pygeodiff_lists_changes_between_two_exports(tmp_path):
    r = Replica(tmp_path / "project.gpkg", "a", template=empty_template(tmp_path))
    keep = r.p.add(Asset(name="Church hall", location=(-1.47, 53.38)))
    gone = r.p.add(Asset(name="Old library", location=(-1.48, 53.39)))
    before = r.export(tmp_path / "before.gpkg")
    r.now += 1000
    r.p.update("assets", keep.uuid, {"name": "Church hall (renamed)"})
    r.p.delete("assets", gone.uuid)
    r.p.add(Asset(name="Community garden", location=(-1.46, 53.37)))
    after = r.export(tmp_path / "after.gpkg")
    r.close()
    g = pygeodiff.GeoDiff()
    g.set_tables_to_skip(["nm_versions", "nm_tombstones", "nm_decisions", "nm_settings"])
    g.create_changeset(str(before), str(after), str(tmp_path / "changes.diff"))
    g.list_changes_summary(str(tmp_path / "changes.diff"), str(tmp_path / "summary.json"))
    summary = {t["table"]: t for t in json.loads((tmp_path / "summary.json").read_text())["geodiff_summary"]}
    assert (summary["assets"]["insert"], summary["assets"]["update"], summary["assets"]["delete"]) == (1, 1, 1)
