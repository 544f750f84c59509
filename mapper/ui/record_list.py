"""One record list: search box, filters and the paged table for assets or groups."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
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

ROWS = 5  # records a person sees at once in the list: the filters fold away rather than leave fewer


# a focus ring people can see (the default is a faint 1-pixel line). The border is as wide when the list
# is not focused (in the window's own colour): Qt sizes a view's frame once, so a border set only on
# :focus would show one pixel of it.
FOCUS_RING = ("QTableView { border: 3px solid palette(window); } "
              "QTableView:focus { border: 3px solid #1a5fb4; }")


def text_width(combo: QComboBox) -> int:
    """How wide ``combo`` must be to show its current choice whole (frame, arrow and all, as the style
    draws them)."""
    opt = QStyleOptionComboBox()
    combo.initStyleOption(opt)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    return combo.fontMetrics().horizontalAdvance(combo.currentText()) + opt.rect.width() - field.width() + 4


class RecordList(QWidget):
    """Search box, filters and the paged table for one table (assets or groups)."""

    def __init__(self, window: "MainWindow", table: str):
        super().__init__(window)
        self.window_ = window
        self.table = table
        assets = table == "assets"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        # the narrowest arrangement decides how narrow the list may be (minimumSizeHint); the filters and
        # the count rearrange themselves for the width they get
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search assets (name, description, address, postcode)") if assets
                                       else self.tr("Search groups (name, description, address, postcode)"))
        self.search.setAccessibleName(self.tr("Search assets") if assets else self.tr("Search groups"))
        self.search.setClearButtonEnabled(True)
        for button in self.search.findChildren(QToolButton):
            button.setAccessibleName(self.tr("Clear search"))
        self.search.textChanged.connect(self.apply_filter)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Number of assets shown") if assets
                                           else self.tr("Number of groups shown"))
        layout.addWidget(self.search)  # the whole width to type in, large text or not
        # the filters fold away under "Filters" when they would leave the list fewer than ROWS rows (a
        # small screen, large text); the button says how many are on, so none is ever on unseen
        self.filter_toggle = QToolButton()
        self.filter_toggle.setCheckable(True)
        self.filter_toggle.setChecked(True)
        self.filter_toggle.setAutoRaise(True)
        self.filter_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.filter_toggle.setAccessibleName(self.tr("Show the filters"))
        self.filter_toggle.toggled.connect(self._show_filters)
        self.filter_toggle.clicked.connect(self._filters_chosen)
        self.filters_chosen = False  # the person opened or closed them: their choice holds
        under = QHBoxLayout()  # under the search: the filters' button, and what the search found
        under.addWidget(self.filter_toggle)
        under.addStretch(1)
        under.addWidget(self.count_label)
        layout.addLayout(under)
        self.filter_box = QWidget()
        box = QVBoxLayout(self.filter_box)
        box.setContentsMargins(0, 0, 0, 0)
        self.kind = self.category = self.status = None
        self.filters: list[QComboBox] = []
        self.filter_grid = QGridLayout()  # three across where they fit, else two, else one a row
        self.filter_columns = 0
        if table == "assets":
            tx = taxonomy()
            self.kind = self._combo(self.tr("Filter by kind"), self.tr("Any kind"), [(c, tx.label("asset_kinds", c)) for c in tx.kinds])
            self.category = self._combo(self.tr("Filter by category"), self.tr("Any category"),
                                        [(c, tx.label("categories", c)) for c in tx.categories])
            self.status = self._combo(self.tr("Filter by status"), self.tr("Any status"),
                                      [(c, tx.label("asset_statuses", c)) for c in tx.codes("asset_statuses")])
            self.filters = [self.kind, self.category, self.status]
            self._arrange_filters(3)
            box.addLayout(self.filter_grid)
        self.stale = QCheckBox(self.tr("Not checked for a year"))
        self.stale.setAccessibleName(self.tr("Only records not checked for 12 months"))
        self.stale.toggled.connect(self.apply_filter)
        box.addWidget(self.stale)
        layout.addWidget(self.filter_box)
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
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 4)
        header.setAccessibleName(self.tr("Assets column headings") if assets else self.tr("Groups column headings"))
        self.view.verticalHeader().setAccessibleName(self.tr("Assets rows") if assets else self.tr("Groups rows"))
        for corner in self.view.findChildren(QAbstractButton):
            corner.setAccessibleName(self.tr("Select all assets") if assets else self.tr("Select all groups"))
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._update_count)
        self.model.counted.connect(self._update_count)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(window.delete_current)
        layout.addWidget(self.view, 1)
        self._update_toggle()

    def _combo(self, name: str, any_text: str, options: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        name_combo(combo, name, self.filter_box)  # the hidden label beside it: its "labelled by"
        combo.addItem(any_text, None)
        for code, text in options:
            combo.addItem(text, code)
        combo.currentIndexChanged.connect(self.apply_filter)
        combo.currentIndexChanged.connect(lambda _i: self._arrange_filters())
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(5)  # the list may be narrow (large text): the grid below makes room
        return combo

    def _arrange_filters(self, columns: int | None = None) -> None:
        """As many filters a row as show their chosen words whole at this width (never cut off)."""
        if not self.filters:
            return
        if columns is None:
            margins = self.layout().contentsMargins()
            width = self.width() - margins.left() - margins.right()
            columns = next((n for n in (3, 2) if self.filters_width(n) <= width), 1)
        if columns != self.filter_columns:
            self.filter_columns = columns
            for combo in self.filters:
                self.filter_grid.removeWidget(combo)
            for i, combo in enumerate(self.filters):
                self.filter_grid.addWidget(combo, i // columns, i % columns)
        for c in range(3):  # each column at least as wide as its choices' words
            self.filter_grid.setColumnStretch(c, 1 if c < columns else 0)
            self.filter_grid.setColumnMinimumWidth(c, self._column_width(c, columns))

    def filters_width(self, columns: int) -> int:
        """How wide the filters need the list to be, ``columns`` a row, each showing its choice whole."""
        if not self.filters:
            return 0
        spacing = max(self.filter_grid.horizontalSpacing(), 0)
        return sum(self._column_width(c, columns) for c in range(min(columns, len(self.filters)))) + \
            spacing * (min(columns, len(self.filters)) - 1)

    def _column_width(self, column: int, columns: int) -> int:
        return max((text_width(f) for i, f in enumerate(self.filters) if i % columns == column), default=0)

    def width_for(self, columns: int) -> int:
        """The list's width with its filters ``columns`` a row (1: as narrow as it may be)."""
        margins = self.layout().contentsMargins()
        search = max(self.search.minimumSizeHint().width(),
                     self.filter_toggle.sizeHint().width() + self.count_label.sizeHint().width() + 6)
        widest = max(search, self.filters_width(columns),
                     *(w.minimumSizeHint().width() for w in (self.stale, self.view)))
        return widest + margins.left() + margins.right()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt name
        """One filter a row: as narrow as the widest row."""
        return QSize(self.width_for(1), super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        self._arrange_filters()
        if not self.filters_chosen:
            self.filter_toggle.setChecked(self.rows_with_filters() >= ROWS)

    def rows_with_filters(self) -> int:
        """How many whole rows the table would show with the filters open, at this height."""
        layout = self.layout()
        margins = layout.contentsMargins()
        under = max(self.filter_toggle.sizeHint().height(), self.count_label.sizeHint().height())
        above = self.search.sizeHint().height() + under + \
            self.filter_box.sizeHint().height() + 3 * max(layout.spacing(), 0)
        chrome = self.view.horizontalHeader().sizeHint().height() + 2 * self.view.frameWidth() + \
            self.view.horizontalScrollBar().sizeHint().height()
        room = self.height() - margins.top() - margins.bottom() - above - chrome - max(layout.spacing(), 0)
        return max(room, 0) // max(self.view.verticalHeader().defaultSectionSize(), 1)

    def _filters_chosen(self, _checked: bool) -> None:
        self.filters_chosen = True

    def _show_filters(self, shown: bool) -> None:
        self.filter_box.setVisible(shown)
        self._update_toggle()

    def _update_toggle(self) -> None:
        on = sum(1 for combo in self.filters if combo.currentData() is not None) + self.stale.isChecked()
        shown = self.filter_toggle.isChecked()
        arrow = "▾" if shown else "◂" if self.isRightToLeft() else "▸"  # as large as the words
        words = self.tr("Filters (%n on)", "", on) if on else self.tr("Filters")
        self.filter_toggle.setText(f"{arrow} {words}")
        self.filter_toggle.setToolTip(self.tr("Hide the filters") if shown else self.tr("Show the filters"))
        self.filter_toggle.setAccessibleName(self.filter_toggle.toolTip())

    def current_filter(self) -> queries.Filter:
        def val(combo):
            return combo.currentData() if combo is not None else None
        return queries.Filter(text=self.search.text(), kind=val(self.kind), category=val(self.category),
                              status=val(self.status), neighbourhood=self.window_.current_neighbourhood(),
                              stale=self.stale.isChecked(), today=dt.date.today())

    def apply_filter(self, *_args) -> None:
        self._update_toggle()
        if self.model.conn is not None:
            self.model.set_filter(self.current_filter())

    def _update_count(self) -> None:
        n = self.model.total
        if not self.model.exact:  # counted only so far: the exact count follows in a moment
            self.count_label.setText(self.tr("%n or more asset(s) shown", "", n) if self.table == "assets"
                                     else self.tr("%n or more group(s) shown", "", n))
            return
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
