"""Meetings and follow-ups as an iCalendar (.ics) file that any calendar app opens.

Streamed to the file event by event, values escaped by icalendar's vText (read back with icalendar in
the tests). Choices, so re-imports update instead of duplicating:
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
import json
import re
from collections import defaultdict
from pathlib import Path

from icalendar import Calendar, vText

from mentordesk import __version__
from mentordesk.exchange import streaming
from mentordesk.exchange.vcard_lines import fold
from mentordesk.models import MEETING_KINDS, Meeting, MeetingAttendee, Person, database
from mentordesk.texts import P_, T_

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


# --- writing, streamed: content lines straight from SQL rows ------------------------------------
# icalendar's Event objects cost ~1.5 ms each (300,000 meetings took ~475 s). Each event is written
# as text instead, with icalendar's own TEXT escaping; the file is checked with icalendar in the tests.

_WHEN = re.compile(r"^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_SEP = "\x1f"
_SPECIAL = re.compile(r"[\\;,\r\n]")  # what RFC 5545 TEXT escapes


def _when(text) -> dt.datetime | None:
    """A stored datetime column as a datetime, or None when malformed (left out, as before)."""
    if isinstance(text, dt.datetime):
        return text
    try:
        return dt.datetime.fromisoformat(text).replace(microsecond=0, tzinfo=None)
    except (TypeError, ValueError):
        pass
    match = _WHEN.match(str(text or ""))
    if not match:
        return None
    try:
        return dt.datetime(*(int(g or 0) for g in match.groups()))
    except ValueError:
        return None


def _day(text) -> dt.date | None:
    match = _DAY.match(str(text or ""))
    if not match:
        return None
    try:
        return dt.date(*(int(g) for g in match.groups()))
    except ValueError:
        return None


def _meeting_rows(person_ids):
    """(id, held_at, kind, place, summary, notes, follow_up_on, updated_at, attendees) in time order.

    `attendees` is each attendee's sensitive flag ("1"/"0") and name, joined by \\x1f, in the order added.
    """
    meeting, attendee, person = (Meeting._meta.table_name, MeetingAttendee._meta.table_name,
                                 Person._meta.table_name)
    where, args = "", []
    if person_ids is not None:
        where = (f"WHERE m.id IN (SELECT meeting_id FROM {attendee} WHERE person_id IN "
                 f"(SELECT value FROM json_each(?)))")
        args.append(json.dumps([int(i) for i in person_ids]))
    sql = f"""
        SELECT m.id, m.held_at, m.kind, m.place, m.summary, m.notes, m.follow_up_on, m.updated_at,
               (SELECT group_concat(flag_name, char(31)) FROM (
                    SELECT (CASE WHEN p.sensitive THEN '1' ELSE '0' END) || p.display_name AS flag_name
                    FROM {attendee} a JOIN {person} p ON p.id = a.person_id
                    WHERE a.meeting_id = m.id ORDER BY a.id))
        FROM {meeting} m {where} ORDER BY m.held_at, m.id"""
    return database.execute_sql(sql, args)


def _line(name: str, value: str) -> str:
    """One TEXT property, escaped by icalendar's vText (when it has anything to escape), folded at 75 octets."""
    if _SPECIAL.search(value):
        value = vText(value).to_ical().decode("utf-8")
    return fold(f"{name}:{value}") + "\r\n"


def calendar_chunks(person_ids=None, options: dict | None = None, counts: list | None = None):
    """The .ics text in pieces (a header, one piece per event, the footer); counts gets [meetings, follow-ups]."""
    options = options or {}
    with_notes = options.get("notes", True)
    report = streaming.progress_of(options, "Writing events")
    total = options.get("_total") or 0
    counts = counts if counts is not None else [0, 0]
    stamps: dict = {}
    yield ("BEGIN:VCALENDAR\r\n"
           f"PRODID:-//MentorDesk//MentorDesk {__version__}//EN\r\nVERSION:2.0\r\nCALSCALE:GREGORIAN\r\n"
           "X-WR-CALNAME:MentorDesk\r\n")
    done = 0
    for mid, held_raw, kind_key, place, summary, notes, follow_raw, updated_raw, attendees in _meeting_rows(person_ids):
        done += 1
        if done % 2000 == 0:
            report(done, total)
        held = _when(held_raw)
        if held is None:
            continue  # a malformed date: left out
        stamp = stamps.get(updated_raw)
        if stamp is None:
            stamp = stamps[updated_raw] = _stamp(_when(updated_raw)).strftime("%Y%m%dT%H%M%SZ")
        flagged = attendees.split(_SEP) if attendees else []
        sensitive = any(entry[:1] == "1" for entry in flagged)
        who = ", ".join(entry[1:] for entry in flagged) or "someone"
        title = f"{MEETING_KINDS.get(kind_key, 'Meeting')} with {who}"
        end = held + dt.timedelta(minutes=MINUTES_BY_KIND.get(kind_key, 60))
        parts = ["BEGIN:VEVENT\r\n", f"UID:{meeting_uid(mid)}\r\nDTSTAMP:{stamp}\r\n",
                 f"DTSTART:{held:%Y%m%dT%H%M%S}\r\nDTEND:{end:%Y%m%dT%H%M%S}\r\n",
                 _line("SUMMARY", f"{title}: {summary}" if summary else title)]
        if place:
            parts.append(_line("LOCATION", place))
        description = [summary] if summary else []
        if with_notes and not sensitive and notes and notes != summary:
            description.append(notes)
        if description:
            parts.append(_line("DESCRIPTION", "\n\n".join(description)))
        parts.append("CATEGORIES:MentorDesk\r\nEND:VEVENT\r\n")
        counts[0] += 1
        follow = _day(follow_raw)
        if follow is not None:
            counts[1] += 1
            about = f": {summary}" if summary else ""
            parts += ["BEGIN:VEVENT\r\n", f"UID:{follow_up_uid(mid)}\r\nDTSTAMP:{stamp}\r\n",
                      f"DTSTART;VALUE=DATE:{follow:%Y%m%d}\r\n",
                      f"DTEND;VALUE=DATE:{follow + dt.timedelta(days=1):%Y%m%d}\r\n",
                      _line("SUMMARY", f"Follow up with {who}{about}"), "TRANSP:TRANSPARENT\r\n",
                      f"RELATED-TO:{meeting_uid(mid)}\r\nCATEGORIES:MentorDesk,Follow-up\r\nEND:VEVENT\r\n"]
        yield "".join(parts)
    report(done, max(total, done))
    yield "END:VCALENDAR\r\n"


def build_calendar(person_ids=None, options: dict | None = None) -> tuple[Calendar, int, int]:
    """The calendar as an icalendar object (small exports, checks): (calendar, meetings, follow-ups)."""
    counts = [0, 0]
    text = "".join(calendar_chunks(person_ids, options, counts))
    return Calendar.from_ical(text), counts[0], counts[1]


def export_ics(path, person_ids=None, options: dict | None = None) -> str:
    """Stream meetings and follow-ups to an .ics file (atomically, mode 0600); options['progress'] as for imports."""
    options = dict(options or {})
    options["_total"] = Meeting.select().count() if person_ids is None else 0
    counts = [0, 0]
    path = Path(path)
    with streaming.private_stream(path) as out:
        for chunk in calendar_chunks(person_ids, options, counts):
            out.write(chunk)
    return T_("exported {meetings} and {follow_ups} to {file} (iCalendar)", meetings=P_(counts[0], "{n} meetings"),
              follow_ups=P_(counts[1], "{n} follow-ups"), file=path.name)
