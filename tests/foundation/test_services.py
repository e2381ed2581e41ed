"""Services: validation names the field, writes are atomic, search finds notes, deletion rules hold."""

from __future__ import annotations

import datetime as dt

import pytest

from mentordesk.models import AdviceNote, Ask, Meeting, MeetingAttendee, Organization, Person, PersonEmail, Position
from mentordesk.services import ValidationError, advice, asks, health, meetings, organizations, people, search
from mentordesk.services.core import on_change, transactional


def test_create_person_with_lists_and_organization(database):
    person = people.create_person(
        given_name="Maya", family_name="Chen", organization="Brightline", title="Director",
        emails=[{"email": "maya@example.com", "label": "work"}], phones=["+1 555 0100"],
        roles=["mentor", "friend"], tags=["Core", "core"], trust=5, knows_situation=True,
    )
    data = people.person_data(person.id)
    assert data["display_name"] == "Maya Chen"
    assert data["organization"] == "Brightline"
    assert data["emails"] == [{"email": "maya@example.com", "label": "work"}]
    assert data["roles"] == ["mentor", "friend"]
    assert data["tags"] == ["Core"]  # the first spelling, not lower-cased (#19 item 13)
    assert Organization.select().count() == 1


@pytest.mark.parametrize(
    "fields, bad_field",
    [
        ({"display_name": "A", "emails": ["not-an-email"]}, "emails[1]"),
        ({"display_name": "A", "trust": 7}, "trust"),
        ({"display_name": "A", "trust": "high"}, "trust"),
        ({"display_name": "A", "met_on": "last spring"}, "met_on"),
        ({"display_name": "A", "roles": ["boss"]}, "roles"),
        ({"display_name": "A", "phones": ["call me"]}, "phones[1]"),
        ({"display_name": "  "}, "display_name"),
    ],
)
def test_validation_names_the_field(database, fields, bad_field):
    with pytest.raises(ValidationError) as info:
        people.create_person(**fields)
    assert bad_field in info.value.errors
    assert Person.select().count() == 0


def test_meeting_needs_an_attendee(database):
    with pytest.raises(ValidationError) as info:
        meetings.log_meeting(held_at="2024-05-01 10:00", attendee_ids=[])
    assert "attendee_ids" in info.value.errors


def test_failing_write_rolls_back_whole(database):
    ada = people.create_person(display_name="Ada")
    with pytest.raises(ValidationError) as info:
        meetings.log_meeting(held_at="2024-05-01 10:00", attendee_ids=[ada.id], summary="Coffee",
                             advice=[{"advice": "Take the job", "path": "switch"}, {"advice": "", "path": "school"}])
    assert "advice[2].advice" in info.value.errors
    assert Meeting.select().count() == 0
    assert AdviceNote.select().count() == 0
    assert MeetingAttendee.select().count() == 0
    assert search.matching_ids("advice", "Take") == []


def test_nested_services_roll_back_together(database):
    @transactional
    def two_people_then_fail():
        people.create_person(display_name="First")
        people.create_person(display_name="Second", trust=9)

    with pytest.raises(ValidationError):
        two_people_then_fail()
    assert Person.select().count() == 0


def test_changes_are_announced_after_commit(database):
    seen = []
    on_change(lambda kind, ids: seen.append((kind, ids)))
    person = people.create_person(display_name="Ada")
    assert ("person", (person.id,)) in seen


def test_search_finds_words_in_notes_and_advice(database):
    ada = people.create_person(display_name="Ada Lovelace", notes="Loves analytical engines")
    meetings.log_meeting(held_at="2024-05-01 10:00", attendee_ids=[ada.id], summary="Lunch",
                         advice=[{"advice": "Consider the polytechnic evening program", "path": "school"}])
    kinds = {(hit.kind, hit.title) for hit in search.search("analytical")}
    assert ("person", "Ada Lovelace") in kinds
    advice_hits = [hit for hit in search.search("polytech") if hit.kind == "advice"]
    assert advice_hits and "polytechnic" in advice_hits[0].title
    assert search.search("Lovelace éngines")  # accents folded, prefixes match


def test_rename_reindexes_advice_and_meetings(database):
    ada = people.create_person(display_name="Ada")
    meetings.log_meeting(held_at="2024-05-01", attendee_ids=[ada.id], advice=[{"advice": "Go", "path": "switch"}])
    people.update_person(ada.id, display_name="Augusta King")
    assert [h.kind for h in search.search("Augusta")] == ["person", "meeting", "advice"]


