"""Forms that fit their pane and one date format (#18 item 2): the locale's short date everywhere on screen,
messages naming fields by their labels, Given/Family name suggested from Name, a word in the status bar on
saving, and a Details form that neither scrolls sideways nor cuts a label at 900×600."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QLabel

from mentordesk.services import people
from mentordesk.ui.dates import date_format, short_date, short_datetime


@pytest.fixture
def german():
    previous = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    yield
    QLocale.setDefault(previous)


def test_dates_follow_the_locale_short_format_with_the_whole_year():
    assert short_date("2026-11-30", QLocale("de_DE")) == "30.11.2026"
    assert short_date("2026-11-30", QLocale("en_US")) == "11/30/2026"
    assert short_date("2026-11-30", QLocale("en_GB")) == "30/11/2026"
    assert short_datetime("2026-11-30 09:30", QLocale("de_DE")) \
        == "30.11.2026 09:30"
    assert short_date("2026-11-30", QLocale.c()) == "30 Nov 2026"  # no locale: readable, not Qt's "30 11 2026"
    assert short_date("not a date").endswith("(invalid date)")


def test_lists_editors_and_today_show_the_locale_date(german, window, qtbot):
    window.show_area("meetings")
    area = window.record_areas["meetings"]
    qtbot.waitUntil(lambda: area.model.rowCount() > 0)
    held = area.model.index(0, 0).data()
    assert "." in held and ":" in held and "-" not in held, held  # "30.11.2026 09:30", no ISO
    editor = area.editor.form.widgets["held_at"]
    assert editor.displayFormat() == date_format() + " HH:mm"
    window.show_area("people")
    people_area = window.record_areas["people"]
    qtbot.waitUntil(lambda: people_area.model.rowCount() > 0)
    column = next(c for c in range(people_area.model.columnCount()) if people_area.model.column_key(c) == "last_met_on")
    shown = [people_area.model.index(r, column).data() for r in range(people_area.model.rowCount())]
    assert any(s.count(".") == 2 for s in shown) and not any("-" in s for s in shown)
    assert people_area.editor.form.widgets["met_on"].edit.displayFormat() == "dd.MM.yyyy"


def _details(window, qtbot, name: str):
    window.show_area("people")
    area = window.record_areas["people"]
    qtbot.waitUntil(lambda: area.model.rowCount() > 0)
    if name:
        assert area.select(people.find_people(name, 1)[0][0])
    area.page.tabs.setCurrentWidget(area.editor)
    return area


def test_validation_messages_name_fields_by_their_labels(window, qtbot, dialogs):
    area = _details(window, qtbot, "Maya Chen")
    form = area.editor.form
    for field in ("display_name", "given_name", "family_name", "nickname"):
        form.widgets[field].clear()
    form.widgets["display_name"].textEdited.emit("")
    assert not area.editor.save()
    shown = form.errors["display_name"].text.text()
    assert shown.startswith("Name ") and "display_name" not in shown
    # a field no form shows is named in words, never by its internal name
    form.show_errors({"snoozed_until": "must be a date like 2024-05-31 (got 'x')"})
    general = form.general_error.text.text()
    assert general.startswith("Snoozed until must") and "snoozed_until" not in general


def test_an_advice_note_in_the_meeting_dialog_names_its_field(window, qtbot):
    from mentordesk.ui.areas.log_meeting import LogMeetingDialog

    dialog = LogMeetingDialog(window.edits, window, attendees=people.find_people("Maya", 1))
    qtbot.addWidget(dialog)
    row = dialog.add_advice("Keep a brag document.")
    dialog._show_errors({"advice[1].given_on": "is required"}, [])
    assert row.error.text.text() == "Given on is required."


def test_given_and_family_name_are_suggested_from_name_until_typed(window, qtbot, dialogs):
    window.show_area("people")
    area = window.record_areas["people"]
    window.new_record()
    form = area.editor.form
    qtbot.keyClicks(form.widgets["display_name"], "Ludwig van Beethoven")
    assert form.widgets["given_name"].text() == "Ludwig"
    assert form.widgets["family_name"].text() == "van Beethoven"
    form.widgets["display_name"].clear()
    qtbot.keyClicks(form.widgets["display_name"], "Chen, Maya")
    assert (form.widgets["given_name"].text(), form.widgets["family_name"].text()) == ("Maya", "Chen")
    qtbot.keyClicks(form.widgets["given_name"], "-Li")  # typed by hand: the name no longer overwrites it
    qtbot.keyClicks(form.widgets["display_name"], "n")
    assert form.widgets["given_name"].text() == "Maya-Li"
    assert area.editor.save()
    saved = people.person_data(area.editor.record_id)
    assert (saved["given_name"], saved["family_name"]) == ("Maya-Li", "Chen")


def test_an_existing_person_keeps_the_names_they_have(window, qtbot, dialogs):
    area = _details(window, qtbot, "Maya Chen")
    person_id = area.editor.record_id
    people.update_person(person_id, given_name="May", family_name="Chen-Zhou")
    area.editor.load(person_id)
    qtbot.keyClicks(area.editor.form.widgets["display_name"], " Z")
    assert area.editor.form.widgets["given_name"].text() == "May"


def test_saving_says_so_in_the_status_bar(window, qtbot, dialogs):
    area = _details(window, qtbot, "Maya Chen")
    window.statusBar().clearMessage()
    qtbot.keyClicks(area.editor.form.widgets["nickname"], "May")
    qtbot.keyClick(area.editor.form.widgets["nickname"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Saved" in window.statusBar().currentMessage())
    assert "Maya Chen" in window.statusBar().currentMessage()


def test_the_details_form_fits_900_by_600(window, qtbot):
    window.resize(900, 600)
    area = _details(window, qtbot, "Maya Chen")
    QApplication.processEvents()
    scroll = area.editor._scroll
    form = area.editor.form
    qtbot.waitUntil(lambda: form.width() > 0)
    assert form.width() <= scroll.viewport().width()  # never wider than its pane: nothing off to the right
    assert form.minimumSizeHint().width() <= scroll.viewport().width()
    for label in form.findChildren(QLabel):
        if label.isVisible() and label.text() and label.buddy() is not None:
            assert label.width() >= label.sizeHint().width(), label.text()  # no label cut short
            right = label.mapTo(form, label.rect().topRight()).x()
            assert right <= scroll.viewport().width()
    for name, widget in form.widgets.items():
        if widget.isVisible():
            right = widget.mapTo(form, widget.rect().topRight()).x()
            assert right <= scroll.viewport().width(), name
    roles = form.widgets["roles"]
    assert roles.layout().columns_for(roles.width()) >= 1
    for box in roles.boxes.values():  # every role readable: as wide as its text wants
        assert box.width() >= box.sizeHint().width()


def test_roles_wrap_into_as_many_columns_as_fit(qtbot):
    from mentordesk.models import ROLES
    from mentordesk.ui.widgets.forms import RoleChecks

    roles = RoleChecks(ROLES)
    qtbot.addWidget(roles)
    widest = max(box.sizeHint().width() for box in roles.boxes.values())
    assert roles.layout().columns_for(widest) == 1
    assert roles.layout().columns_for(widest * 3) >= 2
    assert roles.layout().columns_for(widest * 20) == len(ROLES)
    assert roles.layout().heightForWidth(widest) > roles.layout().heightForWidth(widest * 3)


def test_a_refused_edit_in_a_message_box_names_the_field_in_words(window, qtbot, dialogs, monkeypatch):
    """Today's snooze, refused by the core, says "Snoozed until …" (it said "snoozed_until: …")."""
    from mentordesk.services import ValidationError

    page = window.area_widgets["today"]

    def refuse(kind, record_id, values):
        raise ValidationError("snoozed_until", "must be a date like 2024-05-31 (got 'soon')")

    monkeypatch.setattr(page.edits, "update", refuse)
    page.snooze(people.find_people("Maya Chen", 1)[0][0], days=7)
    kind, title, text = dialogs.calls[-1]
    assert kind == "warning" and text.startswith("Snoozed until must be a date") and "snoozed_until" not in text
