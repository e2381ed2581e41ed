"""One application context: features read it instead of the window's attributes, and come from one list."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QAction

import mentordesk.ui
from mentordesk.ui.context import AppContext
from mentordesk.ui.features import FEATURES, install_features
from mentordesk.ui.main_window import MainWindow
from tests.ui.full_window import full_window  # noqa: F401 - fixture

UI = Path(mentordesk.ui.__file__).parent
FISHING = re.compile(r"(getattr|hasattr|setattr)\((self\.)?(window|app)\b|\bapp\.(main_window|single_instance)\b")
KNOWN: set[str] = set()  # none left: every feature gets what it needs from the context


def test_no_feature_fishes_attributes_off_the_window_or_the_application():
    found = [f"{path.relative_to(UI)}:{n}: {line.strip()}" for path in sorted(UI.rglob("*.py"))
             if str(path.relative_to(UI)) not in KNOWN
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if FISHING.search(line)]
    assert not found, "\n".join(found)


def test_a_window_without_a_context_makes_its_own_and_fills_it(database, settings, qtbot):
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    context = window.context
    assert context.settings is settings and context.window is window
    assert context.edits is window.edits and context.actions is window.actions and context.menus is window.menus
    assert context.db_path is not None and context.db_path.name == "test.db"


def test_every_feature_of_the_one_list_is_installed_once(database, settings, qtbot):
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    context = window.context
    assert len(FEATURES) == 7  # networking, exchange, safety, crossroads, sync, databases, licences
    assert context.networking and context.exchange is not None and context.crossroads is not None
    assert context.safety is not None and context.sync is not None and context.reminders is not None
    actions, areas = len(window.findChildren(QAction)), window.area_keys()
    objects = (context.safety, context.sync, context.exchange, context.crossroads, context.reminders, context.databases)
    install_features(window)
    assert len(window.findChildren(QAction)) == actions and window.area_keys() == areas
    assert (context.safety, context.sync, context.exchange, context.crossroads, context.reminders,
            context.databases) == objects
    context.sync.stop()


def test_a_deferred_window_installs_its_features_after_the_first_frame(full_window):
    context = full_window.context
    assert context.safety is not None and context.sync is not None and context.crossroads is not None
    assert "opportunities" in full_window.area_keys() and "pipeline" in full_window.area_keys()
    assert all(full_window.actions[name].isEnabled() for name in
               ("import_contacts", "export", "crossroads_wizard", "back_up_now", "privacy_mode", "sync_now"))


def test_the_started_window_answers_later_launches_through_its_context(demo_db, db_path, settings, qtbot, dialogs,
                                                                       monkeypatch):
    import sys

    from mentordesk.ui import app
    from mentordesk.ui.safety import opening as safety_open
    from mentordesk.ui.single_instance import SingleInstance

    monkeypatch.setattr(safety_open, "_pending", False)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    guard = SingleInstance(db_path)
    assert guard.claim(listen=False)
    try:
        window = MainWindow(deferred=True, context=AppContext(settings=settings, instance=guard))
        qtbot.addWidget(window)
        window.showMinimized()
        assert guard.server is None
        app.finish_startup(window)
        assert guard.server is not None and guard.server.isListening()
        guard.activated.emit()  # what a second launch on this database asks for
        assert window.isVisible() and not window.isMinimized()
        window.context.sync.stop()
    finally:
        guard.release()


def test_the_title_shows_unsaved_changes(window, qtbot):
    assert "[*]" in window.windowTitle()
    window.show_area("people")
    area = window.record_areas["people"]
    qtbot.waitUntil(lambda: area.current_id() is not None)
    area.page.edit_button.click()
    field = area.editor.form.widgets["title"]
    assert not window.isWindowModified()
    qtbot.keyClicks(field, " (acting)")
    assert window.isWindowModified()
    assert window.windowHandle().title().endswith("*"), window.windowHandle().title()
    area.editor.revert()
    assert not window.isWindowModified() and not window.windowHandle().title().endswith("*")
