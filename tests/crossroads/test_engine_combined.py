"""Combined paths (#20 Beyond 4): "School, then switch" as an option of its own, and advice notes per target."""

from __future__ import annotations

import datetime as dt

from mentordesk.crossroads.answers import COMBINED, OTHER_TARGET, Answers, MustHave
from mentordesk.crossroads.engine import evaluate
from mentordesk.crossroads.evidence import Evidence

TODAY = dt.date(2025, 6, 1)


def answers() -> Answers:
    a = Answers()
    a.choices.switch_target, a.choices.school_program = "UX research", "HCI master's"
    a.scores["school"].update(income=3, interest=4, skills=4, preparation=1, time=2, risk=3, life=2)
    a.scores["switch"].update(income=4, interest=5, skills=3, preparation=3, time=3, risk=2, life=4)
    return a


def note(advice_id: int, path: str, stance: str = "for", weight: float = 1.0) -> Evidence:
    return Evidence(advice_id, advice_id, f"P{advice_id}", TODAY.isoformat(), path, stance, "", "", weight, [])


def test_school_then_switch_is_weighed_only_when_ticked_with_scores_from_both():
    a = answers()
    assert COMBINED not in evaluate(a, []).options
    a.choices.school_then_switch = True
    result = evaluate(a, [])
    combined = result.options[COMBINED]
    assert combined.label == "School, then switch: HCI master's \u2192 UX research"
    # the switch's end state, the school's preparation, the harder of the two for time, risk and life
    assert {k: combined.scores[k] for k in ("income", "interest", "skills", "preparation", "time", "risk", "life")} == \
        {"income": 4, "interest": 5, "skills": 4, "preparation": 1, "time": 1, "risk": 2, "life": 2}
    a.scores[COMBINED] = {"risk": 4}                                  # scored by hand, it wins over the derivation
    assert evaluate(a, []).options[COMBINED].scores["risk"] == 4


def test_school_then_switch_fails_what_school_or_switch_fails():
    a = answers()
    a.choices.school_then_switch = True
    a.must_haves = [MustHave("No relocation", ["school"])]
    result = evaluate(a, [])
    assert result.options[COMBINED].blocked and "as Go back to school does" in result.options[COMBINED].blocked[0]
    assert COMBINED not in result.ranking


def test_school_then_switch_hears_the_advice_on_both():
    a = answers()
    a.choices.school_then_switch = True
    result = evaluate(a, [note(1, "school", "for"), note(2, "switch", "for"), note(3, "improve", "against")])
    assert result.options[COMBINED].advice_weight == 2.0
    assert result.options[COMBINED].support > result.options["school"].support > 0


def test_advice_about_another_target_does_not_count_for_this_one():
    a = answers()
    evidence = [note(1, "switch", "for"), note(2, "switch", "against", weight=1.5)]
    assert evaluate(a, evidence).options["switch"].support < 0
    a.note_targets = {2: "data science"}                  # the warning was about data science
    result = evaluate(a, evidence)
    assert result.off_target == [2] and result.options["switch"].support > 0
    a.choices.switch_target = "Data Science"
    result = evaluate(a, evidence)
    assert result.off_target == [] and result.options["switch"].support < 0
    a.note_targets = {2: "UX research"}
    a.choices.switch_target = "UX research"
    assert evaluate(a, evidence).off_target == []
    a.note_targets = {2: OTHER_TARGET}                    # the wizard's "not about UX research"
    assert evaluate(a, evidence).off_target == [2]


def test_a_decision_for_school_then_switch_is_saved_and_reported(demo_db):
    from html import escape

    from mentordesk.crossroads import report, service
    from mentordesk.crossroads.demo import demo_answers

    a = demo_answers(TODAY)
    a.choices.school_then_switch = True
    a.scores[COMBINED] = {"interest": 5, "income": 5, "time": 3, "preparation": 4, "risk": 5, "life": 5, "skills": 5}
    analysis = service.analyse(a, TODAY)
    assert analysis.result.top == COMBINED
    plan = analysis.plan(COMBINED, TODAY)
    assert {"letter", "referral"} <= {i.kind for i in plan}             # the school's asks, then the switch's
    decision = service.save_decision(a, COMBINED, [], None, suggested=plan, today=TODAY)
    html = report.decision_html(service.decision_data(decision.id))
    assert escape("School, then switch: Part-time HCI master's \u2192 UX research") in html
    assert "D. School, then switch</th>" in html                       # its column in the scores table
