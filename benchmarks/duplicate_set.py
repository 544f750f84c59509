"""A labelled set of possible-duplicate pairs, made the way volunteers type (used by
tests/test_duplicates_quality.py and benchmarks/bench_duplicates.py).

The population: distinct real-world places and groups of the kinds that fooled the old search -- council
libraries and centres sharing the council's switchboard and website, branches of one service, groups
meeting inside a venue (same point, postcode and often the venue's phone), generic names in different
areas, neighbours with similar names -- plus, for a sample of them, a second record of the same thing as
another volunteer typed it: typos, case, accents, St/Saint, &/and, apostrophes, word order, the area's
name added or left out, the pin moved, the postcode or phone missing or written differently.

``population(seed)`` -> list of (entity, record); two records are a true pair when their entity is equal.
"""

from __future__ import annotations

import math
import random
import re

from mapper.domain.records import Asset, Group

AREAS = {  # name: (lon, lat, postcode district)
    "Broomhill": (-1.4990, 53.3810, "S10 2"), "Crookes": (-1.5070, 53.3880, "S10 1"),
    "Walkley": (-1.4950, 53.3960, "S6 2"), "Hillsborough": (-1.5230, 53.4040, "S6 4"),
    "Sharrow": (-1.4750, 53.3680, "S7 1"), "Heeley": (-1.4650, 53.3550, "S8 0"),
    "Darnall": (-1.4150, 53.3880, "S9 4"), "Burngreave": (-1.4550, 53.3980, "S4 7"),
    "Firth Park": (-1.4420, 53.4150, "S5 6"), "Gleadless": (-1.4300, 53.3450, "S12 2"),
    "Manor": (-1.4350, 53.3720, "S2 1"), "Stocksbridge": (-1.5880, 53.4800, "S36 1"),
    "Woodseats": (-1.4750, 53.3400, "S8 8"), "Ecclesall": (-1.5150, 53.3600, "S11 9"),
    "Totley": (-1.5350, 53.3150, "S17 4"), "Parson Cross": (-1.4800, 53.4250, "S5 9"),
}
COUNCIL_PHONE, COUNCIL_WEB = "0114 273 4567", "https://www.sheffield.gov.uk/"
AGE_UK_WEB, AGE_UK_PHONE = "https://www.ageuk.org.uk/sheffield/", "0114 250 2850"
CAB_WEB = "https://citizensadvicesheffield.org.uk"


def _at(rng: random.Random, area: str, spread_m: float = 700.0) -> tuple[float, float]:
    lon, lat, _ = AREAS[area]
    r, a = spread_m * math.sqrt(rng.random()), rng.random() * 2 * math.pi
    return (lon + r * math.cos(a) / (111_320 * math.cos(math.radians(lat))), lat + r * math.sin(a) / 110_574)


def _moved(rng: random.Random, pt: tuple[float, float], lo: float, hi: float) -> tuple[float, float]:
    lon, lat = pt
    r, a = rng.uniform(lo, hi), rng.random() * 2 * math.pi
    return (lon + r * math.cos(a) / (111_320 * math.cos(math.radians(lat))), lat + r * math.sin(a) / 110_574)


def _postcode(rng: random.Random, area: str) -> str:
    return f"{AREAS[area][2]}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"


def _phone(rng: random.Random) -> str:
    return f"0114 {rng.randint(200, 299)} {rng.randint(1000, 9999)}"


