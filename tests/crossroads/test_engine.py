"""The Crossroads engine on plain data: weights, blocking, evidence, conflicts, flips, school money, gaps."""

from __future__ import annotations

import datetime as dt

import pytest

from mentordesk.crossroads.answers import CRITERIA, Answers, MustHave, SchoolCosts
from mentordesk.crossroads.engine import NetworkFacts, evaluate, normalize
from mentordesk.crossroads.evidence import (
    CONFLICT_FACTOR, EXPERTISE_FACTOR, NOT_KNOWING_FACTOR, Advisor, Note, made_switch, matches_field, recency, weigh,
)
from mentordesk.crossroads import evidence as evidence_mod
from mentordesk.crossroads.school import CAUTIOUS_UPLIFT, break_even

TODAY = dt.date(2025, 6, 1)


def answers(**importance) -> Answers:
    a = Answers()
    a.situation.current_organization = "Harbor Logistics"
    a.choices.switch_target = "UX research"
    a.choices.school_program = "HCI master's"
    a.choices.school_institution = "Lakeside University"
    a.importance.update(importance)
    return a


def note(path="switch", stance="for", days=0, person_id=1) -> Note:
    return Note(advice_id=person_id * 100 + days, person_id=person_id, given_on=TODAY - dt.timedelta(days=days),
                path=path, stance=stance, text="advice")


def test_importance_is_normalized_to_weights_summing_to_one():
    weights = normalize({"income": 10, "interest": 5, "risk": 5})
    assert weights["income"] == pytest.approx(0.5)
    assert weights["risk"] == pytest.approx(0.25)
    assert weights["skills"] == 0
    assert sum(weights.values()) == pytest.approx(1)


def test_all_zero_importance_means_equal_weights():
    weights = normalize({k: 0 for k in CRITERIA})
    assert all(w == pytest.approx(1 / len(CRITERIA)) for w in weights.values())


def test_must_have_blocks_an_option_with_its_reason_and_leaves_it_unscored():
    a = answers()
    a.must_haves = [MustHave("no relocation", ["school"]), MustHave("income must cover rent", [])]
    result = evaluate(a, [])
    assert result.options["school"].total is None
    assert result.options["school"].blocked == ["fails the must-have \u201cno relocation\u201d"]
    assert "school" not in result.ranking and set(result.ranking) == {"improve", "switch"}


def test_every_option_blocked_gives_no_ranking_and_low_certainty():
    a = answers()
    a.must_haves = [MustHave("impossible", ["improve", "switch", "school"])]
    result = evaluate(a, [])
    assert result.ranking == [] and result.top is None and result.certainty == "low"


def test_scores_and_weights_decide_the_ranking():
    a = answers(income=10, interest=0, skills=0, preparation=0, time=0, risk=0, life=0, network=0)
    a.scores["improve"]["income"] = 5
    a.scores["switch"]["income"] = 2
    a.scores["switch"]["interest"] = 5
    result = evaluate(a, [])
    assert result.ranking[0] == "improve"
    assert result.options["improve"].total == pytest.approx(5)
    a.importance.update(income=1, interest=10)
    assert evaluate(a, []).ranking[0] == "switch"


def test_evidence_weight_grows_with_trust_and_knowing_the_situation():
    a = answers()
    strong = weigh(note(), Advisor(1, "A", trust=5, knows_situation=True), a, TODAY)
    weak = weigh(note(), Advisor(2, "B", trust=1, knows_situation=False), a, TODAY)
    assert strong.weight == pytest.approx(1.0)
    assert weak.weight == pytest.approx(0.2 * NOT_KNOWING_FACTOR)


def test_recent_advice_weighs_more_halving_every_six_months():
    a, person = answers(), Advisor(1, "A", trust=5, knows_situation=True)
    fresh = weigh(note(days=0), person, a, TODAY).weight
    old = weigh(note(days=180), person, a, TODAY).weight
    assert old == pytest.approx(fresh / 2)
    assert recency(TODAY - dt.timedelta(days=360), TODAY) == pytest.approx(0.25)


