"""Meetings and follow-ups as an iCalendar (.ics) file that any calendar app opens.

Written with the icalendar library. Choices, so re-imports update instead of duplicating:
- one VEVENT per meeting, UID `meeting-<id>@mentordesk`, timed, floating local time (calendar
  apps show it at the time you logged it, wherever you are), length by kind (call 30 min, coffee 1 h);
- one all-day VEVENT per follow-up date, UID `follow-up-<meeting id>@mentordesk`, marked free
  (TRANSP:TRANSPARENT) and RELATED-TO its meeting. All-day events rather than VTODO because
  Google Calendar and several other apps ignore VTODO;
- no ATTENDEE lines (a calendar app would offer to email invitations to your contacts);
- notes of meetings with someone marked sensitive stay out of the file; options["notes"]=False
  leaves out every note.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path

from icalendar import Calendar, Event

from mentordesk import __version__
from mentordesk.models import MEETING_KINDS, Meeting, MeetingAttendee, Person
from mentordesk.safety.files import write_private
from mentordesk.services.core import ServiceError

UID_DOMAIN = "mentordesk"
MINUTES_BY_KIND = {"call": 30, "video": 45, "message": 15, "coffee": 60, "event": 120, "other": 60}


def meeting_uid(meeting_id: int) -> str:
    """The stable UID of a meeting's event."""
    return f"meeting-{meeting_id}@{UID_DOMAIN}"


def follow_up_uid(meeting_id: int) -> str:
    """The stable UID of a meeting's follow-up event."""
    return f"follow-up-{meeting_id}@{UID_DOMAIN}"


def _meetings(person_ids):
    query = Meeting.select().order_by(Meeting.held_at, Meeting.id)
    if person_ids is not None:
        ids = list(person_ids)
        chosen = MeetingAttendee.select(MeetingAttendee.meeting).where(MeetingAttendee.person.in_(ids))
        query = query.where(Meeting.id.in_(chosen))
    return query.iterator()


def _attendees(meeting_ids) -> dict[int, list[tuple[str, bool]]]:
    result: dict[int, list[tuple[str, bool]]] = defaultdict(list)
    ids = list(meeting_ids)
    for start in range(0, len(ids), 500):
        rows = (MeetingAttendee.select(MeetingAttendee.meeting, Person.display_name, Person.sensitive).join(Person)
                .where(MeetingAttendee.meeting.in_(ids[start:start + 500])).order_by(MeetingAttendee.id).tuples())
        for meeting, name, sensitive in rows:
            result[meeting].append((name, bool(sensitive)))
    return result


def _stamp(value: dt.datetime | None) -> dt.datetime:
    """DTSTAMP must be UTC; use the record's last change so an unchanged meeting exports identically."""
    value = value if isinstance(value, dt.datetime) else dt.datetime.now()  # missing or malformed
    return value.astimezone(dt.timezone.utc) if value.tzinfo else value.astimezone().astimezone(dt.timezone.utc)


def build_calendar(person_ids=None, options: dict | None = None) -> tuple[Calendar, int, int]:
    """The calendar for everyone's meetings (or only those with `person_ids`): (calendar, meetings, follow-ups)."""
    options = options or {}
    with_notes = options.get("notes", True)
    cal = Calendar()
    cal.add("prodid", f"-//MentorDesk//MentorDesk {__version__}//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "MentorDesk")
    meetings = [m for m in _meetings(person_ids) if isinstance(m.held_at, dt.datetime)]  # skip malformed dates
    people = _attendees(m.id for m in meetings)
    follow_ups = 0
    for meeting in meetings:
        who = people.get(meeting.id, [])
        names = ", ".join(name for name, _ in who) or "someone"
        sensitive = any(flag for _, flag in who)
        kind = MEETING_KINDS.get(meeting.kind, "Meeting")
        event = Event()
        event.add("uid", meeting_uid(meeting.id))
        event.add("dtstamp", _stamp(meeting.updated_at))
        event.add("dtstart", meeting.held_at)
        event.add("dtend", meeting.held_at + dt.timedelta(minutes=MINUTES_BY_KIND.get(meeting.kind, 60)))
        title = f"{kind} with {names}"
        event.add("summary", f"{title}: {meeting.summary}" if meeting.summary else title)
        if meeting.place:
            event.add("location", meeting.place)
        description = [meeting.summary] if meeting.summary else []
        if with_notes and not sensitive and meeting.notes and meeting.notes != meeting.summary:
            description.append(meeting.notes)
        if description:
            event.add("description", "\n\n".join(description))
        event.add("categories", ["MentorDesk"])
        cal.add_component(event)
        if isinstance(meeting.follow_up_on, dt.date):
            follow_ups += 1
            todo = Event()
            todo.add("uid", follow_up_uid(meeting.id))
            todo.add("dtstamp", _stamp(meeting.updated_at))
            todo.add("dtstart", meeting.follow_up_on)
            todo.add("dtend", meeting.follow_up_on + dt.timedelta(days=1))
            about = f": {meeting.summary}" if meeting.summary else ""
            todo.add("summary", f"Follow up with {names}{about}")
            todo.add("transp", "TRANSPARENT")
            todo.add("related-to", meeting_uid(meeting.id))
            todo.add("categories", ["MentorDesk", "Follow-up"])
            cal.add_component(todo)
    return cal, len(meetings), follow_ups


def export_ics(path, person_ids=None, options: dict | None = None) -> str:
    """Write meetings and follow-ups to an .ics file (atomically); returns a one-line summary."""
    cal, meetings, follow_ups = build_calendar(person_ids, options)
    path = Path(path)
    try:
        write_private(path, cal.to_ical())
    except OSError as exc:
        raise ServiceError(f"cannot write {path}: {exc.strerror or exc}") from None
    return f"exported {meetings} meetings and {follow_ups} follow-ups to {path.name} (iCalendar)"


def _register() -> None:
    from mentordesk.exchange import registry

    registry.register(registry.Format("ics", "iCalendar (.ics)", ("ics", "ical"), export=export_ics))


_register()
