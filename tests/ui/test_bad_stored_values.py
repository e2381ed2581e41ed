"""A malformed date already in the database (older version, sqlite3 by hand) never crashes the app."""

from __future__ import annotations

import sys

import pytest

from mentordesk.models import Ask, Meeting, database as db


def _spoil(table: str, column: str, value: str, where: str = "") -> int:
    """Write `value` straight into the first row's column, as an older version or sqlite3 could."""
    row_id = db.execute_sql(f"SELECT MIN(id) FROM {table} {where}").fetchone()[0]
    db.execute_sql(f"UPDATE {table} SET {column} = ? WHERE id = ?", (value, row_id))
    return row_id


@pytest.fixture
def spoiled(demo_db):
    """The demo network with bad dates in an open ask, a meeting, advice and a person."""
    ids = {
        "ask": _spoil("ask", "due_on", "soon", "WHERE status IN ('idea', 'asked', 'in_progress')"),
        "meeting": _spoil("meeting", "held_at", "last tuesday"),
        "follow_up": _spoil("meeting", "follow_up_on", "later"),
        "advice": _spoil("advice_note", "given_on", "once"),
        "person": _spoil("person", "met_on", "long ago"),
    }
    from mentordesk.services import opportunities

    job = opportunities.create_opportunity(title="Designer", organization="Acme", deadline="2030-01-01").id
    ids["opportunity"] = _spoil("opportunity", "deadline", "asap", f"WHERE id = {job}")
    _spoil("person", "last_met_on", "never")
    _spoil("person", "snoozed_until", "forever")
    _spoil("ask", "asked_on", "yesterday")
    return ids


@pytest.fixture
def errors(monkeypatch):
    """Unhandled exceptions and error dialogs, recorded instead of shown."""
    seen: list[str] = []
    monkeypatch.setattr(sys, "excepthook", lambda t, e, tb: seen.append(f"{t.__name__}: {e}"))
    from mentordesk.ui.safety import errors as safety_errors

    monkeypatch.setattr(safety_errors, "show_error", lambda details, parent=None: seen.append(details))
    return seen


def test_the_window_opens_and_every_area_and_record_shows_despite_bad_dates(spoiled, make_window, dialogs,
                                                                              errors, qtbot):
    window = make_window()
    window.finish_startup()
    for key in window.area_keys():
        window.show_area(key)
        qtbot.wait(1)
        area = window.record_areas.get(key)
        if area is None:
            continue
        model = area.model
        model.ensure_loaded()
        for row in range(min(model.rowCount(), 60)):
            area.view.setCurrentIndex(model.index(row, 0))
            for column in range(model.columnCount()):
                model.index(row, column).data()
        qtbot.wait(1)
    assert errors == []
    assert [c for c in dialogs.calls if c[0] == "critical"] == []


def test_lists_and_the_person_page_show_the_raw_text_marked_invalid(spoiled, qtbot):
    from mentordesk.services import listing
    from mentordesk.ui.areas.list_model import RecordListModel
    from mentordesk.ui.areas.person_page import PersonPage
    from mentordesk.ui.undo import Edits

    for kind, column, raw in (("ask", "due_on", "soon"), ("meeting", "held_at", "last tuesday")):
        model = RecordListModel(kind)
        row = model.row_of(spoiled[kind if kind == "ask" else "meeting"])
        index = [c.key for c in listing.spec_of(kind).columns].index(column)
        assert model.index(row, index).data() == f"{raw} (invalid date)"
    page = PersonPage(Edits())
    qtbot.addWidget(page)
    page.show_person(spoiled["person"])
    assert "long ago (invalid date)" in page.story.toPlainText()


def test_the_form_names_the_bad_value_keeps_it_and_a_picked_date_fixes_it(spoiled, window, qtbot):
    from PySide6.QtCore import QDate

    area = window.record_areas["asks"]
    window.show_area("asks")
    assert area.select(spoiled["ask"])
    form = area.editor.form
    assert form.errors["due_on"].isVisible() and "'soon'" in form.errors["due_on"].text.text()
    assert form.values()["due_on"] == "soon", "an untouched bad value is neither lost nor silently replaced"
    form.widgets["purpose"].setText("Still wanted")
    form.widgets["purpose"].textEdited.emit("Still wanted")
    assert area.editor.save()
    assert Ask.get_by_id(spoiled["ask"]).purpose == "Still wanted"
    form.widgets["due_on"].edit.setDate(QDate(2031, 2, 3))
    assert area.editor.save()
    assert str(Ask.get_by_id(spoiled["ask"]).due_on) == "2031-02-03"
    assert not form.errors["due_on"].isVisible()

    meetings = window.record_areas["meetings"]
    window.show_area("meetings")
    assert meetings.select(spoiled["meeting"])
    assert "'last tuesday'" in meetings.editor.form.errors["held_at"].text.text()
    assert Meeting.get_by_id(spoiled["meeting"]).held_at == "last tuesday"


