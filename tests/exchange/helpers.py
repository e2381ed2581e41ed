"""Small helpers shared by the exchange tests."""

from __future__ import annotations

from mentordesk.models import Person
from mentordesk.services.people import person_data


def everyone() -> dict[str, dict]:
    """display name -> person_data without ids, for comparing databases."""
    result = {}
    for (person_id,) in Person.select(Person.id).tuples():
        data = person_data(person_id)
        for key in ("id", "introduced_by_id", "last_met_on"):
            data.pop(key)
        result[data["display_name"]] = data
    return result


def row_counts(db) -> dict[str, int]:
    """Rows in every table, to prove a refused import wrote nothing."""
    tables = [r[0] for r in db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    return {t: db.execute_sql(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in tables}
