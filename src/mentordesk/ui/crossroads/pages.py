"""The Crossroads wizard's input pages; each loads from and stores into the wizard's Answers, never the database."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QButtonGroup, QCheckBox, QCompleter, QDateEdit, QDoubleSpinBox, QFormLayout, QGridLayout,
    QFrame, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QRadioButton, QScrollArea, QSlider,
    QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget, QWizardPage,
)

from mentordesk.crossroads.answers import (
    ALL_OPTIONS, COMBINED, COMPUTED_CRITERIA, CRITERIA, IMPORTANCE_MAX, OPTION_LETTERS, OPTIONS, MustHave,
)
from mentordesk.crossroads.engine import normalize
from mentordesk.crossroads.scoring import hand_scores
from mentordesk.ui.crossroads.numbers import Local
from mentordesk.ui.crossroads.ticks import tick_rows
from mentordesk.ui.dates import date_format
from mentordesk.ui.i18n import tr


def spin(low: int, high: int, name: str, suffix: str = "") -> QSpinBox:
    box = QSpinBox(minimum=low, maximum=high, suffix=suffix)
    box.setAccessibleName(name)
    return box


def money(name: str, special: str = "") -> QDoubleSpinBox:
    box = QDoubleSpinBox(minimum=0, maximum=10_000_000, decimals=0, singleStep=1000)
    box.setGroupSeparatorShown(True)
    box.setAccessibleName(name)
    if special:
        box.setSpecialValueText(special)
    return box


def line(name: str, placeholder: str = "", completions: list[str] | None = None) -> QLineEdit:
    edit = QLineEdit(placeholderText=placeholder)
    edit.setAccessibleName(name)
    if completions:
        completer = QCompleter(completions, edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        edit.setCompleter(completer)
    return edit


def hint(text: str) -> QLabel:
    label = QLabel(text, wordWrap=True)
    label.setEnabled(False)   # the platform's muted look
    return label


def to_qdate(day):
    return QDate(day.year, day.month, day.day)


class AnswersPage(QWizardPage):
    """A page that shows part of the wizard's answers and writes edits back when the user moves on."""

    def answers(self):
        return self.wizard().answers

    def initializePage(self):
        self.load(self.answers())

    def validatePage(self):
        problem = self.check()
        self.error.setText(problem)
        self.error.setVisible(bool(problem))
        if problem:
            return False
        self.store(self.answers())
        return True

    def cleanupPage(self):
        """Going Back keeps what was typed here (in memory only)."""
        self.store(self.answers())

    def check(self) -> str:
        return ""

    def scrolling_body(self) -> QWidget:
        """The widget a long page lays its fields on: it scrolls vertically when the screen is short (900×600),
        while the page's problem label stays in view below it."""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        body.setAutoFillBackground(False)
        scroll.setWidget(body)
        scroll.viewport().setAutoFillBackground(False)
        outer.addWidget(scroll)
        self.scroll = scroll
        return body

    def add_error_label(self, layout) -> None:
        self.error = QLabel(wordWrap=True)
        self.error.setStyleSheet("color: #b00020")
        self.error.setAccessibleName(tr("Problem on this page"))
        self.error.hide()
        if isinstance(layout, QFormLayout):
            layout.addRow(self.error)
        elif isinstance(layout, QGridLayout):
            layout.addWidget(self.error, layout.rowCount(), 0, 1, -1)
        else:
            layout.addWidget(self.error)


