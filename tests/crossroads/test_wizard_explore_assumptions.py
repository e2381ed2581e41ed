"""The wizard driven with qtbot through exploration, assumptions with cheap tests, and the gate at the revisit date."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from mentordesk.crossroads import assumption_service, service
from mentordesk.crossroads.assumption_model import AssumptionTest
from mentordesk.crossroads.assumptions import Assumption
from mentordesk.crossroads.models import Decision, DecisionAsk
from mentordesk.models import AdviceNote, Ask, Meeting, Person
from mentordesk.ui.crossroads.wizard import CrossroadsWizard

TODAY = dt.date.today()


def click_next(qtbot, wizard) -> None:
    before = wizard.currentPage()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is not before, before.error.text()


def finish(qtbot, wizard) -> Decision:
    with qtbot.waitSignal(wizard.decision_saved) as saved:
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    return Decision.get_by_id(saved.args[0])


def open_wizard(qtbot, today=TODAY) -> CrossroadsWizard:
    wizard = CrossroadsWizard(today=today)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def next_until(qtbot, wizard, page) -> None:
    while wizard.currentPage() is not page:
        click_next(qtbot, wizard)


def pick(qtbot, picker, text: str) -> None:
    picker.clear()
    qtbot.keyClicks(picker, text)
    picker.update_suggestions()
    qtbot.keyClick(picker, Qt.Key.Key_Return)


def test_not_knowing_the_target_explores_with_informational_interviews(demo_db, qtbot):
    wizard = open_wizard(qtbot)
    click_next(qtbot, wizard)
    options = wizard.currentPage()
    options.switch_target.clear()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is options and "don't know yet" in options.error.text()
    options.exploring.click()
    assert not options.switch_target.isEnabled()
    click_next(qtbot, wizard)

    explore = wizard.currentPage()
    assert explore is wizard.explore_page
    rows = [explore.tree.topLevelItem(i) for i in range(explore.tree.topLevelItemCount())]
    fields = [r.text(0) for r in rows]
    assert "UX and design" in fields and "Logistics" not in fields        # not the field you are in now
    assert "Zoe Anderson" not in {r.text(1) for r in rows}                 # marked sensitive
    ticked = [r for r in rows if r.checkState(0) == Qt.CheckState.Checked]
    assert len(ticked) == 3
    first_date = explore.come_back.date().toPython()
    ticked[-1].setCheckState(0, Qt.CheckState.Unchecked)                   # two interviews: come back sooner
    assert explore.come_back.date().toPython() < first_date
    come_back = explore.come_back.date().toPython()
    wanted = {r.text(1) for r in ticked[:-1]}
    next_until(qtbot, wizard, wizard.result_page)

    result = wizard.result_page
    result.choice.setCurrentIndex(result.choice.findData("switch"))
    assert result.revisit.date().toPython() == come_back
    assert not any("new field" in result.plan.topLevelItem(i).text(1) for i in range(result.plan.topLevelItemCount()))
    decision = finish(qtbot, wizard)
    asks = [link.ask for link in DecisionAsk.select().where(DecisionAsk.decision == decision)]
    interviews = {a.person.display_name for a in asks if a.kind == "info_interview"}
    assert interviews == wanted
    assert decision.revisit_on == come_back and service.decision_data(decision.id)["answers"]["choices"]["exploring"]


def test_assumptions_become_asks_and_meetings_and_an_incomplete_one_is_named(demo_db, qtbot):
    asks, meetings = Ask.select().count(), Meeting.select().count()
    wizard = open_wizard(qtbot)
    next_until(qtbot, wizard, wizard.assumptions_page)
    page = wizard.assumptions_page
    page.tabs.setCurrentIndex(1)                                            # B. Switch fields
    qtbot.mouseClick(page.suggest_buttons["switch"], Qt.MouseButton.LeftButton)
    first, second, third = page.editors["switch"]
    assert first.need.text() and first.person.person_id() and second.test.text()
    assert third.is_blank()
    qtbot.keyClicks(third.need, "UX pay covers my rent")                   # half typed: refused, naming the row
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is page and "B, assumption 3" in page.error.text()
    qtbot.keyClicks(third.test, "Ask Priya what juniors earn")
    pick(qtbot, third.person, "Priya")
    qtbot.keyClicks(third.cost, "one message")
    qtbot.keyClicks(third.criterion, "Stop if below my rent plus 20%")
    third.as_kind.setCurrentIndex(third.as_kind.findData("ask"))
    first.as_kind.setCurrentIndex(first.as_kind.findData("meeting"))
    click_next(qtbot, wizard)

    result = wizard.result_page
    last_test = max(dt.date.fromisoformat(a.test_on) for a in wizard.assumptions)
    assert result.revisit.date().toPython() > last_test                   # the gate comes after the tests
    decision = finish(qtbot, wizard)
    tests = assumption_service.tests_of(decision.id)
    assert len(tests) == 3 and {t["option"] for t in tests} == {"switch"}
    by_need = {t["need"]: t for t in tests}
    rent = by_need["UX pay covers my rent"]
    ask = Ask.get_by_id(rent["ask_id"])
    assert ask.person.display_name == "Priya Raman" and "juniors earn" in ask.purpose
    assert Meeting.get_by_id(tests[0]["meeting_id"]).summary.startswith("Test: ")
    plan_asks = sum(1 for p in service.decision_data(decision.id)["plan"] if p.get("created"))
    assert Ask.select().count() == asks + plan_asks + 2 and Meeting.select().count() == meetings + 1


def test_after_the_revisit_date_the_wizard_asks_for_each_tests_result(demo_db, qtbot):
    earlier = TODAY - dt.timedelta(days=50)
    priya = Person.get(Person.display_name == "Priya Raman")
    from mentordesk.crossroads.demo import demo_answers

    test = Assumption("switch", "I would enjoy UX research day to day", "Shadow Priya for half a day", priya.id,
                      "Priya Raman", "half a day", (earlier + dt.timedelta(days=10)).isoformat(),
                      "Commit if I want a second day", "ask")
    assumption_service.save_decision_with_tests(demo_answers(earlier), "switch", [], earlier + dt.timedelta(days=30),
                                                assumptions=[test], today=earlier)
    before_gate = open_wizard(qtbot, today=earlier + dt.timedelta(days=29))
    assert before_gate.gate_page is None                                    # not yet: no gate

    wizard = open_wizard(qtbot)
    gate = wizard.currentPage()
    assert gate is wizard.gate_page
    (test_id, combo), = gate.results.items()
    assert "Shadow Priya" in gate.descriptions[test_id].text() and "second day" in gate.descriptions[test_id].text()
    combo.setCurrentIndex(combo.findData("fails"))
    qtbot.keyClicks(gate.notes[test_id], "Bored by noon")
    click_next(qtbot, wizard)
    row = AssumptionTest.get_by_id(test_id)
    note = AdviceNote.get_by_id(row.advice_id)
    assert row.result == "fails" and note.acted_on and note.outcome == "Bored by noon" and note.stance == "against"

    next_until(qtbot, wizard, next(p for p in wizard.pages if type(p).__name__ == "EvidencePage"))
    evidence = wizard.currentPage()
    items = {item.data(0, Qt.ItemDataRole.UserRole): item for item in evidence.advice_items()}
    tested = items[note.id]
    tested_ids = {e.advice_id for e in wizard.analysis().evidence if e.tested}
    opinions = [float(i.text(4)) for k, i in items.items() if k not in tested_ids]
    assert float(tested.text(4)) > max(opinions)                           # a result outweighs every opinion
    evidence.tree.setCurrentItem(tested)
    assert "tested" in evidence.detail.text()
    assert assumption_service.pending(TODAY) == []


def test_no_page_takes_the_wizard_buttons_keys(demo_db, qtbot):
    """Alt+B and Alt+N belong to Back and Next on every page, the optional ones included (Alt+F to Finish)."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    earlier = TODAY - dt.timedelta(days=50)
    priya = Person.get(Person.display_name == "Priya Raman")
    from mentordesk.crossroads.demo import demo_answers

    test = Assumption("switch", "Need", "Test", priya.id, "Priya Raman", "free", (earlier + dt.timedelta(days=5)).isoformat(),
                      "Commit if so", "ask")
    assumption_service.save_decision_with_tests(demo_answers(earlier), "switch", [], earlier + dt.timedelta(days=10),
                                                assumptions=[test], today=earlier)
    wizard = open_wizard(qtbot)
    assert wizard.gate_page is not None
    for page in [wizard.gate_page, wizard.explore_page, *wizard.pages]:
        texts = [w.text() for w in page.findChildren(QAbstractButton)] + [w.text() for w in page.findChildren(QLabel)]
        keys = "bnfBNF" if page is wizard.result_page else "bnBN"    # Finish shows on the last page only
        taken = [t for t in texts if re.search(rf"&([{keys}])", t.replace("&&", ""))]
        assert not taken, f"{type(page).__name__}: {taken}"
