"""CSV files as Excel and careless hands make them: UTF-16, semicolons, unclosed quotes, NUL bytes."""

from __future__ import annotations

import pytest

from mapper.domain.errors import ImportFormatError
from mapper.formats.api import import_files
from tests.hostile.helpers import refused

ROWS = "Name\tLatitude\tLongitude\nCafé Hall\t53.38\t-1.47\nChurch\t53.39\t-1.48\n"


def test_utf16_unicode_text_from_excel_imports(project, tmp_path):
    f = tmp_path / "unicode.csv"
    f.write_bytes(ROWS.encode("utf-16"))  # Excel's "Unicode Text": UTF-16 LE with a BOM, tab-separated
    [report] = import_files(project, [f])
    assert report.added == 2
    assert sorted(a.name for a in project.records("assets")) == ["Café Hall", "Church"]


def test_windows_1252_is_detected(project, tmp_path):
    f = tmp_path / "ansi.csv"
    f.write_bytes("Name,Latitude,Longitude\nCafé Crèche,53.38,-1.47\n".encode("cp1252"))
    import_files(project, [f])
    assert [a.name for a in project.records("assets")] == ["Café Crèche"]


def test_semicolons_with_a_comma_in_the_header(project, tmp_path):
    f = tmp_path / "semi.csv"
    f.write_text("Name;Latitude;Longitude;Notes, comments\nHall;53,38;-1,47;a, b\nChurch;53.39;-1.48;c\n",
                 encoding="utf-8")
    [report] = import_files(project, [f])
    assert report.added + report.counts.skipped_total == 2
    assert "Church" in {a.name for a in project.records("assets")}


def test_an_unclosed_quote_is_refused_with_its_line(project, tmp_path, capsys):
    f = tmp_path / "quote.csv"
    f.write_text('Name,Latitude,Longitude\nHall,53.38,-1.47\n"Church,53.39,-1.48\nShop,53.40,-1.49\n',
                 encoding="utf-8")
    with pytest.raises(ImportFormatError) as exc:
        import_files(project, [f])
    assert str(f) in str(exc.value) and "line 3" in str(exc.value) and "never closed" in str(exc.value)
    assert project.count("assets") == 0
    project.close()
    refused(capsys, f, "import", project.path, f, cause="line 3")


def test_nul_in_a_name_is_removed_with_a_warning(project, tmp_path):
    f = tmp_path / "nul.csv"
    f.write_bytes(b"Name,Latitude,Longitude\nHa\x00ll,53.38,-1.47\n")
    [report] = import_files(project, [f])
    assert [a.name for a in project.records("assets")] == ["Hall"]
    assert any("NUL" in str(w) and "row 2" in str(w) for w in report.warnings)


def test_nul_in_geojson_names_is_removed_too(project, tmp_path):
    f = tmp_path / "nul.geojson"
    f.write_text('{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"A\\u0000B"},'
                 '"geometry":{"type":"Point","coordinates":[-1.47,53.38]}}]}', encoding="utf-8")
    [report] = import_files(project, [f])
    assert [a.name for a in project.records("assets")] == ["AB"]
    assert any("NUL" in str(w) for w in report.warnings)


def test_a_huge_field_is_refused_in_one_line(project, tmp_path):
    f = tmp_path / "huge.csv"
    f.write_text("Name,Latitude,Longitude\n" + "x" * (2 << 20) + ",53.38,-1.47\n", encoding="utf-8")
    with pytest.raises(ImportFormatError) as exc:
        import_files(project, [f])
    assert str(f) in str(exc.value) and "larger than" in str(exc.value)
    assert project.count("assets") == 0


def test_other_control_characters_in_a_csv_are_removed_with_a_warning_and_tabs_stay(project, tmp_path):
    f = tmp_path / "controls.csv"
    f.write_bytes(b'Name,Description,Latitude,Longitude\nHa\x1b[31mll\x07,"one\ttwo\r\nthree\x08",53.38,-1.47\n')
    [report] = import_files(project, [f])
    [asset] = project.records("assets")
    assert asset.name == "Ha[31mll" and asset.description == "one\ttwo\r\nthree"
    assert any("control characters" in str(w) and "row 2" in str(w) and "column 1, 2" in str(w)
               for w in report.warnings)
