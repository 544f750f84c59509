"""Errors about care-need fields name the file, row and column, never the value (it is health data)."""

from __future__ import annotations

import pytest

from mapper.privacy import setup
from mapper.store.project import Project
from tests.hostile.helpers import refused

PASS = "needs errors passphrase"
SECRET = "zqsecret lives alone after a stroke"


@pytest.mark.parametrize("column,value", [("categories", f"{SECRET} loneliness"), ("neighbourhood", SECRET)])
def test_needs_import_errors_never_repeat_the_value(tmp_path, capsys, column, value):
    p = tmp_path / "p.gpkg"
    with Project.create(p) as project:
        setup.set_passphrase(project, PASS)
    passfile = tmp_path / "pass.txt"
    passfile.write_text(PASS + "\n", encoding="utf-8")
    f = tmp_path / "needs.csv"
    row = {"categories": "loneliness", "neighbourhood": "", "consent_by": "me", "consent_at": "2026-01-01",
           "urgency": "high"}
    row[column] = value
    f.write_text(",".join(row) + "\n" + ",".join(f'"{v}"' for v in row.values()) + "\n", encoding="utf-8")
    line = refused(capsys, f, "import", p, f, "--passphrase-file", passfile)
    assert "row 2" in line and f"column {column}" in line
    assert "zqsecret" not in line and "stroke" not in line
    with Project.open(p) as project:
        assert project.count("care_needs") == 0
