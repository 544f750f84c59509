"""The record panel's forms. No save button: a field is committed when the user leaves it (or picks a
value), through the window's Editor, so every change is undoable. Problems show beside the field as
the user types."""

from __future__ import annotations

import datetime as dt
from dataclasses import fields as dc_fields
from typing import Any, Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mapper.domain.records import Asset, Group, Record
from mapper.domain.taxonomy import taxonomy
from mapper.domain.validation import normalise_postcode
from mapper.domain.validation import problems as record_problems
from mapper.store import postcodes, queries
from mapper.ui import commands

ERROR_STYLE = "color: #a33;"
FIXED_ROLE = Qt.ItemDataRole.UserRole


def _opts(section: str) -> list[tuple[str, str]]:
    tx = taxonomy()
    return [(c, tx.label(section, c)) for c in tx.codes(section)]


class _FocusOut(QObject):
    """Calls ``fn`` when a plain-text box loses focus (QPlainTextEdit has no editingFinished)."""

    def __init__(self, fn: Callable[[], None], parent: QObject):
        super().__init__(parent)
        self.fn = fn

    def eventFilter(self, obj, event):  # noqa: N802 - Qt name
        if event.type() == QEvent.Type.FocusOut:
            self.fn()
        return False


class PhotoStrip(QWidget):
    """Thumbnails of a record's photos, an "Add photo…" button, and drag-and-drop of image files."""

    def __init__(self, form: "RecordForm"):
        super().__init__(form)
        self.form = form
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.thumbs = QListWidget()
        self.thumbs.setViewMode(QListView.ViewMode.IconMode)
        self.thumbs.setIconSize(QSize(96, 72))
        self.thumbs.setFixedHeight(100)
        self.thumbs.setFlow(QListView.Flow.LeftToRight)
        self.thumbs.setWrapping(False)
        self.thumbs.setAcceptDrops(False)
        self.thumbs.setAccessibleName("Photos")
        self.add_button = QPushButton("Add photo…")
        self.add_button.setAccessibleName("Add photo")
        self.add_button.setToolTip("Choose a photo, or drop image files on this area")
        self.add_button.clicked.connect(self.choose)
        hint = QLabel("Drop photos here to add them")
        hint.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(hint, 1)
        layout.addWidget(self.thumbs)
        layout.addLayout(row)

    def show_photos(self, photos: list[queries.Photo]) -> None:
        self.thumbs.clear()
        for p in photos:
            pix = QPixmap()
            pix.loadFromData(p.data)
            item = QListWidgetItem(QIcon(pix), "")
            label = p.original_name or p.filename
            item.setToolTip(label)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"Photo {label}")
            item.setData(Qt.ItemDataRole.UserRole, p.uuid)
            self.thumbs.addItem(item)

    def choose(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, "Add photos", "",
                                                "Photos (*.jpg *.jpeg *.png *.gif *.webp *.bmp)")
        for path in paths:
            self.form.add_photo(path)

    def dragEnterEvent(self, event):  # noqa: N802 - Qt name
        if event.mimeData().hasUrls() and self.form.record is not None:
            event.acceptProposedAction()

    def dropEvent(self, event):  # noqa: N802 - Qt name
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.form.add_photo(url.toLocalFile())
        event.acceptProposedAction()


