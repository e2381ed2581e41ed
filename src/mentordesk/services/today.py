"""The day's agenda as plain data: what the Today screen shows and `mentordesk today --json` prints."""

from __future__ import annotations

import datetime as dt
from typing import Callable

from mentordesk.models import ASK_KINDS, ASK_STATUSES, MEETING_KINDS, Ask, Meeting, MeetingAttendee, Person, database
from mentordesk.services import cadence
from mentordesk.texts import T_, translating, word

# How far ahead Today looks for meetings and follow-ups, and for asks that are due.
UPCOMING_DAYS = 14
ASK_HORIZON_DAYS = 14
WAITING_STATUSES = ("asked", "in_progress")
LIST_LIMIT = 200

# Lines other features add to the agenda, by key: a feature above services registers its own here
# (Crossroads adds "decision_review" when its tables load), so services never import upwards.
AGENDA_PROVIDERS: dict[str, Callable[[dt.date], object]] = {}


def _kind_title(kind: str) -> str:
    """A meeting without a summary, named by its kind ("Coffee"; German "Kaffee" from the vocabulary)."""
    return word(MEETING_KINDS[kind], "vocabulary") if translating() and kind in MEETING_KINDS else kind.title()


def provide(key: str, provider) -> None:
    """Add (or replace) the agenda line `key`, computed by `provider(today)`."""
    AGENDA_PROVIDERS[key] = provider


def agenda(now: dt.datetime | None = None) -> dict:
    """Everything Today shows; each list item has a "name" (person) and/or a "title"."""
    now = now or dt.datetime.now().replace(microsecond=0)
    today = now.date()
    people, counts = cadence.due_list(today, limit=LIST_LIMIT)
    return {
        "date": today.isoformat(),
        "overdue": [c.as_dict() for c in people if c.status == "overdue"],
        "due": [c.as_dict() for c in people if c.status == "due"],
        "overdue_total": counts["overdue"],
        "due_total": counts["due"],
        "asks_due": asks_due(today),
        "thank_you": thanks_owed(),
        "upcoming": upcoming(now),
        "decision_review": None,
        "activity": meetings_per_month(today),
    } | {key: provider(today) for key, provider in AGENDA_PROVIDERS.items()}


def _ask_item(ask_id, person_id, name, direction, kind, purpose, status, due_on, today: dt.date) -> dict:
    due = due_on if isinstance(due_on, dt.date) else None  # a malformed stored date reads as its raw text
    return {
        "ask_id": ask_id,
        "person_id": person_id,
        "name": name,
        "title": purpose or ASK_KINDS[kind],
        "kind": kind,
        "direction": direction,
        "waiting_on": "them" if direction == "to" else "you",
        "status": status,
        "status_label": ASK_STATUSES[status],
        "due_on": due.isoformat() if due else (str(due_on) if due_on else None),
        "days_left": (due - today).days if due else None,
        "overdue": bool(due and due < today and status in ("idea", "asked", "in_progress")),
    }


def asks_due(today: dt.date | None = None) -> list[dict]:
    """Asks waiting on someone (asked or in progress, either way) and ideas due soon, by due date."""
    today = today or dt.date.today()
    horizon = today + dt.timedelta(days=ASK_HORIZON_DAYS)
    order = (Ask.due_on.is_null(), Ask.due_on, Ask.id)
    return _first_asks((Ask.status.in_(WAITING_STATUSES) | ((Ask.status == "idea") & (Ask.due_on <= horizon))),
                       order, today)


def _first_asks(condition, order, today: dt.date) -> list[dict]:
    """The first LIST_LIMIT asks meeting `condition` in `order`, with their person's name: the asks are chosen
    on their own table first, so only the people of those shown are read (not of every candidate)."""
    chosen = Ask.select(Ask.id).where(condition).order_by(*order).limit(LIST_LIMIT)
    query = (
        Ask.select(Ask.id, Person.id, Person.display_name, Ask.direction, Ask.kind, Ask.purpose, Ask.status, Ask.due_on)
        .join(Person)
        .where(Ask.id.in_(chosen))
        .order_by(*order)
    )
    return [_ask_item(*row, today) for row in query.tuples()]


def asks_due_today(today: dt.date | None = None) -> list[dict]:
    """Open asks whose due date is today or past: what the reminder mentions."""
    today = today or dt.date.today()
    return [a for a in asks_due(today) if a["days_left"] is not None and a["days_left"] <= 0]


def thanks_owed() -> list[dict]:
    """Asks of yours that were done and not yet thanked for."""
    return _first_asks((Ask.status == "done") & (Ask.direction == "to") & (Ask.thanked == False),  # noqa: E712
                       (Ask.done_on.desc(nulls="LAST"), Ask.id), dt.date.today())


