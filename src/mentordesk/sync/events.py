"""Meetings as VEVENTs in the calendar: attendees by name, email and contact UID; other properties kept.

Privacy on the server: notes of a meeting with someone marked sensitive stay off it (the calendar
export's rule, from exchange.ics), and so do that person's name and email. No event makes a server
send invitations: no ORGANIZER, and every ATTENDEE carries SCHEDULE-AGENT=CLIENT (RFC 6638 §7.1).
"""

from __future__ import annotations

import datetime as dt
import uuid

from icalendar import Calendar, Event, vCalAddress, vText
from peewee import fn

from mentordesk.exchange.ics_import import address_of, person_for
from mentordesk.models import MEETING_KINDS, Meeting, MeetingAttendee, Person, PersonEmail
from mentordesk.services import meetings
from mentordesk.sync.cards import fingerprint

PRODID = "-//MentorDesk//MentorDesk//EN"
X_KIND = "X-MENTORDESK-KIND"
X_FOLLOW_UP = "X-MENTORDESK-FOLLOW-UP"
X_PERSON = "X-MENTORDESK-UID"  # attendee parameter: the contact's vCard UID
X_NOTES = "X-MENTORDESK-NOTES"  # "withheld": the notes stay on this computer (a sensitive attendee)
OWNED = ("UID", "DTSTAMP", "DTSTART", "DTEND", "DURATION", "SUMMARY", "LOCATION", "DESCRIPTION",
         "ATTENDEE", "ORGANIZER", X_KIND, X_FOLLOW_UP, X_NOTES)

MERGE_FIELDS = {
    "held_at": "When",
    "kind": "Kind",
    "attendee_ids": "Attendees",
    "place": "Place",
    "summary": "Summary",
    "notes": "Notes",
    "follow_up_on": "Follow up on",
}


def private_meetings(meeting_ids) -> set[int]:
    """The meetings whose notes the calendar export leaves out: someone there is marked sensitive."""
    from mentordesk.exchange.ics import _attendees  # the export's own reading of who is sensitive

    return {mid for mid, who in _attendees(meeting_ids).items() if any(sensitive for _, sensitive in who)}


def _sensitive_people(person_ids) -> set[int]:
    ids = list(person_ids)
    if not ids:
        return set()
    return {pid for (pid,) in Person.select(Person.id).where(Person.id.in_(ids) & (Person.sensitive == True)).tuples()}  # noqa: E712


def default_summary(kind: str, names: list[str]) -> str:
    """The event title when the meeting has no summary, e.g. "Coffee with Ana Ruiz"."""
    return f"{MEETING_KINDS.get(kind, 'Meeting')} with {', '.join(names)}" if names else MEETING_KINDS.get(kind, "Meeting")


def _merge_fields(data: dict) -> dict:
    """The fields of a meeting's data that sync compares and merges."""
    return {key: data.get(key) for key in MERGE_FIELDS}


def _meeting_hash(data: dict, private: bool) -> str:
    """What a meeting looked like when synced: its merge fields and whether it is kept private (one recipe for
    local_hash and the first upload, or every meeting would look changed after it)."""
    return fingerprint({**_merge_fields(data), "private": private})


