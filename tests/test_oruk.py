"""Open Referral UK 3.0: the export (JSON form and tabular data package) and the read-only API, every
document checked against the vendored schemata with jsonschema."""

from __future__ import annotations

import csv
import json
import threading
import urllib.error
import urllib.request

import pytest

from mapper.cli import main
from mapper.formats.oruk import COMMUNITY_ORG_ID, build, term_id
from mapper.formats.oruk_api import make_server
from mapper.formats.oruk_io import TABLES, columns, export_oruk, schema
from mapper.formats.oruk_text import cost, weekly
from mapper.store.source import FileSource
from tests.oruk_check import assert_valid, nulls, problems
from tests.published_fixtures import SECRET, build_small


@pytest.fixture
def small(project):
    return build_small(project)


def test_weekly_opening_times_are_read_only_when_sure():
    assert weekly("Tuesdays 10am-12pm") == [("TU", "10:00", "12:00")]
    assert weekly("Weekdays 9-5") == [("MO,TU,WE,TH,FR", "09:00", "17:00")]
    assert weekly("Mon, Wed 10-12; Sat 9:30-13:00") == [("MO,WE", "10:00", "12:00"), ("SA", "09:30", "13:00")]
    assert weekly("Monday: 10am to 5pm\nThursday: Closed\nSaturday: 10am to 4pm") == [
        ("MO", "10:00", "17:00"), ("SA", "10:00", "16:00")]
    assert weekly("Every Saturday morning") is None
    assert weekly("Mon 5-3am") is None
    assert weekly("") is None
    assert cost("Free") == {"option": "Free", "amount": 0}
    assert cost("£2.50") == {"option": "£2.50", "amount": 2.5}
    assert cost("Donations welcome") == {"option": "Donations welcome", "amount_description": "Donations welcome"}


def test_export_json_and_tabular_forms_are_valid_and_public_only(small, tmp_path):
    out = tmp_path / "oruk"
    report = export_oruk(FileSource(small), out)
    assert report.services == 3 and report.locations == 2 and report.organizations == 2
    services = json.loads((out / "services.json").read_text(encoding="utf-8"))
    for doc in services:
        assert_valid("service", doc)
    for doc in json.loads((out / "organizations.json").read_text(encoding="utf-8")):
        assert_valid("organization", doc)
    for doc in json.loads((out / "taxonomies.json").read_text(encoding="utf-8")):
        assert_valid("taxonomy", doc)
        assert doc["taxonomy_terms"]
    everything = "".join(p.read_text(encoding="utf-8") for p in out.iterdir() if p.suffix in (".json", ".csv"))
    assert SECRET not in everything  # no mapper's name, no unpublished record, no care need
    assert "needs company" not in everything
    by_name = {s["name"]: s for s in services}
    coffee = by_name["Crookes Coffee Morning"]
    assert coffee["organization"]["name"] == "Crookes Friends"
    assert coffee["organization"]["website"] == "https://crookesfriends.org.uk"
    assert coffee["organization"]["organization_identifiers"][0]["identifier"] == "1234567"
    assert coffee["schedules"] == [{"id": coffee["schedules"][0]["id"], "freq": "WEEKLY", "interval": 1,
                                    "byday": "TU", "opens_at": "10:00", "closes_at": "12:00",
                                    "description": "Tuesdays 10am-12pm"}]
    assert coffee["cost_options"][0]["amount"] == 1
    location = coffee["service_at_locations"][0]["location"]
    assert (location["latitude"], location["longitude"]) == (53.385, -1.505)
    assert location["addresses"][0]["postal_code"] == "S10 1TD"
    assert location["addresses"][0]["city"] == "Sheffield"
    assert location["accessibility"][0]["description"] == "Step-free entrance"
    assert coffee["contacts"][0]["phones"][0]["number"] == "0114 000 0000"
    terms = {a["taxonomy_term_id"] for a in coffee["attributes"]}
    assert {term_id("category", "coffee_morning"), term_id("kind", "group_activity"),
            term_id("principle", "Belonging")} <= terms
    walk = by_name["Walkley Walk"]  # run by an unpublished group: never named, never referred to
    assert walk["organization"]["id"] == COMMUNITY_ORG_ID and walk["status"] == "temporarily closed"
    assert walk["schedules"][0] == {"id": walk["schedules"][0]["id"], "description": "Every Saturday morning"}
    assert "service_at_locations" not in by_name["Phone-only befriending"]  # omitted, not null or []

    package = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    assert [r["path"] for r in package["resources"]] == [schema(n)["path"] for n, _ in TABLES]
    for (name, _), resource in zip(TABLES, package["resources"]):
        with (out / resource["path"]).open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        assert list(rows[0]) == [f["name"] for f in resource["schema"]["fields"]] == columns(name)
        s = schema(name)
        for row in rows:
            for field in set(s.get("required", ())) | set(s.get("tabular_required", ())):
                assert row[field], f"{name}.{field} empty"
            doc = {k: (float(v) if s["properties"].get(k, {}).get("type") == "number" else v)
                   for k, v in row.items() if v}
            assert_valid(name, doc)
    services_csv = list(csv.DictReader((out / "services.csv").open(encoding="utf-8")))
    assert len(services_csv) == 3 and all(r["organization_id"] for r in services_csv)
    identifiers = list(csv.DictReader((out / "organization_identifiers.csv").open(encoding="utf-8")))
    assert [(r["identifier"], r["identifier_scheme"]) for r in identifiers] == [("1234567", "GB-CHC")]