class SituationPage(AnswersPage):
    def __init__(self, organizations: list[str]):
        super().__init__()
        self.setTitle(tr("Your situation"))
        self.setSubTitle(tr("Where you stand today. Rate 1 (bad) to 5 (good) unless the field says otherwise."))
        form = QFormLayout(self.scrolling_body())
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.organization = line(tr("Current organization"), tr("Where you work now"), organizations)
        self.role = line(tr("Current role"), tr("Your job title"))
        self.job_going = spin(1, 5, tr("How well the job is going"), tr(" of 5"))
        self.happiness = spin(1, 5, tr("How happy you are at work"), tr(" of 5"))
        self.raise_months = spin(0, 600, tr("Months since the last raise"), tr(" months"))
        self.promotion = spin(1, 5, tr("Promotion prospects"), tr(" of 5"))
        self.downsizing = spin(1, 5, tr("Downsizing risk"), tr(" of 5 (5 = imminent)"))
        self.savings = QDoubleSpinBox(minimum=0, maximum=240, decimals=1, suffix=tr(" months"))
        self.savings.setAccessibleName(tr("Months of savings"))
        self.location = line(tr("Location constraint"), tr("e.g. can't move: partner's job"))
        self.family = line(tr("Family constraint"), tr("e.g. school pick-ups"))
        self.time = line(tr("Time constraint"), tr("e.g. two free evenings a week"))
        self.has_deadline = QCheckBox(tr("Decide by"))
        self.deadline = QDateEdit(calendarPopup=True, displayFormat=date_format())
        self.deadline.setAccessibleName(tr("Decision deadline"))
        self.has_deadline.toggled.connect(self.deadline.setEnabled)
        for label, widget in ((tr("Current &organization:"), self.organization), (tr("Current &role:"), self.role),
                              (tr("How well the &job is going:"), self.job_going), (tr("&Happiness:"), self.happiness),
                              (tr("Last &raise:"), self.raise_months), (tr("&Promotion prospects:"), self.promotion),
                              (tr("&Downsizing risk:"), self.downsizing), (tr("&Savings:"), self.savings),
                              (tr("&Location:"), self.location), (tr("&Family:"), self.family), (tr("&Time:"), self.time)):
            form.addRow(label, widget)
        row = QHBoxLayout()
        row.addWidget(self.deadline)
        row.addStretch()
        form.addRow(self.has_deadline, row)
        self.add_error_label(self.layout())

    def load(self, a):
        s = a.situation
        self.organization.setText(s.current_organization)
        self.role.setText(s.current_role)
        for box, value in ((self.job_going, s.job_going), (self.happiness, s.happiness),
                           (self.raise_months, s.months_since_raise), (self.promotion, s.promotion_prospects),
                           (self.downsizing, s.downsizing_risk)):
            box.setValue(int(value))
        self.savings.setValue(float(s.savings_months))
        self.location.setText(s.constraint_location)
        self.family.setText(s.constraint_family)
        self.time.setText(s.constraint_time)
        today = self.wizard().today
        deadline = s.deadline if s.deadline and s.deadline >= today else None
        self.has_deadline.setChecked(deadline is not None)
        self.deadline.setEnabled(deadline is not None)
        self.deadline.setDate(to_qdate(deadline or today))

    def store(self, a):
        s = a.situation
        s.current_organization, s.current_role = self.organization.text().strip(), self.role.text().strip()
        s.job_going, s.happiness = self.job_going.value(), self.happiness.value()
        s.months_since_raise, s.promotion_prospects = self.raise_months.value(), self.promotion.value()
        s.downsizing_risk, s.savings_months = self.downsizing.value(), self.savings.value()
        s.constraint_location, s.constraint_family = self.location.text().strip(), self.family.text().strip()
        s.constraint_time = self.time.text().strip()
        s.deadline = self.deadline.date().toPython() if self.has_deadline.isChecked() else None


