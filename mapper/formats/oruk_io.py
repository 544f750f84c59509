"""``mapper export SOURCE OUT --format oruk``: the Open Referral UK 3.0 files, written into the folder OUT.

* the JSON form: ``services.json`` (every service fully nested, as ``/services/{id}`` answers it),
  ``organizations.json`` and ``taxonomies.json`` (each taxonomy with its terms);
* the tabular data package: ``datapackage.json`` and one CSV per object (``services.csv``, ``locations.csv``,
  ...), columns and types from the vendored schemata (``resources/oruk/schemata``).

The folder is written beside OUT and renamed into place; an existing OUT is replaced only when it is an
earlier ORUK export (it holds a ``datapackage.json``), never any other folder.
"""

from __future__ import annotations

import csv
import json
import shutil
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from mapper.domain.errors import ExportError
from mapper.domain.i18n import Context, arg, translate
from mapper.domain.resources import RESOURCES
from mapper.formats.oruk import OrukData, build, index
from mapper.store.snapshot import replace_folder

Cli = Context("Cli")

SCHEMATA = RESOURCES / "oruk" / "schemata"
# (object schema, OrukData attribute) in the data package's order
TABLES = (("organization", "organizations"), ("organization_identifier", "organization_identifiers"),
          ("service", "services"), ("location", "locations"),
          ("address", "addresses"), ("accessibility", "accessibility"),
          ("service_at_location", "service_at_locations"), ("schedule", "schedules"),
          ("cost_option", "cost_options"), ("contact", "contacts"), ("phone", "phones"),
          ("attribute", "attributes"), ("taxonomy", "taxonomies"), ("taxonomy_term", "taxonomy_terms"))


@lru_cache(maxsize=None)
def schema(name: str) -> dict:
    return json.loads((SCHEMATA / f"{name}.json").read_text(encoding="utf-8"))


def columns(name: str) -> list[str]:
    """The one-to-one fields of an object (its CSV columns), and the fields only the tabular form requires
    (an attribute's ``link_entity``)."""
    s = schema(name)
    cols = [k for k, v in s["properties"].items() if v.get("type") in ("string", "number", "integer", "boolean")]
    return cols + [k for k in s.get("tabular_required", ()) if k not in cols]


def _field(name: str, prop: dict) -> dict:
    kind = prop["type"]
    out = {"name": name, "type": {"number": "number", "integer": "integer", "boolean": "boolean"}.get(kind, "string")}
    fmt = prop.get("format")
    if fmt == "date-time":
        out["type"] = "datetime"
    elif fmt in ("uuid", "email", "uri"):
        out["format"] = fmt
    return out


def datapackage(title: str) -> dict:
    resources = []
    for name, _ in TABLES:
        s = schema(name)
        required = set(s.get("required", ())) | set(s.get("tabular_required", ()))
        fields = []
        for col in columns(name):
            f = _field(col, s["properties"].get(col, {"type": "string"}))
            if col in required:
                f["constraints"] = {"required": True}
            if col == "id":
                f.setdefault("constraints", {})["unique"] = True
            fields.append(f)
        resources.append({"name": s["name"], "path": s["path"], "profile": "tabular-data-resource",
                          "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
                          "schema": {"fields": fields, "primaryKey": "id"}})
    return {"name": "neighbourhoods-of-care", "title": title, "profile": "tabular-data-package",
            "resources": resources}


def _number(value) -> str:
    return str(value) if not isinstance(value, float) or not value.is_integer() else str(int(value))


def write_csv(path: Path, name: str, rows: list[dict]) -> None:
    cols = columns(name)
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(cols)
        for row in rows:
            w.writerow(["" if row.get(c) is None else _number(row[c]) if isinstance(row.get(c), (int, float))
                        else row[c] for c in cols])


def json_form(data: OrukData) -> dict[str, list[dict]]:
    ix = index(data)
    by_tax: dict[str, list[dict]] = {}
    for term in data.taxonomy_terms:
        by_tax.setdefault(term["taxonomy_id"], []).append(term)
    return {"services": [data.full_service(s["id"], index=ix) for s in data.services],
            "organizations": data.organizations,
            "taxonomies": [{**t, "taxonomy_terms": by_tax.get(t["id"], [])} for t in data.taxonomies]}


@dataclass
class OrukReport:
    path: Path
    services: int
    organizations: int
    locations: int

    def summary(self) -> str:
        return arg(translate("Cli", "wrote %1: Open Referral UK 3.0 with %2, %3, %4 (JSON and tabular data "
                                    "package)"), self.path, Cli.tr("%n service(s)", "", self.services),
                   Cli.tr("%n organization(s)", "", self.organizations), Cli.tr("%n location(s)", "", self.locations))


def export_oruk(source, out: Path | str) -> OrukReport:
    out = Path(out)
    if out.exists() and (not out.is_dir() or (any(out.iterdir()) and not (out / "datapackage.json").exists())):
        raise ExportError(translate("Cli", "an ORUK export goes into a new folder (or replaces an earlier ORUK "
                                           "export)"), path=out)
    data = build(source)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    except OSError as exc:
        raise ExportError(arg(translate("Cli", "cannot write the ORUK export (%1)"), exc.strerror), path=out) from None
    try:
        for name, docs in json_form(data).items():
            (tmp / f"{name}.json").write_text(json.dumps(docs, ensure_ascii=False, indent=1), encoding="utf-8")
        (tmp / "datapackage.json").write_text(json.dumps(datapackage(source.title()), indent=1), encoding="utf-8")
        for name, attr in TABLES:
            write_csv(tmp / schema(name)["path"], name, getattr(data, attr))
        shutil.copyfile(RESOURCES / "oruk" / "LICENSE", tmp / "LICENSE-ORUK-schemata.txt")
        replace_folder(tmp, out)
    except OSError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise ExportError(arg(translate("Cli", "cannot write the ORUK export (%1)"), exc.strerror), path=out) from None
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return OrukReport(out, len(data.services), len(data.organizations), len(data.locations))
