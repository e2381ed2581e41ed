"""`mentordesk today`, `prep` and `referrals` as a user runs them."""

from __future__ import annotations

import json

from mentordesk.cli import main
from mentordesk.services import today


def test_today_json_agrees_with_the_service(demo_db, db_path, capsys):
    assert main(["today", "--db", str(db_path), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    for key in ("overdue", "due", "asks_due", "upcoming"):
        assert key in printed and isinstance(printed[key], list)
        assert all(("name" in item) or ("title" in item) for item in printed[key])
    expected = today.agenda()
    assert [p["person_id"] for p in printed["overdue"]] == [p["person_id"] for p in expected["overdue"]]
    assert [a["ask_id"] for a in printed["asks_due"]] == [a["ask_id"] for a in expected["asks_due"]]
    assert printed["overdue"], "the demo network has overdue people"


def test_today_text(demo_db, db_path, capsys):
    assert main(["today", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "Overdue (" in out and "Asks waiting" in out and "Upcoming" in out


def test_prep_and_referrals(demo_db, db_path, capsys):
    assert main(["prep", "--db", str(db_path), "Maya", "Chen"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Maya Chen") and "Their advice" in out
    assert main(["referrals", "--db", str(db_path), "Orbit", "Software"]) == 0
    out = capsys.readouterr().out
    assert "Kenji Watanabe" in out and "introduced you to Kenji Watanabe" in out


def test_unknown_person_is_one_line_error(demo_db, db_path, capsys):
    assert main(["prep", "--db", str(db_path), "Nobody", "Atall"]) == 2
    err = capsys.readouterr().err
    assert err.strip() == "mentordesk: error: no person matches 'Nobody Atall'"
