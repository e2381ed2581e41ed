"""The Crossroads evaluation as plain JSON values, and a complete answers template, for `mentordesk crossroads`.

Both go through service.analyse, the function the wizard's pages call, so the command line and the wizard agree.
"""

from __future__ import annotations

import dataclasses as dc
import datetime as dt

from mentordesk.crossroads import explore, network
from mentordesk.crossroads.answers import ALL_OPTIONS, Answers
from mentordesk.crossroads.engine import lead_text
from mentordesk.crossroads.matching import field_key
from mentordesk.crossroads.service import Analysis, analyse, latest_answers


def template_data(today: dt.date | None = None) -> dict:
    """Every answers field (the last decision's answers, else the defaults), with the network's ids to fill them.

    `field_people` is filled with who matching finds in the switch target, to confirm or edit; the "_" keys list
    the people, the advice and the near matches, and are ignored when the file is read back.
    """
    answers = latest_answers() or Answers()
    people = network.advisors()
    index = network.PeopleIndex(people)  # arranged once for both readings of the target's candidates below
    target = answers.choices.switch_target
    if target and field_key(target) not in answers.field_people:
        answers.field_people[field_key(target)] = [c["person_id"] for c in network.field_candidates(answers, index)
                                                   if c["counted"]]
    data = answers.to_dict()
    options = ", ".join(f"{k} = {v}" for k, v in ALL_OPTIONS.items())
    data["_about"] = ("Crossroads answers: edit and run 'mentordesk crossroads evaluate --answers FILE'. Keys starting "
                      f"with _ are notes and are ignored. Options: {options}")
    data["_people"] = [{"id": a.person_id, "name": a.name, "title": a.title, "organization": a.organization}
                       for a in sorted(people.values(), key=lambda a: a.name) if not a.sensitive]
    data["_advice"] = [{"id": n.advice_id, "person": people[n.person_id].name if n.person_id in people else "",
                        "path": n.path, "stance": n.stance, "given_on": n.given_on.isoformat(), "text": n.text}
                       for n in network.advice_notes()
                       if not (n.person_id in people and people[n.person_id].sensitive)]
    data["_field_candidates"] = [c for c in network.field_candidates(answers, index)   # named: not the sensitive
                                 if not people[c["person_id"]].sensitive]
    return data


def _flip(f) -> dict:
    return {"kind": f.kind, "option": f.option, "criterion": f.criterion, "from": f.from_value, "to": f.to_value,
            "steps": f.steps, "winners": f.winners, "tie": f.tie, "text": f.text}


def evaluation_data(analysis: Analysis, option: str | None = None, today: dt.date | None = None) -> dict:
    """Ranking with scores, certainty, every flip (smallest first), warnings, money, sensitivity, the plan and,
    while exploring, the informational interviews."""
    r, a = analysis.result, analysis.answers
    chosen = option or r.top
    plan = [dc.asdict(i) for i in analysis.plan(chosen, today)] if chosen in r.ranking else []
    return {
        "ranking": [{"option": o, "label": r.options[o].label, "total": r.options[o].total,
                     "scores": r.options[o].scores, "network_support": r.options[o].support} for o in r.ranking],
        "blocked": [{"option": o, "label": x.label, "reasons": x.blocked} for o, x in r.options.items() if x.blocked],
        "winners": r.winners,
        "tie": len(r.winners) > 1,
        "certainty": {"level": r.certainty, "score": r.certainty_score, "reasons": r.certainty_reasons},
        "lead": r.lead,
        "lead_text": lead_text(r),
        "flip": r.flip.text if r.flip else None,
        "flips": [_flip(f) for f in r.flips],
        "warnings": [dc.asdict(w) for w in r.warnings],
        "adjustments": r.adjustments,
        "money": {**dc.asdict(r.money), "figures_text": {
            o: {f.key: f.text for f in m.figures} for o, m in r.money.options.items()}} if r.money else None,
        "sensitivity": [{**dc.asdict(b), "swing": round(b.swing, 3)} for b in r.sensitivity],
        "gaps": r.gaps,
        "advice_used": len(analysis.used_evidence()),
        "advice_off_target": r.off_target,
        "plan": {"option": chosen, "label": a.option_label(chosen) if chosen else "", "asks": plan},
        "plan_z": dc.asdict(r.plan_z) if r.plan_z else None,
        "exploration": exploration_data(analysis, today) if a.choices.exploring else None,
    }


def exploration_data(analysis: Analysis, today: dt.date | None = None) -> dict:
    """While exploring, the informational interviews the wizard's exploration page proposes (`checked`: ticked
    there) and the date to come back and choose (after the ticked ones)."""
    today = today or dt.date.today()
    found = explore.leads(analysis.answers, analysis.people, today)
    return {"interviews": [{"field": lead.field, "basis": lead.basis, **dc.asdict(lead.item)} for lead in found],
            "come_back_on": explore.come_back_on([lead.item for lead in found if lead.item.checked], today).isoformat()}


def evaluate_answers(answers: Answers, option: str | None = None, today: dt.date | None = None) -> dict:
    """Analyse (as the wizard does) and describe, writing nothing."""
    return evaluation_data(analyse(answers, today), option, today)
