"""Plugging Crossroads into the main window (Tools menu)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from mentordesk.ui.crossroads.pages import tr


def open_wizard(parent=None, edits=None):
    """Show the Crossroads wizard (non-modal); returns it."""
    from mentordesk.ui.crossroads.wizard import CrossroadsWizard

    wizard = CrossroadsWizard(parent, edits=edits)
    wizard.open()
    return wizard


def open_history(parent=None, edits=None):
    """Show the list of past decisions; returns the dialog."""
    from mentordesk.ui.crossroads.history import CrossroadsHistory

    dialog = CrossroadsHistory(parent, edits=edits)
    dialog.open()
    return dialog


class CrossroadsActions(QObject):
    """The slots of the Crossroads actions; the dialog they opened last is `context.dialogs["crossroads"]`."""

    def __init__(self, window):
        super().__init__(window)
        self.window, self.context = window, window.context

    def open_wizard(self) -> None:
        self.context.dialogs["crossroads"] = open_wizard(self.window, self.context.edits)

    def open_history(self) -> None:
        self.context.dialogs["crossroads"] = open_history(self.window, self.context.edits)


def install_crossroads(window) -> CrossroadsActions:
    """Wire the window's Crossroads action and add "Crossroads Decisions…" to the Tools menu (once)."""
    context = window.context
    if context.crossroads is not None:
        return context.crossroads
    actions = context.crossroads = CrossroadsActions(window)
    window.connect_action("crossroads_wizard", actions.open_wizard)
    history = QAction(tr("Crossroads &Decisions…"), window)
    history.setObjectName("crossroads_history")
    history.triggered.connect(actions.open_history)
    context.actions["crossroads_history"] = history
    window.addAction(history)
    context.menus["tools"].addAction(history)
    return actions
