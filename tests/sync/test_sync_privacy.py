"""Privacy on the server: sensitive people's notes, names and emails stay off it, no event sends invitations."""

from __future__ import annotations

from icalendar import Calendar

from mentordesk.models import Meeting, Person
from mentordesk.services import meetings, people
from mentordesk.sync.runner import run_sync
from mentordesk.sync.state import SyncItem


def sync(account, **kwargs):
    return run_sync(account.url, account.username, account.password, **kwargs)


def events_on(server, calendar: str) -> dict[str, object]:
    """href -> the VEVENT as Radicale stores it, parsed by icalendar."""
    found = {}
    for href, text in server.texts(calendar).items():
        found[href] = next(iter(Calendar.from_ical(text).walk("VEVENT")))
    return found


def attendees(event) -> list:
    value = event.get("ATTENDEE")
    return value if isinstance(value, list) else ([value] if value is not None else [])


def test_meeting_with_a_sensitive_person_goes_up_without_notes_name_or_email(small_network, account, server):
    secret = people.create_person(display_name="Quiet Source", emails=["quiet@example.org"], sensitive=True).id
    ana = Person.get(Person.display_name == "Ana Ruiz").id
    private = meetings.log_meeting(held_at="2024-05-02 10:00", kind="coffee", attendee_ids=[ana, secret],
                                   notes="Told me about the reorg before anyone else").id

    report = sync(account)

    href = SyncItem.get((SyncItem.kind == "meeting") & (SyncItem.local_id == private)).href
    text = server.get(href)
    assert "reorg" not in text and "Quiet Source" not in text and "quiet@example.org" not in text
    assert "ana@example.org" in text  # the others stay as they were
    public = events_on(server, report.calendar)
    assert any("Talked about MBAs" in str(e.get("DESCRIPTION", "")) for e in public.values())
    # The server's copy comes back without notes: the notes here stay.
    server.put(href, text.replace("END:VEVENT", "LOCATION:Corner table\r\nEND:VEVENT"), "text/calendar")
    assert sync(account).meetings.downloaded == 1
    meeting = Meeting.get_by_id(private)
    assert meeting.place == "Corner table" and meeting.notes == "Told me about the reorg before anyone else"
    assert set(meetings.attendee_ids(private)) == {ana, secret}


def test_marking_someone_sensitive_takes_notes_off_the_server(small_network, account, server):
    report = sync(account)
    dev = Person.get(Person.display_name == "Dev Patel")
    meeting = Meeting.get(Meeting.notes == "Talked about MBAs")
    href = SyncItem.get((SyncItem.kind == "meeting") & (SyncItem.local_id == meeting.id)).href
    assert "MBAs" in server.get(href)
    people.update_person(dev.id, sensitive=True)

    assert sync(account).meetings.uploaded == 1
    text = server.get(href)
    assert "MBAs" not in text and "Dev Patel" not in text and "dev@example.org" not in text
    assert report.calendar


def test_no_event_has_an_organizer_or_a_scheduling_attendee(small_network, account, server):
    report = sync(account)
    # An event from a phone, with an organizer, edited here later: the upload drops the organizer.
    ana = Person.get(Person.display_name == "Ana Ruiz")
    event = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Phone//EN\r\nBEGIN:VEVENT\r\nUID:ev-org\r\n"
             "DTSTAMP:20240101T000000Z\r\nDTSTART:20240610T090000\r\nDTEND:20240610T100000\r\nSUMMARY:Lunch\r\n"
             "ORGANIZER;CN=Me:mailto:me@example.org\r\n"
             "ATTENDEE;CN=Ana Ruiz:mailto:ana@example.org\r\nATTENDEE;CN=Guest:mailto:guest@example.net\r\n"
             "END:VEVENT\r\nEND:VCALENDAR\r\n")
    server.put(report.calendar + "ev-org.ics", event, "text/calendar")
    assert sync(account).meetings.downloaded == 1
    meetings.update_meeting(Meeting.get(Meeting.summary == "Lunch").id, place="Canteen")
    assert sync(account).meetings.uploaded == 1
    assert ana

    found = events_on(server, report.calendar)
    assert len(found) == Meeting.select().count() == 4
    for href, vevent in found.items():
        assert vevent.get("ORGANIZER") is None, href
        assert attendees(vevent), href
        for attendee in attendees(vevent):
            assert attendee.params.get("SCHEDULE-AGENT") == "CLIENT", (href, attendee)
