"""Neighbourhood profiles in the window (Edit → Neighbourhood profile…): the same numbers as the published
profile pages (``formats.profiles``), for a neighbourhood, a ward, a district or the whole map, counting every
asset in the project (the coordinator's own view). Charts are painted bars with plain-text labels; lists
are plain-text items: no record text reaches a rich-text label. Care-need counts (suppressed as on the
map) appear only while care needs are unlocked, in a section marked private.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mapper.domain.taxonomy import taxonomy
from mapper.formats.profiles import RECENT_DAYS, Area, Profile, ProfileData, private_needs
from mapper.store.source import FileSource
from mapper.ui.i18n import Phrase, fill


def plain(label: QLabel, text: str) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(True)
    return label


class BarChart(QWidget):
    """Horizontal bars with their labels and numbers painted as plain text."""

    ROW = 22

    def __init__(self, title: str, values: list[tuple[str, int]], colours: list[str] | None = None, parent=None):
        super().__init__(parent)
        self.values = values
        self.colours = colours
        self.setMinimumHeight(self.ROW * len(values) + 6)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(title)
        self.setAccessibleDescription("; ".join(f"{k}: {v}" for k, v in values))

    def paintEvent(self, _event):  # noqa: N802 - Qt's name
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        label_w = min(200, self.width() // 3)
        top = max((v for _, v in self.values), default=0) or 1
        bar_w = max(10, self.width() - label_w - 50)
        for i, (label, value) in enumerate(self.values):
            y = i * self.ROW + 3
            p.setPen(self.palette().windowText().color())
            p.drawText(QRectF(0, y, label_w - 8, self.ROW - 4),
                       int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), label)
            w = bar_w * value / top
            colour = QColor(self.colours[i] if self.colours else "#1d5e8c")
            p.fillRect(QRectF(label_w, y + 2, w, self.ROW - 8), colour)
            p.drawText(QRectF(label_w + w + 4, y, 60, self.ROW - 4), int(Qt.AlignmentFlag.AlignVCenter),
                       QLocale().toString(value))
        p.end()


class ProfileDialog(QDialog):
    def __init__(self, project, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Neighbourhood profile"))
        self.project = project
        self.data = ProfileData(FileSource(project, public=False))
        self.resize(720, 760)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        pick_label = QLabel(self.tr("&Area:"))
        self.picker = QComboBox()
        self.picker.setAccessibleName(self.tr("Area"))
        pick_label.setBuddy(self.picker)
        everything = self.data.everything()
        self.picker.addItem(self.area_name(everything), ("all", everything.key))
        for d in self.data.districts:
            self.picker.addItem(fill(self.tr("District: %1"), d.name), ("district", d.key))
        for w in self.data.wards:
            self.picker.addItem(fill(self.tr("Ward: %1"), w.name), ("ward", w.key))
        for n in sorted(self.data.neighbourhood_areas(), key=lambda a: a.name.lower()):
            self.picker.addItem(n.name, ("neighbourhood", n.key))
        row.addWidget(pick_label)
        row.addWidget(self.picker, 1)
        layout.addLayout(row)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        layout.addWidget(self.scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.sections: dict[str, QGroupBox] = {}
        self.profile: Profile | None = None
        self.picker.currentIndexChanged.connect(self._show_current)
        self._show_current()

    def area_name(self, area: Area) -> str:
        return self.tr("The whole map") if area.level == "all" else area.name

    def select(self, level: str, key: str) -> None:
        for index in range(self.picker.count()):
            if tuple(self.picker.itemData(index)) == (level, key):
                self.picker.setCurrentIndex(index)
                return

    def _show_current(self, _index: int = 0) -> None:
        level, key = self.picker.currentData()
        area = self.data.area(level, key)
        if area is not None:
            self.show_area(area)

    def _section(self, body: QVBoxLayout, key: str, title: str) -> QVBoxLayout:
        box = QGroupBox(title)
        box.setAccessibleName(title)
        inner = QVBoxLayout(box)
        body.addWidget(box)
        self.sections[key] = box
        return inner

    def show_area(self, area: Area) -> None:
        tx = taxonomy()
        p = self.profile = self.data.profile(area)
        page = QWidget()
        body = QVBoxLayout(page)
        self.sections = {}
        self.summary = plain(QLabel(), fill(self.tr("%1: %2 and %3."), self.area_name(area),
                                            Phrase(self.tr("%n asset(s)", "", p.assets)),
                                            Phrase(self.tr("%n group(s)", "", len(p.groups)))))
        body.addWidget(self.summary)
        kinds = [(tx.label("asset_kinds", k), n) for k, n in p.by_kind.items()]
        title = self.tr("Assets by kind")
        self._section(body, "kinds", title).addWidget(BarChart(title, kinds, [tx.colour(k) for k in p.by_kind]))
        title = self.tr("Assets by principle")
        self._section(body, "principles", title).addWidget(
            BarChart(title, [(tx.label("principles", k), n) for k, n in p.by_principle.items()]))
        inner = self._section(body, "open", self.tr("Open when"))
        days = (self.tr("Monday"), self.tr("Tuesday"), self.tr("Wednesday"), self.tr("Thursday"),
                self.tr("Friday"), self.tr("Saturday"), self.tr("Sunday"))
        inner.addWidget(BarChart(self.tr("Assets open each day"), list(zip(days, p.open_days.values()))))
        inner.addWidget(plain(QLabel(), fill(self.tr("%1 give days and hours; %2 give their opening times in words."),
                                             Phrase(self.tr("%n asset(s)", "", p.opening_readable)),
                                             Phrase(self.tr("%n asset(s)", "", p.opening_unreadable)))))
        none, few = self.tr("%1: none recorded"), self.tr("%1: fewer than half the city's average")
        self._list(body, "gaps", self.tr("Gaps against the city"),
                   [fill(none if how == "none" else few, tx.label("asset_kinds", k)) for k, how in p.gap_kinds]
                   or [self.tr("No gaps against the city.")])
        self._list(body, "recent", fill(self.tr("Changed in the last %1 days (%2)"), RECENT_DAYS, p.recent_count),
                   [fill(self.tr("%1 (changed %2)"), a["name"], a["modified"]) for a in p.recent]
                   or [self.tr("Nothing changed recently.")])
        never = self.tr("never")
        self._list(body, "stale", fill(self.tr("Not checked for 12 months (%1)"), p.stale_count),
                   [fill(self.tr("%1 (last checked %2)"), a["name"],
                         never if a["last_checked"] == "never" else a["last_checked"]) for a in p.stale]
                   or [self.tr("Every asset was checked in the last 12 months.")])
        self._list(body, "groups", fill(self.tr("Groups (%1)"), len(p.groups)),
                   [fill(self.tr("%1 (%2)"), g["name"], g["type"]) for g in p.groups]
                   or [self.tr("No groups serve this area yet.")])
        needs = private_needs(self.project, area)
        inner = self._section(body, "needs", self.tr("Care needs (private: coordinator only)"))
        if needs is None:
            inner.addWidget(plain(QLabel(), self.tr("Unlock care needs to see their counts here.")))
            self.needs_table = None
        else:
            table = QTableWidget(len(needs["rows"]), len(needs["columns"]) + 1)
            table.setAccessibleName(self.tr("Care needs recorded (suppressed counts)"))
            table.setHorizontalHeaderLabels([self.tr("Area"), *needs["columns"]])
            for r, (name, values) in enumerate(needs["rows"]):
                for c, text in enumerate([name, *values]):
                    item = QTableWidgetItem(text)
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    table.setItem(r, c, item)
            inner.addWidget(table)
            inner.addWidget(plain(QLabel(), needs["footnote"]))
            self.needs_table = table
        body.addStretch(1)
        self.scroll.setWidget(page)

    def _list(self, body: QVBoxLayout, key: str, title: str, items: list[str]) -> None:
        widget = QListWidget()
        widget.setAccessibleName(title)
        widget.addItems(items)  # plain text items
        widget.setMaximumHeight(22 * min(8, max(2, len(items))) + 8)
        self._section(body, key, title).addWidget(widget)


def show_profile(window) -> ProfileDialog | None:
    """Open the profile of the neighbourhood picked in the toolbar (else the whole map)."""
    if window.project is None:
        return None
    dialog = ProfileDialog(window.project, window)
    hood = window.current_neighbourhood()
    if hood:
        dialog.select("neighbourhood", hood)
    dialog.open()
    return dialog
