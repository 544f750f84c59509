"""Neighbourhood profiles: what a neighbourhood, a ward, a district or the whole map has, in numbers a
community meeting can read. Built from a published source (``mapper.store.source``), so the window, the
published site and a server all show the same profile.

An ``Area`` is a neighbourhood, a ward, a district (South Yorkshire's metropolitan boroughs) or the whole
map ("all"). Neighbourhoods are placed in wards and districts (``formats.admin_areas``: the source's wards,
else the boundaries shipped with the app): by the ward the neighbourhood records when that is a known ward,
else by a point inside its outline; an asset belongs to its neighbourhood's ward and district, or, with no
neighbourhood, to those its position falls in. ``profile(area)`` gives assets by kind and by principle, the
groups that serve it, what is open on each day of the week, what changed in the last 90 days, what has not
been checked for 12 months and the gaps against the city (a kind recorded in the city but not here, or at
under half the city's rate per neighbourhood). Care-need counts are never here: ``private_needs`` (window
only, unlocked project) adds the suppressed counts of ``mapper.privacy.aggregates``.
"""

from __future__ import annotations

import uuid as _uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Any

from mapper.domain.i18n import QT_TRANSLATE_NOOP, Context, translate
from mapper.domain.taxonomy import taxonomy
from mapper.formats.admin_areas import AdminAreas
from mapper.formats.oruk_text import DAYS, weekly

RECENT_DAYS = 90
STALE_DAYS = 365
DAY_LABELS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
Profiles = Context("Profiles")  # words of the window's private profile (the published pages stay English)
_WARD_NS = _uuid.UUID("2d7f0c1e-5b8a-4c39-8e4f-6a1b9d3c7e52")
# (the window's map shows these in the chosen language: mapview/indicator_layer.py; the published site in English)
INDICATORS = (("assets", QT_TRANSLATE_NOOP("Shading", "All assets (per neighbourhood)")),
              *((f"kind:{k}", f"Assets: {taxonomy().label('asset_kinds', k)}") for k in taxonomy().kinds),
              ("stale", QT_TRANSLATE_NOOP("Shading", "Share not checked for 12 months (%)")),
              ("gaps", QT_TRANSLATE_NOOP("Shading", "Gaps against the city (kinds missing)")))


@dataclass
class Area:
    level: str  # "neighbourhood", "ward", "district", "all"
    key: str  # neighbourhood uuid, ward code (or a uuid of its name), district code, or "all"
    name: str
    neighbourhoods: tuple[str, ...]  # neighbourhood uuids inside it
    ward: str | None = None  # a neighbourhood's ward name
    district: str | None = None  # a neighbourhood's or ward's district code


@dataclass
class Profile:
    area: Area
    assets: int
    by_kind: dict[str, int]
    by_principle: dict[str, int]
    by_status: dict[str, int]
    groups: list[dict[str, str]]
    open_days: dict[str, int]  # day label -> assets open that day (readable opening times only)
    opening_readable: int
    opening_unreadable: int
    recent: list[dict[str, str]]
    recent_count: int
    stale: list[dict[str, str]]
    stale_count: int
    gaps: list[str]  # in words (the published pages); gap_kinds: (kind, "none" or "few") for other languages
    extra: dict[str, Any] = field(default_factory=dict)
    gap_kinds: list[tuple[str, str]] = field(default_factory=list)


def ward_key(name: str, codes: dict[str, str]) -> str:
    """A ward's stable page name: its code when the wards layer knows it, else a uuid of its name."""
    return codes.get(name) or str(_uuid.uuid5(_WARD_NS, name))


