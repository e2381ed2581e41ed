"""Calendar export: parsed back with icalendar, one VEVENT per meeting with stable UIDs, follow-ups all-day."""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar

from mentordesk.exchange.ics import export_ics, follow_up_uid, meeting_uid
from mentordesk.models import Meeting
from mentordesk.services import meetings, people


def _events(path):
    cal = Calendar.from_ical(path.read_bytes())
    return [c for c in cal.walk("VEVENT")]


def test_one_event_per_meeting_and_follow_ups_all_day(database, tmp_path):
    maya = people.create_person(display_name="Maya Chen")
    zoe = people.create_person(display_name="Zoe", sensitive=True)
    coffee = meetings.log_meeting(held_at="2025-06-01 10:00", kind="coffee", place="Blue Bottle", attendee_ids=[maya.id],
                                  summary="Portfolio feedback", notes="She liked it.", follow_up_on="2025-06-15")
    call = meetings.log_meeting(held_at="2025-06-03 17:30", kind="call", attendee_ids=[maya.id, zoe.id],
                                summary="Quick call", notes="Private things.")
    out = tmp_path / "net.ics"
    summary = export_ics(out)
    assert "2 meetings" in summary and "1 follow-ups" in summary
    events = _events(out)
    by_uid = {str(e["UID"]): e for e in events}
    assert set(by_uid) == {meeting_uid(coffee.id), meeting_uid(call.id), follow_up_uid(coffee.id)}
    first = by_uid[meeting_uid(coffee.id)]
    assert first.decoded("DTSTART") == dt.datetime(2025, 6, 1, 10, 0)
    assert first.decoded("DTEND") == dt.datetime(2025, 6, 1, 11, 0)
    assert str(first["SUMMARY"]) == "Coffee with Maya Chen: Portfolio feedback"
    assert str(first["LOCATION"]) == "Blue Bottle"
    assert "She liked it." in str(first["DESCRIPTION"])
    second = by_uid[meeting_uid(call.id)]
    assert second.decoded("DTEND") - second.decoded("DTSTART") == dt.timedelta(minutes=30)
    assert "Private things" not in str(second.get("DESCRIPTION", ""))  # Zoe is marked sensitive
    follow = by_uid[follow_up_uid(coffee.id)]
    assert follow.decoded("DTSTART") == dt.date(2025, 6, 15)
    assert follow.decoded("DTEND") == dt.date(2025, 6, 16)
    assert str(follow["RELATED-TO"]) == meeting_uid(coffee.id)
    assert "ATTENDEE" not in first


def test_uids_are_stable_and_filter_by_person(database, tmp_path):
    ada = people.create_person(display_name="Ada")
    bob = people.create_person(display_name="Bob")
    meetings.log_meeting(held_at="2025-06-01 10:00", attendee_ids=[ada.id])
    meetings.log_meeting(held_at="2025-06-02 10:00", attendee_ids=[bob.id])
    export_ics(tmp_path / "a.ics")
    export_ics(tmp_path / "b.ics")
    assert (tmp_path / "a.ics").read_bytes() == (tmp_path / "b.ics").read_bytes()
    export_ics(tmp_path / "ada.ics", person_ids=[ada.id])
    assert [str(e["SUMMARY"]) for e in _events(tmp_path / "ada.ics")] == ["Coffee with Ada"]


def test_demo_network_exports_one_event_per_meeting(demo_db, tmp_path):
    out = tmp_path / "demo.ics"
    export_ics(out)
    events = _events(out)
    meeting_events = [e for e in events if str(e["UID"]).startswith("meeting-")]
    assert len(meeting_events) == Meeting.select().count()
    assert len({str(e["UID"]) for e in events}) == len(events)
    follow_ups = Meeting.select().where(Meeting.follow_up_on.is_null(False)).count()
    assert len(events) - len(meeting_events) == follow_ups


def test_export_command_writes_ics(demo_db, db_path, tmp_path, capsys):
    from mentordesk.cli import main

    out = tmp_path / "cal.ics"
    assert main(["export", "--db", str(db_path), "--format", "ics", "-o", str(out)]) == 0
    assert "meetings" in capsys.readouterr().out
    meeting_events = [e for e in _events(out) if str(e["UID"]).startswith("meeting-")]
    assert len(meeting_events) == Meeting.select().count()
