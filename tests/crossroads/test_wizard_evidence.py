"""The evidence page: 'does this apply to <target>?' per switch note, and who counts as working in the target field."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from mentordesk.crossroads.demo import demo_answers
from mentordesk.ui.crossroads.wizard import CrossroadsWizard

TODAY = dt.date.today()


def evidence_page(qtbot):
    wizard = CrossroadsWizard(today=TODAY, answers=demo_answers(TODAY))
    qtbot.addWidget(wizard)
    wizard.show()
    while type(wizard.currentPage()).__name__ != "EvidencePage":
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    return wizard, wizard.currentPage()


def note_by(page, person: str, path_prefix: str = "B."):
    for i in range(page.tree.topLevelItemCount()):
        top = page.tree.topLevelItem(i)
        if top.text(0).startswith(path_prefix):
            return next(top.child(j) for j in range(top.childCount()) if top.child(j).text(1).startswith(person))
    raise AssertionError(person)


def test_switch_advice_about_another_field_is_set_aside(demo_db, qtbot):
    wizard, page = evidence_page(qtbot)
    assert page.tree.headerItem().text(page.APPLIES) == "About UX research?"
    hannah = note_by(page, "Hannah Schmidt")          # she switched into analytics, not UX research
    advice_id = hannah.data(0, Qt.ItemDataRole.UserRole)
    assert hannah.checkState(page.APPLIES) == Qt.CheckState.Checked
    assert note_by(page, "Maya Chen", "A.").data(page.APPLIES, Qt.ItemDataRole.CheckStateRole) is None   # only B asks
    support = wizard.analysis().result.options["switch"].support
    hannah.setCheckState(page.APPLIES, Qt.CheckState.Unchecked)
    assert wizard.answers.note_targets[advice_id] == "other"
    assert advice_id in wizard.analysis().result.off_target and hannah.text(4) == "aside"
    assert wizard.analysis().result.options["switch"].support < support      # a 'for' note no longer counts
    page.tree.setCurrentItem(hannah)
    assert "does not count" in page.detail.text()
    hannah.setCheckState(page.APPLIES, Qt.CheckState.Checked)
    assert advice_id not in wizard.analysis().result.off_target and hannah.text(4) != "aside"


def test_the_user_confirms_who_counts_as_working_in_the_target_field(demo_db, qtbot):
    wizard, page = evidence_page(qtbot)
    assert page.field_box.isVisible() and "UX research" in page.field_box.title()
    items = {page.field_people.item(i).text().split(" (")[0]: page.field_people.item(i)
             for i in range(page.field_people.count())}
    naomi = items["Naomi Fischer"]                                           # UX Research Manager
    assert naomi.checkState() == Qt.CheckState.Checked
    note = note_by(page, "Naomi Fischer")
    before = float(note.text(4))
    naomi.setCheckState(Qt.CheckState.Unchecked)
    counted = wizard.answers.field_people["ux research"]
    assert counted and naomi.data(Qt.ItemDataRole.UserRole) not in counted
    assert float(note.text(4)) < before                                     # no longer weighed as an insider
    naomi.setCheckState(Qt.CheckState.Checked)
    assert float(note.text(4)) == before


def test_unticked_advice_is_set_aside_when_moving_on_and_stays_so_coming_back(demo_db, qtbot):
    wizard, page = evidence_page(qtbot)
    tom = note_by(page, "Tom Becker", "A.")
    advice_id = tom.data(0, Qt.ItemDataRole.UserRole)
    tom.setCheckState(0, Qt.CheckState.Unchecked)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.answers.excluded_advice == [advice_id]
    assert advice_id not in {e.advice_id for e in wizard.analysis().used_evidence()}
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    page = wizard.currentPage()
    assert type(page).__name__ == "EvidencePage"
    tom = note_by(page, "Tom Becker", "A.")
    assert tom.checkState(0) == Qt.CheckState.Unchecked              # still set aside
    tom.setCheckState(0, Qt.CheckState.Checked)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.answers.excluded_advice == []