class OptionsPage(AnswersPage):
    def __init__(self, organizations: list[str], fields: list[str]):
        super().__init__()
        self.setTitle(tr("The three options"))
        self.setSubTitle(tr("Make each option concrete: what improving means, which field or role, which program."))
        layout = QVBoxLayout(self.scrolling_body())
        box_a = QGroupBox(tr("A. Improve in place"))
        self.improve_plan = line(tr("Improve in place: plan"), tr("e.g. push for the promotion"))
        QFormLayout(box_a).addRow(tr("&What you would do:"), self.improve_plan)
        box_b = QGroupBox(tr("B. Switch fields"))
        form_b = QFormLayout(box_b)
        self.switch_target = line(tr("Target field or role"), tr("e.g. UX research"), fields)
        self.switch_org = line(tr("Target organization"), tr("optional"), organizations)
        self.exploring = QCheckBox(tr("I &don't know yet what I'd switch to: help me explore"))
        self.exploring.setToolTip(tr("The next page proposes informational interviews with people in the fields "
                                     "your contacts work in, and a date to come back and choose."))
        self.exploring.toggled.connect(self.follow_exploring)
        form_b.addRow(tr("Target &field or role:"), self.switch_target)
        form_b.addRow(tr("Target o&rganization:"), self.switch_org)
        form_b.addRow(self.exploring)   # the whole row: a long sentence in German
        box_c = QGroupBox(tr("C. Go back to school"))
        form_c = QFormLayout(box_c)
        self.program = line(tr("Program"), tr("e.g. part-time HCI master's"))
        self.institution = line(tr("School"), tr("e.g. Lakeside University"), organizations)
        self.tuition = money(tr("Tuition, total"))
        self.full_time = spin(1, 120, tr("Months full-time"), tr(" months"))
        self.part_time = spin(1, 180, tr("Months part-time"), tr(" months"))
        self.income = money(tr("Your yearly income now"))
        self.expected = money(tr("Yearly income after graduating"), tr("cautious default (+10%)"))
        self.support = money(tr("Employer tuition support per year"))
        self.combined = QCheckBox(tr("Also weigh D, \u201cSchool, then switch\u201d: this program first, then the move in B"))
        self.combined.setAccessibleName(tr("Also weigh School, then switch"))
        for label, widget in ((tr("&Program:"), self.program), (tr("&School:"), self.institution),
                              (tr("T&uition (total):"), self.tuition), (tr("Length full-time:"), self.full_time),
                              (tr("Length part-time:"), self.part_time), (tr("&Income now (yearly):"), self.income),
                              (tr("Income &after (yearly):"), self.expected),
                              (tr("Employer suppor&t (yearly):"), self.support)):
            form_c.addRow(label, widget)
        form_c.addRow(self.combined)
        for box in (box_a, box_b, box_c):
            layout.addWidget(box)
        layout.addStretch()
        self.add_error_label(self.layout())

    def follow_exploring(self, exploring: bool) -> None:
        """Exploring: there is no target to name yet."""
        for edit in (self.switch_target, self.switch_org):
            edit.setEnabled(not exploring)

    def nextId(self) -> int:
        """The exploration page comes next only when exploring."""
        wizard = self.wizard()
        following = super().nextId()
        explore = getattr(wizard, "explore_page", None)
        if explore is not None and wizard.page(following) is explore and not self.exploring.isChecked():
            return explore.nextId()
        return following

    def load(self, a):
        c, s = a.choices, a.school
        self.improve_plan.setText(c.improve_plan)
        self.switch_target.setText(c.switch_target)
        self.switch_org.setText(c.switch_organization)
        self.exploring.setChecked(c.exploring)
        self.follow_exploring(c.exploring)
        self.program.setText(c.school_program)
        self.institution.setText(c.school_institution)
        self.tuition.setValue(s.tuition)
        self.full_time.setValue(s.months_full_time)
        self.part_time.setValue(s.months_part_time)
        self.income.setValue(s.current_income)
        self.expected.setValue(s.expected_income or 0)
        self.support.setValue(s.support_per_year)
        self.combined.setChecked(c.school_then_switch)

    def check(self) -> str:
        required = [(tr("the program (C)"), self.program)]
        if not self.exploring.isChecked():
            required.insert(0, (tr("the target field or role (B), or tick \u201cI don't know yet\u201d"), self.switch_target))
        missing = [name for name, edit in required if not edit.text().strip()]
        return tr("Please name {what}.").format(what=tr(" and ").join(missing)) if missing else ""

    def store(self, a):
        c, s = a.choices, a.school
        c.improve_plan, c.switch_target = self.improve_plan.text().strip(), self.switch_target.text().strip()
        c.switch_organization, c.school_program = self.switch_org.text().strip(), self.program.text().strip()
        c.exploring = self.exploring.isChecked()
        if c.exploring:   # the target stays unknown while exploring (a stale one would steer the advice)
            c.switch_target = c.switch_organization = ""
        c.school_institution = self.institution.text().strip()
        s.tuition, s.months_full_time, s.months_part_time = self.tuition.value(), self.full_time.value(), self.part_time.value()
        s.current_income, s.support_per_year = self.income.value(), self.support.value()
        s.expected_income = self.expected.value() or None
        c.school_then_switch = self.combined.isChecked()


