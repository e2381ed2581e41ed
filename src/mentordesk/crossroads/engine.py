"""The Crossroads decision: block, score, rank, and say how sure, what would flip it and what is missing."""

from __future__ import annotations

import dataclasses as dc
import math

from mentordesk.crossroads.answers import CRITERIA, IMPORTANCE_MAX, OPTIONS, Answers
from mentordesk.crossroads.evidence import STANCE_VALUE, Evidence
from mentordesk.crossroads.school import BreakEven, break_even

# Pseudo-weight of "no opinion" added to the advice: one lukewarm note must not give a 5.
EVIDENCE_PRIOR = 0.5
CLOSE_MARGIN = 0.75    # a lead of this many points (of 5) counts as clear


@dc.dataclass
class NetworkFacts:
    """Who in the network can speak to each option (names), gathered by crossroads.network."""

    in_target_field: list[str] = dc.field(default_factory=list)
    at_target_org: list[str] = dc.field(default_factory=list)
    school_experienced: list[str] = dc.field(default_factory=list)
    at_current_org: list[str] = dc.field(default_factory=list)


@dc.dataclass
class OptionResult:
    key: str
    label: str
    blocked: list[str]            # reasons (must-haves not met); empty if the option is open
    total: float | None           # weighted score 1-5; None when blocked
    scores: dict[str, float]      # criterion -> 1-5
    support: float                # net advice in [-1, 1]
    advice_weight: float          # total weight of the advice about this option
    spread: float                 # disagreement of the advice, 0 (all agree) .. 1


@dc.dataclass
class Flip:
    criterion: str
    label: str
    from_importance: int
    to_importance: int
    overtaker: str
    text: str


@dc.dataclass
class Result:
    options: dict[str, OptionResult]
    ranking: list[str]            # open options, best first
    weights: dict[str, float]     # normalized, sum 1
    certainty: str                # "high" / "medium" / "low"
    certainty_score: float
    certainty_reasons: list[str]
    flip: Flip | None
    gaps: list[dict]              # {"path", "kind", "target", "text"}
    school: BreakEven

    @property
    def top(self) -> str | None:
        return self.ranking[0] if self.ranking else None

    @property
    def tied(self) -> list[str]:
        """The options sharing the best total (more than one: a tie, not a winner)."""
        return tied_at_top(self.options, self.ranking)

    def to_dict(self) -> dict:
        return dc.asdict(self)


def tied_at_top(options: dict[str, OptionResult], ranking: list[str]) -> list[str]:
    """The open options whose (rounded) total equals the best one, in ranking order."""
    if not ranking:
        return []
    best = options[ranking[0]].total
    return [o for o in ranking if options[o].total == best]


def normalize(importance: dict[str, int]) -> dict[str, float]:
    """Importance (0-10 each) to weights summing to 1; all zero means all equal."""
    values = {k: max(0, int(importance.get(k, 0))) for k in CRITERIA}
    total = sum(values.values())
    if total == 0:
        return {k: 1 / len(values) for k in values}
    return {k: v / total for k, v in values.items()}


def blocked_reasons(answers: Answers, option: str) -> list[str]:
    """The must-haves this option cannot meet, as reasons."""
    return [f"fails the must-have \u201c{m.text}\u201d" for m in answers.must_haves if option in m.blocks]


def advice_summary(evidence: list[Evidence], path: str) -> tuple[float, float, float]:
    """(net support in [-1, 1] shrunk toward 0 when advice is thin, total weight, spread 0..1)."""
    notes = [e for e in evidence if e.path == path]
    weight = sum(e.weight for e in notes)
    if not notes or weight == 0:
        return 0.0, 0.0, 0.0
    signed = sum(e.signed for e in notes)
    mean = signed / weight
    variance = sum(e.weight * (STANCE_VALUE[e.stance] - mean) ** 2 for e in notes) / weight
    return signed / (weight + EVIDENCE_PRIOR), weight, min(1.0, math.sqrt(variance))


def network_score(support: float) -> float:
    """Net advice in [-1, 1] as a 1-5 score."""
    return round(3 + 2 * support, 2)


def _totals(answers: Answers, weights: dict[str, float], support: dict[str, float]) -> dict[str, dict[str, float]]:
    scores = {}
    for option in OPTIONS:
        per = {k: float(answers.scores.get(option, {}).get(k, 3)) for k in CRITERIA if k != "network"}
        per["network"] = network_score(support[option])
        scores[option] = per
    return scores


def find_flip(answers: Answers, scores: dict[str, dict[str, float]], first: str, second: str) -> Flip | None:
    """The smallest single importance change (in whole steps, within 0-10) that puts `second` ahead."""
    importance = {k: max(0, int(answers.importance.get(k, 0))) for k in CRITERIA}
    lead = max(0.0, sum(importance[k] * (scores[first][k] - scores[second][k]) for k in CRITERIA))
    best = None
    for k in CRITERIA:
        delta = scores[first][k] - scores[second][k]
        if delta == 0:
            continue
        step = math.floor(lead / abs(delta)) + 1   # strictly past the tie
        new = importance[k] - step if delta > 0 else importance[k] + step
        if not 0 <= new <= IMPORTANCE_MAX or sum(importance.values()) - importance[k] + new == 0:
            continue
        if best is None or step < best[0]:
            best = (step, k, new)
    if best is None:
        if lead == 0:
            return Flip("", "", 0, 0, second, f"{answers.option_label(first)} and {answers.option_label(second)} are "
                        "tied: whatever you score differently will decide it.")
        return None
    step, k, new = best
    label = CRITERIA[k][0]
    verb = "mattered more" if new > importance[k] else "mattered less"
    text = (f"If \u201c{label}\u201d {verb} to you ({importance[k]} \u2192 {new} of {IMPORTANCE_MAX}), "
            f"{answers.option_label(second)} would come out ahead of {answers.option_label(first)}.")
    return Flip(k, label, importance[k], new, second, text)


