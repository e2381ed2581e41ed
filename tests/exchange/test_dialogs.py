"""The import, export and merge dialogs driven as a user would: type, pick, click, then check the database."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog

from mentordesk.models import MeetingAttendee, Person
from mentordesk.services import meetings, people
from mentordesk.ui.exchange.export import ExportDialog
from mentordesk.ui.exchange.import_dialog import ImportDialog
from mentordesk.ui.exchange.merge_dialog import DuplicatesWindow, MergeDialog

from .helpers import everyone, row_counts


@pytest.fixture
def boxes(monkeypatch):
    """Record QMessageBox calls instead of showing modal boxes."""
    calls = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda *a, n=name: calls.append((n, a[2])) or QMessageBox.StandardButton.Ok))
    return calls


def test_csv_mapping_step_then_import(qtbot, database, tmp_path, boxes):
    path = tmp_path / "friends.csv"
    path.write_text("Who,Mail,Employer,Comment\nAnn Lee,ann@example.com,Acme,likes tea\nBo Chen,bo@example.com,Acme,\n",
                    encoding="utf-8")
    dialog = ImportDialog()
    qtbot.addWidget(dialog)
    dialog.set_path(str(path))
    assert dialog.mapping_box.isVisibleTo(dialog)
    assert dialog.mapping_combo("Who").currentData() == ""  # not a header we recognize
    assert dialog.mapping_combo("Mail").currentData() == "email"  # recognised by its words (#19 item 6)
    dialog.mapping_combo("Who").setCurrentIndex(dialog.mapping_combo("Who").findData("display_name"))
    dialog.mapping_combo("Mail").setCurrentIndex(dialog.mapping_combo("Mail").findData("email"))
    dialog.mapping_combo("Employer").setCurrentIndex(dialog.mapping_combo("Employer").findData("organization"))
    dialog.mapping_combo("Comment").setCurrentIndex(dialog.mapping_combo("Comment").findData("notes"))
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert "2 new" in dialog.summary_label.text() and dialog.import_button.isEnabled()
    assert Person.select().count() == 0  # preview writes nothing
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    ann = everyone()["Ann Lee"]
    assert ann["organization"] == "Acme" and ann["notes"] == "likes tea" and ann["emails"][0]["email"] == "ann@example.com"
    assert boxes == [("information", "imported 2 people")]


def test_broken_vcard_shows_line_and_leaves_db_unchanged(qtbot, database, data_dir, boxes):
    people.create_person(display_name="Already Here")
    before = row_counts(database)
    dialog = ImportDialog(path=str(data_dir / "broken_card.vcf"))
    qtbot.addWidget(dialog)
    dialog.run_preview()
    assert dialog.problems_list.count() == 1 and dialog.problems_list.item(0).text().startswith("line 6:")
    assert dialog.skip_invalid.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert boxes and boxes[0][0] == "warning" and "line 6" in boxes[0][1]
    assert row_counts(database) == before
    dialog.skip_invalid.setChecked(True)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert sorted(everyone()) == ["Already Here", "Good One", "Third Person"]


def test_cancel_leaves_database_unchanged(qtbot, database, data_dir, boxes, monkeypatch):
    dialog = ImportDialog(path=str(data_dir / "apple_30.vcf"))
    qtbot.addWidget(dialog)
    dialog.run_preview()
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    before = row_counts(database)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert boxes == [("information", "Import cancelled; nothing was imported.")]
    assert row_counts(database) == before


def test_duplicates_review_can_import_one_anyway(qtbot, database, tmp_path, boxes):
    people.create_person(display_name="Ann Lee", emails=["ann@x.com"])
    path = tmp_path / "in.vcf"
    path.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Ann Lee (work)\nEMAIL:ann@x.com\nEND:VCARD\n")
    dialog = ImportDialog(path=str(path))
    qtbot.addWidget(dialog)
    dialog.run_preview()
    assert dialog.duplicates_list.count() == 1
    dialog.duplicates_list.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert Person.select().count() == 2


def test_export_dialog_writes_selected_vcards(qtbot, database, tmp_path, boxes):
    a = people.create_person(display_name="Ann Lee").id
    people.create_person(display_name="Bo Chen")
    dialog = ExportDialog(selected_ids=[a])
    qtbot.addWidget(dialog)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findText("vCard 4.0 (.vcf)"))
    target = tmp_path / "out.vcf"
    qtbot.keyClicks(dialog.path_edit, str(target))
    dialog.export()
    text = target.read_text(encoding="utf-8")
    assert "VERSION:4.0" in text and "FN:Ann Lee" in text and "Bo Chen" not in text


def test_find_duplicates_and_merge_dialog(qtbot, database, monkeypatch):
    keep = people.create_person(display_name="Ann Lee", emails=["ann@x.com"], title="").id
    other = people.create_person(display_name="Ann B. Lee", emails=["ann@x.com"], title="CTO").id
    meetings.log_meeting(held_at=dt.datetime(2024, 1, 5, 10), attendee_ids=[other])
    window = DuplicatesWindow()
    qtbot.addWidget(window)
    assert window.list.count() == 1
    dialog = MergeDialog(keep, other)
    qtbot.addWidget(dialog)
    assert dialog.findChild(type(dialog.groups["title"].button(2)), "title_other").isChecked()  # empty mine -> theirs
    dialog.findChild(type(dialog.groups["display_name"].button(2)), "display_name_other").click()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    data = people.person_data(keep)
    assert data["display_name"] == "Ann B. Lee" and data["title"] == "CTO"
    assert MeetingAttendee.select().where(MeetingAttendee.person == keep).count() == 1
    monkeypatch.setattr(MergeDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    window.refresh()
    assert window.list.count() == 0


def test_main_window_offers_import_export_and_find_duplicates(qtbot, database):
    from mentordesk.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    assert window.actions["import_contacts"].isEnabled() and window.actions["export"].isEnabled()
    assert window.actions["find_duplicates"] in window.menus["tools"].actions()


def test_export_action_offers_the_selected_people(qtbot, database, monkeypatch):
    from mentordesk.ui.main_window import MainWindow

    ann = people.create_person(display_name="Ann Lee").id
    window = MainWindow()
    qtbot.addWidget(window)
    window.show_area("people")
    assert window.record_areas["people"].select(ann)
    seen = []
    monkeypatch.setattr(ExportDialog, "exec", lambda self: seen.append(self.selected_ids))
    window.actions["export"].trigger()
    assert seen == [[ann]]


def test_a_refused_import_closes_its_progress_dialog_before_saying_why(qtbot, database, data_dir, monkeypatch):
    """The "Importing contacts…" dialog stayed up over the warning and blocked its OK."""
    from PySide6.QtWidgets import QApplication

    open_progress = []

    def warning(parent, title, text, *args):
        open_progress.append([w for w in QApplication.topLevelWidgets()
                              if isinstance(w, QProgressDialog) and w.isVisible()])
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    dialog = ImportDialog(path=str(data_dir / "broken_card.vcf"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.run_preview()
    monkeypatch.setattr(QProgressDialog, "setMinimumDuration", lambda self, ms: None)  # shown at once
    real_init = QProgressDialog.__init__

    def shown_at_once(self, *args):
        real_init(self, *args)
        self.show()

    monkeypatch.setattr(QProgressDialog, "__init__", shown_at_once)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert open_progress == [[]], "a progress dialog was still up when the warning showed"


def test_an_import_from_the_dialog_is_one_undoable_step(qtbot, database, data_dir, boxes):
    """Import, merge and the wizard go through the same edit path: Ctrl+Z takes the new people back."""
    from mentordesk.ui.undo import Edits

    edits = Edits()
    dialog = ImportDialog(path=str(data_dir / "apple_30.vcf"), edits=edits)
    qtbot.addWidget(dialog)
    dialog.run_preview()
    dialog.run_import()
    imported = Person.select().count()
    assert imported > 0 and edits.stack.undoText().startswith("Import from apple_30.vcf")
    edits.stack.undo()
    assert Person.select().count() == 0
    edits.stack.redo()
    assert Person.select().count() == imported


def test_a_merge_is_one_undoable_step_that_gives_both_people_back(qtbot, demo_db):
    from mentordesk.models import AdviceNote, Ask
    from mentordesk.services import search
    from mentordesk.ui.undo import Edits

    maya = Person.get(Person.display_name == "Maya Chen").id
    priya = Person.get(Person.display_name == "Priya Raman").id
    before = {"maya": people.person_data(maya), "priya": people.person_data(priya)}
    owned = {pid: (AdviceNote.select().where(AdviceNote.person == pid).count(),
                   Ask.select().where(Ask.person == pid).count(),
                   MeetingAttendee.select().where(MeetingAttendee.person == pid).count()) for pid in (maya, priya)}
    edits = Edits()
    dialog = MergeDialog(maya, priya, edits=edits)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert Person.get_or_none(Person.id == priya) is None
    assert edits.stack.undoText().startswith("Merge “Priya Raman” into “Maya Chen”")
    edits.stack.undo()
    assert {"maya": people.person_data(maya), "priya": people.person_data(priya)} == before
    assert {pid: (AdviceNote.select().where(AdviceNote.person == pid).count(),
                  Ask.select().where(Ask.person == pid).count(),
                  MeetingAttendee.select().where(MeetingAttendee.person == pid).count()) for pid in (maya, priya)} == owned
    assert [h.id for h in search.search("Priya Raman") if h.kind == "person"] == [priya]
    from mentordesk.services.health import check

    assert check() == [], "search index, last-met dates and references are consistent again"
    edits.stack.redo()
    assert Person.get_or_none(Person.id == priya) is None
