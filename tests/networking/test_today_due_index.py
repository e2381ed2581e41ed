"""Today at scale: each person's catch-up due day is stored (indexed) and always agrees with their fields.

The reference is the computation Today used before the column: every person's interval and due day
computed in one pass over everyone (`_OLD_SCAN`, kept here verbatim), and `cadence._query` per person.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mentordesk import db
from mentordesk.models import Meeting, Person, database
from mentordesk.services import cadence, edits, meetings, merge, people
from mentordesk.services.cadence import DUE_SOON_DAYS, _row_to_cadence

_OLD_SCAN = """SELECT *, SUM(due_jd < julianday(?)) OVER (), COUNT(*) OVER () FROM ({query})
    WHERE due_jd <= julianday(?) AND (snoozed_until IS NULL OR snoozed_until <= ?)
    ORDER BY due_jd, display_name COLLATE NOCASE"""
DAYS = [dt.date(2024, 3, 1), dt.date(2025, 1, 15), dt.date(2025, 9, 30), dt.date.today()]
ROLES = ["coach", "mentor", "insider", "friend", "colleague", "other"]


def old_due_list(today: dt.date):
    """Today's keep-in-touch list as it was computed before the stored column (a scan of everyone)."""
    t = today.isoformat()
    horizon = (today + dt.timedelta(days=DUE_SOON_DAYS)).isoformat()
    rows = database.execute_sql(_OLD_SCAN.format(query=cadence._query()), [t, horizon, t]).fetchall()
    overdue, total = (rows[0][-2], rows[0][-1]) if rows else (0, 0)
    return [_row_to_cadence(row[:7], today) for row in rows], {"overdue": overdue or 0, "due": total - (overdue or 0)}


def assert_in_step() -> None:
    """The stored due day of everyone equals the computed one, and Today lists what the old scan listed."""
    stored = dict(Person.select(Person.id, Person.catch_up_due_on).tuples())
    computed = {row[0]: row[6] for row in database.execute_sql(cadence._query()).fetchall()}
    assert {pid: (str(day) if day else None) for pid, day in stored.items()} == computed
    for today in DAYS:
        assert cadence.due_list(today) == old_due_list(today), today


def _ids(model) -> list[int]:
    return [i for (i,) in model.select(model.id).order_by(model.id).tuples()]


# --- each kind of edit, as data hypothesis can draw ----------------------------------------------

def add_person(_pick, roles_and_interval, history):
    roles, interval = roles_and_interval
    values = {"display_name": f"Person {len(_ids(Person)) + 1}", "roles": roles}
    if interval:
        values["keep_in_touch_days"] = interval
    history.run(edits.Create("person", values))


def set_interval(pick, interval, history):
    history.run(edits.Update("person", pick(Person), {"keep_in_touch_days": interval}))


def set_roles(pick, roles, history):
    history.run(edits.Update("person", pick(Person), {"roles": roles}))


def snooze(pick, days, history):
    until = dt.date(2025, 1, 10) + dt.timedelta(days=days) if days else None
    history.run(edits.Update("person", pick(Person), {"snoozed_until": until}))


def log_meeting(pick, day, history):
    who = sorted({pick(Person), pick(Person)})
    history.run(edits.Create("meeting", {"held_at": f"{day} 10:00", "kind": "coffee", "attendee_ids": who}))


def move_meeting(pick, day, history):
    meeting = pick(Meeting)
    if meeting:
        history.run(edits.Update("meeting", meeting, {"held_at": f"{day} 09:00"}))


def change_attendees(pick, _value, history):
    meeting = pick(Meeting)
    if meeting:
        history.run(edits.Update("meeting", meeting, {"attendee_ids": [pick(Person)]}))


def delete_meeting(pick, _value, history):
    meeting = pick(Meeting)
    if meeting:
        history.run(edits.Delete("meeting", meeting))


def delete_person(pick, _value, history):
    if len(_ids(Person)) > 2:
        history.run(edits.Delete("person", pick(Person)))


