"""Possible duplicates that a coordinator can trust: on a labelled set of realistic pairs (typos, moved pins,
missing postcodes, groups meeting inside a venue, branches of one service, council-wide phone and website)
precision and recall are both at least 0.9; names are folded the way volunteers type them."""

from __future__ import annotations

import pytest

from benchmarks.duplicate_set import measure, population
from mapper.domain.records import Asset
from mapper.sync import duplicates as dup
from mapper.sync.names import fold, name_score


@pytest.mark.parametrize("seed", [12, 4])
def test_precision_and_recall_on_the_labelled_set(project, seed):
    m = measure(project, population(seed))
    assert m["true_pairs"] >= 45 and m["records"] >= 150
    assert m["precision"] >= 0.9, m["false"]
    assert m["recall"] >= 0.9, m["missed"]


@pytest.mark.parametrize("a, b", [
    ("St. Mary's Café & Garden", "saint marys cafe and garden"),
    ("ST MARYS CAFE + GARDEN", "St Mary’s Cafe and Garden"),
    ("The Zest Centre", "zest centre"),
])
def test_names_are_folded(a, b):
    assert fold(a) == fold(b)


def test_council_sites_sharing_a_switchboard_and_website_are_not_paired(project):
    council = dict(contact_phone="0114 273 4567", website="https://www.sheffield.gov.uk/")
    places = [("Broomhill Library", -1.499, 53.381), ("Crookes Library", -1.507, 53.388),
              ("Walkley Library", -1.495, 53.396), ("Firth Park Library", -1.442, 53.415),
              ("Darnall Community Centre", -1.415, 53.388)]
    project.bulk_add([Asset(name=n, location=(x, y), **council) for n, x, y in places])
    assert dup.find_all(project) == 0


def test_a_real_near_duplicate_is_found(project):
    a = project.add(Asset(name="Hillsborough Repair Cafe", location=(-1.5230, 53.4040), postcode="S6 4HL"))
    b = project.add(Asset(name="Repair Café", location=(-1.5238, 53.4046)))  # about 90 m away, no postcode
    assert dup.find_all(project) == 1
    (x, y), = project.conn.execute("SELECT a, b FROM nm_duplicates").fetchall()
    assert {x, y} == {a.uuid, b.uuid}


def test_a_group_meeting_inside_a_venue_is_not_its_duplicate():
    venue, activity = fold("St Mary's Church Hall"), fold("Knit & Natter at St Mary's Church Hall")
    score, different = name_score(activity, venue, "saint marys church hall", "")
    assert different and score < 85
