"""Whole words and phrases, not letters inside words (#20 defect 4); the user confirms who is in the target field."""

from __future__ import annotations

import datetime as dt

import pytest

from mentordesk.crossroads.answers import Answers
from mentordesk.crossroads.evidence import Advisor, Note, made_switch, went_to_school, weigh, works_in
from mentordesk.crossroads.matching import field_key, matches_field

TODAY = dt.date(2025, 6, 1)


def switch_answers(target="UX research") -> Answers:
    a = Answers()
    a.choices.switch_target = target
    return a


def test_embassy_is_not_an_mba():
    assert not went_to_school(Advisor(1, "Diplomat", notes="Worked at the embassy in Paris for years."))
    assert went_to_school(Advisor(2, "Rohan", notes="Went back for an MBA at 31."))
    assert went_to_school(Advisor(3, "Hannah", notes="Did a data bootcamp two years ago."))


def test_a_clinical_research_nurse_does_not_work_in_ux_research():
    assert not works_in(Advisor(1, "Nurse", title="Clinical Research Nurse", org_field="Healthcare"), "UX research")
    assert works_in(Advisor(2, "Priya", title="Senior UX Researcher"), "UX research")
    assert works_in(Advisor(3, "Lee", title="User Experience Researcher"), "UX research")


def test_a_data_entry_clerk_does_not_work_in_data_science():
    assert not works_in(Advisor(1, "Clerk", title="Data Entry Clerk"), "data science")
    assert works_in(Advisor(2, "Diego", title="Data Scientist"), "data science")
    assert matches_field("data analytics", "Data Analyst")


def test_switched_teams_is_not_a_career_switch():
    assert not made_switch(Advisor(1, "Sam", org_field="Software", notes="Switched teams last spring."))
    assert made_switch(Advisor(2, "Ines", org_field="UX design", notes="Switched from advertising to design at 35."))
    assert made_switch(Advisor(3, "Priya", notes="Moved from marketing to UX research three years ago."))
    assert made_switch(Advisor(4, "Kai", notes="Changed careers at 40."))


def test_a_freelancer_with_one_earlier_job_is_not_a_career_switcher():
    freelancer = Advisor(1, "Zoe", organization="", org_field="", title="Freelance UX Consultant",
                         past_fields=["UX design"])
    assert not made_switch(freelancer)
    assert not made_switch(Advisor(2, "Alex", title="Consultant", past_fields=["Finance"]))  # no field to compare
    assert made_switch(Advisor(3, "Mo", title="Freelance UX Consultant", past_fields=["Finance"]))
    assert not made_switch(Advisor(4, "Sue", org_field="Software", past_fields=["Software development"]))


def test_the_users_list_of_people_in_the_target_field_wins_over_matching():
    a = switch_answers()
    insider = Advisor(1, "Priya", trust=4, knows_situation=True, title="Senior UX Researcher")
    nurse = Advisor(2, "Nurse", trust=4, knows_situation=True, title="Clinical Research Nurse")
    note = lambda pid: Note(pid, pid, TODAY, "switch", "for", "go")  # noqa: E731
    assert "works in UX research" in weigh(note(1), insider, a, TODAY).reasons
    a.field_people = {field_key("UX Research"): [2]}      # the user says: the nurse counts, Priya doesn't
    assert "works in UX research" in weigh(note(2), nurse, a, TODAY).reasons
    assert "works in UX research" not in weigh(note(1), insider, a, TODAY).reasons
    a.choices.switch_target = "data science"              # the list is per target: a new target matches again
    assert weigh(note(2), nurse, a, TODAY).reasons == weigh(note(2), Advisor(2, "N", 4, True), a, TODAY).reasons


def test_confirmed_people_steer_facts_plan_and_candidates(demo_db):
    from mentordesk.crossroads import network
    from mentordesk.crossroads.demo import demo_answers
    from mentordesk.crossroads.service import analyse

    a = demo_answers(TODAY)
    people = network.advisors()
    by_name = {p.name: p.person_id for p in people.values()}
    candidates = {c["name"]: c for c in network.field_candidates(a, people)}
    assert candidates["Priya Raman"]["matched"] and candidates["Priya Raman"]["counted"]
    assert not candidates["Kenji Watanabe"]["matched"]      # "UX Design Lead": near, not research
    a.field_people = {field_key(a.choices.switch_target): [by_name["Kenji Watanabe"]]}
    facts = network.facts(a, people)
    assert facts.in_target_field == ["Kenji Watanabe"]
    assert {c["name"] for c in network.field_candidates(a, people) if c["counted"]} == {"Kenji Watanabe"}
    plan = analyse(a, TODAY).plan("switch", TODAY)
    interview = next(i for i in plan if i.kind == "info_interview")
    assert interview.person == "Kenji Watanabe" and interview.why == "works in UX research"


@pytest.mark.parametrize("target, text, expected", [
    ("UX research", "Senior UX Researcher", True),
    ("UX research", "UX design", False),
    ("nursing", "Registered Nurse", True),
    ("data science", "Database Administrator", False),
    ("marketing", "Marketing Manager", True),
    ("career coaching", "Career Coach", True),
])
def test_field_words_match_whole_with_their_endings(target, text, expected):
    assert matches_field(target, text) is expected


def test_assumption_tests_use_the_confirmed_people_in_the_target_field(demo_db):
    from mentordesk.crossroads import assumptions, network
    from mentordesk.crossroads.demo import demo_answers

    a = demo_answers(TODAY)
    people = network.advisors()
    kenji = next(p.person_id for p in people.values() if p.name == "Kenji Watanabe")
    day_to_day = lambda: next(x for x in assumptions.suggest(a, "switch", people, TODAY)  # noqa: E731
                              if x.need.startswith("I would enjoy"))
    assert day_to_day().person != "Kenji Watanabe"
    a.field_people = {field_key(a.choices.switch_target): [kenji]}
    assert day_to_day().person == "Kenji Watanabe"
