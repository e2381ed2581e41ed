"""The Crossroads decision: block, score, rank, and say how sure, what would flip it, what is missing, and the money.

The wizard's result page and `mentordesk crossroads evaluate` both call evaluate() (through service.analyse).
"""

from __future__ import annotations

import dataclasses as dc
import math

from mentordesk.crossroads.answers import ALL_OPTIONS, COMBINED, CRITERIA, OPTIONS, Answers, option_name
from mentordesk.crossroads.evidence import STANCE_VALUE, Evidence
from mentordesk.crossroads.flips import Bar, Flip, find_flips, headline, sensitivity
from mentordesk.crossroads.matching import matches_field
from mentordesk.crossroads.money import MoneyPicture, money_picture
from mentordesk.crossroads.school import BreakEven, break_even
from mentordesk.crossroads.scoring import (  # noqa: F401 - normalize and network_score are part of this API
    denominator, network_score, normalize, numerators, option_scores, rank, winners,
)
from mentordesk.crossroads.situation import Caution, PlanZ, certainty_penalty, find_warnings, plan_z
from mentordesk.texts import T_, join_words, word

# Pseudo-weight of "no opinion" added to the advice: one lukewarm note must not give a 5.
EVIDENCE_PRIOR = 0.5
CLOSE_MARGIN = 0.75    # a lead of this many points (of 5) counts as clear
# Whose advice speaks to each option: D ("School, then switch") hears both C's and B's.
ADVICE_PATHS = {"improve": ("improve",), "switch": ("switch",), "school": ("school",), COMBINED: ("school", "switch")}


@dc.dataclass
class NetworkFacts:
    """Who in the network can speak to each option (names), gathered by crossroads.network."""

    in_target_field: list[str] = dc.field(default_factory=list)
    at_target_org: list[str] = dc.field(default_factory=list)
    school_experienced: list[str] = dc.field(default_factory=list)
    at_current_org: list[str] = dc.field(default_factory=list)
    call_first: list[dict] = dc.field(default_factory=list)   # Plan Z: {"person_id", "name", "why"}


@dc.dataclass
class OptionResult:
    key: str
    label: str
    blocked: list[str]            # reasons (must-haves not met); empty if the option is open
    total: float | None           # weighted score 1-5 (rounded for display); None when blocked
    scores: dict[str, float]      # criterion -> 1-5 as used (capped by the situation)
    support: float                # net advice in [-1, 1]
    advice_weight: float          # total weight of the advice about this option
    spread: float                 # disagreement of the advice, 0 (all agree) .. 1


@dc.dataclass
class Result:
    options: dict[str, OptionResult]
    ranking: list[str]            # open options, best first
    weights: dict[str, float]     # normalized, sum 1
    certainty: str                # "high" / "medium" / "low"
    certainty_score: float
    certainty_reasons: list[str]
    flip: Flip | None             # the headline of `flips`
    gaps: list[dict]              # {"path", "kind", "target", "text"}
    school: BreakEven
    winners: list[str] = dc.field(default_factory=list)      # more than one: a tie
    flips: list[Flip] = dc.field(default_factory=list)       # every change of one weight or score that changes it
    warnings: list[Caution] = dc.field(default_factory=list)
    adjustments: list[dict] = dc.field(default_factory=list)  # scores the situation capped
    plan_z: PlanZ | None = None
    money: MoneyPicture | None = None
    sensitivity: list[Bar] = dc.field(default_factory=list)
    off_target: list[int] = dc.field(default_factory=list)   # advice about another switch target, not counted
    lead: list[dict] = dc.field(default_factory=list)         # why #1 is ahead of #2, criterion by criterion

    @property
    def top(self) -> str | None:
        return self.ranking[0] if self.ranking else None

    @property
    def tied(self) -> list[str]:
        """The options sharing the best total (more than one: a tie, not a winner)."""
        return list(self.winners)

    def to_dict(self) -> dict:
        return dc.asdict(self)


def blocked_reasons(answers: Answers, option: str) -> list[str]:
    """The must-haves this option cannot meet, as reasons; D fails what C or B fails."""
    parts = ADVICE_PATHS[option] if option == COMBINED else ()
    reasons = []
    for m in answers.must_haves:
        if option in m.blocks:
            reasons.append(T_("fails the must-have \u201c{text}\u201d", text=m.text))
        elif any(p in m.blocks for p in parts):
            failing = join_words([option_name(p) for p in parts if p in m.blocks])
            reasons.append(T_("fails the must-have \u201c{text}\u201d (as {options} does)", text=m.text, options=failing))
    return reasons


@dc.dataclass
class PathSums:
    """The advice about one path, summed in one pass (the engine reads every option and the gaps from it)."""

    weight: float = 0.0       # total weight
    signed: float = 0.0       # weight x stance (+1 for, -1 against, 0 neutral)
    square: float = 0.0       # weight x stance squared
    unconflicted: int = 0     # notes from people without a stake in it