def _names(meeting_ids) -> dict[int, list[tuple[int, str]]]:
    result: dict[int, list[tuple[int, str]]] = {m: [] for m in meeting_ids}
    if not result:
        return result
    rows = (MeetingAttendee.select(MeetingAttendee.meeting, Person.id, Person.display_name).join(Person)
            .where(MeetingAttendee.meeting.in_(list(result))).order_by(MeetingAttendee.id).tuples())
    for meeting, pid, name in rows:
        result[meeting].append((pid, name))
    return result


def upcoming(now: dt.datetime | None = None, days: int = UPCOMING_DAYS) -> list[dict]:
    """Planned meetings and follow-ups due in the next `days` days, soonest first."""
    now = now or dt.datetime.now()
    today = now.date()
    until = today + dt.timedelta(days=days)
    meetings = list(Meeting.select().where((Meeting.held_at >= now) & (Meeting.held_at < until + dt.timedelta(days=1)))
                    .order_by(Meeting.held_at).limit(LIST_LIMIT))
    follow_ups = list(Meeting.select().where((Meeting.follow_up_on >= today) & (Meeting.follow_up_on <= until))
                      .order_by(Meeting.follow_up_on).limit(LIST_LIMIT))
    names = _names({m.id for m in meetings + follow_ups})
    items = []
    for m in meetings:
        who = names[m.id]
        items.append({
            "type": "meeting", "meeting_id": m.id, "when": m.held_at.isoformat(sep=" ", timespec="minutes"),
            "date": m.held_at.date().isoformat(), "title": m.summary or _kind_title(m.kind),
            "name": ", ".join(n for _, n in who), "person_ids": [p for p, _ in who], "place": m.place,
        })
    for m in follow_ups:
        who = names[m.id]
        items.append({
            "type": "follow_up", "meeting_id": m.id, "when": m.follow_up_on.isoformat(),
            "date": m.follow_up_on.isoformat(),
            "title": T_("Follow up: {summary}", summary=m.summary) if m.summary else T_("Follow up"),
            "name": ", ".join(n for _, n in who), "person_ids": [p for p, _ in who], "place": "",
        })
    items.sort(key=lambda item: (item["when"], item["type"]))
    return items


def meetings_per_month(today: dt.date | None = None, months: int = 12) -> list[dict]:
    """Meetings held in each of the last `months` calendar months (this one included), oldest first."""
    today = today or dt.date.today()
    keys = []
    year, month = today.year, today.month
    for _ in range(months):
        keys.append(f"{year:04d}-{month:02d}")
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    keys.reverse()
    start = f"{keys[0]}-01"
    end = (dt.datetime.combine(today, dt.time.max)).isoformat(sep=" ")
    rows = database.execute_sql(
        "SELECT substr(held_at, 1, 7) AS ym, COUNT(*) FROM meeting WHERE held_at >= ? AND held_at <= ? GROUP BY ym",
        [start, end],
    ).fetchall()
    counts = dict(rows)
    return [{"month": key, "count": counts.get(key, 0)} for key in keys]


def asks_pipeline(recent_days: int = 90, limit: int = 300) -> dict[str, list[dict]]:
    """Asks by status for the pipeline board; finished ones only when recent or not yet thanked."""
    from mentordesk.models import ASK_STATUSES

    today = dt.date.today()
    since = today - dt.timedelta(days=recent_days)
    columns: dict[str, list[dict]] = {status: [] for status in ASK_STATUSES}
    for status in ASK_STATUSES:
        query = (
            Ask.select(Ask.id, Person.id, Person.display_name, Ask.direction, Ask.kind, Ask.purpose, Ask.status,
                       Ask.due_on)
            .join(Person).where(Ask.status == status)
        )
        if status in ("done", "declined"):
            query = query.where((Ask.done_on.is_null()) | (Ask.done_on >= since)
                                | ((Ask.status == "done") & (Ask.direction == "to") & (Ask.thanked == False)))  # noqa: E712
        query = query.order_by(Ask.due_on.is_null(), Ask.due_on, Ask.id).limit(limit)
        columns[status] = [_ask_item(*row, today) for row in query.tuples()]
    return columns


def without_sensitive(data: dict) -> dict:
    """The agenda minus items about people marked sensitive (for privacy mode on screen)."""
    hidden = {pid for (pid,) in Person.select(Person.id).where(Person.sensitive == True).tuples()}  # noqa: E712
    if not hidden:
        return data

    def shown(item: dict) -> bool:
        ids = set(item.get("person_ids") or []) | ({item["person_id"]} if item.get("person_id") else set())
        return not ids & hidden

    result = dict(data)
    for key in ("overdue", "due", "asks_due", "thank_you", "upcoming"):
        result[key] = [item for item in data.get(key, []) if shown(item)]
    return result
