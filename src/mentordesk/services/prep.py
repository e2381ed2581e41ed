"""Meeting prep: everything worth rereading before you see someone, on one page of plain data."""

from __future__ import annotations

import datetime as dt
import re

from mentordesk.models import ASK_KINDS, ASK_STATUSES, PATHS, ROLES, STANCES, AdviceNote, Ask, Meeting, MeetingAttendee
from mentordesk.services.asks import OPEN_STATUSES
from mentordesk.services.cadence import cadence_of
from mentordesk.services.meetings import get_meeting, meeting_fields
from mentordesk.services.people import get_person, roles_of

# Sentences in your notes that sound like something you owe them.
PROMISE_RE = re.compile(
    r"\b(promised|promise|i'll|i will|will send|will share|will intro\w*|owe|get back to|follow[- ]up note|send (her|him|them))\b",
    re.IGNORECASE,
)
_SENTENCE_RE = re.compile(r"(?<=[.!?])\s+|\n+")


def promises_in(text: str) -> list[str]:
    """The sentences of a note that record a promise ("Promised to send...", "I'll intro...")."""
    return [s.strip() for s in _SENTENCE_RE.split(text or "") if s.strip() and PROMISE_RE.search(s)]


def _meeting_row(meeting: Meeting) -> dict:
    return {"meeting_id": meeting.id, **meeting_fields(meeting)}


def _ask_row(ask: Ask, today: dt.date) -> dict:
    return {
        "ask_id": ask.id,
        "direction": ask.direction,
        "kind": ask.kind,
        "kind_label": ASK_KINDS[ask.kind],
        "purpose": ask.purpose,
        "status": ask.status,
        "status_label": ASK_STATUSES[ask.status],
        "due_on": ask.due_on.isoformat() if ask.due_on else None,
        "overdue": bool(ask.due_on and ask.due_on < today),
        "title": ask.purpose or ASK_KINDS[ask.kind],
    }


def meeting_prep(person_id: int, meeting_id: int | None = None, now: dt.datetime | None = None) -> dict:
    """One person's prep sheet: last conversation, their advice, open asks both ways, your promises.

    With `meeting_id`, "last conversation" means the last one before that meeting.
    """
    person = get_person(person_id)
    now = now or dt.datetime.now()
    today = now.date()
    before = get_meeting(meeting_id).held_at if meeting_id else now
    met = (Meeting.select().join(MeetingAttendee).where(MeetingAttendee.person == person_id)
           .order_by(Meeting.held_at.desc()))
    past = [m for m in met.where(Meeting.held_at < before).limit(10)]
    upcoming = (Meeting.select().join(MeetingAttendee)
                .where((MeetingAttendee.person == person_id) & (Meeting.held_at >= now))
                .order_by(Meeting.held_at).first())
    advice = (AdviceNote.select().where(AdviceNote.person == person_id)
              .order_by(AdviceNote.given_on.desc(), AdviceNote.id.desc()))
    asks = list(Ask.select().where(Ask.person == person_id).order_by(Ask.due_on.is_null(), Ask.due_on, Ask.id))
    open_asks = [a for a in asks if a.status in OPEN_STATUSES]
    promises = []
    for meeting in past[:4]:  # the conversations the sheet shows
        for sentence in promises_in(meeting.summary) + promises_in(meeting.notes):
            promises.append({"source": "meeting", "meeting_id": meeting.id,
                             "date": meeting.held_at.date().isoformat(), "text": sentence})
    for ask in open_asks:
        if ask.direction == "from":
            promises.append({"source": "ask", "ask_id": ask.id, "date": ask.due_on.isoformat() if ask.due_on else None,
                             "text": ask.purpose or ASK_KINDS[ask.kind]})
    cadence = cadence_of(person_id, today)
    return {
        "person_id": person.id,
        "name": person.display_name,
        "title": person.title,
        "organization": person.organization.name if person.organization_id else "",
        "roles": [ROLES[r] for r in roles_of(person_id)],
        "knows_situation": bool(person.knows_situation),
        "sensitive": bool(person.sensitive),
        "notes": person.notes,
        "keep_in_touch": cadence.as_dict(),
        "meeting": _meeting_row(get_meeting(meeting_id)) if meeting_id else (_meeting_row(upcoming) if upcoming else None),
        "last_conversation": _meeting_row(past[0]) if past else None,
        "earlier_conversations": [_meeting_row(m) for m in past[1:4]],
        "advice": [
            {"advice_id": a.id, "given_on": a.given_on.isoformat(), "advice": a.advice, "path": PATHS[a.path],
             "stance": STANCES[a.stance], "acted_on": bool(a.acted_on), "outcome": a.outcome}
            for a in advice
        ],
        "asks_to_them": [_ask_row(a, today) for a in open_asks if a.direction == "to"],
        "asks_from_them": [_ask_row(a, today) for a in open_asks if a.direction == "from"],
        "thank_for": [_ask_row(a, today) for a in asks if a.status == "done" and a.direction == "to" and not a.thanked],
        "promises": promises,
    }


def upcoming_meetings(days: int = 14, now: dt.datetime | None = None, limit: int = 50) -> list[dict]:
    """Meetings from now on, soonest first, with who is coming: what prep is usually for."""
    now = now or dt.datetime.now()
    until = now + dt.timedelta(days=days)
    meetings = list(Meeting.select().where((Meeting.held_at >= now) & (Meeting.held_at <= until))
                    .order_by(Meeting.held_at).limit(limit))
    return [dict(_meeting_row(m), **_attendees(m.id)) for m in meetings]


def _attendees(meeting_id: int) -> dict:
    from mentordesk.models import Person

    rows = (Person.select(Person.id, Person.display_name).join(MeetingAttendee)
            .where(MeetingAttendee.meeting == meeting_id).order_by(MeetingAttendee.id).tuples())
    ids, names = [r[0] for r in rows], [r[1] for r in rows]
    return {"attendee_ids": ids, "names": names}