def test_someone_in_the_target_field_or_who_switched_counts_more():
    a, base = answers(), dict(trust=4, knows_situation=True)
    plain = weigh(note(), Advisor(1, "Plain", org_field="Retail", **base), a, TODAY).weight
    insider = weigh(note(), Advisor(2, "In", title="Senior UX Researcher", **base), a, TODAY)
    mover = Advisor(3, "Mover", org_field="Finance", past_fields=["Marketing"], **base)
    assert insider.weight == pytest.approx(plain * EXPERTISE_FACTOR)
    assert "works in UX research" in insider.reasons
    assert made_switch(mover) and weigh(note(), mover, a, TODAY).weight == pytest.approx(plain * EXPERTISE_FACTOR)
    assert made_switch(Advisor(4, "N", notes="Moved from marketing to UX three years ago."))
    assert not made_switch(Advisor(5, "S", org_field="Retail", past_fields=["Retail"]))


def test_field_matching_uses_words_and_stems():
    assert matches_field("UX research", "Senior UX Researcher")
    assert matches_field("data analytics", "Data Analyst")
    assert not matches_field("data analytics", "Marketing Manager", "Logistics")


@pytest.mark.parametrize("advisor, path, stance, flagged", [
    (Advisor(1, "Manager", organization="Harbor Logistics"), "improve", "for", "stake in you staying"),
    (Advisor(1, "Manager", organization="Harbor Logistics"), "switch", "against", "stake in you staying"),
    (Advisor(1, "Manager", organization="Harbor Logistics"), "improve", "against", ""),
    (Advisor(2, "Recruiter", roles=["recruiter"]), "switch", "for", "paid when you are placed"),
    (Advisor(2, "Recruiter", roles=["recruiter"]), "school", "for", ""),
    (Advisor(3, "Admissions", title="Admissions Advisor", roles=["professor"]), "school", "for", "admissions"),
    (Advisor(4, "Prof", organization="Lakeside University"), "school", "for", "runs the program"),
])
def test_conflict_of_interest_is_flagged_and_weighs_less(advisor, path, stance, flagged, monkeypatch):
    a = answers()
    weighed = weigh(note(path, stance), advisor, a, TODAY)
    monkeypatch.setattr(evidence_mod, "CONFLICT_FACTOR", 1.0)
    unpenalized = weigh(note(path, stance), advisor, a, TODAY).weight
    if flagged:
        assert flagged in weighed.conflict
        assert weighed.weight == pytest.approx(unpenalized * CONFLICT_FACTOR)
    else:
        assert weighed.conflict == "" and weighed.weight == pytest.approx(unpenalized)


def test_network_support_follows_weighted_advice_and_conflicts_count_less():
    a = answers()
    friend = Advisor(1, "Friend", trust=5, knows_situation=True)
    boss = Advisor(2, "Boss", trust=5, knows_situation=True, organization="Harbor Logistics")
    evidence = [weigh(note("improve", "against", person_id=1), friend, a, TODAY),
                weigh(note("improve", "for", person_id=2), boss, a, TODAY)]
    result = evaluate(a, evidence)
    assert result.options["improve"].support < 0      # the unconflicted "against" wins
    assert result.options["improve"].scores["network"] < 3
    a.excluded_advice = [evidence[0].advice_id]
    assert evaluate(a, evidence).options["improve"].support > 0


def test_divided_advice_lowers_certainty():
    a = answers(network=0)
    a.scores["switch"]["interest"] = 5
    person = Advisor(1, "P", trust=5, knows_situation=True)
    agree = [weigh(note("switch", "for", days=d), person, a, TODAY) for d in (1, 2)]
    split = [weigh(note("switch", "for", days=1), person, a, TODAY),
             weigh(note("switch", "against", days=2), person, a, TODAY)]
    assert evaluate(a, agree).certainty_score > evaluate(a, split).certainty_score


def test_low_confidence_and_disagreeing_gut_lower_certainty():
    a = answers()
    a.scores["switch"]["interest"] = 5
    sure = evaluate(a, []).certainty_score
    a.confidence, a.gut_choice = 1, "school"
    result = evaluate(a, [])
    assert result.certainty_score < sure
    assert any("gut" in r for r in result.certainty_reasons)