class MustHavesPage(AnswersPage):
    COL_TEXT = 0   # then one column per option

    def __init__(self):
        super().__init__()
        self.setTitle(tr("Must-haves"))
        self.setSubTitle(tr("Conditions an option must meet. Tick the options that cannot meet one: "
                            "they are ruled out, not scored."))
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 1 + len(OPTIONS))
        self.table.setAccessibleName(tr("Must-haves"))
        self.table.setHorizontalHeaderLabels([tr("Must-have")] + [tr("Rules out {letter}").format(letter=OPTION_LETTERS[o])
                                                                  for o in OPTIONS])
        self.table.horizontalHeader().setSectionResizeMode(self.COL_TEXT, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        tick_rows(self.table)
        row = QHBoxLayout()
        self.new_text = line(tr("New must-have"), tr("e.g. no relocation, income must cover rent"))
        self.add_button = QPushButton(tr("&Add"))
        self.remove_button = QPushButton(tr("&Remove"))
        self.add_button.clicked.connect(self.add_from_line)
        self.new_text.returnPressed.connect(self.add_from_line)
        self.remove_button.clicked.connect(self.remove_selected)
        for w in (self.new_text, self.add_button, self.remove_button):
            row.addWidget(w)
        layout.addLayout(row)
        layout.addWidget(self.table)
        layout.addWidget(hint(" \u00b7 ".join(f"{OPTION_LETTERS[o]}: {tr(label)}" for o, label in OPTIONS.items())))
        self.add_error_label(layout)

    def add_row(self, text: str, blocks=()) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, self.COL_TEXT, QTableWidgetItem(text))
        for col, option in enumerate(OPTIONS, start=1):
            item = QTableWidgetItem()
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if option in blocks else Qt.CheckState.Unchecked)
            self.table.setItem(row, col, item)

    def add_from_line(self) -> None:
        text = self.new_text.text().strip()
        if text:
            self.add_row(text)
            self.new_text.clear()

    def remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)

    def load(self, a):
        self.table.setRowCount(0)
        for must in a.must_haves:
            self.add_row(must.text, must.blocks)

    def store(self, a):
        self.add_from_line()
        a.must_haves = []
        for row in range(self.table.rowCount()):
            text = self.table.item(row, self.COL_TEXT).text().strip()
            blocks = [o for col, o in enumerate(OPTIONS, start=1)
                      if self.table.item(row, col).checkState() == Qt.CheckState.Checked]
            if text:
                a.must_haves.append(MustHave(text, blocks))


class WeightsPage(AnswersPage):
    def __init__(self):
        super().__init__()
        self.setTitle(tr("What matters to you"))
        self.setSubTitle(tr("How much does each criterion matter, 0 (not at all) to 10? The shares on the right "
                            "are the weights used."))
        grid = QGridLayout(self)
        self.sliders: dict[str, QSlider] = {}
        self.shares: dict[str, QLabel] = {}
        for row, (key, (label, _default, meaning)) in enumerate(CRITERIA.items()):
            slider = QSlider(Qt.Orientation.Horizontal, minimum=0, maximum=IMPORTANCE_MAX, pageStep=1)
            slider.setTickPosition(QSlider.TickPosition.TicksBelow)
            slider.setAccessibleName(tr(label))
            slider.setToolTip(tr("5 means: {meaning}").format(meaning=tr(meaning)))
            slider.valueChanged.connect(self.update_shares)
            name = QLabel(tr(label) + ":")
            name.setBuddy(slider)
            share = QLabel()
            # As wide as its widest text, from the font (a fixed width cut it short in large fonts and German).
            share.setMinimumWidth(share.fontMetrics().horizontalAdvance(
                tr("{value}/10 \u2192 {share:.0f}%").format(value=IMPORTANCE_MAX, share=100)) + 4)
            grid.addWidget(name, row, 0)
            grid.addWidget(slider, row, 1)
            grid.addWidget(share, row, 2)
            self.sliders[key], self.shares[key] = slider, share
        self.add_error_label(grid)

    def importance(self) -> dict[str, int]:
        return {k: s.value() for k, s in self.sliders.items()}

    def update_shares(self) -> None:
        weights = normalize(self.importance())
        for key, label in self.shares.items():
            label.setText(tr("{value}/10 \u2192 {share:.0f}%").format(value=self.sliders[key].value(),
                                                                     share=weights[key] * 100))

    def load(self, a):
        for key, slider in self.sliders.items():
            slider.setValue(int(a.importance.get(key, 0)))
        self.update_shares()

    def store(self, a):
        a.importance = self.importance()


