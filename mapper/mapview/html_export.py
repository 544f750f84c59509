"""``mapper export PROJECT map.html --public``: one self-contained HTML file that works offline.

Leaflet, Supercluster, the map script, styles and images are inlined; the data travels as JSON in
``<script type="application/json">`` elements (escaped so no name can end the element). Only assets that
may be published are in it, and care needs never are (this module never reads them).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mapper.domain.errors import Errors, ExportError
from mapper.domain.i18n import Context, arg, translate
from mapper.mapview import data
from mapper.mapview.page import build_page
from mapper.store.snapshot import replace_atomically, temp_beside

Cli = Context("Cli")


@dataclass
class HtmlExportReport:
    path: Path
    assets: int
    neighbourhoods: int
    public: bool

    def summary(self) -> str:
        what = translate("Cli", "public map with %1 in %2") if self.public else translate("Cli", "map with %1 in %2")
        return arg(translate("Cli", "wrote %1: %2 (one file, works offline)"), self.path,
                   arg(what, Cli.tr("%n asset(s)", "", self.assets),
                       Cli.tr("%n neighbourhood(s)", "", self.neighbourhoods)))


def export_html(project, out: Path | str, *, public: bool = True) -> HtmlExportReport:
    """Write the map of ``project`` to ``out``. ``public=False`` includes unpublished assets (never care needs)."""
    out = Path(out)
    if out.suffix.lower() not in (".html", ".htm"):
        raise ExportError(Errors.tr("a map export must end in .html"), path=out)
    assets = data.assets_payload(project, public=public)
    hoods = data.neighbourhoods_geojson(project)
    inline = {"assets": assets, "neighbourhoods": hoods, "wards": data.wards_geojson(project),
              "details": data.all_details(project, public=public)}
    config = {"bounds": data.bounds(project), "basemaps": [], "editable": False, "bridge": False}
    title = (translate("MapPage", "Community assets map") if public
             else translate("MapPage", "Community assets map (not for publication)"))
    html = build_page(config, inline=inline, title=title)
    tmp = temp_beside(out)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(html, encoding="utf-8")
        replace_atomically(tmp, out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExportError(arg(Errors.tr("cannot write the map (%1)"), exc.strerror), path=out) from None
    return HtmlExportReport(out, len(assets["ids"]), len(hoods["features"]), public)
