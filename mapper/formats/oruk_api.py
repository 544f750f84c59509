"""``mapper serve-oruk SOURCE --port N``: the Open Referral UK 3.0 API, read-only, on the standard library.

Endpoints (``resources/oruk/openapi.json``): ``/``, ``/services``, ``/services/{id}``,
``/service_at_locations``, ``/service_at_locations/{id}``, ``/taxonomies``, ``/taxonomies/{id}``,
``/taxonomy_terms``, ``/taxonomy_terms/{id}`` (and ``/openapi.json``). Lists are pages
(``page``, ``per_page``; ``total_items``, ``total_pages``, ``page_number``, ``size``, ``first_page``,
``last_page``, ``empty``, ``contents``); ``/services`` and ``/service_at_locations`` take ``search``,
``taxonomy_term_id``, ``taxonomy_id``, ``organization_id``, ``modified_after``, ``day``, ``start_time``,
``end_time``, ``minimum_age``/``maximum_age`` (our assets record no ages: a service without an age never
matches), and ``postcode`` + ``proximity`` (metres, offline postcode lookup) for service at locations.
Every answer carries ``Access-Control-Allow-Origin: *``. The documents are built once when the server
starts (a snapshot of the source); the server binds to 127.0.0.1 unless told otherwise.
"""

from __future__ import annotations

import json
import math
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from mapper.domain.resources import RESOURCES
from mapper.formats.oruk import ORUK_VERSION, PROFILE_URL, OrukData, build, index

DEFAULT_PER_PAGE = 50
MAX_PER_PAGE = 1000
_DAYS = {"MO": "MO", "TU": "TU", "WE": "WE", "TH": "TH", "FR": "FR", "SA": "SA", "SU": "SU"}


class BadRequest(Exception):
    pass


def _int(params: dict, name: str, default: int, low: int, high: int) -> int:
    text = params.get(name)
    if text is None or text == "":
        return default
    try:
        value = int(text)
    except ValueError:
        raise BadRequest(f"{name} must be a whole number") from None
    if not low <= value <= high:
        raise BadRequest(f"{name} must be between {low} and {high}")
    return value


def page(items: list, params: dict) -> dict:
    per_page = _int(params, "per_page", DEFAULT_PER_PAGE, 1, MAX_PER_PAGE)
    total = len(items)
    pages = max(1, math.ceil(total / per_page))
    number = _int(params, "page", 1, 1, 10**9)
    contents = items[(number - 1) * per_page: number * per_page]
    return {"total_items": total, "total_pages": pages, "page_number": number, "size": len(contents),
            "first_page": number == 1, "last_page": number >= pages, "empty": not contents, "contents": contents}