class ProfileData:
    """Every published asset and group of a source, indexed by neighbourhood, ward and district, read once."""

    def __init__(self, source, *, today: date | None = None):
        self.today = today or datetime.now(timezone.utc).date()
        self.hoods = source.neighbourhoods()
        self.hood_by_id = {h["uuid"]: h for h in self.hoods}
        self.assets = list(source.assets())
        self.groups = source.groups()
        self.title = source.title()
        self._place(AdminAreas(source.wards()))
        self._city_rate = self._rates(self.assets, max(1, len(self.hoods)))

    def _place(self, admin: AdminAreas) -> None:
        """Neighbourhoods and assets into wards and districts (see the module's docstring)."""
        known: dict[str, list] = {}
        for w in admin.wards:
            known.setdefault(w.name, []).append(w)
        ward_of: dict[str, tuple[str, str]] = {}  # hood uuid -> (ward key, ward name)
        district_of: dict[str, str] = {}  # hood uuid -> district code
        ward_district: dict[str, str] = {}
        located = admin.locate_areas([h["geometry"] for h in self.hoods])
        for h, (place_district, place_ward) in zip(self.hoods, located):
            ward = _recorded_ward(known.get(h["ward"], []), place_district, place_ward) if h["ward"] else place_ward
            if ward is not None:
                key = _place_key(ward)
                ward_of[h["uuid"]] = (key, ward.name)
                district = ward.district or (place_district.code if place_district else None)
            else:
                if h["ward"]:  # a ward named by the project that no boundary knows: kept, by its name
                    ward_of[h["uuid"]] = (ward_key(h["ward"], {}), h["ward"])
                district = place_district.code if place_district else None
            if district:
                district_of[h["uuid"]] = district
                if h["uuid"] in ward_of:
                    ward_district.setdefault(ward_of[h["uuid"]][0], district)
        self.by_hood: dict[str | None, list[dict]] = {}
        self.by_ward: dict[str, list[dict]] = {}
        self.by_district: dict[str, list[dict]] = {}
        ward_names = {key: name for key, name in ward_of.values()}
        loose = []
        for a in self.assets:
            hood = a["neighbourhood"] if a["neighbourhood"] in self.hood_by_id else None
            self.by_hood.setdefault(hood, []).append(a)
            if hood is not None:
                if hood in ward_of:
                    self.by_ward.setdefault(ward_of[hood][0], []).append(a)
                if hood in district_of:
                    self.by_district.setdefault(district_of[hood], []).append(a)
            elif a["lon"] is not None:
                loose.append(a)
        for a, (district, ward) in zip(loose, admin.locate([(a["lon"], a["lat"]) for a in loose])):
            if ward is not None:
                key = _place_key(ward)
                ward_names.setdefault(key, ward.name)
                self.by_ward.setdefault(key, []).append(a)
                if ward.district:
                    ward_district.setdefault(key, ward.district)
            if district is not None:
                self.by_district.setdefault(district.code, []).append(a)
        hoods_in_ward: dict[str, list[str]] = {}
        for h in self.hoods:
            if h["uuid"] in ward_of:
                hoods_in_ward.setdefault(ward_of[h["uuid"]][0], []).append(h["uuid"])
        self.wards = sorted((Area("ward", key, name, tuple(hoods_in_ward.get(key, ())),
                                  district=ward_district.get(key)) for key, name in ward_names.items()),
                            key=lambda a: (a.name.lower(), a.key))
        used = set(district_of.values()) | set(self.by_district)
        self.districts = [Area("district", d.code, d.name,
                               tuple(h for h in self.hood_by_id if district_of.get(h) == d.code))
                          for d in admin.districts if d.code in used]
        self.ward_of = {h: key for h, (key, _) in ward_of.items()}
        self.district_of = district_of

    def areas(self) -> list[Area]:
        return [*self.neighbourhood_areas(), *self.wards, *self.districts, self.everything()]

    def neighbourhood_areas(self) -> list[Area]:
        return [Area("neighbourhood", h["uuid"], h["name"], (h["uuid"],), ward=h["ward"],
                     district=self.district_of.get(h["uuid"])) for h in self.hoods]

    def everything(self) -> Area:
        return Area("all", "all", "The whole map", tuple(self.hood_by_id))

    def area(self, level: str, key: str) -> Area | None:
        for a in self.areas():
            if a.level == level and a.key == key:
                return a
        return None

    def parents(self, area: Area) -> list[Area]:
        """The areas this one is part of, smallest first (a neighbourhood: its ward, its district, the map)."""
        out = []
        if area.level == "neighbourhood" and (ward := self.area("ward", self.ward_of.get(area.key, ""))):
            out.append(ward)
        if area.level in ("neighbourhood", "ward") and area.district:
            out.extend(d for d in self.districts if d.key == area.district)
        if area.level != "all":
            out.append(self.everything())
        return out

    def children(self, area: Area) -> list[Area]:
        """The areas directly inside this one (the map: districts; a district: wards; a ward: neighbourhoods)."""
        if area.level == "all":
            return list(self.districts)
        if area.level == "district":
            return [w for w in self.wards if w.district == area.key]
        if area.level == "ward":
            return [a for a in self.neighbourhood_areas() if self.ward_of.get(a.key) == area.key]
        return []

    def assets_in(self, area: Area) -> list[dict]:
        if area.level == "all":
            return self.assets
        if area.level == "ward":
            return self.by_ward.get(area.key, [])
        if area.level == "district":
            return self.by_district.get(area.key, [])
        return [a for h in area.neighbourhoods for a in self.by_hood.get(h, ())]

    @staticmethod
    def _rates(assets: list[dict], hoods: int) -> dict[str, float]:
        counts = Counter(a["kind"] for a in assets)
        return {k: counts.get(k, 0) / hoods for k in taxonomy().kinds}

    def gap_kinds(self, area: Area, assets: list[dict] | None = None) -> list[tuple[str, str]]:
        """(kind, "none" or "few") for the kinds the city has but this area has none of ("none"), or has at
        under half the city's rate per neighbourhood ("few"); the district: the kinds nobody recorded."""
        assets = self.assets_in(area) if assets is None else assets
        if area.level == "district":
            return [(k, "none") for k, r in self._city_rate.items() if r == 0]
        rate = self._rates(assets, max(1, len(area.neighbourhoods)))
        out = []
        for k in taxonomy().kinds:
            city = self._city_rate[k]
            if city and rate[k] == 0:
                out.append((k, "none"))
            elif city and rate[k] < city / 2:
                out.append((k, "few"))
        return out

    def gaps(self, area: Area, assets: list[dict] | None = None) -> list[str]:
        """The gaps (``gap_kinds``) in words, as the published profile pages show them."""
        return [gap_text(k, how) for k, how in self.gap_kinds(area, assets)]

    def stale(self, a: dict) -> bool:
        checked = a["last_checked"]
        if not checked:
            return True
        try:
            return date.fromisoformat(str(checked)[:10]) < self.today - timedelta(days=STALE_DAYS)
        except ValueError:
            return True

    def profile(self, area: Area) -> Profile:
        tx = taxonomy()
        assets = self.assets_in(area)
        by_kind = {k: 0 for k in tx.kinds}
        by_principle = {p: 0 for p in tx.principles}
        by_status: Counter = Counter()
        open_days = dict.fromkeys(DAY_LABELS, 0)
        readable = unreadable = 0
        recent, stale = [], []
        since = (self.today - timedelta(days=RECENT_DAYS)).isoformat()
        run_by = set()
        for a in assets:
            if a["kind"] in by_kind:
                by_kind[a["kind"]] += 1
            for p in a["principles"]:
                if p in by_principle:
                    by_principle[p] += 1
            by_status[a["status"] or "active"] += 1
            if a["opening_times"]:
                times = weekly(a["opening_times"])
                if times is None:
                    unreadable += 1
                else:
                    readable += 1
                    days = {d for byday, _, _ in times for d in byday.split(",")}
                    for code, label in zip(DAYS, DAY_LABELS):
                        open_days[label] += code in days
            if (a["modified"] or "") >= since:
                recent.append(a)
            if self.stale(a):
                stale.append(a)
            if a["run_by"]:
                run_by.add(a["run_by"])
        inside = set(area.neighbourhoods)
        groups = [{"uuid": g["uuid"], "name": g["name"] or "",
                   "type": tx.label("group_types", g["group_type"] or "")}
                  for g in self.groups
                  if g["uuid"] in run_by or area.level == "all" or inside & set(g["neighbourhoods"])]
        recent.sort(key=lambda a: a["modified"] or "", reverse=True)
        gap_kinds = self.gap_kinds(area, assets)
        return Profile(area, len(assets), by_kind, by_principle,
                       {tx.label("asset_statuses", s): n for s, n in sorted(by_status.items())},
                       groups, open_days, readable, unreadable,
                       [_brief(a) for a in recent[:10]], len(recent), [_brief(a) for a in stale[:10]], len(stale),
                       [gap_text(k, how) for k, how in gap_kinds], gap_kinds=gap_kinds)

    def indicator(self, code: str, hood: str) -> int:
        """The value a neighbourhood is shaded by on the map (see ``INDICATORS``)."""
        assets = self.by_hood.get(hood, [])
        if code == "assets":
            return len(assets)
        if code.startswith("kind:"):
            return sum(1 for a in assets if a["kind"] == code[5:])
        if code == "stale":
            return round(100 * sum(self.stale(a) for a in assets) / len(assets)) if assets else 0
        if code == "gaps":
            return sum(1 for _, how in self.gap_kinds(Area("neighbourhood", hood, "", (hood,)), assets)
                       if how == "none")
        raise ValueError(f"unknown indicator {code!r}")


