"""The numbers behind the ranking, computed one way for the ranking, the ties, the flips and the sensitivity chart.

Every score is held in hundredths (network support is rounded to hundredths), so an option's weighted total is
an integer numerator over a denominator shared by all options: comparing numerators is exact, a tie is a tie,
and a change that "flips" the winner really does. Displayed totals are the same numbers divided and rounded.
"""

from __future__ import annotations

from mentordesk.crossroads.answers import COMBINED, COMPUTED_CRITERIA, CRITERIA, IMPORTANCE_MAX, Answers
from mentordesk.crossroads.situation import apply_caps

# D ("School, then switch") from C (school) and B (switch) when not scored by hand: the switch's end state,
# the school's preparation, the harder of the two for time, risk and life.
DERIVED = {
    "income": lambda school, switch: switch,
    "interest": lambda school, switch: switch,
    "skills": max,
    "preparation": min,
    "time": lambda school, switch: max(1, min(school, switch) - 1),
    "risk": min,
    "life": min,
}


def network_score(support: float) -> float:
    """Net advice in [-1, 1] as a 1-5 score, in hundredths."""
    return round(3 + 2 * support, 2)


def importance_used(importance: dict[str, int]) -> dict[str, int]:
    """Importance as the ranking uses it: whole numbers 0-10; all zero means all equal."""
    values = {k: min(IMPORTANCE_MAX, max(0, int(importance.get(k, 0)))) for k in CRITERIA}
    return values if any(values.values()) else {k: 1 for k in CRITERIA}


def normalize(importance: dict[str, int]) -> dict[str, float]:
    """Importance (0-10 each) to weights summing to 1; all zero means all equal."""
    values = importance_used(importance)
    total = sum(values.values())
    return {k: v / total for k, v in values.items()}


def hand_scores(answers: Answers, option: str) -> dict[str, int]:
    """The user's 1-5 scores for an option; D's unscored criteria follow from C and B (DERIVED)."""
    given = answers.scores.get(option, {})
    if option == COMBINED:
        school, switch = hand_scores(answers, "school"), hand_scores(answers, "switch")
        return {k: int(given[k]) if k in given else DERIVED[k](school[k], switch[k])
                for k in CRITERIA if k not in COMPUTED_CRITERIA}
    return {k: int(given.get(k, 3)) for k in CRITERIA if k not in COMPUTED_CRITERIA}


def option_scores(answers: Answers, support: dict[str, float]) -> tuple[dict[str, dict[str, float]], list[dict]]:
    """Every weighed option's 1-5 score per criterion as used, and the caps the situation applied."""
    scores = {}
    for option in answers.options():
        per = {k: float(v) for k, v in hand_scores(answers, option).items()}
        per["network"] = network_score(support.get(option, 0.0))
        scores[option] = per
    return scores, apply_caps(answers, scores)


def numerators(importance: dict[str, int], scores: dict[str, dict[str, float]]) -> dict[str, int]:
    """Each option's total times the shared denominator (see denominator): exact integers."""
    used = importance_used(importance)
    return {o: sum(used[k] * round(per[k] * 100) for k in CRITERIA) for o, per in scores.items()}


def denominator(importance: dict[str, int]) -> int:
    return 100 * sum(importance_used(importance).values())


def rank(numer: dict[str, int], open_options: list[str]) -> list[str]:
    """Open options, best first; equal totals keep the options' order (ties are announced, see winners)."""
    return sorted(open_options, key=lambda o: (-numer[o], open_options.index(o)))


def winners(numer: dict[str, int], open_options: list[str]) -> list[str]:
    """The open options sharing the best total: one is a winner, more are a tie."""
    if not open_options:
        return []
    best = max(numer[o] for o in open_options)
    return [o for o in open_options if numer[o] == best]
