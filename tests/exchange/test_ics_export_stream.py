"""The calendar export streams to its file with progress and Cancel; text survives escaping and folding,
and both icalendar and Mozilla's ical.js read the file."""

from __future__ import annotations

import datetime as dt

import pytest
from icalendar import Calendar

from mentordesk.exchange import registry, streaming
from mentordesk.exchange.ics import meeting_uid
from mentordesk.models import Meeting, MeetingAttendee
from mentordesk.services import meetings, people

from . import second_parser

NOTES = "Première ligne; with a semicolon, a comma and a backslash \\ here.\n" + " ".join(["Ünïcødé wörds"] * 20)


def test_text_survives_escaping_and_folding_and_two_parsers_read_it(database, tmp_path):
    ana = people.create_person(display_name="Ana, the \"Mentor\"")
    coffee = meetings.log_meeting(held_at="2025-06-01 10:00", kind="coffee", place="Café; Zürich, upstairs",
                                  summary="Plans, doubts; hopes", notes=NOTES, attendee_ids=[ana.id],
                                  follow_up_on="2025-06-15")
    path = tmp_path / "out.ics"
    assert "1 meetings and 1 follow-ups" in registry.get("ics").export(str(path), None, {})
    raw = path.read_bytes()
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    event = {str(e["UID"]): e for e in Calendar.from_ical(raw).walk("VEVENT")}[meeting_uid(coffee.id)]
    assert str(event["LOCATION"]) == "Café; Zürich, upstairs"
    assert str(event["SUMMARY"]) == 'Coffee with Ana, the "Mentor": Plans, doubts; hopes'
    assert str(event["DESCRIPTION"]) == "Plans, doubts; hopes\n\n" + NOTES
    assert event.decoded("DTSTART") == dt.datetime(2025, 6, 1, 10, 0)
    (calendar,) = second_parser.parse(path)
    events = [second_parser.properties(sub) for sub in calendar[2] if sub[0] == "vevent"]
    by_uid = {e["uid"][0][2]: e for e in events}
    assert by_uid[meeting_uid(coffee.id)]["description"][0][2] == "Plans, doubts; hopes\n\n" + NOTES
    assert by_uid[meeting_uid(coffee.id)]["dtstart"][0][2] == "2025-06-01T10:00:00"
    assert by_uid[f"follow-up-{coffee.id}@mentordesk"]["dtstart"][0][1:] == ("date", "2025-06-15")


def test_progress_is_reported_and_cancel_keeps_the_old_file(database, tmp_path):
    ana = people.create_person(display_name="Ana")
    start = dt.datetime(2015, 1, 1, 9)
    Meeting.insert_many([{"held_at": start + dt.timedelta(days=day)} for day in range(4100)]).execute()
    MeetingAttendee.insert_many([{"meeting": mid, "person": ana.id} for (mid,) in Meeting.select(Meeting.id).tuples()]).execute()
    out = tmp_path / "out"
    out.mkdir()
    path = out / "all.ics"
    seen = []
    registry.get("ics").export(str(path), None, {"progress": lambda *args: seen.append(args)})
    assert seen[:2] == [("Writing events", 2000, 4100), ("Writing events", 4000, 4100)]
    assert seen[-1] == ("Writing events", 4100, 4100)
    assert path.read_bytes().count(b"BEGIN:VEVENT") == 4100
    path.write_text("old")
    with pytest.raises(streaming.ExportCancelled):
        registry.get("ics").export(str(path), None, {"progress": lambda *args: False})
    assert path.read_text() == "old" and [p.name for p in out.iterdir()] == ["all.ics"]
