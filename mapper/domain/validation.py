"""Plain-language validation, shared by the forms, the importers and the store."""

from __future__ import annotations

import datetime as _dt
import re

from mapper.domain.errors import ValidationError
from mapper.domain.i18n import translate
from mapper.domain.records import Asset, CareNeed, Group, Neighbourhood, Record
from mapper.domain.taxonomy import taxonomy

POSTCODE_RE = re.compile(r"^([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})$")
MAX_TEXT = 32_767  # Excel's cell limit: nothing longer is accepted anywhere
_WEBSITE = re.compile(r"^(https?://)?[\w.-]+\.[a-z]{2,}", re.I)


def normalise_postcode(text: str | None) -> str | None:
    """'s10 5br' -> 'S10 5BR'; None when it is not a UK postcode shape."""
    if not text:
        return None
    if type(text) is str:  # the same text, the same answer: an import asks twice a row, mostly for a few postcodes
        found = _POSTCODES.get(text, _POSTCODES)
        if found is not _POSTCODES:
            return found
        found = _normalise_postcode(text)
        if len(_POSTCODES) < 10_000 and len(text) <= 64:
            _POSTCODES[text] = found
        return found
    return _normalise_postcode(text)


_POSTCODES: dict[str, str | None] = {}


def _normalise_postcode(text) -> str | None:
    compact = "".join(str(text).upper().split())
    m = POSTCODE_RE.match(compact)
    return f"{m.group(1)} {m.group(2)}" if m else None


def _check_text(problems: dict, record) -> None:
    for key, value in vars(record).items():
        if isinstance(value, str) and len(value) > MAX_TEXT:
            problems[key] = translate("Validation", "is %1 characters long; the most allowed is %2").replace("%1", f"{len(value):,}").replace(
                "%2", f"{MAX_TEXT:,}")


def _check_date(problems: dict, key: str, value) -> None:
    if value in (None, ""):
        return
    try:
        _dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        problems[key] = translate("Validation", "should be a date like 2025-03-31")


def _check_location(problems: dict, loc) -> None:
    if loc is None:
        return
    try:
        lon, lat = float(loc[0]), float(loc[1])
    except (TypeError, ValueError, IndexError):
        problems["location"] = translate("Validation", "should be a longitude and latitude")
        return
    if not (-180 <= lon <= 180 and -90 <= lat <= 90):
        problems["location"] = translate("Validation", "is not a place on Earth (longitude -180..180, latitude -90..90)")


def asset_problems(a: Asset) -> dict[str, str]:
    tx = taxonomy()
    p: dict[str, str] = {}
    if not (a.name or "").strip():
        p["name"] = translate("Validation", "Please give the asset a name")
    if not tx.is_code("asset_kinds", a.kind):
        p["kind"] = translate("Validation", "'%1' is not a kind of asset; choose one from the list").replace("%1", str(a.kind))
    if not tx.is_code("categories", a.category):
        p["category"] = translate("Validation", "'%1' is not a category; choose one from the list").replace("%1", str(a.category))
    if not tx.is_code("asset_statuses", a.status):
        p["status"] = translate("Validation", "should be active, temporarily closed or closed")
    known = tx.principles
    bad = [x for x in a.principles if x not in known]
    if bad:
        p["principles"] = translate("Validation", "unknown principle %1").replace("%1", repr(bad[0]))
    if a.postcode and not normalise_postcode(a.postcode):
        p["postcode"] = translate("Validation", "does not look like a UK postcode (for example S1 2BJ)")
    if a.website and not _WEBSITE.match(a.website):
        p["website"] = translate("Validation", "does not look like a web address")
    if a.contact_email and "@" not in a.contact_email:
        p["contact_email"] = translate("Validation", "does not look like an email address")
    _check_location(p, a.location)
    _check_date(p, "last_checked", a.last_checked)
    _check_text(p, a)
    return p


def group_problems(g: Group) -> dict[str, str]:
    p: dict[str, str] = {}
    if not (g.name or "").strip():
        p["name"] = translate("Validation", "Please give the group a name")
    if g.group_type not in taxonomy().codes("group_types"):
        p["group_type"] = translate("Validation", "'%1' is not a type of group; choose one from the list").replace(
            "%1", str(g.group_type))
    if g.contact_email and "@" not in g.contact_email:
        p["contact_email"] = translate("Validation", "does not look like an email address")
    _check_date(p, "last_checked", g.last_checked)
    _check_text(p, g)
    return p


def care_need_problems(n: CareNeed) -> dict[str, str]:
    tx = taxonomy()
    p: dict[str, str] = {}
    if not n.consent_by or not n.consent_at:
        p["consent"] = translate("Validation", "Consent must be recorded (who recorded it and when) before a care need is saved")
    if not n.categories:
        p["categories"] = translate("Validation", "Choose at least one need")
    bad = [c for c in n.categories if c not in tx.codes("need_categories")]
    if bad:
        # never the value: a care-need field may hold anything a person typed about someone
        p["categories"] = translate("Validation", "unknown need category (use the codes or names from the list)")
    if n.age_band and n.age_band not in tx.codes("age_bands"):
        p["age_band"] = translate("Validation", "choose an age band from the list")
    if n.urgency not in tx.codes("urgencies"):
        p["urgency"] = translate("Validation", "should be low, medium or high")
    if n.status not in tx.codes("need_statuses"):
        p["status"] = translate("Validation", "should be open, connected, met or closed")
    if n.notes and (re.search(r"\b[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}\b", n.notes)):
        p["notes"] = translate("Validation", "Please do not write a postcode or address in the notes")
    _check_text(p, n)
    return p


def neighbourhood_problems(n: Neighbourhood) -> dict[str, str]:
    p: dict[str, str] = {}
    if not (n.name or "").strip():
        p["name"] = translate("Validation", "A neighbourhood needs a name")
    return p


_CHECKS = {Asset: asset_problems, Group: group_problems, CareNeed: care_need_problems,
           Neighbourhood: neighbourhood_problems}


def problems(record: Record) -> dict[str, str]:
    return _CHECKS[type(record)](record)


def validate(record: Record) -> None:
    found = problems(record)
    if found:
        raise ValidationError(found)
