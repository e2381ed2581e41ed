"""Meetings in from an iCalendar (.ics) file: each event with one of your people becomes a meeting.

An attendee is one of your people by email, then by an exact name only one person has (the way sync
matches). An event with no such attendee is left out and named in the preview, with the attendees
nobody matched. Calendars MentorDesk wrote have no ATTENDEE lines: their titles ("Coffee with Ana Ruiz:
…") name the people and the kind, and their follow-up events set the meeting's follow-up date. Events
already logged (same time, same people) are likely duplicates. All or nothing, like contact imports.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from icalendar import Calendar

from mentordesk.exchange import ics, importer, registry
from mentordesk.exchange.textfile import read_text
from mentordesk.models import MEETING_KINDS, Meeting, MeetingAttendee, Person, PersonEmail
from mentordesk.safety.backup import backup_now
from mentordesk.services import meetings
from mentordesk.services.core import ValidationError, changed, transactional
from mentordesk.services.duplicates import IncomingMatch
from mentordesk.texts import T_, validation

_OWN_UID = re.compile(r"^(meeting|follow-up)-(\d+)@" + re.escape(ics.UID_DOMAIN) + "$")
_TITLE = re.compile(r"^(?P<kind>[^:]+?) with (?P<names>.+?)(?:: (?P<summary>.*))?$", re.S)
_KIND_BY_LABEL = {label.lower(): key for key, label in MEETING_KINDS.items()}
X_KIND = "X-MENTORDESK-KIND"


def person_for(email: str | None, name: str | None) -> int | None:
    """The person with this email (exact, then any case), else the only person with exactly this name."""
    email = (email or "").strip()
    if email:
        row = PersonEmail.select(PersonEmail.person).where(PersonEmail.email == email).first()
        if row is None:
            row = PersonEmail.select(PersonEmail.person).where(PersonEmail.email.collate("NOCASE") == email).first()
        if row is not None:
            return row.person_id
    name = (name or "").strip()
    if name:
        rows = list(Person.select(Person.id).where(Person.display_name == name).limit(2).tuples())
        if len(rows) == 1:
            return rows[0][0]
    return None


def address_of(prop) -> tuple[str, str]:
    """(email, name) of an ATTENDEE or ORGANIZER property."""
    value = str(prop)
    email = value[7:].strip() if value.lower().startswith("mailto:") else ""
    name = str(getattr(prop, "params", {}).get("CN", "")).strip()
    return email, name


@dataclass
class Event:
    """One VEVENT read from the file, as the fields of a meeting."""

    line: int
    uid: str
    title: str
    fields: dict = field(default_factory=dict)
    unmatched: list[str] = field(default_factory=list)


def _as_list(value) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _local(value) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return (value.astimezone().replace(tzinfo=None) if value.tzinfo else value).replace(second=0, microsecond=0)
    return dt.datetime.combine(value, dt.time(12, 0))  # an all-day event: noon, as sync reads it


def _event_lines(text: str) -> list[int]:
    return [number for number, line in enumerate(text.splitlines(), start=1)
            if line.strip().upper() == "BEGIN:VEVENT"]


def _read_event(component, line: int) -> Event:
    """The meeting an event describes; raises ValueError naming what is wrong."""
    uid = str(component.get("UID", "")).strip()
    title = str(component.get("SUMMARY", "")).strip()
    if component.get("DTSTART") is None:
        raise ValueError(T_("the event has no start (DTSTART)"))
    try:
        start = component.decoded("DTSTART")
    except Exception as exc:  # noqa: BLE001 - icalendar raises several kinds on a bad date
        raise ValueError(T_("DTSTART: cannot read the date ({error})", error=exc)) from None
    event = Event(line, uid, title)
    ids, unmatched = [], []
    organizers = [address_of(prop) for prop in _as_list(component.get("ORGANIZER"))]
    yourself = {email.lower() for email, _ in organizers if email}  # the organizer is listed as a guest too
    for email, name, listed in [(*address_of(p), True) for p in _as_list(component.get("ATTENDEE"))] + \
            [(email, name, False) for email, name in organizers]:
        pid = person_for(email, name)
        if pid is not None and pid not in ids:
            ids.append(pid)
        elif pid is None and listed and email.lower() not in yourself:
            unmatched.append(f"{name} <{email}>" if name and email and name != email else name or email)
    kind, summary = str(component.get(X_KIND, "")).strip(), title
    match = _TITLE.match(title)
    known_kind = match and match.group("kind").strip().lower() in _KIND_BY_LABEL
    if not ids and match:  # "Coffee with Ana Ruiz, Bo": MentorDesk's own export has no ATTENDEE lines
        for name in match.group("names").split(", "):
            pid = person_for(None, name)
            if pid is not None and pid not in ids:
                ids.append(pid)
    if known_kind:
        kind = kind or _KIND_BY_LABEL[match.group("kind").strip().lower()]
        shown = dict(Person.select(Person.id, Person.display_name).where(Person.id.in_(ids)).tuples())
        if match.group("names") == ", ".join(shown.get(pid, "") for pid in ids):  # the export's own title
            summary = (match.group("summary") or "").strip()
    notes = str(component.get("DESCRIPTION", "")).strip()
    if summary and (notes == summary or notes.startswith(summary + "\n\n")):  # the export's summary above notes
        notes = notes[len(summary):].lstrip("\n")
    event.fields = {"held_at": _local(start), "kind": kind if kind in MEETING_KINDS else "other",
                    "place": str(component.get("LOCATION", "")).strip(), "summary": summary, "notes": notes,
                    "attendee_ids": ids}
    event.unmatched = unmatched
    return event


def read_events(text: str, progress=None) -> tuple[list[Event], list[registry.Problem], list[registry.Problem]]:
    """(events with at least one of your people, problems, notes) from an .ics text."""
    if "BEGIN:VCALENDAR" not in text.upper():
        return [], [registry.Problem(1, T_("no calendar found (expected BEGIN:VCALENDAR)"))], []
    try:
        calendars = Calendar.from_ical(text, multiple=True)
    except Exception as exc:  # noqa: BLE001 - icalendar raises ValueError and friends on a bad file
        return [], [registry.Problem(1, T_("unreadable calendar ({error})", error=str(exc).splitlines()[0][:120]))], []
    lines = _event_lines(text)
    events, problems, notes, follow_ups = [], [], [], {}
    components = [c for cal in calendars for c in cal.walk("VEVENT")]
    for index, component in enumerate(components):
        if progress and index % 200 == 0:
            progress(index, len(components))
        line = lines[index] if index < len(lines) else None
        own = _OWN_UID.match(str(component.get("UID", "")).strip())
        if own and own.group(1) == "follow-up":
            start = component.decoded("DTSTART") if component.get("DTSTART") is not None else None
            follow_ups[f"meeting-{own.group(2)}@{ics.UID_DOMAIN}"] = start
            continue
        if str(component.get("STATUS", "")).upper() == "CANCELLED":
            notes.append(registry.Problem(line, T_("skipped: {title!r} was cancelled",
                                                   title=str(component.get("SUMMARY", ""))), "skipped"))
            continue
        try:
            event = _read_event(component, line)
        except ValueError as exc:
            problems.append(registry.Problem(line, str(exc)))
            continue
        if component.get("RRULE") is not None:
            notes.append(registry.Problem(line, T_("{title!r} repeats: only its first time is imported", title=event.title)))
        if not event.fields["attendee_ids"]:
            who = ", ".join(event.unmatched) or T_("no attendees listed")
            notes.append(registry.Problem(
                line, T_("skipped: {title!r} on {day}: none of your people is there ({who})", title=event.title or
                         T_("(no title)"), day=f"{event.fields['held_at']:%Y-%m-%d}", who=who), "skipped"))
            continue
        events.append(event)
    for event in events:
        day = follow_ups.get(event.uid)
        if isinstance(day, dt.date):
            event.fields["follow_up_on"] = day if not isinstance(day, dt.datetime) else day.date()
    return events, problems, notes


def _unmatched_note(events: list[Event], notes: list[registry.Problem]) -> registry.Problem | None:
    counts: dict[str, int] = {}
    for event in events:
        for who in event.unmatched:
            counts[who] = counts.get(who, 0) + 1
    if not counts:
        return None
    listed = ", ".join(f"{who} ({n})" for who, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:20])
    more = T_(" and {count} more", count=len(counts) - 20) if len(counts) > 20 else ""
    return registry.Problem(None, T_("attendees who are none of your people (left off the meetings): {listed}",
                                     listed=listed + more))


def _already_logged(events: list[Event]) -> list[IncomingMatch]:
    """Events that repeat a meeting you have (same minute, same people) or an earlier event of the file."""
    matches, seen = [], {}
    for index, event in enumerate(events):
        key = (event.fields["held_at"], tuple(sorted(event.fields["attendee_ids"])))
        if key in seen:
            matches.append(IncomingMatch(index, event.line, event.title, None, seen[key], T_("same time, same people")))
            continue
        seen[key] = event.line
        held = event.fields["held_at"]
        candidates = Meeting.select(Meeting.id).where(
            (Meeting.held_at >= held) & (Meeting.held_at < held + dt.timedelta(minutes=1)))
        for (mid,) in candidates.tuples():
            if sorted(meetings.attendee_ids(mid)) == list(key[1]):
                matches.append(IncomingMatch(index, event.line, event.title or T_("(no title)"), None, None,
                                             T_("already logged: same time, same people")))
                break
    return matches


def _preview_records(valid: list[tuple[Event, dict]]) -> list[tuple[int, dict]]:
    """(line, meeting fields) in file order for the preview, each with its event's title and the names of the
    people it was matched to ('attendees')."""
    ids = sorted({pid for _, clean in valid for pid in clean["attendee_ids"]})
    names: dict[int, str] = {}
    for start in range(0, len(ids), 500):
        names.update(Person.select(Person.id, Person.display_name).where(Person.id.in_(ids[start:start + 500])).tuples())
    return [(event.line, {**clean, "title": event.title or clean.get("summary") or "",
                          "attendees": [names.get(pid, "") for pid in clean["attendee_ids"]]})
            for event, clean in valid]


def import_ics(path, options: dict) -> registry.ImportResult:
    """Import an .ics file's events as meetings (all-or-nothing unless options['skip_invalid'])."""
    events, problems, notes = read_events(read_text(path), importer.progress_of(options, "Reading events"))
    valid = []
    for event in events:
        try:
            valid.append((event, meetings._clean(event.fields, creating=True)))  # the editor's rules, no write
        except ValidationError as exc:
            details = "; ".join(f"{k}: {validation(m)}" for k, m in exc.errors.items())
            problems.append(registry.Problem(event.line, f"{event.title or T_('(no title)')}: {details}"))
    problems.sort(key=lambda p: p.line or 0)
    note = _unmatched_note([e for e, _ in valid], notes)
    notes = notes + ([note] if note else [])
    matches = _already_logged([e for e, _ in valid])
    result = registry.ImportResult(format="ics", problems=problems, duplicates=matches, notes=notes,
                                   preview=bool(options.get("preview")), created_kind="meeting")
    result.records = _preview_records(valid)
    wanted = set(options.get("import_duplicates") or ())
    skip = {m.index for m in matches if options.get("duplicates", "skip") != "add" and m.line not in wanted}
    chosen = [clean for index, (_, clean) in enumerate(valid) if index not in skip]
    result.new, result.skipped_duplicates = len(chosen), len(skip)
    result.counts = {"meetings": len(chosen)}
    if problems and not options.get("skip_invalid") and (not result.preview or options.get("strict_preview")):
        raise registry.ImportRefused(path, problems)
    if result.preview or not chosen:
        return result
    if options.get("backup", True):
        backup_now("before-import")
    result.created = insert_meetings(chosen)
    return result


@transactional
def insert_meetings(cleans: list[dict]) -> list[int]:
    """Insert validated meetings (outputs of meetings._clean) with their attendees; returns the new ids."""
    ids, touched = [], set()
    for clean in cleans:
        clean = dict(clean)
        attendees = clean.pop("attendee_ids")
        meeting = Meeting.create(**clean)
        MeetingAttendee.insert_many([{"meeting": meeting.id, "person": pid} for pid in attendees]).execute()
        ids.append(meeting.id)
        touched.update(attendees)
    meetings.refresh_last_met(touched)
    changed("meeting", ids)
    changed("person", sorted(touched))
    return ids


@transactional
def delete_meetings(meeting_ids: list[int]) -> None:
    """Take back a calendar import: delete these meetings in one transaction."""
    for meeting_id in meeting_ids:
        if Meeting.get_or_none(Meeting.id == meeting_id) is not None:
            meetings.delete_meeting(meeting_id)


registry.register(registry.Format("ics", "iCalendar (.ics)", ("ics", "ical"), export=ics.export_ics,
                                  import_=import_ics, skips_invalid=True))
