"""GeoJSON (RFC 7946): WGS84 longitude/latitude, one FeatureCollection. Assets are Point features;
groups have no geometry (``null``, which RFC 7946 allows). Every feature says what it is in
``properties.record_type``."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any, Iterator

from shapely.geometry import shape

from mapper.domain.errors import Errors, ImportFormatError
from mapper.domain.i18n import arg
from mapper.formats.common import COLUMNS
from mapper.formats.tabular import cell_rows

TYPE_OF = {"assets": "asset", "groups": "group"}
TABLE_OF = {v: k for k, v in TYPE_OF.items()}


def _prop(v: Any) -> Any:
    return v.isoformat() if isinstance(v, dt.date) else v


def write_geojson(project, kinds: list[str], tmp: Path, *, public: bool, progress=None) -> dict[str, int]:
    counts: dict[str, int] = {}
    total = sum(project.count(k) for k in kinds)
    done = 0
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write('{"type": "FeatureCollection", "features": [\n')
        first = True
        for table in kinds:
            keys = [c.key for c in COLUMNS[table]]
            n = 0
            for values in cell_rows(project, table, public=public):
                props = {"record_type": TYPE_OF[table]}
                props.update({k: _prop(v) for k, v in zip(keys, values) if k not in ("latitude", "longitude")})
                geom = None
                if table == "assets":
                    lon, lat = values[keys.index("longitude")], values[keys.index("latitude")]
                    if lon is not None:
                        geom = {"type": "Point", "coordinates": [lon, lat]}
                feat = {"type": "Feature", "id": props.pop("uuid"), "geometry": geom, "properties": props}
                fh.write(("" if first else ",\n") + json.dumps(feat, ensure_ascii=False))
                first = False
                n += 1
                done += 1
                if progress:
                    progress(done, total)
            counts[table] = n
        fh.write("\n]}\n")
    return counts


def read_features(path: Path) -> tuple[list[dict], int | None]:
    """(features, EPSG code from a legacy ``crs`` member or None for RFC 7946 WGS84)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError:
        raise ImportFormatError(Errors.tr("is not UTF-8 text, so not GeoJSON"), path=path) from None
    except json.JSONDecodeError as exc:
        raise ImportFormatError(arg(Errors.tr("is not valid GeoJSON (line %1: %2)"), exc.lineno, exc.msg), path=path) from None
    if isinstance(data, dict) and data.get("type") == "Feature":
        data = {"type": "FeatureCollection", "features": [data]}
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        raise ImportFormatError(Errors.tr("is not a GeoJSON FeatureCollection"), path=path)
    feats = data.get("features")
    if not isinstance(feats, list):
        raise ImportFormatError(Errors.tr("has no features list"), path=path)
    if not feats:
        raise ImportFormatError(Errors.tr("has no features (the file is empty)"), path=path)
    epsg = None
    crs = data.get("crs")
    if isinstance(crs, dict):
        name = str((crs.get("properties") or {}).get("name", ""))
        digits = "".join(ch for ch in name.rsplit(":", 1)[-1] if ch.isdigit())
        if "CRS84" in name.upper():
            epsg = None
        elif digits:
            epsg = int(digits)
    return feats, (None if epsg == 4326 else epsg)


def feature_geometry(feat: dict) -> Any:
    g = feat.get("geometry")
    if not g:
        return None
    try:
        return shape(g)
    except Exception as exc:  # noqa: BLE001 - shapely raises several kinds for bad coordinates
        raise ValueError(f"geometry cannot be read ({exc})") from None


def iter_features(feats: list[dict]) -> Iterator[tuple[int, dict]]:
    for i, f in enumerate(feats, 1):
        if isinstance(f, dict):
            yield i, f
