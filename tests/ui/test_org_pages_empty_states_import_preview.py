"""Organization pages (#18 item 5), empty states (item 6) and the import preview's list of people (item 7)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from mentordesk.models import Person
from mentordesk.services import meetings, opportunities, organizations, people


def _org(name: str) -> int:
    return organizations.organization_by_name(name).id


# --- organization pages ---------------------------------------------------------------------------

def test_an_organization_page_lists_people_now_and_before_meetings_and_open_opportunities(window, qtbot, dialogs):
    brightline = _org("Brightline Health")
    now = [name for (name,) in Person.select(Person.display_name).where(Person.organization == brightline).tuples()]
    mover = people.create_person(display_name="Sam Rivera", organization="Brightline Health", title="Analyst")
    people.update_person(mover.id, organization="Orbit Software", title="Data Lead")  # moved on: "before"
    meeting = meetings.log_meeting(held_at=dt.datetime(2026, 3, 4, 10, 0), kind="coffee", summary="Chat with Sam",
                                   attendee_ids=[mover.id])
    open_one = opportunities.create_opportunity(title="Junior UX Researcher", organization="Brightline Health",
                                                deadline="2027-01-15")
    opportunities.create_opportunity(title="Old posting", organization="Brightline Health", status="closed")
    window.show_area("organizations")
    area = window.record_areas["organizations"]
    qtbot.waitUntil(lambda: area.model.row_of(brightline) >= 0)
    assert area.select(brightline)
    text = area.page.text()
    for name in now:
        assert name in text
    assert "Worked there before (1)" in text and "Sam Rivera" in text and "Orbit Software" in text
    assert "Chat with Sam" in text
    assert "Junior UX Researcher" in text and "Old posting" not in text
    html = area.page.overview.document().toHtml()
    assert f"mentordesk:meeting/{meeting.id}" in html and f"mentordesk:opportunity/{open_one.id}" in html
    # a link opens the record in its area
    with qtbot.waitSignal(area.open_requested) as opened:
        area.page.overview.anchorClicked.emit(_url(f"mentordesk:person/{mover.id}"))
    assert opened.args == ["person", mover.id]


def _url(text: str):
    from PySide6.QtCore import QUrl

    return QUrl(text)


def test_an_organization_page_follows_changes(window, qtbot, dialogs):
    northwind = _org("Northwind Retail")
    window.show_area("organizations")
    area = window.record_areas["organizations"]
    qtbot.waitUntil(lambda: area.model.row_of(northwind) >= 0)
    area.select(northwind)
    assert "Nina Berg" not in area.page.text()
    window.edits.create("person", {"display_name": "Nina Berg", "organization": "Northwind Retail"})
    qtbot.waitUntil(lambda: "Nina Berg" in area.page.text())
    window.edits.stack.undo()
    qtbot.waitUntil(lambda: "Nina Berg" not in area.page.text())


# --- empty states ---------------------------------------------------------------------------------

def test_every_empty_area_says_what_it_is_for_and_offers_one_action(database, make_window, qtbot):
    window = make_window()
    for key, area in window.record_areas.items():
        window.show_area(key)
        qtbot.waitUntil(lambda: area.model.loaded)
        assert area.empty.isVisible(), key
        assert area.empty.sentence.text() and area.empty.button.isVisible(), key
        assert not area.view.isVisible()


def test_the_empty_state_button_fills_the_area(database, make_window, qtbot, dialogs):
    window = make_window()
    window.show_area("opportunities")
    area = window.record_areas["opportunities"]
    qtbot.waitUntil(lambda: area.empty.isVisible())
    assert "jobs and programs" in area.empty.text()
    qtbot.mouseClick(area.empty.button, Qt.MouseButton.LeftButton)
    assert area.editor.creating and area.editor.isVisible() and not area.empty.isVisible()
    title = area.editor.form.widgets["title"]
    assert title.hasFocus() or title.isVisible()
    qtbot.keyClicks(title, "Junior UX Researcher")
    assert area.editor.save()
    qtbot.waitUntil(lambda: area.model.rowCount() == 1)
    assert not area.empty.isVisible() and area.view.isVisible()
    window.delete_current()  # empty again: the explanation comes back
    qtbot.waitUntil(lambda: area.empty.isVisible())


def test_the_empty_meetings_button_logs_a_meeting(database, make_window, qtbot, monkeypatch):
    from mentordesk.ui.areas.log_meeting import LogMeetingDialog

    opened = []
    monkeypatch.setattr(LogMeetingDialog, "exec", lambda self: opened.append(self) or 0)
    window = make_window()
    window.show_area("meetings")
    area = window.record_areas["meetings"]
    qtbot.waitUntil(lambda: area.empty.isVisible())
    assert "Ctrl+L" in area.empty.text()
    area.empty.button.click()
    assert len(opened) == 1


def test_a_filter_with_no_match_says_so_in_the_list(window, qtbot):
    window.show_area("people")
    area = window.record_areas["people"]
    qtbot.keyClicks(area.filter, "qqxxzz")
    qtbot.waitUntil(lambda: area.model.rowCount() == 0)
    assert area.no_match.isVisible() and "qqxxzz" in area.no_match.text()
    assert not area.empty.isVisible()  # the list is not empty, the filter is


# --- import preview ----------------------------------------------------------------------------------

CARDS = """BEGIN:VCARD
VERSION:3.0
FN:Maya Chen
ORG:Brightline Health
EMAIL:maya.chen@example.com
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Jordan Blake
ORG:Northwind Retail
EMAIL:jordan@example.org
EMAIL:jb@home.example
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Bad Email
EMAIL:not-an-address
END:VCARD
"""


def test_the_import_preview_lists_the_people_with_duplicates_marked(demo_db, tmp_path, qtbot):
    from mentordesk.ui.exchange.import_dialog import ImportDialog
    from mentordesk.ui.exchange.preview_model import EMAILS, LINE, NAME, ORGANIZATION, OUTCOME

    path = tmp_path / "contacts.vcf"
    path.write_text(CARDS, encoding="utf-8")
    dialog = ImportDialog(path=str(path))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    model = dialog.records_model
    rows = [[model.index(r, c).data() for c in (LINE, NAME, ORGANIZATION, EMAILS, OUTCOME)]
            for r in range(model.rowCount())]
    assert rows == [["1", "Maya Chen", "Brightline Health", "maya.chen@example.com", "Left out: duplicate?"],
                    ["7", "Jordan Blake", "Northwind Retail", "jordan@example.org, jb@home.example", "Added"]]
    assert "same email" in model.index(0, OUTCOME).data(Qt.ItemDataRole.ToolTipRole)
    assert dialog.problems_list.count() == 1
    # the field is named by the editor's label, not the service's internal name ("emails")
    assert dialog.problems_list.item(0).text() == \
        "line 14: Bad Email: Emails: 'not-an-address' does not look like an email address"
    assert dialog.records_view.isVisible() and dialog.problems_list.isVisible()  # side by side
    # ticking the duplicate to import anyway shows in its row
    dialog.duplicates_list.item(0).setCheckState(Qt.CheckState.Checked)
    assert model.index(0, OUTCOME).data() == "Added anyway"
    assert people.find_people("Jordan Blake", 1) == []  # a preview writes nothing


def test_the_empty_pipeline_explains_itself_and_its_button_starts_an_ask(database, make_window, qtbot):
    window = make_window()
    window.show_area("pipeline")
    board = window.area_widgets["pipeline"]
    qtbot.waitUntil(lambda: board.empty.isVisible())
    assert not board.board.isVisible() and "idea to asked" in board.empty.text()
    qtbot.mouseClick(board.empty.button, Qt.MouseButton.LeftButton)
    asks = window.record_areas["asks"]
    assert window.current_area() == "asks" and asks.editor.creating
