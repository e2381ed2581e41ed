"""Keep-in-touch: how often to see each person, who is due or overdue, catch-ups and snoozes.

A person's interval is their own `keep_in_touch_days` when set, else the shortest preset of their
roles; people with neither are not tracked. The clock runs from `Person.last_met_on`, which only
meeting services change (logging any meeting resets it; editing the person does not; a planned
meeting counts as a catch-up on its date). Someone with no logged meeting counts from when they were
added, so a fresh import does not start out thousands of days overdue.

The due day is stored per person (`Person.catch_up_due_on`, indexed) and kept here at every commit
that changes people, so Today and the reminders read only the rows that are due.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

from mentordesk.changes import before_commit
from mentordesk.models import Person, database
from mentordesk.services import validation as v
from mentordesk.services.core import transactional

# Days between catch-ups suggested by role; the user changes them per person.
ROLE_INTERVALS: dict[str, int] = {
    "coach": 14,  # every two weeks while you work together
    "mentor": 30,  # about monthly
    "insider": 45,  # before you apply, keep the contact warm
    "colleague": 60,
    "recruiter": 60,
    "professor": 60,
    "former_manager": 90,
    "friend": 90,  # quarterly
    "other": 120,
}

# A person is "due" this many days before the interval runs out, "overdue" after.
DUE_SOON_DAYS = 7

SNOOZE_CHOICES = {7: "1 week", 14: "2 weeks", 30: "1 month", 90: "3 months"}

_PRESET_SQL = "CASE role " + " ".join(f"WHEN '{role}' THEN {days}" for role, days in ROLE_INTERVALS.items()) + " END"


@dataclass(frozen=True)
class Cadence:
    """One person's keep-in-touch state on a given day."""

    person_id: int
    name: str
    organization: str
    interval_days: int | None
    last_met_on: dt.date | None
    due_on: dt.date | None
    snoozed_until: dt.date | None
    status: str  # overdue, due, ok, snoozed or untracked
    days_overdue: int  # negative: days left

    @property
    def reason(self) -> str:
        """Why the person is on the list, in one line (English; the UI translates its own)."""
        if self.interval_days is None:
            return "no keep-in-touch interval"
        every = f"every {self.interval_days} days"
        if self.last_met_on is None:
            met = "no meeting logged yet"
        else:
            met = f"last met {self.last_met_on.isoformat()}"
        if self.status == "overdue":
            return f"{met}; {every}; {self.days_overdue} days overdue"
        if self.status == "due":
            left = -self.days_overdue
            return f"{met}; {every}; due {'today' if left == 0 else f'in {left} days'}"
        if self.status == "snoozed":
            return f"snoozed until {self.snoozed_until.isoformat()}"
        if self.due_on is None:  # the dates it counts from are not readable
            return f"{met}; {every}"
        return f"{met}; {every}; next by {self.due_on.isoformat()}"

    def as_dict(self) -> dict:
        """JSON-ready values (read field by field: dataclasses.asdict deep-copies, ~13 µs a row on Today)."""
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        for key in ("last_met_on", "due_on", "snoozed_until"):
            data[key] = data[key].isoformat() if data[key] else None
        data["name"] = self.name
        data["reason"] = self.reason
        return data


def preset_for(roles) -> int | None:
    """The suggested interval for a set of roles: the most frequent one wins."""
    days = [ROLE_INTERVALS[r] for r in roles if r in ROLE_INTERVALS]
    return min(days) if days else None


def _status(due_on, snoozed_until, today: dt.date) -> tuple[str, int]:
    if due_on is None:
        return "untracked", 0
    days_overdue = (today - due_on).days
    if snoozed_until is not None and snoozed_until > today:
        return "snoozed", days_overdue
    if days_overdue > 0:
        return "overdue", days_overdue
    if days_overdue >= -DUE_SOON_DAYS:
        return "due", days_overdue
    return "ok", days_overdue


