"""Asks: referrals, letters, reviews and introductions, tracked from idea to thank-you."""

from __future__ import annotations

import datetime as dt

from mentordesk.models import ASK_DIRECTIONS, ASK_KINDS, ASK_STATUSES, Ask, Person, now
from mentordesk.services import validation as v
from mentordesk.services.core import get_or_not_found, ValidationError, changed, transactional

OPEN_STATUSES = ("idea", "asked", "in_progress")


def get_ask(ask_id: int) -> Ask:
    """The ask with this id, or NotFound."""
    return get_or_not_found(Ask, ask_id, "ask")


def _clean(data: dict, creating: bool) -> dict:
    checks = {
        "kind": lambda value: v.choice(value, "kind", ASK_KINDS),
        "direction": lambda value: v.choice(value, "direction", ASK_DIRECTIONS),
        "status": lambda value: v.choice(value, "status", ASK_STATUSES),
        "purpose": lambda value: v.text(value, "purpose"),
        "notes": lambda value: v.text(value, "notes"),
        "due_on": lambda value: v.date(value, "due_on"),
        "asked_on": lambda value: v.date(value, "asked_on"),
        "done_on": lambda value: v.date(value, "done_on"),
        "thanked": v.boolean,
    }
    clean, errors = v.collect(data, checks)
    if creating and "person_id" not in data:
        errors["person_id"] = "choose whom the ask is to"
    if "person_id" in data:
        if not data["person_id"] or not Person.select().where(Person.id == data["person_id"]).exists():
            errors["person_id"] = "choose whom the ask is to"
        else:
            clean["person"] = int(data["person_id"])
    if errors:
        raise ValidationError(errors)
    return clean


def _stamp_status(ask: Ask, status: str | None) -> None:
    """Remember when an ask went out and when it finished."""
    today = dt.date.today()
    if status in ("asked", "in_progress", "done", "declined") and ask.asked_on is None:
        ask.asked_on = today
    if status in ("done", "declined") and ask.done_on is None:
        ask.done_on = today
    if status in OPEN_STATUSES:
        ask.done_on = None


@transactional
def create_ask(**data) -> Ask:
    """Add an ask to (or from) a person."""
    clean = _clean(data, creating=True)
    ask = Ask(**clean)
    _stamp_status(ask, clean.get("status", "idea"))
    ask.save()
    changed("ask", [ask.id])
    return ask


@transactional
def update_ask(ask_id: int, **data) -> Ask:
    """Change the given fields of an ask; moving it along the pipeline stamps its dates."""
    ask = get_ask(ask_id)
    clean = _clean(data, creating=False)
    for field, value in clean.items():
        setattr(ask, field, value)
    if "status" in clean:
        _stamp_status(ask, clean["status"])
    ask.updated_at = now()
    ask.save()
    changed("ask", [ask.id])
    return ask


@transactional
def delete_ask(ask_id: int) -> None:
    """Delete one ask."""
    get_ask(ask_id)
    Ask.delete().where(Ask.id == ask_id).execute()
    changed("ask", [ask_id])


def ask_data(ask_id: int) -> dict:
    """An ask as readable values."""
    ask = get_ask(ask_id)
    iso = lambda d: d.isoformat() if d else None  # noqa: E731
    return {
        "id": ask.id,
        "person_id": ask.person_id,
        "person": ask.person.display_name,
        "direction": ask.direction,
        "kind": ask.kind,
        "purpose": ask.purpose,
        "status": ask.status,
        "due_on": iso(ask.due_on),
        "asked_on": iso(ask.asked_on),
        "done_on": iso(ask.done_on),
        "thanked": bool(ask.thanked),
        "notes": ask.notes,
    }


def asks_of(person_id: int) -> list[Ask]:
    """Asks to and from a person, open ones first, then by due date."""
    return list(
        Ask.select()
        .where(Ask.person == person_id)
        .order_by(Ask.status.in_(OPEN_STATUSES).desc(), Ask.due_on.is_null(), Ask.due_on, Ask.id)
    )
