"""What every reader and writer shares: the columns of each record kind, header synonyms, cell text
escaping (formulas, control characters), content fingerprints, safe attachment names and progress."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import uuid as _uuid
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from mapper.domain.cells import ooxml_escape, ooxml_unescape  # noqa: F401 - xlsx.py takes them from here
from mapper.domain.errors import CancelledError
from mapper.domain.i18n import QT_TRANSLATE_NOOP, arg, current, translate
from mapper.domain.records import Asset, Group, split_list
from mapper.domain.taxonomy import taxonomy
from mapper.domain.validation import MAX_TEXT

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]


@dataclass(frozen=True)
class Column:
    key: str  # column header in our files
    field: str  # record field ("latitude"/"longitude" are the two halves of location)
    help: str  # in English (translated where a person reads it: the workbook's Read me)
    kind: str = "text"  # text | number | date | bool | list | choice


ASSET_COLUMNS: tuple[Column, ...] = (
    Column("uuid", "uuid", QT_TRANSLATE_NOOP("Workbook", "The record's id. Leave empty for new rows; keep it to update a record.")),
    Column("name", "name", QT_TRANSLATE_NOOP("Workbook", "Name of the asset (required).")),
    Column("kind", "kind", QT_TRANSLATE_NOOP("Workbook", "Kind of asset: one of the kinds listed below."), "choice"),
    Column("category", "category", QT_TRANSLATE_NOOP("Workbook", "Category: one of the categories listed below."), "choice"),
    Column("description", "description", QT_TRANSLATE_NOOP("Workbook", "What happens there, in plain words.")),
    Column("latitude", "latitude", QT_TRANSLATE_NOOP("Workbook", "Latitude in decimal degrees (WGS84), e.g. 53.3811. Leave empty to use the postcode."),
           "number"),
    Column("longitude", "longitude", QT_TRANSLATE_NOOP("Workbook", "Longitude in decimal degrees (WGS84), e.g. -1.4701."), "number"),
    Column("address", "address", QT_TRANSLATE_NOOP("Workbook", "Street address.")),
    Column("postcode", "postcode", QT_TRANSLATE_NOOP("Workbook", "UK postcode, e.g. S1 2BJ (places the row when there are no coordinates).")),
    Column("neighbourhood", "neighbourhood", QT_TRANSLATE_NOOP("Workbook", "Neighbourhood name (worked out from the location when empty).")),
    Column("opening_times", "opening_times", QT_TRANSLATE_NOOP("Workbook", "When it is open or meets.")),
    Column("contact_phone", "contact_phone", QT_TRANSLATE_NOOP("Workbook", "Public contact phone number.")),
    Column("contact_email", "contact_email", QT_TRANSLATE_NOOP("Workbook", "Public contact email.")),
    Column("website", "website", QT_TRANSLATE_NOOP("Workbook", "Web address.")),
    Column("accessibility", "accessibility", QT_TRANSLATE_NOOP("Workbook", "Step-free access, hearing loop, toilets...")),
    Column("cost", "cost", QT_TRANSLATE_NOOP("Workbook", "Free, donation, price...")),
    Column("audience", "audience", QT_TRANSLATE_NOOP("Workbook", "Who it is for.")),
    Column("principles", "principles", QT_TRANSLATE_NOOP("Workbook", "Principles it shows, separated by ';' (see the list below)."), "list"),
    Column("run_by", "run_by", QT_TRANSLATE_NOOP("Workbook", "Name (or id) of the group that runs it, from the Groups sheet.")),
    Column("status", "status", QT_TRANSLATE_NOOP("Workbook", "active, temporarily_closed or closed."), "choice"),
    Column("may_publish", "may_publish", QT_TRANSLATE_NOOP("Workbook", "yes if this may appear on public maps, otherwise no."), "bool"),
    Column("last_checked", "last_checked", QT_TRANSLATE_NOOP("Workbook", "Date the details were last checked."), "date"),
    Column("recorded_by", "recorded_by", QT_TRANSLATE_NOOP("Workbook", "Who recorded it.")),
    Column("base", "base", QT_TRANSLATE_NOOP("Workbook", "Leave as it is: the record as it was exported, so that only the cells you change are applied and a cell changed in the project meanwhile is kept for review. Empty for new rows.")),
)

GROUP_COLUMNS: tuple[Column, ...] = (
    Column("uuid", "uuid", QT_TRANSLATE_NOOP("Workbook", "The record's id. Leave empty for new rows; keep it to update a record.")),
    Column("name", "name", QT_TRANSLATE_NOOP("Workbook", "Name of the group or organisation (required).")),
    Column("group_type", "group_type", QT_TRANSLATE_NOOP("Workbook", "Type of group: one of the types listed below."), "choice"),
    Column("description", "description", QT_TRANSLATE_NOOP("Workbook", "What the group does.")),
    Column("contact_phone", "contact_phone", QT_TRANSLATE_NOOP("Workbook", "Public contact phone number.")),
    Column("contact_email", "contact_email", QT_TRANSLATE_NOOP("Workbook", "Public contact email.")),
    Column("website", "website", QT_TRANSLATE_NOOP("Workbook", "Web address.")),
    Column("charity_number", "charity_number", QT_TRANSLATE_NOOP("Workbook", "Registered charity number, if any.")),
    Column("neighbourhoods", "neighbourhoods", QT_TRANSLATE_NOOP("Workbook", "Neighbourhoods served, names separated by ';'."), "list"),
    Column("may_publish", "may_publish", QT_TRANSLATE_NOOP("Workbook", "yes if this may appear on public maps, otherwise no."), "bool"),
    Column("last_checked", "last_checked", QT_TRANSLATE_NOOP("Workbook", "Date the details were last checked."), "date"),
    Column("recorded_by", "recorded_by", QT_TRANSLATE_NOOP("Workbook", "Who recorded it.")),
    Column("base", "base", QT_TRANSLATE_NOOP("Workbook", "Leave as it is: the record as it was exported, so that only the cells you change are applied and a cell changed in the project meanwhile is kept for review. Empty for new rows.")),
)

COLUMNS = {"assets": ASSET_COLUMNS, "groups": GROUP_COLUMNS}
RECORD_CLASSES = {"assets": Asset, "groups": Group}

# Header synonyms (normalised: lower case, letters and digits only) -> our column key.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "uuid": ("uuid", "id", "recordid", "guid", "globalid"),
    "name": ("name", "organisation", "organization", "org", "orgname", "organisationname", "assetname",
             "title", "sitename", "site", "venue", "groupname", "placename"),
    "kind": ("kind", "assetkind", "kindofasset"),
    "category": ("category", "type", "assettype", "categories", "sitetype"),
    "group_type": ("grouptype", "typeofgroup", "organisationtype", "organizationtype", "orgtype"),
    "description": ("description", "desc", "about", "details", "summary", "notes", "comments"),
    "latitude": ("latitude", "lat", "y", "latwgs84", "ycoord", "ycoordinate"),
    "longitude": ("longitude", "lon", "lng", "long", "x", "lonwgs84", "xcoord", "xcoordinate"),
    "easting": ("easting", "eastings", "east", "osgbeasting", "bngeasting", "xbng"),
    "northing": ("northing", "northings", "north", "osgbnorthing", "bngnorthing", "ybng"),
    "address": ("address", "street", "streetaddress", "address1", "addressline1", "fulladdress"),
    "postcode": ("postcode", "postalcode", "postcodes", "zip", "zipcode", "pc"),
    "neighbourhood": ("neighbourhood", "neighborhood", "neighbourhoodname"),
    "neighbourhoods": ("neighbourhoods", "neighborhoods", "areasserved", "neighbourhoodsserved"),
    "opening_times": ("openingtimes", "openinghours", "hours", "times", "when", "meets"),
    "contact_phone": ("contactphone", "phone", "telephone", "tel", "phonenumber", "telephonenumber", "mobile"),
    "contact_email": ("contactemail", "email", "emailaddress", "mail"),
    "website": ("website", "url", "web", "webpage", "websiteurl", "link"),
    "charity_number": ("charitynumber", "charityno", "registeredcharitynumber", "charity"),
    "accessibility": ("accessibility", "access", "accessible"),
    "cost": ("cost", "price", "fee", "charge"),
    "audience": ("audience", "whofor", "for", "agegroup"),
    "principles": ("principles", "principle"),
    "run_by": ("runby", "organiser", "organizer", "runbygroup", "provider", "operator"),
    "status": ("status", "state", "open"),
    "may_publish": ("maypublish", "publish", "public", "publishable"),
    "last_checked": ("lastchecked", "checked", "datechecked", "updated", "lastupdated"),
    "recorded_by": ("recordedby", "author", "mapper", "surveyor", "createdby"),
    "base": ("base", "basetoken", "nmbase"),
}
_LOOKUP = {syn: key for key, syns in SYNONYMS.items() for syn in syns}


def norm_header(text: Any) -> str:
    return re.sub(r"[^a-z0-9]", "", str(text or "").lower())


# Fields only a neighbourhood-boundary import reads (besides name).
BOUNDARY_KEYS = ("code", "population", "ward")
FIELD_KEYS = (*SYNONYMS, *BOUNDARY_KEYS)

# A user's column mapping: source header text -> our field key, or None to leave the column out.
ColumnMapping = dict[str, str | None]


def header_text(h: Any) -> str:
    """The text a mapping uses to name a source column."""
    return "" if h is None else str(h)


def check_mapping(mapping: ColumnMapping | None, *, path=None) -> None:
    from mapper.domain.errors import Errors, ImportFormatError

    for header, key in (mapping or {}).items():
        if key is not None and key not in FIELD_KEYS:
            raise ImportFormatError(arg(Errors.tr("column mapping: %1 (for column %2) is not a field this app knows"),
                                        repr(key), repr(header)), path=path)


def match_headers(headers: Iterable[Any], mapping: ColumnMapping | None = None) -> dict[int, str]:
    """{column index: our column key} for the headers we recognise (first match wins). A user's
    ``mapping`` overrides the synonyms for every header it names (None: the column is left out)."""
    headers = list(headers)
    out: dict[int, str] = {}
    taken: set[str] = set()
    named: set[int] = set()
    if mapping:
        for i, h in enumerate(headers):
            text = header_text(h)
            if text in mapping:
                named.add(i)
                key = mapping[text]
                if key and key not in taken:
                    out[i] = key
                    taken.add(key)
    for i, h in enumerate(headers):
        if i in named:
            continue
        key = _LOOKUP.get(norm_header(h))
        if key and key not in taken:
            out[i] = key
            taken.add(key)
    return dict(sorted(out.items()))


def check_cell_length(text: str, *, path, where: str) -> None:
    from mapper.domain.errors import Errors, ExportError

    if len(text) > MAX_TEXT:
        raise ExportError(arg(Errors.tr("the text is %1 characters long; a spreadsheet cell holds at most %2, so "
                                        "nothing was written (shorten it first)"), f"{len(text):,}", f"{MAX_TEXT:,}"),
                          path=path, where=where)


# ---- progress and cancel ------------------------------------------------------------------------------
@dataclass
class Progress:
    progress: ProgressFn | None = None
    cancelled: CancelFn | None = None
    every: int = 2000
    calls: int = 0

    def __call__(self, done: int, total: int, *, force: bool = False) -> None:
        self.calls += 1
        if not force and self.calls % self.every:
            return
        if self.cancelled is not None and self.cancelled():
            raise CancelledError(translate("Cli", "cancelled; nothing was changed"))
        if self.progress is not None:
            self.progress(done, total)


# ---- fingerprints and names -----------------------------------------------------------------------------
_NOT_CONTENT = frozenset(("uuid", "neighbourhood", "neighbourhood_fixed"))


def fingerprint(table: str, values: dict[str, Any]) -> str:
    """A stable hash of a record's content (no uuid), to recognise rows imported before.

    The hashed text is ``repr((table, [(key, value), ...]))`` of the content in key order (what earlier
    imports stored), spelled here piece by piece: ``repr`` of the whole list re-entered its recursion guard
    for every pair, half of the cost of an import's fingerprints."""
    keys = tuple(values)
    plan = _PRINT_PLANS.get(keys)
    if plan is None:
        plan = tuple((k, f"({k!r}, ", k in ("geom", "location")) for k in sorted(keys) if k not in _NOT_CONTENT)
        if len(_PRINT_PLANS) < 1000:
            _PRINT_PLANS[keys] = plan
    parts = []
    for k, head, place in plan:
        v = values[k]
        if type(v) is str:  # most values
            if v:
                parts.append(head + repr(v) + ")")
            continue
        if v is None or v == "" or v == ():
            continue
        if place and isinstance(v, (tuple, list)):
            v = [round(float(v[0]), 7), round(float(v[1]), 7)]
        elif isinstance(v, tuple):
            v = list(v)
        parts.append(f"{head}{v!r})")
    text = f"({table!r}, [{', '.join(parts)}])"  # str/float/int/list reprs are stable
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