def _place_key(ward) -> str:
    return ward_key(ward.name, {ward.name: ward.code} if ward.code else {})


def _recorded_ward(named: list, place_district, place_ward):
    """The known ward a neighbourhood's recorded ward name means (None: no boundary has that name). Two
    districts may have a ward of the same name: the one the neighbourhood lies in, else one in its district."""
    if place_ward is not None and any(w is place_ward for w in named):
        return place_ward
    here = [w for w in named if place_district is not None and w.district == place_district.code]
    return (here or named or [None])[0]


def gap_text(kind: str, how: str) -> str:
    label = taxonomy().label("asset_kinds", kind)
    return f"{label}: none recorded" if how == "none" else f"{label}: fewer than half the city's average"


def _brief(a: dict) -> dict[str, str]:
    return {"uuid": a["uuid"], "name": a["name"] or "", "modified": (a["modified"] or "")[:10],
            "last_checked": a["last_checked"] or "never"}


def band_starts(values: list[int], bands: int = 5) -> list[int]:
    """Lower bounds of up to ``bands`` classes of the positive values (quantiles), distinct and rising."""
    vals = sorted(v for v in values if v > 0)
    out: list[int] = []
    for i in range(bands):
        if vals and (v := vals[(i * len(vals)) // bands]) not in out:
            out.append(v)
    return out


def band_of(value: int, starts: list[int]) -> int:
    """0 for zero, else 1 + the index of the class the value falls in."""
    return 0 if value <= 0 else sum(1 for s in starts if value >= s)


def legend(starts: list[int], or_more: str = "%1 or more") -> list[str]:
    out = ["0"]
    for i, start in enumerate(starts):
        end = starts[i + 1] - 1 if i + 1 < len(starts) else None
        out.append(or_more.replace("%1", str(start)) if end is None else str(start) if end == start else f"{start}\u2013{end}")
    return out


def indicator_layer(data: ProfileData, code: str, or_more: str = "%1 or more") -> dict[str, Any]:
    """Neighbourhood values of one indicator, with bands and legend labels (no geometry: the caller adds it;
    ``or_more``: the top band's words)."""
    label = dict(INDICATORS).get(code)
    if label is None:
        raise ValueError(f"unknown indicator {code!r}")
    values = {h["uuid"]: int(data.indicator(code, h["uuid"])) for h in data.hoods}
    starts = band_starts(list(values.values()))
    return {"code": code, "label": label, "legend": legend(starts, or_more),
            "values": {k: {"value": v, "band": band_of(v, starts)} for k, v in values.items()}}


def private_needs(project, area: Area) -> dict[str, Any] | None:
    """The coordinator's private profile: suppressed care-need counts, or None when care needs are locked.
    A neighbourhood shows its row, a ward or district one row per neighbourhood (never a sum, which could
    reveal a withheld cell), the whole map the published totals. Never part of the published site."""
    from mapper.privacy.aggregates import FOOTNOTE, label, published_counts
    from mapper.privacy.setup import is_unlocked

    if not is_unlocked(project):
        return None
    table = published_counts(project)
    if area.level == "all":
        rows = [(Profiles.tr("All neighbourhoods"), table.published[-1])]
    else:
        rows = [(table.row_names[table.rows.index(h)], table.published[table.rows.index(h)])
                for h in area.neighbourhoods if h in table.rows]
    return {"columns": [*table.column_names, Profiles.tr("All needs")],
            "rows": [(name, [translate("Aggregates", label(v)) for v in values]) for name, values in rows],
            "footnote": translate("Aggregates", FOOTNOTE)}