def test_checker_catches_nulls_and_missing_fields():
    assert problems("service", {"id": "2f1c9a2e-7d1b-4b8e-9d0a-1b2c3d4e5f60", "name": "x", "status": "active",
                                "description": None})
    assert problems("service", {"id": "2f1c9a2e-7d1b-4b8e-9d0a-1b2c3d4e5f60", "name": "x"})  # no status
    assert nulls({"a": [{"b": None}]}) == ["/a/0/b"]


def test_demo_export_validates_by_cli(demo_path, tmp_path, capsys):
    out = tmp_path / "oruk"
    assert main(["export", str(demo_path), str(out), "--format", "oruk"]) == 0
    assert "Open Referral UK" in capsys.readouterr().out
    for doc in json.loads((out / "services.json").read_text(encoding="utf-8")):
        assert_valid("service", doc)
    assert main(["export", str(demo_path), str(out), "--format", "oruk"]) == 0  # replaces its own export
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "keep.txt").write_text("mine")
    assert main(["export", str(demo_path), str(tmp_path / "other"), "--format", "oruk"]) == 1
    assert (tmp_path / "other" / "keep.txt").read_text() == "mine"
    assert "ORUK export goes into a new folder" in capsys.readouterr().err


@pytest.fixture
def api(small):
    server = make_server(FileSource(small), port=0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    yield f"http://{host}:{port}", server
    server.shutdown()
    server.server_close()


def get(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as r:
            return r.status, r.headers, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, e.headers, json.loads(e.read())


def test_api_answers_every_endpoint_valid_against_the_schemata(api, small):
    api_project = small
    base, server = api
    assert server.server_address[0] == "127.0.0.1"
    status, headers, root = get(base + "/")
    assert status == 200 and root["version"] == "3.0" and root["openapi_url"] == base + "/openapi.json"
    assert headers["Access-Control-Allow-Origin"] == "*"
    assert get(base + "/openapi.json")[2]["openapi"].startswith("3")

    status, headers, listing = get(base + "/services?per_page=2")
    assert status == 200 and headers["Access-Control-Allow-Origin"] == "*"
    assert (listing["total_items"], listing["total_pages"], listing["size"], listing["first_page"],
            listing["last_page"], listing["empty"]) == (3, 2, 2, True, False, False)
    page2 = get(base + "/services?per_page=2&page=2")[2]
    assert page2["size"] == 1 and page2["last_page"] and not page2["first_page"]
    ids = [s["id"] for s in listing["contents"] + page2["contents"]]
    assert len(set(ids)) == 3
    for item in listing["contents"] + page2["contents"]:
        assert_valid("service", item)
        assert "schedules" not in item  # a list has the one-to-one fields only
        status, _, full = get(f"{base}/services/{item['id']}")
        assert status == 200
        assert_valid("service", full)
    assert get(base + "/services?page=9")[2]["empty"] is True
    assert get(base + "/services?per_page=x")[0] == 400
    assert get(base + "/services/00000000-0000-4000-8000-000000000000")[0] == 404

    sals = get(base + "/service_at_locations")[2]
    assert sals["total_items"] == 2
    for item in sals["contents"]:
        assert_valid("service_at_location", item)
        assert_valid("service", item["service"])
        status, _, full = get(f"{base}/service_at_locations/{item['id']}")
        assert status == 200
        assert_valid("service_at_location", full)
        assert_valid("service", full["service"])

    taxonomies = get(base + "/taxonomies")[2]
    assert taxonomies["total_items"] == 3  # our two local taxonomies and the LGA service types
    for t in taxonomies["contents"]:
        assert_valid("taxonomy", t)
        full = get(f"{base}/taxonomies/{t['id']}")[2]
        assert_valid("taxonomy", full)
        assert full["taxonomy_terms"] and all(x["taxonomy_id"] == t["id"] for x in full["taxonomy_terms"])
    terms = get(base + "/taxonomy_terms?per_page=1000")[2]
    assert terms["total_items"] == len(build(FileSource(api_project)).taxonomy_terms)
    for term in terms["contents"]:
        assert_valid("taxonomy_term", term)
    one = terms["contents"][0]
    assert get(f"{base}/taxonomy_terms/{one['id']}")[2] == one


def test_api_search_and_filters(api):
    base, _ = api
    names = lambda q: sorted(s["name"] for s in get(base + "/services?" + q)[2]["contents"])  # noqa: E731
    assert names("search=coffee") == ["Crookes Coffee Morning"]
    assert names("search=walk") == ["Walkley Walk"]
    assert names(f"taxonomy_term_id={term_id('category', 'befriending')}") == ["Phone-only befriending"]
    assert names(f"taxonomy_term_id={term_id('kind', 'group_activity')}") == ["Crookes Coffee Morning",
                                                                              "Walkley Walk"]
    assert names("day=TU") == ["Crookes Coffee Morning"] == names("day=tuesday&start_time=09:00&end_time=13:00")
    assert names("day=WE") == [] == names("day=TU&start_time=11:00")
    assert names("minimum_age=18") == [] == names("maximum_age=65")  # no ages recorded: nothing claims to match
    sal_names = lambda q: sorted(s["service"]["name"] for s in  # noqa: E731
                                 get(base + "/service_at_locations?" + q)[2]["contents"])
    assert sal_names("search=coffee") == ["Crookes Coffee Morning"]
    assert sal_names(f"taxonomy_term_id={term_id('kind', 'group_activity')}&day=SA") == []  # no readable Saturday
    by_taxonomy = get(f"{base}/service_at_locations?taxonomy_id={build_kinds_taxonomy_id()}&per_page=1")[2]
    assert (by_taxonomy["total_items"], by_taxonomy["size"], by_taxonomy["total_pages"]) == (2, 1, 2)
    assert get(base + "/services?day=Funday")[0] == 400
    near = get(base + "/service_at_locations?postcode=S10%201TD&proximity=5000")[2]
    assert near["total_items"] >= 1 and near["contents"][0]["service"]["name"] == "Crookes Coffee Morning"
    assert get(base + "/service_at_locations?postcode=ZZ99%209ZZ")[0] == 400


def build_kinds_taxonomy_id():
    from mapper.formats.oruk import KINDS_TAXONOMY_ID

    return KINDS_TAXONOMY_ID


def test_serve_oruk_command_listens_on_loopback_only(demo_path):
    import os
    import subprocess
    import sys

    from tests.paths import ROOT

    proc = subprocess.Popen([sys.executable, "-m", "mapper", "serve-oruk", str(demo_path), "--port", "0"],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        line = proc.stdout.readline()
        url = line.split(" on ", 1)[1].split(" ", 1)[0]
        assert url.startswith("http://127.0.0.1:")
        status, headers, root = get(url)
        assert status == 200 and root["version"] == "3.0" and headers["Access-Control-Allow-Origin"] == "*"
        listing = get(url + "services?per_page=5")[2]
        assert listing["size"] == 5 and listing["total_items"] > 200
        for item in listing["contents"]:
            assert_valid("service", get(f"{url}services/{item['id']}")[2])
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        proc.stdout.close()
        proc.stderr.close()


def test_the_specification_is_vendored_with_its_licence_and_the_export_carries_it(small, tmp_path):
    from mapper.domain.resources import RESOURCES

    oruk = RESOURCES / "oruk"
    assert "BSD 3-Clause" in (oruk / "LICENSE").read_text(encoding="utf-8")
    names = {p.stem for p in (oruk / "schemata").glob("*.json")}
    assert {"service", "organization", "location", "service_at_location", "schedule", "cost_option", "contact",
            "phone", "accessibility", "attribute", "taxonomy", "taxonomy_term", "address"} <= names
    assert json.loads((oruk / "openapi.json").read_text(encoding="utf-8"))["openapi"].startswith("3")
    export_oruk(FileSource(small), tmp_path / "out")
    assert (tmp_path / "out" / "LICENSE-ORUK-schemata.txt").read_bytes() == (oruk / "LICENSE").read_bytes()
