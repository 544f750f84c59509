"""The LGA service types our categories map to, for the Open Referral UK export (``formats.oruk``).

``resources/oruk/lga/``: ``services.csv`` (the rows of the Local Government Association's service list that
we use, copied unchanged from the list's CSV download; Open Government Licence v3.0, attributed to the LG
Inform Plus programme) and ``category_map.json`` (each of our categories -> LGA identifiers; empty where
nothing matches). Its README says where the list comes from and what is not done: the LGA's Community
Services list itself could not be obtained, so the terms are those of the LGA service list, whose
``http://id.esd.org.uk/service/N`` identifiers ORUK's taxonomy guidance uses for service types.
"""

from __future__ import annotations

import csv
import json
import uuid as _uuid
from functools import lru_cache
from typing import Any

from mapper.domain.resources import RESOURCES

LGA_DIR = RESOURCES / "oruk" / "lga"
LIST_URI = "http://id.esd.org.uk/list/services"
TERM_URI = "http://id.esd.org.uk/service/{}"
ATTRIBUTION = ("Contains public sector information licensed under the Open Government Licence v3.0, attributed "
               "to the LG Inform Plus (esd-toolkit) programme (standards.esd.org.uk).")
TAXONOMY_ID = str(_uuid.uuid5(_uuid.NAMESPACE_URL, LIST_URI))


def lga_term_id(identifier: str) -> str:
    """A stable uuid for the term (ORUK ids are uuids; the LGA's own identifier is the term's ``term``)."""
    return str(_uuid.uuid5(_uuid.NAMESPACE_URL, TERM_URI.format(identifier)))


@lru_cache(maxsize=1)
def _loaded() -> tuple[dict[str, dict[str, str]], dict[str, tuple[str, ...]]]:
    with (LGA_DIR / "services.csv").open(encoding="utf-8", newline="") as f:
        services = {row["Identifier"]: row for row in csv.DictReader(f)}
    mapping = json.loads((LGA_DIR / "category_map.json").read_text(encoding="utf-8"))["map"]
    return services, {cat: tuple(ids) for cat, ids in mapping.items()}


def services() -> dict[str, dict[str, str]]:
    """The vendored LGA service rows by identifier."""
    return _loaded()[0]


def category_map() -> dict[str, tuple[str, ...]]:
    """Each of our categories -> the LGA service identifiers it matches (empty: none matches)."""
    return _loaded()[1]


def lga_taxonomy() -> dict[str, Any]:
    return {"id": TAXONOMY_ID, "name": "LGA service list (service types)",
            "description": "Types of service from the Local Government Association's service list, which "
                           "Open Referral UK recommends for tagging services; given where one of our categories "
                           f"matches a type. {ATTRIBUTION}",
            "uri": LIST_URI, "version": "4.0.1"}


def lga_terms() -> list[dict[str, Any]]:
    """Every LGA term some category maps to."""
    used = sorted({i for ids in category_map().values() for i in ids}, key=int)
    return [{"id": lga_term_id(i), "name": services()[i]["Label"], "description": services()[i]["Description"],
             "taxonomy": LIST_URI, "taxonomy_id": TAXONOMY_ID, "term_uri": TERM_URI.format(i), "term": i}
            for i in used]


def lga_term_ids(category: str | None) -> list[tuple[str, str]]:
    """(LGA identifier, term id) for each LGA term a category maps to."""
    return [(i, lga_term_id(i)) for i in category_map().get(category or "", ())]