def path_sums(evidence: list[Evidence]) -> dict[str, PathSums]:
    """Per path: the sums of its advice (weights per path and stance, one dictionary step per note)."""
    by_stance: dict[tuple[str, str], float] = {}
    free: dict[str, int] = {}
    for e in evidence:
        key = (e.path, e.stance)
        by_stance[key] = by_stance.get(key, 0.0) + e.weight
        if not e.conflict:
            free[e.path] = free.get(e.path, 0) + 1
    sums: dict[str, PathSums] = {}
    for (path, stance), weight in by_stance.items():
        row = sums.setdefault(path, PathSums(unconflicted=free.get(path, 0)))
        value = STANCE_VALUE[stance]
        row.weight += weight
        row.signed += weight * value
        row.square += weight * value * value
    return sums


def summary_of(sums: dict[str, PathSums], path: str | tuple[str, ...]) -> tuple[float, float, float]:
    """(net support in [-1, 1] shrunk toward 0 when advice is thin, total weight, spread 0..1) of a path."""
    paths = (path,) if isinstance(path, str) else path
    rows = [sums[p] for p in paths if p in sums]
    weight = sum(r.weight for r in rows)
    if not rows or weight == 0:
        return 0.0, 0.0, 0.0
    signed, square = sum(r.signed for r in rows), sum(r.square for r in rows)
    mean = signed / weight
    variance = max(0.0, square / weight - mean * mean)   # the weighted mean of (stance - mean)^2
    return signed / (weight + EVIDENCE_PRIOR), weight, min(1.0, math.sqrt(variance))


def off_target(answers: Answers, evidence: list[Evidence]) -> list[int]:
    """Switch advice the user marked as about another target than today's (Answers.note_targets)."""
    target = answers.choices.switch_target
    if not target or not answers.note_targets:
        return []
    other = {i for i, about in answers.note_targets.items() if about and not matches_field(target, about)}
    return [e.advice_id for e in evidence if e.advice_id in other and e.path == "switch"]


def _certainty(answers: Answers, options: dict[str, OptionResult], ranking: list[str], top_winners: list[str],
               lead: float, warned: list[Caution]) -> tuple[str, float, list[str]]:
    """How sure the ranking is: the lead, agreement of the advice, the user's confidence and gut, open warnings."""
    reasons = []
    if len(ranking) < 2:
        margin = 1.0
        reasons.append(T_("only one option is open"))
    elif len(top_winners) > 1:  # option order must not pass for a winner
        margin = 0.0
        names = [options[o].label for o in top_winners]
        reasons.append(T_("it is a tie between {options}: nothing separates them yet", options=join_words(names)))
    else:
        margin = min(1.0, lead / CLOSE_MARGIN)
        reasons.append(T_("the lead is {lead:.2f} points of 5 (close)", lead=lead) if margin < 0.5
                       else T_("the lead is {lead:.2f} points of 5", lead=lead))
    top = options[ranking[0]]
    if top.advice_weight:
        agreement = 1 - top.spread
        reasons.append(T_("your network mostly agrees about it") if top.spread < 0.5
                       else T_("your network is divided about it"))
    else:
        agreement = 0.5
        reasons.append(T_("nobody has advised you on it"))
    confidence = (min(5, max(1, int(answers.confidence))) - 1) / 4
    reasons.append(T_("your own confidence in the scores is {confidence} of 5", confidence=answers.confidence))
    score = 0.4 * margin + 0.3 * agreement + 0.3 * confidence
    if answers.gut_choice and answers.gut_choice != ranking[0]:
        score -= 0.15
        reasons.append(T_("your gut says {option}", option=option_name(answers.gut_choice)
                          if answers.gut_choice in ALL_OPTIONS else answers.gut_choice))
    penalty, why = certainty_penalty(warned)
    if penalty:
        score -= penalty
        reasons.append(why)
    score = max(0.0, min(1.0, score))
    level = "high" if score >= 0.67 else "medium" if score >= 0.4 else "low"
    return level, round(score, 3), reasons


def lead_reasons(weights: dict[str, float], scores: dict[str, dict[str, float]], ranking: list[str],
                 top_winners: list[str]) -> list[dict]:
    """Why the leader is ahead of the runner-up: each criterion where they differ, with its share of the lead in
    points of 5 (weight x score gap; they add up to the lead), largest first. Empty for a tie or a single option."""
    if len(ranking) < 2 or len(top_winners) > 1:
        return []
    top, second = ranking[0], ranking[1]
    found = [{"criterion": k, "label": CRITERIA[k][0], "leader": scores[top][k], "runner_up": scores[second][k],
              "points": round(weights[k] * (scores[top][k] - scores[second][k]), 3)}
             for k in CRITERIA if scores[top][k] != scores[second][k]]
    return sorted(found, key=lambda r: (-abs(r["points"]), r["criterion"]))