class RecordForm(QWidget):
    """A form built from a field list: (attribute, label, widget kind, options)."""

    RECORD: type[Record] = Record
    SPEC: list[tuple[str, str, str, Any]] = []
    committed = Signal(str)  # uuid, after a draft became a record

    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.window_ = window
        self.record: Record | None = None  # as saved
        self.draft = False
        self._loading = False
        self._committing = False
        self.widgets: dict[str, QWidget] = {}
        self.order: list[QWidget] = []  # tab order, as the form reads
        self.errors: dict[str, QLabel] = {}
        self.outer = QVBoxLayout(self)
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.outer.addWidget(self.heading)
        self.outer.addWidget(self.note)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.outer.addLayout(self.form)
        for key, label, kind, options in self.SPEC:
            self._add_field(key, label, kind, options)

    # ---- building ------------------------------------------------------------------------
    def _add_field(self, key: str, label: str, kind: str, options: Any = None,
                   extra: QWidget | None = None) -> QWidget:
        if kind == "line":
            w: QWidget = QLineEdit()
            w.textEdited.connect(self.validate)
            w.editingFinished.connect(self.commit)
            if options:
                w.setPlaceholderText(options)
        elif kind == "text":
            w = QPlainTextEdit()
            w.setTabChangesFocus(True)
            w.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
            w.textChanged.connect(self.validate)
            w.installEventFilter(_FocusOut(self.commit, w))
        elif kind == "combo":
            w = QComboBox()
            w.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            w.setMinimumContentsLength(8)
            for code, text in options:
                w.addItem(text, code)
            w.activated.connect(lambda _=0: (self.validate(), self.commit()))
        elif kind == "check":
            w = QCheckBox(options or "")
            w.clicked.connect(lambda _=False: self.commit())
        elif kind == "list":
            w = QListWidget()
            for code, text in options:
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, code)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                w.addItem(item)
            w.setFixedHeight(self.fontMetrics().lineSpacing() * 5)
            w.itemChanged.connect(lambda _item: (self.validate(), self.commit()))
        else:
            raise ValueError(kind)
        w.setAccessibleName(label)
        w.setObjectName(f"field_{key}")
        err = QLabel()
        err.setStyleSheet(ERROR_STYLE)
        err.setWordWrap(True)
        err.setAccessibleName(f"{label}: problem")
        err.hide()
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(2)
        if extra is not None:
            row = QHBoxLayout()
            row.addWidget(w, 1)
            row.addWidget(extra)
            col.addLayout(row)
        else:
            col.addWidget(w)
        col.addWidget(err)
        lab = QLabel(f"{label}:")
        lab.setBuddy(w)
        self.form.addRow(lab, box)
        self.order += [w] if extra is None else [w, extra]
        self.widgets[key] = w
        self.errors[key] = err
        return w

    def chain_tab_order(self) -> None:
        for a, b in zip(self.order, self.order[1:]):
            QWidget.setTabOrder(a, b)

    # ---- values --------------------------------------------------------------------------
    def _get(self, key: str) -> Any:
        w = self.widgets[key]
        if isinstance(w, QLineEdit):
            text = w.text().strip()
            return text or None
        if isinstance(w, QPlainTextEdit):
            text = w.toPlainText().strip()
            return text or None
        if isinstance(w, QComboBox):
            return w.currentData()
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, QListWidget):
            checked = [w.item(i).data(Qt.ItemDataRole.UserRole) for i in range(w.count())
                       if w.item(i).checkState() == Qt.CheckState.Checked]
            before = [x for x in (getattr(self.record, key, ()) or ()) if x in checked]  # keep the saved order
            return tuple(before + [x for x in checked if x not in before])
        raise TypeError(w)

    def _set(self, key: str, value: Any) -> None:
        w = self.widgets[key]
        if isinstance(w, QLineEdit):
            text = "" if value is None else str(value)
            if w.text() != text:
                w.setText(text)
                w.setCursorPosition(0)
        elif isinstance(w, QPlainTextEdit):
            text = "" if value is None else str(value)
            if w.toPlainText() != text:
                w.setPlainText(text)
        elif isinstance(w, QComboBox):
            i = w.findData(value)
            w.setCurrentIndex(i if i >= 0 else 0)
        elif isinstance(w, QCheckBox):
            w.setChecked(bool(value))
        elif isinstance(w, QListWidget):
            chosen = set(value or ())
            for i in range(w.count()):
                item = w.item(i)
                state = Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in chosen else \
                    Qt.CheckState.Unchecked
                if item.checkState() != state:
                    item.setCheckState(state)

    def read(self) -> Record:
        """The record as the widgets show it now (not yet saved)."""
        base = self.record if self.record is not None else self.RECORD()
        values = {f.name: getattr(base, f.name) for f in dc_fields(base)}
        for key in self.widgets:
            values[key] = self._get(key)
        self.read_extra(values)
        return self.RECORD(**values)

    def read_extra(self, values: dict) -> None:
        pass

    def load_extra(self, record: Record) -> None:
        pass

    # ---- showing -------------------------------------------------------------------------
    @property
    def project(self):
        return self.window_.project

    def show_record(self, record: Record | None, *, draft: bool = False) -> None:
        previous = self.record
        same = (previous is not None and record is not None and previous.uuid == record.uuid
                and not draft and not self.draft)
        self.record = record
        self.draft = draft
        self._loading = True
        try:
            if record is not None:
                for key in self.widgets:
                    # The same record again (after an edit): only fields whose saved value changed are
                    # set, so what the user is typing elsewhere stays.
                    if not same or getattr(previous, key) != getattr(record, key):
                        self._set(key, getattr(record, key))
                self.load_extra(record)
        finally:
            self._loading = False
        self.update_heading()
        self.validate()

    def update_heading(self) -> None:
        kind = self.RECORD.TABLE[:-1]
        if self.draft:
            self.heading.setText(f"New {kind}")
            self.note.setText(f"Give the {kind} a name and it is saved at once. Every change after that is "
                              "saved as you leave the field (Ctrl+Z undoes it).")
        elif self.record is not None:
            self.heading.setText(getattr(self.record, "name", "") or f"Unnamed {kind}")
            self.note.setText("Saved. Changes are saved as you leave each field.")

    def reload_from_project(self) -> None:
        """After an edit or undo: show what the file holds for this record now."""
        if self.record is None or self.draft:
            return
        fresh = self.project.find(self.RECORD.TABLE, self.record.uuid)
        if fresh is None:
            self.record = None
            self.window_.show_empty_panel()
            return
        self.show_record(fresh)

    # ---- checking and committing ---------------------------------------------------------------
    def validate(self, *_args) -> dict[str, str]:
        if self._loading or (self.record is None and not self.draft):
            return {}
        found = record_problems(self.read())
        shown = dict(found)
        self.extra_problems(shown)
        for key, label in self.errors.items():
            msg = shown.get(key)
            if msg is None and key == "location":
                msg = shown.get("geom")
            label.setText(msg or "")
            label.setVisible(bool(msg))
        return shown

    def extra_problems(self, found: dict[str, str]) -> None:
        pass

    def commit(self) -> None:
        """Save what changed: a draft becomes a record once valid; a record gets its valid changed fields."""
        if self._loading or self._committing or (self.record is None and not self.draft):
            return
        self._committing = True  # a question box moves the focus, which must not commit again
        try:
            self._commit()
        finally:
            self._committing = False

    def _commit(self) -> None:
        candidate = self.read()
        found = record_problems(candidate)
        if self.draft:
            if not found:
                self.window_.add_record(candidate, self)
            return
        new, old = candidate.to_values(), self.record.to_values()
        bad = {("geom" if k == "location" else k) for k in found}
        changed = {k: new[k] for k in new if k not in bad and _differs(old.get(k), new[k])}
        if not changed:
            return
        self.adjust_changes(changed, new)
        self.window_.editor.do(commands.UpdateRecord(
            self.window_.editor, self.RECORD.TABLE, self.record.uuid, changed, {k: old.get(k) for k in changed},
            text=f"change {', '.join(sorted(changed)).replace('_', ' ')} of “{self.record_name()}”"))

    def adjust_changes(self, changed: dict, new: dict) -> None:
        pass

    def record_name(self) -> str:
        return getattr(self.record, "name", "") if self.record is not None else ""

    def became_record(self, record: Record) -> None:
        self.show_record(self.project.get(record.TABLE, record.uuid))
        self.committed.emit(record.uuid)

    # ---- photos --------------------------------------------------------------------------
    def add_photo(self, path) -> None:
        if self.record is None or self.draft:
            self.note.setText("Give the record a name first; then add photos.")
            return
        try:
            data, mime, name = queries.read_photo(path)
        except Exception as exc:  # noqa: BLE001
            self.window_.show_error(exc, doing="add the photo")
            return
        self.window_.editor.do(commands.AddPhoto(self.window_.editor, self.RECORD.TABLE, self.record.uuid,
                                                 data, mime, name))


