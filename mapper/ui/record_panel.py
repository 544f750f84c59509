"""The record panel's work (mixed into MainWindow): showing a record or a new draft in its form, adding
(asking first outside every neighbourhood or beside a look-alike), deleting, moving on the map, and keeping
lists, map and form in step after every commit."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTime

from mapper.domain.records import Asset, Group, Record
from mapper.store import queries
from mapper.ui import accessibility, commands
from mapper.ui.asset_form import AssetForm
from mapper.ui.forms import RecordForm
from mapper.ui.group_form import GroupForm
from mapper.ui.i18n import Tr, fill

Records = Tr("Records")


class RecordPanel:
    """Mixed into MainWindow (uses its project, editor, lists, forms, panel and map)."""

    def current_form(self) -> RecordForm | None:
        w = self.panel.currentWidget()
        return w if isinstance(w, RecordForm) else None

    def _show_form(self, form: RecordForm) -> None:
        """Another record in the panel: it starts at the top (the name first), whatever was scrolled."""
        self.panel.setCurrentWidget(form)
        self.scroll.verticalScrollBar().setValue(0)

    def show_empty_panel(self) -> None:
        form = self.current_form()
        if form is not None:
            form.leaving()
        self.asset_form.record = None
        self.group_form.record = None
        self.panel.setCurrentWidget(self.empty)
        self.update_actions()

    def show_record(self, table: str, uuid: str, *, from_list: bool = False) -> None:
        if self.project is None or table not in ("assets", "groups"):
            return
        record = self.project.find(table, uuid)
        if record is None:
            return
        form = self.asset_form if table == "assets" else self.group_form
        form.show_record(record)
        self._show_form(form)
        if not from_list:
            lst = self.assets if table == "assets" else self.groups
            self.tabs.setCurrentWidget(lst)
            lst.select_uuid(uuid)
        if table == "assets" and getattr(record, "location", None):
            self.map.fly_to(uuid)
        if table == "assets":
            accessibility.announce(self.map, fill(Records.tr("Selected asset: %1"), record.name))
        self.update_actions()

    def show_asset(self, uuid: str) -> None:
        self.show_record("assets", uuid)

    def selected_asset_uuid(self) -> str | None:
        return self.assets.selected_uuid()

    def new_asset(self, location: tuple[float, float] | None = None) -> AssetForm | None:
        if self.project is None:
            return None
        draft = Asset(name="", kind="shared_space", category="community_hub", recorded_by=self.mapper_name(),
                      location=location, neighbourhood=self.current_neighbourhood(),
                      neighbourhood_fixed=location is None and self.current_neighbourhood() is not None)
        form = self.asset_form
        form.show_record(draft, draft=True)
        self._show_form(form)
        form.widgets["name"].setFocus()
        self.update_actions()
        return form

    def new_group(self) -> GroupForm | None:
        if self.project is None:
            return None
        hood = self.current_neighbourhood()
        draft = Group(name="", recorded_by=self.mapper_name(), neighbourhoods=(hood,) if hood else ())
        self.group_form.show_record(draft, draft=True)
        self._show_form(self.group_form)
        self.group_form.widgets["name"].setFocus()
        self.update_actions()
        return self.group_form

    def add_record(self, record: Record, form: RecordForm) -> bool:
        """A valid draft becomes a record (asking first when it lies outside every neighbourhood, or a
        similar asset is within 150 m)."""
        if isinstance(record, Asset) and record.location and self.neighbourhood_names and \
                self.project.neighbourhood_at(*record.location) is None:
            if not self.ask(Records.tr("Outside every neighbourhood"),
                            fill(Records.tr("“%1” is placed outside all %2 neighbourhoods of this project. Is that the "
                                         "right place?"), record.name, len(self.neighbourhood_names)), Records.tr("Yes, save it here"),
                            Records.tr("No, let me place it again")):
                form.forget_location()
                self.statusBar().showMessage(Records.tr("Not saved yet: click the map or find a postcode to place it."))
                return False
        if isinstance(record, Asset) and record.location:
            similar = queries.similar_nearby(self.project, record.name, record.location)
            if similar:
                s = similar[0]
                if not self.ask(Records.tr("A similar asset is nearby"),
                                fill(Records.tr("“%1” is %2 m away. Is “%3” a different asset?"), s.name,
                                     round(s.metres), record.name),
                                Records.tr("Add it anyway"), Records.tr("Show the existing one")):
                    self.show_record("assets", s.uuid)
                    return False
        if not self.editor.do(commands.AddRecord(self.editor, record)):
            return False
        form.became_record(record)
        lst = self.assets if isinstance(record, Asset) else self.groups
        lst.select_uuid(record.uuid)
        return True

    def delete_current(self) -> None:
        form = self.current_form()
        if form is None or form.record is None:
            return
        if form.draft:
            self.show_empty_panel()
            self.statusBar().showMessage(Records.tr("The new record was not saved."))
            return
        rec = form.record
        if self.editor.do(commands.DeleteRecord(self.editor, rec.TABLE, rec.uuid, getattr(rec, "name", ""))):
            self.statusBar().showMessage(fill(Records.tr("Deleted “%1”. Ctrl+Z brings it back."), getattr(rec, "name", "")))

    def record_changed(self, table: str, uuid: str) -> None:
        """After every commit (do, undo, redo): lists, map and panel show what the file holds."""
        exists = self.project.exists(table, uuid)
        if table in ("assets", "groups"):
            (self.assets if table == "assets" else self.groups).model.refresh_uuid(uuid)
        if table == "assets":
            if exists:
                self.map.refresh_asset(uuid)
            else:
                self.map.remove_asset(uuid)
        if table == "groups":
            self.asset_form.set_choices(self.neighbourhood_names, queries.group_names(self.project.conn))
        form = self.current_form()
        if form is not None and not form.draft and form.record is not None:
            if form.record.uuid == uuid or isinstance(form, GroupForm):
                form.reload_from_project()
        elif form is not None and form.draft and form.record is not None and form.record.uuid == uuid:
            pass  # the draft is becoming a record; became_record() shows it
        elif exists and form is None:
            self.show_record(table, uuid)
        saved_at = QLocale().toString(QTime.currentTime(), QLocale.FormatType.LongFormat)
        self.statusBar().showMessage(fill(Records.tr("Saved at %1"), saved_at), 8000)
        self.update_actions()

    def asset_moved(self, uuid: str, lon: float, lat: float) -> None:
        rec = self.project.find("assets", uuid) if self.project else None
        if rec is None:
            return
        self.editor.do(commands.UpdateRecord(self.editor, "assets", uuid, {"geom": (lon, lat)},
                                             {"geom": rec.location}, text=fill(Records.tr("move “%1”"), rec.name)))

    def toggle_add_on_map(self) -> None:
        if self.act_add_on_map.isChecked():
            self.statusBar().showMessage(Records.tr("Click the map where the new asset is (Esc or Ctrl+Shift+A to stop)."))

    def map_clicked(self, lon: float, lat: float) -> None:
        if self.project is None:
            return
        form = self.current_form()
        if self.act_add_on_map.isChecked():
            self.act_add_on_map.setChecked(False)
            self.new_asset((lon, lat))
        elif form is self.asset_form and form.draft and form.location is None:
            form.set_location((lon, lat))

    def show_history(self):
        form = self.current_form()
        if form is None or form.record is None or form.draft:
            return None
        from mapper.ui.history import HistoryDialog

        dialog = HistoryDialog(self.project, form.RECORD.TABLE, form.record.uuid, form.record_name(), self)
        dialog.open()
        return dialog
