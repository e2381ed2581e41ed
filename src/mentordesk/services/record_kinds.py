"""The built-in kinds of record, one declaration each (see services.kinds for what a declaration holds)."""

from __future__ import annotations

from mentordesk.models import (ASK_KINDS, ASK_STATUSES, MEETING_KINDS, PATHS, STANCES, AdviceNote, Ask, Meeting,
                               Organization, Person)
from mentordesk.opportunity_model import OPPORTUNITY_KINDS, OPPORTUNITY_STATUSES, Opportunity
from mentordesk.services import advice, asks, meetings, opportunities, organizations, people, snapshots
from mentordesk.services.kinds import Column, ListSpec, RecordKind, SearchSpec, register

NOCASE = " COLLATE NOCASE"
STRETCH = "stretch"  # the column that gets the list's spare width (kinds.Column.width)
# Privacy mode: rows that involve no person marked sensitive (alias t is the kind's own table).
_PERSON_NOT_SENSITIVE = "NOT EXISTS (SELECT 1 FROM person sp WHERE sp.id = t.person_id AND sp.sensitive = 1)"


def _person_deletion(person_id: int) -> str | None:
    """The confirmation sentence when a person's delete takes advice, asks or meetings with it."""
    plan = people.deletion_plan(person_id)
    return plan.describe() if plan.advice or plan.asks or plan.solo_meetings or plan.shared_meetings else None


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


register(RecordKind(
    "person", "people", "Person", Person,
    people.create_person, people.update_person, people.delete_person, people.person_data,
    snapshots.capture_person, lambda d: d.get("display_name") or "",
    ListSpec("person", "person t LEFT JOIN organization o ON o.id = t.organization_id", (
        Column("name", "Name", "t.display_name", "t.display_name" + NOCASE, width=STRETCH),
        Column("organization", "Organization", "o.name", "o.name" + NOCASE, width=STRETCH),
        Column("title", "Title", "t.title", "t.title" + NOCASE, width=STRETCH),
        Column("last_met_on", "Last met", "t.last_met_on", date=True),
        Column("trust", "Trust", "t.trust"),
    )),
    SearchSpec("person_fts", ("name", "organization", "title", "notes", "extra"), """
        SELECT p.id,
               p.display_name || ' ' || p.given_name || ' ' || p.family_name || ' ' || p.nickname,
               COALESCE(o.name, ''), p.title, p.notes,
               COALESCE((SELECT group_concat(e.email, ' ') FROM person_email e WHERE e.person_id = p.id), '')
               || ' ' ||
               COALESCE((SELECT group_concat(t.name, ' ') FROM person_tag pt JOIN tag t ON t.id = pt.tag_id
                         WHERE pt.person_id = p.id), '')
        FROM person p LEFT JOIN organization o ON o.id = p.organization_id
        WHERE p.id IN ({ids})""",
        """SELECT p.id, p.display_name, TRIM(p.title || CASE WHEN o.name IS NULL THEN '' ELSE ' · ' || o.name END)
           FROM person p LEFT JOIN organization o ON o.id = p.organization_id WHERE p.id IN ({ids})"""),
    hidden_where="t.sensitive = 0",
    deletion=lambda person_id: _person_deletion(person_id),
))

register(RecordKind(
    "organization", "organizations", "Organization", Organization,
    organizations.create_organization, organizations.update_organization, organizations.delete_organization,
    organizations.organization_data, snapshots.capture_organization, lambda d: d.get("name") or "",
    ListSpec("organization", "organization t", (
        Column("name", "Name", "t.name", "t.name" + NOCASE, width=STRETCH),
        Column("field", "Field", "t.field", "t.field" + NOCASE, width=STRETCH),
        Column("people", "People", "(SELECT COUNT(*) FROM person p WHERE p.organization_id = t.id)"),
        Column("website", "Website", "t.website"),
    )),
    SearchSpec("organization_fts", ("name", "field", "website"),
               "SELECT id, name, field, website FROM organization WHERE id IN ({ids})",
               "SELECT id, name, field FROM organization WHERE id IN ({ids})"),
    depends_on=("person",),
))

register(RecordKind(
    "meeting", "meetings", "Meeting", Meeting,
    meetings.log_meeting, meetings.update_meeting, meetings.delete_meeting, meetings.meeting_data,
    snapshots.capture_meeting,
    lambda d: d.get("summary") or ", ".join(d.get("attendees") or []) or str(d.get("held_at") or "")[:10],
    ListSpec("meeting", "meeting t", (
        Column("held_at", "When", "substr(t.held_at, 1, 16)", "t.held_at"),
        Column("kind", "Kind", "t.kind", vocabulary=MEETING_KINDS),
        Column("attendees", "With", "(SELECT group_concat(p.display_name, ', ') FROM meeting_attendee a "
                                    "JOIN person p ON p.id = a.person_id WHERE a.meeting_id = t.id)", width=STRETCH),
        Column("summary", "Summary", "t.summary", "t.summary" + NOCASE, width=STRETCH),
        Column("follow_up_on", "Follow up", "t.follow_up_on", date=True),
    ), default_descending=True),
    SearchSpec("meeting_fts", ("summary", "notes", "place", "attendees"), """
        SELECT m.id, m.summary, m.notes, m.place,
               COALESCE((SELECT group_concat(p.display_name, ' ') FROM meeting_attendee a
                         JOIN person p ON p.id = a.person_id WHERE a.meeting_id = m.id), '')
        FROM meeting m WHERE m.id IN ({ids})""",
        "SELECT id, COALESCE(NULLIF(summary, ''), kind), substr(held_at, 1, 10) FROM meeting WHERE id IN ({ids})"),
    hidden_where="NOT EXISTS (SELECT 1 FROM meeting_attendee ma JOIN person sp ON sp.id = ma.person_id "
                 "WHERE ma.meeting_id = t.id AND sp.sensitive = 1)",
    depends_on=("person",),
))

