"""Creating, editing, validating and deleting people through the real window, with undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from mentordesk.models import AdviceNote, Ask, MeetingAttendee, Person


def person_id(name: str) -> int:
    return Person.get(Person.display_name == name).id


def test_create_person_by_typing_into_the_form(window, qtbot):
    window.show_area("people")
    qtbot.keySequence(window, QKeySequence.StandardKey.New)
    area = window.record_areas["people"]
    form = area.editor.form
    assert area.editor.creating and form.widgets["display_name"].hasFocus()
    qtbot.keyClicks(form.widgets["display_name"], "Jordan Lee")
    qtbot.keyClicks(form.widgets["organization"], "Acme Robotics")
    qtbot.keyClicks(form.widgets["title"], "Engineering Lead")
    qtbot.keyClicks(form.widgets["emails"], "jordan@acme.example")
    form.widgets["roles"].boxes["mentor"].click()
    assert area.editor.is_dirty() and window.isWindowModified()
    qtbot.keySequence(window, QKeySequence.StandardKey.Save)
    person = Person.get(Person.display_name == "Jordan Lee")
    assert person.organization.name == "Acme Robotics"
    assert person.title == "Engineering Lead"
    assert [e.email for e in person.emails] == ["jordan@acme.example"]
    assert [r.role for r in person.role_rows] == ["mentor"]
    assert not area.editor.is_dirty() and not window.isWindowModified()
    qtbot.waitUntil(lambda: area.model.row_of(person.id) >= 0)
    assert area.current_id() == person.id
    assert window.edits.stack.undoText() == "New Person “Jordan Lee”"


def test_validation_message_appears_beside_the_field_and_nothing_is_saved(window, qtbot):
    window.show_area("people")
    window.actions["new"].trigger()
    form = window.record_areas["people"].editor.form
    before = Person.select().count()
    qtbot.keyClicks(form.widgets["display_name"], "Bad Email")
    qtbot.keyClicks(form.widgets["emails"], "not-an-address")
    window.actions["save"].trigger()
    assert Person.select().count() == before
    label = form.errors["emails"]
    assert label.isVisible() and "not-an-address" in label.text.text()
    assert not form.errors["display_name"].isVisible()
    form.widgets["emails"].clear()
    qtbot.keyClicks(form.widgets["emails"], "bad@email.example")
    window.actions["save"].trigger()
    assert Person.select().count() == before + 1
    assert not label.isVisible()


def test_edit_and_undo_redo_restore_the_old_value(window, qtbot):
    area = window.record_areas["people"]
    window.open_record("person", person_id("Maya Chen"))
    form = area.editor.form
    form.widgets["title"].clear()
    qtbot.keyClicks(form.widgets["title"], "VP Product")
    area.save()
    assert Person.get_by_id(person_id("Maya Chen")).title == "VP Product"
    assert window.actions["undo"].text() == "&Undo Edit Person “Maya Chen”"
    qtbot.keySequence(window, QKeySequence.StandardKey.Undo)
    assert Person.get_by_id(person_id("Maya Chen")).title == "Director of Product"
    qtbot.waitUntil(lambda: form.widgets["title"].text() == "Director of Product")
    window.actions["redo"].trigger()
    assert Person.get_by_id(person_id("Maya Chen")).title == "VP Product"


def test_delete_person_and_undo_brings_back_their_meetings_and_advice(window, qtbot, dialogs):
    maya = person_id("Maya Chen")
    advice = AdviceNote.select().where(AdviceNote.person == maya).count()
    meetings = MeetingAttendee.select().where(MeetingAttendee.person == maya).count()
    asks = Ask.select().where(Ask.person == maya).count()
    assert advice and meetings
    window.open_record("person", maya)
    window.record_areas["people"].view.setFocus()
    qtbot.keyClick(window.record_areas["people"].view, Qt.Key.Key_Delete)
    assert dialogs.calls and dialogs.calls[-1][0] == "question" and "Maya Chen" in dialogs.calls[-1][2]
    assert not Person.select().where(Person.id == maya).exists()
    assert AdviceNote.select().where(AdviceNote.person == maya).count() == 0
    assert window.actions["undo"].text() == "&Undo Delete Person “Maya Chen”"
    window.actions["undo"].trigger()
    assert Person.get_by_id(maya).display_name == "Maya Chen"
    assert AdviceNote.select().where(AdviceNote.person == maya).count() == advice
    assert MeetingAttendee.select().where(MeetingAttendee.person == maya).count() == meetings
    assert Ask.select().where(Ask.person == maya).count() == asks
    qtbot.waitUntil(lambda: window.record_areas["people"].model.row_of(maya) >= 0)


def test_cancelled_delete_keeps_the_person(window, dialogs):
    maya = person_id("Maya Chen")
    window.open_record("person", maya)
    dialogs.answers = [QMessageBox.StandardButton.Cancel]
    window.actions["delete"].trigger()
    assert Person.select().where(Person.id == maya).exists()
    assert not window.edits.stack.canUndo()


def test_switching_record_with_unsaved_changes_asks_and_saves(window, qtbot, dialogs):
    area = window.record_areas["people"]
    maya, tom = person_id("Maya Chen"), person_id("Tom Becker")
    window.open_record("person", maya)
    area.editor.form.widgets["nickname"].setFocus()
    qtbot.keyClicks(area.editor.form.widgets["nickname"], "May")
    dialogs.answers = [QMessageBox.StandardButton.Save]
    area.select(tom)
    assert dialogs.calls[-1][1] == "Unsaved changes"
    assert Person.get_by_id(maya).nickname == "May"
    assert area.current_id() == tom


def test_switching_record_and_choosing_cancel_stays_on_the_edit(window, qtbot, dialogs):
    area = window.record_areas["people"]
    maya, tom = person_id("Maya Chen"), person_id("Tom Becker")
    window.open_record("person", maya)
    qtbot.keyClicks(area.editor.form.widgets["nickname"], "May")
    dialogs.answers = [QMessageBox.StandardButton.Cancel]
    area.select(tom)
    assert area.current_id() == maya and area.editor.is_dirty()
    assert area.model.id_at(area.view.currentIndex().row()) == maya
    assert Person.get_by_id(maya).nickname == ""


def test_closing_with_unsaved_changes_asks_and_cancel_keeps_the_window(window, qtbot, dialogs):
    area = window.record_areas["people"]
    window.open_record("person", person_id("Tom Becker"))
    qtbot.keyClicks(area.editor.form.widgets["nickname"], "T")
    dialogs.answers = [QMessageBox.StandardButton.Cancel]
    assert not window.close()
    assert window.isVisible() and area.editor.is_dirty()
    dialogs.answers = [QMessageBox.StandardButton.Save]
    assert window.close()
    assert Person.get_by_id(person_id("Tom Becker")).nickname == "T"


def test_person_page_tells_their_story_with_a_clickable_introducer(window, qtbot):
    elena = person_id("Elena Rossi")
    window.open_record("person", elena)
    page = window.record_areas["people"].page
    html = page.story.toHtml()
    assert "Priya Raman" in html and "Professor" in html and "Meetings" in html
    priya = person_id("Priya Raman")
    page._follow(__import__("PySide6.QtCore", fromlist=["QUrl"]).QUrl(f"mentordesk:person/{priya}"))
    assert window.record_areas["people"].current_id() == priya


def test_undoing_a_job_change_leaves_no_past_role_behind(window, qtbot):
    from mentordesk.models import Position
    from mentordesk.services import people

    maya = person_id("Maya Chen")
    history = lambda: people.positions_of(maya)  # noqa: E731
    before, count = history(), Position.select().count()
    area = window.record_areas["people"]
    window.open_record("person", maya)
    form = area.editor.form
    form.widgets["organization"].clear()
    qtbot.keyClicks(form.widgets["organization"], "Orbit Software")
    form.widgets["title"].clear()
    qtbot.keyClicks(form.widgets["title"], "Head of Product")
    area.save()
    assert len(history()) == len(before) + 1, "the old job went to the history"
    qtbot.keySequence(window, QKeySequence.StandardKey.Undo)
    person = Person.get_by_id(maya)
    assert person.title == "Director of Product"
    assert history() == before and Position.select().count() == count, "undo takes the history row back"
    window.actions["redo"].trigger()
    assert Person.get_by_id(maya).title == "Head of Product" and len(history()) == len(before) + 1
    window.actions["undo"].trigger()
    assert history() == before and Position.select().count() == count


def test_a_new_person_gets_the_same_trust_as_an_imported_one(window, qtbot):
    """One default for everyone: the form started at the spin box's minimum (1), imports at the model's 3."""
    window.show_area("people")
    window.actions["new"].trigger()
    form = window.record_areas["people"].editor.form
    qtbot.keyClicks(form.widgets["display_name"], "Nadia Default")
    window.actions["save"].trigger()
    assert Person.get(Person.display_name == "Nadia Default").trust == Person.trust.default == 3


def _answer_job_question(monkeypatch, answer: str, asked: list):
    """Answer the "Changed jobs?" question by clicking the button a person would click."""
    from PySide6.QtWidgets import QMessageBox

    def click(box):
        asked.append(box.text())
        next(b for b in box.buttons() if answer in b.text().replace("&", "")).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click)


def test_fixing_a_typo_in_a_title_makes_no_past_job(window, qtbot, monkeypatch):
    from mentordesk.models import Position

    maya = Person.get(Person.display_name == "Maya Chen")
    positions = Position.select().where(Position.person == maya.id).count()
    window.show_area("people")
    area = window.record_areas["people"]
    area.select(maya.id)
    title = area.editor.form.widgets["title"]
    asked: list[str] = []
    _answer_job_question(monkeypatch, "Correction", asked)
    title.clear()
    qtbot.keyClicks(title, maya.title + " (fixed)")
    window.actions["save"].trigger()
    assert asked and "change jobs" in asked[0]
    assert Person.get_by_id(maya.id).title == maya.title + " (fixed)"
    assert Position.select().where(Position.person == maya.id).count() == positions, "a typo became a past job"

    _answer_job_question(monkeypatch, "Changed Jobs", asked)
    title.clear()
    qtbot.keyClicks(title, "Head of Research")
    window.actions["save"].trigger()
    assert Position.select().where(Position.person == maya.id).count() == positions + 1