def base_records(rng: random.Random) -> list[tuple[str, Asset | Group]]:
    out: list[tuple[str, Asset | Group]] = []

    def asset(key, name, area, *, pt=None, postcode=None, phone=None, web=None, kind="shared_space",
              category="community_hub", spread=700.0):
        rec = Asset(name=name, location=pt or _at(rng, area, spread), postcode=postcode or _postcode(rng, area),
                    contact_phone=phone, website=web, kind=kind, category=category)
        out.append((key, rec))
        return rec

    # council sites: one switchboard and one website for all of them
    for area in AREAS:
        asset(f"library-{area}", f"{area} Library", area, phone=COUNCIL_PHONE, web=COUNCIL_WEB, category="library")
    for area in ("Darnall", "Manor", "Firth Park", "Gleadless", "Parson Cross", "Stocksbridge"):
        asset(f"centre-{area}", f"{area} Community Centre", area, phone=COUNCIL_PHONE, web=COUNCIL_WEB)
        asset(f"park-{area}", f"{area} Park", area, web=COUNCIL_WEB, category="park")
    # branches of one service (their own phone, the organisation's website; two branches even share a phone)
    for area in ("Hillsborough", "Woodseats", "Darnall", "Burngreave"):
        asset(f"ageuk-{area}", f"Age UK Sheffield - {area}", area,
              phone=AGE_UK_PHONE if area in ("Woodseats", "Darnall") else _phone(rng), web=AGE_UK_WEB)
    for area in ("Sharrow", "Firth Park", "Stocksbridge"):
        asset(f"cab-{area}", f"Citizens Advice {area}", area, phone=_phone(rng), web=CAB_WEB)
    for road, area in (("Abbeydale Road", "Sharrow"), ("Staniforth Road", "Darnall")):
        asset(f"foodbank-{road}", f"S2 Foodbank - {road}", area, web="https://s2foodbank.org.uk",
              phone="0114 213 3950")
    # venues and the groups that meet inside them (same point, same postcode, often the venue's phone)
    venues = [("St Mary's Church Hall", "Walkley"), ("St Mark's Church", "Broomhill"),
              ("Hillsborough Trinity Methodist Church", "Hillsborough"), ("Heeley Institute", "Heeley"),
              ("Zest Centre", "Crookes"), ("Darnall Wellbeing Hub", "Darnall")]
    activities = ["Knit and Natter", "Tuesday Lunch Club", "Parent and Toddler Group", "Chair Yoga",
                  "Men's Shed", "Coffee Morning", "Dementia Cafe", "Youth Club"]
    for i, (venue, area) in enumerate(venues):
        pt, pc, ph = _at(rng, area), _postcode(rng, area), _phone(rng)
        asset(f"venue-{venue}", venue, area, pt=pt, postcode=pc, phone=ph, kind="shared_space")
        for j, act in enumerate(rng.sample(activities, 3)):
            at_name = f"{act} at {venue}" if (i + j) % 2 == 0 else act
            asset(f"act-{venue}-{act}", at_name, area, pt=_moved(rng, pt, 0, 15), postcode=pc,
                  phone=ph if j == 0 else None)
    # independent places, some with generic names that recur across the city
    singles = [("Hillsborough Repair Cafe", "Hillsborough"), ("Walkley Community Fridge", "Walkley"),
               ("Foxhill Forum", "Parson Cross"), ("Broomhall Community Garden", "Broomhill"),
               ("Heeley City Farm", "Heeley"), ("Burngreave Voices", "Burngreave"),
               ("Pitsmoor Adventure Playground", "Burngreave"), ("Manor Lodge", "Manor"),
               ("Gleadless Valley Tenants and Residents Association", "Gleadless"),
               ("Sharrow Community Forum", "Sharrow"), ("Totley Library Cafe", "Totley"),
               ("The Crookes Social Club", "Crookes"), ("Crookes Bowling Club", "Crookes"),
               ("Woodseats Medical Centre", "Woodseats"), ("Ecclesall Woods Discovery Centre", "Ecclesall"),
               ("Firth Park Food Hub", "Firth Park"), ("Stocksbridge Leisure Centre", "Stocksbridge"),
               ("Darnall Credit Union", "Darnall"), ("Co-op Food", "Heeley"), ("Co-op Pharmacy", "Heeley"),
               ("Community Garden", "Walkley"), ("Community Garden", "Gleadless"),
               ("Lunch Club", "Totley"), ("Lunch Club", "Stocksbridge"),
               ("St John's Church", "Ecclesall"), ("St James' Church", "Woodseats"),
               ("Café & Bookshop", "Sharrow"), ("Sheffield Cathedral Archer Project", "Manor")]
    for name, area in singles:
        asset(f"single-{name}-{area}", name, area, phone=_phone(rng) if rng.random() < 0.6 else None,
              web=f"https://{re.sub('[^a-z]', '', name.lower())[:18]}.org.uk" if rng.random() < 0.4 else None)
    # two near neighbours with different names (a pub and the café opposite)
    pt = _at(rng, "Sharrow")
    asset("near-pub", "The Sheaf View", "Sharrow", pt=pt)
    asset("near-cafe", "Sheaf Street Cafe", "Sharrow", pt=_moved(rng, pt, 20, 60))
    # groups: no location; some charities with numbers
    groups = ["Friends of Weston Park", "Friends of Endcliffe Park", "Friends of Crookes Valley Park",
              "Friends of Heeley Park", "Sheffield Ramblers", "Walkley Singers", "Heeley Singers",
              "Sheffield Carers Centre", "Darnall Allotment Society", "Burngreave Ashram",
              "Sharrow Festival Committee", "Broomhill Festival", "Stocksbridge Community Leisure Centre Trust",
              "Gleadless Valley Wildlife Trust", "Sheffield Mind", "Sheffield Parkinson's UK Group"]
    for name in groups:
        g = Group(name=name, charity_number=str(rng.randint(1_000_000, 1_199_999)) if rng.random() < 0.6 else None,
                  contact_phone=_phone(rng) if rng.random() < 0.5 else None)
        out.append((f"group-{name}", g))
    return out


