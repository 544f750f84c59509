"""The group or organisation form."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mapper.domain.records import Group
from mapper.store import queries
from mapper.ui import commands
from mapper.ui.forms import RecordForm, choice_options
from mapper.ui.i18n import fill
from mapper.ui.photos import PhotoStrip


class GroupForm(RecordForm):
    RECORD = Group

    def __init__(self, window, parent=None):
        super().__init__(window, parent)
        self._add_field("name", self.tr("Name"), "line", self.tr("The group's name"))
        self._add_field("group_type", self.tr("Type"), "combo", choice_options("group_types"))
        self._add_field("description", self.tr("Description"), "text")
        self._add_field("contact_phone", self.tr("Phone"), "line")
        self._add_field("contact_email", self.tr("Email"), "line")
        self._add_field("website", self.tr("Website"), "line")
        self._add_field("charity_number", self.tr("Charity number"), "line")
        self._add_field("neighbourhoods", self.tr("Neighbourhoods served"), "list", [])
        self._add_field("last_checked", self.tr("Last checked"), "line", self.tr("YYYY-MM-DD"))
        self._add_field("may_publish", self.tr("Publish"), "check", self.tr("May appear on public maps"))
        self.runs = QListWidget()
        self.runs.setAccessibleName(self.tr("Assets this group runs"))
        self.runs.setFixedHeight(self.fontMetrics().lineSpacing() * 5)
        self.runs.itemActivated.connect(lambda item: self.window_.show_asset(item.data(Qt.ItemDataRole.UserRole)))
        self.link_button = QPushButton(self.tr("Link the selected asset"))
        self.link_button.setAccessibleName(self.tr("Link the selected asset to this group"))
        self.link_button.setToolTip(self.tr("Pick an asset in the Assets list, then press this to record that "
                                            "this group runs it"))
        self.link_button.clicked.connect(self.link_selected_asset)
        self.unlink_button = QPushButton(self.tr("Unlink"))
        self.unlink_button.setAccessibleName(self.tr("Unlink the chosen asset from this group"))
        self.unlink_button.clicked.connect(self.unlink_asset)
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.runs)
        col.addWidget(self.link_button)  # one above the other: a narrow column (large text) still holds them
        col.addWidget(self.unlink_button)
        runs_label = QLabel(self.tr("Runs:"))
        runs_label.setBuddy(self.runs)
        self.form.addRow(runs_label, box)
        self.photos = PhotoStrip(self)
        photos_label = QLabel(self.tr("Photos:"))
        photos_label.setBuddy(self.photos.add_button)
        self.form.addRow(photos_label, self.photos)
        self.order += [self.runs, self.link_button, self.unlink_button, self.photos.thumbs, self.photos.add_button,
                       self.photos.view_button, self.photos.remove_button]
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
                                    text=fill(self.tr("link “%1” to “%2”"), asset.name, self.record.name)))
        self.reload_from_project()

    def link_selected_asset(self) -> None:
        uuid = self.window_.selected_asset_uuid()
        if uuid is None:
            self.note.setText(self.tr("Choose an asset in the Assets tab first, then come back and link it."))
            return
        self.link_asset(uuid)

    def unlink_asset(self) -> None:
        item = self.runs.currentItem()
        if item is None or self.record is None:
            return
        uuid = item.data(Qt.ItemDataRole.UserRole)
        ed = self.window_.editor
        ed.do(commands.UpdateRecord(ed, "assets", uuid, {"run_by": None}, {"run_by": self.record.uuid},
                                    text=fill(self.tr("unlink “%1”"), item.text())))
        self.reload_from_project()
