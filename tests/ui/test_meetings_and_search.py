"""Logging a meeting with two attendees and advice in one dialog, then finding the advice by search."""

from __future__ import annotations

from PySide6.QtCore import Qt

from mentordesk.models import AdviceNote, Meeting, MeetingAttendee, Person
from mentordesk.ui.areas.log_meeting import LogMeetingDialog


def pick(qtbot, picker, typed: str) -> None:
    """Type part of a name into a type-ahead picker and press Enter to take the best match."""
    picker.setFocus()
    qtbot.keyClicks(picker, typed)
    picker.update_suggestions()
    assert picker.suggested(), f"no suggestion for {typed!r}"
    qtbot.keyClick(picker, Qt.Key.Key_Return)


def test_log_meeting_with_two_attendees_and_advice(window, qtbot, monkeypatch):
    driven = {}

    def drive(dialog: LogMeetingDialog) -> int:
        pick(qtbot, dialog.attendees.picker, "Maya Ch")
        pick(qtbot, dialog.attendees.picker, "Priya")
        assert dialog.attendees.names() == ["Maya Chen", "Priya Raman"]
        qtbot.keyClicks(dialog.form.widgets["summary"], "Portfolio review over lunch")
        qtbot.mouseClick(dialog.add_advice_button, Qt.MouseButton.LeftButton)
        row = dialog.advice_rows[0]
        row.person.setCurrentIndex(row.person.findText("Priya Raman"))
        row.path.setCurrentIndex(row.path.findData("switch"))
        qtbot.keyClicks(row.text, "Lead with the zebrafish usability study")
        dialog.accept()
        driven["id"] = dialog.meeting_id
        return dialog.result()

    monkeypatch.setattr(LogMeetingDialog, "exec", drive)
    window.actions["log_meeting"].trigger()
    meeting = Meeting.get_by_id(driven["id"])
    assert meeting.summary == "Portfolio review over lunch"
    names = {a.person.display_name for a in MeetingAttendee.select().where(MeetingAttendee.meeting == meeting)}
    assert names == {"Maya Chen", "Priya Raman"}
    note = AdviceNote.get(AdviceNote.meeting == meeting)
    assert note.person.display_name == "Priya Raman" and note.path == "switch"
    assert "zebrafish" in note.advice
    assert Person.get(Person.display_name == "Maya Chen").last_met_on >= meeting.held_at.date()
    # The new meeting is shown in its area, and one undo removes the meeting and its advice.
    assert window.current_area() == "meetings"
    assert window.record_areas["meetings"].current_id() == meeting.id
    assert window.actions["undo"].text().startswith("&Undo New Meeting")
    window.actions["undo"].trigger()
    assert not Meeting.select().where(Meeting.id == meeting.id).exists()
    assert not AdviceNote.select().where(AdviceNote.advice.contains("zebrafish")).exists()
    window.actions["redo"].trigger()
    assert AdviceNote.get(AdviceNote.advice.contains("zebrafish")).meeting_id == meeting.id


def test_log_meeting_without_attendees_shows_the_error_beside_the_field(window, qtbot):
    dialog = LogMeetingDialog(window.edits, window)
    qtbot.addWidget(dialog)
    dialog.show()
    before = Meeting.select().count()
    dialog.accept()
    assert Meeting.select().count() == before
    assert dialog.form.errors["attendee_ids"].isVisible()
    assert "attendee" in dialog.form.errors["attendee_ids"].text.text()


def test_advice_without_text_is_not_sent_and_missing_giver_is_reported(window, qtbot):
    dialog = LogMeetingDialog(window.edits, window)
    qtbot.addWidget(dialog)
    pick(qtbot, dialog.attendees.picker, "Tom Beck")
    dialog.add_advice("   ")
    dialog.accept()
    meeting = Meeting.get_by_id(dialog.meeting_id)
    assert AdviceNote.select().where(AdviceNote.meeting == meeting).count() == 0


def test_search_box_finds_advice_and_enter_opens_it(window, qtbot):
    note = AdviceNote.select().first()
    word = max(note.advice.split(), key=len).strip(".,;:!?'\"()")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_box.hasFocus()
    qtbot.keyClicks(window.search_box, word)
    panel = window.search_panel
    with qtbot.waitSignal(panel.searched, timeout=2000):
        pass
    assert window.stack.currentWidget() is panel
    groups = [panel.model.item(r).text() for r in range(panel.model.rowCount())]
    assert any(g.startswith("Advice") for g in groups)
    advice_group = next(panel.model.item(r) for r in range(panel.model.rowCount())
                        if panel.model.item(r).text().startswith("Advice"))
    panel.view.setCurrentIndex(advice_group.child(0).index())
    target = advice_group.child(0).data(Qt.ItemDataRole.UserRole + 2)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.current_area() == "advice"
    assert window.record_areas["advice"].current_id() == target
    assert window.search_box.text() == ""


def test_search_for_nothing_shows_an_empty_state(window, qtbot):
    window.focus_search()
    with qtbot.waitSignal(window.search_panel.searched, timeout=2000):
        qtbot.keyClicks(window.search_box, "qqxxzz")
    assert window.search_panel.empty.isVisible() and not window.search_panel.view.isVisible()
    assert "qqxxzz" in window.search_panel.empty.text()
    qtbot.keyClick(window, Qt.Key.Key_Escape)


def test_the_first_keystroke_builds_the_search_page_and_searches(window, qtbot):
    """The results page is built on the first search (not before the first frame) and misses no keystroke."""
    assert window._search_panel is None
    qtbot.keyClicks(window.search_box, "m")
    panel = window._search_panel
    assert panel is not None and window.stack.currentWidget() is panel
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=2000)
    assert panel.heading.text() == "Results for “m”"


def test_enter_in_the_attendee_field_adds_the_person_and_never_saves_the_dialog(window, qtbot):
    """Shown as a person sees it: Enter picked Maya, left her name in the field ("Maya ChenAna" next) and
    then saved the meeting with one attendee and no summary."""
    dialog = LogMeetingDialog(window.edits, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = Meeting.select().count()
    picker = dialog.attendees.picker
    pick(qtbot, picker, "Maya Ch")
    assert dialog.attendees.names() == ["Maya Chen"] and picker.text() == ""
    assert dialog.isVisible() and Meeting.select().count() == before, "Enter saved the meeting"
    pick(qtbot, picker, "Priya")
    assert dialog.attendees.names() == ["Maya Chen", "Priya Raman"] and picker.text() == ""
    qtbot.keyClick(picker, Qt.Key.Key_Return)  # an empty attendee field: Enter still does not save
    assert dialog.isVisible() and Meeting.select().count() == before
    summary = dialog.form.widgets["summary"]
    summary.setFocus()
    qtbot.keyClicks(summary, "Coffee with two mentors")
    qtbot.keyClick(summary, Qt.Key.Key_Return)  # Enter in an ordinary field saves, as in any dialog
    assert not dialog.isVisible()
    meeting = Meeting.get_by_id(dialog.meeting_id)
    assert meeting.summary == "Coffee with two mentors"
    assert {a.person.display_name for a in MeetingAttendee.select().where(MeetingAttendee.meeting == meeting)} == \
        {"Maya Chen", "Priya Raman"}
