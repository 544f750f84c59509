"""The boundaries shipped with the app (``resources/boundaries/``, offline): the sets a new project can start
with, and starting a project with a set or with a boundaries file of the user's own. The demo uses the same
Sheffield set, so a project started from it shares the demo's neighbourhood uuids (and every laptop's
project from it shares them too: merges line up)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from shapely.geometry import shape

from mapper.domain.records import Neighbourhood
from mapper.domain.resources import RESOURCES
from mapper.formats.boundaries import CODE_KEYS, NAME_KEYS, first_value, neighbourhoods_from, read_polygons
from mapper.store.project import Project
from mapper.store.snapshot import remove_with_sidecars

BOUNDARIES = RESOURCES / "boundaries"
DISTRICTS = "south_yorkshire_districts.geojson"  # also read by formats/admin_areas.py (district profiles)


@dataclass(frozen=True)
class BoundarySet:
    code: str
    neighbourhoods: str  # file in resources/boundaries: the project's neighbourhoods
    wards: str | None  # file for the wards reference layer (ward profiles), or None
    in_district: bool = False  # names say their district ("Central (Barnsley)": two districts have a Central)
    in_a_ward: bool = True  # each neighbourhood lies in one ward (not so a district)

    @property
    def path(self) -> Path:
        return BOUNDARIES / self.neighbourhoods


SETS = (
    BoundarySet("sheffield_neighbourhoods", "sheffield_neighbourhoods_147.geojson", "sheffield_wards_2016.geojson"),
    BoundarySet("sheffield_wards", "sheffield_wards_2016.geojson", "sheffield_wards_2016.geojson"),
    BoundarySet("south_yorkshire_wards", "south_yorkshire_wards.geojson", "south_yorkshire_wards.geojson",
                in_district=True),
    BoundarySet("south_yorkshire_districts", "south_yorkshire_districts.geojson", "south_yorkshire_wards.geojson",
                in_district=True, in_a_ward=False),
)
DEFAULT = SETS[0]


def boundary_set(code: str) -> BoundarySet:
    for s in SETS:
        if s.code == code:
            return s
    raise KeyError(code)


@lru_cache(maxsize=1)
def _district_names() -> dict[str, str]:
    return {str(p.get("code")): str(p.get("name")) for p, _ in read_polygons(BOUNDARIES / DISTRICTS)}


def _in_district(props: dict) -> str | None:
    name, district = first_value(props, NAME_KEYS), _district_names().get(str(props.get("district")))
    return f"{name} ({district})" if name and district and district != name else name


def _wards(s: BoundarySet) -> list[tuple[str, str, object]]:
    """[(code, name, shapely polygon)] for the wards reference layer."""
    name_of = _in_district if s.in_district else (lambda props: first_value(props, NAME_KEYS))
    return [(first_value(props, CODE_KEYS) or f"W{i:03d}", name_of(props) or f"Ward {i}", geom)
            for i, (props, geom) in enumerate(read_polygons(BOUNDARIES / s.wards), 1)]


def load(boundaries: BoundarySet | Path) -> tuple[list[Neighbourhood], list[tuple[str, str, object]]]:
    """The neighbourhoods (each with the ward its middle lies in) and the wards of a shipped set, or the
    neighbourhoods of a file of the user's own (no wards). A bad file raises ImportFormatError (one line)."""
    if isinstance(boundaries, BoundarySet):
        hoods = neighbourhoods_from(boundaries.path, _in_district if boundaries.in_district else None)
        wards = _wards(boundaries) if boundaries.wards else []
    else:
        hoods, wards = neighbourhoods_from(Path(boundaries)), []
    for n in hoods if not isinstance(boundaries, BoundarySet) or boundaries.in_a_ward else ():
        centre = shape(n.geometry).representative_point()
        n.ward = next((name for _, name, g in wards if g.contains(centre)), None)
    return hoods, wards


def add_boundaries(project: Project, hoods: list[Neighbourhood], wards: list[tuple[str, str, object]]) -> None:
    project.bulk_add(hoods)
    if wards:
        project.replace_wards(wards)


def start_project(path: Path, boundaries: BoundarySet | Path | None, *, author: str | None = None) -> Project:
    """A new project at ``path`` (never over an existing file) starting with ``boundaries``; returns it open.
    The boundaries are read before the file is made, so a bad boundaries file leaves nothing behind; a
    failure after that removes the half-made file."""
    hoods, wards = load(boundaries) if boundaries is not None else ([], [])
    project = Project.create(path, author=author)
    try:
        add_boundaries(project, hoods, wards)
    except BaseException:
        project.close()
        remove_with_sidecars(Path(path))
        raise
    return project