class MeetingSide:
    """The local half of syncing meetings; `person_uids` maps person id -> contact UID on the server."""

    kind = "meeting"
    suffix = ".ics"
    content_type = "text/calendar"
    merge_fields = MERGE_FIELDS

    def __init__(self, person_uids: dict[int, str] | None = None):
        self.use_contacts(person_uids or {})

    def use_contacts(self, person_uids: dict[int, str]) -> None:
        """Map attendees to these contact UIDs (known once the address book has synced)."""
        self.person_uids = dict(person_uids)
        self.uid_people = {uid: pid for pid, uid in self.person_uids.items()}

    def local_stamps(self, ids=None) -> dict[int, str]:
        """id -> updated_at, marked when the notes are withheld (so marking someone sensitive re-uploads).

        One query: whether someone sensitive attended is asked per meeting in SQL (the private_meetings
        rule), not read attendee by attendee for every meeting."""
        withheld = (MeetingAttendee.select(MeetingAttendee.id).join(Person)
                    .where((MeetingAttendee.meeting == Meeting.id) & (Person.sensitive == True)))  # noqa: E712
        query = Meeting.select(Meeting.id, Meeting.updated_at, fn.EXISTS(withheld))
        if ids is not None:
            query = query.where(Meeting.id.in_(list(ids)))
        return {mid: str(stamp) + (" private" if private else "") for mid, stamp, private in query.tuples()}

    def local_hash(self, local_id: int) -> str:
        return _meeting_hash(meetings.meeting_data(local_id), bool(private_meetings([local_id])))


    def uid_hint(self, local_id: int) -> str | None:
        return None

    def new_uid(self) -> str:
        return f"{uuid.uuid4()}@mentordesk"

    def local_fields(self, local_id: int) -> dict:
        return _merge_fields(meetings.meeting_data(local_id))

    # --- out ---------------------------------------------------------------------------

    def export(self, local_id: int, uid: str, server_text: str = "") -> str:
        """The iCalendar text to upload, starting from the server's last copy so its extras survive."""
        data = meetings.meeting_data(local_id)
        sensitive = _sensitive_people(data["attendee_ids"])
        emails = _first_emails([pid for pid in data["attendee_ids"] if pid not in sensitive])
        return self._event_text(data, uid, server_text, sensitive, bool(sensitive), emails)  # private: someone sensitive is there

    def export_new_many(self, local_ids: list[int], choose_uid):
        """(id, UID, event, local_hash) of meetings on their first upload, read a few hundred at a time (the
        same texts and hashes as export and local_hash, from five queries a batch instead of eight a meeting).
        `choose_uid(id, hint)` gives each its UID; a meeting deleted meanwhile is left out."""
        for start in range(0, len(local_ids), 200):
            chunk = local_ids[start:start + 200]
            found = {m.id: m for m in Meeting.select().where(Meeting.id.in_(chunk))}
            who: dict[int, list[tuple[int, str, bool]]] = {mid: [] for mid in found}
            rows = (MeetingAttendee.select(MeetingAttendee.meeting, Person.id, Person.display_name, Person.sensitive)
                    .join(Person).where(MeetingAttendee.meeting.in_(list(found))).order_by(MeetingAttendee.id).tuples())
            for mid, pid, name, sensitive in rows:
                who[mid].append((pid, name, bool(sensitive)))
            emails = _first_emails(list({pid for people in who.values() for pid, _, hidden in people if not hidden}))
            for mid in chunk:
                if mid not in found:
                    continue
                data = {"id": mid, **meetings.meeting_fields(found[mid]),
                        "attendee_ids": [pid for pid, _, _ in who[mid]], "attendees": [name for _, name, _ in who[mid]]}
                sensitive = {pid for pid, _, hidden in who[mid] if hidden}
                uid = choose_uid(mid, None)
                text = self._event_text(data, uid, "", sensitive, bool(sensitive), emails)
                digest = _meeting_hash(data, bool(sensitive))
                yield mid, uid, text, digest

    def _event_text(self, data: dict, uid: str, server_text: str, sensitive: set[int], private: bool,
                    emails: dict[int, str]) -> str:
        """The event for meeting_data `data`: `sensitive` attendees go without name, `private` without notes."""
        calendar, event = _calendar_and_event(server_text)
        held = dt.datetime.fromisoformat(data["held_at"])
        length = _length(event)
        foreign = [a for a in _as_list(event.get("ATTENDEE")) if self._person_for(a) is None]
        for name in OWNED:
            event.pop(name, None)
        event.add("UID", uid)
        event.add("DTSTAMP", dt.datetime.now(dt.timezone.utc).replace(microsecond=0))
        event.add("DTSTART", held)
        event.add("DTEND", held + length)
        names = [n for pid, n in zip(data["attendee_ids"], data["attendees"]) if pid not in sensitive]
        event.add("SUMMARY", data["summary"] or default_summary(data["kind"], names))
        if data["place"]:
            event.add("LOCATION", data["place"])
        if private:
            event.add(X_NOTES, "withheld")
        elif data["notes"]:
            event.add("DESCRIPTION", data["notes"])
        event.add(X_KIND, data["kind"])
        if data["follow_up_on"]:
            event.add(X_FOLLOW_UP, data["follow_up_on"])
        for pid, name in zip(data["attendee_ids"], data["attendees"]):
            contact = self.person_uids.get(pid)
            address = vCalAddress(f"mailto:{emails[pid]}" if pid in emails else f"urn:x-mentordesk:person:{contact or pid}")
            if pid not in sensitive:
                address.params["CN"] = vText(name)
            if contact:
                address.params[X_PERSON] = vText(contact)
            event.add("ATTENDEE", address, encode=0)
        for attendee in foreign:  # people MentorDesk does not know stay on the event
            event.add("ATTENDEE", attendee, encode=0)
        for attendee in _as_list(event.get("ATTENDEE")):
            attendee.params["SCHEDULE-AGENT"] = "CLIENT"  # the server never emails them an invitation
        return calendar.to_ical().decode("utf-8")

    # --- in ----------------------------------------------------------------------------

    def remote_fields(self, text: str) -> dict:
        """Fields for log_meeting/update_meeting; attendee_ids empty when no attendee is a known person."""
        _, event = _calendar_and_event(text)
        start = event.decoded("DTSTART") if event.get("DTSTART") is not None else None
        if start is None:
            raise ValueError("the event has no start (DTSTART)")
        if isinstance(start, dt.datetime):
            held = start.astimezone().replace(tzinfo=None) if start.tzinfo else start
        else:
            held = dt.datetime.combine(start, dt.time(12, 0))
        kind = str(event.get(X_KIND, "")) or "other"
        kind = kind if kind in MEETING_KINDS else "other"
        ids = self._attendees(event)
        sensitive = _sensitive_people(ids)
        shown = dict(Person.select(Person.id, Person.display_name).where(Person.id.in_(ids)).tuples()) if ids else {}
        names = [shown[pid] for pid in ids if pid in shown and pid not in sensitive]
        summary = str(event.get("SUMMARY", ""))
        if summary == default_summary(kind, names):
            summary = ""
        follow = event.get(X_FOLLOW_UP)
        fields = {
            "held_at": held.replace(microsecond=0).isoformat(sep=" ", timespec="minutes"),
            "kind": kind,
            "attendee_ids": ids,
            "place": str(event.get("LOCATION", "")),
            "summary": summary,
            "notes": str(event.get("DESCRIPTION", "")),
            "follow_up_on": str(follow) if follow else None,
        }
        if str(event.get(X_NOTES, "")) == "withheld" and event.get("DESCRIPTION") is None:
            del fields["notes"]  # never uploaded, so the server's empty notes say nothing
        return fields

    def _attendees(self, event) -> list[int]:
        found: list[int] = []
        for attendee in _as_list(event.get("ATTENDEE")):
            pid = self._person_for(attendee)
            if pid is not None and pid not in found:
                found.append(pid)
        return found

    def _person_for(self, attendee) -> int | None:
        """Map an ATTENDEE back to a person: contact UID, then as a calendar import does (email, then a name
        only one person has: exchange.ics_import.person_for)."""
        params = getattr(attendee, "params", {})
        contact = params.get(X_PERSON)
        if contact and str(contact) in self.uid_people:
            pid = self.uid_people[str(contact)]
            if Person.select().where(Person.id == pid).exists():
                return pid
        return person_for(*address_of(attendee))

    # --- writes ------------------------------------------------------------------------

    def create(self, fields: dict) -> int:
        return meetings.log_meeting(**fields).id

    def update(self, local_id: int, fields: dict) -> None:
        meetings.update_meeting(local_id, **fields)

    def delete(self, local_id: int) -> None:
        meetings.delete_meeting(local_id)

    def exists(self, local_id: int | None) -> bool:
        return local_id is not None and Meeting.select().where(Meeting.id == local_id).exists()

    def title(self, fields: dict) -> str:
        return f"{fields.get('held_at') or ''} {fields.get('summary') or MEETING_KINDS.get(fields.get('kind'), '')}".strip()

    def show(self, key: str, value) -> str:
        if key == "attendee_ids":
            ids = list(value or [])
            names = dict(Person.select(Person.id, Person.display_name).where(Person.id.in_(ids)).tuples()) if ids else {}
            return ", ".join(names.get(i, f"#{i}") for i in ids)
        if key == "kind":
            return MEETING_KINDS.get(value, value or "")
        return "" if value is None else str(value)


