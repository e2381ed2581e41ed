"""Today's agenda as data: people due, asks waiting, upcoming meetings and follow-ups, monthly activity."""

from __future__ import annotations

import datetime as dt

from mentordesk.services import asks, cadence, meetings, people, today

NOW = dt.datetime(2025, 6, 15, 9, 0)
TODAY = NOW.date()


def _at(days: int, hour: int = 10) -> dt.datetime:
    return dt.datetime.combine(TODAY + dt.timedelta(days=days), dt.time(hour))


def test_agenda_lists_overdue_due_asks_and_upcoming(database):
    maya = people.create_person(display_name="Maya Chen", roles=["mentor"])
    coach = people.create_person(display_name="Dan Coach", roles=["coach"])
    meetings.log_meeting(held_at=_at(-45), attendee_ids=[maya.id])
    meetings.log_meeting(held_at=_at(-10), attendee_ids=[coach.id], summary="Session 3", follow_up_on=TODAY + dt.timedelta(days=2))
    meetings.log_meeting(held_at=_at(3), attendee_ids=[coach.id], summary="Session 4")
    meetings.log_meeting(held_at=_at(40), attendee_ids=[maya.id], summary="Too far ahead")
    waiting = asks.create_ask(person_id=maya.id, purpose="Referral", status="asked", due_on=TODAY - dt.timedelta(days=1))
    theirs = asks.create_ask(person_id=coach.id, purpose="Review his talk", status="in_progress", direction="from")
    asks.create_ask(person_id=coach.id, purpose="Far idea", status="idea", due_on=TODAY + dt.timedelta(days=60))
    asks.create_ask(person_id=maya.id, purpose="Letter", status="done", thanked=False)

    data = today.agenda(NOW)
    # A planned meeting counts as the next catch-up: neither person is due while one is on the calendar.
    assert data["overdue"] == [] and data["due"] == []
    assert data["date"] == "2025-06-15"
    assert [a["ask_id"] for a in data["asks_due"]] == [waiting.id, theirs.id]
    assert data["asks_due"][0]["overdue"] is True and data["asks_due"][0]["name"] == "Maya Chen"
    assert data["asks_due"][1]["waiting_on"] == "you"
    assert [t["title"] for t in data["thank_you"]] == ["Letter"]
    kinds = [(u["type"], u["title"]) for u in data["upcoming"]]
    assert kinds == [("follow_up", "Follow up: Session 3"), ("meeting", "Session 4")]
    assert all("name" in u and "title" in u for u in data["upcoming"])


def test_agenda_overdue_and_due_people_carry_names_and_reasons(database):
    maya = people.create_person(display_name="Maya Chen", roles=["mentor"])
    coach = people.create_person(display_name="Dan Coach", roles=["coach"])
    meetings.log_meeting(held_at=_at(-45), attendee_ids=[maya.id])
    meetings.log_meeting(held_at=_at(-10), attendee_ids=[coach.id])
    data = today.agenda(NOW)
    assert [p["name"] for p in data["overdue"]] == ["Maya Chen"]
    assert data["overdue"][0]["days_overdue"] == 15
    assert "15 days overdue" in data["overdue"][0]["reason"]
    assert [p["name"] for p in data["due"]] == ["Dan Coach"]
    assert data["overdue_total"] == 1 and data["due_total"] == 1
    cadence.log_catch_up(maya.id, held_at=NOW)
    assert today.agenda(NOW)["overdue"] == []


def test_meetings_per_month_counts_the_last_twelve_months(database):
    ada = people.create_person(display_name="Ada")
    for held in ["2025-06-01 10:00", "2025-06-14 10:00", "2025-05-31 23:00", "2024-07-02 10:00",
                 "2024-06-30 10:00",  # 12 months back is July 2024: June 2024 is outside
                 "2025-06-20 10:00"]:  # later this month: planned, not activity yet
        meetings.log_meeting(held_at=held, attendee_ids=[ada.id])
    months = today.meetings_per_month(TODAY)
    assert len(months) == 12
    assert months[0] == {"month": "2024-07", "count": 1}
    assert months[-1] == {"month": "2025-06", "count": 2}
    assert months[-2] == {"month": "2025-05", "count": 1}
    assert sum(m["count"] for m in months) == 4


def test_asks_due_today_feeds_the_reminder(database):
    ada = people.create_person(display_name="Ada")
    due = asks.create_ask(person_id=ada.id, purpose="Due today", status="asked", due_on=TODAY)
    asks.create_ask(person_id=ada.id, purpose="Tomorrow", status="asked", due_on=TODAY + dt.timedelta(days=1))
    asks.create_ask(person_id=ada.id, purpose="Done", status="done", due_on=TODAY)
    assert [a["ask_id"] for a in today.asks_due_today(TODAY)] == [due.id]


def test_agenda_on_demo_network_is_consistent(demo_db):
    data = today.agenda()
    assert data["overdue_total"] == len(data["overdue"]) > 0
    assert all(p["status"] == "overdue" for p in data["overdue"])
    assert sum(m["count"] for m in data["activity"]) > 0


def test_next_decision_review_comes_from_crossroads(database):
    from mentordesk.crossroads.models import Decision

    assert today.agenda(NOW)["decision_review"] is None
    Decision.create(chosen="switch", chosen_label="Switch fields", answers="{}", result="{}",
                    revisit_on=TODAY + dt.timedelta(days=30))
    Decision.create(chosen="school", chosen_label="Old one", answers="{}", result="{}",
                    revisit_on=TODAY - dt.timedelta(days=3))
    review = today.agenda(NOW)["decision_review"]
    assert review["date"] == "2025-07-15" and "Switch fields" in review["title"]


def test_privacy_view_of_the_agenda_leaves_sensitive_people_out(database):
    import datetime as _dt

    from mentordesk.services import asks as _asks, people as _people, today as _today

    secret = _people.create_person(display_name="Hidden Hal", roles=["mentor"], sensitive=True)
    shown = _people.create_person(display_name="Visible Vera", roles=["mentor"])
    for person in (secret, shown):
        _asks.create_ask(person_id=person.id, kind="referral", status="asked",
                         due_on=_dt.date.today() + _dt.timedelta(days=2))
    later = _dt.datetime.now() + _dt.timedelta(days=60)
    data = _today.agenda(now=later)
    names = lambda d: {i.get("name") for key in ("overdue", "due", "asks_due") for i in d[key]}  # noqa: E731
    assert {"Hidden Hal", "Visible Vera"} <= names(data)
    private = _today.without_sensitive(data)
    assert "Hidden Hal" not in names(private) and "Visible Vera" in names(private)