class ScoresPage(AnswersPage):
    def __init__(self):
        super().__init__()
        self.setTitle(tr("Score the options"))
        self.setSubTitle(tr("Give each option 1 (poor) to 5 (excellent) on each criterion. Network support is "
                            "scored from your advice notes."))
        self.grid = QGridLayout(self)
        self.boxes: dict[tuple[str, str], QSpinBox] = {}
        self.headers: dict[str, QLabel] = {}
        self.network: dict[str, QLabel] = {}
        for col, option in enumerate(ALL_OPTIONS, start=1):
            header = QLabel(f"<b>{OPTION_LETTERS[option]}. {tr(ALL_OPTIONS[option])}</b>", wordWrap=True)
            self.grid.addWidget(header, 0, col)
            self.headers[option] = header
        for row, (key, (label, _d, meaning)) in enumerate(CRITERIA.items(), start=1):
            name = QLabel(tr(label))
            name.setToolTip(tr("5 means: {meaning}").format(meaning=tr(meaning)))
            self.grid.addWidget(name, row, 0)
            for col, option in enumerate(ALL_OPTIONS, start=1):
                if key in COMPUTED_CRITERIA:
                    value = QLabel()
                    value.setAccessibleName(tr("{label} for {option}").format(label=tr(label), option=tr(ALL_OPTIONS[option])))
                    self.network[option] = value
                    self.grid.addWidget(value, row, col)
                    continue
                box = spin(1, 5, tr("{label} for {option}").format(label=tr(label), option=tr(ALL_OPTIONS[option])))
                box.setToolTip(tr("5 means: {meaning}").format(meaning=tr(meaning)))
                self.boxes[(option, key)] = box
                self.grid.addWidget(box, row, col)
        self.grid.setRowStretch(len(CRITERIA) + 1, 1)
        self.add_error_label(self.grid)

    def load(self, a):
        analysis = self.wizard().analysis()
        weighed = a.options()
        for option in ALL_OPTIONS:
            given = hand_scores(a, option)
            shown = option in weighed
            for (o, key), box in self.boxes.items():
                if o == option:
                    box.setValue(int(given[key]))
                    box.setVisible(shown)
            self.headers[option].setVisible(shown)
            self.network[option].setVisible(shown)
            if not shown:
                continue
            result = analysis.result.options[option]
            blocked = bool(result.blocked)
            for (o, _k), box in self.boxes.items():
                if o == option:
                    box.setEnabled(not blocked)
            derived = tr("<br/><small>unscored: from B and C</small>") if option == COMBINED else ""
            self.headers[option].setText(f"<b>{OPTION_LETTERS[option]}. {tr(ALL_OPTIONS[option])}</b>"
                                         + (f"<br/><i>{tr('ruled out')}</i>" if blocked else derived))
            self.headers[option].setToolTip("; ".join(result.blocked))
            self.network[option].setText(tr("{score:.1f} from advice").format(score=Local(result.scores["network"])))

    def store(self, a):
        for (option, key), box in self.boxes.items():
            if option != COMBINED:
                a.scores.setdefault(option, {})[key] = box.value()
        if COMBINED in a.options():
            # D keeps only what was scored by hand; the rest follows B and C as they change (scoring.DERIVED).
            a.scores[COMBINED] = {}
            derived = hand_scores(a, COMBINED)
            a.scores[COMBINED] = {k: box.value() for (o, k), box in self.boxes.items()
                                  if o == COMBINED and box.value() != derived[k]}


class GutPage(AnswersPage):
    def __init__(self):
        super().__init__()
        self.setTitle(tr("Gut check"))
        self.setSubTitle(tr("Before you see the result: which option does your gut pick, and how sure are you of your scores?"))
        layout = QVBoxLayout(self)
        self.group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        # Alt+B is Back's: the radios take a letter of their name instead of A-D.
        keyed = {"improve": tr("&Improve in place"), "switch": tr("&Switch fields"), "school": tr("Go back to sc&hool"),
                 COMBINED: tr("School, &then switch")}
        for option in list(ALL_OPTIONS) + [""]:
            text = f"{OPTION_LETTERS[option]}. {keyed[option]}" if option else tr("No &gut feeling")
            radio = QRadioButton(text)
            self.group.addButton(radio)
            self.radios[option] = radio
            layout.addWidget(radio)
        form = QFormLayout()
        self.confidence = QSlider(Qt.Orientation.Horizontal, minimum=1, maximum=5, pageStep=1)
        self.confidence.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.confidence.setAccessibleName(tr("Confidence in your scores"))
        self.confidence_label = QLabel()
        self.confidence.valueChanged.connect(lambda v: self.confidence_label.setText(tr("{v} of 5").format(v=v)))
        row = QHBoxLayout()
        row.addWidget(self.confidence)
        row.addWidget(self.confidence_label)
        label = QLabel(tr("Con&fidence in your scores:"))
        label.setBuddy(self.confidence)
        form.addRow(label, row)
        self.note = line(tr("Gut note"), tr("What do you feel when you imagine each choice?"))
        form.addRow(tr("N&ote:"), self.note)
        layout.addLayout(form)
        layout.addStretch()
        self.add_error_label(layout)

    def load(self, a):
        weighed = a.options()
        for option, radio in self.radios.items():
            radio.setVisible(not option or option in weighed)
        self.radios.get(a.gut_choice if a.gut_choice in weighed else "", self.radios[""]).setChecked(True)
        self.confidence.setValue(int(a.confidence))
        self.confidence_label.setText(tr("{v} of 5").format(v=self.confidence.value()))
        self.note.setText(a.gut_note)

    def store(self, a):
        a.gut_choice = next((o for o, r in self.radios.items() if r.isChecked() and r.isVisibleTo(self)), "")
        a.confidence = self.confidence.value()
        a.gut_note = self.note.text().strip()
