"""Counts and consistency checks: `mentordesk stats` and `mentordesk check`."""

from __future__ import annotations

from mentordesk.models import database
from mentordesk.services import kinds
from mentordesk.services.value_check import bad_values
from mentordesk.texts import P_, T_


def stats() -> dict[str, int]:
    """How many records of each counted kind the database holds, by the kind's plural ("people").

    A bare COUNT(*), which SQLite answers from the table's smallest index: peewee's count() wraps the
    select of every column in a subquery, and read the whole of 300,000 meetings (~0.15 s at 100k people)."""
    return {kind.plural: _scalar(f'SELECT COUNT(*) FROM "{kind.table}"') for kind in kinds.all_kinds() if kind.counted}


def any_records() -> bool:
    """True when the database holds at least one record of any counted kind (cheap at any size)."""
    return any(kind.model.select().exists() for kind in kinds.all_kinds() if kind.counted)


def _scalar(sql: str, params=()) -> int:
    return database.execute_sql(sql, params).fetchone()[0]


def check(quick: bool = False) -> list[str]:
    """Problems found by SQLite's integrity check and the app's own rules; empty when healthy."""
    problems: list[str] = []
    pragma = "quick_check" if quick else "integrity_check"
    results = [row[0] for row in database.execute_sql(f"PRAGMA {pragma}").fetchall()]
    if results != ["ok"]:
        problems.extend(f"SQLite {pragma}: {line}" for line in results[:20])
        if not all(line.startswith("CHECK constraint failed") for line in results):
            return problems  # a damaged file: its values are not worth reading
    problems.extend(bad_values())  # dates that do not parse, unknown vocabulary, references to nothing
    lonely = _scalar("SELECT COUNT(*) FROM meeting m WHERE NOT EXISTS (SELECT 1 FROM meeting_attendee a WHERE a.meeting_id = m.id)")
    if lonely:
        problems.append(P_(lonely, "{n} meeting(s) have no attendee"))
    bad_trust = _scalar("SELECT COUNT(*) FROM person WHERE trust NOT BETWEEN 1 AND 5")
    if bad_trust:
        problems.append(P_(bad_trust, "{n} person(s) have a trust outside 1-5"))
    stale = _scalar(
        """SELECT COUNT(*) FROM person p WHERE p.last_met_on IS NOT (
               SELECT MAX(date(m.held_at)) FROM meeting m JOIN meeting_attendee a ON a.meeting_id = m.id
               WHERE a.person_id = p.id)""")
    if stale:
        problems.append(P_(stale, "{n} person(s) have a wrong 'last met' date"))
    from mentordesk.services.cadence import out_of_step

    wrong_due = out_of_step()
    if wrong_due:
        problems.append(P_(wrong_due, "{n} person(s) have a wrong keep-in-touch due date"))
    for kind in kinds.searchable():
        fts = kind.search.table
        missing = _scalar(f"SELECT COUNT(*) FROM {kind.table} WHERE id NOT IN (SELECT rowid FROM {fts})")
        extra = _scalar(f"SELECT COUNT(*) FROM {fts} WHERE rowid NOT IN (SELECT id FROM {kind.table})")
        if missing or extra:
            problems.append(T_("search index for {kind} is out of step ({missing} missing, {extra} extra)",
                               kind=kind.key, missing=missing, extra=extra))
    return problems
