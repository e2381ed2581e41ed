"""Calendar files in (#19 item 9): events with one of your people become meetings, with a preview that names
who was not matched; the command line, the import dialog, duplicates, bad events and MentorDesk's own export."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMessageBox

from mentordesk.cli import main
from mentordesk.exchange import registry
from mentordesk.exchange.ics import export_ics
from mentordesk.models import Meeting, Person
from mentordesk.services import meetings, people

from .helpers import row_counts


@pytest.fixture
def known(database):
    """The two people the sample calendar's events are with."""
    return {"maya": people.create_person(display_name="Maya Chen", emails=["maya@example.org"]).id,
            "tomas": people.create_person(display_name="Tomás Ruiz", emails=["tomas@ruiz.example"]).id}


def _local(*args) -> dt.datetime:
    return dt.datetime(*args, tzinfo=dt.timezone.utc).astimezone().replace(tzinfo=None)


def _all_meetings() -> list[dict]:
    return [meetings.meeting_data(mid) for (mid,) in Meeting.select(Meeting.id).order_by(Meeting.held_at).tuples()]


def test_dry_run_reports_and_the_real_run_imports_matched_events(known, db_path, data_dir, capsys):
    path = data_dir / "calendar" / "google_calendar.ics"
    before = row_counts(Person._meta.database)
    assert main(["import", "--db", str(db_path), "--dry-run", str(path)]) == 0
    out, err = capsys.readouterr()
    assert out.strip() == "would import 3 meetings"
    assert "'Team standup' on 2025-03-18: none of your people is there (Carol <carol@corp.example>" in err
    assert "Someone Else <someone@else.example> (1)" in err and "me@example.com" not in err  # you are no stranger
    assert "'Lunch (cancelled)' was cancelled" in err and "only its first time is imported" in err
    assert row_counts(Person._meta.database) == before
    assert main(["import", "--db", str(db_path), str(path)]) == 0
    assert capsys.readouterr().out.strip() == "imported 3 meetings"
    review, call, conference = _all_meetings()
    assert review["attendee_ids"] == [known["maya"]]  # MAYA@example.org: email matched in any case
    assert review["held_at"] == f"{_local(2025, 3, 10, 9, 0):%Y-%m-%d %H:%M}"
    assert (review["summary"], review["place"]) == ("Portfolio review", "Blue Bottle, Berlin")
    assert review["notes"] == "Portfolio review, bring the deck.\nSecond line."
    assert (call["kind"], call["summary"], call["attendee_ids"]) == ("call", "Call with Tomás", [known["tomas"]])
    assert conference["held_at"] == "2025-03-15 12:00" and conference["attendee_ids"] == [known["tomas"]]
    assert Person.get_by_id(known["maya"]).last_met_on == _local(2025, 3, 10, 9, 0).date()


def test_importing_again_finds_every_event_already_logged(known, data_dir):
    path = data_dir / "calendar" / "google_calendar.ics"
    registry.guess(path).import_(path, {"backup": False})
    again = registry.guess(path).import_(path, {"backup": False})
    assert again.summary() == "imported 0 meetings" and again.skipped_duplicates == 3
    assert {m.reason for m in again.duplicates} == {"already logged: same time, same people"}
    assert Meeting.select().count() == 3


def test_a_bad_event_refuses_the_file_naming_its_line_unless_skipped(known, db_path, data_dir, capsys):
    path = data_dir / "calendar" / "broken_event.ics"
    assert main(["import", "--db", str(db_path), "--dry-run", str(path)]) == 1
    assert f"{path}:10: the event has no start (DTSTART)" in capsys.readouterr().err
    assert Meeting.select().count() == 0
    assert main(["import", "--db", str(db_path), "--skip-invalid", str(path)]) == 0
    assert [m["summary"] for m in _all_meetings()] == ["Good one"]


def test_a_file_that_is_no_calendar_is_refused_plainly(known, tmp_path):
    path = tmp_path / "notes.ics"
    path.write_text("just some text\n")
    with pytest.raises(registry.ImportRefused, match="line 1: no calendar found"):
        registry.guess(path).import_(path, {"backup": False})


