"""Words a person reads instead of the codes the file keeps: field names, taxonomy labels (Coffee morning,
not coffee_morning), yes/no, and times in the local time zone (the file keeps UTC)."""

from __future__ import annotations

import datetime as dt
from typing import Any, Mapping

from mapper.domain.i18n import QT_TRANSLATE_NOOP, Context, translate
from mapper.domain.records import DELETED
from mapper.domain.taxonomy import taxonomy

FIELD_WORDS = {DELETED: QT_TRANSLATE_NOOP("Wording", "Deleted"), "geom": QT_TRANSLATE_NOOP("Wording", "Location"), "contact_phone": QT_TRANSLATE_NOOP("Wording", "Phone"), "contact_email": QT_TRANSLATE_NOOP("Wording", "Email"),
               "may_publish": QT_TRANSLATE_NOOP("Wording", "May appear on public maps"), "run_by": QT_TRANSLATE_NOOP("Wording", "Run by"), "neighbourhood_fixed":
               QT_TRANSLATE_NOOP("Wording", "Neighbourhood chosen by hand"), "last_checked": QT_TRANSLATE_NOOP("Wording", "Last checked"), "opening_times": QT_TRANSLATE_NOOP("Wording", "Opening times"),
               "audience": QT_TRANSLATE_NOOP("Wording", "Who it is for"), "group_type": QT_TRANSLATE_NOOP("Wording", "Group type"), "charity_number": QT_TRANSLATE_NOOP("Wording", "Charity number"),
               "age_band": QT_TRANSLATE_NOOP("Wording", "Age band"), "is_carer": QT_TRANSLATE_NOOP("Wording", "Is a carer"), "approx_location": QT_TRANSLATE_NOOP("Wording", "Roughly where"),
               "consent_by": QT_TRANSLATE_NOOP("Wording", "Consent given to"), "consent_at": QT_TRANSLATE_NOOP("Wording", "Consent given at"), "consent_scope": QT_TRANSLATE_NOOP("Wording", "Consent for"),
               "recorded_by": QT_TRANSLATE_NOOP("Wording", "Recorded by"), "neighbourhoods": QT_TRANSLATE_NOOP("Wording", "Neighbourhoods")}
FIELD_WORDS.update({  # the rest of the fields, so that each has a translatable name
    "name": QT_TRANSLATE_NOOP("Wording", "Name"), "kind": QT_TRANSLATE_NOOP("Wording", "Kind"),
    "category": QT_TRANSLATE_NOOP("Wording", "Category"), "status": QT_TRANSLATE_NOOP("Wording", "Status"),
    "description": QT_TRANSLATE_NOOP("Wording", "Description"), "address": QT_TRANSLATE_NOOP("Wording", "Address"),
    "postcode": QT_TRANSLATE_NOOP("Wording", "Postcode"), "website": QT_TRANSLATE_NOOP("Wording", "Website"),
    "cost": QT_TRANSLATE_NOOP("Wording", "Cost"), "accessibility": QT_TRANSLATE_NOOP("Wording", "Accessibility"),
    "principles": QT_TRANSLATE_NOOP("Wording", "Principles"),
    "neighbourhood": QT_TRANSLATE_NOOP("Wording", "Neighbourhood"), "notes": QT_TRANSLATE_NOOP("Wording", "Notes"),
    "urgency": QT_TRANSLATE_NOOP("Wording", "Urgency"), "categories": QT_TRANSLATE_NOOP("Wording", "Needs"),
})
_SECTIONS = {("assets", "kind"): "asset_kinds", ("assets", "category"): "categories",
             ("assets", "status"): "asset_statuses", ("groups", "group_type"): "group_types",
             ("care_needs", "status"): "need_statuses", ("care_needs", "urgency"): "urgencies",
             ("care_needs", "categories"): "need_categories"}
_YES_NO = {"may_publish", "neighbourhood_fixed", "is_carer", "consent"}
_NAMED = {"run_by", "neighbourhood", "neighbourhoods"}  # uuids of other records: shown by their names


def field_label(field: str) -> str:
    """A field's name in the chosen language."""
    return translate("Wording", FIELD_WORDS.get(field, field.replace("_", " ").capitalize()))


def code_label(section: str, code: str) -> str:
    """A taxonomy code's label (the code itself when unknown)."""
    return taxonomy().label(section, code)


def value_label(table: str, field: str, value: Any, names: Mapping[str, str] | None = None) -> str:
    if field == DELETED:
        return {1: translate("Wording", "deleted"), 0: translate("Wording", "restored")}.get(value, "")
    if value is None or value == "":
        return "—"
    if field in _YES_NO:
        return translate("Wording", "Yes") if value in (1, True, "1", "true", "yes") else translate("Wording", "No")
    if field == "geom" and isinstance(value, (list, tuple)) and len(value) == 2:
        return f"{value[1]:.5f}, {value[0]:.5f}"
    values = value if isinstance(value, (list, tuple)) else [value]
    section = _SECTIONS.get((table, field))
    if section:
        return ", ".join(code_label(section, str(v)) for v in values)
    if field in _NAMED and names is not None:
        return ", ".join(names.get(str(v), translate("Wording", "a record no longer here")) for v in values)
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


Cli = Context("Cli")


def count_words(kind: str, n: int) -> str:
    """``n`` records of a table (or a workbook sheet named after one) in words."""
    key = kind.replace(" ", "_").lower()
    if key == "assets":
        return Cli.tr("%n asset(s)", "", n)
    if key == "groups":
        return Cli.tr("%n group(s)", "", n)
    if key == "neighbourhoods":
        return Cli.tr("%n neighbourhood(s)", "", n)
    if key == "care_needs":
        return Cli.tr("%n care need(s)", "", n)
    return f"{n} {kind.replace('_', ' ').lower()}"
