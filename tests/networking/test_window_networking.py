"""The networking screens inside the real main window: areas, Today agrees with the CLI, prep, reminders."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QPushButton

from mentordesk.cli import main as cli_main
from mentordesk.ui.settings import Settings


@pytest.fixture
def window(qtbot, demo_db, tmp_path):
    from mentordesk.ui.main_window import MainWindow

    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    win.show_area("today")
    return win


def test_areas_are_in_the_navigation(window):
    keys = window.area_keys()
    assert keys.index("pipeline") == keys.index("asks") + 1
    assert keys.index("opportunities") == keys.index("pipeline") + 1
    window.show_area("opportunities")
    assert window.stack.currentWidget() is window.record_areas["opportunities"]
    assert window.actions["go_pipeline"].shortcut().toString()


def test_today_screen_agrees_with_today_json(window, db_path, capsys):
    assert cli_main(["today", "--db", str(db_path), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    page = window.area_widgets["today"]
    assert window.stack.currentWidget() is page
    assert page.listed_people() == [p["person_id"] for p in printed["overdue"] + printed["due"]]
    shown_asks = [page.asks.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) for i in range(page.asks.topLevelItemCount())]
    assert shown_asks == [a["ask_id"] for a in printed["asks_due"]]
    assert page.chart.bars() == [(m["month"], m["count"]) for m in printed["activity"]]


def test_prepare_button_opens_the_prep_sheet(window, qtbot):
    page = window.area_widgets["today"]
    item = page.upcoming.topLevelItem(0)
    button = page.upcoming.itemWidget(item, 3).findChild(QPushButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.prep_dialog
    qtbot.addWidget(dialog)
    text = dialog.sheet_view.toPlainText()
    assert dialog.sheet["name"] == "Maya Chen"
    assert "Last conversation" in text and "Their advice" in text and "What you promised them" in text
    assert dialog.sheet["meeting"]["meeting_id"] == item.data(0, Qt.ItemDataRole.UserRole)


def test_reminders_notify_and_can_be_switched_off(window, qtbot):
    from mentordesk.ui.preferences import PreferencesDialog

    reminders = window.reminders
    with qtbot.waitSignal(reminders.notified) as signal:
        sent = reminders.check_now()
    title, body = signal.args
    assert sent == (title, body)
    assert "overdue for a catch-up" in body
    assert reminders.check_now() is None  # same message: not repeated
    dialog = PreferencesDialog(window.settings, window)
    qtbot.addWidget(dialog)
    page = next(p for p in dialog.pages if p.__class__.__name__ == "RemindersPage")
    page.enabled.setChecked(False)
    dialog.accept()
    assert window.settings.get("reminders") is False
    assert reminders.check_now(force=True) is None
    assert not reminders.toggle.isChecked()


def test_reminder_mentions_overdue_people_and_asks_due_today(database):
    import datetime as dt

    from mentordesk.services import asks, meetings, people
    from mentordesk.ui.areas.reminders import reminder_text

    assert reminder_text() is None
    maya = people.create_person(display_name="Maya", roles=["mentor"])
    meetings.log_meeting(held_at=dt.datetime.now().replace(microsecond=0) - dt.timedelta(days=50), attendee_ids=[maya.id])
    asks.create_ask(person_id=maya.id, purpose="Referral", status="asked", due_on=dt.date.today())
    title, body = reminder_text()
    assert "1 person is overdue for a catch-up: Maya" in body
    assert "1 ask is due: Maya — Referral" in body


def test_reminders_stop_checking_once_the_window_closes(window):
    reminders = window.reminders
    assert reminders._timer.isActive()
    window.close()
    assert not reminders._timer.isActive() and not reminders._first.isActive()


def test_a_preferences_page_registered_again_in_another_language_is_one_tab(window, qtbot):
    """Titles are translated; registering the reminders page under its German title must not add a second tab
    (the second, unchanged copy applied after the first and switched reminders back on)."""
    from mentordesk.ui.areas.reminders import RemindersPage
    from mentordesk.ui.preferences import _PAGES, PreferencesDialog, register_page

    saved = list(_PAGES)
    try:
        register_page("Erinnerungen", RemindersPage)
        dialog = PreferencesDialog(window.settings, window)
        qtbot.addWidget(dialog)
        pages = [p for p in dialog.pages if isinstance(p, RemindersPage)]
        assert len(pages) == 1
        pages[0].enabled.setChecked(False)
        dialog.accept()
        assert window.settings.get("reminders") is False
    finally:
        _PAGES[:] = saved
