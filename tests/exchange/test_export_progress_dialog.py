"""The Export dialog shows the writer's progress and its Cancel button stops the export with no file written."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from mentordesk.models import Person, PersonEmail
from mentordesk.ui.exchange.export import ExportDialog


@pytest.fixture
def boxes(monkeypatch):
    """Record QMessageBox calls instead of showing modal boxes."""
    calls = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(
            lambda *a, n=name: calls.append((n, a[2])) or QMessageBox.StandardButton.Ok))
    return calls


@pytest.fixture
def crowd(database):
    Person.insert_many([{"display_name": f"Person {i:04d}"} for i in range(1200)]).execute()
    PersonEmail.insert_many([{"person": pid, "email": f"p{pid}@example.org"}
                             for (pid,) in Person.select(Person.id).tuples()]).execute()


def _dialog(qtbot, target, label="vCard 4.0 (.vcf)"):
    dialog = ExportDialog()
    qtbot.addWidget(dialog)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findText(label))
    qtbot.keyClicks(dialog.path_edit, str(target))
    return dialog


def _watch(dialog, on_first=None):
    """Record (label, value, maximum) of the progress dialog each time the writer reports."""
    seen, real = [], dialog._on_progress

    def watched(stage, done, total):
        answer = real(stage, done, total)
        progress = dialog._progress
        seen.append((progress.labelText(), progress.value(), progress.maximum()))
        if on_first and len(seen) == 1:
            on_first(progress)
            answer = real(stage, done, total)
        return answer

    dialog._on_progress = watched
    return seen


def test_the_export_shows_its_progress(qtbot, crowd, tmp_path, boxes):
    target = tmp_path / "all.vcf"
    dialog = _dialog(qtbot, target)
    seen = _watch(dialog)
    qtbot.mouseClick(next(b for b in dialog.findChildren(QPushButton) if b.text() == "E&xport"),
                     Qt.MouseButton.LeftButton)
    assert seen[:2] == [("Writing cards…", 500, 1200), ("Writing cards…", 1000, 1200)]
    assert seen[-1] == ("Writing cards…", -1, 1200)  # reached the end: QProgressDialog resets itself
    assert target.read_bytes().count(b"BEGIN:VCARD") == 1200
    assert boxes == [("information", "exported 1200 people to all.vcf (vCard 4.0)")]


def test_cancel_stops_the_export_and_writes_nothing(qtbot, crowd, tmp_path, boxes):
    target = tmp_path / "all.vcf"
    dialog = _dialog(qtbot, target)

    def press_cancel(progress):
        progress.show()
        qtbot.mouseClick(next(b for b in progress.findChildren(QPushButton) if b.text() == "Cancel"),
                         Qt.MouseButton.LeftButton)

    _watch(dialog, on_first=press_cancel)
    next(b for b in dialog.findChildren(QPushButton) if b.text() == "E&xport").click()
    assert not target.exists() and not list(tmp_path.glob(".all.vcf.*"))
    assert boxes == [("information", "Export cancelled; no file was written.")]
    assert dialog.isVisible() or dialog.result() != dialog.DialogCode.Accepted