_PRINT_PLANS: dict[tuple[str, ...], tuple[tuple[str, str, bool], ...]] = {}  # keys in a row's order -> content keys sorted


_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}


def safe_attachment_name(original: str | None) -> str:
    """A generated file name for an attachment: never a path, a device name or a hidden file."""
    ext = ""
    base = re.split(r"[\\/]", str(original or ""))[-1]
    if "." in base:
        candidate = base.rsplit(".", 1)[1].lower()
        if re.fullmatch(r"[a-z0-9]{1,8}", candidate):
            ext = "." + candidate
    return f"{_uuid.uuid4().hex}{ext}"


def is_safe_name(name: str) -> bool:
    stem = name.split(".")[0].lower()
    return (bool(re.fullmatch(r"[A-Za-z0-9_-][A-Za-z0-9_.-]{0,100}", name)) and ".." not in name
            and stem not in _RESERVED)


_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def looks_like_uuid(text: str) -> bool:
    if type(text) is str and _CANONICAL_UUID.fullmatch(text):  # how ours are written: no need to parse
        return True
    try:
        _uuid.UUID(str(text))
        return True
    except (ValueError, AttributeError, TypeError):
        return False


# ---- converting cells into field values ---------------------------------------------------------------
def to_text(value: Any) -> str | None:
    if type(value) is str:  # most cells
        return value if value.strip() else None
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    return text if text.strip() else None


