"""One formula guard for every CSV and workbook the project writes, the decrypted care needs included."""

from __future__ import annotations

import csv
import zipfile

import pytest

from mapper.domain import cells
from mapper.domain.records import Asset, CareNeed
from mapper.formats.api import export_file
from mapper.privacy import setup
from mapper.privacy.needs_io import export_needs, import_needs

PASS = "formula passphrase"
FORMULAS = ["=HYPERLINK(\"http://evil.example\",\"click\")", "+1+1", "-2+3", "@SUM(A1)", "\tTabbed",
            "\rCarriage", "'=already quoted", "'plain apostrophe"]


@pytest.mark.parametrize("text", FORMULAS)
def test_protect_round_trips_exactly(text):
    out = cells.protect(text)
    assert not cells.looks_like_formula(out)
    assert cells.unprotect(out) == text


def _need(notes: str) -> CareNeed:
    return CareNeed(categories=("loneliness",), consent_by="M", consent_at="2026-01-01T10:00:00Z",
                    notes=notes)


def _formula_cells_xlsx(path) -> list[str]:
    """Cells a spreadsheet would evaluate: <f> formulas, and text in a cell without quotePrefix style."""
    with zipfile.ZipFile(path) as z:
        bad = []
        for name in z.namelist():
            if name.startswith("xl/worksheets/"):
                xml = z.read(name).decode()
                if "<f>" in xml or "<f " in xml:
                    bad.append(name)
        return bad


def test_decrypted_needs_csv_protects_formulas_and_round_trips(project, tmp_path):
    setup.set_passphrase(project, PASS)
    needs = [project.add(_need(text)) for text in FORMULAS]
    out = tmp_path / "needs.csv"
    export_needs(project, out, PASS)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the same UTF-8 BOM as every other CSV
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        assert not cells.looks_like_formula(row["notes"]), row["notes"]
    # back in: the original text exactly (the round trip changes nothing, and a new project gets the same)
    report = import_needs(project, out, PASS)
    assert (report.added, report.updated, report.unchanged) == (0, 0, len(needs))
    from mapper.store.project import Project

    with Project.create(project.path.with_name("other.gpkg")) as p2:
        import_needs(p2, out, PASS)
        assert sorted(n.notes for n in p2.records("care_needs")) == sorted(FORMULAS)


def test_decrypted_needs_xlsx_has_no_formula_and_round_trips(project, tmp_path):
    setup.set_passphrase(project, PASS)
    texts = [*FORMULAS, "ctrl\x01char", "x_x000D_y"]
    for text in texts:
        project.add(_need(text))
    out = tmp_path / "needs.xlsx"
    export_needs(project, out, PASS)
    assert _formula_cells_xlsx(out) == []
    from openpyxl import load_workbook

    wb = load_workbook(out)
    ws = wb["Care needs"]
    notes_col = [c.value for c in ws[1]].index("notes") + 1
    for r in range(2, ws.max_row + 1):
        cell = ws.cell(r, notes_col)
        assert cell.data_type == "s"
        if cells.looks_like_formula(cell.value):
            assert cell.quotePrefix
    other = project.path.with_name("other.gpkg")
    from mapper.store.project import Project

    with Project.create(other) as p2:
        import_needs(p2, out, PASS)
        assert sorted(n.notes for n in p2.records("care_needs")) == sorted(texts)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_record_exports_use_the_same_guard(project, tmp_path, suffix):
    for text in FORMULAS:
        project.add(Asset(name=text, category="community_hub", kind="shared_space", postcode="S1 2HE"))
    out = tmp_path / f"list{suffix}"
    export_file(project, out, public=False, kind="assets")
    if suffix == ".csv":
        with open(out, encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.reader(fh))
        col = [h.lower() for h in rows[0]].index("name")
        names = [row[col] for row in rows[1:]]
        assert sorted(names) == sorted(cells.protect(t) for t in FORMULAS)
    else:
        assert _formula_cells_xlsx(out) == []
