"""Crossroads services: analyse answers against the network, and write a finished decision in one transaction."""

from __future__ import annotations

import dataclasses as dc
import datetime as dt
import json

from mentordesk.crossroads import network, plan as plan_mod
from mentordesk.crossroads.answers import Answers, option_name
from mentordesk.crossroads.engine import Result, evaluate
from mentordesk.crossroads.evidence import Advisor, Evidence
from mentordesk.crossroads.models import Decision, DecisionAsk, decision_review, next_revisit  # noqa: F401
from mentordesk.services import asks as asks_svc
from mentordesk.services.core import NotFound, ValidationError, changed, transactional
from mentordesk.texts import T_

DEFAULT_REVISIT_DAYS = 90


@dc.dataclass
class Analysis:
    """The engine's result with everything it was computed from."""

    answers: Answers
    result: Result
    evidence: list[Evidence]
    people: dict[int, Advisor]
    net: network.Network | None = None   # the read network (its people ranked once, who is in the target field)

    def used_evidence(self) -> list[Evidence]:
        """The advice the result rests on: not unticked, not about another switch target."""
        excluded = set(self.answers.excluded_advice) | set(self.result.off_target)
        return [e for e in self.evidence if e.advice_id not in excluded]

    def plan(self, option: str, today: dt.date | None = None) -> list[plan_mod.PlanItem]:
        if self.net is None:
            return plan_mod.suggest(self.answers, option, self.people, self.result.gaps, today)
        return plan_mod.suggest(self.answers, option, self.people, self.result.gaps, today, self.net.index.to_call,
                                self.net.index.field(self.answers))


def analyse(answers: Answers, today: dt.date | None = None, net: network.Network | None = None) -> Analysis:
    """Weigh the network's advice and score the options for these answers.

    `net`: the network as read once (network.read()); without it the database is read now.
    """
    net = net if net is not None else network.read()
    evidence = network.weighed_evidence(answers, today, net)
    result = evaluate(answers, evidence, net.facts(answers))
    return Analysis(answers, result, evidence, net.people, net)


def default_revisit(answers: Answers, today: dt.date | None = None) -> dt.date:
    """The decision deadline if it's ahead, else three months from today."""
    today = today or dt.date.today()
    deadline = answers.situation.deadline
    return deadline if deadline and deadline > today else today + dt.timedelta(days=DEFAULT_REVISIT_DAYS)


@transactional
def save_decision(answers: Answers, chosen: str, asks: list[plan_mod.PlanItem], revisit_on: dt.date | None,
                  note: str = "", suggested: list[plan_mod.PlanItem] | None = None,
                  today: dt.date | None = None, net: network.Network | None = None) -> Decision:
    """Store the decision with its answers, scores and evidence, create the ticked asks, set the revisit date.

    `net`: the network as the wizard read it (what the user saw), else read now."""
    if chosen not in answers.options():
        raise ValidationError("chosen", f"choose one of {', '.join(answers.options())}")
    if revisit_on is not None and revisit_on < (today or dt.date.today()):
        raise ValidationError("revisit_on", T_("the revisit date must not be in the past"))
    analysis = analyse(answers, today, net)
    if chosen not in analysis.result.ranking:
        raise ValidationError("chosen", T_("\u201c{option}\u201d is ruled out by a must-have", option=option_name(chosen)))
    decision = Decision.create(
        chosen=chosen, chosen_label=answers.option_label(chosen), note=note, revisit_on=revisit_on,
        answers=json.dumps(answers.to_dict()), result=json.dumps(analysis.result.to_dict()),
        evidence=json.dumps([dc.asdict(e) for e in analysis.used_evidence()]),
    )
    created = []
    for item in asks:
        ask = asks_svc.create_ask(
            person_id=item.person_id, kind=item.kind, purpose=item.purpose, status="idea", direction="to",
            due_on=dt.date.fromisoformat(item.due_on),
            notes=T_("From your Crossroads decision of {day}: {why}.", day=decision.created_at.date().isoformat(),
                     why=item.why),
        )
        DecisionAsk.create(decision=decision, ask=ask)
        created.append({**dc.asdict(item), "ask_id": ask.id, "created": True})
    taken = {(i.person_id, i.kind, i.purpose) for i in asks}
    skipped = [{**dc.asdict(i), "created": False} for i in (suggested or [])
               if (i.person_id, i.kind, i.purpose) not in taken]
    decision.plan = json.dumps(created + skipped)
    decision.save()
    changed("decision", [decision.id])
    return decision


def decision_data(decision_id: int) -> dict:
    """A stored decision as plain values (answers, result, evidence and plan parsed)."""
    d = Decision.get_or_none(Decision.id == decision_id)
    if d is None:
        raise NotFound(f"decision {decision_id} does not exist")
    return {
        "id": d.id, "created_at": d.created_at.isoformat(sep=" "), "chosen": d.chosen,
        "chosen_label": d.chosen_label, "note": d.note,
        "revisit_on": d.revisit_on.isoformat() if d.revisit_on else None,
        "answers": json.loads(d.answers), "result": json.loads(d.result),
        "evidence": json.loads(d.evidence), "plan": json.loads(d.plan),
    }


def decision_ids() -> list[int]:
    """All decisions, newest first."""
    return [i for (i,) in Decision.select(Decision.id).order_by(Decision.created_at.desc(), Decision.id.desc()).tuples()]


def latest_decision_id() -> int | None:
    ids = Decision.select(Decision.id).order_by(Decision.created_at.desc(), Decision.id.desc()).limit(1).tuples()
    return next((i for (i,) in ids), None)


def latest_answers() -> Answers | None:
    """The answers of the most recent decision, to start the wizard from."""
    latest = latest_decision_id()
    return Answers.from_dict(json.loads(Decision.get_by_id(latest).answers)) if latest else None


@transactional
def delete_decision(decision_id: int) -> None:
    """Forget a decision (the asks it created stay)."""
    if not Decision.delete().where(Decision.id == decision_id).execute():
        raise NotFound(f"decision {decision_id} does not exist")
    changed("decision", [decision_id])


@transactional
def undo_decision(decision_id: int) -> None:
    """Take back a just-saved decision together with the asks it created (the wizard's undo)."""
    ask_ids = [a for (a,) in DecisionAsk.select(DecisionAsk.ask).where(DecisionAsk.decision == decision_id).tuples()]
    for ask_id in ask_ids:
        asks_svc.delete_ask(ask_id)
    delete_decision(decision_id)


def decision_summary(decision_id: int) -> dict:
    """One line of the history list: date, choice, its score, certainty, revisit date and asks created."""
    d = Decision.get_by_id(decision_id)
    result = json.loads(d.result)
    option = result["options"].get(d.chosen, {})
    return {
        "id": d.id, "created_at": d.created_at, "chosen_label": d.chosen_label,
        "score": option.get("total"), "certainty": result.get("certainty", ""),
        "revisit_on": d.revisit_on, "asks": DecisionAsk.select().where(DecisionAsk.decision == d.id).count(),
    }
