"""Every keyboard shortcut of the main window, in one table: action name → key sequences.

Two enabled actions on one key make Qt fire neither ("Ambiguous shortcut overload"), so a key is
given here once; tests/ui/test_shortcuts.py presses them on the full window and checks they are unique.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence

SK = QKeySequence.StandardKey

# A StandardKey stands for the platform's main key for it (possibly none); strings are portable sequences.
SHORTCUTS: dict[str, tuple[SK | str, ...]] = {
    "new": (SK.New,),
    "save": (SK.Save,),
    "delete": (SK.Delete,),
    "log_meeting": ("Ctrl+L",),
    "find": (SK.Find,),
    "quit": ("Ctrl+Q",),
    "help": ("F1",),
    "preferences": (SK.Preferences, "Ctrl+,"),
    "undo": (SK.Undo,),
    "redo": ("Ctrl+Shift+Z", "Ctrl+Y"),
    "import_contacts": ("Ctrl+I",),
    "privacy_mode": ("Ctrl+Shift+P",),
    "toggle_sidebar": ("Ctrl+Shift+S",),
    "crossroads_wizard": ("Ctrl+Shift+W",),
    "prepare_meeting": ("Ctrl+Shift+M",),
    "sync_now": ("F5",),
    "new_database": ("Ctrl+Shift+N",),
    "open_database": ("Ctrl+O",),
    "pipeline_next_step": ("Ctrl+Right",),  # the Asks pipeline's selected card, one status on
}

GO_KEYS = 9  # the Go menu's areas 1 to 9 are on Ctrl+1 … Ctrl+9


def keys(name: str) -> list[QKeySequence]:
    """The key sequences of an action (empty when it has none), without repeats."""
    found: list[QKeySequence] = []
    for entry in SHORTCUTS.get(name, ()):
        sequence = QKeySequence(entry)
        if not sequence.isEmpty() and sequence not in found:
            found.append(sequence)
    return found


def go_keys(row: int) -> list[QKeySequence]:
    """The keys of the Go menu's area in sidebar row `row` (none past the ninth)."""
    return [QKeySequence(f"Ctrl+{row + 1}")] if 0 <= row < GO_KEYS else []


def apply(action: QAction, name: str | None = None) -> QAction:
    """Give `action` its keys from the table (by `name`, or its object name)."""
    action.setShortcuts(keys(name or action.objectName()))
    return action
