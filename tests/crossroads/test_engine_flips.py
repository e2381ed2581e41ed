"""What would flip it (#20 defects 2 and 3): every option, every single weight or score change, the same numbers
as the ranking; checked against brute force over random answers."""

from __future__ import annotations

import copy
import dataclasses as dc

from hypothesis import HealthCheck, given, settings, strategies as st

from mentordesk.crossroads.answers import COMBINED, COMPUTED_CRITERIA, CRITERIA, IMPORTANCE_MAX, Answers, MustHave
from mentordesk.crossroads.engine import evaluate
from mentordesk.crossroads.evidence import Evidence
from mentordesk.crossroads.scoring import hand_scores

HAND = [k for k in CRITERIA if k not in COMPUTED_CRITERIA]


def make(importance: dict, scores: dict) -> Answers:
    a = Answers()
    a.importance = dict(importance)
    for option, values in scores.items():
        a.scores[option] = dict(values)
    return a


def apply(answers: Answers, flip) -> Answers:
    """The answers with the flip's one change made."""
    changed = copy.deepcopy(answers)
    if flip.kind == "weight":
        changed.importance[flip.criterion] = flip.to_value
    else:
        changed.scores.setdefault(flip.option, {})[flip.criterion] = flip.to_value
    return changed


def test_a_flip_through_the_third_option_is_found():
    """#1 vs #2 alone said "no single change would change the winner" though a weight change lets #3 win."""
    a = make({'income': 4, 'interest': 6, 'skills': 5, 'preparation': 6, 'time': 3, 'risk': 4, 'life': 1, 'network': 4},
             {'improve': {'income': 5, 'interest': 2, 'skills': 5, 'preparation': 4, 'time': 1, 'risk': 2, 'life': 1},
              'switch': {'income': 4, 'interest': 2, 'skills': 1, 'preparation': 2, 'time': 4, 'risk': 5, 'life': 4},
              'school': {'income': 5, 'interest': 2, 'skills': 5, 'preparation': 4, 'time': 2, 'risk': 5, 'life': 1}})
    result = evaluate(a, [])
    assert result.flip is not None
    weight_flips = [f for f in result.flips if f.kind == "weight"]
    assert weight_flips, "a weight change does change the winner"
    for flip in weight_flips:
        assert evaluate(apply(a, flip), []).winners == flip.winners


def test_a_suggested_change_names_the_option_that_really_wins():
    """The #2-only check said School would come out ahead; after its change Improve won."""
    a = make({'income': 9, 'interest': 8, 'skills': 4, 'preparation': 1, 'time': 10, 'risk': 3, 'life': 0, 'network': 2},
             {'improve': {'income': 4, 'interest': 3, 'skills': 3, 'preparation': 4, 'time': 1, 'risk': 4, 'life': 1},
              'switch': {'income': 3, 'interest': 4, 'skills': 2, 'preparation': 2, 'time': 5, 'risk': 5, 'life': 4},
              'school': {'income': 5, 'interest': 3, 'skills': 1, 'preparation': 1, 'time': 2, 'risk': 4, 'life': 2}})
    result = evaluate(a, [])
    assert result.flip is not None
    after = evaluate(apply(a, result.flip), [])
    assert after.winners == result.flip.winners and after.winners != result.winners
    assert after.options[after.winners[0]].label in result.flip.text
    for flip in result.flips:
        assert evaluate(apply(a, flip), []).winners == flip.winners, flip.text


def test_a_change_that_only_ties_is_called_a_tie():
    """The old flip (life 8 -> 1) left Switch and Improve at 4.152 each: the ranking kept Switch first by order."""
    a = make({'income': 4, 'interest': 10, 'skills': 0, 'preparation': 8, 'time': 1, 'risk': 4, 'life': 8, 'network': 5},
             {'improve': {'income': 5, 'interest': 5, 'skills': 5, 'preparation': 3, 'time': 5, 'risk': 4, 'life': 5},
              'switch': {'income': 5, 'interest': 4, 'skills': 5, 'preparation': 5, 'time': 3, 'risk': 4, 'life': 3},
              'school': {'income': 2, 'interest': 5, 'skills': 4, 'preparation': 5, 'time': 2, 'risk': 5, 'life': 2}})
    result = evaluate(a, [])
    assert not result.flip.tie and evaluate(apply(a, result.flip), []).winners == result.flip.winners
    ties = [f for f in result.flips if f.tie]
    assert ties and all("it would be a tie between" in f.text for f in ties)
    for flip in ties:
        assert len(evaluate(apply(a, flip), []).winners) > 1


def _evidence(support_weights: dict[str, float]) -> list[Evidence]:
    return [Evidence(i, i, f"P{i}", "2025-01-01", path, "for" if w > 0 else "against", "", "", abs(w), [])
            for i, (path, w) in enumerate(support_weights.items(), start=1) if w]


