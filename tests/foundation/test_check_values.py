"""`mentordesk check` reads the values too: bad dates, unknown vocabulary and dangling references, each named."""

from __future__ import annotations

import sqlite3

from mentordesk import cli
from mentordesk.services import health, opportunities


def _first(db, table: str) -> int:
    return db.execute_sql(f"SELECT MIN(id) FROM {table}").fetchone()[0]


def test_check_lists_each_bad_value_with_table_id_and_field(demo_db):
    db = demo_db
    ask, meeting, advice, role = (_first(db, t) for t in ("ask", "meeting", "advice_note", "person_role"))
    job = opportunities.create_opportunity(title="Designer", deadline="2030-01-01").id
    db.execute_sql("UPDATE ask SET due_on = 'soon' WHERE id = ?", (ask,))
    db.execute_sql("UPDATE meeting SET held_at = 'last tuesday' WHERE id = ?", (meeting,))
    db.execute_sql("UPDATE opportunity SET deadline = '2030-02-30' WHERE id = ?", (job,))
    db.execute_sql("PRAGMA foreign_keys = OFF")
    db.execute_sql("UPDATE advice_note SET person_id = 99999 WHERE id = ?", (advice,))
    db.execute_sql("PRAGMA foreign_keys = ON")
    db.execute_sql("PRAGMA ignore_check_constraints = ON")  # as a file from before the CHECK constraints
    db.execute_sql("UPDATE person_role SET role = 'wizard' WHERE id = ?", (role,))
    db.execute_sql("PRAGMA ignore_check_constraints = OFF")
    problems = health.check()
    for line in (f"ask {ask} due_on: 'soon' is not a date (YYYY-MM-DD)",
                 f"meeting {meeting} held_at: 'last tuesday' is not a date and time (YYYY-MM-DD HH:MM)",
                 f"opportunity {job} deadline: '2030-02-30' is not a date (YYYY-MM-DD)",
                 f"advice_note {advice} person: points to person 99999, which does not exist"):
        assert line in problems, problems
    assert any(p.startswith(f"person_role {role} role: 'wizard' is not one of friend, mentor") for p in problems)


def test_the_check_command_is_not_healthy_with_a_bad_date(db_path, capsys):
    assert cli.main(["demo", "--db", str(db_path)]) == 0
    with sqlite3.connect(db_path) as con:
        ask = con.execute("SELECT MIN(id) FROM ask").fetchone()[0]
        con.execute("UPDATE ask SET due_on = 'soon' WHERE id = ?", (ask,))
        con.execute("UPDATE person SET keep_in_touch_days = 'weekly' WHERE id = 1")
    capsys.readouterr()
    assert cli.main(["check", "--db", str(db_path)]) == 1
    err = capsys.readouterr().err
    assert f"ask {ask} due_on: 'soon' is not a date (YYYY-MM-DD)" in err
    assert "person 1 keep_in_touch_days: 'weekly' is not a whole number" in err
    assert "healthy" not in err


def test_a_healthy_demo_has_no_value_problems(demo_db):
    from mentordesk.services.value_check import bad_values

    assert bad_values() == []
