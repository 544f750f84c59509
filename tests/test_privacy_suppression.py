"""Published numbers: no count from 1 to 9, others rounded to 5, and no withheld cell recoverable.

Recoverability is checked independently of the implementation's graph argument: the published cells and
totals give linear equations (each row and column of the table, totals included, adds up) in the withheld
cells; a withheld cell is recoverable exactly when removing its column from that system lowers the rank.
"""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from mapper.domain.records import CareNeed, Neighbourhood
from mapper.privacy import aggregates
from mapper.privacy.aggregates import SUPPRESSED_TEXT, extend, suppress
from mapper.privacy.setup import set_passphrase


def recoverable(published: list[list[int | None]]) -> list[tuple[int, int]]:
    m1, n1 = len(published), len(published[0])
    unknown = [(i, j) for i in range(m1) for j in range(n1) if published[i][j] is None]
    if not unknown:
        return []
    col = {cell: k for k, cell in enumerate(unknown)}
    equations = []
    for i in range(m1):  # row i: cells - row total = 0
        eq = np.zeros(len(unknown))
        for j in range(n1):
            if (i, j) in col:
                eq[col[(i, j)]] = -1.0 if j == n1 - 1 else 1.0
        equations.append(eq)
    for j in range(n1):  # column j: cells - column total = 0
        eq = np.zeros(len(unknown))
        for i in range(m1):
            if (i, j) in col:
                eq[col[(i, j)]] = -1.0 if i == m1 - 1 else 1.0
        equations.append(eq)
    a = np.array(equations)
    rank = np.linalg.matrix_rank(a)
    return [cell for cell, k in col.items() if np.linalg.matrix_rank(np.delete(a, k, axis=1)) < rank]


counts_tables = st.integers(1, 7).flatmap(lambda m: st.integers(1, 6).flatmap(lambda n: st.lists(
    st.lists(st.one_of(st.integers(0, 12), st.integers(0, 60)), min_size=n, max_size=n), min_size=m, max_size=m)))


@settings(max_examples=150, deadline=None)
@given(counts_tables)
def test_no_withheld_cell_is_recoverable_and_no_small_count_published(counts):
    published = suppress(counts)
    true = extend(counts)
    assert recoverable(published) == []
    for row, true_row in zip(published, true):
        for value, real in zip(row, true_row):
            if value is None:
                continue
            assert not 1 <= value <= 9
            assert value % 5 == 0 and abs(value - real) <= 2
            if 1 <= real <= 9:
                raise AssertionError("a small count was published")


def test_checker_catches_primary_suppression_alone():
    # withholding only the small cell would let anyone subtract it from the row total
    counts = [[3, 20], [15, 30]]
    naive = [[None if 0 < v < 10 else v for v in row] for row in extend(counts)]
    assert recoverable(naive) == [(0, 0)]
    published = suppress(counts)
    assert published[0][0] is None and recoverable(published) == []
    assert sum(v is None for row in published for v in row) >= 4


def test_rounding_to_five():
    assert [aggregates.round5(n) for n in (0, 10, 12, 13, 17, 18, 22)] == [0, 10, 10, 15, 15, 20, 20]


def test_project_table_and_choropleth(project):
    set_passphrase(project, "counts passphrase")
    square = {"type": "MultiPolygon", "coordinates": [[[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]]]}
    big = project.add(Neighbourhood(name="Big", geometry=square))
    small = project.add(Neighbourhood(name="Small", geometry=square))
    needs = [CareNeed(neighbourhood=big.uuid, categories=("food",), consent_by="a", consent_at="2026-01-01")
             for _ in range(23)]
    needs += [CareNeed(neighbourhood=small.uuid, categories=("food", "money"), consent_by="a",
                       consent_at="2026-01-01") for _ in range(3)]
    project.bulk_add(needs)
    table = aggregates.published_counts(project)
    true = {big.uuid: {"food": 23, "money": 0}, small.uuid: {"food": 3, "money": 3}}
    for hood, cats in true.items():
        for cat, real in cats.items():
            value = table.cell(hood, cat)
            assert value is None or value == aggregates.round5(real)
    assert table.cell(small.uuid, "food") is None and table.cell(small.uuid, "money") is None
    assert table.total == 30
    assert recoverable(table.published) == []
    rows = {r["neighbourhood"]: r for r in table.as_rows()}
    assert rows["Small"]["Food"] == SUPPRESSED_TEXT
    geo = aggregates.choropleth_geojson(project, "food", table=table)
    props = {f["properties"]["name"]: f["properties"] for f in geo["features"]}
    assert props["Small"]["suppressed"] and props["Small"]["count"] is None
    assert props["Small"]["label"] == SUPPRESSED_TEXT
    assert props["Big"]["count"] == table.cell(big.uuid, "food")
    assert geo["features"][0]["geometry"]["type"] == "MultiPolygon"