def _metres(lat1, lon1, lat2, lon2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 6_371_000 * 2 * math.asin(math.sqrt(a))


def _hhmm(text: str, name: str) -> str:
    t = text.strip()
    parts = t.split(":")
    if len(parts) < 2 or not all(p.isdigit() for p in parts[:2]):
        raise BadRequest(f"{name} must be a time like 09:30")
    return f"{int(parts[0]):02d}:{int(parts[1]):02d}"


class OrukApi:
    """The API's answers as (status, document); no sockets here, so tests can call it directly too."""

    def __init__(self, data: OrukData, base_url: str = ""):
        self.data = data
        self.base_url = base_url
        self.ix = index(data)
        self.full = {s["id"]: data.full_service(s["id"], index=self.ix) for s in data.services}
        self.terms = data.by_id("taxonomy_terms")
        self.taxonomies = data.by_id("taxonomies")
        self.text = {s["id"]: " ".join(str(s.get(k) or "") for k in ("name", "description")).lower()
                     for s in data.services}
        self.service_terms: dict[str, set[str]] = {}
        for a in data.attributes:
            self.service_terms.setdefault(a["link_id"], set()).add(a["taxonomy_term_id"])

    # --- one-to-one views -------------------------------------------------------------------------
    def _service_list_item(self, sid: str) -> dict:
        base = dict(self.ix.services[sid])
        base["organization"] = self.ix.organizations[base.pop("organization_id")]
        return base

    def _location_of(self, sal: dict) -> dict:
        loc = dict(self.ix.locations[sal["location_id"]])
        addresses = [{k: v for k, v in a.items() if k != "location_id"} for a in self.ix.of("addresses", loc["id"])]
        if addresses:
            loc["addresses"] = addresses
        return loc

    def _sal_item(self, sal: dict) -> dict:
        service = {k: v for k, v in self.ix.services[sal["service_id"]].items() if k != "organization_id"}
        return {"id": sal["id"], "service_id": sal["service_id"], "location_id": sal["location_id"],
                "location": self._location_of(sal), "service": service}

    # --- filters ------------------------------------------------------------------------------------
    def _matching_services(self, params: dict) -> list[str]:
        ids = [s["id"] for s in self.data.services]
        if search := (params.get("search") or "").strip().lower():
            words = search.split()
            ids = [i for i in ids if all(w in self.text[i] for w in words)]
        if term := params.get("taxonomy_term_id"):
            ids = [i for i in ids if term in self.service_terms.get(i, ())]
        if tax := params.get("taxonomy_id"):
            wanted = {t["id"] for t in self.data.taxonomy_terms if t.get("taxonomy_id") == tax}
            ids = [i for i in ids if self.service_terms.get(i, set()) & wanted]
        if org := params.get("organization_id"):
            ids = [i for i in ids if self.ix.services[i]["organization_id"] == org]
        if after := params.get("modified_after"):
            ids = [i for i in ids if (self.ix.services[i].get("last_modified") or "") >= after]
        for name in ("minimum_age", "maximum_age"):
            if params.get(name):
                ids = [i for i in ids if name in self.ix.services[i]]
        day, start, end = params.get("day"), params.get("start_time"), params.get("end_time")
        if day or start or end:
            day_code = None
            if day:
                day_code = _DAYS.get(day.strip().upper()[:2])
                if day_code is None:
                    raise BadRequest("day must be a day such as MO or Monday")
            start = _hhmm(start, "start_time") if start else None
            end = _hhmm(end, "end_time") if end else None
            ids = [i for i in ids if any(self._open(s, day_code, start, end) for s in self.ix.of("schedules", i))]
        return ids

    @staticmethod
    def _open(schedule: dict, day: str | None, start: str | None, end: str | None) -> bool:
        if "byday" not in schedule:
            return False
        if day and day not in schedule["byday"].split(","):
            return False
        if start and schedule["opens_at"] < start:
            return False
        return not (end and schedule["closes_at"] > end)

    # --- endpoints ----------------------------------------------------------------------------------
    def answer(self, path: str, params: dict) -> tuple[int, object]:
        parts = [p for p in path.split("/") if p]
        try:
            if not parts:
                return 200, {"version": ORUK_VERSION, "profile": PROFILE_URL,
                             "openapi_url": f"{self.base_url}/openapi.json"}
            if parts == ["openapi.json"]:
                return 200, json.loads((RESOURCES / "oruk" / "openapi.json").read_text(encoding="utf-8"))
            head, rest = parts[0], parts[1:]
            if len(rest) > 1:
                return 404, {"error": "not found"}
            if head == "services":
                if rest:
                    doc = self.full.get(rest[0])
                    return (200, doc) if doc else (404, {"error": "no such service"})
                return 200, page([self._service_list_item(i) for i in self._matching_services(params)], params)
            if head == "service_at_locations":
                if rest:
                    sal = self.ix.sals.get(rest[0])
                    if sal is None:
                        return 404, {"error": "no such service at location"}
                    service = {k: v for k, v in self.full[sal["service_id"]].items() if k != "service_at_locations"}
                    return 200, {"id": sal["id"], "service_id": sal["service_id"], "location_id": sal["location_id"],
                                 "location": self._full_location(sal), "service": service}
                return 200, page(self._matching_sals(params), params)
            if head == "taxonomies":
                if rest:
                    tax = self.taxonomies.get(rest[0])
                    if tax is None:
                        return 404, {"error": "no such taxonomy"}
                    terms = [t for t in self.data.taxonomy_terms if t.get("taxonomy_id") == tax["id"]]
                    return 200, {**tax, "taxonomy_terms": terms}
                return 200, page(list(self.data.taxonomies), params)
            if head == "taxonomy_terms":
                if rest:
                    term = self.terms.get(rest[0])
                    return (200, term) if term else (404, {"error": "no such taxonomy term"})
                return 200, page(list(self.data.taxonomy_terms), params)
            return 404, {"error": "not found"}
        except BadRequest as exc:
            return 400, {"error": str(exc)}

    def _full_location(self, sal: dict) -> dict:
        loc = self._location_of(sal)
        access = [{k: v for k, v in a.items() if k != "location_id"} for a in self.ix.of("accessibility", loc["id"])]
        if access:
            loc["accessibility"] = access
        return loc

    def _matching_sals(self, params: dict) -> list[dict]:
        wanted = set(self._matching_services(params))
        sals = [s for s in self.data.service_at_locations if s["service_id"] in wanted]
        if postcode := params.get("postcode"):
            from mapper.store.postcodes import lookup

            point = lookup(postcode)
            if point is None:
                raise BadRequest("postcode not known")
            try:
                radius = float(params.get("proximity") or 1000)
            except ValueError:
                raise BadRequest("proximity must be a number of metres") from None
            lon, lat = point
            near = []
            for s in sals:
                loc = self.ix.locations[s["location_id"]]
                d = _metres(lat, lon, loc["latitude"], loc["longitude"])
                if d <= radius:
                    near.append((d, s))
            sals = [s for _, s in sorted(near, key=lambda x: x[0])]
        return [self._sal_item(s) for s in sals]


def _handler(api: OrukApi):
    class Handler(BaseHTTPRequestHandler):
        server_version = "NeighbourhoodMapper-ORUK/1"

        def do_GET(self):  # noqa: N802 - http.server's name
            url = urlsplit(self.path)
            params = {k: v[-1] for k, v in parse_qs(url.query).items()}
            status, doc = api.answer(url.path, params)
            body = json.dumps(doc, ensure_ascii=False).encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Access-Control-Allow-Origin", "*")
            self.end_headers()
            self.wfile.write(body)

        def do_OPTIONS(self):  # noqa: N802
            self.send_response(HTTPStatus.NO_CONTENT)
            self.send_header("Access-Control-Allow-Origin", "*")
            self.send_header("Access-Control-Allow-Methods", "GET, OPTIONS")
            self.send_header("Access-Control-Allow-Headers", "*")
            self.end_headers()

        def log_message(self, format, *args):  # noqa: A002 - quiet by default
            pass

    return Handler


def make_server(source, *, host: str = "127.0.0.1", port: int = 0) -> ThreadingHTTPServer:
    """A server ready for ``serve_forever()`` (``port=0``: a free port, see ``server.server_address``)."""
    api = OrukApi(build(source))
    server = ThreadingHTTPServer((host, port), _handler(api))
    bound_host, bound_port = server.server_address[:2]
    api.base_url = f"http://{bound_host}:{bound_port}"
    return server