def _day(value) -> dt.date | None:
    """A stored ISO date, or None when it is missing or malformed (never an exception)."""
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _row_to_cadence(row, today: dt.date) -> Cadence:
    pid, name, org, every, last, snoozed, due = row
    last, snoozed, due = _day(last), _day(snoozed), _day(due)
    status, days = _status(due, snoozed, today)
    return Cadence(pid, name, org or "", every, last, due, snoozed, status, days)


def _due_sql(person: str = "p") -> str:
    """The day `person`'s next catch-up is due, in SQL: last meeting (else the day they were added) plus
    their interval; NULL when untracked or when the dates it counts from are not readable."""
    every = (f"COALESCE({person}.keep_in_touch_days, (SELECT MIN({_PRESET_SQL}) FROM person_role r "
             f"WHERE r.person_id = {person}.id))")
    return f"date(julianday(COALESCE({person}.last_met_on, substr({person}.created_at, 1, 10))) + {every})"


def _query(where: str = "") -> str:
    """Keep-in-touch rows computed from the people's own fields (one person's page; the check of the column)."""
    inner = f"""SELECT p.id, p.display_name, p.organization_id, p.last_met_on, p.snoozed_until, p.created_at,
        COALESCE(p.keep_in_touch_days, (SELECT MIN({_PRESET_SQL}) FROM person_role r WHERE r.person_id = p.id)) AS every
        FROM person p {where}"""
    return f"""WITH c AS MATERIALIZED ({inner}),
        d AS (SELECT c.*, julianday(COALESCE(c.last_met_on, substr(c.created_at, 1, 10))) + c.every AS due_jd FROM c)
        SELECT d.id, d.display_name, o.name, d.every, d.last_met_on, d.snoozed_until, date(d.due_jd) AS due_on, d.due_jd
        FROM d LEFT JOIN organization o ON o.id = d.organization_id"""


def refresh_due(person_ids=None) -> None:
    """Store the catch-up due day of these people (None: everyone) in `person.catch_up_due_on`.

    Runs inside every transaction that changed people, right before it commits (see `_keep_due`), and
    once for a file migrated to the column; nothing else writes it."""
    sql = f"UPDATE person SET catch_up_due_on = {_due_sql('person')}"
    if person_ids is None:
        database.execute_sql(sql)
        return
    ids = list(dict.fromkeys(int(i) for i in person_ids))
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        database.execute_sql(f"{sql} WHERE id IN ({', '.join('?' * len(chunk))})", chunk)


def _keep_due(changes: list[tuple[str, tuple[int, ...]]]) -> None:
    """Before a commit: every person it changed (fields, roles, meetings, merges, imports, undo) gets
    their due day again, so the column never differs from what their fields say."""
    ids = {i for kind, changed_ids in changes if kind == "person" for i in changed_ids}
    if ids:
        refresh_due(ids)


before_commit(_keep_due)


def out_of_step() -> int:
    """How many people's stored due day differs from the one their fields give (0 when all is well)."""
    return database.execute_sql(
        f"SELECT COUNT(*) FROM person p WHERE p.catch_up_due_on IS NOT {_due_sql('p')}").fetchone()[0]


# Today's list: the due rows read by the (catch_up_due_on, snoozed_until) index, sorted by day then name
# (SQLite sorts only the names within each day, and stops at the limit); the interval for those rows only.
_DUE_WHERE = "p.catch_up_due_on <= ? AND (p.snoozed_until IS NULL OR p.snoozed_until <= ?)"
_LIST_SQL = f"""SELECT p.id, p.display_name, o.name,
    COALESCE(p.keep_in_touch_days, (SELECT MIN({_PRESET_SQL}) FROM person_role r WHERE r.person_id = p.id)),
    p.last_met_on, p.snoozed_until, p.catch_up_due_on
    FROM person p LEFT JOIN organization o ON o.id = p.organization_id
    WHERE {_DUE_WHERE} ORDER BY p.catch_up_due_on, p.display_name COLLATE NOCASE"""


# How many people are due by a day: a bare range count on the due index (~3 ms for 100,000 rows, where a
# condition read per row took 20 ms), less those snoozed past today (few, counted on their own index).
_COUNT_SQL = """SELECT (SELECT COUNT(*) FROM person WHERE catch_up_due_on {op} ?)
    - (SELECT COUNT(*) FROM person WHERE snoozed_until > ? AND catch_up_due_on {op} ?)"""


