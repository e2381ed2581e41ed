"""Keep-in-touch rules: role presets, due and overdue dates, meetings reset, edits don't, snooze."""

from __future__ import annotations

import datetime as dt

import pytest

from mentordesk.models import Person
from mentordesk.services import ValidationError, cadence, meetings, people

TODAY = dt.date(2025, 6, 15)


def _person(name="Maya", roles=("mentor",), **fields):
    return people.create_person(display_name=name, roles=list(roles), **fields)


def _meet(person_id, day: dt.date):
    return meetings.log_meeting(held_at=dt.datetime.combine(day, dt.time(10)), attendee_ids=[person_id])


def test_presets_follow_roles_and_the_most_frequent_wins():
    assert cadence.preset_for(["mentor"]) == 30
    assert cadence.preset_for(["coach"]) == 14
    assert cadence.preset_for(["insider"]) == 45
    assert cadence.preset_for(["friend"]) == 90
    assert cadence.preset_for(["friend", "coach"]) == 14
    assert cadence.preset_for([]) is None


def test_interval_comes_from_roles_unless_set_per_person(database):
    maya = _person(roles=["mentor"])
    _meet(maya.id, TODAY)
    assert cadence.cadence_of(maya.id, TODAY).interval_days == 30
    cadence.set_interval(maya.id, 10)
    assert cadence.cadence_of(maya.id, TODAY).interval_days == 10
    assert cadence.cadence_of(maya.id, TODAY).due_on == TODAY + dt.timedelta(days=10)
    cadence.set_interval(maya.id, None)
    assert cadence.cadence_of(maya.id, TODAY).interval_days == 30
    with pytest.raises(ValidationError) as info:
        cadence.set_interval(maya.id, 0)
    assert "keep_in_touch_days" in info.value.errors


def test_people_without_interval_or_roles_are_not_tracked(database):
    nobody = _person("Nobody", roles=())
    _meet(nobody.id, TODAY - dt.timedelta(days=900))
    state = cadence.cadence_of(nobody.id, TODAY)
    assert state.status == "untracked"
    assert nobody.id not in [c.person_id for c in cadence.due_people(TODAY)]


def test_due_and_overdue_dates(database):
    mentor = _person("Mentor", roles=["mentor"])  # 30 days
    coach = _person("Coach", roles=["coach"])  # 14 days
    friend = _person("Friend", roles=["friend"])  # 90 days
    _meet(mentor.id, TODAY - dt.timedelta(days=40))  # 10 days overdue
    _meet(coach.id, TODAY - dt.timedelta(days=10))  # due in 4 days
    _meet(friend.id, TODAY - dt.timedelta(days=20))  # fine for 70 days
    listed = {c.name: c for c in cadence.due_people(TODAY)}
    assert listed["Mentor"].status == "overdue" and listed["Mentor"].days_overdue == 10
    assert listed["Mentor"].due_on == TODAY - dt.timedelta(days=10)
    assert "10 days overdue" in listed["Mentor"].reason
    assert listed["Coach"].status == "due" and listed["Coach"].days_overdue == -4
    assert "Friend" not in listed
    assert list(listed) == ["Mentor", "Coach"]  # most overdue first
    assert cadence.count_due(TODAY) == {"overdue": 1, "due": 1}
    assert cadence.cadence_of(friend.id, TODAY).status == "ok"


def test_logging_any_meeting_resets_the_clock(database):
    maya = _person()
    other = _person("Other", roles=["friend"])
    _meet(maya.id, TODAY - dt.timedelta(days=60))
    assert cadence.cadence_of(maya.id, TODAY).status == "overdue"
    # A group meeting counts too.
    meetings.log_meeting(held_at=dt.datetime.combine(TODAY - dt.timedelta(days=1), dt.time(9)),
                         attendee_ids=[other.id, maya.id], kind="event")
    state = cadence.cadence_of(maya.id, TODAY)
    assert state.status == "ok"
    assert state.last_met_on == TODAY - dt.timedelta(days=1)
    assert maya.id not in [c.person_id for c in cadence.due_people(TODAY)]


def test_editing_the_person_does_not_reset_the_clock(database):
    maya = _person()
    _meet(maya.id, TODAY - dt.timedelta(days=60))
    people.update_person(maya.id, notes="Changed her notes", title="VP", organization="Brightline", trust=5)
    state = cadence.cadence_of(maya.id, TODAY)
    assert state.last_met_on == TODAY - dt.timedelta(days=60)
    assert state.status == "overdue"


def test_catch_up_logs_a_meeting_and_takes_them_off_the_list(database):
    maya = _person()
    _meet(maya.id, TODAY - dt.timedelta(days=60))
    meeting = cadence.log_catch_up(maya.id, held_at=dt.datetime.combine(TODAY, dt.time(8)))
    assert meetings.attendee_ids(meeting.id) == [maya.id]
    assert Person.get_by_id(maya.id).last_met_on == TODAY
    assert cadence.due_people(TODAY) == []


def test_never_met_counts_from_when_added(database):
    maya = _person(met_on="2001-01-01")
    added = Person.get_by_id(maya.id).created_at.date()
    state = cadence.cadence_of(maya.id, added)
    assert state.last_met_on is None
    assert state.due_on == added + dt.timedelta(days=30)
    assert "no meeting logged yet" in state.reason


def test_snooze_hides_until_the_chosen_day(database):
    maya = _person()
    _meet(maya.id, TODAY - dt.timedelta(days=60))
    cadence.snooze(maya.id, days=14, today=TODAY)
    assert Person.get_by_id(maya.id).snoozed_until == TODAY + dt.timedelta(days=14)
    assert cadence.due_people(TODAY) == []
    assert cadence.cadence_of(maya.id, TODAY).status == "snoozed"
    assert cadence.due_people(TODAY + dt.timedelta(days=13)) == []
    back = cadence.due_people(TODAY + dt.timedelta(days=14))
    assert [c.person_id for c in back] == [maya.id]
    # A chosen date works too; None wakes them at once.
    cadence.snooze(maya.id, until="2025-07-01")
    assert Person.get_by_id(maya.id).snoozed_until == dt.date(2025, 7, 1)
    cadence.snooze(maya.id, until=None)
    assert [c.person_id for c in cadence.due_people(TODAY)] == [maya.id]
    with pytest.raises(ValidationError):
        cadence.snooze(maya.id, until="next week")


def test_warm_up_warning_after_six_months(database):
    maya = _person()
    assert cadence.warm_up_needed(maya.id, TODAY)["last_met_on"] is None  # never met: warm up
    _meet(maya.id, TODAY - dt.timedelta(days=200))
    warning = cadence.warm_up_needed(maya.id, TODAY)
    assert warning["days"] == 200 and warning["name"] == "Maya"
    _meet(maya.id, TODAY - dt.timedelta(days=150))
    assert cadence.warm_up_needed(maya.id, TODAY) is None
