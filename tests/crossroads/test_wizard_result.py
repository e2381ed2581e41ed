"""The result page shows the engine's warnings (to confirm, or a must-have to add), flips, tornado and money."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWizard

from mentordesk.crossroads.demo import demo_answers
from mentordesk.ui.crossroads.wizard import CrossroadsWizard

TODAY = dt.date.today()


def to_result(qtbot, answers) -> CrossroadsWizard:
    wizard = CrossroadsWizard(today=TODAY, answers=answers)
    qtbot.addWidget(wizard)
    wizard.show()
    while wizard.currentPage() is not wizard.result_page:
        before = wizard.currentPage()
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
        assert wizard.currentPage() is not before, before.error.text()
    return wizard


def test_warnings_are_confirmed_and_offered_must_haves_added_on_the_result_page(demo_db, qtbot):
    answers = demo_answers(TODAY)
    answers.scores["improve"]["income"] = 5          # with promotion prospects 1 of 5: asked to confirm
    answers.school.study_mode = ""                   # undecided, with 5 months of savings for 12 of study: offered
    wizard = to_result(qtbot, answers)
    page = wizard.result_page
    box = page.warnings.checks["improve_income_promotion"]
    assert "clash" in page.summary.toPlainText()     # unconfirmed: the certainty says so
    before = wizard.analysis().result.certainty_score
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))
    assert "improve_income_promotion" in wizard.answers.confirmed
    assert wizard.analysis().result.certainty_score > before and "clash" not in page.summary.toPlainText()
    offer = page.warnings.offers["runway_school"]
    musts = len(wizard.answers.must_haves)
    qtbot.mouseClick(offer, Qt.MouseButton.LeftButton)
    assert len(wizard.answers.must_haves) == musts + 1 and "runway_school" not in page.warnings.offers
    assert page.warnings.checks["improve_income_promotion"].isChecked()   # still confirmed after the refresh


def test_flips_tornado_and_money_with_formulas(demo_db, qtbot):
    answers = demo_answers(TODAY)
    answers.scores["improve"].update(interest=4, preparation=5, risk=3)   # close race: small changes flip it
    wizard = to_result(qtbot, answers)
    page = wizard.result_page
    result = wizard.analysis().result
    assert result.flips
    assert result.flips[0].text in page.flips.toPlainText()
    assert len(page.tornado.bars) == 8 and page.tornado.minimumHeight() > 8 * 16
    assert "10" in page.tornado.bar_text(page.tornado.bars[0])
    money = page.money
    tops = {money.topLevelItem(i).text(0): money.topLevelItem(i) for i in range(money.topLevelItemCount())}
    school = next(item for name, item in tops.items() if name.startswith("C."))
    rows = {school.child(i).text(0): school.child(i) for i in range(school.childCount())}
    figure = rows["Expected present value"]
    assert figure.text(1).replace(",", "").lstrip("-").isdigit()
    assert "=" in figure.toolTip(1) and "%" in figure.toolTip(1)            # the formula with its numbers
    assert any(f.label == "Expected present value" and f.formula in figure.toolTip(1)
               for f in result.money.options["school"].figures)
