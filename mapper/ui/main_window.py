"""The main window: the map beside the record lists (search, filters, neighbourhood picker) and the record
panel. Every edit goes through ``self.editor`` (an undo stack over Project); long work through ops.Op;
errors through errors.show_error."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QLocale, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mapper.demo import is_demo
from mapper.domain.records import Asset, Group, Record
from mapper.store import queries
from mapper.store.project import Project
from mapper.ui import accessibility, banners, commands, coordinator_menu, errors, ops, settings, watch
from mapper.ui.asset_form import AssetForm
from mapper.ui.care_needs import CareNeedsPanel
from mapper.ui.file_actions import FileActions
from mapper.ui.forms import RecordForm
from mapper.ui.group_form import GroupForm
from mapper.ui.i18n import Phrase, ensure_language, fill
from mapper.ui.record_list import RecordList
from mapper.ui.sync_actions import SyncActions
from mapper.ui.text import plain_box, tooltip
from mapper.ui.wheel import guard_wheel

TITLE = "Neighbourhood Mapper"


class MapPlaceholder(QLabel):
    """Stands in for mapper.ui.map_widget.MapWidget when it is not available; same signals and methods."""

    mapClicked = Signal(float, float)  # noqa: N815 - matches MapWidget
    assetMoved = Signal(str, float, float)  # noqa: N815
    assetClicked = Signal(str)  # noqa: N815

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setText(self.tr("The map is not available in this build.\nUse a postcode to place assets."))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Map"))
        self.setMinimumWidth(200)

    def set_project(self, project) -> None: ...
    def refresh_asset(self, uuid: str) -> None: ...
    def remove_asset(self, uuid: str) -> None: ...
    def fly_to(self, uuid: str) -> None: ...
    def highlight_neighbourhood(self, uuid: str | None) -> None: ...
    def add_basemap(self, path) -> None: ...
    def refresh_needs(self) -> None: ...


def default_map_factory(parent: QWidget) -> QWidget:
    """The real web map (tests may pass MapPlaceholder instead)."""
    from mapper.ui.map_widget import MapWidget

    return MapWidget(parent)


class MainWindow(FileActions, QMainWindow):
    replaced = Signal(object)  # the window rebuilt in another language (Settings → Language)

    def __init__(self, *, map_factory: Callable[[QWidget], QWidget] | None = None):
        super().__init__()
        ensure_language()
        accessibility.install()
        self.map_factory = map_factory
        self.project: Project | None = None
        self.is_demo = False
        self.neighbourhood_names: dict[str, str] = {}
        self.setWindowTitle(self.tr("Neighbourhood Mapper"))
        self.setAccessibleName(self.tr("Neighbourhood Mapper"))
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        # fits the screen it opens on (1366x768 where there is room)
        self.resize(min(1366, screen.width()) if screen else 1366, min(768, screen.height()) if screen else 768)
        self.undo_stack = QUndoStack(self)
        self.editor = commands.Editor(self.undo_stack, self.record_changed, self.show_error)
        self.ask: Callable[[str, str, str, str], bool] = self._ask
        self.watch = watch.FileWatch(self, self.changed_elsewhere)  # another window or program on this file

        # map | lists | record panel
        self.map = (map_factory or default_map_factory)(self)
        if not self.map.accessibleName():
            self.map.setAccessibleName(self.tr("Map"))
        # the map's text alternative is the list beside it; it announces the asset selected
        self.map.setAccessibleDescription(self.tr("Map of the assets. The Assets list holds the same records as text."))
        self.map.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # never mirrored, in any language
        self.map.mapClicked.connect(self.map_clicked)
        self.map.assetMoved.connect(self.asset_moved)
        self.map.assetClicked.connect(lambda uuid: self.show_record("assets", uuid))

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Record lists"))
        self.assets = RecordList(self, "assets")
        self.groups = RecordList(self, "groups")
        self.tabs.addTab(self.assets, self.tr("&Assets"))
        self.tabs.addTab(self.groups, self.tr("&Groups"))
        self.care_panel: QWidget = self._care_placeholder()
        # in a scroll area: the care-needs form must not make the window taller than a 768-pixel screen
        self.care_scroll = QScrollArea()
        self.care_scroll.setWidgetResizable(True)
        self.care_scroll.setAccessibleName(self.tr("Care needs"))
        self.care_scroll.setWidget(self.care_panel)
        self.tabs.addTab(self.care_scroll, self.tr("&Care needs"))
        self.tabs.tabBar().setAccessibleName(self.tr("Record lists"))
        arrows = self.tabs.tabBar().findChildren(QToolButton)
        for button, text in zip(arrows, (self.tr("Scroll tabs left"), self.tr("Scroll tabs right"))):
            button.setAccessibleName(text)

        self.panel = QStackedWidget()
        self.panel.setAccessibleName(self.tr("Record"))
        self.empty = QLabel(self.tr("Choose a record in the list or on the map, or add one with\n"
                                    "Ctrl+N (new asset) or Ctrl+Shift+N (new group)."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.asset_form = AssetForm(self)
        self.group_form = GroupForm(self)
        for w in (self.empty, self.asset_form, self.group_form):
            self.panel.addWidget(w)
        for form in (self.asset_form, self.group_form):
            form.notice.connect(lambda text: self.statusBar().showMessage(text))
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        # Fit the form to the column's width (fields shrink); only a form that cannot shrink further (long
        # words in a longer language) scrolls sideways, so that nothing is ever cut off.
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.scroll.setWidget(self.panel)
        self.scroll.setAccessibleName(self.tr("Record panel"))
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.map)
        split.addWidget(self.tabs)
        split.addWidget(self.scroll)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 3)
        split.setStretchFactor(2, 3)
        split.setSizes([540, 430, 396])
        self._sized = False
        split.setChildrenCollapsible(False)
        self.split = split
        self.demo_banner = banners.demo_banner()
        self.readonly_banner = banners.readonly_banner()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.demo_banner)
        column.addWidget(self.readonly_banner)
        column.addWidget(split, 1)
        self.setCentralWidget(central)

        # Tab from a list goes on to the record's form (arrows move inside the list)
        QWidget.setTabOrder(self.assets.view, self.asset_form.order[0])
        QWidget.setTabOrder(self.groups.view, self.group_form.order[0])
        self._build_actions()
        self.sync_actions = SyncActions(self)  # File → Sync (ui/sync_actions.py)
        guard_wheel(self)  # scrolling the form or the lists never edits a record
        self.statusBar().showMessage(self.tr("Open a project to begin"))
        self.undo_stack.cleanChanged.connect(lambda _clean: self._update_actions())
        self.undo_stack.indexChanged.connect(lambda _i: self._update_actions())
        self._update_actions()

    # ---- actions, menus, toolbar --------------------------------------------------------------
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

    def _build_actions(self) -> None:
        K = QKeySequence.StandardKey  # noqa: N806
        self.act_new_project = self._action(self.tr("&New project…"), self.new_project_dialog)
        self.act_open = self._action(self.tr("&Open project…"), self.open_project_dialog, K.Open)
        self.act_import = self._action(self.tr("&Import…"), self.import_dialog, "Ctrl+I", self.tr("Add records from files"))
        self.act_export = self._action(self.tr("&Export…"), self.export_dialog, "Ctrl+E", self.tr("Export this project"))
        self.act_add_basemap = self._action(self.tr("Add &basemap…"), self.add_basemap_dialog, "Ctrl+Shift+B",
                                            self.tr("Show a map picture (.mbtiles file) under the assets, offline"))
        self.act_merge = self._action(self.tr("&Merge exports…"), self.merge_dialog, "Ctrl+Shift+M",
                                      self.tr("Merge other mappers' exports into this project"))
        self.act_merge_folder = self._action(self.tr("Merge a &folder of exports…"), self.merge_folder_dialog,
                                             tip=self.tr("Merge every GeoPackage export in a folder"))
        self.act_review = self._action(self.tr("&Review merged changes…"), self.review_dialog, "Ctrl+R")
        self.act_quit = self._action(self.tr("&Quit"), self.close, K.Quit)
        self.act_undo = self._action(self.tr("&Undo"), self.undo_stack.undo, K.Undo)
        self.act_redo = self._action(self.tr("&Redo"), self.undo_stack.redo, [QKeySequence(K.Redo), "Ctrl+Y"])
        self.act_new_asset = self._action(self.tr("New &asset"), lambda: self.new_asset(), K.New,
                                          self.tr("Add an asset (place it later, by postcode, or not at all)"))
        self.act_add_on_map = self._action(self.tr("Add asset on &map"), self.toggle_add_on_map, "Ctrl+Shift+A",
                                           self.tr("Then click the map where the asset is"))
        self.act_add_on_map.setCheckable(True)
        self.act_new_group = self._action(self.tr("New &group"), self.new_group, "Ctrl+Shift+N")
        self.act_delete = self._action(self.tr("&Delete record"), self.delete_current, "Ctrl+Del",
                                       self.tr("Delete this record (Ctrl+Z brings it back)"))
        self.act_find = self._action(self.tr("&Find"), self.focus_search, K.Find, self.tr("Search the list"))
        self.act_history = self._action(self.tr("&History…"), self.show_history, "Ctrl+H",
                                        self.tr("Who changed this record and when"))
        self.act_neighbourhood = self._action(self.tr("Pick &neighbourhood"), self.focus_neighbourhood, "Ctrl+L")
        self.act_profile = self._action(self.tr("Neighbourhood &profile…"), self.show_profile, "Ctrl+Shift+P",
                                        self.tr("Assets, groups, gaps and checks for a neighbourhood, ward or district"))
        self.act_log = self._action(self.tr("Show &log file location"), self.show_log_location)
        self.act_guide = self._action(self.tr("User &guide"), self.show_guide, "F1", self.tr("How to map, export and merge"))
        self.act_settings = self._action(self.tr("&Settings…"), self.settings_dialog, tip=self.tr("Language of the window"))

        bar = self.menuBar()
        file_menu = self.file_menu = bar.addMenu(self.tr("&File"))  # other parts add to it (ui/sync_actions.py)
        file_menu.addActions([self.act_new_project, self.act_open])
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        file_menu.addActions([self.act_import, self.act_export, self.act_merge, self.act_merge_folder,
                              self.act_review])
        file_menu.addAction(self.act_add_basemap)  # the map's own hint names this item
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        edit = bar.addMenu(self.tr("&Edit"))
        edit.addActions([self.act_undo, self.act_redo])
        edit.addSeparator()
        edit.addActions([self.act_find, self.act_neighbourhood, self.act_profile])
        edit.addSeparator()
        edit.addAction(self.act_settings)
        record = bar.addMenu(self.tr("&Record"))  # where README and the guide say: Record → New asset
        record.addActions([self.act_new_asset, self.act_add_on_map, self.act_new_group, self.act_delete])
        record.addSeparator()
        record.addAction(self.act_history)
        coordinator_menu.install(self, bar)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([self.act_guide, self.act_log])

        tb = QToolBar(self.tr("Main tools"))
        tb.setObjectName("mainToolbar")
        tb.setAccessibleName(self.tr("Main tools"))
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        hood_label = QLabel(" " + self.tr("Neighbourhood:") + " ")
        self.hood = QComboBox()
        self.hood.setAccessibleName(self.tr("Neighbourhood"))
        self.hood.setToolTip(self.tr("Show only this neighbourhood everywhere (Ctrl+L)"))
        self.hood.setMinimumContentsLength(18)
        self.hood.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.hood.currentIndexChanged.connect(self.neighbourhood_changed)
        hood_label.setBuddy(self.hood)
        tb.addWidget(hood_label)
        tb.addWidget(self.hood)
        self.addToolBar(tb)
        # the record actions in a second bar, which goes to a row of its own when the words do not fit
        # beside the picker (a longer language, a small screen): no action is ever hidden
        tools = QToolBar(self.tr("Record tools"))
        tools.setObjectName("recordToolbar")
        tools.setAccessibleName(self.tr("Record tools"))
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

    def _fit_toolbars(self) -> None:
        first, second = self.toolbars
        wrap = first.sizeHint().width() + second.sizeHint().width() > self.width()
        if wrap != self.toolBarBreak(second):
            if wrap:
                self.insertToolBarBreak(second)
            else:
                self.removeToolBarBreak(second)

    def _update_actions(self) -> None:
        try:
            undo_text, redo_text = self.undo_stack.undoText(), self.undo_stack.redoText()
        except RuntimeError:  # the window is being destroyed
            return
        has = self.project is not None
        editable = has and not self.project.readonly
        self.act_undo.setEnabled(has and self.undo_stack.canUndo())
        self.act_redo.setEnabled(has and self.undo_stack.canRedo())
        # the texts quote record names: tooltips would show them as markup
        self.act_undo.setToolTip(tooltip(fill(self.tr("Undo %1"), undo_text)) if undo_text else self.tr("Nothing to undo"))
        self.act_redo.setToolTip(tooltip(fill(self.tr("Redo %1"), redo_text)) if redo_text else self.tr("Nothing to redo"))
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
            self.recent_menu.addAction(self.tr("No recent projects")).setEnabled(False)
        for i, path in enumerate(paths, 1):
            act = self.recent_menu.addAction(f"&{i} {path.name} — {path.parent}")
            act.triggered.connect(lambda _c=False, p=path: self.open_project(p))

    def _care_placeholder(self) -> QWidget:
        label = QLabel(self.tr("Care needs appear here once the privacy module is installed."))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setAccessibleName(self.tr("Care needs"))
        return label

    def _install_care_panel(self) -> None:
        panel = CareNeedsPanel(self.project, self)
        old = self.care_scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.care_panel = panel
        if not panel.accessibleName():
            panel.setAccessibleName(self.tr("Care needs"))
        self.care_scroll.setWidget(panel)
        # the map's "Care needs (counts)" layer shows suppressed counts only while care needs are unlocked
        panel.unlocked.connect(self.map.refresh_needs)
        panel.locked.connect(self.map.refresh_needs)
        panel.saved.connect(lambda _uuid: self.map.refresh_needs())

    # ---- the project --------------------------------------------------------------------------
    def mapper_name(self) -> str | None:
        return settings.mapper_name()

    def open_project(self, path: Path | str, *, wait: bool = False) -> None:
        """Open ``path`` (off the UI thread unless ``wait``); the window is usable as soon as it returns."""
        path = Path(path)
        if wait:
            try:
                project = Project.open(path)
            except Exception as exc:  # noqa: BLE001
                self.show_error(exc, doing=fill(self.tr("open %1"), path.name))
                return
            self._project_opened(project)
            return
        ops.Op(self, fill(self.tr("Opening %1"), path.name), lambda progress: Project.open(path),
               on_done=self._project_opened, doing=fill(self.tr("open %1"), path.name)).run()

    def _project_opened(self, project: Project) -> None:
        if self.project is not None:
            self.project.close()
        self.project = project
        project.source = "form"
        name = self.mapper_name()
        if name and project.author != name and not project.readonly:
            project.set_setting("author", name)
        self.undo_stack.clear()
        self.editor.project = project
        settings.remember_project(project.path)
        self.is_demo = is_demo(project)
        name = fill(self.tr("%1 (read-only)"), project.path.name) if project.readonly else project.path.name
        self.setWindowTitle(fill(self.tr("%1 — DEMO (made-up records) — %2"), Phrase(self.tr("Neighbourhood Mapper")), name) if self.is_demo
                            else fill("%1 — %2", Phrase(self.tr("Neighbourhood Mapper")), name))
        self.demo_banner.setVisible(self.is_demo)
        self.readonly_banner.setVisible(project.readonly)
        self._load_choices()
        for lst in (self.assets, self.groups):
            lst.model.filter = lst.current_filter()
            lst.model.set_connection(project.conn)
        self.show_empty_panel()
        self.map.set_project(project)
        self._install_care_panel()
        self.watch.follow(project)
        self.sync_actions.refresh()
        assets = self.tr("%n asset(s)", "", self.assets.model.total)
        groups = self.tr("%n group(s)", "", self.groups.model.total)
        self.statusBar().showMessage(fill(self.tr("Opened %1 read-only: %2, %3. Nothing can be changed.") if project.readonly
                                          else self.tr("Opened %1: %2, %3. Every change is saved at once."),
                                          project.path.name, assets, groups))
        self._update_actions()

    def _load_choices(self) -> None:
        p = self.project
        self.neighbourhood_names = p.neighbourhood_names()
        self.hood.blockSignals(True)
        current = self.hood.currentData()
        self.hood.clear()
        self.hood.addItem(self.tr("All neighbourhoods"), None)
        for uuid, name in sorted(self.neighbourhood_names.items(), key=lambda kv: kv[1].lower()):
            self.hood.addItem(name, uuid)
        i = self.hood.findData(current)
        self.hood.setCurrentIndex(max(i, 0))
        self.hood.blockSignals(False)
        self.asset_form.set_choices(self.neighbourhood_names, queries.group_names(p.conn))
        self.group_form.set_choices(self.neighbourhood_names)

    def reload_all(self, _result: Any = None, *, keep_undo: bool = False) -> None:
        """After work that changed many records (import, merge), or another window's edits."""
        if self.project is None:
            return
        if not keep_undo:
            self.undo_stack.clear()
        self.watch.mark()
        self._load_choices()
        for lst in (self.assets, self.groups):
            lst.model.reload()
        self.map.set_project(self.project)
        form = self.current_form()
        if form is not None:
            form.reload_from_project()

    def changed_elsewhere(self) -> None:
        """Another window or program committed to this file: show the file as it is now, and say so."""
        self.project.reload_state()
        if not self.project.readonly:
            self.editor.guard(self.project.catch_up)  # another program's edits get their versions now
        self.reload_all(keep_undo=True)
        self.statusBar().showMessage(fill(self.tr("Another window or program changed this file; the lists and the "
                                                  "map now show its changes (%1)."),
                                          QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)))

    # ---- neighbourhood picker -----------------------------------------------------------------
    def current_neighbourhood(self) -> str | None:
        return self.hood.currentData()

    def neighbourhood_changed(self, _index: int = 0) -> None:
        uuid = self.current_neighbourhood()
        for lst in (self.assets, self.groups):
            lst.apply_filter()
        self.map.highlight_neighbourhood(uuid)

    def focus_neighbourhood(self) -> None:
        self.hood.setFocus()
        self.hood.showPopup()

    def focus_search(self) -> None:
        lst = self.groups if self.tabs.currentWidget() is self.groups else self.assets
        self.tabs.setCurrentWidget(lst)
        lst.search.setFocus()
        lst.search.selectAll()

    # ---- records ----------------------------------------------------------------------------
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
        self._update_actions()

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
            accessibility.announce(self.map, fill(self.tr("Selected asset: %1"), record.name))
        self._update_actions()

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
        self._update_actions()
        return form

    def new_group(self) -> GroupForm | None:
        if self.project is None:
            return None
        hood = self.current_neighbourhood()
        draft = Group(name="", recorded_by=self.mapper_name(), neighbourhoods=(hood,) if hood else ())
        self.group_form.show_record(draft, draft=True)
        self._show_form(self.group_form)
        self.group_form.widgets["name"].setFocus()
        self._update_actions()
        return self.group_form

    def add_record(self, record: Record, form: RecordForm) -> bool:
        """A valid draft becomes a record (asking first when it lies outside every neighbourhood, or a
        similar asset is within 150 m)."""
        if isinstance(record, Asset) and record.location and self.neighbourhood_names and \
                self.project.neighbourhood_at(*record.location) is None:
            if not self.ask(self.tr("Outside every neighbourhood"),
                            fill(self.tr("“%1” is placed outside all %2 neighbourhoods of this project. Is that the "
                                         "right place?"), record.name, len(self.neighbourhood_names)), self.tr("Yes, save it here"),
                            self.tr("No, let me place it again")):
                form.forget_location()
                self.statusBar().showMessage(self.tr("Not saved yet: click the map or find a postcode to place it."))
                return False
        if isinstance(record, Asset) and record.location:
            similar = queries.similar_nearby(self.project, record.name, record.location)
            if similar:
                s = similar[0]
                if not self.ask(self.tr("A similar asset is nearby"),
                                fill(self.tr("“%1” is %2 m away. Is “%3” a different asset?"), s.name,
                                     round(s.metres), record.name),
                                self.tr("Add it anyway"), self.tr("Show the existing one")):
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
            self.statusBar().showMessage(self.tr("The new record was not saved."))
            return
        rec = form.record
        if self.editor.do(commands.DeleteRecord(self.editor, rec.TABLE, rec.uuid, getattr(rec, "name", ""))):
            self.statusBar().showMessage(fill(self.tr("Deleted “%1”. Ctrl+Z brings it back."), getattr(rec, "name", "")))

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
        self.statusBar().showMessage(fill(self.tr("Saved at %1"), saved_at), 8000)
        self._update_actions()

    def asset_moved(self, uuid: str, lon: float, lat: float) -> None:
        rec = self.project.find("assets", uuid) if self.project else None
        if rec is None:
            return
        self.editor.do(commands.UpdateRecord(self.editor, "assets", uuid, {"geom": (lon, lat)},
                                             {"geom": rec.location}, text=fill(self.tr("move “%1”"), rec.name)))

    def toggle_add_on_map(self) -> None:
        if self.act_add_on_map.isChecked():
            self.statusBar().showMessage(self.tr("Click the map where the new asset is (Esc or Ctrl+Shift+A to stop)."))

    def map_clicked(self, lon: float, lat: float) -> None:
        if self.project is None:
            return
        form = self.current_form()
        if self.act_add_on_map.isChecked():
            self.act_add_on_map.setChecked(False)
            self.new_asset((lon, lat))
        elif form is self.asset_form and form.draft and form.location is None:
            form.set_location((lon, lat))

    def show_guide(self):
        from mapper.ui.help import HelpDialog

        dialog = HelpDialog(self)
        dialog.open()
        self.guide_dialog = dialog
        return dialog

    def show_history(self):
        form = self.current_form()
        if form is None or form.record is None or form.draft:
            return None
        from mapper.ui.history import HistoryDialog

        dialog = HistoryDialog(self.project, form.RECORD.TABLE, form.record.uuid, form.record_name(), self)
        dialog.open()
        return dialog

    def show_profile(self):
        from mapper.ui.profile_view import show_profile

        return show_profile(self)

    # ---- errors and questions -----------------------------------------------------------------
    def show_error(self, exc: BaseException, *, doing: str | None = None) -> QMessageBox:
        return errors.show_error(self, exc, doing=doing)

    def _ask(self, title: str, text: str, yes: str, no: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        box.setAccessibleName(title)
        yes_b = box.addButton(yes, QMessageBox.ButtonRole.YesRole)
        no_b = box.addButton(no, QMessageBox.ButtonRole.NoRole)
        yes_b.setAccessibleName(yes)
        no_b.setAccessibleName(no)
        box.setDefaultButton(no_b)
        plain_box(box)  # questions quote record names
        box.exec()
        return box.clickedButton() is yes_b

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

        QMessageBox.information(self, self.tr("Log file"), fill(self.tr("Unexpected errors are written to\n%1"), log_file()))

    def resizeEvent(self, event):  # noqa: N802 - Qt name
        super().resizeEvent(event)
        self._fit_toolbars()

    def showEvent(self, event):  # noqa: N802 - Qt name
        super().showEvent(event)
        if not self._sized:  # once laid out: the map gets the most room; the list and the form share the rest
            self._sized = True
            QTimer.singleShot(0, self._share_width)

    def _share_width(self) -> None:
        """The map 40%, the list 32%, the form the rest, but the form never narrower than about 30
        characters of the current text size (large text, small screens): the map gives way first."""
        width = self.split.width()
        form = max(width - int(width * 0.40) - int(width * 0.32), self.fontMetrics().averageCharWidth() * 30)
        list_min = self.tabs.minimumSizeHint().width()
        map_w = max(self.map.minimumWidth(), min(int(width * 0.40), width - form - list_min))
        self.split.setSizes([map_w, max(width - map_w - form, 0), form])

    def keyPressEvent(self, event):  # noqa: N802 - Qt name
        if event.key() == Qt.Key.Key_Escape and self.act_add_on_map.isChecked():
            self.act_add_on_map.setChecked(False)
            self.statusBar().clearMessage()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event):  # noqa: N802 - Qt name
        form = self.current_form()
        if form is not None and not form.draft and form.record is not None:
            focus = self.focusWidget()
            if focus is not None:
                focus.clearFocus()  # commits the field being edited
        self.watch.stop()
        if self.project is not None:
            self.project.close()
            self.project = None
        super().closeEvent(event)