def merge_two(pick, _value, history):
    """As the merge dialog does it: undoable, the snapshot taken right before."""
    ids = _ids(Person)
    if len(ids) < 3:
        return
    keep, other = pick(Person), pick(Person)
    if keep == other:
        return
    saved: dict = {}

    def do():
        saved.update(merge.capture_merge(keep, other))
        return merge.merge_people(keep, other)

    history.run(edits.Custom("Merge", do=do, undo=lambda _result: merge.unmerge(saved)))


OPERATIONS = {
    "add_person": (add_person, st.tuples(st.lists(st.sampled_from(ROLES), max_size=2, unique=True),
                                         st.one_of(st.none(), st.integers(1, 400)))),
    "set_interval": (set_interval, st.one_of(st.none(), st.integers(1, 400))),
    "set_roles": (set_roles, st.lists(st.sampled_from(ROLES), max_size=3, unique=True)),
    "snooze": (snooze, st.sampled_from([0, 7, 30, 90])),
    "log_meeting": (log_meeting, st.dates(dt.date(2024, 1, 1), dt.date(2026, 6, 30))),
    "move_meeting": (move_meeting, st.dates(dt.date(2023, 1, 1), dt.date(2026, 6, 30))),
    "change_attendees": (change_attendees, st.none()),
    "delete_meeting": (delete_meeting, st.none()),
    "delete_person": (delete_person, st.none()),
    "merge": (merge_two, st.none()),
}


@st.composite
def steps(draw):
    name = draw(st.sampled_from(sorted(OPERATIONS)))
    function, values = OPERATIONS[name]
    return name, draw(values), draw(st.integers(0, 10_000))


@pytest.fixture
def network(database):
    """A few people with roles, intervals and meetings, some created long ago (as an import would)."""
    ids = [people.create_person(display_name=f"Seed {i}", roles=[ROLES[i % len(ROLES)]] if i % 3 else [],
                                keep_in_touch_days=[None, 10, 45][i % 3]).id for i in range(8)]
    Person.update(created_at=dt.datetime(2024, 1, 5, 9, 0)).where(Person.id.in_(ids[:4])).execute()
    cadence.refresh_due(ids[:4])  # what the import does for created_at it brings
    meetings.log_meeting(held_at="2024-11-02 18:00", kind="coffee", attendee_ids=ids[1:3])
    return database


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(script=st.lists(steps(), min_size=1, max_size=12))
def test_the_stored_due_day_agrees_with_the_computation_after_any_edits(network, script):
    assert_in_step()
    for name, value, seed in script:
        def pick(model, seed=seed):
            ids = _ids(model)
            return ids[seed % len(ids)] if ids else None

        history = edits.History()
        OPERATIONS[name][0](pick, value, history)
        assert_in_step()
        if history.done:  # the edit taken back (Ctrl+Z), then done again (Ctrl+Shift+Z)
            history.undo()
            assert_in_step()
            history.redo()
            assert_in_step()


def test_each_kind_of_edit_moves_the_due_day(database):
    mentor = people.create_person(display_name="Mina Mentor", roles=["mentor"]).id
    friend = people.create_person(display_name="Fred Friend").id
    due = lambda pid: Person.get_by_id(pid).catch_up_due_on  # noqa: E731
    created = dt.date.today()
    assert due(mentor) == created + dt.timedelta(days=30) and due(friend) is None, "untracked: no due day"

    history = edits.History()
    history.run(edits.Update("person", friend, {"roles": ["friend"]}))
    assert due(friend) == created + dt.timedelta(days=90)
    history.undo()
    assert due(friend) is None, "undo takes the due day back"

    meeting = history.run(edits.Create("meeting", {"held_at": "2025-02-03 10:00", "kind": "call",
                                                   "attendee_ids": [mentor]}))
    assert due(mentor) == dt.date(2025, 3, 5)
    history.run(edits.Update("meeting", meeting, {"held_at": "2025-04-01 10:00"}))
    assert due(mentor) == dt.date(2025, 5, 1)
    cadence.set_interval(mentor, 14)
    assert due(mentor) == dt.date(2025, 4, 15)
    history.run(edits.Delete("meeting", meeting))
    assert due(mentor) == created + dt.timedelta(days=14), "no meeting left: counts from when they were added"
    history.undo()
    assert due(mentor) == dt.date(2025, 4, 15)

    history.run(edits.Delete("person", mentor))
    history.undo()
    assert due(mentor) == dt.date(2025, 4, 15), "a restored person comes back due as before"
    assert cadence.out_of_step() == 0