def _as_list(value) -> list:
    """icalendar gives one property alone and several as a list."""
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _calendar_and_event(text: str):
    """Parse a VCALENDAR (or start a new one) and return it with its first VEVENT."""
    if text:
        calendar = Calendar.from_ical(text)
        for component in calendar.walk("VEVENT"):
            return calendar, component
        event = Event()
        calendar.add_component(event)
        return calendar, event
    calendar = Calendar()
    calendar.add("PRODID", PRODID)
    calendar.add("VERSION", "2.0")
    event = Event()
    calendar.add_component(event)
    return calendar, event


def _length(event) -> dt.timedelta:
    """How long the event lasts (kept when MentorDesk moves it), one hour by default."""
    try:
        if event.get("DTEND") is not None:
            length = event.decoded("DTEND") - event.decoded("DTSTART")
            if isinstance(length, dt.timedelta) and length.total_seconds() > 0:
                return length
        if event.get("DURATION") is not None:
            return event.decoded("DURATION")
    except (TypeError, ValueError, KeyError):
        pass
    return dt.timedelta(hours=1)


def _first_emails(person_ids: list[int]) -> dict[int, str]:
    emails: dict[int, str] = {}
    if person_ids:
        query = PersonEmail.select(PersonEmail.person, PersonEmail.email).where(
            PersonEmail.person.in_(person_ids)).order_by(PersonEmail.id).tuples()
        for pid, email in query:
            emails.setdefault(pid, email)
    return emails