def test_totals_that_round_alike_still_rank_by_the_same_exact_numbers_as_the_flips():
    """Network support in hundredths: 3.67 vs 3.66 differ by less than the displayed rounding."""
    a = make({**{k: 10 for k in CRITERIA}, "network": 1}, {o: {k: 3 for k in HAND} for o in ("improve", "switch", "school")})
    evidence = _evidence({"improve": 0.2519, "switch": 0.2481})
    result = evaluate(a, evidence)
    improve, switch = result.options["improve"], result.options["switch"]
    assert (improve.scores["network"], switch.scores["network"]) == (3.67, 3.66)
    assert improve.total == switch.total                     # the display rounds them alike ...
    assert result.winners == ["improve"]                     # ... the ranking does not, nor do the flips
    for flip in result.flips:
        assert evaluate(apply(a, flip), evidence).winners == flip.winners


def brute_force(answers: Answers, evidence: list[Evidence]) -> dict[tuple, int]:
    """Every single change of one weight (0-10) or one open option's score (1-5), tried through evaluate():
    (kind, option, criterion, upward, winners after) -> the smallest change that gives it."""
    now = evaluate(answers, evidence, explain=False)
    found: dict[tuple, int] = {}

    def note(key, steps):
        if key not in found or steps < found[key]:
            found[key] = steps

    for k in CRITERIA:
        old = min(IMPORTANCE_MAX, max(0, answers.importance[k]))
        for v in range(IMPORTANCE_MAX + 1):
            if v != old:
                trial = copy.deepcopy(answers)
                trial.importance[k] = v
                after = evaluate(trial, evidence, explain=False).winners
                if after != now.winners:
                    note(("weight", "", k, v > old, tuple(after)), abs(v - old))
    for option in now.ranking:
        current = hand_scores(answers, option)
        for k in HAND:
            for v in range(1, 6):
                if v != current[k]:
                    trial = copy.deepcopy(answers)
                    trial.scores.setdefault(option, {})[k] = v
                    after = evaluate(trial, evidence, explain=False).winners
                    if after != now.winners:
                        note(("score", option, k, v > current[k], tuple(after)), abs(v - current[k]))
    return found


OPTIONS4 = ("improve", "switch", "school", COMBINED)
importance_st = st.fixed_dictionaries({k: st.integers(0, IMPORTANCE_MAX) for k in CRITERIA})
scores_st = st.fixed_dictionaries({o: st.fixed_dictionaries({k: st.integers(1, 5) for k in HAND}) for o in OPTIONS4})


@st.composite
def answers_st(draw) -> tuple[Answers, list[Evidence]]:
    a = Answers()
    a.importance = draw(importance_st)
    scores = draw(scores_st)
    a.choices.school_then_switch = draw(st.booleans())
    a.scores = {o: scores[o] for o in OPTIONS4[:3]}
    if a.choices.school_then_switch and draw(st.booleans()):   # D scored by hand, or derived from B and C
        a.scores[COMBINED] = scores[COMBINED]
    s = a.situation
    s.downsizing_risk, s.job_going = draw(st.integers(1, 5)), draw(st.integers(1, 5))
    s.savings_months = draw(st.sampled_from([0.0, 3.0, 12.0, 30.0]))
    a.school.study_mode = draw(st.sampled_from(["", "full_time", "part_time"]))
    a.money.search_months = draw(st.sampled_from([0.0, 4.0]))
    a.school.current_income = draw(st.sampled_from([0.0, 0.0, 0.0, 52000.0]))   # with money: its warnings too
    blocked = draw(st.lists(st.sampled_from(OPTIONS4), max_size=2, unique=True))
    if blocked:
        a.must_haves = [MustHave("must", blocked)]
    weights = draw(st.fixed_dictionaries({p: st.sampled_from([0.0, 0.3, -0.4, 1.1]) for p in ("improve", "switch", "school")}))
    return a, _evidence(weights)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answers_st())
def test_flips_agree_with_brute_force_over_random_answers(case):
    answers, evidence = case
    result = evaluate(answers, evidence)
    listed = {(f.kind, f.option, f.criterion, f.to_value > f.from_value, tuple(f.winners)): f.steps
              for f in result.flips}
    assert listed == brute_force(answers, evidence)
    sizes = [f.size for f in result.flips]
    assert sizes == sorted(sizes)                             # smallest first
    for flip in result.flips[:5]:
        assert evaluate(apply(answers, flip), evidence, explain=False).winners == flip.winners


def test_sensitivity_bars_give_the_leaders_lead_at_both_ends_of_each_weight():
    a = make({**{k: 5 for k in CRITERIA}}, {"improve": {**{k: 3 for k in HAND}, "income": 5},
                                           "switch": {**{k: 3 for k in HAND}, "interest": 5},
                                           "school": {k: 2 for k in HAND}})
    a.importance["income"] = 6
    result = evaluate(a, [])
    assert result.winners == ["improve"]
    bars = {b.criterion: b for b in result.sensitivity}
    assert set(bars) == set(CRITERIA)
    assert bars["income"].lead_at_low < 0 < bars["income"].lead_at_high    # without income, Switch leads
    assert bars["income"].winners_at_low == ["switch"]
    assert bars["interest"].lead_at_high < 0 and bars["interest"].winners_at_high == ["switch"]
    swings = [b.swing for b in result.sensitivity]
    assert swings == sorted(swings, reverse=True)
    reweighed = dc.replace(a, importance={**a.importance, "income": 0})
    assert evaluate(reweighed, []).winners == bars["income"].winners_at_low