_DAY_FIRST = re.compile(r"[ \d]?\d[/.-]\d?\d[/.-]\d\d(\d\d)?$")  # what the day-first formats below can match


def to_date(value: Any) -> str | None:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = to_text(value)
    if text is None:
        return None
    text = text.strip()
    if not _DAY_FIRST.match(text):  # ISO dates and free text: strptime is slow and would not match anyway
        return text
    for fmt in ("%d/%m/%Y", "%d/%m/%y", "%d.%m.%Y", "%d-%m-%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    return text


def to_number(value: Any) -> float | None:
    if value is None or value == "":
        return None
    if type(value) is str:  # most cells: a plain number
        try:
            return float(value)
        except ValueError:
            pass
    if isinstance(value, (int, float)):
        return float(value)
    text = str(value).strip().replace(",", ".") if str(value).count(",") == 1 and "." not in str(value) \
        else str(value).strip()
    try:
        return float(text)
    except ValueError:
        raise ValueError(f"{value!r} is not a number") from None


@dataclass
class Choice:
    """Result of mapping a free text onto a taxonomy code."""

    code: str | None
    note: str | None = None


def choose(section: str, value: Any) -> Choice:
    key = (current().language, section, value if isinstance(value, (str, int, float)) else repr(value))
    found = _CHOICES.get(key)
    if found is None:
        found = _choose(section, value)
        if len(_CHOICES) < 10_000:
            _CHOICES[key] = found
    return found


_CHOICES: dict[tuple[str, str, Any], Choice] = {}  # (language, section, value): the note is in words


def _choose(section: str, value: Any) -> Choice:
    text = to_text(value)
    if text is None:
        return Choice(None)
    code = taxonomy().code_for(section, text.strip())
    if code is None:
        return Choice(None, arg(translate("Import", "%1 is not in the list"), repr(text.strip())))
    return Choice(code)


def principles_of(value: Any) -> tuple[tuple[str, ...], str | None]:
    """(principle codes, the note on unknown ones or None); the same cell text, the same answer."""
    if type(value) is not str:
        return _principles_of(value)
    key = (current().language, value)
    found = _PRINCIPLES.get(key)
    if found is None:
        found = _principles_of(value)
        if len(_PRINCIPLES) < 10_000:
            _PRINCIPLES[key] = found
    return found


_PRINCIPLES: dict[tuple[str, str], tuple[tuple[str, ...], str | None]] = {}


def _principles_of(value: Any) -> tuple[tuple[str, ...], str | None]:
    items = split_list(to_text(value))
    tx = taxonomy()
    out, bad = [], []
    for item in items:
        code = tx.code_for("principles", item)
        (out if code else bad).append(code or item)
    return tuple(out), (arg(translate("Import", "unknown principles %1 left out"), ", ".join(repr(b) for b in bad))
                        if bad else None)


@dataclass
class RowIssue:
    row: int | None
    message: str
    layer: str | None = None

    def __str__(self) -> str:
        where = []
        if self.layer:
            where.append(self.layer)
        if self.row is not None:
            where.append(arg(translate("Import", "row %1"), self.row))
        return f"{' '.join(where)}: {self.message}" if where else self.message


MAX_ISSUES = 1000  # issues kept word for word; beyond that only counted (bounded memory)


@dataclass
class RowCounts:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0  # cells changed both in the file and in the project since the export (kept for review)
    skipped: list[RowIssue] = field(default_factory=list)
    warnings: list[RowIssue] = field(default_factory=list)
    skipped_total: int = 0
    warnings_total: int = 0

    def skip(self, issue: RowIssue) -> None:
        self.skipped_total += 1
        if len(self.skipped) < MAX_ISSUES:
            self.skipped.append(issue)

    def warn(self, issue: RowIssue) -> None:
        self.warnings_total += 1
        if len(self.warnings) < MAX_ISSUES:
            self.warnings.append(issue)
