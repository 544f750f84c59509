"""The window's actions, menus and toolbars (mixed into MainWindow): File, Edit, Record, Coordinator,
Help; which actions are on for the open project; the dialogs the menus open (guide, profile, settings)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QStyle,
    QStyleOptionMenuItem,
    QToolBar,
    QWidget,
)

from mapper.ui import coordinator_menu, settings
from mapper.ui.i18n import Tr, fill
from mapper.ui.text import tooltip

Menus = Tr("Menus")


class WindowMenus:
    """Mixed into MainWindow (uses its undo stack, forms, project and status bar)."""

    def _action(self, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        a = QAction(text, self)
        if shortcut is not None:
            keys = shortcut if isinstance(shortcut, list) else [shortcut]
            a.setShortcuts([QKeySequence(k) for k in keys])
        a.setToolTip(tip or text.replace("&", "").rstrip("…"))
        a.setStatusTip(a.toolTip())
        a.triggered.connect(lambda _checked=False: slot())
        self.addAction(a)
        return a

    def build_actions(self) -> None:
        K = QKeySequence.StandardKey  # noqa: N806
        self.act_new_project = self._action(Menus.tr("&New project…"), self.new_project_dialog)
        self.act_open = self._action(Menus.tr("&Open project…"), self.open_project_dialog, K.Open)
        self.act_import = self._action(Menus.tr("&Import…"), self.import_dialog, "Ctrl+I", Menus.tr("Add records from files"))
        self.act_export = self._action(Menus.tr("&Export…"), self.export_dialog, "Ctrl+E", Menus.tr("Export this project"))
        self.act_add_basemap = self._action(Menus.tr("Add &basemap…"), self.add_basemap_dialog, "Ctrl+Shift+B",
                                            Menus.tr("Show a map picture (.mbtiles file) under the assets, offline"))
        self.act_merge = self._action(Menus.tr("&Merge exports…"), self.merge_dialog, "Ctrl+Shift+M",
                                      Menus.tr("Merge other mappers' exports into this project"))
        self.act_merge_folder = self._action(Menus.tr("Merge a &folder of exports…"), self.merge_folder_dialog,
                                             tip=Menus.tr("Merge every GeoPackage export in a folder"))
        self.act_review = self._action(Menus.tr("&Review merged changes…"), self.review_dialog, "Ctrl+R")
        self.act_quit = self._action(Menus.tr("&Quit"), self.close, K.Quit)
        self.act_undo = self._action(Menus.tr("&Undo"), self.undo_stack.undo, K.Undo)
        self.act_redo = self._action(Menus.tr("&Redo"), self.undo_stack.redo, [QKeySequence(K.Redo), "Ctrl+Y"])
        self.act_new_asset = self._action(Menus.tr("New &asset"), lambda: self.new_asset(), K.New,
                                          Menus.tr("Add an asset (place it later, by postcode, or not at all)"))
        self.act_add_on_map = self._action(Menus.tr("Add asset on &map"), self.toggle_add_on_map, "Ctrl+Shift+A",
                                           Menus.tr("Then click the map where the asset is"))
        self.act_add_on_map.setCheckable(True)
        self.act_new_group = self._action(Menus.tr("New &group"), self.new_group, "Ctrl+Shift+N")
        self.act_delete = self._action(Menus.tr("&Delete record"), self.delete_current, "Ctrl+Del",
                                       Menus.tr("Delete this record (Ctrl+Z brings it back)"))
        self.act_find = self._action(Menus.tr("&Find"), self.focus_search, K.Find, Menus.tr("Search the list"))
        self.act_history = self._action(Menus.tr("&History…"), self.show_history, "Ctrl+H",
                                        Menus.tr("Who changed this record and when"))
        self.act_neighbourhood = self._action(Menus.tr("Pick &neighbourhood"), self.focus_neighbourhood, "Ctrl+L")
        self.act_profile = self._action(Menus.tr("Neighbourhood &profile…"), self.show_profile, "Ctrl+Shift+P",
                                        Menus.tr("Assets, groups, gaps and checks for a neighbourhood, ward or district"))
        self.act_log = self._action(Menus.tr("Show &log file location"), self.show_log_location)
        self.act_guide = self._action(Menus.tr("User &guide"), self.show_guide, "F1", Menus.tr("How to map, export and merge"))
        self.act_settings = self._action(Menus.tr("&Settings…"), self.settings_dialog, tip=Menus.tr("Language of the window"))

        bar = self.menuBar()
        file_menu = self.file_menu = bar.addMenu(Menus.tr("&File"))  # other parts add to it (ui/sync_actions.py)
        file_menu.addActions([self.act_new_project, self.act_open])
        self.recent_menu = file_menu.addMenu(Menus.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        file_menu.addActions([self.act_import, self.act_export, self.act_merge, self.act_merge_folder,
                              self.act_review])
        file_menu.addAction(self.act_add_basemap)  # the map's own hint names this item
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        edit = bar.addMenu(Menus.tr("&Edit"))
        edit.addActions([self.act_undo, self.act_redo])
        edit.addSeparator()
        edit.addActions([self.act_find, self.act_neighbourhood, self.act_profile])
        edit.addSeparator()
        edit.addAction(self.act_settings)
        record = bar.addMenu(Menus.tr("&Record"))  # where README and the guide say: Record → New asset
        record.addActions([self.act_new_asset, self.act_add_on_map, self.act_new_group, self.act_delete])
        record.addSeparator()
        record.addAction(self.act_history)
        coordinator_menu.install(self, bar)
        help_menu = bar.addMenu(Menus.tr("&Help"))
        help_menu.addActions([self.act_guide, self.act_log])

        tb = QToolBar(Menus.tr("Main tools"))
        tb.setObjectName("mainToolbar")
        tb.setAccessibleName(Menus.tr("Main tools"))
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        hood_label = QLabel(" " + Menus.tr("Neighbourhood:") + " ")
        self.hood = QComboBox()
        self.hood.setAccessibleName(Menus.tr("Neighbourhood"))
        self.hood.setToolTip(Menus.tr("Show only this neighbourhood everywhere (Ctrl+L)"))
        self.hood.setMinimumContentsLength(18)
        self.hood.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.hood.currentIndexChanged.connect(self.neighbourhood_changed)
        hood_label.setBuddy(self.hood)
        self.hood_box = QWidget()  # the picker and its label: in the toolbar, or in the menu bar's corner
        row = QHBoxLayout(self.hood_box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(hood_label)
        row.addWidget(self.hood)
        self.hood_action = tb.addWidget(self.hood_box)
        self.addToolBar(tb)
        # the record actions in a second bar, which goes to a row of its own when the words do not fit
        # beside the picker (a longer language, a small screen): no action is ever hidden
        tools = QToolBar(Menus.tr("Record tools"))
        tools.setObjectName("recordToolbar")
        tools.setAccessibleName(Menus.tr("Record tools"))
        tools.setMovable(False)
        tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        tools.addActions([self.act_new_asset, self.act_add_on_map, self.act_new_group])
        tools.addSeparator()
        tools.addActions([self.act_undo, self.act_redo, self.act_delete, self.act_history])
        self.addToolBar(tools)
        self.toolbars = (tb, tools)
        for bar_ in self.toolbars:
            for action in bar_.actions():
                button = bar_.widgetForAction(action)
                if button is not None and not button.accessibleName():
                    button.setAccessibleName(action.text().replace("&", ""))

    def fit_toolbars(self) -> None:
        """The picker and the record tools share a row where they fit; else the picker goes up beside
        the menus where there is room (a row of the list, the form and the map more on a small screen or
        with large text), else the record tools go to a row of their own."""
        first, second = self.toolbars
        picker = self.hood_box.sizeHint().width() + 2 * first.layout().contentsMargins().left() + 16
        tools = second.sizeHint().width()
        menus = self._menus_width()
        self._place_picker(in_menu_bar=picker + tools > self.width() and menus + picker <= self.width())
        wrap = not first.isHidden() and first.sizeHint().width() + tools > self.width()
        if wrap != self.toolBarBreak(second):
            if wrap:
                self.insertToolBarBreak(second)
            else:
                self.removeToolBarBreak(second)

    def _menus_width(self) -> int:
        """How wide the menu titles are, as the style sizes them (whatever the bar's state: before it is
        laid out, or while the picker shares it)."""
        bar = self.menuBar()
        style, metrics = bar.style(), bar.fontMetrics()
        option = QStyleOptionMenuItem()
        option.initFrom(bar)
        spacing = style.pixelMetric(QStyle.PixelMetric.PM_MenuBarItemSpacing, None, bar)
        total = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_MenuBarHMargin, None, bar) +
                     style.pixelMetric(QStyle.PixelMetric.PM_MenuBarPanelWidth, None, bar))
        for action in bar.actions():
            if action.isVisible():
                option.text = action.text()
                words = metrics.size(Qt.TextFlag.TextShowMnemonic, action.text())
                total += style.sizeFromContents(QStyle.ContentsType.CT_MenuBarItem, option, words, bar).width() + spacing
        return total

    def _place_picker(self, *, in_menu_bar: bool) -> None:
        first = self.toolbars[0]
        bar = self.menuBar()
        if in_menu_bar == (bar.cornerWidget() is self.hood_box):
            return
        focused = self.hood.hasFocus()
        if in_menu_bar:
            first.removeAction(self.hood_action)  # gives the picker back, hidden
            first.hide()
            bar.setCornerWidget(self.hood_box)
            self.hood_box.show()
        else:
            bar.setCornerWidget(None)
            self.hood_box.hide()
            self.hood_box.setParent(None)
            first.addAction(self.hood_action)  # takes the picker back
            first.show()
        bar.adjustSize()
        if focused:
            self.hood.setFocus()

    def update_actions(self) -> None:
        try:
            undo_text, redo_text = self.undo_stack.undoText(), self.undo_stack.redoText()
        except RuntimeError:  # the window is being destroyed
            return
        has = self.project is not None
        editable = has and not self.project.readonly
        self.act_undo.setEnabled(has and self.undo_stack.canUndo())
        self.act_redo.setEnabled(has and self.undo_stack.canRedo())
        # the texts quote record names: tooltips would show them as markup
        self.act_undo.setToolTip(tooltip(fill(Menus.tr("Undo %1"), undo_text)) if undo_text else Menus.tr("Nothing to undo"))
        self.act_redo.setToolTip(tooltip(fill(Menus.tr("Redo %1"), redo_text)) if redo_text else Menus.tr("Nothing to redo"))
        current = self.current_form()
        has_record = current is not None and current.record is not None
        self.act_delete.setEnabled(has_record and editable)
        self.act_history.setEnabled(has_record and not current.draft)
        for a in (self.act_new_asset, self.act_add_on_map, self.act_new_group, self.act_import,
                  self.act_export, self.act_merge, self.act_merge_folder, self.act_review,
                  self.act_coordinator_key, self.act_add_basemap):
            a.setEnabled(editable)
        self.act_profile.setEnabled(has)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        paths = settings.recent_projects()
        if not paths:
            self.recent_menu.addAction(Menus.tr("No recent projects")).setEnabled(False)
        for i, path in enumerate(paths, 1):
            act = self.recent_menu.addAction(f"&{i} {path.name} — {path.parent}")
            act.triggered.connect(lambda _c=False, p=path: self.open_project(p))

    def show_guide(self):
        from mapper.ui.help import HelpDialog

        dialog = HelpDialog(self)
        dialog.open()
        self.guide_dialog = dialog
        return dialog

    def show_profile(self):
        from mapper.ui.profile_view import show_profile

        return show_profile(self)


    def settings_dialog(self):
        """Settings → Language: a new language rebuilds the window at once (``replaced`` names the new one)."""
        from mapper.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self)
        dialog.accepted.connect(lambda: self.switch_language(dialog.chosen_language()))
        dialog.open()
        return dialog

    def switch_language(self, setting: str):
        from mapper.ui import i18n

        settings.set_language(setting)
        before = i18n.current_language()
        if i18n.apply_language(setting) == before:
            return self
        new = i18n.relaunch(self)
        self.replaced.emit(new)
        return new

    def show_log_location(self) -> None:
        from mapper.domain.userdirs import log_file

        QMessageBox.information(self, Menus.tr("Log file"), fill(Menus.tr("Unexpected errors are written to\n%1"), log_file()))
