"""Published numbers: care needs by neighbourhood x category, safe to publish.

* Primary suppression: a count from 1 to 9 is never published; it shows as "fewer than 10*".
* Every other count, and every total, is rounded to the nearest 5 (0 stays 0).
* Secondary suppression: further cells (preferably small inner ones, totals only if needed) are withheld so
  that no withheld cell can be worked out from the published cells and totals.

Why that holds: in the table extended by its totals row and column, each row and each column adds up
(cells minus total = 0). Take the rows and columns as the two sides of a bipartite graph and the withheld
cells as its edges. The published numbers fix a withheld cell exactly when its edge lies on no cycle (a
bridge): along a cycle one can add and subtract the same amount alternately and every row and column sum
stays the same. So secondary suppression closes a cycle through each bridge, choosing the cheapest path.

A need with several categories counts once in each, so the totals count mentions of needs.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass
from typing import Any, Iterable

from mapper.domain.i18n import QT_TRANSLATE_NOOP
from mapper.domain.records import CareNeed
from mapper.domain.taxonomy import taxonomy

THRESHOLD = 10
ROUND_TO = 5
# (translated where a person reads them: the map's legend; published files keep these words)
SUPPRESSED_TEXT = QT_TRANSLATE_NOOP("Aggregates", "fewer than 10*")
FOOTNOTE = QT_TRANSLATE_NOOP("Aggregates", "* fewer than 10, or withheld so that a count under 10 cannot be "
                                           "worked out from the totals")
NO_NEIGHBOURHOOD = ""

_MARGIN_COST = 10_000
_GRAND_COST = 1_000_000
_ZERO_COST = 10  # zeros make weak complements (an outsider may know a cell is empty)


def round5(n: int) -> int:
    """Nearest multiple of 5, halves up (12 -> 10, 13 -> 15)."""
    return ROUND_TO * ((n + ROUND_TO // 2) // ROUND_TO)


def extend(counts: list[list[int]]) -> list[list[int]]:
    """The table with a totals column and a totals row (the corner is the grand total)."""
    n = len(counts[0]) if counts else 0
    out = [list(row) + [sum(row)] for row in counts]
    out.append([sum(row[j] for row in out) for j in range(n + 1)])
    return out


def _bridges(m1: int, n1: int, cells: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Withheld cells that lie on no cycle of the row/column graph (Tarjan's bridges, iterative)."""
    adj: dict[int, list[tuple[int, tuple[int, int]]]] = {v: [] for v in range(m1 + n1)}
    for i, j in cells:
        adj[i].append((m1 + j, (i, j)))
        adj[m1 + j].append((i, (i, j)))
    disc: dict[int, int] = {}
    low: dict[int, int] = {}
    out: list[tuple[int, int]] = []
    timer = 0
    for root in adj:
        if root in disc or not adj[root]:
            continue
        disc[root] = low[root] = timer
        timer += 1
        stack = [(root, None, iter(adj[root]))]
        while stack:
            v, via, it = stack[-1]
            advanced = False
            for w, edge in it:
                if edge == via:
                    continue
                if w in disc:
                    low[v] = min(low[v], disc[w])
                else:
                    disc[w] = low[w] = timer
                    timer += 1
                    stack.append((w, edge, iter(adj[w])))
                    advanced = True
                    break
            if not advanced:
                stack.pop()
                if stack:
                    parent = stack[-1][0]
                    low[parent] = min(low[parent], low[v])
                    if low[v] > disc[parent]:
                        out.append(via)  # type: ignore[arg-type]
    return sorted(out)


def _cost(table: list[list[int]], i: int, j: int) -> int:
    m, n = len(table) - 1, len(table[0]) - 1
    value = table[i][j]
    cost = value if value else _ZERO_COST
    if i == m and j == n:
        return cost + _GRAND_COST
    if i == m or j == n:
        return cost + _MARGIN_COST
    return cost


def _close_cycle(table: list[list[int]], cells: set[tuple[int, int]], bridge: tuple[int, int]) -> None:
    """Withhold the cheapest path from the bridge's row to its column (not using the bridge itself)."""
    m1, n1 = len(table), len(table[0])
    start, goal = bridge[0], m1 + bridge[1]
    best = {start: 0}
    prev: dict[int, tuple[int, tuple[int, int]]] = {}
    heap = [(0, start)]
    while heap:
        d, v = heapq.heappop(heap)
        if v == goal:
            break
        if d > best.get(v, float("inf")):
            continue
        if v < m1:
            nbrs = [(m1 + j, (v, j)) for j in range(n1)]
        else:
            nbrs = [(i, (i, v - m1)) for i in range(m1)]
        for w, edge in nbrs:
            if edge == bridge:
                continue
            nd = d + (0 if edge in cells else _cost(table, *edge))
            if nd < best.get(w, float("inf")):
                best[w] = nd
                prev[w] = (v, edge)
                heapq.heappush(heap, (nd, w))
    v = goal
    while v != start:
        v, edge = prev[v]
        cells.add(edge)