def _typo(rng: random.Random, name: str) -> str:
    words = name.split()
    longish = [i for i, w in enumerate(words) if len(w) >= 5]
    if not longish:
        return name
    i = rng.choice(longish)
    w = words[i]
    k = rng.randrange(1, len(w) - 1)
    how = rng.choice(("drop", "swap", "double"))
    if how == "drop":
        w = w[:k] + w[k + 1:]
    elif how == "swap":
        w = w[:k - 1] + w[k] + w[k - 1] + w[k + 1:]
    else:
        w = w[:k] + w[k] + w[k:]
    words[i] = w
    return " ".join(words)


def _respell(rng: random.Random, name: str, area: str | None) -> str:
    """The same name as another volunteer types it: one or two of the usual changes."""
    changes = [
        lambda n: n.lower(),
        lambda n: n.upper() if len(n) < 20 else n.title(),
        lambda n: n.replace("Cafe", "Café") if "Cafe" in n else n.replace("Café", "Cafe"),
        lambda n: n.replace("St ", "Saint ") if "St " in n else n.replace("Saint ", "St. "),
        lambda n: n.replace(" and ", " & ") if " and " in n else n.replace(" & ", " and "),
        lambda n: n.replace("'", "").replace(" - ", " "),
        lambda n: _typo(rng, n),
        lambda n: _typo(rng, n),
        lambda n: (n.replace(f"{area} ", "").replace(f" - {area}", "").replace(f" {area}", "")
                   if area and area in n else (f"{area} {n}" if area else n)),
        lambda n: f"The {n}" if not n.startswith("The ") else n[4:],
    ]
    out = name
    for change in rng.sample(changes, rng.choice((1, 1, 2))):
        out = change(out)
    return out if out.strip() and out != name else _typo(rng, name)


def population(seed: int = 12) -> list[tuple[str, Asset | Group]]:
    rng = random.Random(seed)
    base = base_records(rng)
    out = list(base)
    sample = rng.sample(range(len(base)), k=len(base) // 2)
    for i in sample:
        key, rec = base[i]
        area = next((a for a in AREAS if a in key), None)
        name = _respell(rng, rec.name, area)
        phone = rec.contact_phone
        if phone and rng.random() < 0.3:
            phone = "+44 " + phone[1:]
        elif rng.random() < 0.3:
            phone = None
        web = rec.website
        if web and rng.random() < 0.4:
            web = web.replace("https://www.", "").replace("https://", "")
        elif rng.random() < 0.3:
            web = None
        if isinstance(rec, Asset):
            moved = _moved(rng, rec.location, 5, 140)
            postcode = None if rng.random() < 0.4 else rec.postcode.lower().replace(" ", "")
            twin = Asset(name=name, location=moved, postcode=postcode, contact_phone=phone, website=web,
                         kind=rec.kind, category=rec.category)
        else:
            charity = rec.charity_number if rng.random() < 0.5 else None
            twin = Group(name=name, charity_number=charity, contact_phone=phone)
        out.append((key, twin))
    return out


def truth(pop: list[tuple[str, Asset | Group]]) -> set[tuple[str, str]]:
    by_key: dict[str, list[str]] = {}
    for key, rec in pop:
        by_key.setdefault(key, []).append(rec.uuid)
    return {tuple(sorted((a, b))) for uuids in by_key.values() for i, a in enumerate(uuids) for b in uuids[i + 1:]}


def measure(project, pop) -> dict:
    """Add ``pop`` to an empty project, find every possible duplicate, and compare with the truth."""
    from mapper.sync import duplicates as dup

    project.bulk_add([r for _k, r in pop if isinstance(r, Asset)])
    project.bulk_add([r for _k, r in pop if isinstance(r, Group)])
    dup.find_all(project)
    found = {tuple(sorted((a, b))) for a, b in project.conn.execute(
        "SELECT a, b FROM nm_duplicates WHERE coalesce(decision, '') = ''")}
    real = truth(pop)
    hits = found & real
    names = {r.uuid: (k, r.name) for k, r in pop}
    return {"records": len(pop), "true_pairs": len(real), "found": len(found), "right": len(hits),
            "precision": len(hits) / len(found) if found else 0.0, "recall": len(hits) / len(real) if real else 1.0,
            "false": sorted((names[a], names[b]) for a, b in found - real),
            "missed": sorted((names[a], names[b]) for a, b in real - found)}
