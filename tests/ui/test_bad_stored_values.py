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
    _spoil("person", "last_met_on", "never")
    _spoil("person", "snoozed_until", "forever")
    _spoil("ask", "asked_on", "yesterday")
    return ids


@pytest.fixture
def errors(monkeypatch):
    """Unhandled exceptions and error dialogs, recorded instead of shown."""
    seen: list[str] = []
    monkeypatch.setattr(sys, "excepthook", lambda t, e, tb: seen.append(f"{t.__name__}: {e}"))
    from mentordesk.ui import safety_errors

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
    from mentordesk.ui.list_model import RecordListModel
    from mentordesk.ui.person_page import PersonPage
    from mentordesk.ui.undo import Edits

    for kind, column, raw in (("ask", "due_on", "soon"), ("meeting", "held_at", "last tuesday")):
        model = RecordListModel(kind)
        row = model.row_of(spoiled[kind if kind == "ask" else "meeting"])
        index = [c.key for c in listing.LISTS[kind].columns].index(column)
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
