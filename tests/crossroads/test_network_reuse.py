"""The network is read once per wizard and re-weighed on each tick: the re-weighing must equal weighing afresh,
and the evidence page lists the people who may work in the target without listing thousands of near misses."""

from __future__ import annotations

import copy
import dataclasses as dc
import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from mentordesk.crossroads import network, service
from mentordesk.crossroads.demo import demo_answers
from mentordesk.crossroads.matching import field_key
from mentordesk.services import advice as advice_svc, people as people_svc
from mentordesk.ui.crossroads import evidence_page as evidence_mod
from mentordesk.ui.crossroads.wizard import CrossroadsWizard

TODAY = dt.date.today()


def weights(evidence) -> dict[int, tuple]:
    return {e.advice_id: (e.weight, tuple(e.reasons), e.conflict) for e in evidence}


def test_reweighing_a_read_network_equals_weighing_afresh(demo_db):
    answers = demo_answers(TODAY)
    net = network.read()
    key = field_key(answers.choices.switch_target)
    first = net.weighed(answers, TODAY)
    counted = [c["person_id"] for c in network.field_candidates(answers, net.index) if c["counted"]]
    near = [c["person_id"] for c in network.field_candidates(answers, net.index) if not c["counted"]]
    assert counted and near
    steps = [
        lambda a: a.field_people.update({key: counted[1:]}),            # untick an insider
        lambda a: a.field_people.update({key: counted[1:] + near[:1]}),  # tick a near miss
        lambda a: a.field_people.pop(key),                               # back to matching
        lambda a: setattr(a.situation, "current_organization", "Brightlane Analytics"),
        lambda a: setattr(a.choices, "switch_target", "data analytics"),
    ]
    for step in steps:
        step(answers)
        again = net.weighed(answers, TODAY)
        fresh = network.Network(network.advisors(), network.advice_notes()).weighed(answers, TODAY)
        assert weights(again) == weights(fresh)
        assert [e.advice_id for e in again] == [e.advice_id for e in fresh]
    assert weights(first) != weights(net.weighed(answers, TODAY))   # the steps did change weights
    unchanged = net.weighed(answers, TODAY)
    assert all(a is b for a, b in zip(unchanged, net.weighed(answers, TODAY)))   # nothing changed: kept as is


def test_analyse_on_a_read_network_agrees_with_reading_afresh(demo_db):
    answers = demo_answers(TODAY)
    net = network.read()
    service.analyse(copy.deepcopy(answers), TODAY, net)
    answers.field_people[field_key(answers.choices.switch_target)] = []
    kept = service.analyse(copy.deepcopy(answers), TODAY, net).result
    fresh = service.analyse(copy.deepcopy(answers), TODAY).result
    assert dc.asdict(kept) == dc.asdict(fresh)


def to_evidence_page(qtbot, answers=None):
    wizard = CrossroadsWizard(today=TODAY, answers=answers or demo_answers(TODAY))
    qtbot.addWidget(wizard)
    wizard.show()
    while type(wizard.currentPage()).__name__ != "EvidencePage":
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    return wizard, wizard.currentPage()


def test_the_wizard_reads_the_network_once_however_often_it_ticks(demo_db, qtbot, monkeypatch):
    reads = []
    real = network.read
    monkeypatch.setattr(network, "read", lambda: reads.append(1) or real())
    wizard, page = to_evidence_page(qtbot)
    for _ in range(2):
        for row in range(min(3, page.field_people.count())):
            item = page.field_people.item(row)
            item.setCheckState(Qt.CheckState.Unchecked if item.checkState() == Qt.CheckState.Checked
                               else Qt.CheckState.Checked)
    while type(wizard.currentPage()).__name__ != "ResultPage":
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage().choice.count() > 0
    assert len(reads) == 1


def test_near_misses_are_listed_most_trusted_first_up_to_a_limit(database, qtbot, monkeypatch):
    monkeypatch.setattr(evidence_mod, "NEAR_MISSES_LISTED", 3)
    insider = people_svc.create_person(display_name="Ivy Insider", title="UX Researcher", trust=5)
    [people_svc.create_person(display_name=f"Nurse {n}", title="Clinical Research Nurse", trust=1 + n % 5)
              for n in range(6)]
    advice_svc.create_advice(person_id=insider.id, given_on=TODAY, path="switch", stance="for", advice="Do it")
    answers = demo_answers(TODAY)
    answers.field_people = {}
    wizard, page = to_evidence_page(qtbot, answers)
    listed = [page.field_people.item(i) for i in range(page.field_people.count())]
    names = [item.text().split(" (")[0] for item in listed]
    assert names == ["Ivy Insider", "Nurse 4", "Nurse 3", "Nurse 2"]       # trust 5, 5, 4, 3: the rest not listed
    assert [item.checkState() for item in listed] == [Qt.CheckState.Checked] + [Qt.CheckState.Unchecked] * 3
    assert "3 less trusted people who share a word with UX research are not listed" in page.field_hint.text()
    listed[1].setCheckState(Qt.CheckState.Checked)
    listed[0].setCheckState(Qt.CheckState.Unchecked)
    assert wizard.answers.field_people["ux research"] == [listed[1].data(Qt.ItemDataRole.UserRole)]
