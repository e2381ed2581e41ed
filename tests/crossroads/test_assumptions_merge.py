"""Merging two records of a person keeps the Crossroads tests that name them: they follow the kept person, and
taking the merge back gives them back."""

from __future__ import annotations

import datetime as dt

from mentordesk.crossroads import assumption_service as tests_svc
from mentordesk.crossroads.assumption_model import AssumptionTest
from mentordesk.crossroads.assumptions import Assumption
from mentordesk.crossroads.demo import demo_answers
from mentordesk.models import Person
from mentordesk.services import people
from mentordesk.services.merge import capture_merge, merge_people, unmerge

TODAY = dt.date.today()


def test_a_test_naming_the_merged_away_person_follows_the_kept_one(demo_db):
    priya = Person.get(Person.display_name == "Priya Raman")
    twin = people.create_person(display_name="Priya R.", title="Senior UX Researcher")
    test = Assumption("switch", "I would enjoy UX research day to day", "Shadow Priya for half a day", twin.id,
                      twin.display_name, "half a day", (TODAY + dt.timedelta(days=10)).isoformat(),
                      "Commit if I want a second day", "meeting")
    decision = tests_svc.save_decision_with_tests(demo_answers(TODAY), "switch", [], TODAY + dt.timedelta(days=30),
                                                  assumptions=[test], today=TODAY)
    saved = capture_merge(priya.id, twin.id)
    merge_people(priya.id, twin.id)
    row = AssumptionTest.get(AssumptionTest.decision == decision.id)
    assert row.person_id == priya.id                          # not emptied with the deleted record
    assert tests_svc.tests_of(decision.id)[0]["person"] == "Priya Raman"
    unmerge(saved)
    assert AssumptionTest.get_by_id(row.id).person_id == twin.id
