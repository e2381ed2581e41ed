"""Every record of a MentorDesk JSON export checked by the services' own rules before anything is written."""

from __future__ import annotations

from dataclasses import dataclass, field as dc_field

from peewee import BooleanField, DateField, DateTimeField, ForeignKeyField, IntegerField

from mentordesk import models
from mentordesk.exchange.registry import Problem
from mentordesk.model_fields import field_choices
from mentordesk.models import AdviceNote, Ask, Meeting, Organization, Person
from mentordesk.services import advice, asks, meetings, opportunities, people, validation as v
from mentordesk.services.core import ValidationError
from mentordesk.texts import validation

KINDS = ("organizations", "people", "meetings", "advice", "asks")
MODEL_OF = {"organizations": Organization, "people": Person, "meetings": Meeting, "advice": AdviceNote, "asks": Ask}
CORE_MODELS = set(MODEL_OF.values())
PERSON_INPUT = ("display_name", "given_name", "family_name", "nickname", "organization", "title", "emails",
                "phones", "roles", "tags", "met_how", "met_where", "met_on", "knows_situation", "trust",
                "keep_in_touch_days", "snoozed_until", "sensitive", "notes", "vcard")
# kind -> (the service's own check, the fields it takes, fields a stored record must have)
SERVICE = {
    "meetings": (meetings._clean, ("held_at", "kind", "place", "summary", "notes", "follow_up_on"), ("held_at",)),
    "advice": (advice._clean, ("advice", "path", "stance", "given_on", "acted_on", "outcome"), ("advice", "given_on")),
    "asks": (asks._clean, ("kind", "direction", "status", "purpose", "notes", "due_on", "asked_on", "done_on",
                           "thanked"), ()),
}
# kind -> [(field, kind it points to, required)]: checked against the records in the same file
REFERENCES = {
    "people": [("introduced_by_id", "people", False)],
    "advice": [("person", "people", True), ("meeting", "meetings", False)],
    "asks": [("person", "people", True)],
}
BOOLEANS = {"people": ("knows_situation", "sensitive"), "advice": ("acted_on",), "asks": ("thanked",)}
TABLE_SERVICE = {"opportunity": (opportunities._clean, ("title", "kind", "status", "link", "deadline", "notes"))}
_YES_NO = {"1", "0", "true", "false", "yes", "no", "y", "n", "on", "off"}
_SQLITE_INT = 2 ** 63 - 1


@dataclass
class Entry:
    """One record that passed: its id in the file, clean values and the file ids it points to."""

    old_id: object
    values: dict
    refs: dict = dc_field(default_factory=dict)
    extra: list = dc_field(default_factory=list)  # a person's positions, a meeting's attendee ids


def _boolean(value, name: str) -> bool:
    if isinstance(value, bool) or (isinstance(value, int) and value in (0, 1)):
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in _YES_NO:
        return v.boolean(value)
    raise ValidationError(name, f"must be true or false (got {v.shown(value)})")


