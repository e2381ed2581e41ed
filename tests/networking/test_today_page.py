"""The Today page with qtbot: it shows overdue people, a catch-up takes them off, snooze, chart matches meetings."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from mentordesk.models import Meeting, MeetingAttendee, Person
from mentordesk.services import meetings, people, today
from mentordesk.ui.areas.today import TodayPage
from mentordesk.ui.undo import Edits


@pytest.fixture
def page(qtbot, demo_db):
    edits = Edits()
    widget = TodayPage(edits=edits)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_today_shows_overdue_people_with_the_reason(page):
    agenda = today.agenda()
    assert page.listed_people() == [p["person_id"] for p in agenda["overdue"] + agenda["due"]]
    first = page.people.topLevelItem(0)
    assert first.text(0) == agenda["overdue"][0]["name"]
    assert "overdue" in first.text(1) and "every" in first.text(1)
    assert f"{agenda['overdue_total']} people overdue" in page.summary.text()


def _answer_catch_up(monkeypatch, qtbot, note: str | None):
    """Stand in for the person at the prefilled dialog: type a line of notes and save (or cancel)."""
    from PySide6.QtWidgets import QDialog

    from mentordesk.ui.areas.log_meeting import LogMeetingDialog

    seen = {}

    def answer(dialog):
        seen["title"], seen["summary"] = dialog.windowTitle(), dialog.form.widgets["summary"].text()
        seen["with"] = dialog.attendees.names()
        if note is None:
            dialog.reject()
            return QDialog.DialogCode.Rejected
        qtbot.keyClicks(dialog.form.widgets["notes"], note)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(LogMeetingDialog, "exec", answer)
    return seen


def test_log_a_catch_up_opens_a_prefilled_dialog_and_cancel_logs_nothing(page, qtbot, monkeypatch):
    person_id = page.listed_people()[0]
    before = Meeting.select().count()
    seen = _answer_catch_up(monkeypatch, qtbot, None)
    page.people.findChild(QPushButton, f"catch_up_{person_id}").click()
    name = Person.get_by_id(person_id).display_name
    assert seen == {"title": "Log a Catch-up", "summary": f"Catch-up with {name}", "with": [name]}
    assert Meeting.select().count() == before, "a blank catch-up was logged without asking"


def test_log_a_catch_up_takes_the_person_off_the_list_and_can_be_undone(page, qtbot, monkeypatch):
    person_id = page.listed_people()[0]
    before = MeetingAttendee.select().where(MeetingAttendee.person == person_id).count()
    button = page.people.findChild(QPushButton, f"catch_up_{person_id}")
    assert button.text() == "Log a catch-up"
    _answer_catch_up(monkeypatch, qtbot, "Talked about the reorg")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: person_id not in page.listed_people())
    assert MeetingAttendee.select().where(MeetingAttendee.person == person_id).count() == before + 1
    assert Person.get_by_id(person_id).last_met_on == dt.date.today()
    assert Meeting.select().order_by(Meeting.id.desc()).first().notes == "Talked about the reorg"
    page.edits.stack.undo()
    qtbot.waitUntil(lambda: person_id in page.listed_people())
    assert MeetingAttendee.select().where(MeetingAttendee.person == person_id).count() == before


def test_snooze_hides_the_person_until_the_chosen_day(page, qtbot):
    person_id = page.listed_people()[1]
    page.snooze(person_id, days=14)
    qtbot.waitUntil(lambda: person_id not in page.listed_people())
    assert Person.get_by_id(person_id).snoozed_until == dt.date.today() + dt.timedelta(days=14)
    page.edits.stack.undo()
    qtbot.waitUntil(lambda: person_id in page.listed_people())
    assert Person.get_by_id(person_id).snoozed_until is None


def test_snooze_menu_offers_chosen_times(page, qtbot):
    person_id = page.listed_people()[0]
    from PySide6.QtWidgets import QToolButton

    button = page.people.findChild(QToolButton, f"snooze_{person_id}")
    actions = [a for a in button.menu().actions() if a.text()]
    assert [a.text() for a in actions][:4] == ["For 1 week", "For 2 weeks", "For 1 month", "For 3 months"]
    actions[2].trigger()
    qtbot.waitUntil(lambda: person_id not in page.listed_people())
    assert Person.get_by_id(person_id).snoozed_until == dt.date.today() + dt.timedelta(days=30)


def test_chart_bars_match_meetings_per_month(page, qtbot):
    bars = page.chart.bars()
    assert len(bars) == 12
    for month, count in bars:
        start = dt.datetime.strptime(month + "-01", "%Y-%m-%d")
        end = (start + dt.timedelta(days=32)).replace(day=1)
        limit = min(end, dt.datetime.combine(dt.date.today() + dt.timedelta(days=1), dt.time()))
        assert count == Meeting.select().where((Meeting.held_at >= start) & (Meeting.held_at < limit)).count(), month
    # A meeting logged anywhere updates the chart.
    ada = people.create_person(display_name="Ada")
    meetings.log_meeting(held_at=dt.datetime.now().replace(microsecond=0) - dt.timedelta(minutes=5), attendee_ids=[ada.id])
    qtbot.waitUntil(lambda: page.chart.bars()[-1][1] == bars[-1][1] + 1)


def test_thanked_button_clears_the_reminder(page, qtbot):
    assert page.thanks.topLevelItemCount() == len(today.thanks_owed()) > 0
    ask_id = page.thanks.topLevelItem(0).data(0, Qt.ItemDataRole.UserRole)
    page.mark_thanked(ask_id)
    qtbot.waitUntil(lambda: page.thanks.topLevelItemCount() == len(today.thanks_owed()))
    from mentordesk.models import Ask

    assert Ask.get_by_id(ask_id).thanked


def test_today_lists_are_valid_models(page, model_tester):
    for tree in (page.people, page.asks, page.upcoming, page.thanks):
        model_tester.check(tree.model())
