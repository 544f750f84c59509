"""Open Referral UK 3.0 (HSDS-UK) documents built from a published source (``mapper.store.source``).

A published group is an ``organization``; a published asset is a ``service`` (run by its group, or by the
one "community-recorded" organization when no published group runs it), with a ``location`` where it is
placed, a ``service_at_location`` joining them, weekly ``schedules`` where the opening text reads as days
and times (else the text as the schedule's description), ``cost_options``, a ``contact`` with its phone,
``accessibility`` on the location, and ``attributes`` linking it to our taxonomy terms.

Taxonomies: "Neighbourhoods of Care asset kinds and categories" (kinds as parent terms, categories below
them) and "Neighbourhoods of Care principles" (local taxonomies), and the LGA service list's service types
where one of our categories matches one (``formats.oruk_lga``). Optional fields are omitted, never null. Every id is a uuid
(derived ids are uuid5 of the record's uuid, so they are stable from one export to the next).
"""

from __future__ import annotations

import re
import uuid as _uuid
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from mapper.domain.taxonomy import taxonomy
from mapper.formats.oruk_lga import lga_taxonomy, lga_term_ids, lga_terms
from mapper.formats.oruk_text import cost, weekly

ORUK_VERSION = "3.0"
PROFILE_URL = "https://openreferraluk.org/"
_NS = _uuid.UUID("0b5d8a57-4c3e-4a8e-9f62-2f0d6c1e7a93")
COMMUNITY_ORG_ID = str(_uuid.uuid5(_NS, "organization:community-recorded"))
KINDS_TAXONOMY_ID = str(_uuid.uuid5(_NS, "taxonomy:categories"))
PRINCIPLES_TAXONOMY_ID = str(_uuid.uuid5(_NS, "taxonomy:principles"))
STATUS = {"active": "active", "temporarily_closed": "temporarily closed", "closed": "inactive"}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def derived_id(record_uuid: str, what: str) -> str:
    return str(_uuid.uuid5(_uuid.UUID(record_uuid), what))


def term_id(section: str, code: str) -> str:
    return str(_uuid.uuid5(_NS, f"term:{section}:{code}"))


def _url(text: str | None) -> str | None:
    """A web address as a URI ("www.x.org" gets https://), or None when it is not one."""
    if not text:
        return None
    t = text.strip()
    if not re.match(r"^https?://", t, re.IGNORECASE):
        t = "https://" + t
    parts = urlsplit(t)
    if not parts.netloc or "." not in parts.netloc or " " in t:
        return None
    return t


def _email(text: str | None) -> str | None:
    return text.strip() if text and _EMAIL.match(text.strip()) else None


def _put(doc: dict, key: str, value) -> None:
    """Set ``key`` only when there is a value (the standard omits optional fields rather than null)."""
    if value is not None and value != "" and value != []:
        doc[key] = value


def taxonomies() -> list[dict[str, Any]]:
    tx = taxonomy()
    kinds = {"id": KINDS_TAXONOMY_ID, "name": "Neighbourhoods of Care asset kinds and categories",
             "description": "The kinds of community asset the Citizen Mappers of South Yorkshire record, and the "
                            "categories within each kind (a local taxonomy).", "version": str(tx.raw["version"])}
    principles = {"id": PRINCIPLES_TAXONOMY_ID, "name": "Neighbourhoods of Care principles",
                  "description": "The principles of Neighbourhoods of Care an asset supports (a local taxonomy).",
                  "version": str(tx.raw["version"])}
    return [kinds, principles, lga_taxonomy()]


def taxonomy_terms() -> list[dict[str, Any]]:
    tx = taxonomy()
    terms = []
    for kind in tx.kinds:
        terms.append({"id": term_id("kind", kind), "name": tx.label("asset_kinds", kind),
                      "description": f"Asset kind: {tx.label('asset_kinds', kind)}", "taxonomy": "Neighbourhoods of Care",
                      "taxonomy_id": KINDS_TAXONOMY_ID, "term": kind})
    for cat in tx.categories:
        term = {"id": term_id("category", cat), "name": tx.label("categories", cat),
                "description": f"Category: {tx.label('categories', cat)}", "taxonomy": "Neighbourhoods of Care",
                "taxonomy_id": KINDS_TAXONOMY_ID, "term": cat}
        _put(term, "parent_id", term_id("kind", tx.kind_of(cat)) if tx.kind_of(cat) else None)
        terms.append(term)
    for p in tx.principles:
        terms.append({"id": term_id("principle", p), "name": p, "description": f"Principle: {p}",
                      "taxonomy": "Neighbourhoods of Care principles", "taxonomy_id": PRINCIPLES_TAXONOMY_ID,
                      "term": p.lower()})
    return terms + lga_terms()


