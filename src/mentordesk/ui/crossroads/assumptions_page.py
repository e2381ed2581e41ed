"""The wizard's assumptions page: per option, up to three "what would need to be true" with a cheap test each."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QTabWidget,
    QVBoxLayout, QWidget,
)

from mentordesk.crossroads import explore
from mentordesk.crossroads.answers import ALL_OPTIONS, OPTION_LETTERS
from mentordesk.crossroads.assumptions import AS_KINDS, DEFAULT_TEST_DAYS, MAX_PER_OPTION, Assumption, problems, suggest
from mentordesk.ui.crossroads.pages import AnswersPage, hint, line, to_qdate, tr
from mentordesk.ui.dates import date_format
from mentordesk.ui.widgets.pickers import PersonPicker


class AssumptionEditor(QGroupBox):
    """One assumption: what must be true, the cheap test, who, cost, by when, as what, and stop-or-commit."""

    def __init__(self, option: str, number: int):
        super().__init__(tr("Assumption {n}").format(n=number))
        self.option = option
        name = f"{OPTION_LETTERS[option]}{number}"
        grid = QGridLayout(self)
        self.need = line(tr("{n}: what would need to be true").format(n=name), tr("What would need to be true"))
        self.test = line(tr("{n}: cheap test").format(n=name), tr("A cheap test: a conversation, a day, a small task"))
        self.person = PersonPicker()
        self.person.setAccessibleName(tr("{n}: who helps with the test").format(n=name))
        self.cost = line(tr("{n}: cost").format(n=name), tr("e.g. one coffee"))
        self.date = QDateEdit(calendarPopup=True, displayFormat=date_format())
        self.date.setAccessibleName(tr("{n}: test by").format(n=name))
        self.as_kind = QComboBox()
        self.as_kind.setAccessibleName(tr("{n}: becomes").format(n=name))
        for key, label in AS_KINDS.items():
            self.as_kind.addItem(tr(label), key)
        self.criterion = line(tr("{n}: stop or commit if").format(n=name),
                              tr("Commit if …; stop if …"))
        for row, (label, widget) in enumerate(((tr("Needs to be true:"), self.need), (tr("Cheap test:"), self.test))):
            grid.addWidget(self._caption(label, widget), row, 0)
            grid.addWidget(widget, row, 1, 1, 3)
        # Two pairs a row: four in one row needed a horizontal scroll bar at 900 px in German.
        for n, (label, widget) in enumerate(((tr("Who:"), self.person), (tr("Cost:"), self.cost),
                                             (tr("By:"), self.date), (tr("As:"), self.as_kind))):
            grid.addWidget(self._caption(label, widget), 2 + n // 2, (n % 2) * 2)
            grid.addWidget(widget, 2 + n // 2, (n % 2) * 2 + 1)
        grid.addWidget(self._caption(tr("Stop or commit if:"), self.criterion), 4, 0)
        grid.addWidget(self.criterion, 4, 1, 1, 3)
        for col in (1, 3):
            grid.setColumnStretch(col, 2)

    @staticmethod
    def _caption(text: str, buddy) -> QLabel:
        caption = QLabel(text)
        caption.setBuddy(buddy)
        return caption

    def is_blank(self) -> bool:
        return not any(e.text().strip() for e in (self.need, self.test, self.cost, self.criterion))

    def set(self, a: Assumption | None, today: dt.date) -> None:
        a = a or Assumption(self.option, "")
        self.need.setText(a.need)
        self.test.setText(a.test)
        self.person.choose(a.person_id, a.person)
        self.cost.setText(a.cost)
        self.date.setMinimumDate(to_qdate(today))
        day = dt.date.fromisoformat(a.test_on) if a.test_on else today + dt.timedelta(days=DEFAULT_TEST_DAYS)
        self.date.setDate(to_qdate(max(day, today)))
        self.as_kind.setCurrentIndex(max(0, self.as_kind.findData(a.as_kind)))
        self.criterion.setText(a.criterion)

    def value(self) -> Assumption:
        return Assumption(self.option, self.need.text().strip(), self.test.text().strip(), self.person.person_id(),
                          self.person.text().strip() if self.person.person_id() else "", self.cost.text().strip(),
                          self.date.date().toPython().isoformat(), self.criterion.text().strip(),
                          self.as_kind.currentData())


class AssumptionsPage(AnswersPage):
    """Tabs A, B, C with up to three assumptions each; a Suggest button fills empty ones from the network."""

    def __init__(self):
        super().__init__()
        self.setTitle(tr("What would need to be true"))
        # A wizard's header does not grow with its text: the short sentence there, the details wrap in the page.
        self.setSubTitle(tr("For each option, up to three assumptions, each with a cheap test. Optional."))
        layout = QVBoxLayout(self)
        layout.addWidget(hint(tr("Say who helps, what it costs, by when, and what result means stop or commit. Each "
                                 "test becomes an ask or a meeting when you click Finish, and the revisit date asks "
                                 "for the results.")))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("Assumptions by option"))
        self.editors: dict[str, list[AssumptionEditor]] = {}
        self.suggest_buttons: dict[str, QPushButton] = {}
        for option in ALL_OPTIONS:
            inner = QWidget()
            column = QVBoxLayout(inner)
            row = QHBoxLayout()
            row.addWidget(hint(tr("Leave a box empty to skip it.")), 1)
            button = QPushButton(tr("&Suggest Tests"))
            button.setToolTip(tr("Fill the empty boxes with starting points that name people from your network"))
            button.clicked.connect(lambda _checked=False, o=option: self.fill_suggestions(o))
            row.addWidget(button)
            column.addLayout(row)
            self.suggest_buttons[option] = button
            self.editors[option] = [AssumptionEditor(option, n) for n in range(1, MAX_PER_OPTION + 1)]
            for editor in self.editors[option]:
                column.addWidget(editor)
            column.addStretch()
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setWidget(inner)
            self.tabs.addTab(scroll, f"{OPTION_LETTERS[option]}. {tr(ALL_OPTIONS[option])}")
        layout.addWidget(self.tabs)
        self.add_error_label(layout)

    def load(self, a):
        wizard = self.wizard()
        result = wizard.analysis().result
        saved = {o: [x for x in wizard.assumptions if x.option == o] for o in ALL_OPTIONS}
        for index, option in enumerate(ALL_OPTIONS):
            weighed = option in result.options
            self.tabs.setTabVisible(index, weighed)
            blocked = not weighed or bool(result.options[option].blocked)
            self.tabs.setTabEnabled(index, not blocked)
            self.tabs.setTabText(index, f"{OPTION_LETTERS[option]}. {a.option_label(option)}"
                                 + (tr(" (ruled out)") if blocked else ""))
            for n, editor in enumerate(self.editors[option]):
                editor.set(saved[option][n] if n < len(saved[option]) else None, wizard.today)
        first_open = next((i for i, o in enumerate(ALL_OPTIONS) if self.is_open(o)), 0)
        if not self.tabs.isTabEnabled(self.tabs.currentIndex()):
            self.tabs.setCurrentIndex(first_open)

    def is_open(self, option: str) -> bool:
        options = self.wizard().analysis().result.options
        return option in options and not options[option].blocked

    def fill_suggestions(self, option: str) -> None:
        wizard = self.wizard()
        leads = explore.leads(wizard.answers, wizard.analysis().people, wizard.today)
        ideas = suggest(wizard.answers, option, wizard.analysis().people, wizard.today, leads)
        taken = {e.need.text().strip() for e in self.editors[option]}
        ideas = [i for i in ideas if i.need not in taken]
        for editor in self.editors[option]:
            if editor.is_blank() and ideas:
                editor.set(ideas.pop(0), wizard.today)

    def values(self) -> list[Assumption]:
        """What is typed in every open option (ruled-out options' tests are not kept)."""
        return [e.value() for o in ALL_OPTIONS if self.is_open(o) for e in self.editors[o] if not e.is_blank()]

    def check(self) -> str:
        found = problems(self.values(), self.wizard().today)
        return tr("Please complete: {what}.").format(what="; ".join(found)) if found else ""

    def store(self, a):
        self.wizard().assumptions = self.values()
