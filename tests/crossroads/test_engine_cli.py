"""`mentordesk crossroads template|evaluate` (#20 Beyond 7): scriptable, saves nothing, agrees with the wizard."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from mentordesk import cli
from mentordesk.crossroads.answers import Answers
from mentordesk.crossroads.matching import field_key


def run(capsys, *args) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def template(capsys, db_path) -> dict:
    code, out, _ = run(capsys, "crossroads", "template", "--db", str(db_path))
    assert code == 0
    return json.loads(out)


def dump(db_path) -> list[str]:
    """The decisions, asks, advice and meetings as stored (read through the app's own connection: a second
    sqlite3 connection opened and closed in this process would drop SQLite's locks), to prove nothing was written."""
    from mentordesk.crossroads.models import Decision, DecisionAsk
    from mentordesk.models import AdviceNote, Ask, Meeting

    return [repr(row) for model in (Decision, DecisionAsk, Ask, AdviceNote, Meeting)
            for row in model.select().order_by(model.id).tuples()]


def test_template_is_a_complete_answers_file_for_the_network(demo_db, db_path, capsys):
    data = template(capsys, db_path)
    assert set(Answers().to_dict()) <= set(data)                       # every field, ready to edit
    assert data["choices"]["switch_target"] == "UX research"            # from the last decision
    people = {p["name"]: p["id"] for p in data["_people"]}
    assert "Zoe Anderson" not in people                                 # marked sensitive
    assert people["Priya Raman"] in data["field_people"][field_key("UX research")]
    assert people["Kenji Watanabe"] not in data["field_people"][field_key("UX research")]
    assert any(c["name"] == "Kenji Watanabe" and not c["matched"] for c in data["_field_candidates"])
    assert {a["path"] for a in data["_advice"]} == {"improve", "switch", "school"}
    assert Answers.from_dict(data).choices.switch_target == "UX research"


def test_evaluate_prints_ranking_certainty_flips_warnings_money_and_plan_and_saves_nothing(demo_db, db_path, capsys,
                                                                                      tmp_path):
    data = template(capsys, db_path)
    data["school"]["study_mode"] = "full_time"                          # 5 months of savings, 12 of study
    data["scores"]["improve"]["income"] = 5                             # promotion prospects are 1 of 5
    data["importance"].update(interest=5, income=9)
    answers = tmp_path / "a.json"
    answers.write_text(json.dumps(data), encoding="utf-8")
    before = dump(db_path)
    code, out, err = run(capsys, "crossroads", "evaluate", "--db", str(db_path), "--answers", str(answers), "--json")
    assert code == 0, err
    result = json.loads(out)
    assert [r["option"] for r in result["ranking"]][0] == result["winners"][0]
    assert all({"label", "total", "scores"} <= set(r) for r in result["ranking"])
    assert result["certainty"]["level"] in ("high", "medium", "low") and result["certainty"]["reasons"]
    assert result["flips"] and all(f["winners"] != result["winners"] for f in result["flips"])
    sizes = [f["steps"] / (10 if f["kind"] == "weight" else 4) for f in result["flips"]]
    assert sizes == sorted(sizes)
    keys = {w["key"] for w in result["warnings"]}
    assert {"improve_income_promotion", "runway_school"} <= keys
    assert result["money"]["available"] and set(result["money"]["options"]) == {"improve", "switch", "school"}
    assert all(f["formula"] for m in result["money"]["options"].values() for f in m["figures"])
    assert result["plan"]["asks"] and result["plan_z"]["runway_months"] == 5
    assert len(result["plan_z"]["people"]) == 3
    assert dump(db_path) == before                                      # nothing saved
    code, text, _ = run(capsys, "crossroads", "evaluate", "--db", str(db_path), "--answers", str(answers))
    assert code == 0 and "Ranking:" in text and "What would flip it:" in text and "Plan Z" in text


def test_evaluate_names_the_file_and_every_field_at_fault(demo_db, db_path, capsys, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"scores": {"switch": {"income": 9}}, "improtance": {}, "money": {"age": "forty"}}))
    code, _, err = run(capsys, "crossroads", "evaluate", "--db", str(db_path), "--answers", str(bad))
    assert code == 1
    assert f"{bad}: scores.switch.income: must be 1 to 5, not 9" in err
    assert f"{bad}: improtance: is not a field of the answers" in err
    assert f"{bad}: money.age: must be a whole number" in err
    bad.write_text('{"situation": {"job_going": 2,}}')
    code, _, err = run(capsys, "crossroads", "evaluate", "--db", str(db_path), "--answers", str(bad))
    assert code == 1 and "not valid JSON" in err and "line 1" in err
    code, _, err = run(capsys, "crossroads", "evaluate", "--db", str(db_path), "--answers", str(tmp_path / "none.json"))
    assert code == 2 and "cannot read it" in err


def test_evaluate_agrees_with_the_wizard(demo_db, db_path, capsys, tmp_path, qtbot):
    from mentordesk.ui.crossroads.wizard import CrossroadsWizard

    data = template(capsys, db_path)
    data["situation"]["downsizing_risk"] = 5
    data["choices"]["school_then_switch"] = True
    (tmp_path / "a.json").write_text(json.dumps(data))
    code, out, _ = run(capsys, "crossroads", "evaluate", "--db", str(db_path), "--answers", str(tmp_path / "a.json"),
                       "--json")
    assert code == 0
    printed = json.loads(out)
    wizard = CrossroadsWizard(answers=Answers.from_dict(data))
    qtbot.addWidget(wizard)
    wizard.show()
    while wizard.currentPage() is not wizard.result_page:
        wizard.next()
    result = wizard.analysis().result
    assert [(o, result.options[o].total) for o in result.ranking] == \
        [(r["option"], r["total"]) for r in printed["ranking"]]
    assert (result.certainty, result.certainty_score) == (printed["certainty"]["level"], printed["certainty"]["score"])
    assert [f.text for f in result.flips] == [f["text"] for f in printed["flips"]]
    assert [w.key for w in result.warnings] == [w["key"] for w in printed["warnings"]]
    shown = wizard.result_page.summary.toPlainText()
    assert printed["ranking"][0]["label"] in shown
    if printed["flip"]:
        assert printed["flip"] in shown


def test_the_console_script_runs_evaluate(demo_db, db_path, capsys, tmp_path):
    data = template(capsys, db_path)
    (tmp_path / "a.json").write_text(json.dumps(data))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run([sys.executable, "-m", "mentordesk", "crossroads", "evaluate", "--db", str(db_path),
                           "--answers", "-", "--json", "--today", "2026-01-15"], input=json.dumps(data),
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["ranking"]