@dataclass
class OrukData:
    """Every ORUK object of a source, flat (the tabular form) and by service (the JSON form)."""

    organizations: list[dict] = field(default_factory=list)
    services: list[dict] = field(default_factory=list)  # one-to-one fields only
    locations: list[dict] = field(default_factory=list)
    addresses: list[dict] = field(default_factory=list)
    accessibility: list[dict] = field(default_factory=list)
    service_at_locations: list[dict] = field(default_factory=list)
    schedules: list[dict] = field(default_factory=list)
    cost_options: list[dict] = field(default_factory=list)
    contacts: list[dict] = field(default_factory=list)
    phones: list[dict] = field(default_factory=list)
    attributes: list[dict] = field(default_factory=list)
    taxonomies: list[dict] = field(default_factory=taxonomies)
    taxonomy_terms: list[dict] = field(default_factory=taxonomy_terms)

    @property
    def organization_identifiers(self) -> list[dict]:
        return [{**i, "organization_id": o["id"]} for o in self.organizations
                for i in o.get("organization_identifiers", ())]

    def by_id(self, name: str) -> dict[str, dict]:
        return {d["id"]: d for d in getattr(self, name)}

    # --- the nested JSON form --------------------------------------------------------------------
    def full_service(self, service_id: str, *, index: "_Index | None" = None) -> dict | None:
        ix = index or _Index(self)
        base = ix.services.get(service_id)
        if base is None:
            return None
        out = dict(base)
        out.pop("organization_id", None)
        _put(out, "schedules", [_strip(s, "service_id") for s in ix.of("schedules", service_id)])
        _put(out, "service_at_locations", [self._nested_sal(ix, sal) for sal in ix.of("sal", service_id)])
        out["organization"] = dict(ix.organizations[base["organization_id"]])
        _put(out, "cost_options", [_strip(c, "service_id") for c in ix.of("cost_options", service_id)])
        _put(out, "contacts", [self._nested_contact(ix, c) for c in ix.of("contacts", service_id)])
        _put(out, "attributes", [self._nested_attribute(ix, a) for a in ix.of("attributes", service_id)])
        return out

    def full_service_at_location(self, sal_id: str, *, index: "_Index | None" = None) -> dict | None:
        ix = index or _Index(self)
        sal = ix.sals.get(sal_id)
        if sal is None:
            return None
        return self.full_service(sal["service_id"], index=ix)

    def _nested_sal(self, ix: "_Index", sal: dict) -> dict:
        out = _strip(sal, "service_id", "location_id")
        loc = dict(ix.locations[sal["location_id"]])
        _put(loc, "addresses", [_strip(a, "location_id") for a in ix.of("addresses", loc["id"])])
        _put(loc, "accessibility", [_strip(a, "location_id") for a in ix.of("accessibility", loc["id"])])
        out["location"] = loc
        return out

    def _nested_contact(self, ix: "_Index", contact: dict) -> dict:
        out = _strip(contact, "service_id")
        _put(out, "phones", [_strip(p, "contact_id") for p in ix.of("phones", contact["id"])])
        return out

    def _nested_attribute(self, ix: "_Index", attribute: dict) -> dict:
        out = _strip(attribute, "link_id")
        out["taxonomy_term"] = ix.terms[attribute["taxonomy_term_id"]]
        return out


def _strip(doc: dict, *keys: str) -> dict:
    return {k: v for k, v in doc.items() if k not in keys}


class _Index:
    """Children of each parent, for nesting (built once per export or per API start)."""

    def __init__(self, data: OrukData):
        self.services = data.by_id("services")
        self.organizations = data.by_id("organizations")
        self.locations = data.by_id("locations")
        self.sals = data.by_id("service_at_locations")
        self.terms = data.by_id("taxonomy_terms")
        self.children: dict[str, dict[str, list[dict]]] = {}
        for name, rows, key in (("schedules", data.schedules, "service_id"),
                                ("sal", data.service_at_locations, "service_id"),
                                ("cost_options", data.cost_options, "service_id"),
                                ("contacts", data.contacts, "service_id"),
                                ("attributes", data.attributes, "link_id"),
                                ("addresses", data.addresses, "location_id"),
                                ("accessibility", data.accessibility, "location_id"),
                                ("phones", data.phones, "contact_id")):
            index: dict[str, list[dict]] = {}
            for row in rows:
                index.setdefault(row[key], []).append(row)
            self.children[name] = index

    def of(self, name: str, parent: str) -> list[dict]:
        return self.children[name].get(parent, [])


def index(data: OrukData) -> _Index:
    return _Index(data)


def _organization(group: dict) -> dict:
    tx = taxonomy()
    org = {"id": group["uuid"], "name": group["name"] or "(unnamed group)",
           "description": group["description"] or tx.label("group_types", group["group_type"] or "")}
    _put(org, "email", _email(group["contact_email"]))
    _put(org, "website", _url(group["website"]))
    if group["charity_number"]:
        org["organization_identifiers"] = [{
            "id": derived_id(group["uuid"], "charity_number"), "identifier_scheme": "GB-CHC",
            "identifier_type": "Charity number", "identifier": group["charity_number"]}]
    return org


