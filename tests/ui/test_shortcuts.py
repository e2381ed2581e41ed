"""Keyboard shortcuts: one table, no key on two actions of the started window, and the keys really work."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtGui import QAction, QKeySequence

from mentordesk.ui import shortcuts
from mentordesk.ui.areas.prep import PrepDialog
from tests.ui.full_window import full_window  # noqa: F401 - fixture

NATIVE = QKeySequence.SequenceFormat.PortableText


def bound_keys(window) -> dict[str, list[str]]:
    """Key → names of the window's actions bound to it (enabled or not: Save and Delete enable later)."""
    bound = defaultdict(list)
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            bound[key.toString(NATIVE)].append(action.objectName() or action.text())
    return bound


def test_the_table_gives_every_key_once(qapp):  # StandardKey bindings come from the platform
    seen = {}
    for name in shortcuts.SHORTCUTS:
        for key in shortcuts.keys(name):
            assert key.toString(NATIVE) not in seen, f"{key.toString(NATIVE)}: {seen.get(key.toString(NATIVE))} and {name}"
            seen[key.toString(NATIVE)] = name
    for row in range(shortcuts.GO_KEYS):
        for key in shortcuts.go_keys(row):
            assert key.toString(NATIVE) not in seen, f"{key.toString(NATIVE)} is the Go menu's and {seen.get(key)}"
    assert shortcuts.go_keys(shortcuts.GO_KEYS) == []


def test_no_key_is_bound_to_two_actions_of_the_started_window(full_window):
    bound = bound_keys(full_window)
    twice = {key: names for key, names in bound.items() if len(names) > 1}
    assert not twice, f"keys bound to more than one action (Qt fires neither): {twice}"
    for key in ("Ctrl+Shift+P", "Ctrl+Shift+M", "Ctrl+1", "Ctrl+8", "F5", "Ctrl+Shift+W"):
        assert key in bound, f"{key} is bound to nothing"
    assert bound["Ctrl+Shift+P"] == ["privacy_mode"] and bound["Ctrl+Shift+M"] == ["prepare_meeting"]


def test_every_action_with_keys_takes_them_from_the_table(full_window):
    go = {f"go_{key}" for key in full_window.area_keys()}
    for action in full_window.findChildren(QAction):
        if action.shortcuts() and action.objectName() not in go:
            assert action.shortcuts() == shortcuts.keys(action.objectName()), action.objectName()


def test_ctrl_shift_p_toggles_privacy_mode(full_window, qtbot):
    privacy = full_window.context.privacy
    assert not privacy.enabled
    qtbot.keySequence(full_window, QKeySequence("Ctrl+Shift+P"))
    assert privacy.enabled and full_window.actions["privacy_mode"].isChecked()
    qtbot.keySequence(full_window, QKeySequence("Ctrl+Shift+P"))
    assert not privacy.enabled


def test_the_prepare_key_opens_the_prep_sheet_for_the_selected_person(full_window, qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(PrepDialog, "show", lambda dialog: shown.append(dialog))
    full_window.show_area("people")
    people = full_window.record_areas["people"]
    qtbot.waitUntil(lambda: people.current_id() is not None)
    qtbot.keySequence(full_window, QKeySequence("Ctrl+Shift+M"))
    assert len(shown) == 1 and full_window.context.dialogs["prep"] is shown[0]
    assert shown[0].sheet["person_id"] == people.current_id()


def test_the_go_keys_switch_areas(full_window, qtbot):
    keys = full_window.area_keys()
    assert "opportunities" in keys and "pipeline" in keys
    for row, key in enumerate(keys[:shortcuts.GO_KEYS]):
        qtbot.keySequence(full_window, QKeySequence(f"Ctrl+{row + 1}"))
        assert full_window.current_area() == key
