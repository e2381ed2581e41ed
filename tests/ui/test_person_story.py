"""The person's story shows the newest meetings and advice; "Show all" shows the rest."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QUrl

from mentordesk.services import meetings, people
from mentordesk.ui.areas.person_page import STORY_LIMIT, PersonPage
from mentordesk.ui.undo import Edits


def test_story_shows_the_newest_meetings_and_a_show_all_link(qtbot, database):
    busy = people.create_person(display_name="Busy Mentor").id
    start = dt.datetime(2020, 1, 1, 9, 0)
    for day in range(STORY_LIMIT + 10):
        meetings.log_meeting(held_at=start + dt.timedelta(days=day), summary=f"Talk {day}", attendee_ids=[busy])
    page = PersonPage(Edits())
    qtbot.addWidget(page)
    page.show_person(busy)
    text = page.story.toPlainText()
    assert f"Meetings ({STORY_LIMIT + 10})" in text
    assert f"Talk {STORY_LIMIT + 9}" in text, "the newest meeting is shown"
    assert text.count("Talk ") == STORY_LIMIT and "Talk 0" not in text, "the oldest ten wait behind the link"
    assert f"Show all {STORY_LIMIT + 10} ({STORY_LIMIT} shown)" in text
    page.story.anchorClicked.emit(QUrl(f"mentordesk:show-all/{busy}"))
    text = page.story.toPlainText()
    assert "Talk 0" in text and "Show all" not in text
    other = people.create_person(display_name="Someone Else").id
    page.show_person(other)
    page.show_person(busy)
    assert "Talk 0" not in page.story.toPlainText(), "another person's page starts short again"


def test_a_planned_meeting_is_shown_as_next_not_as_last_met(qtbot, database):
    from mentordesk.services import listing
    from mentordesk.ui.areas.list_model import RecordListModel

    ada = people.create_person(display_name="Ada").id
    meetings.log_meeting(held_at="2024-05-01 10:00", attendee_ids=[ada])
    planned = dt.date.today() + dt.timedelta(days=3)
    meetings.log_meeting(held_at=dt.datetime.combine(planned, dt.time(9, 30)), attendee_ids=[ada])
    page = PersonPage(Edits())
    qtbot.addWidget(page)
    page.show_person(ada)
    text = page.story.toPlainText()
    assert "Next meeting" in text
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    last_met = lines[lines.index("Last met") + 1] if "Last met" in lines else text.split("Last met", 1)[1]
    assert "2024" in last_met.split("Next meeting")[0]
    model = RecordListModel("person")
    column = [c.key for c in listing.spec_of("person").columns].index("last_met_on")
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert model.index(0, column).data().startswith("planned")
