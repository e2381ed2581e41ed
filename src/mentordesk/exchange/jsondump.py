"""The whole database as one readable JSON file, for backups and moving machines, and back again."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from peewee import DatabaseError, IntegrityError

from mentordesk import models
from mentordesk.exchange import bulk, importer, jsoncheck, registry
from mentordesk.exchange.textfile import read_text, write_text
from mentordesk.models import (AdviceNote, Ask, Meeting, MeetingAttendee, Organization, Person, PersonEmail,
                               PersonPhone, PersonRole, PersonTag, Position, SchemaVersion, Tag)
from mentordesk.services import people, search
from mentordesk.services.core import ServiceError, changed, transactional
from mentordesk.services.meetings import refresh_last_met
from mentordesk.texts import P_, T_

FORMAT_NAME = "mentordesk"
FORMAT_VERSION = 1
_CORE = {SchemaVersion, Organization, Person, PersonEmail, PersonPhone, PersonRole, Position, Tag, PersonTag,
         Meeting, MeetingAttendee, AdviceNote, Ask}


def _plain(value):
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat(sep=" ") if isinstance(value, dt.datetime) else value.isoformat()
    return value


def _row(record, skip=()) -> dict:
    return {name: _plain(value) for name, value in record.__data__.items() if name not in skip}


def dump() -> dict:
    """Every table as readable records: people carry their organization name, emails, phones and tags."""
    orgs = dict(Organization.select(Organization.id, Organization.name).tuples())
    names = dict(Person.select(Person.id, Person.display_name).tuples())
    data = {"format": FORMAT_NAME, "version": FORMAT_VERSION,
            "exported_at": dt.datetime.now().replace(microsecond=0).isoformat(sep=" ")}
    data["organizations"] = [_row(o) for o in Organization.select().order_by(Organization.id)]
    data["people"] = []
    for person in Person.select().order_by(Person.id):
        record = people.person_data(person.id)
        record.update(vcard=person.vcard, created_at=_plain(person.created_at), updated_at=_plain(person.updated_at))
        record["positions"] = [{"organization": orgs.get(p.organization_id, ""), "title": p.title,
                                "ended_on": _plain(p.ended_on)} for p in person.positions.order_by(Position.id)]
        data["people"].append(record)
    attendees: dict[int, list[int]] = {}
    for meeting_id, person_id in MeetingAttendee.select(MeetingAttendee.meeting, MeetingAttendee.person).order_by(
            MeetingAttendee.id).tuples():
        attendees.setdefault(meeting_id, []).append(person_id)
    data["meetings"] = [{**_row(m), "attendee_ids": attendees.get(m.id, []),
                         "attendees": [names.get(i, "") for i in attendees.get(m.id, [])]}
                        for m in Meeting.select().order_by(Meeting.id)]
    data["advice"] = [{**_row(a), "person_name": names.get(a.person_id, "")} for a in AdviceNote.select().order_by(AdviceNote.id)]
    data["asks"] = [{**_row(a), "person_name": names.get(a.person_id, "")} for a in Ask.select().order_by(Ask.id)]
    data["tables"] = {m._meta.table_name: [_row(r) for r in m.select().order_by(m._meta.primary_key)]
                      for m in models.ALL_MODELS if m not in _CORE}
    return data


def export_json(path, person_ids, options: dict) -> str:
    """Write the whole database (person_ids is ignored: a backup holds everything)."""
    data = dump()
    write_text(path, json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    return T_("exported {people}, {organizations}, {meetings}, {advice} and {asks} to {file}",
              people=P_(len(data["people"]), "{n} people"), organizations=P_(len(data["organizations"]), "{n} organizations"),
              meetings=P_(len(data["meetings"]), "{n} meetings"), advice=P_(len(data["advice"]), "{n} advice notes"),
              asks=P_(len(data["asks"]), "{n} asks"), file=Path(path).name)


# --- import -----------------------------------------------------------------------------------

def _refuse(path, reason: str) -> ServiceError:
    """A file that is not a MentorDesk export at all: one line naming it (no per-record list)."""
    return ServiceError(T_("{path}: {first}; nothing was imported", path=Path(path).name, first=reason))


def _no_constant(name: str):
    raise ValueError(f"{name} is not a number JSON allows")


def _load(path) -> dict:
    text = read_text(path)
    try:
        data = json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise registry.ImportRefused(path, [registry.Problem(exc.lineno, T_("not valid JSON: {error}", error=exc.msg))]) from None
    except RecursionError:
        raise _refuse(path, T_("nested too deeply to be a MentorDesk JSON export")) from None
    except ValueError as exc:  # an integer of more than 4,300 digits, NaN or Infinity
        raise _refuse(path, T_("not valid JSON ({error})", error=str(exc)[:80])) from None
    if not isinstance(data, dict):
        raise _refuse(path, T_("not a MentorDesk JSON export (the file holds a {kind}, not an object)", kind=_kind(data)))
    if "people" not in data or not isinstance(data["people"], list):
        raise _refuse(path, T_("not a MentorDesk JSON export (no \"people\" list)"))
    version = data.get("version", 1)
    if data.get("format", FORMAT_NAME) != FORMAT_NAME or not isinstance(version, int) or isinstance(version, bool):
        raise _refuse(path, T_("written by another app (\"format\" must be \"mentordesk\", \"version\" a number)"))
    if version > FORMAT_VERSION:
        raise _refuse(path, T_("written by a newer MentorDesk (format version {version})", version=version))
    for kind in jsoncheck.KINDS:
        records = data.get(kind, [])
        if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
            raise _refuse(path, f"\"{kind}\" must be a list of records (got a {_kind(records)})")
    tables = {} if data.get("tables") is None else data["tables"]
    if not isinstance(tables, dict) or not all(
            isinstance(rows, list) and all(isinstance(r, dict) for r in rows) for rows in tables.values()):
        raise _refuse(path, "\"tables\" must map table names to lists of records")
    return data


def _kind(value) -> str:
    return {dict: "object", list: "list", str: "text", bool: "true/false", type(None): "null"}.get(
        type(value), "number")


def _insert(model, values: dict) -> int:
    return model.insert(**values).execute()


@transactional
def _restore(clean: dict) -> dict[str, int]:
    org_ids = {}
    for entry in clean["organizations"]:
        name = entry.values["name"]
        existing = Organization.select().where(Organization.name.collate("NOCASE") == name).first()
        org_ids[entry.old_id] = existing.id if existing else _insert(Organization, entry.values)
    new_ids = bulk.insert_people([entry.values for entry in clean["people"]])
    person_ids = {e.old_id: new for e, new in zip(clean["people"], new_ids) if e.old_id is not None}
    for entry, new_id in zip(clean["people"], new_ids):
        intro = person_ids.get(entry.refs.get("introduced_by_id"))
        if intro:
            Person.update(introduced_by=intro).where(Person.id == new_id).execute()
        for position in entry.extra:
            name = position.get("organization") or ""
            org = Organization.select().where(Organization.name.collate("NOCASE") == name).first() if name else None
            Position.create(person=new_id, organization=org, title=position.get("title") or "",
                            ended_on=position.get("ended_on"))
    meeting_ids = {}
    for entry in clean["meetings"]:
        new_id = _insert(Meeting, entry.values)
        meeting_ids[entry.old_id] = new_id
        for old in dict.fromkeys(entry.extra):
            MeetingAttendee.insert(meeting=new_id, person=person_ids[old]).execute()
    advice_ids = {e.old_id: _insert(AdviceNote, {**e.values, "person": person_ids[e.refs["person"]],
                                                  "meeting": meeting_ids.get(e.refs.get("meeting"))})
                  for e in clean["advice"]}
    ask_ids = {e.old_id: _insert(Ask, {**e.values, "person": person_ids[e.refs["person"]]}) for e in clean["asks"]}
    maps = {Person: person_ids, Organization: org_ids, Meeting: meeting_ids, AdviceNote: advice_ids, Ask: ask_ids}
    for model, entries in clean["tables"].items():
        maps[model] = {}
        for entry in entries:
            refs = {name: maps[getattr(model, name).rel_model].get(old) if old is not None else None
                    for name, old in entry.refs.items()}
            maps[model][entry.old_id] = _insert(model, {**entry.values, **refs})
    refresh_last_met(new_ids)
    search.rebuild()
    for kind, ids in (("organization", org_ids), ("person", person_ids), ("meeting", meeting_ids)):
        changed(kind, list(ids.values()))
    return {"people": len(new_ids), "organizations": len(org_ids), "meetings": len(meeting_ids),
            "advice": len(clean["advice"]), "asks": len(clean["asks"])}


def import_json(path, options: dict) -> registry.ImportResult:
    """Load a MentorDesk JSON export into this database (ids are renumbered); all or nothing.

    Every record is checked by the same rules as the forms first; any bad value refuses the whole file.
    """
    data = _load(path)
    clean, problems = jsoncheck.check(data)
    result = registry.ImportResult(format="json", problems=problems, preview=bool(options.get("preview")))
    result.counts = {k: len(data.get(k, [])) for k in jsoncheck.KINDS}
    result.new = len(clean["people"])
    if problems and (not result.preview or options.get("strict_preview")):
        raise registry.ImportRefused(path, problems)
    if result.preview:
        return result
    if options.get("backup", True):
        importer.backup_now("before-import")
    try:
        result.counts = _restore(clean)
    except (KeyError, TypeError, ValueError, OverflowError, IntegrityError, DatabaseError) as exc:
        raise registry.ImportRefused(path, [registry.Problem(None, f"inconsistent record ({type(exc).__name__}: {exc})")]) from None
    return result


registry.register(registry.Format("json", "MentorDesk JSON (whole database)", ("json",), export_json, import_json,
                                  skips_invalid=False))
