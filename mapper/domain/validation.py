"""Plain-language validation, shared by the forms, the importers and the store."""

from __future__ import annotations

import datetime as _dt
import re

from mapper.domain.errors import ValidationError
from mapper.domain.records import Asset, CareNeed, Group, Neighbourhood, Record
from mapper.domain.taxonomy import taxonomy

POSTCODE_RE = re.compile(r"^([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})$")
MAX_TEXT = 32_767  # Excel's cell limit: nothing longer is accepted anywhere


def normalise_postcode(text: str | None) -> str | None:
    """'s10 5br' -> 'S10 5BR'; None when it is not a UK postcode shape."""
    if not text:
        return None
    compact = "".join(str(text).upper().split())
    m = POSTCODE_RE.match(compact)
    return f"{m.group(1)} {m.group(2)}" if m else None


def _check_text(problems: dict, record) -> None:
    for key, value in vars(record).items():
        if isinstance(value, str) and len(value) > MAX_TEXT:
            problems[key] = f"is {len(value):,} characters long; the most allowed is {MAX_TEXT:,}"


def _check_date(problems: dict, key: str, value) -> None:
    if value in (None, ""):
        return
    try:
        _dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        problems[key] = "should be a date like 2025-03-31"


def _check_location(problems: dict, loc) -> None:
    if loc is None:
        return
    try:
        lon, lat = float(loc[0]), float(loc[1])
    except (TypeError, ValueError, IndexError):
        problems["location"] = "should be a longitude and latitude"
        return
    if not (-180 <= lon <= 180 and -90 <= lat <= 90):
        problems["location"] = "is not a place on Earth (longitude -180..180, latitude -90..90)"


def asset_problems(a: Asset) -> dict[str, str]:
    tx = taxonomy()
    p: dict[str, str] = {}
    if not (a.name or "").strip():
        p["name"] = "Please give the asset a name"
    if not tx.is_code("asset_kinds", a.kind):
        p["kind"] = f"'{a.kind}' is not a kind of asset; choose one from the list"
    if not tx.is_code("categories", a.category):
        p["category"] = f"'{a.category}' is not a category; choose one from the list"
    if not tx.is_code("asset_statuses", a.status):
        p["status"] = "should be active, temporarily closed or closed"
    bad = [x for x in a.principles if x not in tx.principles]
    if bad:
        p["principles"] = f"unknown principle {bad[0]!r}"
    if a.postcode and not normalise_postcode(a.postcode):
        p["postcode"] = "does not look like a UK postcode (for example S1 2BJ)"
    if a.website and not re.match(r"^(https?://)?[\w.-]+\.[a-z]{2,}", a.website, re.I):
        p["website"] = "does not look like a web address"
    if a.contact_email and "@" not in a.contact_email:
        p["contact_email"] = "does not look like an email address"
    _check_location(p, a.location)
    _check_date(p, "last_checked", a.last_checked)
    _check_text(p, a)
    return p


def group_problems(g: Group) -> dict[str, str]:
    p: dict[str, str] = {}
    if not (g.name or "").strip():
        p["name"] = "Please give the group a name"
    if g.group_type not in taxonomy().codes("group_types"):
        p["group_type"] = f"'{g.group_type}' is not a type of group; choose one from the list"
    if g.contact_email and "@" not in g.contact_email:
        p["contact_email"] = "does not look like an email address"
    _check_date(p, "last_checked", g.last_checked)
    _check_text(p, g)
    return p


def care_need_problems(n: CareNeed) -> dict[str, str]:
    tx = taxonomy()
    p: dict[str, str] = {}
    if not n.consent_by or not n.consent_at:
        p["consent"] = "Consent must be recorded (who recorded it and when) before a care need is saved"
    if not n.categories:
        p["categories"] = "Choose at least one need"
    bad = [c for c in n.categories if c not in tx.codes("need_categories")]
    if bad:
        p["categories"] = "unknown need category (use the codes or names from the list)"  # never the value
    if n.age_band and n.age_band not in tx.codes("age_bands"):
        p["age_band"] = "choose an age band from the list"
    if n.urgency not in tx.codes("urgencies"):
        p["urgency"] = "should be low, medium or high"
    if n.status not in tx.codes("need_statuses"):
        p["status"] = "should be open, connected, met or closed"
    if n.notes and (re.search(r"\b[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}\b", n.notes)):
        p["notes"] = "Please do not write a postcode or address in the notes"
    _check_text(p, n)
    return p


def neighbourhood_problems(n: Neighbourhood) -> dict[str, str]:
    p: dict[str, str] = {}
    if not (n.name or "").strip():
        p["name"] = "A neighbourhood needs a name"
    return p


_CHECKS = {Asset: asset_problems, Group: group_problems, CareNeed: care_need_problems,
           Neighbourhood: neighbourhood_problems}


def problems(record: Record) -> dict[str, str]:
    return _CHECKS[type(record)](record)


def validate(record: Record) -> None:
    found = problems(record)
    if found:
        raise ValidationError(found)
