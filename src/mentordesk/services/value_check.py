"""Stored values the app cannot use: dates that do not parse, unknown vocabulary, references to nothing."""

from __future__ import annotations

from peewee import BooleanField, DateField, DateTimeField, ForeignKeyField, IntegerField

from mentordesk import models
from mentordesk.model_fields import field_choices, is_invalid
from mentordesk.models import database
from mentordesk.services.validation import shown

LIMIT = 50  # problems listed per column; the rest are counted


def _rows(sql: str, params=()) -> list[tuple]:
    return database.execute_sql(sql, params).fetchall()


def _dates(model, fld) -> list[tuple[int, object, str]]:
    """(id, raw value, message) for values the column's type cannot read."""
    table, column = model._meta.table_name, fld.column_name
    # SQLite pre-filters the suspects (date() is NULL or normalizes e.g. 02-30); Python has the last word.
    suspects = _rows(f'SELECT id, "{column}" FROM "{table}" WHERE "{column}" IS NOT NULL AND '
                     f'(typeof("{column}") <> \'text\' OR date(julianday("{column}")) IS NOT substr("{column}", 1, 10))')
    what = "a date and time (YYYY-MM-DD HH:MM)" if isinstance(fld, DateTimeField) else "a date (YYYY-MM-DD)"
    bad = []
    for row_id, raw in suspects:
        value = fld.python_value(raw)
        if is_invalid(value) or (value is None and not fld.null):
            bad.append((row_id, raw, f"{shown(raw)} is not {what}"))
    return bad


def _choices(model, fld, choices) -> list[tuple[int, object, str]]:
    table, column = model._meta.table_name, fld.column_name
    marks = ", ".join("?" * len(choices))
    rows = _rows(f'SELECT id, "{column}" FROM "{table}" WHERE "{column}" IS NOT NULL AND "{column}" NOT IN ({marks})',
                 choices)
    return [(row_id, raw, f"{shown(raw)} is not one of {', '.join(choices)}") for row_id, raw in rows]


def _numbers(model, fld) -> list[tuple[int, object, str]]:
    table, column = model._meta.table_name, fld.column_name
    rows = _rows(f'SELECT id, "{column}" FROM "{table}" WHERE typeof("{column}") NOT IN (\'integer\', \'null\')')
    what = "true or false" if isinstance(fld, BooleanField) else "a whole number"
    return [(row_id, raw, f"{shown(raw)} is not {what}") for row_id, raw in rows]


def _reference(model, fld) -> list[tuple[int, object, str]]:
    table, column = model._meta.table_name, fld.column_name
    parent = fld.rel_model._meta.table_name
    rows = _rows(f'SELECT c.id, c."{column}" FROM "{table}" c WHERE c."{column}" IS NOT NULL AND NOT EXISTS '
                 f'(SELECT 1 FROM "{parent}" p WHERE p.id = c."{column}")')
    return [(row_id, raw, f"points to {parent} {shown(raw)}, which does not exist") for row_id, raw in rows]


def _check(model, fld):
    if isinstance(fld, ForeignKeyField):
        return _reference(model, fld)
    choices = field_choices(fld)
    if choices:
        return _choices(model, fld, choices)
    if isinstance(fld, (DateField, DateTimeField)):
        return _dates(model, fld)
    if isinstance(fld, (IntegerField, BooleanField)) and fld is not model._meta.primary_key:
        return _numbers(model, fld)
    return []


def bad_values() -> list[str]:
    """One line per unusable stored value: "<table> <id> <field>: <what is wrong>"."""
    problems = []
    for model in models.ALL_MODELS:
        for fld in model._meta.sorted_fields:
            found = _check(model, fld)
            problems.extend(f"{model._meta.table_name} {row_id} {fld.name}: {message}"
                            for row_id, _, message in found[:LIMIT])
            if len(found) > LIMIT:
                problems.append(f"{model._meta.table_name} {fld.name}: {len(found) - LIMIT} more bad value(s)")
    return problems
