"""The money page: what the present values assume, typed in the wizard, changes the figures on the result page."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from mentordesk.crossroads import service
from mentordesk.crossroads.demo import demo_answers
from mentordesk.ui.crossroads.wizard import CrossroadsWizard

TODAY = dt.date.today()


def click_next(qtbot, wizard):
    before = wizard.currentPage()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    return wizard.currentPage() is not before


def test_money_answers_reach_the_figures_and_the_saved_decision(demo_db, qtbot):
    wizard = CrossroadsWizard(today=TODAY, answers=demo_answers(TODAY))
    qtbot.addWidget(wizard)
    wizard.show()
    while type(wizard.currentPage()).__name__ != "MoneyPage":
        assert click_next(qtbot, wizard)
    page = wizard.currentPage()
    before = wizard.analysis().result.money.options["switch"].present_value
    page.dip.setValue(40)                                           # a deeper first-year pay cut
    page.search.setValue(4)
    page.study_mode.setCurrentIndex(page.study_mode.findData("full_time"))
    page.age.setValue(page.age.minimum())                           # not given
    page.retirement.setValue(40)
    page.age.setValue(45)
    assert not click_next(qtbot, wizard) and "retirement age" in page.error.text()
    page.retirement.setValue(67)
    assert click_next(qtbot, wizard)
    m = wizard.answers.money
    assert (m.switch_dip, m.search_months, m.age, wizard.answers.school.study_mode) == (0.4, 4.0, 45, "full_time")
    assert m.stay_raise is None                                     # left at "from your situation"
    after = wizard.analysis(refresh=True).result.money
    assert after.options["switch"].present_value < before and after.working_years == 22
    while wizard.currentPage() is not wizard.result_page:
        assert click_next(qtbot, wizard)
    with qtbot.waitSignal(wizard.decision_saved) as saved:
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    stored = service.decision_data(saved.args[0])["answers"]
    assert stored["money"]["switch_dip"] == 0.4 and stored["school"]["study_mode"] == "full_time"
