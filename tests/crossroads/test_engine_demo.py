"""The sample data's Crossroads story holds together (#20 defect 7): advice shares its meeting's date."""

from __future__ import annotations

import datetime as dt

from mentordesk.models import AdviceNote, Meeting, MeetingAttendee


def test_every_demo_advice_note_was_given_at_a_meeting_with_its_author_that_day(demo_db):
    notes = list(AdviceNote.select())
    assert notes
    for note in notes:
        assert note.meeting_id, f"{note.advice[:30]}: no meeting"
        meeting = Meeting.get_by_id(note.meeting_id)
        assert meeting.held_at.date() == note.given_on, (note.advice[:30], meeting.held_at, note.given_on)
        attendees = [a for (a,) in MeetingAttendee.select(MeetingAttendee.person)
                     .where(MeetingAttendee.meeting == meeting.id).tuples()]
        assert note.person_id in attendees


def test_the_report_quotes_advice_with_its_own_meetings_date(demo_db):
    from mentordesk.crossroads import service
    from mentordesk.crossroads.network import advice_notes

    for note in advice_notes():
        assert note.meeting.endswith(f" on {note.given_on.day} {note.given_on.strftime('%b %Y')}"), note.meeting
    evidence = service.decision_data(service.latest_decision_id())["evidence"]
    assert evidence
    for e in evidence:
        given = dt.date.fromisoformat(e["given_on"])
        assert e["meeting"].endswith(f" on {given.day} {given.strftime('%b %Y')}"), (e["person"], e["meeting"])
