"""Advice notes: what someone advised, on which path, and whether you acted on it."""

from __future__ import annotations

import datetime as dt

from mentordesk.models import PATHS, STANCES, AdviceNote, Meeting, Person, now
from mentordesk.services import validation as v
from mentordesk.services.core import get_or_not_found, ValidationError, changed, transactional


def get_advice(advice_id: int) -> AdviceNote:
    """The advice note with this id, or NotFound."""
    return get_or_not_found(AdviceNote, advice_id, "advice note")


def _clean(data: dict, creating: bool) -> dict:
    checks = {
        "advice": lambda value: v.text(value, "advice", required=True),
        "path": lambda value: v.choice(value, "path", PATHS),
        "stance": lambda value: v.choice(value, "stance", STANCES),
        "given_on": lambda value: v.date(value, "given_on", required=True),
        "acted_on": v.boolean,
        "outcome": lambda value: v.text(value, "outcome"),
    }
    clean, errors = v.collect(data, checks)
    if isinstance(clean.get("given_on"), dt.date) and clean["given_on"] > dt.date.today():
        errors["given_on"] = f"is in the future ({clean['given_on'].isoformat()}): advice is given on or before today"
    for field in ("advice", "person_id"):
        if creating and field not in data:
            errors[field] = "is required"
    if "person_id" in data:
        if not data["person_id"] or not Person.select().where(Person.id == data["person_id"]).exists():
            errors["person_id"] = "choose who gave the advice"
        else:
            clean["person"] = int(data["person_id"])
    if "meeting_id" in data:
        meeting = data["meeting_id"]
        if meeting and not Meeting.select().where(Meeting.id == meeting).exists():
            errors["meeting_id"] = f"there is no meeting with id {meeting}"
        clean["meeting"] = int(meeting) if meeting else None
    if errors:
        raise ValidationError(errors)
    return clean


@transactional
def create_advice(**data) -> AdviceNote:
    """Record advice from a person (optionally from a meeting); given_on defaults to today."""
    data.setdefault("given_on", dt.date.today())
    note = AdviceNote.create(**_clean(data, creating=True))
    changed("advice", [note.id])
    return note


@transactional
def update_advice(advice_id: int, **data) -> AdviceNote:
    """Change the given fields of an advice note."""
    note = get_advice(advice_id)
    for field, value in _clean(data, creating=False).items():
        setattr(note, field, value)
    note.updated_at = now()
    note.save()
    changed("advice", [note.id])
    return note


@transactional
def delete_advice(advice_id: int) -> None:
    """Delete one advice note."""
    get_advice(advice_id)
    AdviceNote.delete().where(AdviceNote.id == advice_id).execute()
    changed("advice", [advice_id])


def advice_data(advice_id: int) -> dict:
    """An advice note as readable values."""
    note = get_advice(advice_id)
    return {
        "id": note.id,
        "person_id": note.person_id,
        "person": note.person.display_name,
        "meeting_id": note.meeting_id,
        "given_on": note.given_on.isoformat(),
        "advice": note.advice,
        "path": note.path,
        "stance": note.stance,
        "acted_on": bool(note.acted_on),
        "outcome": note.outcome,
    }


def advice_of(person_id: int) -> list[AdviceNote]:
    """The advice a person gave, newest first."""
    return list(AdviceNote.select().where(AdviceNote.person == person_id).order_by(AdviceNote.given_on.desc(), AdviceNote.id.desc()))
