"""Assumptions and cheap tests: saved as asks or meetings, asked for at the gate, fed back as tested evidence."""

from __future__ import annotations

import datetime as dt

import pytest

from mentordesk.crossroads import assumption_service as tests_svc, network
from mentordesk.crossroads.answers import Answers
from mentordesk.crossroads.assumption_model import AssumptionTest
from mentordesk.crossroads.assumptions import Assumption, problems, suggest
from mentordesk.crossroads.models import Decision, DecisionAsk
from mentordesk.models import AdviceNote, Ask, Meeting, MeetingAttendee, Person
from mentordesk.services import ValidationError

TODAY = dt.date.today()


def person(name: str) -> Person:
    return Person.get(Person.display_name == name)


def demo_answers() -> Answers:
    from mentordesk.crossroads.demo import demo_answers as make

    return make(TODAY)


def two_tests() -> list[Assumption]:
    priya, maya = person("Priya Raman"), person("Maya Chen")
    return [
        Assumption("switch", "I would enjoy UX research day to day", "Shadow Priya for half a day", priya.id,
                   priya.display_name, "half a day", (TODAY + dt.timedelta(days=10)).isoformat(),
                   "Commit if I want a second day", "meeting"),
        Assumption("improve", "A promotion date gets written down", "Ask Maya how to build the case", maya.id,
                   maya.display_name, "one hour", (TODAY + dt.timedelta(days=20)).isoformat(),
                   "Stop if no date by spring", "ask"),
    ]


def save(assumptions, revisit_on, today=TODAY, chosen="switch") -> Decision:
    answers = demo_answers()
    return tests_svc.save_decision_with_tests(answers, chosen, [], revisit_on, assumptions=assumptions, today=today)


def test_tests_become_a_meeting_and_an_ask_linked_to_the_decision(demo_db):
    asks, meetings = Ask.select().count(), Meeting.select().count()
    decision = save(two_tests(), TODAY + dt.timedelta(days=30))
    rows = {t["option"]: t for t in tests_svc.tests_of(decision.id)}
    meeting = Meeting.get_by_id(rows["switch"]["meeting_id"])
    assert meeting.held_at.date() == TODAY + dt.timedelta(days=10) and "Shadow Priya" in meeting.summary
    assert [a.person.display_name for a in MeetingAttendee.select().where(MeetingAttendee.meeting == meeting)] == ["Priya Raman"]
    ask = Ask.get_by_id(rows["improve"]["ask_id"])
    assert ask.person.display_name == "Maya Chen" and ask.purpose.startswith("Test: ") and ask.status == "idea"
    assert "Stop if no date by spring" in ask.notes and ask.due_on == TODAY + dt.timedelta(days=20)
    assert DecisionAsk.select().where(DecisionAsk.decision == decision, DecisionAsk.ask == ask.id).exists()
    assert (Ask.select().count(), Meeting.select().count()) == (asks + 1, meetings + 1)

    tests_svc.undo_decision_with_tests(decision.id)                   # the wizard's undo takes all of it back
    assert (Ask.select().count(), Meeting.select().count()) == (asks, meetings)
    assert not AssumptionTest.select().exists()


def test_an_incomplete_assumption_is_refused_naming_option_and_row(demo_db):
    broken = two_tests()
    broken[1].criterion = ""
    broken[1].person_id = None
    decisions = Decision.select().count()
    with pytest.raises(ValidationError) as error:
        save(broken, TODAY + dt.timedelta(days=30))
    assert "A, assumption 1" in str(error.value) and "stop-or-commit" in str(error.value) and "who helps" in str(error.value)
    assert Decision.select().count() == decisions                     # all or nothing
    assert problems([Assumption("switch", "")], TODAY) == []          # an empty row is ignored
    four = [Assumption("school", f"need {i}", "t", 1, "x", "c", TODAY.isoformat(), "k") for i in range(4)]
    assert any("at most 3" in p for p in problems(four, TODAY))


def test_the_gate_may_not_come_before_the_last_test(demo_db):
    with pytest.raises(ValidationError) as error:
        save(two_tests(), TODAY + dt.timedelta(days=15))
    assert "before the last test" in str(error.value)


def test_the_gate_asks_for_results_only_after_the_revisit_date(demo_db):
    earlier = TODAY - dt.timedelta(days=60)
    tests = two_tests()
    for t, days in zip(tests, (5, 12)):
        t.test_on = (earlier + dt.timedelta(days=days)).isoformat()
    decision = save(tests, earlier + dt.timedelta(days=30), today=earlier)
    assert tests_svc.pending(earlier + dt.timedelta(days=29)) == []
    due = tests_svc.pending(TODAY)
    assert {t["need"] for t in due} == {t.need for t in tests} and all(t["decision_id"] == decision.id for t in due)


def test_a_recorded_result_becomes_tested_evidence_that_outweighs_opinion(demo_db):
    decision = save(two_tests(), TODAY + dt.timedelta(days=30))
    rows = {t["option"]: t for t in tests_svc.tests_of(decision.id)}
    answers = demo_answers()
    before = {e.advice_id for e in network.weighed_evidence(answers, TODAY)}
    undo = tests_svc.record_results([(rows["switch"]["id"], "fails", "Bored by noon"),
                                     (rows["improve"]["id"], "holds", "")], TODAY)
    switch_note = AdviceNote.get_by_id(AssumptionTest.get_by_id(rows["switch"]["id"]).advice_id)
    assert switch_note.acted_on and switch_note.outcome == "Bored by noon" and switch_note.stance == "against"
    assert switch_note.path == "switch" and switch_note.person.display_name == "Priya Raman"
    assert Ask.get_by_id(rows["improve"]["ask_id"]).status == "done"
    weighed = [e for e in network.weighed_evidence(answers, TODAY) if e.advice_id not in before]
    assert {e.path for e in weighed} == {"switch", "improve"} and all(e.tested for e in weighed)
    opinions = [e for e in network.weighed_evidence(answers, TODAY) if not e.tested]
    assert min(e.weight for e in weighed) > max(e.weight for e in opinions)
    assert tests_svc.pending(TODAY + dt.timedelta(days=40)) == []      # answered: the gate no longer asks

    tests_svc.undo_results(undo)
    assert AdviceNote.get_or_none(AdviceNote.id == switch_note.id) is None
    assert Ask.get_by_id(rows["improve"]["ask_id"]).status == "idea"
    assert len(tests_svc.pending(TODAY + dt.timedelta(days=40))) == 2


def test_suggestions_name_real_non_sensitive_people(demo_db):
    people = network.advisors()
    for option in ("improve", "switch", "school"):
        found = suggest(demo_answers(), option, people, TODAY)
        assert found and all(a.person_id in people and not people[a.person_id].sensitive for a in found)
        assert problems(found, TODAY) == []


def test_a_database_from_before_assumptions_gets_the_table_on_open(db_path):
    """Files written before this feature have no assumption table: opening adds it, keeping what is there."""
    from mentordesk import db as dbmod

    database = dbmod.open_database(db_path)
    from mentordesk.demo import load_demo

    load_demo()
    database.execute_sql(f"DROP TABLE {AssumptionTest._meta.table_name}")
    decisions = Decision.select().count()
    dbmod.close_database()
    dbmod.open_database(db_path)
    try:
        assert Decision.select().count() == decisions and decisions > 0
        assert tests_svc.pending(TODAY + dt.timedelta(days=400)) == []
        decision = save(two_tests(), TODAY + dt.timedelta(days=30))
        assert len(tests_svc.tests_of(decision.id)) == 2
    finally:
        dbmod.close_database()
