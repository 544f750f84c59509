"""What the quicker import paths (issue 17) must keep exactly: fingerprints of rows imported before,
ids and numbers."""

from __future__ import annotations

import json
import uuid

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mapper.domain.records import new_uuid
from mapper.formats.common import fingerprint, to_number, to_text


def test_fingerprints_are_the_ones_earlier_imports_stored():
    values = {"name": "Hall", "location": (-1.4, 53.3), "principles": ("a", "b"), "may_publish": 0, "x": "",
              "y": None, "z": (), "uuid": "q", "population": 3, "f": 1.5}
    # computed by the code that wrote nm_import_fingerprints before issue 17
    assert fingerprint("assets", values) == "394eeaa6857dc7d68a74697bc3eb543375b50b4aa12fbbdf8e26d657ed7fcaa1"


def _fingerprint_before(table, values):
    """What fingerprint() computed before issue 17 (repr of the whole list): the text earlier imports stored."""
    import hashlib

    clean = []
    for k, v in sorted(values.items()):
        if k in ("uuid", "neighbourhood", "neighbourhood_fixed") or v is None or v == "" or v == ():
            continue
        if k in ("geom", "location") and isinstance(v, (tuple, list)):
            v = [round(float(v[0]), 7), round(float(v[1]), 7)]
        clean.append((k, list(v) if isinstance(v, tuple) else v))
    return hashlib.sha256(repr((table, clean)).encode("utf-8", "surrogatepass")).hexdigest()


_cell = st.one_of(st.none(), st.text(), st.booleans(), st.integers(), st.floats(allow_nan=False),
                  st.tuples(st.text(), st.text()), st.tuples(), st.lists(st.text(max_size=3), max_size=3))
_place = st.one_of(st.none(), st.tuples(st.floats(-180, 180), st.floats(-90, 90)),
                   st.lists(st.floats(-180, 180), min_size=2, max_size=2))


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(["name", "description", "principles", "may_publish", "uuid", "neighbourhood",
                                        "neighbourhood_fixed", "population", "address", "'q\"", "é"]), _cell),
       _place, st.sampled_from(["location", "geom", None]), st.sampled_from(["assets", "groups"]))
def test_fingerprints_are_spelled_as_before_for_any_values(values, place, place_key, table):
    if place_key is not None:
        values = {**values, place_key: place}
    assert fingerprint(table, values) == _fingerprint_before(table, values)
    assert fingerprint(table, dict(reversed(values.items()))) == _fingerprint_before(table, values)


def test_new_ids_are_random_version_4_uuids():
    ids = {new_uuid() for _ in range(2000)}
    assert len(ids) == 2000
    for u in list(ids)[:200]:
        parsed = uuid.UUID(u)
        assert parsed.version == 4 and parsed.variant == uuid.RFC_4122 and str(parsed) == u


def test_cells_read_as_before():
    assert to_number("53.38") == 53.38 and to_number(" -1,47 ") == -1.47 and to_number("") is None
    assert to_number(7) == 7.0
    assert to_text("  ") is None and to_text("Hall") == "Hall" and to_text(3.0) == "3"



def test_dates_read_as_before():
    from mapper.formats.common import to_date

    assert to_date("31/01/2025") == "2025-01-31" and to_date("1/2/25") == "2025-02-01"
    assert to_date(" 01.02.2025 ") == "2025-02-01" and to_date("1-2-2025") == "2025-02-01"
    for kept in ("2025-01-31", "31/02/2025", "Spring 2024", "1.2.25", "01/02/2025x"):
        assert to_date(kept) == kept.strip()


def test_ids_are_recognised_as_before():
    from mapper.formats.common import looks_like_uuid

    u = new_uuid()
    assert looks_like_uuid(u) and looks_like_uuid(u.upper()) and looks_like_uuid("{" + u + "}")
    assert looks_like_uuid(u.replace("-", "")) and not looks_like_uuid(u[:-1]) and not looks_like_uuid("12")


def _csv(path, head, rows):
    import csv

    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([head, *rows])
    return path


def test_records_an_import_makes_get_one_version_for_every_column_and_carried_ids_keep_the_rule(project,
                                                                                                tmp_path):
    """A row without an id becomes a record no other file can hold: every column gets the import's version
    (stored once, as "*"). A row that carries an id may be a record held elsewhere: a column no row has
    still gets no version (an empty value never recorded must not win a merge)."""
    from mapper.formats.api import import_files
    from mapper.store.versions import DEFAULT

    made = _csv(tmp_path / "made.csv", ["name", "latitude", "longitude"], [["Hall", "53.38", "-1.47"]])
    import_files(project, [made])
    [(packed,)] = project.conn.execute("SELECT versions FROM nm_versions WHERE tbl = 'assets'").fetchall()
    assert list(json.loads(packed)) == [DEFAULT]
    [hall] = project.records("assets")
    assert set(project.versions("assets", hall.uuid)) == set(project.columns("assets"))
    carried = new_uuid()
    import_files(project, [_csv(tmp_path / "carried.csv", ["uuid", "name", "contact_email", "latitude", "longitude"],
                                [[carried, "Library", "", "53.39", "-1.48"]])])
    versions = project.versions("assets", carried)
    assert "name" in versions and "geom" in versions and "contact_email" not in versions


