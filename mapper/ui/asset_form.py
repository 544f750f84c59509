"""The asset form: every asset field, postcode lookup, the similar-asset check and photos."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from mapper.domain.records import Asset
from mapper.domain.taxonomy import taxonomy
from mapper.domain.validation import normalise_postcode
from mapper.store import postcodes, queries
from mapper.ui.forms import ERROR_STYLE, RecordForm, choice_options
from mapper.ui.i18n import fill
from mapper.ui.photos import PhotoStrip
from mapper.ui.text import data_label

_BROWSE_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_Home,
                Qt.Key.Key_End)


class AssetForm(RecordForm):
    RECORD = Asset

    def __init__(self, window, parent=None):
        super().__init__(window, parent)
        self.location: tuple[float, float] | None = None
        tx = taxonomy()
        self._add_field("name", self.tr("Name"), "line", self.tr("What people call it"))
        self._add_field("kind", self.tr("Kind"), "combo", choice_options("asset_kinds"))
        self._add_field("category", self.tr("Category"), "combo", [(c, tx.label("categories", c)) for c in tx.categories])
        self._add_field("status", self.tr("Status"), "combo", choice_options("asset_statuses"))
        self._add_field("description", self.tr("Description"), "text")
        self._add_field("address", self.tr("Address"), "line")
        self.find_button = QPushButton(self.tr("Find on map"))
        self.find_button.setAccessibleName(self.tr("Find postcode on map"))
        self.find_button.setToolTip(self.tr("Place the asset at this postcode (works offline)"))
        self.find_button.clicked.connect(self.place_at_postcode)
        self._add_field("postcode", self.tr("Postcode"), "line", self.tr("For example S1 2BJ"), extra=self.find_button)
        self.widgets["postcode"].returnPressed.connect(self.place_at_postcode)
        # Location: a read-only line with a clear button (set by the map, a postcode, or nothing).
        self.location_label = data_label()
        self.location_label.setWordWrap(True)
        self.location_label.setAccessibleName(self.tr("Location"))
        self.clear_location_button = QPushButton(self.tr("No location"))
        self.clear_location_button.setAccessibleName(self.tr("Clear location"))
        self.clear_location_button.setToolTip(self.tr("For online or area-wide assets: no point on the map"))
        self.clear_location_button.clicked.connect(self.clear_location)
        loc_box = QWidget()
        loc_row = QHBoxLayout(loc_box)
        loc_row.setContentsMargins(0, 0, 0, 0)
        loc_row.addWidget(self.location_label, 1)
        loc_row.addWidget(self.clear_location_button)
        self.errors["location"] = data_label()
        self.errors["location"].setStyleSheet(ERROR_STYLE)
        self.errors["location"].hide()
        loc_lab = QLabel(self.tr("Location:"))
        loc_lab.setBuddy(self.clear_location_button)
        self.form.addRow(loc_lab, loc_box)
        self.order.append(self.clear_location_button)
        self.form.addRow("", self.errors["location"])
        self._add_field("neighbourhood", self.tr("Neighbourhood"), "combo", [])
        self._add_field("run_by", self.tr("Run by"), "combo", [])
        self._add_field("opening_times", self.tr("Opening times"), "line", self.tr("For example Mondays 10-12"))
        self._add_field("contact_phone", self.tr("Phone"), "line")
        self._add_field("contact_email", self.tr("Email"), "line")
        self._add_field("website", self.tr("Website"), "line")
        self._add_field("accessibility", self.tr("Accessibility"), "line", self.tr("Step-free? Hearing loop?"))
        self._add_field("cost", self.tr("Cost"), "line", self.tr("Free, £1, donations…"))
        self._add_field("audience", self.tr("Who it is for"), "line", self.tr("Everyone, older people, carers…"))
        self._add_field("principles", self.tr("Principles"), "list", [(p, tx.label("principles", p)) for p in tx.principles])
        self.today_button = QPushButton(self.tr("Checked today"))
        self.today_button.setAccessibleName(self.tr("Mark checked today"))
        self.today_button.clicked.connect(self.checked_today)
        self._add_field("last_checked", self.tr("Last checked"), "line", self.tr("YYYY-MM-DD"), extra=self.today_button)
        self._add_field("may_publish", self.tr("Publish"), "check", self.tr("May appear on public maps"))
        self.photos = PhotoStrip(self)
        photos_label = QLabel(self.tr("Photos:"))
        photos_label.setBuddy(self.photos.add_button)
        self.form.addRow(photos_label, self.photos)
        self.order += [self.photos.thumbs, self.photos.add_button, self.photos.view_button, self.photos.remove_button]
        self.chain_tab_order()
        self.widgets["kind"].activated.connect(self._kind_changed)
        self._browsing_kinds = False  # arrow keys on the closed kind list: the next kind, and the next...
        self.widgets["kind"].installEventFilter(self)

    # neighbourhood and group choices come from the project
    def set_choices(self, neighbourhoods: dict[str, str], groups: list[tuple[str, str]]) -> None:
        self._loading = True
        try:
            combo = self.widgets["neighbourhood"]
            combo.clear()
            combo.addItem(self.tr("From the location"), None)
            for uuid, name in sorted(neighbourhoods.items(), key=lambda kv: kv[1].lower()):
                combo.addItem(name, uuid)
            combo = self.widgets["run_by"]
            combo.clear()
            combo.addItem(self.tr("Nobody recorded"), None)
            for uuid, name in groups:
                combo.addItem(name, uuid)
        finally:
            self._loading = False

    def _kind_changed(self, _index: int = 0) -> None:
        """The category list shows the chosen kind's categories. A category of another kind is never
        replaced behind the user's back: the list says "Choose a category" and opens, and the kind is
        saved together with the category picked."""
        self._fill_categories(self.widgets["category"].currentData())
        if self.widgets["category"].currentData() is None:
            self.validate()
            if not self._browsing_kinds:  # picked from the list: the categories open next; arrow keys
                self.widgets["category"].setFocus()  # go on browsing kinds (Tab then goes to the category)
                self.widgets["category"].showPopup()
        self._browsing_kinds = False

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        """Arrow keys or the wheel on the closed kind list change the kind in place (browsing);
        anything else (a click, F4, Alt+Down) opens its list to pick from."""
        if watched is self.widgets["kind"]:
            if event.type() == QEvent.Type.Wheel:
                self._browsing_kinds = True
            elif event.type() == QEvent.Type.KeyPress:
                self._browsing_kinds = event.key() in _BROWSE_KEYS and not (
                    event.modifiers() & Qt.KeyboardModifier.AltModifier)
            elif event.type() == QEvent.Type.MouseButtonPress:
                self._browsing_kinds = False
        return super().eventFilter(watched, event)

    def _fill_categories(self, category: str | None) -> None:
        tx = taxonomy()
        kind = self.widgets["kind"].currentData()
        combo = self.widgets["category"]
        was = self._loading
        self._loading = True
        try:
            combo.clear()
            codes = tx.categories_of(kind) or tx.categories
            if category not in codes:
                combo.addItem(self.tr("Choose a category…"), None)
            for code in codes:
                combo.addItem(tx.label("categories", code), code)
            combo.setCurrentIndex(max(combo.findData(category), 0))
        finally:
            self._loading = was

    def extra_problems(self, found: dict) -> None:
        if self.widgets["category"].currentData() is None and self.record is not None:
            found["category"] = self.tr("Choose a category for this kind (the kind is saved with it)")

    def _set(self, key, value) -> None:
        super()._set(key, value)
        if key == "kind":  # the category list follows the kind shown
            self._fill_categories(getattr(self.record, "category", None))

    def read_extra(self, values: dict) -> None:
        values["location"] = self.location
        if values.get("postcode"):
            values["postcode"] = normalise_postcode(values["postcode"]) or values["postcode"]
        nb = self.widgets["neighbourhood"].currentData()
        values["neighbourhood_fixed"] = nb is not None
        if nb is None:
            base = self.record
            values["neighbourhood"] = base.neighbourhood if base is not None and not base.neighbourhood_fixed \
                else None
        if self.draft and not values.get("recorded_by"):
            values["recorded_by"] = self.window_.mapper_name()

    def load_extra(self, record: Asset) -> None:
        self.location = tuple(record.location) if record.location else None
        if not record.neighbourhood_fixed:
            self.widgets["neighbourhood"].setCurrentIndex(0)
        self._show_location()
        if not self.draft:
            self.photos.show_photos(queries.photos_of(self.project.conn, record.uuid))
        else:
            self.photos.show_photos([])

    def _show_location(self) -> None:
        if self.location:
            lon, lat = self.location
            text = f"{lat:.5f}, {lon:.5f}"
            names = self.window_.neighbourhood_names
            rec = self.record
            if rec is not None and rec.neighbourhood and not rec.neighbourhood_fixed:
                text = fill(self.tr("%1 — in %2"), text, names.get(rec.neighbourhood, self.tr("an unknown neighbourhood")))
        else:
            text = self.tr("No location (online or area-wide). Click the map or find a postcode to place it.")
        self.location_label.setText(text)
        combo = self.widgets["neighbourhood"]
        combo.setItemText(0, self.tr("From the location") if self.location else self.tr("Not set"))

    def adjust_changes(self, changed: dict, new: dict) -> None:
        if "kind" in changed and taxonomy().kind_of(new.get("category")) != new["kind"]:
            changed.pop("kind")  # saved with the category still to be chosen
        # Un-fixing the neighbourhood asks the store to derive it again from the location.
        if changed.get("neighbourhood_fixed") is False or changed.get("neighbourhood_fixed") == 0:
            changed["geom"] = new.get("geom")
            changed.pop("neighbourhood", None)

    # ---- location ------------------------------------------------------------------------
    def set_location(self, location: tuple[float, float] | None) -> None:
        self.location = location
        self._show_location()
        self.validate()
        self.commit()

    def forget_location(self) -> None:
        """Take the point back without saving anything (the user will place the asset again)."""
        self.location = None
        self._show_location()
        self.validate()

    def clear_location(self) -> None:
        self.set_location(None)

    def place_at_postcode(self) -> None:
        text = self.widgets["postcode"].text()
        code = normalise_postcode(text)
        err = self.errors["postcode"]
        if not code:
            err.setText(self.tr("does not look like a UK postcode (for example S1 2BJ)"))
            err.show()
            return
        found = postcodes.lookup(code)
        if found is None:
            err.setText(fill(self.tr("%1 is not in the offline postcode list; click the map to place the asset"), code))
            err.show()
            return
        self._loading = True
        self.widgets["postcode"].setText(code)
        self._loading = False
        self.set_location(found)

    def checked_today(self) -> None:
        self.widgets["last_checked"].setText(dt.date.today().isoformat())
        self.validate()
        self.commit()
