"""The result explains itself: why the leader leads, the money in one sentence that agrees with the money page
(checked by hand), and a demo decision close enough to have changes that would flip it."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from mentordesk import cli
from mentordesk.crossroads import report, service
from mentordesk.crossroads.demo import demo_answers
from mentordesk.crossroads.money import summary
from mentordesk.ui.crossroads.wizard import CrossroadsWizard

TODAY = dt.date.today()
A30 = sum(1.03 ** -t for t in range(1, 31))     # 30 working years discounted at 3%: 19.6004


def test_the_money_sentence_is_the_money_pages_figures_checked_by_hand(demo_db):
    """The demo's part-time master's, by hand: 24 months keeping 58,000, then 63,800 (today +10%, the cautious
    default), no raises (promotion 1/5, 26 months without one); tuition 32,000 less 2 x 5,250 support = 21,500;
    85% finish, else half the study and tuition then today's pay."""
    r = service.analyse(demo_answers(TODAY), TODAY).result
    first_two = 1 / 1.03 + 1 / 1.03 ** 2
    finish = 58000 * first_two + 63800 * (A30 - first_two) - 21500
    stop = 58000 * A30 - 10750
    by_hand = 0.85 * finish + 0.15 * stop - 58000 * A30
    assert by_hand == pytest.approx(67309.27, abs=0.01)
    assert r.money.options["school"].versus_staying == pytest.approx(by_hand, abs=0.01)
    text = summary(r.money)
    assert "Go back to school +67,309 against staying (breaks even after 6.2 years)" in text
    assert "Switch fields -16,568 against staying (never catches up)" in text
    assert "30 working years (discounted at 3% a year)" in text


def test_report_and_result_page_give_the_money_pages_break_even_not_an_older_one(demo_db, qtbot):
    """They used to print the old undiscounted school-only break-even (5.7 years part-time) beside the money
    page's discounted 6.2 years."""
    html = report.decision_html(service.decision_data(service.latest_decision_id()))
    assert "breaks even after 6.2 years" in html and "5.7 years" not in html
    wizard = CrossroadsWizard(today=TODAY, answers=demo_answers(TODAY))
    qtbot.addWidget(wizard)
    wizard.show()
    while wizard.currentPage() is not wizard.result_page:
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    shown = wizard.result_page.summary.toPlainText()
    assert "breaks even after 6.2 years" in shown and "5.7 years" not in shown
    school = wizard.result_page.money.topLevelItem(3)
    assert school.text(0).startswith("C.") and school.text(1) == "+67,309"   # the headline on the option's row
    assert "Why: Switch fields is ahead of Improve in place on Interest fit (5 vs 2, +0.53)" in shown


def test_the_reasons_for_the_lead_add_up_to_the_lead(demo_db):
    r = service.analyse(demo_answers(TODAY), TODAY).result
    top, second = r.ranking[:2]
    assert sum(x["points"] for x in r.lead) == pytest.approx(r.options[top].total - r.options[second].total, abs=0.01)
    assert r.lead[0]["criterion"] == "interest" and r.lead[0]["leader"] == 5 and r.lead[0]["runner_up"] == 2


def test_a_tie_has_no_leader_to_explain(demo_db):
    answers = demo_answers(TODAY)
    for option in ("improve", "switch", "school"):
        answers.scores[option] = {k: 3 for k in answers.scores[option]}
    answers.importance["network"] = 0
    r = service.analyse(answers, TODAY).result
    assert len(r.winners) > 1 and r.lead == []          # (Improve's risk is capped by the downsizing risk)


def test_the_demo_decision_is_close_enough_to_have_flips(demo_db, db_path, tmp_path, capsys):
    stored = service.decision_data(service.latest_decision_id())["result"]
    assert stored["flips"] and stored["flip"]
    assert stored["flip"]["text"].endswith("Improve in place would come out ahead of Switch fields.")
    answers = tmp_path / "a.json"
    answers.write_text(json.dumps(demo_answers(TODAY).to_dict()))
    assert cli.main(["crossroads", "evaluate", "--db", str(db_path), "--answers", str(answers)]) == 0
    out = capsys.readouterr().out
    assert "Why: Switch fields is ahead of Improve in place on Interest fit" in out
    assert "What would flip it:\n  - If you scored" in out
