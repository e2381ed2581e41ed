"""Crossroads against a real database: the demo's advice, the plan's people, and the one-transaction save."""

from __future__ import annotations

import dataclasses as dc
import datetime as dt

import pytest

from mentordesk.crossroads import service
from mentordesk.crossroads.demo import demo_answers
from mentordesk.crossroads.models import Decision, DecisionAsk
from mentordesk.crossroads.plan import PlanItem
from mentordesk.models import Ask
from mentordesk.services.core import ValidationError, on_change

TODAY = dt.date.today()


def by_person(evidence, name, path):
    return next(e for e in evidence if e.person == name and e.path == path)


def test_demo_network_includes_one_finished_decision(demo_db):
    assert Decision.select().count() == 1
    data = service.decision_data(service.latest_decision_id())
    assert data["chosen"] in data["result"]["ranking"][:1]
    assert data["evidence"] and all(e["person"] and e["given_on"] for e in data["evidence"])
    created = [p for p in data["plan"] if p["created"]]
    assert DecisionAsk.select().count() == len(created) > 0


def test_demo_advice_is_weighed_with_conflicts_flagged(demo_db):
    analysis = service.analyse(demo_answers(TODAY), TODAY)
    evidence = analysis.evidence
    assert "stake in you staying" in by_person(evidence, "Tom Becker", "improve").conflict
    assert "recruiter" in by_person(evidence, "Marcus Johnson", "switch").conflict
    assert "runs the program" in by_person(evidence, "Elena Rossi", "school").conflict
    assert by_person(evidence, "Priya Raman", "switch").conflict == ""
    assert "works in UX research" in by_person(evidence, "Priya Raman", "switch").reasons
    assert any(" on " in e.meeting and e.meeting.split(", ")[-1].split(" on ")[0] in ("coffee", "call", "video call", "message", "event") for e in evidence)
    assert analysis.result.top == "switch"


def test_plan_names_real_people_for_each_option(demo_db):
    analysis = service.analyse(demo_answers(TODAY), TODAY)
    switch = {i.kind: i for i in analysis.plan("switch", TODAY)}
    assert switch["resume_review"].person == "Maya Chen"
    assert switch["referral"].person == "Naomi Fischer" and "Brightline Health" in switch["referral"].purpose
    assert not switch["referral"].checked          # the demo already has that referral ask open
    assert switch["info_interview"].person == "Priya Raman"
    school = analysis.plan("school", TODAY)
    assert any(i.kind == "letter" and i.person == "Sofia Alvarez" for i in school)
    improve = analysis.plan("improve", TODAY)
    assert improve[0].person == "Tom Becker"
    everyone = {i.person for option in ("switch", "school", "improve") for i in analysis.plan(option, TODAY)}
    assert "Zoe Anderson" not in everyone           # marked sensitive: no asks suggested


def test_gap_becomes_an_introduction_ask(demo_db):
    answers = demo_answers(TODAY)
    answers.choices.switch_target, answers.choices.switch_organization = "nursing", ""
    analysis = service.analyse(answers, TODAY)
    assert "Nobody you know works in nursing." in [g["text"] for g in analysis.result.gaps]
    intro = [i for i in analysis.plan("switch", TODAY) if i.kind == "introduction"]
    assert intro and intro[0].person == "Maya Chen" and "nursing" in intro[0].purpose


def test_save_writes_decision_asks_and_revisit_in_one_go(demo_db):
    seen = []
    on_change(lambda kind, ids: seen.append(kind))
    answers = demo_answers(TODAY)
    analysis = service.analyse(answers, TODAY)
    plan = analysis.plan("school", TODAY)
    asks_before = Ask.select().count()
    revisit = TODAY + dt.timedelta(days=30)
    decision = service.save_decision(answers, "school", plan[:2], revisit, suggested=plan, today=TODAY)
    assert Ask.select().count() == asks_before + 2
    links = list(DecisionAsk.select().where(DecisionAsk.decision == decision.id))
    made = [Ask.get_by_id(link.ask_id) for link in links]
    assert {(a.person.display_name, a.kind) for a in made} == {(p.person, p.kind) for p in plan[:2]}
    assert all(a.due_on and a.due_on > TODAY and a.status == "idea" for a in made)
    data = service.decision_data(decision.id)
    assert data["revisit_on"] == revisit.isoformat() and data["chosen"] == "school"
    assert len([p for p in data["plan"] if not p["created"]]) == len(plan) - 2
    assert "decision" in seen and "ask" in seen
    assert service.latest_answers() == answers
    assert service.next_revisit(TODAY)["decision_id"] == decision.id


def test_failed_save_leaves_nothing_behind(demo_db):
    answers = demo_answers(TODAY)
    bad = PlanItem("referral", 999999, "Nobody", "x", "y", TODAY.isoformat())
    good = dc.replace(bad, person_id=1, person="Maya Chen")
    decisions, asks = Decision.select().count(), Ask.select().count()
    with pytest.raises(ValidationError):
        service.save_decision(answers, "switch", [good, bad], TODAY + dt.timedelta(days=9), today=TODAY)
    assert (Decision.select().count(), Ask.select().count()) == (decisions, asks)


def test_blocked_option_or_past_revisit_cannot_be_chosen(demo_db):
    answers = demo_answers(TODAY)
    answers.must_haves[0].blocks = ["school"]
    with pytest.raises(ValidationError, match="ruled out"):
        service.save_decision(answers, "school", [], None, today=TODAY)
    with pytest.raises(ValidationError, match="past"):
        service.save_decision(answers, "switch", [], TODAY - dt.timedelta(days=1), today=TODAY)


def test_advice_dated_in_the_future_is_refused_by_validation(demo_db):
    """Future-dated advice was weighted in full and shown as "-400 days ago" (#20, defect 6)."""
    import datetime as dt

    import pytest

    from mentordesk.models import Person
    from mentordesk.services import advice
    from mentordesk.services.core import ValidationError

    maya = Person.get(Person.display_name == "Maya Chen").id
    with pytest.raises(ValidationError) as refused:
        advice.create_advice(person_id=maya, advice="Apply next year", given_on=dt.date.today() + dt.timedelta(days=400))
    assert refused.value.field == "given_on" and "future" in str(refused.value)
    assert advice.create_advice(person_id=maya, advice="Apply now", given_on=dt.date.today()).id


def test_why_them_names_the_persons_real_role_not_always_mentor(database):
    """A friend who knows your situation was labelled "mentor who knows your work" (#20, defect 5)."""
    from mentordesk.crossroads.answers import Answers
    from mentordesk.crossroads.evidence import Advisor
    from mentordesk.crossroads.plan import knows_you, suggest

    friend = Advisor(person_id=1, name="Fran Friend", trust=5, knows_situation=True, roles=["friend"])
    answers = Answers()
    answers.choices.switch_target = "UX research"
    review = [i for i in suggest(answers, "switch", {1: friend}, today=TODAY) if i.kind == "resume_review"]
    assert review and review[0].why == "friend who knows your work"
    assert knows_you(Advisor(person_id=2, name="M", trust=4, knows_situation=True, roles=["mentor"])) == \
        "mentor who knows your work"
    assert knows_you(Advisor(person_id=3, name="N", trust=4, knows_situation=True)) == "knows your situation at work"