def _is_id(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _ids(kind: str, records: list, problems: list[Problem]) -> set:
    """The ids records of `kind` have in the file; a non-number or repeated id is a problem."""
    seen: set = set()
    for index, record in enumerate(records):
        if "id" not in record or record["id"] is None:
            continue
        value = record["id"]
        if not _is_id(value):
            problems.append(Problem(None, f"{kind}[{index}].id: must be a whole number (got {v.shown(value)})"))
        elif value in seen:
            problems.append(Problem(None, f"{kind}[{index}].id: {v.shown(value)} is used by another record"))
        else:
            seen.add(value)
    return seen


def _reference(value, target: str, known: set, required: bool, errors: dict, name: str):
    if value in (None, "", 0):
        if required:
            errors[name] = "is required"
        return None
    if not _is_id(value) or value not in known:
        errors[name] = f"there is no record with id {v.shown(value)} in \"{target}\" of this file"
        return None
    return value


def _shape_person(record: dict, errors: dict) -> dict:
    """The person fields in the shapes people._clean expects; wrong shapes become errors."""
    given = {k: record[k] for k in PERSON_INPUT if k in record}
    for name in ("emails", "phones", "roles", "tags"):
        items = given.get(name)
        if items is None:
            continue
        scalar = (str, int) if name in ("emails", "phones") else (str,)
        ok = isinstance(items, list) and all(
            isinstance(i, scalar) or name in ("emails", "phones") and isinstance(i, dict)
            and all(isinstance(x, (str, type(None))) for x in i.values()) for i in items)
        if not ok:
            errors[name] = "must be a list of texts"
            given.pop(name)
    if given.get("vcard") is not None and not isinstance(given["vcard"], str):
        errors["vcard"] = f"must be text (got {v.shown(given.pop('vcard'))})"
    return given


def _positions(items, errors: dict) -> list[dict]:
    if items in (None, []):
        return []
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        errors["positions"] = "must be a list of records"
        return []
    clean = []
    for index, item in enumerate(items):
        checks = {"organization": lambda x: v.text(x, "organization"), "title": lambda x: v.text(x, "title"),
                  "ended_on": lambda x: v.date(x, "ended_on")}
        values, bad = v.collect(item, checks)
        errors.update({f"positions[{index}].{k}": m for k, m in bad.items()})
        clean.append(values)
    return clean


ORGANIZATION = {"name": lambda x: v.text(x, "name", required=True), "field": lambda x: v.text(x, "field"),
                "website": lambda x: v.text(x, "website")}


def _service_values(kind: str, record: dict, errors: dict) -> dict:
    """The record's own fields cleaned by its service (people._clean, asks._clean...); errors by field."""
    if kind == "organizations":
        values, bad = v.collect({"name": None, **record}, ORGANIZATION)
        errors.update(bad)
        return values
    if kind == "people":
        given = _shape_person(record, errors)
        func = lambda: people._clean(given, None)  # noqa: E731
    else:
        service, fields, required = SERVICE[kind]
        given = {k: record[k] for k in fields if k in record}
        func = lambda: service(given, False)  # noqa: E731
        errors.update({f: "is required" for f in required if record.get(f) in (None, "")})
    for name in BOOLEANS.get(kind, ()):
        if record.get(name) is not None:
            try:
                _boolean(record[name], name)
            except ValidationError as exc:
                errors.update(exc.errors)
    try:
        return func()
    except ValidationError as exc:
        for name, message in exc.errors.items():
            errors.setdefault(name, message)
        return {}


def _record(kind: str, record: dict, ids: dict[str, set]) -> tuple[Entry, dict]:
    """One core record's clean values and its errors by field."""
    errors: dict = {}
    values = _service_values(kind, record, errors)
    for stamp in ("created_at", "updated_at"):
        if record.get(stamp) not in (None, ""):
            try:
                values[stamp] = v.datetime(record[stamp], stamp)
            except ValidationError as exc:
                errors.update(exc.errors)
    entry = Entry(record.get("id"), values)
    for name, target, required in REFERENCES.get(kind, ()):
        entry.refs[name] = _reference(record.get(name), target, ids[target], required, errors, name)
    if kind == "people":
        entry.extra = _positions(record.get("positions"), errors)
    elif kind == "meetings":
        attendees = record.get("attendee_ids")
        if not isinstance(attendees, list) or not attendees:
            errors["attendee_ids"] = "a meeting needs at least one attendee (a list of person ids)"
        else:
            entry.extra = [_reference(i, "people", ids["people"], True, errors, "attendee_ids") for i in attendees]
    return entry, errors


def _column(model, fld, value):
    """A clean value for one column of a feature table, by the column's type and vocabulary."""
    name = fld.name
    choices = field_choices(fld)
    if choices:
        return v.choice(value, name, choices)
    if isinstance(fld, DateTimeField):
        return v.datetime(value, name)
    if isinstance(fld, DateField):
        return v.date(value, name)
    if isinstance(fld, BooleanField):
        return _boolean(value, name)
    if isinstance(fld, IntegerField):
        return v.integer(value, name, low=-_SQLITE_INT, high=_SQLITE_INT)
    if not isinstance(value, str):
        raise ValidationError(name, f"must be text (got {v.shown(value)})")
    return value


def _table_row(model, row: dict, known: dict) -> tuple[Entry, dict]:
    """A row of a feature table (opportunities, decisions...): each column by its type, then its service."""
    entry, errors = Entry(row.get("id"), {}), {}
    for fld in model._meta.sorted_fields:
        name = fld.name
        if fld is model._meta.primary_key:
            continue
        value = row.get(name)
        if isinstance(fld, ForeignKeyField):
            entry.refs[name] = _reference(value, fld.rel_model._meta.table_name, known.get(fld.rel_model, set()),
                                          not fld.null, errors, name)
        elif value is None:
            if not fld.null and fld.default is None:
                errors[name] = "is required"
        else:
            try:
                entry.values[name] = _column(model, fld, value)
            except ValidationError as exc:
                errors.update(exc.errors)
    service = TABLE_SERVICE.get(model._meta.table_name)
    if service and not errors:
        func, fields = service
        try:
            entry.values.update(func({k: row[k] for k in fields if k in row}, True))
        except ValidationError as exc:
            errors.update(exc.errors)
    return entry, errors


def check(data: dict) -> tuple[dict, list[Problem]]:
    """({kind: [Entry]} plus "tables": {model: [Entry]}, problems naming each record and field)."""
    problems: list[Problem] = []
    ids = {kind: _ids(kind, data.get(kind, []), problems) for kind in KINDS}
    known = {MODEL_OF[kind]: ids[kind] for kind in KINDS}
    clean: dict = {kind: [] for kind in KINDS}
    for kind in KINDS:
        for index, record in enumerate(data.get(kind, [])):
            entry, errors = _record(kind, record, ids)
            problems.extend(Problem(None, f"{kind}[{index}].{name}: {validation(message)}")
                            for name, message in errors.items())
            clean[kind].append(entry)
    clean["tables"] = {}
    tables = data.get("tables") or {}
    for model in models.ALL_MODELS:
        table = model._meta.table_name
        if model in CORE_MODELS or table not in tables:
            continue
        known[model] = _ids(table, tables[table], problems)
        clean["tables"][model] = []
        for index, row in enumerate(tables[table]):
            entry, errors = _table_row(model, row, known)
            problems.extend(Problem(None, f"tables.{table}[{index}].{name}: {validation(message)}")
                            for name, message in errors.items())
            clean["tables"][model].append(entry)
    return clean, problems
