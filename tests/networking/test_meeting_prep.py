"""Meeting prep: last conversation, their advice, open asks both ways, and what you promised."""

from __future__ import annotations

import datetime as dt

from mentordesk.services import asks, meetings, people, prep

NOW = dt.datetime(2025, 6, 15, 9, 0)


def test_prep_sheet_collects_what_to_reread(database):
    maya = people.create_person(display_name="Maya Chen", roles=["mentor"], title="Director")
    meetings.log_meeting(held_at="2025-05-01 10:00", attendee_ids=[maya.id], summary="Old chat")
    meetings.log_meeting(
        held_at="2025-06-01 10:00", attendee_ids=[maya.id], summary="Portfolio feedback",
        notes="She liked case study one. I'll send her the revised deck by Friday. Weather was nice.",
        advice=[{"advice": "Apply for research roles", "path": "switch", "stance": "for"}],
    )
    upcoming = meetings.log_meeting(held_at="2025-06-18 09:30", attendee_ids=[maya.id], summary="Next coffee")
    mine = asks.create_ask(person_id=maya.id, purpose="Referral to Naomi", status="asked")
    theirs = asks.create_ask(person_id=maya.id, purpose="Review her talk", status="in_progress", direction="from")
    asks.create_ask(person_id=maya.id, purpose="Closed one", status="declined")
    asks.create_ask(person_id=maya.id, purpose="Resume review", status="done")

    sheet = prep.meeting_prep(maya.id, now=NOW)
    assert sheet["meeting"]["meeting_id"] == upcoming.id
    assert sheet["last_conversation"]["summary"] == "Portfolio feedback"
    assert [m["summary"] for m in sheet["earlier_conversations"]] == ["Old chat"]
    assert [a["advice"] for a in sheet["advice"]] == ["Apply for research roles"]
    assert [a["ask_id"] for a in sheet["asks_to_them"]] == [mine.id]
    assert [a["ask_id"] for a in sheet["asks_from_them"]] == [theirs.id]
    assert [a["title"] for a in sheet["thank_for"]] == ["Resume review"]
    promised = [p["text"] for p in sheet["promises"]]
    assert promised == ["I'll send her the revised deck by Friday.", "Review her talk"]
    # Prepping for a given meeting looks at conversations before it only.
    early = prep.meeting_prep(maya.id, meeting_id=upcoming.id, now=dt.datetime(2025, 5, 2))
    assert early["last_conversation"]["summary"] == "Portfolio feedback"


def test_promises_in_notes():
    assert prep.promises_in("Promised to send a follow-up note.") == ["Promised to send a follow-up note."]
    assert prep.promises_in("Nice chat. I will intro her to Kenji!\nNothing else") == ["I will intro her to Kenji!"]
    assert prep.promises_in("We talked about nothing.") == []


def test_upcoming_meetings_for_prep(database):
    ada = people.create_person(display_name="Ada")
    meetings.log_meeting(held_at="2025-06-10 10:00", attendee_ids=[ada.id], summary="Past")
    soon = meetings.log_meeting(held_at="2025-06-16 10:00", attendee_ids=[ada.id], summary="Soon")
    rows = prep.upcoming_meetings(now=NOW)
    assert [(r["meeting_id"], r["names"]) for r in rows] == [(soon.id, ["Ada"])]
