"""Tested evidence (advice acted on, with an outcome) counts above any opinion and does not fade."""

from __future__ import annotations

import datetime as dt

from mentordesk.crossroads import network
from mentordesk.crossroads.answers import Answers
from mentordesk.crossroads.evidence import Advisor, Note, weigh
from mentordesk.services import advice as advice_svc, people as people_svc

TODAY = dt.date(2026, 3, 1)


def answers() -> Answers:
    a = Answers()
    a.choices.switch_target = "UX research"
    return a


def test_tested_result_outweighs_the_strongest_opinion_and_does_not_fade():
    expert = Advisor(1, "Best Case", trust=5, knows_situation=True, org_field="UX research", title="UX Researcher")
    opinion = weigh(Note(1, 1, TODAY, "switch", "for", "Go for it"), expert, answers(), TODAY)
    stranger = Advisor(2, "Low Trust", trust=1, knows_situation=False)
    two_years_ago = TODAY - dt.timedelta(days=730)
    tested = weigh(Note(2, 2, two_years_ago, "switch", "against", "Shadowed a researcher for a day",
                        acted_on=True, outcome="the work bored me"), stranger, answers(), TODAY)
    assert tested.tested and not opinion.tested
    assert tested.weight > opinion.weight
    fresh = weigh(Note(3, 2, TODAY, "switch", "against", "same", acted_on=True, outcome="bored"), stranger, answers(), TODAY)
    assert fresh.weight == tested.weight                      # not decayed
    assert any("tested" in r for r in tested.reasons)


def test_acted_on_without_an_outcome_is_still_an_opinion():
    someone = Advisor(1, "Someone", trust=3)
    note = weigh(Note(1, 1, TODAY, "switch", "for", "Try it", acted_on=True, outcome="  "), someone, answers(), TODAY)
    assert not note.tested and note.weight < 1


def test_the_network_reads_acted_on_and_outcome_from_advice_notes(database):
    person = people_svc.create_person(display_name="Ana Test", trust=2)
    opinion = advice_svc.create_advice(person_id=person.id, advice="Switch now", path="switch", stance="for",
                                       given_on=dt.date.today() - dt.timedelta(days=400))
    result = advice_svc.create_advice(person_id=person.id, advice="Tried a UX project", path="switch", stance="for",
                                      given_on=dt.date.today() - dt.timedelta(days=400), acted_on=True,
                                      outcome="loved it, got paid")
    weighed = {e.advice_id: e for e in network.weighed_evidence(answers())}
    assert weighed[result.id].tested and not weighed[opinion.id].tested
    assert weighed[result.id].weight > 3 * weighed[opinion.id].weight
