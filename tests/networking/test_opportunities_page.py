"""The Opportunities area in the real window, driven with keys and clicks: a declared kind like the others,
with "who can refer me" beside its editor."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from mentordesk.opportunity_model import Opportunity
from mentordesk.services import opportunities as svc
from mentordesk.ui.settings import Settings

Button = QMessageBox.StandardButton


@pytest.fixture
def answers(monkeypatch):
    """What QMessageBox.question answers (Save unless a test queues others); the questions asked."""
    asked: list[str] = []
    queued: list = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return queued.pop(0) if queued else Button.Save

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: asked.append(a[2]) or Button.Ok))
    return queued, asked


@pytest.fixture
def make_window(qtbot, tmp_path, answers):
    def make():
        from mentordesk.ui.main_window import MainWindow

        window = MainWindow(Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def window(demo_db, make_window):
    return make_window()


def _area(window):
    window.show_area("opportunities")
    return window.record_areas["opportunities"]


def _titles(area) -> list[str]:
    return [area.model.index(row, 0).data() for row in range(area.model.rowCount())]


def _click_row(area, qtbot, row: int) -> None:
    rect = area.view.visualRect(area.model.index(row, 0))
    qtbot.mouseClick(area.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_empty_list_says_what_it_is_for_and_how_to_fill_it(database, make_window):
    window = make_window()
    area = _area(window)
    assert window.area_keys()[-3:] == ["asks", "pipeline", "opportunities"]
    assert area.empty.isVisible() and not area.view.isVisible()
    assert "jobs and programs" in area.empty.text() and "Ctrl+N" in area.empty.text()


def test_typing_a_new_opportunity_and_ctrl_s_saves_it_with_its_referrals_and_undo(window, qtbot):
    area = _area(window)
    qtbot.keySequence(window, QKeySequence.StandardKey.New)
    form = area.editor.form
    assert area.editor.creating and form.widgets["title"].hasFocus()
    qtbot.keyClicks(form.widgets["title"], "Junior UX Researcher")
    qtbot.keyClicks(form.widgets["organization"], "Pixelforge Studio")
    form.widgets["kind"].setFocus()
    qtbot.keyClicks(form.widgets["kind"], "P")  # type-ahead in the combo box: "Program / course"
    qtbot.keyClicks(form.widgets["link"], "pixelforge.example/jobs/3")
    form.widgets["deadline"].edit.setDate(dt.date(2031, 3, 1))
    form.widgets["status"].setFocus()
    qtbot.keyClicks(form.widgets["status"], "A")  # "Applied"
    qtbot.keyClicks(form.widgets["notes"], "Ask Priya about the team")
    assert area.editor.is_dirty()
    qtbot.keySequence(window, QKeySequence.StandardKey.Save)

    saved = Opportunity.get(Opportunity.title == "Junior UX Researcher")
    assert (saved.organization.name, saved.kind, saved.status) == ("Pixelforge Studio", "program", "applied")
    assert saved.link == "https://pixelforge.example/jobs/3" and str(saved.deadline) == "2031-03-01"
    assert saved.notes == "Ask Priya about the team" and not area.editor.is_dirty()
    assert area.current_id() == saved.id and _titles(area) == ["Junior UX Researcher"]
    row = [area.model.index(0, c).data() for c in range(area.model.columnCount())]
    assert row[1:4] == ["Pixelforge Studio", "Program / course", "Applied"] and row[5] == "3"
    insiders, introducers = area.page.referral_names()
    expected = svc.who_can_refer(saved.organization_id)
    assert insiders == [p["name"] for p in expected["insiders"]] and "Priya Raman" in insiders
    assert introducers == [p["name"] for p in expected["introducers"]] and introducers
    assert "2031" in area.page.deadline.text() and area.page.open_link.isEnabled()

    window.edits.stack.undo()
    assert Opportunity.get_or_none(Opportunity.id == saved.id) is None
    qtbot.waitUntil(lambda: area.model.rowCount() == 0)
    window.edits.stack.redo()
    assert Opportunity.get_by_id(saved.id).title == "Junior UX Researcher"
    qtbot.waitUntil(lambda: _titles(area) == ["Junior UX Researcher"])


def test_a_bad_link_is_named_beside_its_field_and_nothing_is_saved(window, qtbot):
    area = _area(window)
    qtbot.keySequence(window, QKeySequence.StandardKey.New)
    form = area.editor.form
    qtbot.keyClicks(form.widgets["title"], "Job")
    qtbot.keyClicks(form.widgets["link"], "not a link")
    qtbot.keySequence(window, QKeySequence.StandardKey.Save)
    assert form.errors["link"].isVisible() and "web address" in form.errors["link"].text.text()
    assert Opportunity.select().count() == 0 and area.editor.is_dirty()


@pytest.fixture
def three(window):
    """Three opportunities in the demo network, the area open on the first of the list."""
    jobs = {title: svc.create_opportunity(title=title, organization=org, deadline=deadline, status=status).id
            for title, org, deadline, status in (("Design lead", "Fernhill Design Co.", "2031-05-01", "interested"),
                                                 ("Data analyst", "Cobalt Analytics", "2031-02-01", "applied"),
                                                 ("Old role", "Orbit Software", "2030-01-01", "closed"))}
    return _area(window), jobs


def test_filter_by_typing_and_sort_by_clicking_a_header(three, qtbot):
    area, jobs = three
    assert _titles(area) == ["Data analyst", "Design lead", "Old role"]  # open first, nearest deadline first
    qtbot.keyClicks(area.filter, "cobalt")
    qtbot.waitUntil(lambda: _titles(area) == ["Data analyst"])
    qtbot.keyClick(area.filter, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(area.filter, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: area.model.rowCount() == 3)

    header = area.view.horizontalHeader()
    title_column = QPoint(header.sectionViewportPosition(0) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=title_column)
    assert _titles(area) == ["Data analyst", "Design lead", "Old role"] and header.sortIndicatorSection() == 0
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=title_column)
    assert _titles(area) == ["Old role", "Design lead", "Data analyst"]
    status = QPoint(header.sectionViewportPosition(3) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=status)
    assert _titles(area)[0] == "Design lead" and _titles(area)[-1] == "Old role"  # interested … closed


def test_switching_rows_with_typed_text_asks_save_discard_or_cancel(three, answers, qtbot):
    area, jobs = three
    queued, asked = answers
    _click_row(area, qtbot, 0)
    assert area.current_id() == jobs["Data analyst"]
    notes = area.editor.form.widgets["notes"]

    qtbot.keyClicks(notes, "Call Kwame first")
    queued.append(Button.Cancel)
    _click_row(area, qtbot, 1)
    assert len(asked) == 1 and "Data analyst" in asked[0]
    assert area.current_id() == jobs["Data analyst"] and notes.toPlainText() == "Call Kwame first"
    assert area.view.currentIndex().row() == 0 and area.editor.is_dirty()
    assert Opportunity.get_by_id(jobs["Data analyst"]).notes == ""

    queued.append(Button.Discard)
    _click_row(area, qtbot, 1)
    assert area.current_id() == jobs["Design lead"] and not area.editor.is_dirty()
    assert Opportunity.get_by_id(jobs["Data analyst"]).notes == ""
    assert area.editor.form.widgets["title"].text() == "Design lead"

    _click_row(area, qtbot, 0)
    qtbot.keyClicks(notes, "Call Kwame first")
    queued.append(Button.Save)
    _click_row(area, qtbot, 1)
    assert Opportunity.get_by_id(jobs["Data analyst"]).notes == "Call Kwame first"
    assert area.current_id() == jobs["Design lead"] and len(asked) == 3


def test_an_edit_and_a_delete_undo_and_redo(three, window, qtbot):
    area, jobs = three
    job = jobs["Design lead"]
    assert area.select(job)
    status = area.editor.form.widgets["status"]
    status.setFocus()
    qtbot.keyClicks(status, "O")  # "Offer"
    qtbot.keySequence(window, QKeySequence.StandardKey.Save)
    assert Opportunity.get_by_id(job).status == "offer"
    window.edits.stack.undo()
    assert Opportunity.get_by_id(job).status == "interested"
    qtbot.waitUntil(lambda: status.currentData() == "interested")
    window.edits.stack.redo()
    assert Opportunity.get_by_id(job).status == "offer"

    qtbot.mouseClick(area.editor.delete_button, Qt.MouseButton.LeftButton)
    assert Opportunity.get_or_none(Opportunity.id == job) is None
    assert "Design lead" not in _titles(area) and area.current_id() is not None
    window.edits.stack.undo()
    assert Opportunity.get_by_id(job).status == "offer"
    qtbot.waitUntil(lambda: "Design lead" in _titles(area))
    window.edits.stack.redo()
    assert Opportunity.get_or_none(Opportunity.id == job) is None


def test_privacy_mode_hides_notes_and_sensitive_people_but_keeps_the_rows(three, window, qtbot):
    """Opportunities involve no person: every row stays; the notes and anyone marked sensitive go."""
    from mentordesk.ui.safety.actions import install_safety

    if getattr(window, "safety", None) is None:  # the app installs it (privacy mode's action lives there)
        install_safety(window)
    area, jobs = three
    job = jobs["Design lead"]  # Fernhill: Zoe Anderson (sensitive in the demo) could introduce you
    svc.update_opportunity(job, notes="Salary talk")
    assert area.select(job)
    notes = area.editor.form.widgets["notes"]
    assert "Zoe Anderson" in area.page.referral_names()[1] and notes.isVisible()

    window.actions["privacy_mode"].trigger()
    assert area.model.rowCount() == 3 and area.current_id() == job
    assert not notes.isVisible()
    insiders, introducers = area.page.referral_names()
    assert "Zoe Anderson" not in introducers and introducers and insiders
    assert not any("Zoe" in area.page.referrals.topLevelItem(1).child(i).text(1)
                   for i in range(area.page.referrals.topLevelItem(1).childCount()))

    window.actions["privacy_mode"].trigger()
    assert notes.isVisible() and "Zoe Anderson" in area.page.referral_names()[1]


def test_activating_a_person_in_the_referral_panel_opens_them(three, window, qtbot):
    area, jobs = three
    assert area.select(jobs["Data analyst"])
    tree = area.page.referrals
    person = tree.topLevelItem(0).child(0)
    tree.setCurrentItem(person)
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert window.current_area() == "people"
    assert window.record_areas["people"].current_id() == person.data(0, Qt.ItemDataRole.UserRole)


def test_list_model_is_valid(three, model_tester):
    area, _jobs = three
    model_tester.check(area.model)


def test_privacy_mode_turned_on_before_the_area_opens_hides_the_notes_too(demo_db, make_window, qtbot):
    from mentordesk.ui.safety.actions import install_safety

    job = svc.create_opportunity(title="Design lead", organization="Fernhill Design Co.", notes="Salary talk").id
    window = make_window()
    if getattr(window, "safety", None) is None:
        install_safety(window)
    window.actions["privacy_mode"].trigger()
    area = _area(window)
    assert area.select(job) and area.model.rowCount() == 1
    assert not area.editor.form.widgets["notes"].isVisible()
    assert "Zoe Anderson" not in area.page.referral_names()[1]


def test_the_deadline_line_says_how_long_is_left():
    from mentordesk.ui.areas.opportunity_page import deadline_text

    today = dt.date(2031, 1, 1)
    assert deadline_text("2031-01-31", today).endswith("(30 days left)")
    assert deadline_text("2031-01-01", today).endswith("(today)")
    assert deadline_text("2030-12-01", today).endswith("(passed)")
    assert "asap (invalid date)" in deadline_text("asap", today) and deadline_text(None, today) == ""