def test_today_agenda_passes_a_bad_due_date_on_as_text(spoiled):
    from mentordesk.services import today

    items = [a for a in today.agenda()["asks_due"] if a["ask_id"] == spoiled["ask"]]
    assert items and items[0]["due_on"] == "soon" and items[0]["days_left"] is None


def test_calendar_export_and_decision_report_skip_or_mark_bad_dates(spoiled):
    from mentordesk.crossroads import report
    from mentordesk.exchange import ics

    calendar, meetings, follow_ups = ics.build_calendar()
    assert meetings == Meeting.select().count() - 1, "the meeting without a readable date is left out"
    assert f"meeting-{spoiled['meeting']}@" not in calendar.to_ical().decode()
    assert report._date("someday") == "someday (invalid date)"


def test_the_app_started_as_a_person_does_keeps_running(spoiled, tmp_path):
    """`mentordesk --db` on a file with bad dates: no segfault (exit 139) and no traceback."""
    import os
    import subprocess
    import time

    from mentordesk import db as dbmod

    path = db.database
    dbmod.close_database()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path / "h"),
           "XDG_CONFIG_HOME": str(tmp_path / "c"), "XDG_DATA_HOME": str(tmp_path / "d"),
           "XDG_STATE_HOME": str(tmp_path / "s")}
    app = subprocess.Popen([sys.executable, "-m", "mentordesk", "--db", path], env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 6
        while time.monotonic() < deadline and app.poll() is None:
            time.sleep(0.2)
        assert app.poll() is None, f"the app ended with {app.returncode}: {app.communicate()[1][-2000:]}"
    finally:
        app.terminate()
        _, err = app.communicate(timeout=20)
        dbmod.open_database(path)
    assert "Traceback" not in err, err


def test_services_behind_the_pages_tolerate_bad_dates(spoiled):
    from mentordesk.crossroads import network
    from mentordesk.models import MeetingAttendee
    from mentordesk.services import cadence, opportunities, prep

    assert opportunities.opportunity_data(spoiled["opportunity"])["deadline"] == "asap"
    asker = Ask.get_by_id(spoiled["ask"]).person_id
    sheet = prep.meeting_prep(asker)
    assert any(a["due_on"] == "soon" and not a["overdue"] for a in sheet["asks_to_them"] + sheet["asks_from_them"])
    attendee = MeetingAttendee.get(MeetingAttendee.meeting == spoiled["meeting"]).person_id
    prep.meeting_prep(attendee)
    first = db.execute_sql("SELECT MIN(id) FROM person").fetchone()[0]
    assert cadence.warm_up_needed(first)["last_met_on"] is None
    cadence.cadence_of(first).as_dict()
    assert all(isinstance(n.given_on, __import__("datetime").date) for n in network.advice_notes())
    assert "invalid" not in network.meeting_label(Meeting.get_by_id(spoiled["meeting"]))


@pytest.fixture
def unknown_words(demo_db):
    """Words outside the vocabulary (CHECK rules bypassed, as another tool or an old version could)."""
    db.execute_sql("PRAGMA ignore_check_constraints = 1")
    try:
        ids = {"ask": _spoil("ask", "status", "bogus"), "meeting": _spoil("meeting", "kind", "teleport"),
               "advice": _spoil("advice_note", "path", "sideways")}
        _spoil("ask", "kind", "favour")
        _spoil("person", "trust", "9")
    finally:
        db.execute_sql("PRAGMA ignore_check_constraints = 0")
    return ids


def test_words_outside_the_vocabulary_open_show_and_are_named_by_check(unknown_words, make_window, dialogs,
                                                                      errors, qtbot):
    """SQLite's quick check reports them, but they are bad values, not damage: the file opens, every area
    shows, and `check` names each row."""
    from mentordesk import db as dbmod
    from mentordesk.services.health import check

    path = db.database
    dbmod.close_database()
    dbmod.open_database(path)  # the full quick check runs here: no "damaged", no offer to restore
    window = make_window()
    window.finish_startup()
    for key in window.area_keys():
        window.show_area(key)
        area = window.record_areas.get(key)
        if area is None:
            continue
        area.model.ensure_loaded()
        for row in range(min(area.model.rowCount(), 60)):
            area.view.setCurrentIndex(area.model.index(row, 0))
            for column in range(area.model.columnCount()):
                area.model.index(row, column).data()
    assert errors == []
    assert [c for c in dialogs.calls if c[0] == "critical"] == []
    problems = "\n".join(check())
    assert f"ask {unknown_words['ask']} status: 'bogus'" in problems
    assert f"meeting {unknown_words['meeting']} kind: 'teleport'" in problems
