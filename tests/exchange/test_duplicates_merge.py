"""Duplicate detection (on import and on demand) and merging that keeps everyone's history."""

from __future__ import annotations

import datetime as dt

from mentordesk.exchange import registry
from mentordesk.models import AdviceNote, Ask, MeetingAttendee, Person
from mentordesk.services import asks, duplicates, health, meetings, people
from mentordesk.services.merge import merge_people, merge_rows


def test_find_duplicates_by_email_phone_and_similar_name(database):
    a = people.create_person(display_name="Ann Lee", emails=["ann@x.com"]).id
    b = people.create_person(display_name="Annie L.", emails=["ANN@x.com"]).id
    c = people.create_person(display_name="Carl Diaz", phones=["+33 6 12 34 56 78"]).id
    d = people.create_person(display_name="C. Diaz", phones=["06 12 34 56 78"]).id
    e = people.create_person(display_name="Katarzyna Nowak", organization="Acme").id
    f = people.create_person(display_name="Nowak Katarzyna", organization="ACME").id
    people.create_person(display_name="Katarzyna Nowak", organization="Other Co")
    found = {(p.first_id, p.second_id): p.reason for p in duplicates.find_duplicates()}
    assert set(found) == {(a, b), (c, d), (e, f)}
    assert "email" in found[(a, b)] and "phone" in found[(c, d)] and "Acme" in found[(e, f)]


def test_import_reports_and_skips_duplicates_unless_asked(database, tmp_path):
    people.create_person(display_name="Ann Lee", emails=["ann@x.com"])
    path = tmp_path / "in.vcf"
    path.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Ann B. Lee\nEMAIL:ann@x.com\nEND:VCARD\n"
                    "BEGIN:VCARD\nVERSION:3.0\nFN:New Person\nEND:VCARD\n")
    preview = registry.get("vcard").import_(path, {"preview": True})
    assert preview.new == 1 and [m.line for m in preview.duplicates] == [1]
    registry.get("vcard").import_(path, {"backup": False, "import_duplicates": {1}})
    assert Person.select().count() == 3


def test_merge_keeps_meetings_advice_and_asks_of_both(database):
    keep = people.create_person(display_name="Ann Lee", emails=["ann@x.com"], notes="from phone").id
    other = people.create_person(display_name="Ann B. Lee", emails=["ann@work.com"], title="CTO",
                                 notes="from LinkedIn", tags=["linkedin"]).id
    both = meetings.log_meeting(held_at=dt.datetime(2024, 5, 1, 9), attendee_ids=[keep, other]).id
    meetings.log_meeting(held_at=dt.datetime(2024, 6, 1, 9), attendee_ids=[other],
                         advice=[{"person_id": other, "advice": "Go for it", "given_on": dt.date(2024, 6, 1)}])
    asks.create_ask(person_id=other, purpose="Intro to the CTO")
    rows = {field: (mine, theirs) for field, _, mine, theirs in merge_rows(keep, other)}
    assert rows["title"] == ("", "CTO")
    merge_people(keep, other, {"display_name": "keep"})
    data = people.person_data(keep)
    assert data["title"] == "CTO" and data["notes"] == "from phone\n\nfrom LinkedIn"
    assert [e["email"] for e in data["emails"]] == ["ann@x.com", "ann@work.com"] and data["tags"] == ["linkedin"]
    assert not Person.select().where(Person.id == other).exists()
    assert MeetingAttendee.select().where(MeetingAttendee.person == keep).count() == 2
    assert MeetingAttendee.select().where(MeetingAttendee.meeting == both).count() == 1
    assert AdviceNote.select().where(AdviceNote.person == keep).count() == 1
    assert Ask.select().where(Ask.person == keep).count() == 1
    assert data["last_met_on"] == "2024-06-01"
    assert health.check() == []
