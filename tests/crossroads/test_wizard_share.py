"""The share version opened from the wizard's result page (before saving) and from the decisions list."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QWizard

from mentordesk.ui.crossroads.history import CrossroadsHistory
from mentordesk.ui.crossroads.wizard import CrossroadsWizard


def pick(qtbot, picker, text: str) -> None:
    qtbot.keyClicks(picker, text)
    picker.update_suggestions()
    qtbot.keyClick(picker, Qt.Key.Key_Return)


def test_share_version_from_the_result_page_with_a_test_for_this_mentor(demo_db, qtbot, tmp_path, monkeypatch):
    wizard = CrossroadsWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    while wizard.currentPage() is not wizard.assumptions_page:
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    page = wizard.assumptions_page
    page.tabs.setCurrentIndex(1)
    editor = page.editors["switch"][0]
    qtbot.keyClicks(editor.need, "Research work suits me")
    qtbot.keyClicks(editor.test, "Sit in on a usability session")
    pick(qtbot, editor.person, "Maya")
    qtbot.keyClicks(editor.cost, "an afternoon")
    qtbot.keyClicks(editor.criterion, "Commit if I leave energised")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    result = wizard.result_page
    assert wizard.currentPage() is result

    qtbot.mouseClick(result.share_button, Qt.MouseButton.LeftButton)
    dialog = result.share_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert "What I\u2019d like from you" in dialog.preview.toPlainText()
    pick(qtbot, dialog.person, "Maya Ch")
    assert dialog.reader()[1] == "Maya Chen"
    assert "research work suits me" in dialog.questions[0].text()          # her test comes first
    dialog.questions[2].setText("Can I shadow you in March?")
    dialog.questions[2].editingFinished.emit()
    qtbot.mouseClick(dialog.anonymise, Qt.MouseButton.LeftButton, pos=QPoint(8, dialog.anonymise.height() // 2))
    assert dialog.anonymise.isChecked()
    shown = dialog.preview.toPlainText()
    assert "For Maya Chen" in shown and "Can I shadow you in March?" in shown
    assert "Daniel Okafor" not in shown.split("What people told me")[1]
    assert "Zoe" not in shown and "weight" not in shown.lower()
    target = tmp_path / "for-maya.html"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "HTML (*.html)")))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    written = target.read_text(encoding="utf-8")
    assert "Sit in on a usability session" in written and "Can I shadow you in March?" in written
    assert "#222222" in written                                              # the file is for paper: dark text


def test_share_version_from_the_decisions_list(demo_db, qtbot):
    history = CrossroadsHistory()
    qtbot.addWidget(history)
    history.show()
    assert history.share_button.isEnabled()
    qtbot.mouseClick(history.share_button, Qt.MouseButton.LeftButton)
    from mentordesk.ui.crossroads.share_dialog import ShareDialog

    share = next(w for w in history.findChildren(ShareDialog))
    assert "The next 30, 60 and 90 days" in share.preview.toPlainText()
    history.view.clearSelection()
    assert not history.share_button.isEnabled()
