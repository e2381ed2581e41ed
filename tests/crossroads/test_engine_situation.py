"""The Situation answers change the result (#20 defect 1, Beyond 1): caps, Plan Z, runway, scores against the maths."""

from __future__ import annotations

import datetime as dt

from mentordesk.crossroads.answers import Answers
from mentordesk.crossroads.engine import NetworkFacts, evaluate
from mentordesk.crossroads.evidence import Advisor
from mentordesk.crossroads.situation import call_first

TODAY = dt.date(2025, 6, 1)


def base() -> Answers:
    a = Answers()
    a.situation.current_organization = "Harbor Logistics"
    a.choices.switch_target, a.choices.school_program = "UX research", "HCI master's"
    a.scores["improve"].update(income=4, interest=4, risk=5, time=4)
    a.scores["switch"].update(interest=5, risk=3)
    a.scores["school"].update(risk=4, income=3)
    a.school.tuition, a.school.current_income = 30000, 58000
    return a


def worst(a: Answers) -> Answers:
    s = a.situation
    s.job_going, s.happiness, s.months_since_raise, s.promotion_prospects = 1, 1, 60, 1
    s.downsizing_risk, s.savings_months = 5, 0
    a.school.study_mode = "full_time"
    return a


def best(a: Answers) -> Answers:
    s = a.situation
    s.job_going, s.happiness, s.months_since_raise, s.promotion_prospects = 5, 5, 0, 5
    s.downsizing_risk, s.savings_months = 1, 24
    a.school.study_mode = "full_time"
    return a


def test_worst_and_best_case_situations_give_different_totals_and_certainty():
    bad, good = evaluate(worst(base()), []), evaluate(best(base()), [])
    assert bad.options["improve"].total < good.options["improve"].total
    assert bad.options["school"].total < good.options["school"].total       # no runway for full-time study
    assert bad.certainty_score < good.certainty_score
    assert [o.total for o in bad.options.values()] != [o.total for o in good.options.values()]


def test_high_downsizing_risk_caps_improves_risk_and_adds_plan_z():
    a = base()
    a.situation.downsizing_risk, a.situation.savings_months = 4, 5
    people = [{"person_id": 1, "name": "Marcus", "why": "recruiter"}, {"person_id": 2, "name": "Naomi", "why": "x"},
              {"person_id": 3, "name": "Maya", "why": "y"}]
    result = evaluate(a, [], NetworkFacts(call_first=people))
    assert result.options["improve"].scores["risk"] == 2
    assert result.adjustments == [{"option": "improve", "criterion": "risk", "given": 5.0, "used": 2,
                                   "reason": "downsizing risk 4 of 5: staying is not low-risk"}]
    assert result.plan_z.runway_months == 5 and [p["name"] for p in result.plan_z.people] == ["Marcus", "Naomi", "Maya"]
    assert "savings last 5 months" in result.plan_z.text
    a.situation.downsizing_risk = 2
    calm = evaluate(a, [], NetworkFacts(call_first=people))
    assert calm.plan_z is None and calm.options["improve"].scores["risk"] == 5


def test_plan_z_calls_a_recruiter_an_insider_and_a_mentor_not_colleagues_or_sensitive_people():
    a = base()
    a.choices.switch_organization = "Brightline Health"
    people = {p.person_id: p for p in [
        Advisor(1, "Tom", trust=5, knows_situation=True, organization="Harbor Logistics", roles=["mentor"]),
        Advisor(2, "Marcus", trust=2, roles=["recruiter"]),
        Advisor(3, "Naomi", trust=4, organization="Brightline Health", title="UX Research Manager"),
        Advisor(4, "Maya", trust=5, knows_situation=True, roles=["mentor"]),
        Advisor(5, "Zoe", trust=5, knows_situation=True, roles=["mentor", "recruiter"], sensitive=True),
    ]}
    chosen = call_first(people, a)
    assert [c["name"] for c in chosen] == ["Marcus", "Naomi", "Maya"]
    assert "recruiter" in chosen[0]["why"] and "Brightline Health" in chosen[1]["why"]


def test_low_promotion_prospects_against_a_high_improve_income_asks_to_confirm():
    a = base()
    a.situation.promotion_prospects = 1
    result = evaluate(a, [])
    warning = next(w for w in result.warnings if w.key == "improve_income_promotion")
    assert warning.confirm and not warning.confirmed
    assert "promotion prospects 1 of 5" in warning.text
    assert any("clash" in r for r in result.certainty_reasons)
    a.confirmed = ["improve_income_promotion"]
    confirmed = evaluate(a, [])
    assert next(w for w in confirmed.warnings if w.key == "improve_income_promotion").confirmed
    assert confirmed.certainty_score > result.certainty_score


def test_savings_shorter_than_full_time_study_show_the_runway_and_offer_a_must_have():
    a = base()
    a.situation.savings_months = 5
    warning = next(w for w in evaluate(a, []).warnings if w.key == "runway_school")
    assert warning.text.startswith("Runway 5 of 12 months")
    assert warning.offer and "part-time" in warning.offer.text and warning.offer.blocks == []
    a.school.study_mode = "full_time"
    result = evaluate(a, [])
    assert result.options["school"].scores["risk"] == 2
    offer = next(w for w in result.warnings if w.key == "runway_school").offer
    assert offer.blocks == ["school"]
    a.must_haves.append(offer)                                 # taking the offer rules full-time school out
    assert "school" not in evaluate(a, []).ranking
    a.school.study_mode = "part_time"
    assert not any(w.key == "runway_school" for w in evaluate(a, []).warnings)


def test_scores_are_checked_against_the_maths():
    a = base()
    a.scores["school"]["income"] = 5
    a.school.expected_income = 60000          # 2,000 more a year against 30,000 tuition: decades to repay
    a.school.study_mode = "part_time"
    result = evaluate(a, [])
    warning = next(w for w in result.warnings if w.key == "school_income_maths")
    years = result.money.options["school"].break_even_years
    assert warning.text.startswith("You gave School income 5; the break-even ")
    assert (f"is {years:g} years" if years else "not reached") in warning.text
    a.school.expected_income = 90000
    assert not any(w.key == "school_income_maths" for w in evaluate(a, []).warnings)