register(RecordKind(
    "advice", "advice", "Advice", AdviceNote,
    advice.create_advice, advice.update_advice, advice.delete_advice, advice.advice_data,
    snapshots.capture_advice, lambda d: _short(d.get("advice") or ""),
    ListSpec("advice", "advice_note t JOIN person p ON p.id = t.person_id", (
        Column("given_on", "Date", "t.given_on", date=True),
        Column("person", "From", "p.display_name", "p.display_name" + NOCASE),
        Column("path", "Path", "t.path", vocabulary=PATHS),
        Column("stance", "Stance", "t.stance", vocabulary=STANCES),
        Column("advice", "Advice", "t.advice", "t.advice" + NOCASE, width=STRETCH),
        Column("acted_on", "Acted on", "t.acted_on"),
    ), default_descending=True),
    SearchSpec("advice_fts", ("advice", "outcome", "person"), """
        SELECT n.id, n.advice, n.outcome, p.display_name
        FROM advice_note n JOIN person p ON p.id = n.person_id WHERE n.id IN ({ids})""",
        """SELECT n.id, substr(n.advice, 1, 120), p.display_name || ', ' || n.given_on
           FROM advice_note n JOIN person p ON p.id = n.person_id WHERE n.id IN ({ids})"""),
    hidden_where=_PERSON_NOT_SENSITIVE,
    depends_on=("person",),
))

register(RecordKind(
    "ask", "asks", "Ask", Ask,
    asks.create_ask, asks.update_ask, asks.delete_ask, asks.ask_data,
    snapshots.capture_ask, lambda d: d.get("purpose") or d.get("person") or "",
    ListSpec("ask", "ask t JOIN person p ON p.id = t.person_id", (
        Column("person", "Person", "p.display_name", "p.display_name" + NOCASE),
        Column("kind", "Kind", "t.kind", vocabulary=ASK_KINDS),
        Column("purpose", "For", "t.purpose", "t.purpose" + NOCASE, width=STRETCH),
        Column("status", "Status", "t.status",
               "CASE t.status WHEN 'idea' THEN 0 WHEN 'asked' THEN 1 WHEN 'in_progress' THEN 2 "
               "WHEN 'done' THEN 3 ELSE 4 END", vocabulary=ASK_STATUSES),
        Column("due_on", "Due", "t.due_on", date=True),
        Column("thanked", "Thanked", "t.thanked"),
    ), default_sort=3),
    SearchSpec("ask_fts", ("purpose", "notes", "person"), """
        SELECT k.id, k.purpose, k.notes, p.display_name
        FROM ask k JOIN person p ON p.id = k.person_id WHERE k.id IN ({ids})""",
        """SELECT k.id, COALESCE(NULLIF(k.purpose, ''), k.kind), p.display_name || ' · ' || k.status
           FROM ask k JOIN person p ON p.id = k.person_id WHERE k.id IN ({ids})"""),
    hidden_where=_PERSON_NOT_SENSITIVE,
    depends_on=("person",),
))

# Opportunities involve no person, so privacy mode keeps every row: it hides their notes (the form's
# notes field) and sensitive people in the "who can refer me" panel (referral_paths(hide_sensitive=True)).
register(RecordKind(
    "opportunity", "opportunities", "Opportunity", Opportunity,
    opportunities.create_opportunity, opportunities.update_opportunity, opportunities.delete_opportunity,
    opportunities.opportunity_data, opportunities.capture_opportunity, lambda d: d.get("title") or "",
    ListSpec("opportunity", "opportunity t LEFT JOIN organization o ON o.id = t.organization_id", (
        Column("title", "Role or program", "t.title", "t.title" + NOCASE, width=STRETCH),
        Column("organization", "Organization", "o.name", "o.name" + NOCASE, width=STRETCH),
        Column("kind", "Kind", "t.kind", vocabulary=OPPORTUNITY_KINDS),
        Column("status", "Status", "t.status",
               "CASE t.status WHEN 'interested' THEN 0 WHEN 'preparing' THEN 1 WHEN 'applied' THEN 2 "
               "WHEN 'interviewing' THEN 3 WHEN 'offer' THEN 4 ELSE 5 END", vocabulary=OPPORTUNITY_STATUSES),
        # Open ones first and no deadline last, whichever way the deadlines themselves run.
        Column("deadline", "Deadline", "t.deadline", "t.status = 'closed', t.deadline IS NULL, t.deadline",
               date=True),
        Column("insiders", "People inside",
               "(SELECT COUNT(*) FROM person p WHERE p.organization_id = t.organization_id)"),
    ), default_sort=4),
    restore=opportunities.restore_opportunity,
    depends_on=("organization", "person"),
))
