"""The Opportunities area with qtbot: type an opportunity, save, see who can refer you; undo works."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from mentordesk.opportunity_model import Opportunity
from mentordesk.services import people
from mentordesk.ui.opportunities import OpportunitiesArea
from mentordesk.ui.undo import Edits


@pytest.fixture
def area(qtbot, database):
    maya = people.create_person(display_name="Maya", organization="Harbor")
    naomi = people.create_person(display_name="Naomi", organization="Brightline", title="UX Manager")
    people.update_person(naomi.id, introduced_by_id=maya.id)
    widget = OpportunitiesArea(Edits())
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_typing_and_saving_an_opportunity_shows_referrals(area, qtbot):
    qtbot.keyClicks(area.title, "Junior UX Researcher")
    qtbot.keyClicks(area.organization, "Brightline")
    area.has_deadline.setChecked(True)
    qtbot.keyClicks(area.link, "brightline.example/jobs/7")
    qtbot.mouseClick(area.save_button, Qt.MouseButton.LeftButton)
    saved = Opportunity.get()
    assert saved.title == "Junior UX Researcher" and saved.organization.name == "Brightline"
    assert saved.link == "https://brightline.example/jobs/7" and saved.deadline is not None
    assert area.model.rowCount() == 1
    insiders, introducers = area.referral_names()
    assert insiders == ["Naomi"] and introducers == ["Maya"]
    area.edits.stack.undo()
    assert Opportunity.select().count() == 0
    area.edits.stack.redo()
    assert Opportunity.get_by_id(saved.id).title == "Junior UX Researcher"


def test_bad_link_is_explained_and_nothing_saved(area, qtbot):
    qtbot.keyClicks(area.title, "Job")
    qtbot.keyClicks(area.link, "not a link")
    qtbot.mouseClick(area.save_button, Qt.MouseButton.LeftButton)
    assert area.error.isVisible() and "link" in area.error.text()
    assert Opportunity.select().count() == 0


def test_status_change_and_delete_are_undoable(area, qtbot):
    qtbot.keyClicks(area.title, "Program")
    area.save()
    opp_id = area.current_id
    area.status.setCurrentIndex(area.status.findData("applied"))
    area.save()
    assert Opportunity.get_by_id(opp_id).status == "applied"
    area.edits.stack.undo()
    assert Opportunity.get_by_id(opp_id).status == "interested"
    area.load(opp_id)
    area.delete()
    assert Opportunity.select().count() == 0
    area.edits.stack.undo()
    qtbot.waitUntil(lambda: area.model.rowCount() == 1)


def test_model_is_valid(area, qtmodeltester):
    area.title.setText("A")
    area.save()
    qtmodeltester.check(area.model)