def _community_org(title: str) -> dict:
    return {"id": COMMUNITY_ORG_ID, "name": title,
            "description": "Community assets recorded by Citizen Mappers for which no organisation is published."}


def build(source, *, region: str = "South Yorkshire") -> OrukData:
    """Every published asset and group of ``source`` as ORUK objects."""
    tx = taxonomy()
    data = OrukData()
    groups = source.groups()
    data.organizations = [_organization(g) for g in groups]
    used_community = False
    for a in source.assets():
        sid = a["uuid"]
        org_id = a["run_by"]
        if org_id is None:
            org_id, used_community = COMMUNITY_ORG_ID, True
        service = {"id": sid, "organization_id": org_id, "name": a["name"] or "(unnamed)",
                   "status": STATUS.get(a["status"] or "active", "active")}
        _put(service, "description", a["description"])
        _put(service, "url", _url(a["website"]))
        _put(service, "email", _email(a["contact_email"]))
        _put(service, "fees", a["cost"])
        _put(service, "assured_date", a["last_checked"])
        _put(service, "last_modified", a["modified"])
        data.services.append(service)
        _children(data, a, region)
        for section, code in (("kind", a["kind"]), ("category", a["category"])):
            if code and (tx.is_code("asset_kinds", code) if section == "kind" else tx.is_code("categories", code)):
                data.attributes.append({"id": derived_id(sid, f"attribute:{section}"), "link_id": sid,
                                        "taxonomy_term_id": term_id(section, code), "link_entity": "service"})
        for lga, term in lga_term_ids(a["category"]):
            data.attributes.append({"id": derived_id(sid, f"attribute:lga:{lga}"), "link_id": sid,
                                    "taxonomy_term_id": term, "link_entity": "service"})
        for p in a["principles"]:
            if p in tx.principles:
                data.attributes.append({"id": derived_id(sid, f"attribute:principle:{p}"), "link_id": sid,
                                        "taxonomy_term_id": term_id("principle", p), "link_entity": "service"})
    if used_community:
        data.organizations.append(_community_org(source.title()))
    return data


def _address(a: dict, loc_id: str, region: str) -> dict | None:
    if not a["address"] and not a["postcode"]:
        return None
    parts = [p.strip() for p in (a["address"] or "").split(",") if p.strip()]
    postcode = (a["postcode"] or "").strip()
    if parts and postcode and parts[-1].replace(" ", "").upper() == postcode.replace(" ", "").upper():
        parts.pop()
    city = parts.pop() if len(parts) > 1 else region
    return {"id": derived_id(a["uuid"], "address"), "location_id": loc_id,
            "address_1": ", ".join(parts) or city, "city": city, "state_province": region,
            "postal_code": postcode, "country": "GB", "address_type": "physical"}


def _children(data: OrukData, a: dict, region: str) -> None:
    sid = a["uuid"]
    if a["lon"] is not None:
        loc_id = derived_id(sid, "location")
        loc = {"id": loc_id, "location_type": "physical", "name": a["name"] or "(unnamed)",
               "latitude": a["lat"], "longitude": a["lon"]}
        data.locations.append(loc)
        if (addr := _address(a, loc_id, region)) is not None:
            data.addresses.append(addr)
        if a["accessibility"]:
            data.accessibility.append({"id": derived_id(sid, "accessibility"), "location_id": loc_id,
                                       "description": a["accessibility"]})
        data.service_at_locations.append({"id": derived_id(sid, "service_at_location"), "service_id": sid,
                                          "location_id": loc_id})
    if a["opening_times"]:
        times = weekly(a["opening_times"])
        if times is None:
            data.schedules.append({"id": derived_id(sid, "schedule"), "service_id": sid,
                                   "description": a["opening_times"]})
        for i, (byday, opens, closes) in enumerate(times or ()):
            data.schedules.append({"id": derived_id(sid, f"schedule:{i}"), "service_id": sid, "freq": "WEEKLY",
                                   "interval": 1, "byday": byday, "opens_at": opens, "closes_at": closes,
                                   "description": a["opening_times"]})
    if (c := cost(a["cost"])) is not None:
        data.cost_options.append({"id": derived_id(sid, "cost_option"), "service_id": sid, **c})
    if a["contact_phone"]:
        contact_id = derived_id(sid, "contact")
        data.contacts.append({"id": contact_id, "service_id": sid, "name": a["name"] or "(unnamed)"})
        data.phones.append({"id": derived_id(sid, "phone"), "contact_id": contact_id,
                            "number": a["contact_phone"]})
