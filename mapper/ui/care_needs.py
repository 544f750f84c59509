"""The care-needs tab: set or enter the passphrase, the list, the form (consent required) and Connect.

It locks itself after 15 minutes without a key press or click inside it (``idle_timeout_ms`` for tests):
the key is forgotten and every decrypted value is cleared from the widgets.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mapper.domain.errors import MapperError, PrivacyError
from mapper.domain.records import CareNeed
from mapper.domain.taxonomy import taxonomy
from mapper.privacy import keys, setup
from mapper.privacy.access_log import flush_access_log, log_access
from mapper.privacy.connect import Suggestion, record_connection, suggest
from mapper.store.codec import LockedCodec
from mapper.ui.i18n import fill
from mapper.ui.text import data_label
from mapper.ui.wheel import guard_wheel

IDLE_TIMEOUT_MS = 15 * 60 * 1000
LOG_RETRY_MS = 30 * 1000  # an access-log entry a busy file refused is tried again this often
_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel}


def _set_combo(combo: QComboBox, code: str | None) -> None:
    i = combo.findData(code)
    combo.setCurrentIndex(max(i, 0))


class CareNeedsPanel(QWidget):
    """Care needs for one project. ``locked`` / ``unlocked`` tell the window when to hide other views."""

    locked = Signal()
    unlocked = Signal()
    saved = Signal(str)  # uuid

    SETUP, LOCKED, OPEN = 0, 1, 2

    def __init__(self, project, parent: QWidget | None = None, *, idle_timeout_ms: int = IDLE_TIMEOUT_MS):
        super().__init__(parent)
        self.setObjectName("careNeedsPanel")
        self.project = project
        self.current: str | None = None  # uuid of the need in the form (None: a new one)
        self._suggestions: list[Suggestion] = []
        self._need_text: dict[str, str] = {}  # decrypted list text for the search: memory only, cleared on lock
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.idle_timer.setInterval(idle_timeout_ms)
        self.idle_timer.timeout.connect(self.lock)
        self.log_retry = QTimer(self)  # an access-log entry the lock could not write yet (busy file)
        self.log_retry.setSingleShot(True)
        self.log_retry.setInterval(LOG_RETRY_MS)
        self.log_retry.timeout.connect(self._retry_log)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._setup_page())
        self.stack.addWidget(self._lock_page())
        self.stack.addWidget(self._open_page())
        self.message = data_label("", self)  # errors may quote a file or a value
        self.message.setObjectName("careNeedsMessage")
        self.message.setWordWrap(True)
        # messages at the top, where the eye is (not under a tall form that scrolls)
        self.message.setStyleSheet("background: #fff3c4; color: #000; border: 1px solid #b38f00; padding: 6px;")
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.stack, 1)
        # Watch our own widgets for activity (an application-wide Python event filter crashes Qt WebEngine).
        for w in [self, *self.findChildren(QWidget)]:
            w.installEventFilter(self)
        guard_wheel(self)  # scrolling the panel never changes a need's status or urgency
        if setup.is_unlocked(project):
            self._opened()
        else:
            self._show_state()

    # ---- pages --------------------------------------------------------------------------------
    def _setup_page(self) -> QWidget:
        page = QWidget()
        v = QVBoxLayout(page)
        text = QLabel(QCoreApplication.translate("Privacy", setup.SETUP_TEXT))
        text.setWordWrap(True)
        v.addWidget(text)
        self.new_pass = QLineEdit(echoMode=QLineEdit.EchoMode.Password, placeholderText=self.tr("Passphrase"))
        self.new_pass.setAccessibleName(self.tr("New passphrase"))
        self.new_pass2 = QLineEdit(echoMode=QLineEdit.EchoMode.Password, placeholderText=self.tr("The passphrase again"))
        self.new_pass2.setAccessibleName(self.tr("Repeat passphrase"))
        self.set_button = QPushButton(self.tr("Set passphrase and protect care needs"))
        self.set_button.clicked.connect(self.set_passphrase)
        for w in (self.new_pass, self.new_pass2, self.set_button):
            v.addWidget(w)
        v.addStretch(1)
        return page

    def _lock_page(self) -> QWidget:
        page = QWidget()
        v = QVBoxLayout(page)
        v.addWidget(QLabel(self.tr("Care needs are locked. Enter the project passphrase to see them.")))
        hint = self.project.setting("passphrase_hint")
        if hint:
            v.addWidget(data_label(hint))
        self.pass_edit = QLineEdit(echoMode=QLineEdit.EchoMode.Password, placeholderText=self.tr("Passphrase"))
        self.pass_edit.setAccessibleName(self.tr("Passphrase"))
        self.pass_edit.returnPressed.connect(self.unlock)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.clicked.connect(self.unlock)
        v.addWidget(self.pass_edit)
        v.addWidget(self.unlock_button)
        v.addStretch(1)
        return page

    def _open_page(self) -> QWidget:
        tx = taxonomy()
        page = QWidget()
        split = QSplitter(Qt.Orientation.Vertical, page)  # list above the form: fits the narrow middle column
        QVBoxLayout(page).addWidget(split)

        left = QWidget()
        lv = QVBoxLayout(left)
        # search what is shown (decrypted only while unlocked, held in memory, cleared on lock)
        self.need_search = QLineEdit()
        self.need_search.setPlaceholderText(self.tr("Search care needs: need, neighbourhood, status, notes"))
        self.need_search.setAccessibleName(self.tr("Search care needs"))
        self.need_search.textChanged.connect(lambda _text: self._filter_needs())
        self.need_count = QLabel("")
        self.need_count.setAccessibleName(self.tr("Care needs shown"))
        lv.addWidget(self.need_search)
        lv.addWidget(self.need_count)
        self.need_list = QListWidget()
        self.need_list.setAccessibleName(self.tr("Care needs"))
        self.need_list.setUniformItemSizes(True)
        # about a dozen rows at any text size, not four: the form below scrolls instead
        self.need_list.setMinimumHeight(self.need_list.fontMetrics().height() * 14)
        self.need_list.currentItemChanged.connect(self._on_select)
        self.new_button = QPushButton(self.tr("New care need"))
        self.new_button.clicked.connect(self.new_need)
        self.lock_button = QPushButton(self.tr("Lock now"))
        self.lock_button.clicked.connect(self.lock)
        lv.addWidget(self.need_list, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.lock_button)
        lv.addLayout(row)
        # the coordinator's key pair is made from Coordinator → Save my public key (not offered here to
        # every volunteer); what was saved is said here
        self.keys_label = data_label("")
        self.keys_label.setWordWrap(True)
        self.keys_label.setVisible(False)
        lv.addWidget(self.keys_label)
        split.addWidget(left)
        split.setChildrenCollapsible(False)

        right = QWidget()
        rv = QVBoxLayout(right)
        form = QFormLayout()
        self.hood_combo = QComboBox()
        self.categories = QListWidget()
        self.categories.setAccessibleName(self.tr("Needs"))
        for code in tx.codes("need_categories"):
            item = QListWidgetItem(tx.label("need_categories", code))
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.categories.addItem(item)
        self.age_combo = QComboBox()
        self.age_combo.addItem("", None)
        for band in tx.codes("age_bands"):
            self.age_combo.addItem(tx.label("age_bands", band), band)
        self.carer_check = QCheckBox(self.tr("Is a carer"))
        self.urgency_combo = QComboBox()
        for code in tx.codes("urgencies"):
            self.urgency_combo.addItem(tx.label("urgencies", code), code)
        self.status_combo = QComboBox()
        for code in tx.codes("need_statuses"):
            self.status_combo.addItem(tx.label("need_statuses", code), code)
        self.approx_edit = QLineEdit(placeholderText=self.tr("optional: longitude latitude, rounded (never an address)"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)  # Tab goes on to the next field, never types a tab
        self.notes_edit.setPlaceholderText(self.tr("Short notes. No names, no addresses."))
        form.addRow(self.tr("Neighbourhood"), self.hood_combo)
        form.addRow(self.tr("Needs"), self.categories)
        form.addRow(self.tr("Age band"), self.age_combo)
        form.addRow("", self.carer_check)
        form.addRow(self.tr("Urgency"), self.urgency_combo)
        form.addRow(self.tr("Status"), self.status_combo)
        form.addRow(self.tr("Approximate point"), self.approx_edit)
        form.addRow(self.tr("Notes"), self.notes_edit)
        rv.addLayout(form)

        consent = QGroupBox(self.tr("Consent (required)"))
        cf = QFormLayout(consent)
        self.consent_check = QCheckBox(self.tr("The person agreed to this being recorded"))
        self.consent_by = QLineEdit(placeholderText=self.tr("who recorded the consent"))
        self.consent_at = QDateTimeEdit(QDateTime.currentDateTimeUtc())
        self.consent_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.consent_scope = QLineEdit(placeholderText=self.tr("what the person agreed to"))
        cf.addRow(self.consent_check)
        cf.addRow(self.tr("Recorded by"), self.consent_by)
        cf.addRow(self.tr("When"), self.consent_at)
        cf.addRow(self.tr("Agreed to"), self.consent_scope)
        rv.addWidget(consent)
        self.save_button = QPushButton(self.tr("Save care need"))
        self.save_button.clicked.connect(self.save)
        for w in (self.consent_check,):
            w.toggled.connect(self._update_save)
        for w in (self.consent_by, self.consent_scope):
            w.textChanged.connect(self._update_save)
        rv.addWidget(self.save_button)

        connect_box = QGroupBox(self.tr("Connect: suggestions (open first, nearest first)"))
        cv = QVBoxLayout(connect_box)
        self.suggestion_list = QListWidget()
        self.suggestion_list.setAccessibleName(self.tr("Suggestions"))
        self.connect_button = QPushButton(self.tr("Record connection"))
        self.connect_button.clicked.connect(self.connect_selected)
        cv.addWidget(self.suggestion_list)
        cv.addWidget(self.connect_button)
        rv.addWidget(connect_box)
        split.addWidget(right)
        return page

    # ---- state ----------------------------------------------------------------------------------
    def _show_state(self) -> None:
        if not setup.is_protected(self.project):
            self.stack.setCurrentIndex(self.SETUP)
        elif not setup.is_unlocked(self.project):
            self.stack.setCurrentIndex(self.LOCKED)
        else:
            self.stack.setCurrentIndex(self.OPEN)
            self.idle_timer.start()

    @property
    def is_open(self) -> bool:
        return self.stack.currentIndex() == self.OPEN

    def say(self, text: str) -> None:
        """A message at the top of the panel, scrolled into view."""
        self._say(text)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        if text:  # scrolled down to the Save button: bring the message into view
            area = self.parentWidget()
            while area is not None and not isinstance(area, QScrollArea):
                area = area.parentWidget()
            if area is not None:
                area.ensureWidgetVisible(self.message)

    def set_passphrase(self) -> None:
        first, second = self.new_pass.text(), self.new_pass2.text()
        if first != second:
            self._say(self.tr("The two passphrases are not the same."))
            return
        try:
            setup.set_passphrase(self.project, first)
        except MapperError as exc:
            self._say(str(exc))
            return
        self.new_pass.clear()
        self.new_pass2.clear()
        self._opened()

    def unlock(self) -> None:
        try:
            setup.unlock(self.project, self.pass_edit.text())
        except PrivacyError as exc:
            self._say(str(exc))
            return
        finally:
            self.pass_edit.clear()
        self._opened()

    def _opened(self) -> None:
        self._say("")
        self._show_state()
        self.refresh()
        log_access(self.project, "open", f"{self.need_list.count()} care needs listed")
        self.unlocked.emit()

    def lock(self) -> None:
        """Clear every decrypted value from the widgets, then forget the key. Neither step can fail on a busy
        file: the access-log entry is written later (``log_retry``) when a merge holds the write lock."""
        self.idle_timer.stop()
        self.need_list.clear()
        self._need_text = {}
        self.need_search.clear()
        self.need_count.clear()
        self.suggestion_list.clear()
        self._suggestions = []
        self._clear_form()
        try:
            written = setup.lock(self.project)
        except Exception:  # noqa: BLE001 - the screen is already clear; the key must be forgotten regardless
            self.project.codec = LockedCodec()
            written = False
        if not written:
            self.log_retry.start()
        self._show_state()
        self._say(self.tr("Care needs locked.") if setup.is_protected(self.project) else "")
        self.locked.emit()

    def _retry_log(self) -> None:
        try:
            if flush_access_log(self.project, wait=False):
                return
        except Exception:  # noqa: BLE001 - try again later
            pass
        self.log_retry.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in _ACTIVITY and self.is_open and isinstance(watched, QWidget) \
                and (watched is self or self.isAncestorOf(watched)):
            self.idle_timer.start()
        return False

    # ---- list ------------------------------------------------------------------------------------
    def refresh(self, select: str | None = None) -> None:
        tx = taxonomy()
        names = self.project.neighbourhood_names()
        self.hood_combo.clear()
        self.hood_combo.addItem(self.tr("(not known)"), None)
        for uuid, name in names.items():
            self.hood_combo.addItem(name, uuid)
        self.need_list.blockSignals(True)
        self.need_list.clear()
        self._need_text = {}
        uuids = [r[0] for r in self.project.conn.execute("SELECT uuid FROM care_needs ORDER BY fid DESC")]
        for uuid in uuids:
            try:
                need = self.project.get(CareNeed.TABLE, uuid)
            except PrivacyError:
                item = QListWidgetItem(self.tr("(sealed for the coordinator: cannot be opened here)"))
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                self._need_text[uuid] = item.text().lower()
            else:
                cats = ", ".join(tx.label("need_categories", c) for c in need.categories)
                text = fill(self.tr("%1: %2 (%3, %4)"), names.get(need.neighbourhood or "", self.tr("Neighbourhood not known")),
                        cats, tx.label("need_statuses", need.status), tx.label("urgencies", need.urgency))
                item = QListWidgetItem(text)
                self._need_text[uuid] = " ".join((text, need.notes or "", need.age_band or "")).lower()
            item.setData(Qt.ItemDataRole.UserRole, uuid)
            self.need_list.addItem(item)
        self.need_list.blockSignals(False)
        self._filter_needs()
        if select:
            for i in range(self.need_list.count()):
                if self.need_list.item(i).data(Qt.ItemDataRole.UserRole) == select:
                    self.need_list.setCurrentRow(i)
                    return
        self.new_need()

    def _on_select(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is None:
            return
        uuid = item.data(Qt.ItemDataRole.UserRole)
        try:
            need = self.project.get(CareNeed.TABLE, uuid)
        except PrivacyError as exc:
            self._say(str(exc))
            return
        self.load(need)

    # ---- form ------------------------------------------------------------------------------------
    def _clear_form(self) -> None:
        self.current = None
        self.hood_combo.setCurrentIndex(0)
        for i in range(self.categories.count()):
            self.categories.item(i).setCheckState(Qt.CheckState.Unchecked)
        self.age_combo.setCurrentIndex(0)
        self.carer_check.setChecked(False)
        _set_combo(self.urgency_combo, "medium")
        _set_combo(self.status_combo, "open")
        self.approx_edit.clear()
        self.notes_edit.clear()
        self.consent_check.setChecked(False)
        self.consent_by.clear()
        self.consent_scope.clear()
        self.consent_at.setDateTime(QDateTime.currentDateTimeUtc())
        self._update_save()

    def new_need(self) -> None:
        self.need_list.clearSelection()
        self._clear_form()
        self.consent_by.setText(self.project.author or "")
        self.suggestion_list.clear()
        self._suggestions = []

    def load(self, need: CareNeed) -> None:
        self._clear_form()
        self.current = need.uuid
        _set_combo(self.hood_combo, need.neighbourhood)
        for i in range(self.categories.count()):
            item = self.categories.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in need.categories
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        _set_combo(self.age_combo, need.age_band)
        self.carer_check.setChecked(bool(need.is_carer))
        _set_combo(self.urgency_combo, need.urgency)
        _set_combo(self.status_combo, need.status)
        self.approx_edit.setText(need.approx_location or "")
        self.notes_edit.setPlainText(need.notes or "")
        self.consent_by.setText(need.consent_by or "")
        self.consent_scope.setText(need.consent_scope or "")
        if need.consent_at:
            when = QDateTime.fromString(need.consent_at[:16].replace("T", " "), "yyyy-MM-dd HH:mm")
            if when.isValid():
                self.consent_at.setDateTime(when)
        self.consent_check.setChecked(bool(need.consent_by and need.consent_at))
        self._load_suggestions(need)

    def _consent_ok(self) -> bool:
        return (self.consent_check.isChecked() and bool(self.consent_by.text().strip())
                and bool(self.consent_scope.text().strip()))

    def _update_save(self) -> None:
        self.save_button.setEnabled(self._consent_ok())
        self.save_button.setToolTip("" if self._consent_ok() else
                                    self.tr("Record the consent first: tick it, say who recorded it and what was agreed"))

    def form_need(self) -> CareNeed:
        cats = tuple(self.categories.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.categories.count())
                     if self.categories.item(i).checkState() == Qt.CheckState.Checked)
        need = CareNeed(
            neighbourhood=self.hood_combo.currentData(), categories=cats, age_band=self.age_combo.currentData(),
            is_carer=self.carer_check.isChecked(), urgency=self.urgency_combo.currentData(),
            status=self.status_combo.currentData(), approx_location=self.approx_edit.text().strip() or None,
            notes=self.notes_edit.toPlainText().strip() or None,
            consent_by=self.consent_by.text().strip() or None,
            consent_at=self.consent_at.dateTime().toUTC().toString("yyyy-MM-dd'T'HH:mm:ss'Z'"),
            consent_scope=self.consent_scope.text().strip() or None, recorded_by=self.project.author)
        if self.current:
            need.uuid = self.current
            old = self.project.get(CareNeed.TABLE, self.current)
            need.connections = old.connections
            need.recorded_by = old.recorded_by
        return need

    def save(self) -> bool:
        if not self._consent_ok():
            self._say(self.tr("Consent is required: tick that the person agreed, who recorded it and what they "
                              "agreed to."))
            return False
        try:
            need = self.form_need()
            if self.current and self.project.exists(CareNeed.TABLE, self.current):
                self.project.save(need)
            else:
                self.project.add(need)
        except MapperError as exc:
            self._say(str(exc))
            return False
        self._say(self.tr("Saved (encrypted)."))
        self.refresh(select=need.uuid)
        self.saved.emit(need.uuid)
        return True

    def _filter_needs(self) -> None:
        """Hide the needs that do not hold every word typed (in memory only: nothing is written)."""
        words = self.need_search.text().lower().split()
        texts = self._need_text
        shown = 0
        for i in range(self.need_list.count()):
            item = self.need_list.item(i)
            text = texts.get(item.data(Qt.ItemDataRole.UserRole), "")
            hide = not all(w in text for w in words)
            item.setHidden(hide)
            shown += not hide
        total = self.need_list.count()
        self.need_count.setText(fill(self.tr("%1 of %2 care needs"), shown, total) if words
                                else fill(self.tr("%1 care needs"), total))

    # ---- coordinator keys -------------------------------------------------------------------------
    def choose_key_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from mapper.ui import settings

        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the coordinator public key"),
                                              str(settings.last_folder() / "coordinator.nmkey"),
                                              self.tr("Coordinator public key (*.nmkey)"))
        if name:
            settings.remember_folder(Path(name))
            self.save_coordinator_key(Path(name))

    def save_coordinator_key(self, path: Path) -> Path | None:
        """Make this project's coordinator key pair if it has none, and save the public key file (always
        named .nmkey, so mappers' file dialogs find it)."""
        if path.suffix.lower() != ".nmkey":
            path = path.with_name(path.name + ".nmkey")
        try:
            if not keys.has_coordinator_keys(self.project):
                keys.generate_coordinator_keys(self.project)
            out = keys.save_public_key(self.project, path)
        except MapperError as exc:
            self._say(str(exc))
            return None
        public = keys.project_public_key(self.project)
        self.keys_label.setVisible(True)
        self.keys_label.setText(fill(self.tr("Public key saved as %1 in the folder %2. Give this file to your "
                                             "mappers. Fingerprint %3: read it to them so they can check the file "
                                             "they use."), out.name, str(out.parent), keys.fingerprint(public)))
        return out

    # ---- connect ----------------------------------------------------------------------------------
    def _load_suggestions(self, need: CareNeed) -> None:
        self.suggestion_list.clear()
        self._suggestions = suggest(self.project, need)
        for s in self._suggestions:
            where = self.tr("online or no place") if s.distance_m is None else fill(self.tr("%1 km"), s.distance_m / 1000)
            state = self.tr("open") if s.open else self.tr("not open now")
            kind = self.tr("group") if s.table == "groups" else s.category
            self.suggestion_list.addItem(fill(self.tr("%1 (%2; %3; %4) for %5"), s.name, kind, where, state,
                                              s.need_category))

    def suggestions(self) -> list[Suggestion]:
        return list(self._suggestions)

    def connect_selected(self) -> bool:
        row = self.suggestion_list.currentRow()
        if self.current is None or not 0 <= row < len(self._suggestions):
            self._say(self.tr("Choose a care need and a suggestion first."))
            return False
        try:
            record_connection(self.project, self.current, self._suggestions[row].uuid)
        except MapperError as exc:
            self._say(str(exc))
            return False
        self._say(fill(self.tr("Connected to %1."), self._suggestions[row].name))
        self.refresh(select=self.current)
        return True
