"""What would flip it: every single change of one weight or one score that changes the winner, smallest first.

Smallest means the smallest share of the scale: one step of a 0-10 weight is a tenth, of a 1-5 score a quarter.

Each candidate change is tried through the very functions the ranking uses (scoring.py), across every option,
so a suggested change names whoever really wins after it (a third option too), and a change that only ties is
called a tie. Also the sensitivity (tornado) data: the lead of the winner with each criterion's weight at 0 and 10.
"""

from __future__ import annotations

import dataclasses as dc

from mentordesk.crossroads.answers import COMPUTED_CRITERIA, CRITERIA, IMPORTANCE_MAX, Answers, option_name
from mentordesk.crossroads.scoring import denominator, hand_scores, importance_used, numerators, option_scores, winners
from mentordesk.texts import T_, join_words, word

SCORE_RANGE = range(1, 6)


@dc.dataclass
class Flip:
    """One change that changes the winner; several `winners` means the change ends in a tie."""

    kind: str              # "weight" (how much a criterion matters) or "score" (an option's score)
    criterion: str
    label: str
    option: str            # whose score changes; "" for a weight
    from_value: int
    to_value: int
    steps: int
    winners: list[str]
    text: str

    @property
    def size(self) -> float:
        """The change as a share of its scale (weights 0-10, scores 1-5), to put the smallest first."""
        return self.steps / (IMPORTANCE_MAX if self.kind == "weight" else len(SCORE_RANGE) - 1)

    @property
    def tie(self) -> bool:
        return len(self.winners) > 1

    @property
    def overtaker(self) -> str:
        return self.winners[0] if self.winners else ""

    @property
    def from_importance(self) -> int:
        return self.from_value

    @property
    def to_importance(self) -> int:
        return self.to_value


def _names(answers: Answers, options: list[str]) -> str:
    """The options' short names ("Switch fields", not "Switch fields: UX research"): a flip is read beside the
    ranking, which names the targets, and the long names made one flip fill three lines."""
    return join_words([option_name(o) for o in options])


def _outcome(answers: Answers, now: list[str], after: list[str]) -> str:
    if len(after) > 1:
        return T_("it would be a tie between {options}", options=_names(answers, after))
    if len(now) > 1:
        return T_("{option} would come out ahead", option=_names(answers, after))
    return T_("{option} would come out ahead of {leader}", option=_names(answers, after), leader=_names(answers, now))


def _text(answers: Answers, kind: str, option: str, criterion: str, old: int, new: int, now, after) -> str:
    label, outcome = word(CRITERIA[criterion][0], ""), _outcome(answers, now, after)
    if kind == "weight":
        text = T_("If \u201c{criterion}\u201d mattered more to you ({old} \u2192 {new} of {most}), {outcome}.",
                  criterion=label, old=old, new=new, most=IMPORTANCE_MAX, outcome=outcome) if new > old else \
            T_("If \u201c{criterion}\u201d mattered less to you ({old} \u2192 {new} of {most}), {outcome}.",
               criterion=label, old=old, new=new, most=IMPORTANCE_MAX, outcome=outcome)
    else:
        text = T_("If you scored {option} {new} instead of {old} on \u201c{criterion}\u201d, {outcome}.",
                  option=option_name(option), new=new, old=old, criterion=label, outcome=outcome)
    return T_("{options} are tied now; {change}", options=_names(answers, now), change=text[:1].lower() + text[1:]) \
        if len(now) > 1 else text


def _changes(answers: Answers, open_options: list[str]):
    """(kind, option, criterion, old, new, importance, scores as used) for every single change."""
    importance = importance_used(answers.importance)
    given = {k: min(IMPORTANCE_MAX, max(0, int(answers.importance.get(k, 0)))) for k in CRITERIA}
    for k in CRITERIA:
        for v in range(IMPORTANCE_MAX + 1):
            if v != given[k]:
                yield "weight", "", k, given[k], v, {**given, k: v}, None
    for option in open_options:
        current = hand_scores(answers, option)
        for k in CRITERIA:
            if k in COMPUTED_CRITERIA:
                continue
            for v in SCORE_RANGE:
                if v != current[k]:
                    changed = {**answers.scores, option: {**answers.scores.get(option, {}), k: v}}
                    yield "score", option, k, current[k], v, importance, dc.replace(answers, scores=changed)


def find_flips(answers: Answers, support: dict[str, float], open_options: list[str]) -> list[Flip]:
    """Every single change that changes who wins, the smallest of each kind, direction and outcome; smallest first."""
    if len(open_options) < 2:
        return []
    scores, _ = option_scores(answers, support)
    now = winners(numerators(answers.importance, scores), open_options)
    best: dict[tuple, Flip] = {}
    for kind, option, k, old, new, importance, trial in _changes(answers, open_options):
        trial_scores = scores if trial is None else option_scores(trial, support)[0]
        after = winners(numerators(importance, trial_scores), open_options)
        if after == now:
            continue
        key = (kind, option, k, new > old, tuple(after))
        steps = abs(new - old)
        if key not in best or steps < best[key].steps:
            best[key] = Flip(kind, k, CRITERIA[k][0], option, old, new, steps, after,
                             _text(answers, kind, option, k, old, new, now, after))
    order = list(CRITERIA)
    return sorted(best.values(), key=lambda f: (f.size, len(f.winners) > 1, f.kind != "weight",
                                                order.index(f.criterion), open_options.index(f.option)
                                                if f.option else -1, f.to_value))


def headline(flips: list[Flip]) -> Flip | None:
    """The flip to show first: the smallest change that gives a clear winner, else the smallest at all."""
    return next((f for f in flips if not f.tie), flips[0] if flips else None)


@dc.dataclass
class Bar:
    """One criterion in the sensitivity (tornado) chart: the winner's lead with that weight at 0 and at 10."""

    criterion: str
    label: str
    importance: int
    lead_now: float
    lead_at_low: float       # points of 5 over the best other option; negative: another option wins
    lead_at_high: float
    winners_at_low: list[str]
    winners_at_high: list[str]

    @property
    def swing(self) -> float:
        return abs(self.lead_at_high - self.lead_at_low)


def sensitivity(answers: Answers, scores: dict[str, dict[str, float]], ranking: list[str]) -> list[Bar]:
    """How the leader's lead moves as each criterion's weight goes from 0 to 10, widest swing first."""
    if len(ranking) < 2:
        return []
    top = ranking[0]
    given = {k: min(IMPORTANCE_MAX, max(0, int(answers.importance.get(k, 0)))) for k in CRITERIA}

    def lead(importance):
        numer, den = numerators(importance, scores), denominator(importance)
        return round((numer[top] - max(numer[o] for o in ranking if o != top)) / den, 3), winners(numer, ranking)

    bars = []
    for k in CRITERIA:
        now, _ = lead(given)
        low, low_w = lead({**given, k: 0})
        high, high_w = lead({**given, k: IMPORTANCE_MAX})
        bars.append(Bar(k, word(CRITERIA[k][0], ""), given[k], now, low, high, low_w, high_w))  # the UI's word
    return sorted(bars, key=lambda b: -b.swing)