def test_an_id_repeated_after_its_batch_was_written_updates_the_record_with_newer_versions(project, tmp_path,
                                                                                          monkeypatch):
    from mapper.domain.hlc import parse_version
    from mapper.formats import importer
    from mapper.formats.api import import_files

    monkeypatch.setattr(importer, "CHUNK", 2)  # the repeat comes after its batch was written
    a, b, c = new_uuid(), new_uuid(), new_uuid()
    rows = [[a, "Hall", "53.38", "-1.47"], [b, "Library", "53.39", "-1.47"], [c, "Cafe", "53.37", "-1.46"],
            [a, "Village Hall", "53.38", "-1.47"]]
    report = import_files(project, [_csv(tmp_path / "again.csv", ["uuid", "name", "latitude", "longitude"], rows)])[0]
    assert (report.added, report.updated) == (3, 1)
    assert project.row("assets", a)["name"] == "Village Hall"
    versions = project.versions("assets", a)
    assert parse_version(versions["name"]) > parse_version(versions["geom"])
    assert {u for (u,) in project.conn.execute("SELECT uuid FROM nm_versions WHERE tbl = 'assets'")} == {a, b, c}


def test_ids_in_a_new_project_are_known_as_in_any_other(project, tmp_path, monkeypatch):
    """A table empty when the file began is not asked row by row; what the rows do stays the same."""
    from mapper.domain.records import Asset
    from mapper.formats import importer
    from mapper.formats.api import import_files

    monkeypatch.setattr(importer, "CHUNK", 3)
    a, b, c = new_uuid(), new_uuid(), new_uuid()
    head = ["uuid", "name", "latitude", "longitude"]
    rows = [[a, "Hall", "53.38", "-1.47"], [a, "Hall twice", "53.38", "-1.47"], [b, "Bad", "95", "-1.47"],
            [c, "Cafe", "53.37", "-1.46"], [b, "Library", "53.39", "-1.47"], [c, "Cafe again", "53.37", "-1.46"]]
    report = import_files(project, [_csv(tmp_path / "new.csv", head, rows)])[0]
    assert (report.added, report.updated, len(report.skipped)) == (3, 1, 2)  # the twin and the bad row
    assert [project.row("assets", u)["name"] for u in (a, b, c)] == ["Hall", "Library", "Cafe again"]
    project.delete("assets", a)
    gone, kept = new_uuid(), project.add(Asset(name="Kept", location=(-1.47, 53.38))).uuid
    report = import_files(project, [_csv(tmp_path / "old.csv", head, [[a, "Back", "53.38", "-1.47"],
                                                                     [kept, "Kept on", "53.38", "-1.47"],
                                                                     [gone, "New", "53.38", "-1.47"]])])[0]
    assert (report.added, report.updated) == (1, 1) and "deleted" in str(report.skipped[0])
    assert project.row("assets", kept)["name"] == "Kept on" and project.row("assets", a) is None


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x3000)), st.booleans())
def test_control_characters_in_a_csv_row_are_found_as_before(text, ascii_only):
    from mapper.domain.cells import CSV_CONTROL, has_csv_control

    if ascii_only:
        text = text.encode("ascii", "ignore").decode("ascii")
    assert has_csv_control(text) == (CSV_CONTROL.search(text) is not None)


def test_the_files_box_takes_every_asset_an_import_adds(project, tmp_path, monkeypatch):
    """gpkg_contents' extent (what QGIS zooms to) after imports in batches, into an empty table and one with
    assets: the box of every asset, as reading the R-tree gives it."""
    from mapper.domain.records import Asset
    from mapper.formats import importer
    from mapper.formats.api import import_files

    monkeypatch.setattr(importer, "CHUNK", 2)
    head = ["name", "latitude", "longitude"]
    places = [(53.38, -1.47), (53.30, -1.40), (53.45, -1.60), (53.31, -1.35), (53.50, -1.42)]

    def box():
        return project.conn.execute("SELECT min_x, min_y, max_x, max_y FROM gpkg_contents "
                                    "WHERE table_name = 'assets'").fetchone()

    def expected():
        pts = [project.row("assets", u)["geom"] for (u,) in project.conn.execute("SELECT uuid FROM assets")]
        return (min(p[0] for p in pts), min(p[1] for p in pts), max(p[0] for p in pts), max(p[1] for p in pts))

    import_files(project, [_csv(tmp_path / "a.csv", head, [[f"A {i}", *p] for i, p in enumerate(places[:3])])])
    assert box() == pytest.approx(expected(), abs=1e-5)
    project.add(Asset(name="Far", location=(-1.2, 53.6)))
    import_files(project, [_csv(tmp_path / "b.csv", head, [[f"B {i}", *p] for i, p in enumerate(places[3:])])])
    assert box() == pytest.approx(expected(), abs=1e-5)
    with project.transaction():
        project.conn.execute("UPDATE gpkg_contents SET min_x = NULL WHERE table_name = 'assets'")
    import_files(project, [_csv(tmp_path / "c.csv", head, [["C", 53.2, -1.9]])])
    assert box() == pytest.approx(expected(), abs=1e-5)
