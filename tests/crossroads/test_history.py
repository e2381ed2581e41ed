"""Decision history, side-by-side comparison, export, and the Tools-menu hook with undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings, Qt
from PySide6.QtWidgets import QWizard

from mentordesk.crossroads import service
from mentordesk.crossroads.models import Decision, DecisionAsk
from mentordesk.models import Ask
from mentordesk.ui.crossroads.history import CrossroadsHistory, DecisionListModel
from mentordesk.ui.crossroads.wizard import CrossroadsWizard


@pytest.fixture
def two_decisions(demo_db):
    answers = service.latest_answers()
    answers.importance.update(interest=0, network=0, income=10)
    service.save_decision(answers, "improve", [], None)
    return demo_db


def test_decision_list_model_passes_the_model_tester(two_decisions, model_tester):
    model = DecisionListModel()
    model_tester.check(model)
    assert model.rowCount() == 2
    assert model.index(0, DecisionListModel.CHOICE).data().startswith("Improve in place")   # newest first
    assert model.index(1, DecisionListModel.CHOICE).data() == "Switch fields: UX research"


def test_history_compares_two_decisions_side_by_side(two_decisions, qtbot):
    dialog = CrossroadsHistory()
    qtbot.addWidget(dialog)
    assert dialog.open_button.isEnabled() and not dialog.compare_button.isEnabled()
    dialog.view.selectionModel().select(dialog.model.index(1, 0), QItemSelectionModel.SelectionFlag.Select
                                        | QItemSelectionModel.SelectionFlag.Rows)
    assert dialog.compare_button.isEnabled()
    compare = dialog.compare()
    qtbot.addWidget(compare)
    text = compare.browser.toPlainText()
    assert "Switch fields: UX research" in text and "Improve in place" in text
    assert "Importance: Interest fit" in text


def test_history_reads_and_exports_a_report(demo_db, qtbot, tmp_path):
    dialog = CrossroadsHistory()
    qtbot.addWidget(dialog)
    shown = dialog.open_report()
    qtbot.addWidget(shown)
    assert "Priya Raman" in shown.browser.toPlainText()
    dialog.export_report(str(tmp_path / "d.pdf"))
    dialog.export_report(str(tmp_path / "d.html"))
    assert (tmp_path / "d.pdf").read_bytes().startswith(b"%PDF")
    assert "Recommendation" in (tmp_path / "d.html").read_text(encoding="utf-8")


def test_main_window_tools_menu_opens_wizard_and_history_and_undo_takes_the_decision_back(demo_db, qtbot, tmp_path):
    from mentordesk.ui.crossroads.install import install_crossroads
    from mentordesk.ui.main_window import MainWindow
    from mentordesk.ui.settings import Settings

    window = MainWindow(settings=Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    install_crossroads(window)
    assert window.actions["crossroads_wizard"].isEnabled()
    assert window.actions["crossroads_history"] in window.menus["tools"].actions()
    window.actions["crossroads_history"].trigger()
    assert isinstance(window.crossroads_dialog, CrossroadsHistory)
    window.crossroads_dialog.reject()

    window.actions["crossroads_wizard"].trigger()
    wizard = window.crossroads_dialog
    assert isinstance(wizard, CrossroadsWizard) and wizard.isVisible()
    while wizard.currentPage() is not wizard.result_page:
        wizard.next()
    wizard.result_page.plan.topLevelItem(0).setCheckState(0, Qt.CheckState.Checked)
    decisions, asks = Decision.select().count(), Ask.select().count()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert Decision.select().count() == decisions + 1 and Ask.select().count() == asks + 1
    assert window.edits.stack.count() == 1
    window.edits.stack.undo()
    assert (Decision.select().count(), Ask.select().count()) == (decisions, asks)
    assert DecisionAsk.select().count() == sum(1 for p in service.decision_data(service.latest_decision_id())["plan"]
                                               if p["created"])


def test_the_export_button_asks_where_and_writes_the_report(demo_db, qtbot, tmp_path, monkeypatch):
    """Clicked as a person clicks it: clicked(bool) passed False as the path (Path(False) crashed)."""
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "my-decision.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "PDF (*.pdf)")))
    dialog = CrossroadsHistory()
    qtbot.addWidget(dialog)
    dialog.view.selectRow(0)
    assert dialog.export_button.isEnabled()
    dialog.export_button.click()
    assert target.read_bytes().startswith(b"%PDF")
