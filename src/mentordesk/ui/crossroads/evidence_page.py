"""The wizard's evidence page: what the network said, who counts as working in the target field, and which
switch advice is about this target at all."""

from __future__ import annotations

import datetime as dt
import operator

from PySide6.QtCore import QT_TR_NOOP, Qt
from PySide6.QtWidgets import (
    QGroupBox, QHeaderView, QLabel, QListWidget, QListWidgetItem, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
)

from mentordesk.crossroads import network
from mentordesk.crossroads.answers import OPTION_LETTERS, OPTIONS, OTHER_TARGET
from mentordesk.crossroads.matching import field_key, matches_field
from mentordesk.models import STANCES
from mentordesk.texts import T_, date_text
from mentordesk.ui.crossroads.numbers import Local, number
from mentordesk.ui.crossroads.pages import AnswersPage, hint, tr
from mentordesk.ui.plain import display_safe, plain

ID_ROLE = Qt.ItemDataRole.UserRole
# Combined once: at 20,000 notes, or-ing the flags per row took half a second.
PERSON_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
NOTE_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked
# Near misses (sharing a word with the target, not matched) listed to tick, most trusted first: a large network
# has thousands, and a list that long re-lays itself out on every tick.
NEAR_MISSES_LISTED = 40
WRAPPED_ROWS_MAX = 400   # more notes than this: one line per row (Qt measures every wrapped row on each change)


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
        self.by_id, self.items, self.shown_evidence, self.shown_aside = {}, {}, [], set()
        self.listed: list[int] = []     # the people in the "Who works in" list, in its order
        self.ticked: set[int] = set()   # those ticked (kept here: reading 500 check boxes per tick is slow)
        self.unticked: set[int] = set()  # advice set aside here

    # --- who works in the target field (Answers.field_people) -----------------------------------------
    def load_field_people(self, a) -> None:
        target = a.choices.switch_target
        self.field_box.setVisible(bool(target))
        self.field_people.blockSignals(True)
        self.field_people.clear()
        if target:
            self.field_box.setTitle(tr("Who works in {target}?").format(target=target))
            found = network.field_candidates(a, self.wizard().network().index)
            near = [p for p in found if not (p["matched"] or p["counted"])]
            unlisted = max(0, len(near) - NEAR_MISSES_LISTED)
            dropped = {p["person_id"] for p in near[NEAR_MISSES_LISTED:]}   # the least trusted near misses
            found = [p for p in found if p["person_id"] not in dropped]
            self.listed = [p["person_id"] for p in found]
            self.ticked = {p["person_id"] for p in found if p["counted"]}
            for person in found:
                where = T_("{title} at {organization}", title=person["title"], organization=person["organization"]) \
                    if person["title"] and person["organization"] else person["title"] or person["organization"]
                item = QListWidgetItem(f"{person['name']}" + (f" ({where})" if where else ""))
                item.setData(ID_ROLE, person["person_id"])
                item.setFlags(PERSON_FLAGS)
                item.setCheckState(CHECKED if person["counted"] else UNCHECKED)
                item.setToolTip(tr("Matched by their title or field") if person["matched"]
                                else tr("Shares a word with {target}: tick if they count").format(target=target))
                self.field_people.addItem(item)
            text = (tr("Ticked people count as working in {target}: their advice on switching weighs more, and the "
                       "plan asks them. Correct what word matching got wrong.").format(target=target)
                    if found else tr("Nobody in your network seems to work in {target}.").format(target=target))
            if unlisted:
                text += " " + tr("{n} less trusted people who share a word with {target} are not listed.").format(
                    n=unlisted, target=target)
            self.field_hint.setText(text)
        self.field_people.blockSignals(False)

    def field_people_changed(self, item) -> None:
        a = self.answers()
        person_id = item.data(ID_ROLE)
        if item.checkState() == CHECKED:
            self.ticked.add(person_id)
        else:
            self.ticked.discard(person_id)
        a.field_people[field_key(a.choices.switch_target)] = [p for p in self.listed if p in self.ticked]
        self.refresh_weights()

    # --- the advice -------------------------------------------------------------------------------------
    def load(self, a):
        self.load_field_people(a)
        target = a.choices.switch_target
        self.tree.headerItem().setText(self.APPLIES, tr("About {target}?").format(target=target) if target else "")
        self.tree.setColumnHidden(self.APPLIES, not target)
        self.tree.blockSignals(True)
        self.tree.clear()
        analysis = self.wizard().analysis()
        evidence, aside = analysis.evidence, set(analysis.result.off_target)
        excluded = set(a.excluded_advice)
        self.by_id = {e.advice_id: e for e in evidence}
        self.items = {}   # advice id -> its row, in the tree's order
        self.unticked = excluded & set(self.by_id)   # kept up to date by item_changed (reading 20,000 boxes is slow)
        # Rows are built apart from the tree and added at once (at 20,000 notes, row by row took seconds); rows
        # wrap their text unless there are too many to measure each (then one line each, the full text on hover).
        many = len(evidence) > WRAPPED_ROWS_MAX
        self.tree.setWordWrap(not many)
        self.tree.setUniformRowHeights(many)
        days: dict[str, str] = {}   # notes share days: each formatted once
        no_meeting, aside_text = tr("(no meeting)"), tr("aside")
        applies_tip = tr("Does this advice apply to {target}? Untick advice about another field: it then does not "
                         "count.").format(target=target)
        tops = []
        for option in OPTIONS:
            notes = [e for e in evidence if e.path == option]
            top = QTreeWidgetItem([f"{OPTION_LETTERS[option]}. {tr(OPTIONS[option])} "
                                   + tr("({n} notes)").format(n=len(notes))])
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            rows = []
            for e in notes:
                stance = {"for": "\u2714 ", "against": "\u2718 ", "neutral": "\u2013 "}[e.stance]
                if e.given_on not in days:
                    day = dt.date.fromisoformat(e.given_on)
                    days[e.given_on] = date_text(day, f"{day.day} {day.strftime('%b %Y')}")  # the locale's date
                who = e.person + (" \u26a0" if e.conflict else "")
                weight = aside_text if e.advice_id in aside else number(e.weight, 2)
                item = QTreeWidgetItem([stance + e.text, who, days[e.given_on], e.meeting or no_meeting, weight, ""])
                item.setData(0, ID_ROLE, e.advice_id)
                item.setFlags(NOTE_FLAGS)
                item.setCheckState(0, UNCHECKED if e.advice_id in excluded else CHECKED)
                self.items[e.advice_id] = item
                item.setToolTip(0, e.text)
                if option == "switch" and target:
                    about = a.note_targets.get(e.advice_id)
                    applies = not about or matches_field(target, about)
                    item.setCheckState(self.APPLIES, CHECKED if applies else UNCHECKED)
                    item.setToolTip(self.APPLIES, applies_tip)
                rows.append(item)
            top.addChildren(rows)
            tops.append(top)
        self.tree.addTopLevelItems(tops)
        for top in tops:
            top.setExpanded(True)
        self.tree.blockSignals(False)
        self.shown_evidence, self.shown_aside = evidence, aside
        self.detail.setText(tr("Select a note to see why it counts as it does. \u2714 for, \u2718 against, "
                               "\u26a0 conflict of interest (counts half)."))

    def item_changed(self, item, column: int) -> None:
        """Unticking a note sets it aside; ticking "About <target>?" says which target a switch note is about
        (Answers.note_targets)."""
        if column == 0:
            (self.unticked.add if item.checkState(0) == UNCHECKED else self.unticked.discard)(item.data(0, ID_ROLE))
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
        """Weights as the engine now sees them (after a change to who is in the field or what a note is about).

        Only rows whose weight or 'aside' changed are touched: a tick re-weighs a handful of notes among thousands
        (the network keeps the unchanged ones as the same objects)."""
        analysis = self.wizard().analysis()
        aside, aside_text = set(analysis.result.off_target), tr("aside")
        before, self.shown_evidence = self.shown_evidence, analysis.evidence
        if len(before) == len(analysis.evidence):   # the same notes: look only at the changed ones
            changed = [e for e, same in zip(analysis.evidence, map(operator.is_, analysis.evidence, before))
                       if not same]
            changed += [self.by_id[i] for i in aside ^ self.shown_aside if i in self.by_id]
        else:
            changed = analysis.evidence
        self.shown_aside = aside
        self.tree.blockSignals(True)
        for e in changed:
            self.by_id[e.advice_id] = e
            if e.advice_id in self.items:
                self.items[e.advice_id].setText(4, aside_text if e.advice_id in aside else number(e.weight, 2))
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
            stance=tr(STANCES[e.stance]), weight=Local(e.weight), why=", ".join(e.reasons))
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
        kept = [i for i in a.excluded_advice if i not in self.items]   # unticked notes this page did not show
        a.excluded_advice = kept + [i for i in self.items if i in self.unticked]
