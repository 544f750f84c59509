"""Words a person reads instead of the codes the file keeps: field names, taxonomy labels (Coffee morning,
not coffee_morning), yes/no, and times in the local time zone (the file keeps UTC)."""

from __future__ import annotations

import datetime as dt
from typing import Any, Mapping

from mapper.domain.records import DELETED
from mapper.domain.taxonomy import taxonomy

FIELD_WORDS = {DELETED: "Deleted", "geom": "Location", "contact_phone": "Phone", "contact_email": "Email",
               "may_publish": "May appear on public maps", "run_by": "Run by", "neighbourhood_fixed":
               "Neighbourhood chosen by hand", "last_checked": "Last checked", "opening_times": "Opening times",
               "audience": "Who it is for", "group_type": "Group type", "charity_number": "Charity number",
               "age_band": "Age band", "is_carer": "Is a carer", "approx_location": "Roughly where",
               "consent_by": "Consent given to", "consent_at": "Consent given at", "consent_scope": "Consent for",
               "recorded_by": "Recorded by", "neighbourhoods": "Neighbourhoods"}
_SECTIONS = {("assets", "kind"): "asset_kinds", ("assets", "category"): "categories",
             ("assets", "status"): "asset_statuses", ("groups", "group_type"): "group_types",
             ("care_needs", "status"): "need_statuses", ("care_needs", "urgency"): "urgencies",
             ("care_needs", "categories"): "need_categories"}
_YES_NO = {"may_publish", "neighbourhood_fixed", "is_carer", "consent"}
_NAMED = {"run_by", "neighbourhood", "neighbourhoods"}  # uuids of other records: shown by their names


def field_label(field: str) -> str:
    return FIELD_WORDS.get(field, field.replace("_", " ").capitalize())


def code_label(section: str, code: str) -> str:
    """A taxonomy code's label (the code itself when unknown)."""
    return taxonomy().label(section, code)


def value_label(table: str, field: str, value: Any, names: Mapping[str, str] | None = None) -> str:
    if field == DELETED:
        return {1: "deleted", 0: "restored"}.get(value, "")
    if value is None or value == "":
        return "—"
    if field in _YES_NO:
        return "Yes" if value in (1, True, "1", "true", "yes") else "No"
    if field == "geom" and isinstance(value, (list, tuple)) and len(value) == 2:
        return f"{value[1]:.5f}, {value[0]:.5f}"
    values = value if isinstance(value, (list, tuple)) else [value]
    section = _SECTIONS.get((table, field))
    if section:
        return ", ".join(code_label(section, str(v)) for v in values)
    if field in _NAMED and names is not None:
        return ", ".join(names.get(str(v), "a record no longer here") for v in values)
    return ", ".join(map(str, values))


def local_time(stamp: str | None) -> str:
    """"2026-12-01T21:05:15Z" -> "2026-12-01 21:05" in this computer's time zone."""
    if not stamp:
        return ""
    try:
        when = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp.replace("T", " ")[:16]
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.timezone.utc)
    return when.astimezone().strftime("%Y-%m-%d %H:%M")