def lead_text(result: "Result", most: int = 3) -> str:
    """"Switch fields is ahead on Interest fit (5 vs 2, +0.53); Improve in place on Income and security (…)"."""
    if not result.lead:
        return ""
    top, second = option_name(result.ranking[0]), option_name(result.ranking[1])

    def part(rows):
        return ", ".join(T_("{criterion} ({leader:g} vs {runner_up:g}, {points:+.2f})", criterion=word(r["label"], ""),
                            leader=r["leader"], runner_up=r["runner_up"], points=r["points"]) for r in rows)
    ahead = [r for r in result.lead if r["points"] > 0][:most]
    behind = [r for r in result.lead if r["points"] < 0][:most]
    text = T_("{leader} is ahead of {runner_up} on {criteria}", leader=top, runner_up=second, criteria=part(ahead)) \
        if ahead else ""
    if behind:
        text += ("; " if text else "") + T_("{option} is ahead on {criteria}", option=second, criteria=part(behind))
    return text + "."


def find_gaps(answers: Answers, facts: NetworkFacts, evidence: list[Evidence],
              sums: dict[str, PathSums] | None = None) -> list[dict]:
    """What the network can't tell you yet: missing insiders, missing advice, only conflicted advice."""
    gaps = []
    target, org = answers.choices.switch_target, answers.choices.switch_organization
    program, school = answers.choices.school_program, answers.choices.school_institution
    if target and not facts.in_target_field:
        gaps.append({"path": "switch", "kind": "field", "target": target,
                     "text": T_("Nobody you know works in {field}.", field=target)})
    if org and not facts.at_target_org:
        gaps.append({"path": "switch", "kind": "organization", "target": org,
                     "text": T_("Nobody you know works at {organization}.", organization=org)})
    if program and not facts.school_experienced:
        gaps.append({"path": "school", "kind": "school", "target": school or program,
                     "text": T_("Nobody you know has gone back to school or works at {school}.", school=school) if school
                     else T_("Nobody you know has gone back to school.")})
    sums = sums if sums is not None else path_sums(evidence)
    for path in OPTIONS:
        if path not in sums:
            gaps.append({"path": path, "kind": "advice", "target": OPTIONS[path],
                         "text": T_("Nobody has advised you on \u201c{option}\u201d yet.", option=option_name(path))})
        elif not sums[path].unconflicted:
            gaps.append({"path": path, "kind": "advice", "target": OPTIONS[path],
                         "text": T_("All advice on \u201c{option}\u201d comes from people with a stake in it.",
                                    option=option_name(path))})
    return gaps


def evaluate(answers: Answers, evidence: list[Evidence], facts: NetworkFacts | None = None,
             explain: bool = True) -> Result:
    """Weigh the options from the answers, the situation and the (already weighed) advice.

    `explain=False` leaves out the flips and the sensitivity chart (for quick what-ifs on a changed answer).
    """
    facts = facts or NetworkFacts()
    aside = set(off_target(answers, evidence))
    excluded = set(answers.excluded_advice) | aside
    used = [e for e in evidence if e.advice_id not in excluded] if excluded else evidence
    considered = answers.options()
    sums = path_sums(used)
    summaries = {o: summary_of(sums, ADVICE_PATHS[o]) for o in considered}
    scores, adjustments = option_scores(answers, {o: s[0] for o, s in summaries.items()})
    blocked = {o: blocked_reasons(answers, o) for o in considered}
    open_options = [o for o in considered if not blocked[o]]
    numer, den = numerators(answers.importance, scores), denominator(answers.importance)
    options = {}
    for option in considered:
        support, weight, spread = summaries[option]
        total = None if blocked[option] else round(numer[option] / den, 3)
        options[option] = OptionResult(option, answers.option_label(option), blocked[option], total, scores[option],
                                       round(support, 3), round(weight, 3), round(spread, 3))
    ranking = rank(numer, open_options)
    top_winners = winners(numer, open_options)
    money = money_picture(answers)
    warned = find_warnings(answers, money)
    if ranking:
        lead = (numer[ranking[0]] - numer[ranking[1]]) / den if len(ranking) > 1 else 0.0
        level, score, reasons = _certainty(answers, options, ranking, top_winners, lead, warned)
    else:
        level, score, reasons = "low", 0.0, [T_("every option is ruled out by a must-have")]
    flips = find_flips(answers, {o: s[0] for o, s in summaries.items()}, open_options) if explain else []
    return Result(options, ranking, normalize(answers.importance), level, score, reasons, headline(flips),
                  find_gaps(answers, facts, used, sums), break_even(answers.school), top_winners, flips, warned,
                  adjustments, plan_z(answers, facts.call_first), money,
                  sensitivity(answers, scores, ranking) if explain else [],
                  sorted(aside), lead_reasons(normalize(answers.importance), scores, ranking, top_winners))