def test_import_and_sync_store_the_due_day(database, tmp_path):
    from mentordesk.exchange.jsondump import import_json
    from mentordesk.sync.cards import PersonSide

    export = {"format": "mentordesk", "version": 1, "people": [
        {"id": 1, "display_name": "Old Friend", "roles": ["friend"], "created_at": "2023-05-01 08:00:00"}],
        "meetings": [{"id": 1, "held_at": "2024-02-10 12:00", "kind": "coffee", "attendee_ids": [1]}]}
    path = tmp_path / "export.json"
    path.write_text(json.dumps(export))
    import_json(path, {"backup": False})
    imported = Person.get(Person.display_name == "Old Friend")
    assert imported.catch_up_due_on == dt.date(2024, 5, 10)

    side = PersonSide()
    card = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:abc\r\nFN:Sam Synced\r\nEND:VCARD\r\n"
    synced = side.create(side.remote_fields(card))
    assert Person.get_by_id(synced).catch_up_due_on is None
    people.update_person(synced, roles=["coach"])
    assert Person.get_by_id(synced).catch_up_due_on == dt.date.today() + dt.timedelta(days=14)
    assert cadence.out_of_step() == 0


def test_a_file_from_before_the_column_is_filled_when_migrated(db_path):
    db.open_database(db_path)
    ana = people.create_person(display_name="Ana", roles=["mentor"]).id
    meetings.log_meeting(held_at="2025-01-01 10:00", kind="call", attendee_ids=[ana])
    db.close_database()
    with sqlite3.connect(db_path) as conn:  # what an older MentorDesk wrote: no column, schema 3
        conn.execute("DROP INDEX person_catch_up_due")
        conn.execute("DROP INDEX person_snoozed")
        conn.execute("ALTER TABLE person DROP COLUMN catch_up_due_on")
        conn.execute("UPDATE schema_version SET version = 3")
    db.open_database(db_path)
    try:
        assert Person.get_by_id(ana).catch_up_due_on == dt.date(2025, 1, 31)
        assert cadence.due_list(dt.date(2025, 1, 30))[1] == {"overdue": 0, "due": 1}
    finally:
        db.close_database()


def test_today_reads_the_due_rows_through_the_index(database):
    plan = database.execute_sql("EXPLAIN QUERY PLAN " + cadence._LIST_SQL, ["2025-01-01", "2025-01-01"]).fetchall()
    text = " ".join(str(row[-1]) for row in plan)
    assert "person_catch_up_due" in text and "SCAN p " not in text, text


def test_the_today_page_gives_rows_their_buttons_as_they_scroll_into_view(qtbot, database):
    from PySide6.QtWidgets import QPushButton

    from mentordesk.ui.areas.today import RowButtons, TodayPage

    ids = [people.create_person(display_name=f"Overdue {i:03d}", roles=["coach"]).id for i in range(90)]
    Person.update(created_at=dt.datetime(2024, 1, 1)).where(Person.id.in_(ids)).execute()
    cadence.refresh_due(ids)
    page = TodayPage()
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    listed = page.listed_people()
    assert len(listed) == 90
    button = lambda pid: page.people.findChild(QPushButton, f"catch_up_{pid}")  # noqa: E731
    assert button(listed[0]) is not None and button(listed[-1]) is None, "only the first rows have buttons yet"
    assert len(page.people.findChildren(QPushButton)) == RowButtons.EAGER
    page.people.scrollToItem(page.people.topLevelItem(89))
    qtbot.waitUntil(lambda: button(listed[-1]) is not None)
    assert all(button(pid) is not None for pid in listed), "every row scrolled past has its buttons"
