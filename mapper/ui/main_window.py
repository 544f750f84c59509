"""The main window: the map beside the record lists (search, filters, neighbourhood picker) and the record
panel. Every edit goes through ``self.editor`` (an undo stack over Project); long work through ops.Op;
errors through errors.show_error."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QLocale, QSize, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStatusBar,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mapper.demo import is_demo
from mapper.store import queries
from mapper.store.project import Project
from mapper.ui import accessibility, banners, commands, errors, ops, settings, watch
from mapper.ui.asset_form import AssetForm
from mapper.ui.care_needs import CareNeedsPanel
from mapper.ui.file_actions import FileActions
from mapper.ui.group_form import GroupForm
from mapper.ui.i18n import Phrase, ensure_language, fill
from mapper.ui.record_list import RecordList
from mapper.ui.record_panel import RecordPanel
from mapper.ui.sync_actions import SyncActions
from mapper.ui.text import plain_box
from mapper.ui.wheel import guard_wheel
from mapper.ui.window_menus import WindowMenus

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


class StatusMessage(QLabel):
    """The status bar's message in a label of its own, on a second line rather than cut off where the
    widgets beside it begin (a small screen, large text). QStatusBar keeps the message (showMessage,
    currentMessage, its timeout); it paints nothing itself, the label filling the room it would use.
    Its width is what the bar leaves it; its height, the lines the message needs at that width."""

    def __init__(self, bar: QStatusBar):
        super().__init__(bar)
        self.setTextFormat(Qt.TextFormat.PlainText)  # messages quote record names
        self.setWordWrap(True)
        bar.messageChanged.connect(self.setText)
        bar.addPermanentWidget(self, 1)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt name
        super().setText(text)
        self.updateGeometry()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - the bar's layout asks the hints below instead
        return False

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt name
        lines = self.heightForWidth(self.width()) if self.text() and self.width() > 0 else -1
        return QSize(0, max(lines, self.fontMetrics().height()))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt name
        return self.sizeHint()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()


def default_map_factory(parent: QWidget) -> QWidget:
    """The real web map (tests may pass MapPlaceholder instead)."""
    from mapper.ui.map_widget import MapWidget

    return MapWidget(parent)


class MainWindow(FileActions, WindowMenus, RecordPanel, QMainWindow):
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
        self.build_actions()
        self.message = StatusMessage(self.statusBar())  # first: left of the last-sync label
        self.message.setAccessibleName(self.tr("Status message"))
        self.sync_actions = SyncActions(self)  # File → Sync (ui/sync_actions.py)
        guard_wheel(self)  # scrolling the form or the lists never edits a record
        self.statusBar().showMessage(self.tr("Open a project to begin"))
        self.undo_stack.cleanChanged.connect(lambda _clean: self.update_actions())
        self.undo_stack.indexChanged.connect(lambda _i: self.update_actions())
        self.update_actions()


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
            self._release_lists()
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
        self.update_actions()

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

    def resizeEvent(self, event):  # noqa: N802 - Qt name
        super().resizeEvent(event)
        self.fit_toolbars()

    def showEvent(self, event):  # noqa: N802 - Qt name
        super().showEvent(event)
        if not self._sized:  # once laid out: the map gets the most room; the list and the form share the rest
            self._sized = True
            QTimer.singleShot(0, self._share_width)

    def _share_width(self) -> None:
        """The map 40%, the list 32%, the form the rest, the form never narrower than about 30 characters
        of the text size nor than its fields need. In a small window (large text, a small screen) the list
        keeps its filters on one row if it can, else two (each row of filters is a row of records fewer):
        the map gives way first, down to a fifth of the width, then the form, down to 24 characters."""
        width = self.split.width() - 2 * self.split.handleWidth()  # what the three columns share
        chars = self.fontMetrics().averageCharWidth()
        fits = self.panel.minimumSizeHint().width() + self.scroll.verticalScrollBar().sizeHint().width() + \
            2 * self.scroll.frameWidth()  # no field of the form cut off or scrolled sideways
        form = max(width - int(width * 0.40) - int(width * 0.32), chars * 30, fits)
        list_min = self.tabs.minimumSizeHint().width()
        map_w = max(self.map.minimumWidth(), min(int(width * 0.40), width - form - list_min))
        map_floor, form_floor = max(self.map.minimumWidth(), int(width * 0.20)), max(fits, chars * 24)
        for rows in (3, 2):
            need = list_min + self.assets.width_for(rows) - self.assets.width_for(1) + 6  # + the tab frame
            short = need - (width - map_w - form)
            from_map = min(max(short, 0), max(map_w - map_floor, 0))
            from_form = min(max(short - from_map, 0), max(form - form_floor, 0))
            if short - from_map - from_form <= 0:
                map_w, form = map_w - from_map, form - from_form
                break
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
            self._release_lists()
            self.project.close()
            self.project = None
        super().closeEvent(event)

    def _release_lists(self) -> None:
        for lst in (self.assets, self.groups):
            lst.model.release()  # a count still running on its own connection stops first
