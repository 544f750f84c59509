"""The record panel's forms. No save button: a field is committed when the user leaves it (or picks a
value), through the window's Editor, so every change is undoable. Problems show beside the field as
the user types."""

from __future__ import annotations

from dataclasses import fields as dc_fields
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from mapper.domain.i18n import QT_TRANSLATE_NOOP
from mapper.domain.records import Record
from mapper.domain.taxonomy import taxonomy
from mapper.domain.validation import problems as record_problems
from mapper.store import queries
from mapper.ui import commands
from mapper.ui.accessibility import name_combo
from mapper.ui.i18n import Phrase, fill
from mapper.ui.text import data_label

ERROR_STYLE = "color: #a33;"
FIXED_ROLE = Qt.ItemDataRole.UserRole


def choice_options(section: str) -> list[tuple[str, str]]:
    tx = taxonomy()
    return [(c, tx.label(section, c)) for c in tx.codes(section)]


UNSAVED_STYLE = "border: 2px solid #a33; background: #fff4f4;"
UNSAVED_HINT = QT_TRANSLATE_NOOP("RecordForm", "Not saved. Fix it, or press Esc to put back the saved value.")


class _FieldKeys(QObject):
    """A typed field's events: Esc puts back the saved value of an unsaved field; a plain-text box
    commits when it loses focus (QPlainTextEdit has no editingFinished)."""

    def __init__(self, form: "RecordForm", key: str, parent: QObject, *, commit_on_leave: bool):
        super().__init__(parent)
        self.form, self.key, self.commit_on_leave = form, key, commit_on_leave

    def eventFilter(self, obj, event):  # noqa: N802 - Qt name
        if event.type() == QEvent.Type.FocusOut and self.commit_on_leave:
            self.form.commit()
        elif (event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape
              and self.key in self.form.unsaved_fields()):
            self.form.put_back(self.key)
            return True
        return False


class _ClickLabel(QLabel):
    """A check box's text as a wrapping label; a click on it toggles the box, as on the box's own text."""

    def __init__(self, text: str, box: QCheckBox):
        super().__init__(text)
        self.box = box
        self.setWordWrap(True)
        self.setBuddy(box)

    def mousePressEvent(self, event):  # noqa: N802 - Qt name
        if self.box.isEnabled():
            self.box.click()
        event.accept()


