"""``mapper publish SOURCE OUTDIR [--language ur]``: the public website, static files that work from any web
server and from ``file://`` with no network.

Layout of OUTDIR::

    index.html            the map, search (name, category, postcode), filters (kind, category, principle),
                          neighbourhood shading by an indicator with a legend
    list.html             the same as an accessible, paged table (the map's alternative)
    a/<ab>/<uuid>.html    one page per asset (stable: its uuid), plain escaped HTML
    neighbourhoods.html   every district, ward and neighbourhood; profiles n/<uuid>.html, w/<code>.html,
                          d/<code>.html (district), all.html (the whole map)
    about.html            what this is, and the credits and licences the open data requires
    data/points.js        every asset's kind, category, principles, position and neighbourhood as columns
                          (the map's first screen needs only this)
    data/c/<n>.js         names, ids and postcodes, 500 assets a file in name order (loaded as needed)
    data/s/<prefix>.js    search words by their first two letters -> asset numbers (loaded as needed)
    data/pc/<outward>.js  postcode centres by outward code (OS Code-Point Open), loaded as needed
    data/t/<cx>_<cy>.js   the same names, ids and postcodes by 0.01-degree cell, for nearest-first answers
    data/areas.js         neighbourhood outlines and indicator values for the shading (after first screen)
    web/                  vendored Leaflet, Supercluster (+ KDBush) with their licences; site.js, site.css

Data files are JSON wrapped in one call (``NM.got("name", {...});``) so they load with a ``<script>`` element
from ``file://`` too; their text is ``script_json`` (no raw ``<``, ``>``, ``&``, U+2028/9), so no name can
end the string or the element. The page puts record text into the DOM with ``textContent`` only. Only the
source's published records are read (never care needs, never a mapper's name). The site's own words are in
the ``language`` asked for (English by default; right to left for Urdu and Arabic); what was recorded stays
as recorded.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from mapper.domain import i18n
from mapper.domain.errors import ExportError
from mapper.domain.i18n import Context, arg, translate
from mapper.domain.resources import RESOURCES
from mapper.domain.taxonomy import taxonomy
from mapper.formats.profiles import INDICATORS, ProfileData, indicator_layer
from mapper.mapview.data import display_geometry, kinds, script_json
from mapper.mapview.indicator_layer import label_of
from mapper.publish import pages
from mapper.store.postcodes import all_postcodes
from mapper.store.snapshot import replace_folder
from mapper.store.source import DEFAULT_TITLE

Cli = Context("Cli")

CHUNK = 500
CELL = 1000  # the spatial files' cell: 1000 x 1e-5 degrees = 0.01 degree (about 1.1 km by 0.7 km)
MARKER = ".neighbourhood-mapper-site"
_WORD = re.compile(r"\w+", re.UNICODE)


def prefix_file(prefix: str) -> str:
    """The search file name of a two-letter prefix (code points in hex: safe on every file system)."""
    return "-".join(f"{ord(c):x}" for c in prefix)


def words(text: str) -> set[str]:
    return {w for w in _WORD.findall((text or "").lower())}


@dataclass
class SiteReport:
    path: Path
    assets: int
    neighbourhoods: int
    files: int

    def summary(self) -> str:
        return arg(translate("Cli", "wrote %1: public website with %2 and %3 (%4; open index.html, works offline)"),
                   self.path, Cli.tr("%n asset(s)", "", self.assets),
                   Cli.tr("%n neighbourhood profile(s)", "", self.neighbourhoods), Cli.tr("%n file(s)", "", self.files))


class _Writer:
    def __init__(self, root: Path):
        self.root = root
        self.files = 0
        self._folders: set[str] = set()

    def text(self, rel: str, content: str) -> None:
        folder, _, _ = rel.rpartition("/")
        if folder not in self._folders:
            (self.root / folder).mkdir(parents=True, exist_ok=True)
            self._folders.add(folder)
        with open(f"{self.root}/{rel}", "w", encoding="utf-8") as fh:
            fh.write(content)
        self.files += 1

    def data(self, rel: str, name: str, value) -> None:
        self.text(rel, f"NM.got({script_json(name)},{script_json(value)});\n")


def _copy_web(root: Path) -> int:
    web = root / "web"
    for lib in ("leaflet", "supercluster", "site"):
        shutil.copytree(RESOURCES / "web" / lib, web / lib)
    return sum(1 for p in web.rglob("*") if p.is_file())


def meta(data: ProfileData, assets: list[dict]) -> dict:
    tx = taxonomy()
    title = translate("Site", data.title) if data.title == DEFAULT_TITLE else data.title  # a name given stays
    return {"title": title, "count": len(assets), "chunk": CHUNK, "cell": CELL, "kinds": kinds(),
            "categories": [{"code": c, "label": tx.label("categories", c), "kind": tx.kind_of(c)}
                           for c in tx.categories],
            "principles": tx.principles,
            "hoods": [{"id": h["uuid"], "name": h["name"]} for h in data.hoods],
            "indicators": [{"code": c, "label": label_of(c)} for c, _ in INDICATORS],
            "bounds": _bounds(assets, data.hoods)}


def _bounds(assets: list[dict], hoods: list[dict]) -> list[list[float]] | None:
    xs = [a["lon"] for a in assets if a["lon"] is not None]
    ys = [a["lat"] for a in assets if a["lat"] is not None]
    if not xs:
        return None
    return [[min(ys), min(xs)], [max(ys), max(xs)]]


def _points(assets: list[dict], hood_index: dict[str, int]) -> dict:
    tx = taxonomy()
    kind_ix = {k: i for i, k in enumerate(tx.kinds)}
    cat_ix = {c: i for i, c in enumerate(tx.categories)}
    bit = {p: 1 << i for i, p in enumerate(tx.principles)}
    located = [a for a in assets if a["lon"] is not None]
    x0 = round(min((a["lon"] for a in located), default=0) * 1e5)
    y0 = round(min((a["lat"] for a in located), default=0) * 1e5)
    k, c, p, x, y, n = [], [], [], [], [], []
    for a in assets:
        k.append(kind_ix.get(a["kind"], -1))
        c.append(cat_ix.get(a["category"], -1))
        p.append(sum(bit.get(q, 0) for q in set(a["principles"])))
        x.append(None if a["lon"] is None else round(a["lon"] * 1e5) - x0)
        y.append(None if a["lat"] is None else round(a["lat"] * 1e5) - y0)
        n.append(hood_index.get(a["neighbourhood"], -1))
    # positions in 1e-5 degrees (~1 m) from the south-west corner: short numbers, quick to parse
    return {"k": k, "c": c, "p": p, "x": x, "y": y, "n": n, "x0": x0, "y0": y0}


def _cells(assets: list[dict], points: dict) -> dict[str, dict[str, list]]:
    cells: dict[str, dict[str, list]] = {}
    for i, (x, y) in enumerate(zip(points["x"], points["y"])):
        if x is None:
            continue
        cell = cells.setdefault(f"{x // CELL}_{y // CELL}", {"i": [], "ids": [], "names": [], "postcodes": []})
        a = assets[i]
        cell["i"].append(i)
        cell["ids"].append(a["uuid"])
        cell["names"].append(a["name"] or "")
        cell["postcodes"].append(a["postcode"] or "")
    return cells


def _search_index(assets: list[dict]) -> dict[str, dict[str, list[int]]]:
    """{two-letter prefix: {word: asset numbers as gaps (first number, then differences)}}."""
    by_prefix: dict[str, dict[str, list[int]]] = {}
    for i, a in enumerate(assets):
        for w in words(a["name"]) | words(a["postcode"]):
            by_prefix.setdefault(w[:2], {}).setdefault(w, []).append(i)
    for table in by_prefix.values():
        for w, numbers in table.items():
            table[w] = [numbers[0], *(b - a for a, b in zip(numbers, numbers[1:]))]
    return by_prefix


def _areas(data: ProfileData) -> dict:
    features = []
    for h in data.hoods:
        geometry = display_geometry(h["geometry"], tolerance=0.00005)
        if geometry is not None:
            features.append({"type": "Feature", "geometry": geometry,
                             "properties": {"id": h["uuid"], "name": h["name"]}})
    layers = {}
    for code, _ in INDICATORS:
        layer = indicator_layer(data, code, translate("Shading", "%1 or more"))
        layers[code] = {"label": label_of(code), "legend": layer["legend"],
                        "band": [layer["values"][f["properties"]["id"]]["band"] for f in features],
                        "value": [layer["values"][f["properties"]["id"]]["value"] for f in features]}
    return {"type": "FeatureCollection", "features": features, "indicators": layers}


def _postcodes(w: _Writer) -> None:
    by_out: dict[str, dict[str, list[float]]] = {}
    for code, (lon, lat) in all_postcodes().items():
        by_out.setdefault(code.split(" ")[0], {})[code] = [round(lon, 5), round(lat, 5)]
    for outward, table in by_out.items():
        w.data(f"data/pc/{outward}.js", f"pc:{outward}", table)


def _check_target(out: Path) -> None:
    if out.exists() and (not out.is_dir() or (any(out.iterdir()) and not (out / MARKER).exists())):
        raise ExportError(translate("Cli", "a website is published into a new folder (or replaces an earlier "
                                           "published site)"),
                          path=out)


def publish_site(source, out: Path | str, *, language: str = i18n.SOURCE_LANGUAGE) -> SiteReport:
    out = Path(out)
    if language not in i18n.shipped_languages():
        raise ExportError(arg(translate("Cli", "the site cannot be published in %1: the languages are %2"),
                              repr(language), ", ".join(i18n.shipped_languages())), path=out)
    _check_target(out)
    data = ProfileData(source)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    except OSError as exc:
        raise ExportError(arg(translate("Cli", "cannot write the website (%1)"), exc.strerror), path=out) from None
    try:
        with i18n.using(language):  # the site's words; errors below are said in the reader's own language
            w = _write(tmp, data)
        replace_folder(tmp, out)
    except OSError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise ExportError(arg(translate("Cli", "cannot write the website (%1)"), exc.strerror), path=out) from None
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return SiteReport(out, len(data.assets), len(data.hoods), w.files)


def _write(tmp: Path, data: ProfileData) -> _Writer:
    """Every file of the site into ``tmp``, in the language installed."""
    assets = data.assets
    w = _Writer(tmp)
    (tmp / MARKER).write_text("made by mapper publish; replaced whole by the next publish\n", encoding="utf-8")
    w.files += _copy_web(tmp)
    hood_index = {h["uuid"]: i for i, h in enumerate(data.hoods)}
    site_meta = meta(data, assets)
    points = _points(assets, hood_index)
    w.data("data/points.js", "points", points)
    for key, cell in _cells(assets, points).items():
        w.data(f"data/t/{key}.js", f"t:{key}", cell)
    for start in range(0, len(assets), CHUNK):
        part = assets[start:start + CHUNK]
        w.data(f"data/c/{start // CHUNK}.js", f"c:{start // CHUNK}",
               {"ids": [a["uuid"] for a in part], "names": [a["name"] or "" for a in part],
                "postcodes": [a["postcode"] or "" for a in part]})
    for prefix, table in _search_index(assets).items():
        w.data(f"data/s/{prefix_file(prefix)}.js", f"s:{prefix}", table)
    _postcodes(w)
    w.data("data/areas.js", "areas", _areas(data))
    pages.write_pages(w, data, site_meta)
    return w