def _certainty(answers: Answers, options: dict[str, OptionResult], ranking: list[str]) -> tuple[str, float, list[str]]:
    """How sure the ranking is: the lead, agreement of the advice, the user's confidence and gut."""
    reasons = []
    if len(ranking) < 2:
        margin = 1.0
        reasons.append("only one option is open")
    elif len(tied_at_top(options, ranking)) > 1:  # option order must not pass for a winner
        margin = 0.0
        names = [options[o].label for o in tied_at_top(options, ranking)]
        reasons.append(f"it is a tie between {', '.join(names[:-1])} and {names[-1]}: nothing separates them yet")
    else:
        gap = options[ranking[0]].total - options[ranking[1]].total
        margin = min(1.0, gap / CLOSE_MARGIN)
        reasons.append(f"the lead is {gap:.2f} points of 5" + (" (close)" if margin < 0.5 else ""))
    top = options[ranking[0]]
    if top.advice_weight:
        agreement = 1 - top.spread
        reasons.append("your network " + ("mostly agrees" if top.spread < 0.5 else "is divided") + " about it")
    else:
        agreement = 0.5
        reasons.append("nobody has advised you on it")
    confidence = (min(5, max(1, int(answers.confidence))) - 1) / 4
    reasons.append(f"your own confidence in the scores is {answers.confidence} of 5")
    score = 0.4 * margin + 0.3 * agreement + 0.3 * confidence
    if answers.gut_choice and answers.gut_choice != ranking[0]:
        score -= 0.15
        reasons.append(f"your gut says {OPTIONS[answers.gut_choice]}")
    score = max(0.0, min(1.0, score))
    level = "high" if score >= 0.67 else "medium" if score >= 0.4 else "low"
    return level, round(score, 3), reasons


def find_gaps(answers: Answers, facts: NetworkFacts, evidence: list[Evidence]) -> list[dict]:
    """What the network can't tell you yet: missing insiders, missing advice, only conflicted advice."""
    gaps = []
    target, org = answers.choices.switch_target, answers.choices.switch_organization
    program, school = answers.choices.school_program, answers.choices.school_institution
    if target and not facts.in_target_field:
        gaps.append({"path": "switch", "kind": "field", "target": target, "text": f"Nobody you know works in {target}."})
    if org and not facts.at_target_org:
        gaps.append({"path": "switch", "kind": "organization", "target": org, "text": f"Nobody you know works at {org}."})
    if program and not facts.school_experienced:
        where = f" or works at {school}" if school else ""
        gaps.append({"path": "school", "kind": "school", "target": school or program,
                     "text": f"Nobody you know has gone back to school{where}."})
    for path in OPTIONS:
        notes = [e for e in evidence if e.path == path]
        if not notes:
            gaps.append({"path": path, "kind": "advice", "target": OPTIONS[path],
                         "text": f"Nobody has advised you on \u201c{OPTIONS[path]}\u201d yet."})
        elif all(e.conflict for e in notes):
            gaps.append({"path": path, "kind": "advice", "target": OPTIONS[path],
                         "text": f"All advice on \u201c{OPTIONS[path]}\u201d comes from people with a stake in it."})
    return gaps


def evaluate(answers: Answers, evidence: list[Evidence], facts: NetworkFacts | None = None) -> Result:
    """Weigh the options from the answers and the (already weighed) advice."""
    facts = facts or NetworkFacts()
    used = [e for e in evidence if e.advice_id not in set(answers.excluded_advice)]
    weights = normalize(answers.importance)
    summaries = {o: advice_summary(used, o) for o in OPTIONS}
    scores = _totals(answers, weights, {o: s[0] for o, s in summaries.items()})
    options = {}
    for option in OPTIONS:
        blocked = blocked_reasons(answers, option)
        total = None if blocked else round(sum(weights[k] * scores[option][k] for k in CRITERIA), 3)
        support, weight, spread = summaries[option]
        options[option] = OptionResult(option, answers.option_label(option), blocked, total, scores[option],
                                       round(support, 3), round(weight, 3), round(spread, 3))
    order = list(OPTIONS)
    ranking = sorted((o for o in OPTIONS if options[o].total is not None),
                     key=lambda o: (-options[o].total, order.index(o)))
    if ranking:
        level, score, reasons = _certainty(answers, options, ranking)
    else:
        level, score, reasons = "low", 0.0, ["every option is ruled out by a must-have"]
    flip = find_flip(answers, scores, ranking[0], ranking[1]) if len(ranking) >= 2 else None
    return Result(options, ranking, weights, level, score, reasons, flip,
                  find_gaps(answers, facts, used), break_even(answers.school))