def _differs(a: Any, b: Any) -> bool:
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return [float(x) for x in a] != [float(x) for x in b]
    return a != b


class AssetForm(RecordForm):
    RECORD = Asset

    def __init__(self, window, parent=None):
        super().__init__(window, parent)
        self.location: tuple[float, float] | None = None
        tx = taxonomy()
        self._add_field("name", "Name", "line", "What people call it")
        self._add_field("kind", "Kind", "combo", _opts("asset_kinds"))
        self._add_field("category", "Category", "combo", [(c, tx.label("categories", c)) for c in tx.categories])
        self._add_field("status", "Status", "combo", _opts("asset_statuses"))
        self._add_field("description", "Description", "text")
        self._add_field("address", "Address", "line")
        self.find_button = QPushButton("Find on map")
        self.find_button.setAccessibleName("Find postcode on map")
        self.find_button.setToolTip("Place the asset at this postcode (works offline)")
        self.find_button.clicked.connect(self.place_at_postcode)
        self._add_field("postcode", "Postcode", "line", "For example S1 2BJ", extra=self.find_button)
        self.widgets["postcode"].returnPressed.connect(self.place_at_postcode)
        # Location: a read-only line with a clear button (set by the map, a postcode, or nothing).
        self.location_label = QLabel()
        self.location_label.setWordWrap(True)
        self.location_label.setAccessibleName("Location")
        self.clear_location_button = QPushButton("No location")
        self.clear_location_button.setAccessibleName("Clear location")
        self.clear_location_button.setToolTip("For online or area-wide assets: no point on the map")
        self.clear_location_button.clicked.connect(self.clear_location)
        loc_box = QWidget()
        loc_row = QHBoxLayout(loc_box)
        loc_row.setContentsMargins(0, 0, 0, 0)
        loc_row.addWidget(self.location_label, 1)
        loc_row.addWidget(self.clear_location_button)
        self.errors["location"] = QLabel()
        self.errors["location"].setStyleSheet(ERROR_STYLE)
        self.errors["location"].hide()
        loc_lab = QLabel("Location:")
        loc_lab.setBuddy(self.clear_location_button)
        self.form.addRow(loc_lab, loc_box)
        self.order.append(self.clear_location_button)
        self.form.addRow("", self.errors["location"])
        self._add_field("neighbourhood", "Neighbourhood", "combo", [])
        self._add_field("run_by", "Run by", "combo", [])
        self._add_field("opening_times", "Opening times", "line", "For example Mondays 10-12")
        self._add_field("contact_phone", "Phone", "line")
        self._add_field("contact_email", "Email", "line")
        self._add_field("website", "Website", "line")
        self._add_field("accessibility", "Accessibility", "line", "Step-free? Hearing loop?")
        self._add_field("cost", "Cost", "line", "Free, £1, donations…")
        self._add_field("audience", "Who it is for", "line", "Everyone, older people, carers…")
        self._add_field("principles", "Principles", "list", [(p, p) for p in tx.principles])
        self.today_button = QPushButton("Checked today")
        self.today_button.setAccessibleName("Mark checked today")
        self.today_button.clicked.connect(self.checked_today)
        self._add_field("last_checked", "Last checked", "line", "YYYY-MM-DD", extra=self.today_button)
        self._add_field("may_publish", "Publish", "check", "May appear on public maps")
        self.photos = PhotoStrip(self)
        photos_label = QLabel("Photos:")
        photos_label.setBuddy(self.photos.add_button)
        self.form.addRow(photos_label, self.photos)
        self.order += [self.photos.thumbs, self.photos.add_button]
        self.chain_tab_order()
        self.widgets["kind"].activated.connect(self._kind_changed)

    # neighbourhood and group choices come from the project
    def set_choices(self, neighbourhoods: dict[str, str], groups: list[tuple[str, str]]) -> None:
        self._loading = True
        try:
            combo = self.widgets["neighbourhood"]
            combo.clear()
            combo.addItem("From the location", None)
            for uuid, name in sorted(neighbourhoods.items(), key=lambda kv: kv[1].lower()):
                combo.addItem(name, uuid)
            combo = self.widgets["run_by"]
            combo.clear()
            combo.addItem("Nobody recorded", None)
            for uuid, name in groups:
                combo.addItem(name, uuid)
        finally:
            self._loading = False

    def _kind_changed(self, _index: int = 0) -> None:
        """Keep the category consistent with the kind chosen."""
        kind = self.widgets["kind"].currentData()
        combo = self.widgets["category"]
        if taxonomy().kind_of(combo.currentData()) != kind:
            cats = taxonomy().categories_of(kind)
            if cats:
                combo.setCurrentIndex(combo.findData(cats[0]))
                self.validate()
                self.commit()

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
                text += f" — in {names.get(rec.neighbourhood, 'an unknown neighbourhood')}"
        else:
            text = "No location (online or area-wide). Click the map or find a postcode to place it."
        self.location_label.setText(text)
        combo = self.widgets["neighbourhood"]
        combo.setItemText(0, "From the location" if self.location else "Not set")

    def adjust_changes(self, changed: dict, new: dict) -> None:
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

    def clear_location(self) -> None:
        self.set_location(None)

    def place_at_postcode(self) -> None:
        text = self.widgets["postcode"].text()
        code = normalise_postcode(text)
        err = self.errors["postcode"]
        if not code:
            err.setText("does not look like a UK postcode (for example S1 2BJ)")
            err.show()
            return
        found = postcodes.lookup(code)
        if found is None:
            err.setText(f"{code} is not in the offline postcode list; click the map to place the asset")
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


