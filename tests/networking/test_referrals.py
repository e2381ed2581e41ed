"""Opportunities and "who can refer me to X": insiders, and introducers through intros, shared orgs and meetings."""

from __future__ import annotations

import datetime as dt

import pytest

from mentordesk.models import Organization
from mentordesk.opportunity_model import Opportunity
from mentordesk.services import ValidationError, meetings, people
from mentordesk.services import opportunities as opps


def test_create_update_delete_and_restore_an_opportunity(database):
    job = opps.create_opportunity(title="Junior UX Researcher", organization="Brightline", link="brightline.example/jobs/7",
                                  deadline="2025-07-01", kind="job")
    data = opps.opportunity_data(job.id, today=dt.date(2025, 6, 1))
    assert data["organization"] == "Brightline" and data["link"] == "https://brightline.example/jobs/7"
    assert data["days_left"] == 30 and data["status"] == "interested"
    opps.update_opportunity(job.id, status="applied")
    assert Opportunity.get_by_id(job.id).status == "applied"
    snapshot = opps.delete_opportunity(job.id)
    assert Opportunity.select().count() == 0
    opps.restore_opportunity(snapshot)
    assert opps.opportunity_data(job.id)["status"] == "applied"


@pytest.mark.parametrize("fields, bad", [
    ({"title": ""}, "title"),
    ({"title": "X", "deadline": "soon"}, "deadline"),
    ({"title": "X", "status": "dreaming"}, "status"),
    ({"title": "X", "link": "not a link"}, "link"),
    ({"title": "X", "organization_id": 999}, "organization_id"),
])
def test_bad_opportunity_fields_are_named(database, fields, bad):
    with pytest.raises(ValidationError) as info:
        opps.create_opportunity(**fields)
    assert bad in info.value.errors
    assert Opportunity.select().count() == 0


def test_list_puts_open_ones_first_by_deadline_and_counts_insiders(database):
    """The kind's list (SQL sort): open ones first and undated ones last, whichever way deadlines run."""
    from mentordesk.services import listing

    people.create_person(display_name="Naomi", organization="Brightline")
    late = opps.create_opportunity(title="Late", organization="Brightline", deadline="2025-09-01")
    soon = opps.create_opportunity(title="Soon", organization="Orbit", deadline="2025-07-01")
    undated = opps.create_opportunity(title="Someday")
    closed = opps.create_opportunity(title="Closed", deadline="2025-06-01", status="closed")
    assert listing.list_ids("opportunity") == [soon.id, late.id, undated.id, closed.id]
    deadline = [c.key for c in listing.spec_of("opportunity").columns].index("deadline")
    assert listing.list_ids("opportunity", sort=deadline, descending=True) == [late.id, soon.id, undated.id, closed.id]
    insiders = [c.key for c in listing.spec_of("opportunity").columns].index("insiders")
    rows = listing.list_rows("opportunity", [late.id, soon.id])
    assert (rows[late.id][insiders], rows[soon.id][insiders]) == (1, 0)


def test_privacy_leaves_sensitive_people_out_of_the_referral_paths(database):
    maya = people.create_person(display_name="Maya", organization="Harbor", sensitive=True)
    naomi = people.create_person(display_name="Naomi", organization="Brightline", introduced_by_id=maya.id)
    secret = people.create_person(display_name="Sam", organization="Brightline", sensitive=True)
    people.create_person(display_name="Kai", organization="Harbor", introduced_by_id=secret.id)
    org = naomi.organization_id
    everyone = opps.who_can_refer(org)
    assert {p["name"] for p in everyone["insiders"]} == {"Naomi", "Sam"}
    assert {p["name"] for p in everyone["introducers"]} == {"Maya", "Kai"}
    private = opps.who_can_refer(org, hide_sensitive=True)
    assert [p["name"] for p in private["insiders"]] == ["Naomi"] and private["introducers"] == []


def test_who_can_refer_me(database):
    maya = people.create_person(display_name="Maya", organization="Harbor")
    naomi = people.create_person(display_name="Naomi", organization="Brightline", title="UX Manager")
    people.update_person(naomi.id, introduced_by_id=maya.id)
    # Former Brightline employee, now elsewhere: an insider "formerly", and colleagues of his old job count.
    omar = people.create_person(display_name="Omar", organization="Brightline", title="PM")
    people.update_person(omar.id, organization="Greenway", title="PO")
    ben = people.create_person(display_name="Ben", organization="Greenway")
    lina = people.create_person(display_name="Lina", organization="Brightline")
    kenji = people.create_person(display_name="Kenji", introduced_by_id=lina.id)
    priya = people.create_person(display_name="Priya")
    meetings.log_meeting(held_at="2025-01-05 10:00", attendee_ids=[priya.id, naomi.id])
    stranger = people.create_person(display_name="Stranger", organization="Elsewhere")

    job = opps.create_opportunity(title="Researcher", organization="Brightline")
    paths = opps.referral_paths(job.id)
    insiders = {p["name"]: p for p in paths["insiders"]}
    assert set(insiders) == {"Naomi", "Lina", "Omar"}
    assert insiders["Naomi"]["current"] and not insiders["Omar"]["current"]
    introducers = {p["name"]: p for p in paths["introducers"]}
    assert set(introducers) == {"Maya", "Ben", "Kenji", "Priya"}
    assert introducers["Maya"]["reasons"] == ["introduced you to Naomi"]
    assert introducers["Ben"]["reasons"] == ["worked with Omar at Greenway"]
    assert introducers["Kenji"]["reasons"] == ["was introduced to you by Lina"]
    assert introducers["Priya"]["reasons"] == ["met Naomi with you"]
    assert introducers["Priya"]["via"] == ["Naomi"]
    assert stranger.id not in [p["person_id"] for p in paths["introducers"]]


def test_referrals_without_organization_are_empty(database):
    job = opps.create_opportunity(title="Anything")
    assert opps.referral_paths(job.id)["insiders"] == []
    assert Organization.select().count() == 0
