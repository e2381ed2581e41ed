"""The Crossroads wizard driven with qtbot from the first page to Finish, checking the database."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWizard

from mentordesk.crossroads import service
from mentordesk.crossroads.models import Decision, DecisionAsk
from mentordesk.models import Ask
from mentordesk.ui.crossroads.wizard import CrossroadsWizard


def go_next(qtbot, wizard):
    before = wizard.currentId()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentId() > before, wizard.currentPage().error.text()   # optional pages may be skipped


def test_wizard_first_page_to_last_creates_decision_and_asks(database, qtbot):
    from mentordesk.demo import load_demo
    from mentordesk.crossroads.models import Decision as D

    load_demo()
    D.delete().execute()                       # a user who has never run the wizard
    asks_before = Ask.select().count()
    wizard = CrossroadsWizard()
    qtbot.addWidget(wizard)
    wizard.show()

    situation = wizard.currentPage()
    qtbot.keyClicks(situation.organization, "Harbor Logistics")
    situation.happiness.setValue(2)
    situation.downsizing.setValue(4)
    go_next(qtbot, wizard)

    options = wizard.currentPage()
    go_next_blocked = wizard.currentId()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == go_next_blocked and "target field" in options.error.text()
    qtbot.keyClicks(options.switch_target, "UX research")
    qtbot.keyClicks(options.switch_org, "Brightline Health")
    qtbot.keyClicks(options.program, "HCI master's")
    qtbot.keyClicks(options.institution, "Lakeside University")
    options.tuition.setValue(30000)
    options.income.setValue(58000)
    go_next(qtbot, wizard)

    assert type(wizard.currentPage()).__name__ == "MoneyPage"   # its defaults kept
    go_next(qtbot, wizard)

    musts = wizard.currentPage()
    qtbot.keyClicks(musts.new_text, "No relocation")
    qtbot.mouseClick(musts.add_button, Qt.MouseButton.LeftButton)
    musts.table.item(0, 3).setCheckState(Qt.CheckState.Checked)      # rules out C
    go_next(qtbot, wizard)

    weights = wizard.currentPage()
    weights.sliders["interest"].setValue(10)
    assert "\u2192" in weights.shares["interest"].text()
    go_next(qtbot, wizard)

    scores = wizard.currentPage()
    assert not scores.boxes[("school", "income")].isEnabled()          # blocked, not scored
    scores.boxes[("switch", "interest")].setValue(5)
    scores.boxes[("improve", "interest")].setValue(2)
    go_next(qtbot, wizard)

    evidence = wizard.currentPage()
    items = evidence.advice_items()
    people = {item.text(1).rstrip(" \u26a0") for item in items}
    assert {"Maya Chen", "Priya Raman", "Tom Becker"} <= people
    assert any(item.text(3) and "on" in item.text(3) for item in items)   # which meeting
    tom = next(i for i in items if i.text(1).startswith("Tom Becker"))
    assert "\u26a0" in tom.text(1)                                         # conflict flagged
    evidence.tree.setCurrentItem(tom)
    assert "Conflict of interest" in evidence.detail.text()
    go_next(qtbot, wizard)

    gut = wizard.currentPage()
    gut.radios["switch"].setChecked(True)
    go_next(qtbot, wizard)

    assert wizard.currentPage() is wizard.assumptions_page     # optional: left empty here
    go_next(qtbot, wizard)

    result = wizard.currentPage()
    assert result is wizard.result_page
    assert result.chosen() == "switch"
    assert "Certainty" in result.summary.toPlainText()
    assert "Go back to school" in result.summary.toPlainText() and "ruled out" in result.summary.toPlainText()
    names = [result.plan.topLevelItem(i).text(0) for i in range(result.plan.topLevelItemCount())]
    assert "Maya Chen" in names and "Priya Raman" in names
    assert result.ticked() == [i for i in result.suggested if i.checked]
    for row in range(2):                                      # tick the first two, whatever their default
        result.plan.topLevelItem(row).setCheckState(0, Qt.CheckState.Checked)
    ticked = result.ticked()
    assert len(ticked) >= 2
    assert Decision.select().count() == 0                    # nothing written before Finish

    with qtbot.waitSignal(wizard.decision_saved) as saved:
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    decision = Decision.get_by_id(saved.args[0])
    assert decision.chosen == "switch"
    assert Ask.select().count() == asks_before + len(ticked)
    made = {(l.ask.person.display_name, l.ask.kind) for l in DecisionAsk.select().where(DecisionAsk.decision == decision)}
    assert made == {(i.person, i.kind) for i in ticked}
    data = service.decision_data(decision.id)
    assert data["answers"]["must_haves"] == [{"text": "No relocation", "blocks": ["school"]}]
    assert data["result"]["options"]["school"]["blocked"]
    assert any(e["person"] == "Priya Raman" for e in data["evidence"])


def test_cancel_and_back_leave_nothing_behind(demo_db, qtbot):
    decisions, asks = Decision.select().count(), Ask.select().count()
    wizard = CrossroadsWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    while wizard.currentPage() is not wizard.result_page:
        wizard.next()
    wizard.back()
    wizard.back()
    wizard.reject()
    assert (Decision.select().count(), Ask.select().count()) == (decisions, asks)


def test_second_run_starts_from_the_last_answers(demo_db, qtbot):
    wizard = CrossroadsWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.currentPage().organization.text() == "Harbor Logistics"
    wizard.next()
    assert wizard.currentPage().switch_target.text() == "UX research"


def test_back_keeps_edits_in_memory_only(demo_db, qtbot):
    wizard = CrossroadsWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.currentPage().switch_target.setText("data analytics")
    wizard.back()
    wizard.next()
    assert wizard.currentPage().switch_target.text() == "data analytics"
    assert service.latest_answers().choices.switch_target == "UX research"


def test_save_error_is_shown_and_wizard_stays_open(demo_db, qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    wizard = CrossroadsWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    while wizard.currentPage() is not wizard.result_page:
        wizard.next()
    wizard.today = dt.date.today() + dt.timedelta(days=400)   # revisit date now lies in the past
    count = Decision.select().count()
    wizard.accept()
    assert shown and "past" in shown[0]
    assert wizard.isVisible() and Decision.select().count() == count
