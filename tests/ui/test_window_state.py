"""Settings survive a restart; the welcome page on an empty database; keyboard navigation."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QKeySequence

from mentordesk.models import Person


def test_geometry_area_splitter_and_columns_are_restored(demo_db, make_window, qtbot):
    first = make_window()
    first.setGeometry(QRect(20, 30, 760, 540))
    first.show_area("meetings")
    area = first.record_areas["meetings"]
    area.splitter.setSizes([300, 700])
    area.view.setColumnWidth(0, 321)  # "When", a short column (the summary stretches and is not dragged)
    sizes = area.splitter.sizes()
    geometry = first.geometry()
    assert first.close()
    second = make_window()
    assert second.current_area() == "meetings"
    assert second.stack.currentWidget() is second.record_areas["meetings"]
    assert second.geometry().size() == geometry.size()
    assert second.record_areas["meetings"].splitter.sizes() == sizes
    restored = second.record_areas["meetings"]
    assert restored.fitter.natural[0] == 321  # remembered; drawn so once the list is wide enough for it
    second.resize(1600, 900)
    restored.splitter.setSizes([1200, 300])
    qtbot.waitUntil(lambda: restored.view.columnWidth(0) == 321)


def test_empty_database_shows_welcome_and_sample_loads(database, make_window, qtbot):
    window = make_window()
    assert window.stack.currentWidget() is window.welcome
    # Import and the wizard are offered once their features have connected the actions.
    assert window.welcome.import_button.isVisible() == window.actions["import_contacts"].isVisible()
    qtbot.mouseClick(window.welcome.sample_button, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.MouseButton.LeftButton)
    assert Person.select().count() == 40
    assert window.current_area() == "people"
    window.show_area("today")
    assert window.stack.currentWidget() is window.area_widgets["today"]


def test_welcome_add_first_person_and_placeholders(database, make_window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QDialog, QFileDialog

    # Other features may already have wired the action to real dialogs: keep them from blocking.
    monkeypatch.setattr(QDialog, "exec", lambda self: 0)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([], "")))
    window = make_window()
    called = []
    window.connect_action("import_contacts", lambda: called.append("import"))
    assert window.actions["import_contacts"].isEnabled() and window.welcome.import_button.isVisibleTo(window.welcome)
    window.welcome.import_button.click()
    assert called == ["import"]
    window.welcome.add_button.click()
    assert window.current_area() == "people"
    assert window.record_areas["people"].editor.creating


def test_go_shortcuts_reach_every_area(window, qtbot):
    for number, key in enumerate(window.area_keys()[:6], start=1):
        qtbot.keySequence(window, QKeySequence(f"Ctrl+{number}"))
        assert window.current_area() == key


def test_standard_shortcuts_and_accessible_names(window):
    a = window.actions
    assert a["new"].shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert a["quit"].shortcut() == QKeySequence("Ctrl+Q")
    assert a["help"].shortcut() == QKeySequence("F1")
    assert QKeySequence("Ctrl+Shift+Z") in a["redo"].shortcuts()
    assert a["find"].shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    for name in ("import_contacts", "export", "crossroads_wizard", "back_up_now", "restore_backup",
                 "privacy_mode", "sync_now"):
        assert name in a
    for area in window.record_areas.values():
        assert area.view.accessibleName() and area.filter.accessibleName()
        for widget in area.editor.form.widgets.values():
            assert widget.accessibleName()


def test_area_filter_runs_in_sql(window, qtbot):
    window.show_area("people")
    area = window.record_areas["people"]
    qtbot.keyClicks(area.filter, "brightline")
    qtbot.waitUntil(lambda: area.model.rowCount() < 40)
    names = {area.model.index(r, 0).data() for r in range(area.model.rowCount())}
    assert "Maya Chen" in names and "Tom Becker" not in names
    assert area.count.text().endswith("people")


def test_help_and_about(window, dialogs):
    window.actions["help"].trigger()
    assert "MentorDesk" in window.help_dialog.browser.toPlainText()
    window.help_dialog.close()
    window.actions["about"].trigger()
    assert dialogs.calls[-1][0] == "about"


def test_a_database_holding_only_opportunities_opens_on_today_not_the_welcome_page(database, make_window):
    """Every declared kind counts as data (it used to be five tables, without opportunities)."""
    from mentordesk.services import opportunities

    opportunities.create_opportunity(title="UX Researcher", organization="Pixelforge")
    window = make_window()
    window.show_area("today")
    assert window.stack.currentWidget() is window.area_widgets["today"]
    assert window.stack.currentWidget() is not window._welcome
