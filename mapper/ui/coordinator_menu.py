"""The Coordinator menu: merging mappers' exports, reviewing them, and the coordinator's key pair, kept
apart from what every volunteer needs (File, Edit, Record)."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenuBar

from mapper.ui.i18n import Tr

CoordinatorMenu = Tr("CoordinatorMenu")


def install(window, bar: QMenuBar) -> None:
    """Add the menu to ``window``'s menu bar; ``window.act_coordinator_key`` saves the public key file."""
    act = QAction(CoordinatorMenu.tr("Save my &public key for mappers…"), window)
    act.setToolTip(CoordinatorMenu.tr("For the coordinator: make a key pair (kept sealed in this project) and save the public "
                      "key file that mappers use to send you care needs"))
    act.setStatusTip(act.toolTip())
    act.triggered.connect(lambda _checked=False: save_key(window))
    window.act_coordinator_key = act
    menu = bar.addMenu(CoordinatorMenu.tr("C&oordinator"))
    menu.setObjectName("coordinatorMenu")
    menu.addActions([window.act_merge, window.act_merge_folder, window.act_review])
    menu.addSeparator()
    menu.addAction(window.act_coordinator_key)
    window.coordinator_menu = menu


def save_key(window) -> None:
    """The key pair lives sealed under the project passphrase: the care-needs tab is shown, and unless
    it is unlocked it says so there."""
    panel = window.care_panel
    window.tabs.setCurrentWidget(window.care_scroll)
    if not getattr(panel, "is_open", False):
        if hasattr(panel, "say"):
            panel.say(CoordinatorMenu.tr("To make or save the coordinator key, first set or enter the project passphrase "
                         "here (the key pair is kept sealed under it)."))
        return
    panel.choose_key_file()
