"""Help lists every shortcut of the started window, read from its live actions, and names every area."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence

from mentordesk.ui.help import plain_text, shortcut_rows
from tests.ui.full_window import full_window  # noqa: F401 - fixture


def open_help(window, qtbot) -> str:
    qtbot.keySequence(window, QKeySequence("F1"))
    dialog = window.help_dialog
    qtbot.addWidget(dialog)
    return dialog.browser.toPlainText()


def test_help_lists_every_action_with_a_shortcut_and_its_keys(full_window, qtbot):
    text = open_help(full_window, qtbot)
    with_keys = [a for a in full_window.findChildren(QAction) if a.shortcuts() and a.isVisible()]
    assert len(with_keys) >= 20
    for action in with_keys:
        assert plain_text(action.text()) in text, action.objectName()
        for key in action.shortcuts():
            assert key.toString(QKeySequence.SequenceFormat.NativeText) in text, (action.objectName(), key)
    for shown in ("Go ▸ Today", "Go ▸ People", "Go ▸ Asks pipeline", "Go ▸ Opportunities",
                  "Tools ▸ Crossroads Wizard…", "Tools ▸ Prepare for a Meeting…", "View ▸ Privacy Mode",
                  "File ▸ Sync Now"):
        assert shown in text, shown
    full_window.help_dialog.close()


def test_help_describes_every_area_and_crossroads(full_window, qtbot):
    text = open_help(full_window, qtbot)
    for area in full_window.area_keys():
        assert full_window.area_titles[area] in text, area
    assert "Crossroads Decisions" in text and "Ctrl+1 to Ctrl+6" not in text and "<!--" not in text
    full_window.help_dialog.close()


def test_rows_follow_the_menus_and_drop_mnemonics(full_window):
    rows = dict((what, keys) for keys, what in shortcut_rows(full_window))
    assert rows["File ▸ New"] == QKeySequence(QKeySequence.StandardKey.New).toString(
        QKeySequence.SequenceFormat.NativeText)
    assert rows["Edit ▸ Undo"] and rows["Edit ▸ Redo"].count(" or ") == 1
    assert all("&" not in what for what in rows)
