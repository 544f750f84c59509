"""Merge state shared by the merge and the review: a record as the merge sees it (``Rec``), reading
local records with their versions, and the ranker and knowledge a project's decisions give. The review
(``conflicts.refresh``) reads one record through this instead of building a whole ``MergeEngine``."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from mapper.domain.records import DELETED
from mapper.store.stored import load_stored
from mapper.store.versions import unpack_versions
from mapper.sync import decisions as dec
from mapper.sync.rules import Ranker

CHUNK = 500


@dataclass
class Rec:
    """One record's merged state: stored values (every column), per-field versions, tombstone flag."""

    values: dict[str, Any]
    versions: dict[str, str]
    deleted: bool
    sources: dict[str, str] = field(default_factory=dict)  # field -> file that brought the value
    text: str | None = None  # packed versions as read, while unchanged (saves re-packing)
    origin: str = ""  # where fields not listed in ``sources`` came from ("" = this project)

    def copy(self) -> "Rec":
        return Rec(dict(self.values), dict(self.versions), self.deleted, dict(self.sources), self.text, self.origin)

    def get(self, f: str) -> Any:
        return int(self.deleted) if f == DELETED else self.values.get(f)

    def set(self, f: str, value: Any, version: str, source: str) -> None:
        if f == DELETED:
            self.deleted = bool(value)
        else:
            self.values[f] = value
        self.versions[f] = version
        self.sources[f] = source
        self.text = None


class Fresh:
    """A record new to the project that one export brought whole (every field at one version, live, values
    already checked): the common case of a merge, kept as the row read (``prefetch.TableRead.rows``) until
    anything needs it as a ``Rec`` (another file brings the same record, a conflict, a replaced pair)."""

    __slots__ = ("row", "src_cols", "version", "text", "origin")
    deleted = False

    def __init__(self, row: tuple, src_cols: list[str], version: str, text: str, origin: str):
        self.row, self.src_cols, self.version, self.text, self.origin = row, src_cols, version, text, origin

    def to_rec(self, cols: list[str]) -> Rec:
        """The ``Rec`` the merge would have made of it (``cols``: the table's columns, as in the row)."""
        return Rec(dict(zip(cols, self.row[5:])), dict.fromkeys(self.src_cols, self.version), False,
                   text=self.text, origin=self.origin)


def packed_all(text: str) -> str | None:
    """The one version of packed versions ``{"*":"<version>"}`` read as is (no JSON parse), or None when
    the text is anything else (then it is parsed)."""
    if type(text) is str and text.startswith('{"*":"') and text.endswith('"}'):
        v = text[6:-2]
        if v and '"' not in v and "\\" not in v and v.isprintable():
            return v
    return None


def read_records(conn, table: str, cols: list[str], uuids: list[str],
                 vtext: dict[str, str] | None = None) -> dict[str, Rec | None]:
    """Local records (live or tombstoned) with their versions; None for uuids the project never had.
    ``vtext``: {uuid: packed versions} when the caller has them already."""
    out: dict[str, Rec | None] = {}
    for i in range(0, len(uuids), CHUNK):
        part = uuids[i:i + CHUNK]
        marks = ",".join("?" * len(part))
        rows = {r[0]: r[1:] for r in conn.execute(
            f'SELECT uuid, {", ".join(cols)} FROM "{table}" WHERE uuid IN ({marks})', part)}
        tombs = dict(conn.execute(
            f"SELECT uuid, data FROM nm_tombstones WHERE tbl=? AND uuid IN ({marks})", (table, *part)))
        vt = vtext if vtext is not None else dict(conn.execute(
            f"SELECT uuid, versions FROM nm_versions WHERE tbl=? AND uuid IN ({marks})", (table, *part)))
        for u in part:
            versions = unpack_versions(vt[u], cols) if u in vt else {}
            if u in rows:
                out[u] = Rec(dict(zip(cols, rows[u])), versions, False)
            elif u in tombs:
                data = load_stored(tombs[u]) if tombs[u] else {}
                out[u] = Rec({c: data.get(c) for c in cols}, versions, True)
            else:
                out[u] = None
    return out


def ranker_for(project, knowledge: dec.Knowledge) -> Ranker:
    """The ranker a merge in ``project`` uses now, clamping skewed versions to their writer's floor."""
    ranker = Ranker(project.clock.now_ms(), project.clock.max_skew_ms)
    ranker.floor_of = lambda v: knowledge.floor(v, lambda x: not ranker.suspect(x))
    return ranker
