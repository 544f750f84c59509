"""Our categories mapped to the LGA's service types in the Open Referral UK export: the vendored rows
(resources/oruk/lga), the mapping table, and the terms and attributes in the JSON form, the tabular package
and the API, every document checked against the vendored schemata."""

from __future__ import annotations

import csv
import json
import threading

import pytest

from mapper.domain.records import Asset
from mapper.domain.taxonomy import taxonomy
from mapper.formats.oruk import build, term_id
from mapper.formats.oruk_api import make_server
from mapper.formats.oruk_io import export_oruk
from mapper.formats.oruk_lga import (
    LGA_DIR,
    LIST_URI,
    TAXONOMY_ID,
    category_map,
    lga_term_id,
    services,
)
from mapper.store.source import FileSource
from tests.oruk_check import assert_valid
from tests.published_fixtures import build_small
from tests.test_oruk import get

# what the LGA list says these services are (its CSV download: Identifier, Label)
EXPECTED = {"library": [("437", "Library facilities")], "community_hub": [("1149", "Community centres")],
            "park": [("461", "Parks and open spaces")], "playground": [("670", "Outdoor play facilities")],
            "allotment": [("510", "Allotments"), ("746", "Community farms")],
            "sports_club": [("641", "Sports club directory")],
            "arts_crafts": [("838", "Arts organisations and events")],
            "lifts_errands": [("272", "Community transport")]}


@pytest.fixture
def mapped(project):
    small = build_small(project)
    small.add(Asset(name="Crookes Library", kind="shared_space", category="library", location=(-1.512, 53.383),
                    may_publish=True))
    small.add(Asset(name="Allotment society", kind="shared_space", category="allotment",
                    location=(-1.51, 53.384), may_publish=True))
    return small


def test_every_category_has_a_decision_and_every_term_is_a_vendored_lga_row():
    tx = taxonomy()
    assert set(category_map()) == set(tx.categories)  # a new category fails here until it is decided
    assert {c: [(i, services()[i]["Label"]) for i in ids] for c, ids in category_map().items() if ids} == EXPECTED
    used = {i for ids in category_map().values() for i in ids}
    assert set(services()) == used  # only the part of the list that is needed is vendored
    with (LGA_DIR / "services.csv").open(encoding="utf-8", newline="") as f:
        header = next(csv.reader(f))
    assert header == ["Identifier", "Label", "Description", "Created", "Modified", "History notes", "Type"]
    assert all(r["Type"] == "Service" and r["Description"] for r in services().values())
    readme = (LGA_DIR / "README.md").read_text(encoding="utf-8")
    assert "Open Government Licence" in readme and "okfn/ckanext-esdstandards" in readme
    assert "Not done" in readme  # the Community Services subset itself could not be obtained: said plainly


def test_export_tags_matching_services_with_lga_terms_valid_against_the_schemata(mapped, tmp_path):
    out = tmp_path / "oruk"
    export_oruk(FileSource(mapped), out)
    taxonomies = {t["id"]: t for t in json.loads((out / "taxonomies.json").read_text(encoding="utf-8"))}
    lga = taxonomies[TAXONOMY_ID]
    assert_valid("taxonomy", lga)
    assert lga["uri"] == LIST_URI and "Open Government Licence v3.0" in lga["description"]
    assert {t["term_uri"] for t in lga["taxonomy_terms"]} == {
        f"http://id.esd.org.uk/service/{i}" for ids in category_map().values() for i in ids}
    for term in lga["taxonomy_terms"]:
        assert_valid("taxonomy_term", term)
        assert term["name"] == services()[term["term"]]["Label"] and term["taxonomy"] == LIST_URI
    by_name = {s["name"]: s for s in json.loads((out / "services.json").read_text(encoding="utf-8"))}
    for doc in by_name.values():
        assert_valid("service", doc)

    def lga_uris(name):
        return sorted(a["taxonomy_term"]["term_uri"] for a in by_name[name]["attributes"]
                      if a["taxonomy_term"].get("taxonomy_id") == TAXONOMY_ID)

    assert lga_uris("Crookes Library") == ["http://id.esd.org.uk/service/437"]
    assert lga_uris("Allotment society") == ["http://id.esd.org.uk/service/510", "http://id.esd.org.uk/service/746"]
    assert lga_uris("Crookes Coffee Morning") == []  # no LGA type matches a coffee morning: none is claimed
    library = {a["taxonomy_term_id"] for a in by_name["Crookes Library"]["attributes"]}
    assert term_id("category", "library") in library  # our own category is still there, as a local term
    # the tabular form: the terms and the attributes that point at them
    with (out / "taxonomy_terms.csv").open(encoding="utf-8", newline="") as f:
        terms = {r["id"]: r for r in csv.DictReader(f)}
    assert terms[lga_term_id("437")]["term_uri"] == "http://id.esd.org.uk/service/437"
    with (out / "attribute.csv").open(encoding="utf-8", newline="") as f:
        links = {(r["link_id"], r["taxonomy_term_id"]) for r in csv.DictReader(f)}
    assert (by_name["Crookes Library"]["id"], lga_term_id("437")) in links
    with (out / "taxonomies.csv").open(encoding="utf-8", newline="") as f:
        assert any(r["id"] == TAXONOMY_ID and r["uri"] == LIST_URI for r in csv.DictReader(f))


def test_api_filters_by_lga_taxonomy_and_term(mapped):
    server = make_server(FileSource(mapped), port=0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    base = f"http://{host}:{port}"
    try:
        def names(query):
            return sorted(s["name"] for s in get(f"{base}/services?{query}")[2]["contents"])

        assert names(f"taxonomy_id={TAXONOMY_ID}") == ["Allotment society", "Crookes Library"]
        assert names(f"taxonomy_term_id={lga_term_id('746')}") == ["Allotment society"]
        status, _, full = get(f"{base}/taxonomies/{TAXONOMY_ID}")
        assert status == 200 and full["uri"] == LIST_URI
        assert_valid("taxonomy", full)
        status, _, term = get(f"{base}/taxonomy_terms/{lga_term_id('437')}")
        assert status == 200 and term["term_uri"] == "http://id.esd.org.uk/service/437"
        assert_valid("taxonomy_term", term)
    finally:
        server.shutdown()
        server.server_close()


def test_terms_come_only_from_the_mapping(mapped):
    data = build(FileSource(mapped))
    lga_terms = [t for t in data.taxonomy_terms if t["taxonomy_id"] == TAXONOMY_ID]
    assert [t["term"] for t in lga_terms] == sorted(services(), key=int)