def test_flip_names_the_smallest_weight_change_and_it_really_flips():
    a = answers(**{**{k: 5 for k in CRITERIA}, "network": 0})
    a.scores["improve"].update(income=5, risk=4)
    a.scores["switch"].update(interest=5)
    result = evaluate(a, [])
    assert result.ranking[:2] == ["improve", "switch"]
    flip = next(f for f in result.flips if f.kind == "weight" and not f.tie)
    assert flip.overtaker == "switch" and flip.criterion in ("interest", "income", "risk")
    a.importance[flip.criterion] = flip.to_importance
    assert evaluate(a, []).ranking[0] == "switch"
    assert "would come out ahead" in flip.text


def test_no_flip_when_no_single_weight_can_change_the_winner():
    a = answers()
    for k in a.scores["improve"]:
        a.scores["improve"][k] = 5
        a.scores["switch"][k] = 1
    assert evaluate(a, []).flip is None


def test_school_break_even_full_time_and_part_time():
    costs = SchoolCosts(tuition=24000, months_full_time=12, months_part_time=24,
                        current_income=60000, expected_income=72000, support_per_year=6000)
    be = break_even(costs)
    # full time: 24k tuition + 60k forgone, repaid at 1k/month after 12 months of study
    assert be.cost_full_time == 84000 and be.months_full_time == pytest.approx(12 + 84)
    # part time: income kept, 12k of tuition paid by the employer over two years
    assert be.cost_part_time == 12000 and be.months_part_time == pytest.approx(24 + 12)
    assert not be.cautious_default


def test_school_uses_a_cautious_income_default_and_can_never_pay_back():
    be = break_even(SchoolCosts(tuition=10000, current_income=50000))
    assert be.cautious_default and be.expected_income == pytest.approx(50000 * (1 + CAUTIOUS_UPLIFT))
    never = break_even(SchoolCosts(tuition=10000, current_income=50000, expected_income=45000))
    assert never.months_full_time is None and "never" in never.describe(None)


def test_gaps_name_missing_insiders_and_missing_advice():
    a = answers()
    a.choices.switch_target = "data analytics"
    a.choices.switch_organization = "Cobalt Analytics"
    result = evaluate(a, [], NetworkFacts(school_experienced=["Rohan"]))
    texts = [g["text"] for g in result.gaps]
    assert "Nobody you know works in data analytics." in texts
    assert "Nobody you know works at Cobalt Analytics." in texts
    assert not any("gone back to school" in t for t in texts)
    assert any("Nobody has advised you" in t for t in texts)
    covered = evaluate(a, [], NetworkFacts(in_target_field=["Hannah"], at_target_org=["Hannah"]))
    assert not any(g["kind"] in ("field", "organization") for g in covered.gaps)


def test_answers_round_trip_through_json():
    a = answers(risk=9)
    a.situation.deadline = dt.date(2025, 9, 1)
    a.must_haves = [MustHave("no relocation", ["school"])]
    a.scores["switch"]["interest"] = 5
    a.excluded_advice = [3]
    again = Answers.from_dict(a.to_dict())
    assert again == a


def test_a_tie_is_reported_as_such():
    result = evaluate(answers(), [])
    assert "tied" in result.flip.text and result.certainty == "low"


def test_a_three_way_tie_is_announced_not_passed_off_as_a_winner():
    """Equal totals were reported as "Improve in place first" by option order (#20, defect 9)."""
    a = answers(income=5, interest=5)
    for option in a.scores:
        a.scores[option].update({k: 3 for k in CRITERIA})
    result = evaluate(a, [], NetworkFacts())
    assert len(result.tied) >= 3, result.tied
    assert any("it is a tie between" in reason for reason in result.certainty_reasons)
    assert result.certainty == "low" or result.certainty_score < 0.67
    a.scores["switch"]["interest"] = 5  # now one leads
    assert evaluate(a, [], NetworkFacts()).tied == ["switch"]
