"""Exploring without a target: fields drawn from the network, one person each, informational-interview asks."""

from __future__ import annotations

import datetime as dt

from mentordesk.crossroads import explore, network, service
from mentordesk.crossroads.answers import Answers
from mentordesk.crossroads.evidence import Advisor
from mentordesk.crossroads.models import DecisionAsk
from mentordesk.models import Ask

TODAY = dt.date.today()


def exploring() -> Answers:
    from mentordesk.crossroads.demo import demo_answers

    a = demo_answers(TODAY)
    a.choices.switch_target, a.choices.switch_organization, a.choices.exploring = "", "", True
    return a


def test_role_families_match_whole_words():
    assert explore.role_family("Senior UX Researcher") == "UX and design"
    assert explore.role_family("Data Entry Clerk") == ""
    assert explore.role_family("Data Analyst") == "Data and analytics"
    assert explore.role_family("HR Business Partner") == "Recruiting and HR"
    assert explore.role_family("Chrome Specialist") == ""                # "hr" inside a word is not HR


def test_leads_come_from_the_network_leaving_out_your_field_and_sensitive_people():
    people = {
        1: Advisor(1, "Ann", 5, True, "Pixel", "UX design", "UX Researcher"),
        2: Advisor(2, "Bo", 3, False, "Pixel", "UX design", "Designer"),
        3: Advisor(3, "Cy", 4, True, "Harbor", "Logistics", "Marketing Manager"),     # your own field
        4: Advisor(4, "Di", 5, True, "Bank", "Finance", "Analyst", sensitive=True),  # sensitive
        5: Advisor(5, "Ed", 2, False, "Bank", "Finance", "Teller"),
    }
    a = Answers()
    a.situation.current_organization, a.situation.current_role = "Harbor", "Marketing Coordinator"
    found = explore.leads(a, people, TODAY)
    fields = [lead.field for lead in found]
    assert fields[0] == "UX and design" and "Logistics" not in fields and "Marketing and brand" not in fields
    assert "UX design" not in fields                                       # the same field twice is one lead
    assert all(lead.item.person_id != 4 for lead in found) and all("Di" not in lead.people for lead in found)
    assert found[0].item.person == "Ann" and found[0].item.kind == "info_interview"
    assert len({lead.item.person_id for lead in found}) == len(found)      # a different person for each field
    days = [dt.date.fromisoformat(lead.item.due_on) for lead in found]
    assert days == sorted(days) and days[0] > TODAY


def test_the_exploration_plan_becomes_informational_interview_asks_and_a_reminder(demo_db):
    answers = exploring()
    found = explore.leads(answers, network.advisors(), TODAY)
    assert len(found) >= 3 and "Priya Raman" in {lead.item.person for lead in found}
    ticked = [lead.item for lead in found if lead.item.checked]
    come_back = explore.come_back_on(ticked, TODAY)
    assert come_back > max(dt.date.fromisoformat(i.due_on) for i in ticked)
    plan = service.analyse(answers, TODAY).plan("switch", TODAY)
    assert not any("new field" in i.purpose for i in plan)                # no resume review for an unknown field
    decision = service.save_decision(answers, "switch", ticked, come_back, today=TODAY)
    made = [link.ask for link in DecisionAsk.select().where(DecisionAsk.decision == decision)]
    assert sorted(a.person.display_name for a in made) == sorted(i.person for i in ticked)
    assert all(a.kind == "info_interview" and a.status == "idea" for a in made)
    assert decision.revisit_on == come_back and decision.chosen_label == "Switch fields: to be explored"
    assert service.next_revisit(TODAY)["decision_id"] == decision.id   # Today reminds on the come-back date
    assert Ask.select().where(Ask.kind == "info_interview").count() >= len(ticked)
