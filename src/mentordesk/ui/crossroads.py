"""Plugging Crossroads into the main window (Tools menu), and running it on its own."""

from __future__ import annotations

import sys

from PySide6.QtGui import QAction

from mentordesk.ui.crossroads_pages import tr


def open_wizard(parent=None, edits=None):
    """Show the Crossroads wizard (non-modal); returns it."""
    from mentordesk.ui.crossroads_wizard import CrossroadsWizard

    wizard = CrossroadsWizard(parent, edits=edits)
    wizard.open()
    return wizard


def open_history(parent=None, edits=None):
    """Show the list of past decisions; returns the dialog."""
    from mentordesk.ui.crossroads_history import CrossroadsHistory

    dialog = CrossroadsHistory(parent, edits=edits)
    dialog.open()
    return dialog


def install_crossroads(window) -> None:
    """Wire the window's Crossroads action and add "Crossroads Decisions…" to the Tools menu."""
    edits = getattr(window, "edits", None)
    window.connect_action("crossroads_wizard", lambda: setattr(window, "crossroads_dialog", open_wizard(window, edits)))
    history = QAction(tr("Crossroads &Decisions…"), window)
    history.setObjectName("crossroads_history")
    history.triggered.connect(lambda: setattr(window, "crossroads_dialog", open_history(window, edits)))
    window.actions["crossroads_history"] = history
    window.menus["tools"].addAction(history)
