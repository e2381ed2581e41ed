"""The wizard's evidence page: what the network said, who counts as working in the target field, and which
switch advice is about this target at all."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TR_NOOP, Qt
from PySide6.QtWidgets import (
    QGroupBox, QHeaderView, QLabel, QListWidget, QListWidgetItem, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
)

from mentordesk.crossroads import network
from mentordesk.crossroads.answers import OPTION_LETTERS, OPTIONS, OTHER_TARGET
from mentordesk.crossroads.matching import field_key, matches_field
from mentordesk.models import STANCES
from mentordesk.ui.crossroads.pages import AnswersPage, hint, tr
from mentordesk.ui.plain import display_safe, plain

ID_ROLE = Qt.ItemDataRole.UserRole


class EvidencePage(AnswersPage):
    """The advice notes about the paths, with who, when, which meeting, and how much each counts."""

    COLUMNS = (QT_TR_NOOP("Advice"), QT_TR_NOOP("Who"), QT_TR_NOOP("When"), QT_TR_NOOP("Meeting"), QT_TR_NOOP("Weight"),
               QT_TR_NOOP("Applies"))
    WIDTHS = (None, 130, 90, 160, 60, 135)
    APPLIES = 5

    def __init__(self):
        super().__init__()
        self.setTitle(tr("What your network said"))
        self.setSubTitle(tr("Advice counts more from people you trust, who know your situation, who work in the "
                            "field or made the move, and when it is recent. Untick advice that no longer applies."))
        layout = QVBoxLayout(self)
        self.field_box = QGroupBox()
        box_layout = QVBoxLayout(self.field_box)
        self.field_people = QListWidget()
        self.field_people.setAccessibleName(tr("People who work in the target field"))
        self.field_people.setFlow(QListWidget.Flow.LeftToRight)
        self.field_people.setWrapping(True)
        self.field_people.setMaximumHeight(84)
        self.field_people.itemChanged.connect(self.field_people_changed)
        self.field_hint = hint("")
        box_layout.addWidget(self.field_people)
        box_layout.addWidget(self.field_hint)
        layout.addWidget(self.field_box)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(tr("Advice from your network"))
        self.tree.setHeaderLabels([tr(c) for c in self.COLUMNS])
        self.tree.setWordWrap(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in enumerate(self.WIDTHS):
            if width:
                self.tree.setColumnWidth(col, width)
        self.tree.currentItemChanged.connect(self.show_detail)
        self.tree.itemChanged.connect(self.item_changed)
        layout.addWidget(self.tree, 1)
        self.detail = plain(QLabel(wordWrap=True))
        self.detail.setAccessibleName(tr("Why this advice counts as it does"))
        self.detail.setMinimumHeight(64)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.detail)
        self.add_error_label(layout)
        self.by_id = {}

    # --- who works in the target field (Answers.field_people) -----------------------------------------
    def load_field_people(self, a) -> None:
        target = a.choices.switch_target
        self.field_box.setVisible(bool(target))
        self.field_people.blockSignals(True)
        self.field_people.clear()
        if target:
            self.field_box.setTitle(tr("Who works in {target}?").format(target=target))
            found = network.field_candidates(a, self.wizard().analysis().people)
            for person in found:
                where = " at ".join(x for x in (person["title"], person["organization"]) if x)
                item = QListWidgetItem(f"{person['name']}" + (f" ({where})" if where else ""))
                item.setData(ID_ROLE, person["person_id"])
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if person["counted"] else Qt.CheckState.Unchecked)
                item.setToolTip(tr("Matched by their title or field") if person["matched"]
                                else tr("Shares a word with {target}: tick if they count").format(target=target))
                self.field_people.addItem(item)
            self.field_hint.setText(tr("Ticked people count as working in {target}: their advice on switching weighs "
                                       "more, and the plan asks them. Correct what word matching got wrong.").format(target=target)
                                    if found else tr("Nobody in your network seems to work in {target}.").format(target=target))
        self.field_people.blockSignals(False)

    def field_people_changed(self, _item=None) -> None:
        a = self.answers()
        ticked = [self.field_people.item(i).data(ID_ROLE) for i in range(self.field_people.count())
                  if self.field_people.item(i).checkState() == Qt.CheckState.Checked]
        a.field_people[field_key(a.choices.switch_target)] = ticked
        self.refresh_weights()

    # --- the advice -------------------------------------------------------------------------------------
    def load(self, a):
        self.load_field_people(a)
        target = a.choices.switch_target
        self.tree.headerItem().setText(self.APPLIES, tr("About {target}?").format(target=target) if target else "")
        self.tree.setColumnHidden(self.APPLIES, not target)
        self.tree.blockSignals(True)
        self.tree.clear()
        evidence = self.wizard().analysis().evidence
        excluded = set(a.excluded_advice)
        self.by_id = {e.advice_id: e for e in evidence}
        for option in OPTIONS:
            notes = [e for e in evidence if e.path == option]
            top = QTreeWidgetItem([f"{OPTION_LETTERS[option]}. {tr(OPTIONS[option])} "
                                   + tr("({n} notes)").format(n=len(notes))])
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(top)
            for e in notes:
                stance = {"for": "\u2714 ", "against": "\u2718 ", "neutral": "\u2013 "}[e.stance]
                day = dt.date.fromisoformat(e.given_on)
                who = e.person + (" \u26a0" if e.conflict else "")
                item = QTreeWidgetItem([stance + e.text, who, f"{day.day} {day.strftime('%b %Y')}",
                                        e.meeting or tr("(no meeting)"), "", ""])
                item.setData(0, ID_ROLE, e.advice_id)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
                item.setCheckState(0, Qt.CheckState.Unchecked if e.advice_id in excluded else Qt.CheckState.Checked)
                item.setToolTip(0, e.text)
                if option == "switch" and target:
                    about = a.note_targets.get(e.advice_id)
                    applies = not about or matches_field(target, about)
                    item.setCheckState(self.APPLIES, Qt.CheckState.Checked if applies else Qt.CheckState.Unchecked)
                    item.setToolTip(self.APPLIES, tr("Does this advice apply to {target}? Untick advice about another "
                                                     "field: it then does not count.").format(target=target))
                top.addChild(item)
            top.setExpanded(True)
        self.tree.blockSignals(False)
        self.refresh_weights()
        self.detail.setText(tr("Select a note to see why it counts as it does. \u2714 for, \u2718 against, "
                               "\u26a0 conflict of interest (counts half)."))

    def item_changed(self, item, column: int) -> None:
        """Ticking "About <target>?" says which target a switch note is about (Answers.note_targets)."""
        if column != self.APPLIES:
            return
        a = self.answers()
        advice_id, target = item.data(0, ID_ROLE), a.choices.switch_target
        if item.checkState(self.APPLIES) == Qt.CheckState.Checked:
            a.note_targets[advice_id] = target
        elif matches_field(target, a.note_targets.get(advice_id) or target):
            a.note_targets[advice_id] = OTHER_TARGET
        self.refresh_weights()

    def refresh_weights(self) -> None:
        """Weights as the engine now sees them (after a change to who is in the field or what a note is about)."""
        analysis = self.wizard().analysis()
        self.by_id = {e.advice_id: e for e in analysis.evidence}
        aside = set(analysis.result.off_target)
        self.tree.blockSignals(True)
        for item in self.advice_items():
            e = self.by_id.get(item.data(0, ID_ROLE))
            if e is not None:
                item.setText(4, tr("aside") if e.advice_id in aside else f"{e.weight:.2f}")
        self.tree.blockSignals(False)
        current = self.tree.currentItem()
        if current is not None:
            self.show_detail(current)

    def show_detail(self, item, _previous=None) -> None:
        e = self.by_id.get(item.data(0, ID_ROLE)) if item else None
        if e is None:
            return
        where = f", {e.meeting}" if e.meeting else ""
        text = tr("\u201c{text}\u201d \u2014 {person}{where}. {stance}, weight {weight:.2f}: {why}.").format(
            text=display_safe(e.text), person=display_safe(e.person), where=display_safe(where),
            stance=tr(STANCES[e.stance]), weight=e.weight, why=", ".join(e.reasons))
        if e.conflict:
            text += " \u26a0 " + tr("Conflict of interest: {why}; counts half.").format(why=e.conflict)
        if e.advice_id in set(self.wizard().analysis().result.off_target):
            text += " " + tr("About another field than {target}: it does not count.").format(
                target=self.answers().choices.switch_target)
        self.detail.setText(text)

    def advice_items(self) -> list[QTreeWidgetItem]:
        return [self.tree.topLevelItem(i).child(j) for i in range(self.tree.topLevelItemCount())
                for j in range(self.tree.topLevelItem(i).childCount())]

    def store(self, a):
        shown = {item.data(0, ID_ROLE): item.checkState(0) for item in self.advice_items()}
        kept = [i for i in a.excluded_advice if i not in shown]
        a.excluded_advice = kept + [i for i, state in shown.items() if state == Qt.CheckState.Unchecked]
