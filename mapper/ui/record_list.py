"""One record list: search box, filters and the paged table for assets or groups."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mapper.domain.taxonomy import taxonomy
from mapper.store import queries
from mapper.ui.accessibility import name_combo
from mapper.ui.models import RecordListModel

if TYPE_CHECKING:
    from mapper.ui.main_window import MainWindow


# a focus ring people can see (the default is a faint 1-pixel line). The border is as wide when the list
# is not focused (in the window's own colour): Qt sizes a view's frame once, so a border set only on
# :focus would show one pixel of it.
FOCUS_RING = ("QTableView { border: 3px solid palette(window); } "
              "QTableView:focus { border: 3px solid #1a5fb4; }")


class RecordList(QWidget):
    """Search box, filters and the paged table for one table (assets or groups)."""

    def __init__(self, window: "MainWindow", table: str):
        super().__init__(window)
        self.window_ = window
        self.table = table
        assets = table == "assets"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search assets (name, description, address, postcode)") if assets
                                       else self.tr("Search groups (name, description, address, postcode)"))
        self.search.setAccessibleName(self.tr("Search assets") if assets else self.tr("Search groups"))
        self.search.setClearButtonEnabled(True)
        for button in self.search.findChildren(QToolButton):
            button.setAccessibleName(self.tr("Clear search"))
        self.search.textChanged.connect(self.apply_filter)
        layout.addWidget(self.search)
        self.kind = self.category = self.status = None
        if table == "assets":
            tx = taxonomy()
            row = QHBoxLayout()
            self.kind = self._combo(self.tr("Filter by kind"), self.tr("Any kind"), [(c, tx.label("asset_kinds", c)) for c in tx.kinds], row)
            self.category = self._combo(self.tr("Filter by category"), self.tr("Any category"),
                                        [(c, tx.label("categories", c)) for c in tx.categories], row)
            self.status = self._combo(self.tr("Filter by status"), self.tr("Any status"),
                                      [(c, tx.label("asset_statuses", c)) for c in tx.codes("asset_statuses")], row)
            layout.addLayout(row)
        row2 = QHBoxLayout()
        self.stale = QCheckBox(self.tr("Not checked for a year"))
        self.stale.setAccessibleName(self.tr("Only records not checked for 12 months"))
        self.stale.toggled.connect(self.apply_filter)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Number of assets shown") if assets
                                           else self.tr("Number of groups shown"))
        row2.addWidget(self.stale)
        row2.addStretch(1)
        row2.addWidget(self.count_label)
        layout.addLayout(row2)
        self.model = RecordListModel(table, self)
        self.view = QTableView()
        self.view.setAccessibleName(self.tr("Assets list") if assets else self.tr("Groups list"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        # one Tab stop for the whole list: arrows move inside it, Tab goes on to the record's form
        self.view.setTabKeyNavigation(False)
        self.view.setStyleSheet(FOCUS_RING)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setDefaultSectionSize(self.fontMetrics().horizontalAdvance("Neighbourhood") + 12)
        # the name matters most: wide enough to read, the other columns scroll into view if need be
        self.view.setColumnWidth(0, self.fontMetrics().horizontalAdvance("Ashgrove Coffee morning (demo)") + 12)
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("Status") + 16)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 8)
        header.setAccessibleName(self.tr("Assets column headings") if assets else self.tr("Groups column headings"))
        self.view.verticalHeader().setAccessibleName(self.tr("Assets rows") if assets else self.tr("Groups rows"))
        for corner in self.view.findChildren(QAbstractButton):
            corner.setAccessibleName(self.tr("Select all assets") if assets else self.tr("Select all groups"))
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._update_count)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(window.delete_current)
        layout.addWidget(self.view, 1)

    def _combo(self, name: str, any_text: str, options: list[tuple[str, str]], row: QHBoxLayout) -> QComboBox:
        combo = QComboBox()
        name_combo(combo, name, self)
        combo.addItem(any_text, None)
        for code, text in options:
            combo.addItem(text, code)
        combo.currentIndexChanged.connect(self.apply_filter)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(5)  # three in a row still fit a narrow list with large text
        row.addWidget(combo, 1)
        return combo

    def current_filter(self) -> queries.Filter:
        def val(combo):
            return combo.currentData() if combo is not None else None
        return queries.Filter(text=self.search.text(), kind=val(self.kind), category=val(self.category),
                              status=val(self.status), neighbourhood=self.window_.current_neighbourhood(),
                              stale=self.stale.isChecked(), today=dt.date.today())

    def apply_filter(self, *_args) -> None:
        if self.model.conn is not None:
            self.model.set_filter(self.current_filter())

    def _update_count(self) -> None:
        n = self.model.total
        self.count_label.setText(self.tr("%n asset(s) shown", "", n) if self.table == "assets"
                                 else self.tr("%n group(s) shown", "", n))

    def _current_changed(self, current, _previous) -> None:
        uuid = self.model.uuid_at(current.row()) if current.isValid() else None
        if uuid is not None:
            self.window_.show_record(self.table, uuid, from_list=True)

    def select_uuid(self, uuid: str) -> bool:
        row = self.model.row_of(uuid)
        if row is None:
            return False
        self.view.blockSignals(True)
        idx = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            idx, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(idx)
        self.view.blockSignals(False)
        return True

    def selected_uuid(self) -> str | None:
        idx = self.view.currentIndex()
        return self.model.uuid_at(idx.row()) if idx.isValid() else None
