"""What the quicker import paths of round 4 (issue 17, branch i17csv) must keep exactly: validation's answers,
taxonomy codes, postcodes, and the records and indexes an import into an empty table leaves."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from mapper.domain.records import Asset, new_uuid
from mapper.domain.taxonomy import taxonomy
from mapper.domain.validation import POSTCODE_RE, asset_problems, normalise_postcode

_TX = taxonomy()


def _normalise_postcode_before(text):
    if not text:
        return None
    compact = "".join(str(text).upper().split())
    m = POSTCODE_RE.match(compact)
    return f"{m.group(1)} {m.group(2)}" if m else None


_postcodes = st.one_of(st.text(max_size=12), st.sampled_from(["S1 2BJ", "s10 5br", " S1  2BJ ", "SW1A1AA", "S1 2B",
                                                             "W1 1AA\n", "", "S1 2bj"]), st.integers(), st.none())


@settings(max_examples=500, deadline=None)
@given(st.lists(_postcodes, max_size=6))
def test_postcodes_are_normalised_as_before_asked_once_or_again(texts):
    for text in texts + texts:  # the second time from the cache
        assert normalise_postcode(text) == _normalise_postcode_before(text)


_values = st.one_of(st.none(), st.text(max_size=20), st.integers(), st.booleans(), st.floats(allow_nan=False),
                    st.lists(st.text(max_size=3), max_size=2), st.tuples(st.text(max_size=3)),
                    st.sampled_from([*_TX.codes("categories"), *_TX.codes("asset_kinds"),
                                     *_TX.codes("asset_statuses"), "Other", "other ", "active"]))


@settings(max_examples=500, deadline=None)
@given(st.sampled_from(["categories", "asset_kinds", "asset_statuses", "group_types", "principles"]), _values)
def test_codes_are_recognised_as_before(section, value):
    assert _TX.is_code(section, value) == (value in tuple(_TX.codes(section)))


def _asset_problems_before(a):
    """The checks asset_problems made before round 4 (taxonomy codes by tuple, the website's pattern by text),
    without the long-text check, which is unchanged."""
    tx = _TX
    p = {}
    if not (a.name or "").strip():
        p["name"] = 1
    if a.kind not in tuple(tx.codes("asset_kinds")):
        p["kind"] = 1
    if a.category not in tuple(tx.codes("categories")):
        p["category"] = 1
    if a.status not in tuple(tx.codes("asset_statuses")):
        p["status"] = 1
    bad = [x for x in a.principles if x not in tx.principles]
    if bad:
        p["principles"] = repr(bad[0])
    if a.postcode and not _normalise_postcode_before(a.postcode):
        p["postcode"] = 1
    if a.website and not re.match(r"^(https?://)?[\w.-]+\.[a-z]{2,}", a.website, re.I):
        p["website"] = 1
    if a.contact_email and "@" not in a.contact_email:
        p["contact_email"] = 1
    return p


_texts = st.one_of(st.none(), st.text(max_size=15))


@settings(max_examples=500, deadline=None)
@given(name=st.text(max_size=5), kind=_values, category=_values, status=_values,
       principles=st.lists(st.one_of(st.sampled_from(_TX.principles), st.text(max_size=6)), max_size=3),
       postcode=st.one_of(_texts, st.sampled_from(["S1 2BJ", "s10 5br", "S1"])),
       website=st.one_of(_texts, st.sampled_from(["https://example.org", "example.org", "http://x", "www.a.CO",
                                                  "ftp://a.org", "a.b"])),
       contact_email=_texts)
def test_an_assets_problems_are_found_as_before(name, kind, category, status, principles, postcode, website,
                                                 contact_email):
    a = Asset(name=name, kind=kind, category=category, status=status, principles=tuple(principles),
              postcode=postcode, website=website, contact_email=contact_email)
    found = asset_problems(a)
    before = _asset_problems_before(a)
    assert set(found) == set(before)
    if "principles" in before:
        assert before["principles"] in found["principles"]


def _csv(path, head, rows):
    import csv

    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([head, *rows])
    return path


def _state(project):
    records = {u: project.row("assets", u) for (u,) in project.conn.execute("SELECT uuid FROM assets ORDER BY fid")}
    indexes = sorted(project.conn.execute("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index'"))
    return records, indexes


def test_an_import_into_an_empty_table_leaves_the_same_records_and_indexes(tmp_path, monkeypatch):
    """The indexes of a table empty at the file's first batch are set aside until the end of the file or an
    update: the same records, the same indexes (and a sound file) as when they are kept throughout."""
    from mapper.formats import importer
    from mapper.formats.api import import_files
    from mapper.store.project import Project

    monkeypatch.setattr(importer, "CHUNK", 2)
    a, b = new_uuid(), new_uuid()
    head = ["uuid", "name", "category", "postcode", "contact_phone", "website", "latitude", "longitude"]
    rows = [[a, "Hall", "community_hub", "S1 2BJ", "0114 000", "example.org", "53.38", "-1.47"],
            ["", "Cafe", "cafe", "S2 3CD", "", "", "53.37", "-1.46"],
            [b, "Library", "library", "", "0114 111", "https://x.org", "53.39", "-1.48"],
            [a, "Village Hall", "community_hub", "S1 2BJ", "0114 000", "example.org", "53.38", "-1.47"],
            ["", "Shop", "", "S3 4EF", "", "", "53.36", "-1.45"], ["", "Bad", "", "", "", "", "95", "-1.45"]]
    path = _csv(tmp_path / "rows.csv", head, rows)
    states, reports = [], []
    for aside in (True, False):
        if not aside:
            monkeypatch.setattr(importer, "set_indexes_aside", lambda conn, table: [])
        project = Project.create(tmp_path / f"p{aside}.gpkg")
        try:
            indexes_before = _state(project)[1]
            reports.append(import_files(project, [path])[0].summary())
            records, indexes = _state(project)
            assert indexes == indexes_before
            assert project.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            for r in records.values():
                r.pop("uuid", None)
            made = sorted(map(repr, (v for k, v in records.items() if k not in (a, b))))
            states.append(([records[a], records[b]], made, indexes))
        finally:
            project.close()
    assert states[0] == states[1] and reports[0] == reports[1]
    assert "1 updated" in reports[0] and states[0][0][0]["name"] == "Village Hall"