def suppress(counts: list[list[int]]) -> list[list[int | None]]:
    """Publishable extended table (totals row and column last): None where withheld, else rounded to 5."""
    table = extend(counts)
    m1, n1 = len(table), len(table[0])
    cells = {(i, j) for i in range(m1) for j in range(n1) if 0 < table[i][j] < THRESHOLD}
    if m1 >= 2 and n1 >= 2:
        while True:
            bridges = _bridges(m1, n1, cells)
            if not bridges:
                break
            _close_cycle(table, cells, bridges[0])
    return [[None if (i, j) in cells else round5(table[i][j]) for j in range(n1)] for i in range(m1)]


def label(value: int | None) -> str:
    return SUPPRESSED_TEXT if value is None else str(value)


@dataclass
class PublishedTable:
    """Suppressed counts: ``cells[row][col]``, totals by row and column, and the grand total (None = withheld)."""

    rows: list[str]        # neighbourhood uuids ("" for needs with no neighbourhood)
    row_names: list[str]
    columns: list[str]     # need category codes
    column_names: list[str]
    published: list[list[int | None]]  # extended: last row and column are totals

    def cell(self, row: str, column: str) -> int | None:
        return self.published[self.rows.index(row)][self.columns.index(column)]

    def row_total(self, row: str) -> int | None:
        return self.published[self.rows.index(row)][-1]

    def column_total(self, column: str) -> int | None:
        return self.published[-1][self.columns.index(column)]

    @property
    def total(self) -> int | None:
        return self.published[-1][-1]

    def as_rows(self) -> list[dict[str, Any]]:
        """One dict per neighbourhood (plus 'All neighbourhoods'), values as published text."""
        out = []
        names = self.row_names + ["All neighbourhoods"]
        for name, values in zip(names, self.published):
            row: dict[str, Any] = {"neighbourhood": name}
            row.update({c: label(v) for c, v in zip(self.column_names + ["All needs"], values)})
            out.append(row)
        return out


def count_table(needs: Iterable[CareNeed], rows: list[str], columns: list[str]) -> list[list[int]]:
    index = {r: i for i, r in enumerate(rows)}
    cindex = {c: j for j, c in enumerate(columns)}
    counts = [[0] * len(columns) for _ in rows]
    for need in needs:
        i = index.get(need.neighbourhood or NO_NEIGHBOURHOOD)
        if i is None:
            continue
        for cat in set(need.categories):
            if cat in cindex:
                counts[i][cindex[cat]] += 1
    return counts


def published_counts(project, *, statuses: Iterable[str] | None = None) -> PublishedTable:
    """The suppressed table for this project's care needs (the project must be unlocked)."""
    tx = taxonomy()
    wanted = set(statuses) if statuses else None
    needs = [n for n in project.records(CareNeed.TABLE) if wanted is None or n.status in wanted]
    hoods = project.neighbourhood_names()  # uuid -> name, by name
    rows, names = list(hoods), list(hoods.values())
    if any(not n.neighbourhood or n.neighbourhood not in hoods for n in needs):
        rows.append(NO_NEIGHBOURHOOD)
        names.append("Neighbourhood not recorded")
        needs = [n if n.neighbourhood in hoods else _without_hood(n) for n in needs]
    columns = tx.codes("need_categories")
    counts = count_table(needs, rows, columns)
    return PublishedTable(rows, names, columns, [tx.label("need_categories", c) for c in columns],
                          suppress(counts))


def _without_hood(need: CareNeed) -> CareNeed:
    need.neighbourhood = None
    return need


def choropleth_geojson(project, category: str | None = None, *,
                       table: PublishedTable | None = None) -> dict[str, Any]:
    """Neighbourhoods as a GeoJSON FeatureCollection carrying suppressed counts, for a choropleth.

    ``category`` None maps each neighbourhood's total. Properties: uuid, name, code, count (a published
    number, or None when withheld), label (the text to show), suppressed.
    """
    table = table or published_counts(project)
    features = []
    for hood in project.records("neighbourhoods"):
        if hood.uuid not in table.rows:
            continue
        value = table.row_total(hood.uuid) if category is None else table.cell(hood.uuid, category)
        features.append({"type": "Feature", "geometry": hood.geometry,
                         "properties": {"uuid": hood.uuid, "name": hood.name, "code": hood.code, "count": value,
                                        "label": label(value), "suppressed": value is None}})
    return {"type": "FeatureCollection", "features": features,
            "properties": {"category": category, "footnote": FOOTNOTE}}