def _count(op: str, day: str, today: str) -> int:
    return database.execute_sql(_COUNT_SQL.format(op=op), [day, today, day]).fetchone()[0]


def _scan(today: dt.date, limit: int | None) -> tuple[list[Cadence], dict[str, int]]:
    """Due and overdue people (not snoozed), most overdue first, and how many of each in all."""
    horizon, t = (today + dt.timedelta(days=DUE_SOON_DAYS)).isoformat(), today.isoformat()
    overdue, total = _count("<", t, t), _count("<=", horizon, t)
    sql, params = _LIST_SQL, [horizon, t]
    if limit:
        sql += " LIMIT ?"
        params.append(limit)
    rows = database.execute_sql(sql, params).fetchall()
    return [_row_to_cadence(row, today) for row in rows], {"overdue": overdue or 0, "due": total - (overdue or 0)}


def cadence_of(person_id: int, today: dt.date | None = None) -> Cadence:
    """Keep-in-touch state of one person."""
    from mentordesk.services.people import get_person

    get_person(person_id)
    row = database.execute_sql(_query("WHERE p.id = ?"), [person_id]).fetchone()
    return _row_to_cadence(row[:7], today or dt.date.today())


def due_people(today: dt.date | None = None, limit: int | None = None) -> list[Cadence]:
    """People overdue or due within DUE_SOON_DAYS (not snoozed), most overdue first; filtered in SQL."""
    return _scan(today or dt.date.today(), limit)[0]


def count_due(today: dt.date | None = None) -> dict[str, int]:
    """How many people are overdue and due (not snoozed)."""
    return _scan(today or dt.date.today(), 1)[1]


def due_list(today: dt.date | None = None, limit: int | None = None) -> tuple[list[Cadence], dict[str, int]]:
    """due_people and count_due in one pass (what Today uses)."""
    return _scan(today or dt.date.today(), limit)


@transactional
def set_interval(person_id: int, days: int | None) -> Person:
    """Change how often to see a person; None goes back to their roles' preset."""
    from mentordesk.services.people import update_person

    days = v.integer(days, "keep_in_touch_days", low=1, high=3650)
    return update_person(person_id, keep_in_touch_days=days)


@transactional
def snooze(person_id: int, days: int | None = None, until: dt.date | str | None = None,
           today: dt.date | None = None) -> Person:
    """Hide a person from the due list for `days` days or until a date; until=None and days=None wakes them."""
    from mentordesk.services.people import update_person

    if days is not None:
        days = v.integer(days, "days", low=1, high=3650)
        until = (today or dt.date.today()) + dt.timedelta(days=days)
    else:
        until = v.date(until, "snoozed_until")
    return update_person(person_id, snoozed_until=until)


@transactional
def log_catch_up(person_id: int, held_at: dt.datetime | None = None, kind: str = "other",
                 summary: str = "Catch-up", notes: str = ""):
    """Log a quick meeting with one person: this is what resets their keep-in-touch clock."""
    from mentordesk.services.meetings import log_meeting

    return log_meeting(held_at=held_at or dt.datetime.now().replace(second=0, microsecond=0), kind=kind,
                       summary=summary, notes=notes, attendee_ids=[person_id])


# Asking someone you have not met in this long is asking a stranger: warm the contact up first.
WARM_UP_DAYS = 182


def warm_up_needed(person_id: int, today: dt.date | None = None) -> dict | None:
    """None when the person was met in the last six months, else when you last met (or None) and how long ago."""
    from mentordesk.services.people import get_person

    person = get_person(person_id)
    today = today or dt.date.today()
    last = person.last_met_on if isinstance(person.last_met_on, dt.date) else None  # None when malformed
    if last is not None and (today - last).days <= WARM_UP_DAYS:
        return None
    return {
        "person_id": person.id,
        "name": person.display_name,
        "last_met_on": last.isoformat() if last else None,
        "days": (today - last).days if last else None,
    }