def test_mentordesk_calendar_export_comes_back_as_the_same_meetings(known, tmp_path):
    meetings.log_meeting(held_at="2025-06-01 10:00", kind="coffee", place="Blue Bottle", summary="Portfolio feedback",
                         notes="She liked it.", follow_up_on="2025-06-15", attendee_ids=[known["maya"]])
    meetings.log_meeting(held_at="2025-06-03 17:30", kind="call", attendee_ids=[known["maya"], known["tomas"]])
    before = [{k: v for k, v in m.items() if k != "id"} for m in _all_meetings()]
    path = tmp_path / "out" / "mine.ics"
    path.parent.mkdir()
    export_ics(path)
    Meeting.delete().execute()
    result = registry.guess(path).import_(path, {"backup": False})
    assert result.summary() == "imported 2 meetings" and not result.notes
    assert [{k: v for k, v in m.items() if k != "id"} for m in _all_meetings()] == before


def test_the_import_dialog_previews_imports_and_undoes_a_calendar(qtbot, known, data_dir, monkeypatch):
    from PySide6.QtCore import Qt

    from mentordesk.ui.exchange.import_dialog import ImportDialog
    from mentordesk.ui.undo import Edits

    shown = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a: shown.append(a[2])))
    assert "*.ics" in registry.file_filter("import")
    edits = Edits()
    dialog = ImportDialog(path=str(data_dir / "calendar" / "google_calendar.ics"), edits=edits)
    qtbot.addWidget(dialog)
    assert dialog.format_key() == "ics" and not dialog.mapping_box.isVisible()
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert dialog.summary_label.text().startswith("would import 3 meetings")
    notes = " ".join(dialog.notes_list.item(i).text() for i in range(dialog.notes_list.count()))
    assert "Team standup" in notes and "Someone Else" in notes
    # the meetings it would add are listed: date, title and the people matched
    view = dialog.records_view
    model = view.model()
    assert dialog.records_label.text() == "Meetings to import (3 new, 0 likely duplicates):"
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "Line", "Will be", "Date", "Title", "People"]
    rows = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    assert [row[3:] for row in rows] == [["Portfolio review", "Maya Chen"], ["Call with Tomás", "Tomás Ruiz"],
                                         ["Conference with Tomás Ruiz", "Tomás Ruiz"]]
    assert rows[0][2] == f"{_local(2025, 3, 10, 9, 0):%Y-%m-%d %H:%M}" and rows[2][2] == "2025-03-15 12:00"
    assert rows[0][1] == "Added" and view.isVisible() is dialog.isVisible()
    assert dialog.duplicates_label.text().startswith("Meetings you have logged already")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert shown == ["imported 3 meetings"] and Meeting.select().count() == 3
    edits.stack.undo()
    assert Meeting.select().count() == 0 and Person.select().count() == 2  # the people stay



def test_cancel_while_reading_imports_nothing(known, data_dir):
    path = data_dir / "calendar" / "google_calendar.ics"
    with pytest.raises(registry.ImportCancelled):
        registry.guess(path).import_(path, {"backup": False, "progress": lambda stage, done, total: False})
    assert Meeting.select().count() == 0


def test_sync_and_the_calendar_import_match_attendees_alike(database, tmp_path):
    """One matcher (exchange.ics_import.person_for) for sync and import: email in any case first, then a name
    only one person has; a name two people share matches nobody."""
    from mentordesk.sync.events import MeetingSide

    ana = people.create_person(display_name="Ana Ruiz", emails=["ana@example.org"]).id
    bo = people.create_person(display_name="Bo Lind").id
    for _ in range(2):
        people.create_person(display_name="Kim Park")
    attendees = ("ATTENDEE;CN=Somebody Else:mailto:ANA@Example.org\r\n"  # the email wins over the name
                 "ATTENDEE;CN=Bo Lind:mailto:bo@unknown.example\r\n"  # no such email: the only Bo Lind
                 "ATTENDEE;CN=Kim Park:mailto:kim@unknown.example\r\n")  # two Kim Parks: nobody
    text = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\nUID:one@t\r\n"
            "DTSTAMP:20250101T000000Z\r\nDTSTART:20250310T090000Z\r\nSUMMARY:Lunch\r\n" + attendees +
            "END:VEVENT\r\nEND:VCALENDAR\r\n")
    assert MeetingSide().remote_fields(text)["attendee_ids"] == [ana, bo]
    path = tmp_path / "lunch.ics"
    path.write_text(text, encoding="utf-8")
    result = registry.get("ics").import_(path, {"backup": False})
    assert _all_meetings()[0]["attendee_ids"] == [ana, bo]
    assert "Kim Park <kim@unknown.example> (1)" in " ".join(n.reason for n in result.notes)