class GroupForm(RecordForm):
    RECORD = Group

    def __init__(self, window, parent=None):
        super().__init__(window, parent)
        self._add_field("name", "Name", "line", "The group's name")
        self._add_field("group_type", "Type", "combo", _opts("group_types"))
        self._add_field("description", "Description", "text")
        self._add_field("contact_phone", "Phone", "line")
        self._add_field("contact_email", "Email", "line")
        self._add_field("website", "Website", "line")
        self._add_field("charity_number", "Charity number", "line")
        self._add_field("neighbourhoods", "Neighbourhoods served", "list", [])
        self._add_field("last_checked", "Last checked", "line", "YYYY-MM-DD")
        self._add_field("may_publish", "Publish", "check", "May appear on public maps")
        self.runs = QListWidget()
        self.runs.setAccessibleName("Assets this group runs")
        self.runs.setFixedHeight(self.fontMetrics().lineSpacing() * 5)
        self.runs.itemActivated.connect(lambda item: self.window_.show_asset(item.data(Qt.ItemDataRole.UserRole)))
        self.link_button = QPushButton("Link the selected asset")
        self.link_button.setAccessibleName("Link the selected asset to this group")
        self.link_button.setToolTip("Pick an asset in the Assets list, then press this to record that "
                                    "this group runs it")
        self.link_button.clicked.connect(self.link_selected_asset)
        self.unlink_button = QPushButton("Unlink")
        self.unlink_button.setAccessibleName("Unlink the chosen asset from this group")
        self.unlink_button.clicked.connect(self.unlink_asset)
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.runs)
        row = QHBoxLayout()
        row.addWidget(self.link_button)
        row.addWidget(self.unlink_button)
        col.addLayout(row)
        runs_label = QLabel("Runs:")
        runs_label.setBuddy(self.runs)
        self.form.addRow(runs_label, box)
        self.photos = PhotoStrip(self)
        photos_label = QLabel("Photos:")
        photos_label.setBuddy(self.photos.add_button)
        self.form.addRow(photos_label, self.photos)
        self.order += [self.runs, self.link_button, self.unlink_button, self.photos.thumbs, self.photos.add_button]
        self.chain_tab_order()

    def set_choices(self, neighbourhoods: dict[str, str]) -> None:
        w = self.widgets["neighbourhoods"]
        self._loading = True
        w.clear()
        for uuid, name in sorted(neighbourhoods.items(), key=lambda kv: kv[1].lower()):
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, uuid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            w.addItem(item)
        self._loading = False

    def load_extra(self, record: Group) -> None:
        self.runs.clear()
        if not self.draft:
            for uuid, name in queries.assets_run_by(self.project.conn, record.uuid):
                item = QListWidgetItem(name)
                item.setData(Qt.ItemDataRole.UserRole, uuid)
                self.runs.addItem(item)
            self.photos.show_photos(queries.photos_of(self.project.conn, record.uuid))
        else:
            self.photos.show_photos([])

    def link_asset(self, asset_uuid: str) -> None:
        if self.record is None or self.draft:
            return
        asset = self.project.get("assets", asset_uuid)
        if asset.run_by == self.record.uuid:
            return
        ed = self.window_.editor
        ed.do(commands.UpdateRecord(ed, "assets", asset_uuid, {"run_by": self.record.uuid},
                                    {"run_by": asset.run_by},
                                    text=f"link “{asset.name}” to “{self.record.name}”"))
        self.reload_from_project()

    def link_selected_asset(self) -> None:
        uuid = self.window_.selected_asset_uuid()
        if uuid is None:
            self.note.setText("Choose an asset in the Assets tab first, then come back and link it.")
            return
        self.link_asset(uuid)

    def unlink_asset(self) -> None:
        item = self.runs.currentItem()
        if item is None or self.record is None:
            return
        uuid = item.data(Qt.ItemDataRole.UserRole)
        ed = self.window_.editor
        ed.do(commands.UpdateRecord(ed, "assets", uuid, {"run_by": None}, {"run_by": self.record.uuid},
                                    text=f"unlink “{item.text()}”"))
        self.reload_from_project()