class RecordForm(QWidget):
    """A form built from a field list: (attribute, label, widget kind, options)."""

    RECORD: type[Record] = Record
    SPEC: list[tuple[str, str, str, Any]] = []
    committed = Signal(str)  # uuid, after a draft became a record
    notice = Signal(str)  # one line for the status bar (what was not saved when the record was left)

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
        self.labels: dict[str, str] = {}
        # typed values that could not be saved, kept while another record is shown:
        # uuid -> {field: (what the user typed, the saved value then)}
        self.kept: dict[str, dict[str, tuple[Any, Any]]] = {}
        self.outer = QVBoxLayout(self)
        self.heading = data_label()  # the record's name: text, never markup
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.note = data_label()
        self.note.setWordWrap(True)
        self.outer.addWidget(self.heading)
        self.outer.addWidget(self.note)
        self.form = QFormLayout()
        self._fitting = False
        # a label too long for its column (a longer translation) goes above its field, never cuts it
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.outer.addLayout(self.form)
        for key, label, kind, options in self.SPEC:
            self._add_field(key, label, kind, options)

    def resizeEvent(self, event):  # noqa: N802 - Qt name
        """A narrow panel (small screen, large text): each label goes above its field, so fields keep
        the whole width instead of being squeezed beside long labels."""
        super().resizeEvent(event)
        if not self._fitting:  # the layout change resizes the form again: that resize decides nothing
            self._fitting = True  # (it recursed inside the scroll area until the stack ran out)
            try:
                self._fit_rows()
            finally:
                self._fitting = False

    def _fit_rows(self) -> None:
        chars = self.fontMetrics().averageCharWidth()
        wrapped = self.form.rowWrapPolicy() == QFormLayout.RowWrapPolicy.WrapAllRows
        # a margin either way (more than a scroll bar is wide): the scroll bar that wrapping brings or
        # takes away never flips the choice back
        narrow = self.width() < chars * 44 + (3 * chars + 24 if wrapped else 0)
        policy = QFormLayout.RowWrapPolicy.WrapAllRows if narrow else QFormLayout.RowWrapPolicy.DontWrapRows
        if self.form.rowWrapPolicy() != policy:
            self.form.setRowWrapPolicy(policy)

    # ---- building ------------------------------------------------------------------------
    def _add_field(self, key: str, label: str, kind: str, options: Any = None,
                   extra: QWidget | None = None) -> QWidget:
        if kind == "line":
            w: QWidget = QLineEdit()
            w.textEdited.connect(self.validate)
            w.editingFinished.connect(self.commit)
            w.installEventFilter(_FieldKeys(self, key, w, commit_on_leave=False))
            if options:
                w.setPlaceholderText(options)
        elif kind == "text":
            w = QPlainTextEdit()
            w.setTabChangesFocus(True)
            w.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
            w.textChanged.connect(self.validate)
            w.installEventFilter(_FieldKeys(self, key, w, commit_on_leave=True))
        elif kind == "combo":
            w = QComboBox()
            w.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            w.setMinimumContentsLength(8)
            for code, text in options:
                w.addItem(text, code)
            w.activated.connect(lambda _=0: (self.validate(), self.commit()))
        elif kind == "check":  # the text beside it wraps (a longer translation is never cut off)
            w = QCheckBox()
            w.setAccessibleDescription(options or "")
            w.clicked.connect(lambda _=False: self.commit())
            text = _ClickLabel(options or "", w)
            extra = extra or text
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
        err = data_label()  # problems quote what was typed
        err.setStyleSheet(ERROR_STYLE)
        err.setWordWrap(True)
        err.setAccessibleName(fill(self.tr("%1: problem"), label))
        err.hide()
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(2)
        if extra is not None:
            row = QHBoxLayout()
            row.addWidget(w, 0 if kind == "check" else 1)
            row.addWidget(extra, 1 if kind == "check" else 0)
            col.addLayout(row)
        else:
            col.addWidget(w)
        col.addWidget(err)
        if isinstance(w, QComboBox):  # a sibling label for the "labelled by" relation (the visible one is not)
            name_combo(w, label, box)
        lab = QLabel(fill(self.tr("%1:"), label))
        lab.setBuddy(w)
        self.form.addRow(lab, box)
        self.order += [w] if extra is None or kind == "check" else [w, extra]
        self.widgets[key] = w
        self.errors[key] = err
        self.labels[key] = label
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
        if not same:
            self.leaving()
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
                if not same and not draft:
                    self._bring_back(record)
                self.load_extra(record)
        finally:
            self._loading = False
        self.update_heading()
        self.validate()

    # ---- typed values that could not be saved ---------------------------------------------------
    def unsaved_fields(self) -> dict[str, str]:
        """Fields of a saved record whose widget shows a value that differs from the file and has a
        problem (so it was not written): field -> problem."""
        if self.record is None or self.draft:
            return {}
        found = record_problems(self.read())
        return {k: msg for k, msg in found.items()
                if k in self.widgets and _differs(getattr(self.record, k, None), self._get(k))}

    def put_back(self, key: str) -> None:
        """Esc in an unsaved field: show the saved value again."""
        self._loading = True
        try:
            self._set(key, getattr(self.record, key))
        finally:
            self._loading = False
        self.validate()

    def leaving(self) -> None:
        """The form is about to show another record: keep what could not be saved and say so."""
        rec = self.record
        if rec is None:
            return
        if self.draft:
            typed = [k for k, w in self.widgets.items() if isinstance(w, (QLineEdit, QPlainTextEdit))
                     and self._get(k)]
            if typed:
                why = "; ".join(f"{self.labels.get(k, k)} {m}" for k, m in record_problems(self.read()).items())
                text = self.tr("The new asset was not saved") if rec.TABLE == "assets" else self.tr("The new group was not saved")
                self.notice.emit(text + (f": {why}." if why else "."))
            return
        bad = self.unsaved_fields()
        if not bad:
            self.kept.pop(rec.uuid, None)
            return
        self.kept[rec.uuid] = {k: (self._get(k), getattr(rec, k)) for k in bad}
        what = "; ".join(f"{self.labels.get(k, k)} ({m})" for k, m in bad.items())
        self.notice.emit(fill(self.tr("Not saved in “%1”: %2. Open it again to fix it; what you typed is still there."),
                              self.record_name() or self.tr("the record"), what))

    def _bring_back(self, record: Record) -> None:
        for key, (typed, saved_then) in self.kept.pop(record.uuid, {}).items():
            if getattr(record, key) == saved_then:  # not changed meanwhile (an undo, a merge)
                self._set(key, typed)

    def update_heading(self) -> None:
        asset = self.RECORD.TABLE == "assets"
        if self.draft:
            self.heading.setText(self.tr("New asset") if asset else self.tr("New group"))
            self.note.setText(self.tr("Give the asset a name and it is saved at once. Every change after that is "
                                      "saved as you leave the field (Ctrl+Z undoes it).") if asset else
                              self.tr("Give the group a name and it is saved at once. Every change after that is "
                                      "saved as you leave the field (Ctrl+Z undoes it)."))
        elif self.record is not None:
            self.heading.setText(getattr(self.record, "name", "")
                                 or (self.tr("Unnamed asset") if asset else self.tr("Unnamed group")))
            self.note.setText(self.tr("Read-only file: this record can be read here, not changed.")
                              if self.project is not None and self.project.readonly
                              else self.tr("Saved. Changes are saved as you leave each field."))

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
        unsaved = self.unsaved_fields()
        for key, label in self.errors.items():
            msg = shown.get(key)
            if msg is None and key == "location":
                msg = shown.get("geom")
            if key in unsaved:
                msg = f"{msg}\n{self.tr(UNSAVED_HINT)}"
            label.setText(msg or "")
            label.setVisible(bool(msg))
            w = self.widgets.get(key)
            if w is not None and bool(w.property("unsaved")) != (key in unsaved):
                w.setProperty("unsaved", key in unsaved)
                w.setStyleSheet(UNSAVED_STYLE if key in unsaved else "")
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
        self.adjust_changes(changed, new)
        if not changed:
            return
        self.window_.editor.do(commands.UpdateRecord(
            self.window_.editor, self.RECORD.TABLE, self.record.uuid, changed, {k: old.get(k) for k in changed},
            text=fill(self.tr("change %1 of “%2”"), Phrase(", ".join(self.labels.get(k, k) for k in sorted(changed))),
                      self.record_name())))

    def adjust_changes(self, changed: dict, new: dict) -> None:
        pass

    def record_name(self) -> str:
        return getattr(self.record, "name", "") if self.record is not None else ""

    def became_record(self, record: Record) -> None:
        self.record = None  # the draft was saved: nothing to report as left behind
        self.show_record(self.project.get(record.TABLE, record.uuid))
        self.committed.emit(record.uuid)

    # ---- photos --------------------------------------------------------------------------
    def add_photo(self, path) -> None:
        if self.record is None or self.draft:
            self.note.setText(self.tr("Give the record a name first; then add photos."))
            return
        try:
            data, mime, name = queries.read_photo(path)
        except Exception as exc:  # noqa: BLE001
            self.window_.show_error(exc, doing=self.tr("add the photo"))
            return
        self.window_.editor.do(commands.AddPhoto(self.window_.editor, self.RECORD.TABLE, self.record.uuid,
                                                 data, mime, name))


def _differs(a: Any, b: Any) -> bool:
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return [float(x) for x in a] != [float(x) for x in b]
    return a != b