def test_job_change_keeps_history(database):
    ada = people.create_person(display_name="Ada", organization="Babbage & Co", title="Analyst")
    people.update_person(ada.id, organization="Royal Society", title="Fellow")
    assert people.positions_of(ada.id)[0][:2] == ("Babbage & Co", "Analyst")
    people.update_person(ada.id, notes="no job change")
    assert Position.select().count() == 1


def test_last_met_follows_meetings_not_edits(database):
    ada = people.create_person(display_name="Ada")
    meeting = meetings.log_meeting(held_at="2024-05-01 10:00", attendee_ids=[ada.id])
    assert Person.get_by_id(ada.id).last_met_on == dt.date(2024, 5, 1)
    people.update_person(ada.id, notes="edited")
    assert Person.get_by_id(ada.id).last_met_on == dt.date(2024, 5, 1)
    meetings.delete_meeting(meeting.id)
    assert Person.get_by_id(ada.id).last_met_on is None


def test_delete_person_keeps_shared_meetings(database):
    ada = people.create_person(display_name="Ada")
    bob = people.create_person(display_name="Bob", introduced_by_id=ada.id)
    shared = meetings.log_meeting(held_at="2024-05-01", attendee_ids=[ada.id, bob.id])
    solo = meetings.log_meeting(held_at="2024-06-01", attendee_ids=[ada.id],
                                advice=[{"advice": "Stay", "path": "improve"}])
    asks.create_ask(person_id=ada.id, kind="referral")
    plan = people.deletion_plan(ada.id)
    assert (plan.advice, plan.asks, plan.solo_meetings, plan.shared_meetings, plan.introduced) == (1, 1, 1, 1, 1)
    assert "1 meeting(s) only they attended" in plan.describe()
    people.delete_person(ada.id)
    assert Meeting.get_or_none(Meeting.id == solo.id) is None
    assert meetings.attendee_ids(shared.id) == [bob.id]
    assert Person.get_by_id(bob.id).introduced_by_id is None
    assert AdviceNote.select().count() == 0 and Ask.select().count() == 0
    assert PersonEmail.select().count() == 0
    assert health.check() == []


def test_delete_meeting_keeps_its_advice(database):
    ada = people.create_person(display_name="Ada")
    meeting = meetings.log_meeting(held_at="2024-05-01", attendee_ids=[ada.id], advice=[{"advice": "Go", "path": "switch"}])
    meetings.delete_meeting(meeting.id)
    note = AdviceNote.get()
    assert note.meeting_id is None and note.advice == "Go"


def test_ask_status_stamps_dates(database):
    ada = people.create_person(display_name="Ada")
    ask = asks.create_ask(person_id=ada.id, kind="letter")
    assert ask.asked_on is None
    ask = asks.update_ask(ask.id, status="asked")
    assert ask.asked_on == dt.date.today()
    ask = asks.update_ask(ask.id, status="done")
    assert ask.done_on == dt.date.today()


def test_organization_names_are_unique_and_renames_reindex(database):
    org = organizations.create_organization(name="Orbit", field="Software")
    ada = people.create_person(display_name="Ada", organization="orbit")
    assert ada.organization_id == org.id
    with pytest.raises(ValidationError) as info:
        organizations.create_organization(name="ORBIT")
    assert "name" in info.value.errors
    organizations.update_organization(org.id, name="Orbital Systems")
    assert any(h.kind == "person" for h in search.search("Orbital"))


def test_advice_requires_known_person(database):
    with pytest.raises(ValidationError) as info:
        advice.create_advice(person_id=999, advice="x")
    assert "person_id" in info.value.errors


def test_last_and_next_meeting_split_past_from_planned(database):
    ada = people.create_person(display_name="Ada")
    meetings.log_meeting(held_at="2024-05-01 10:00", attendee_ids=[ada.id])
    meetings.log_meeting(held_at="2024-07-01 10:00", attendee_ids=[ada.id])
    assert meetings.last_and_next_meeting(ada.id, today=dt.date(2024, 6, 1)) == ("2024-05-01", "2024-07-01")
    assert meetings.last_and_next_meeting(ada.id, today=dt.date(2024, 8, 1)) == ("2024-07-01", None)
