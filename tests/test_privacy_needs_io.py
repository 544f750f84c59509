"""Care needs out to a file for their owner (decrypted, logged) and back in (sealed on the way)."""

from __future__ import annotations

import csv

import pytest

from mapper.domain.errors import ImportFormatError, PrivacyError
from mapper.domain.records import CareNeed, Neighbourhood
from mapper.privacy import setup
from mapper.privacy.access_log import access_log
from mapper.privacy.codec import SEALED
from mapper.privacy.needs_io import export_needs, import_needs
from mapper.store.project import Project

PASS = "needs file passphrase"
SQUARE = {"type": "MultiPolygon", "coordinates": [[[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]]]}


def _filled(path) -> tuple[Project, CareNeed]:
    p = Project.create(path, author="Owner")
    setup.set_passphrase(p, PASS)
    hood = p.add(Neighbourhood(name="Hillside", code="N7", geometry=SQUARE))
    need = p.add(CareNeed(neighbourhood=hood.uuid, categories=("food", "money"), age_band="65-74", is_carer=False,
                          urgency="high", consent_by="Owner", consent_at="2026-04-01T10:00:00Z",
                          consent_scope="=record only", notes="needs help with forms"))
    return p, need


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_then_import_round_trip(tmp_path, suffix):
    src, need = _filled(tmp_path / "src.gpkg")
    setup.lock(src)
    with pytest.raises(PrivacyError, match="wrong"):
        export_needs(src, tmp_path / f"x{suffix}", "bad passphrase")
    out = export_needs(src, tmp_path / f"needs{suffix}", PASS).path
    assert any(e["action"] == "decrypt" for e in access_log(src))
    if suffix == ".csv":
        rows = list(csv.DictReader(out.open(encoding="utf-8")))
        assert rows[0]["notes"] == "needs help with forms" and rows[0]["neighbourhood"] == "Hillside"

    dst = Project.create(tmp_path / "dst.gpkg", author="Owner")
    dst.add(Neighbourhood(name="Hillside", code="N7", geometry=SQUARE))
    report = import_needs(dst, out, PASS)  # no passphrase yet: this one becomes it
    assert report.added == 1 and "1 added" in report.summary()
    assert setup.is_protected(dst)
    assert dst.conn.execute("SELECT notes FROM care_needs").fetchone()[0].startswith(SEALED)
    got = dst.get("care_needs", need.uuid)
    assert got.categories == ("food", "money") and got.notes == need.notes and got.urgency == "high"
    assert got.consent_scope == "=record only" and got.is_carer is False
    assert dst.find("neighbourhoods", got.neighbourhood).name == "Hillside"
    again = import_needs(dst, out, PASS)
    assert again.unchanged == 1 and again.added == 0
    src.close()
    dst.close()


def test_import_refuses_to_store_needs_open(project, tmp_path):
    f = tmp_path / "needs.csv"
    f.write_text("categories,consent_by,consent_at,notes\nFood,me,2026-01-01,hello\n", encoding="utf-8")
    with pytest.raises(PrivacyError, match="only stored encrypted"):
        import_needs(project, f)
    assert project.count("care_needs") == 0


def test_bad_row_names_file_and_row_and_adds_nothing(project, tmp_path):
    setup.set_passphrase(project, PASS)
    f = tmp_path / "needs.csv"
    f.write_text("categories,consent_by,consent_at\nLoneliness or isolation,me,2026-01-01\n"
                 "flying lessons,me,2026-01-01\n", encoding="utf-8")
    with pytest.raises(ImportFormatError) as exc:
        import_needs(project, f, PASS)
    assert str(f) in str(exc.value) and "row 3, column categories" in str(exc.value)
    assert "flying lessons" not in str(exc.value)  # care-need text is never repeated in a message
    assert project.count("care_needs") == 0


def test_import_without_consent_is_refused(project, tmp_path):
    setup.set_passphrase(project, PASS)
    f = tmp_path / "needs.csv"
    f.write_text("categories,notes\nfood,hello\n", encoding="utf-8")
    with pytest.raises(ImportFormatError, match="Consent"):
        import_needs(project, f, PASS)


def test_command_line_export_and_import_of_needs(tmp_path):
    from mapper.cli import main

    src, need = _filled(tmp_path / "src.gpkg")
    src.close()
    pf = tmp_path / "pass.txt"
    pf.write_text(PASS + "\n", encoding="utf-8")
    out = tmp_path / "needs.csv"
    assert main(["export", str(tmp_path / "src.gpkg"), str(out), "--kind", "needs", "--passphrase-file",
                 str(pf)]) == 0
    assert "needs help with forms" in out.read_text(encoding="utf-8")
    dst = Project.create(tmp_path / "dst.gpkg")
    dst.add(Neighbourhood(name="Hillside", code="N7", geometry=SQUARE))
    setup.set_passphrase(dst, PASS)
    dst.close()
    assert main(["import", str(tmp_path / "dst.gpkg"), str(out), "--passphrase-file", str(pf)]) == 0
    with Project.open(tmp_path / "dst.gpkg") as p:
        assert p.conn.execute("SELECT notes FROM care_needs").fetchone()[0].startswith(SEALED)
        setup.unlock(p, PASS)
        assert p.get("care_needs", need.uuid).notes == "needs help with forms"
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n", encoding="utf-8")
    assert main(["export", str(tmp_path / "src.gpkg"), str(tmp_path / "n2.csv"), "--kind", "needs",
                 "--passphrase-file", str(wrong)]) == 1
    assert not (tmp_path / "n2.csv").exists()
