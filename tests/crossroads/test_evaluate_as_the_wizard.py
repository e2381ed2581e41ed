"""`crossroads evaluate` takes only what the wizard takes, and says what the wizard shows: on scenarios nobody
tuned for (a career changer with a loan, an age and "School, then switch"; someone exploring)."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QWizard

from mentordesk import cli
from mentordesk.crossroads.answers import Answers
from mentordesk.crossroads.evaluation import evaluation_data
from mentordesk.ui.crossroads.wizard import CrossroadsWizard

KEYS = ("ranking", "blocked", "winners", "certainty", "flips", "warnings", "adjustments", "gaps", "money", "plan_z",
        "lead", "advice_used", "advice_off_target")


def template(capsys, db_path) -> dict:
    assert cli.main(["crossroads", "template", "--db", str(db_path)]) == 0
    return {k: v for k, v in json.loads(capsys.readouterr().out).items() if not k.startswith("_")}


def evaluate(capsys, db_path, tmp_path, data) -> tuple[int, str, str]:
    (tmp_path / "a.json").write_text(json.dumps(data))
    code = cli.main(["crossroads", "evaluate", "--db", str(db_path), "--answers", str(tmp_path / "a.json"), "--json"])
    out, err = capsys.readouterr()
    return code, out, err


def through_the_wizard(qtbot, data) -> CrossroadsWizard:
    wizard = CrossroadsWizard(answers=Answers.from_dict(data))
    qtbot.addWidget(wizard)
    wizard.show()
    while wizard.currentPage() is not wizard.result_page:
        page = wizard.currentPage()
        wizard.next()
        assert wizard.currentPage() is not page, page.error.text()
    return wizard


def career_changer(data: dict) -> dict:
    data["situation"].update(current_role="Operations Analyst", job_going=4, happiness=3, months_since_raise=6,
                             promotion_prospects=4, downsizing_risk=1, savings_months=18, deadline=None)
    data["choices"].update(switch_target="data science", switch_organization="", school_program="MBA",
                           school_then_switch=True, improve_plan="Lead the new analytics project")
    data["school"].update(tuition=90000, months_full_time=24, current_income=72000, expected_income=95000,
                          support_per_year=0, study_mode="full_time", completion_chance=0.8, loan_amount=60000,
                          loan_rate=0.07, loan_years=10)
    data["money"].update(age=45, switch_income=80000, switch_dip=0.2, switch_ramp_years=2, search_months=4)
    data["scores"]["school"].update(income=5, interest=3)
    data.update(field_people={}, gut_choice="", must_haves=[])
    return data


def test_a_career_changer_evaluates_as_the_wizard_shows_it(demo_db, db_path, capsys, tmp_path, qtbot):
    data = career_changer(template(capsys, db_path))
    code, out, _ = evaluate(capsys, db_path, tmp_path, data)
    assert code == 0
    printed = json.loads(out)
    wizard = through_the_wizard(qtbot, data)
    shown = evaluation_data(wizard.analysis(), None, wizard.today)
    for key in KEYS:
        assert printed[key] == json.loads(json.dumps(shown[key])), key
    assert [(i.person, i.kind) for i in wizard.result_page.suggested] == \
        [(a["person"], a["kind"]) for a in printed["plan"]["asks"]]
    # The switch by hand: 4 months unpaid, then 57,600 (72,000 less 20%), 68,800, then 80,000; staying 72,000;
    # both +2% a year (promotion likely); 22 working years (67 - 45), each year / 1.03^year.
    stay = sum(72000 * 1.02 ** y / 1.03 ** (y + 1) for y in range(22))

    def switch_month(k):
        if k < 4:
            return 0.0
        y = (k - 4) // 12
        return (57600 + 22400 * min(1, y / 2)) / 12 * 1.02 ** y
    switch = sum(sum(switch_month(m) for m in range(12 * t, 12 * t + 12)) / 1.03 ** (t + 1) for t in range(22))
    assert printed["money"]["options"]["switch"]["versus_staying"] == pytest.approx(switch - stay, abs=0.01)
    assert printed["money"]["options"]["switch"]["versus_staying"] == pytest.approx(86849.30, abs=0.01)


def test_evaluate_refuses_what_the_wizard_refuses(demo_db, db_path, capsys, tmp_path):
    data = template(capsys, db_path)
    data["choices"].update(school_program=" ", switch_target="", exploring=False)
    data["money"].update(age=70, retirement_age=67)
    code, _, err = evaluate(capsys, db_path, tmp_path, data)
    assert code == 1
    assert "choices.school_program: name the program you would study (option C)" in err
    assert "choices.switch_target: name the field or role you would switch to (option B)" in err
    assert "money.age: is at or past money.retirement_age (67)" in err
    data["choices"].update(school_program="Part-time HCI master's", exploring=True)
    data["money"].update(age=40)
    assert evaluate(capsys, db_path, tmp_path, data)[0] == 0           # exploring: no target needed


def test_while_exploring_evaluate_lists_the_interviews_the_wizard_proposes(demo_db, db_path, capsys, tmp_path, qtbot):
    data = template(capsys, db_path)
    data["choices"].update(switch_target="", exploring=True, switch_organization="")
    data["field_people"] = {}
    code, out, _ = evaluate(capsys, db_path, tmp_path, data)
    assert code == 0
    exploring = json.loads(out)["exploration"]
    wizard = through_the_wizard(qtbot, data)
    assert wizard.exploration and [i.person for i in wizard.exploration] == \
        [i["person"] for i in exploring["interviews"] if i["checked"]]
    assert wizard.come_back.isoformat() == exploring["come_back_on"]
    assert wizard.result_page.revisit.date().toPython() == wizard.come_back
    assert cli.main(["crossroads", "evaluate", "--db", str(db_path), "--answers", str(tmp_path / "a.json")]) == 0
    text = capsys.readouterr().out
    assert f"* {exploring['interviews'][0]['field']}: {exploring['interviews'][0]['person']}" in text
    assert f"Come back and choose on {exploring['come_back_on']}." in text
