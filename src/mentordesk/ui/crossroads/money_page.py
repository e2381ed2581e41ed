"""The wizard's money page: the assumptions behind the present values (crossroads.money), each with a default."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QFormLayout, QGridLayout, QGroupBox, QSpinBox, QVBoxLayout

from mentordesk.ui.crossroads.pages import AnswersPage, hint, money, tr

STUDY_MODES = {"": "not decided", "full_time": "full-time", "part_time": "part-time"}


def percent(name: str, low: float, high: float, special: str = "") -> QDoubleSpinBox:
    box = QDoubleSpinBox(minimum=low, maximum=high, decimals=1, singleStep=0.5, suffix=" %")
    box.setAccessibleName(name)
    if special:
        box.setSpecialValueText(special)
    return box


def count(name: str, low: int, high: int, suffix: str, special: str = "") -> QSpinBox:
    box = QSpinBox(minimum=low, maximum=high, suffix=suffix)
    box.setAccessibleName(name)
    if special:
        box.setSpecialValueText(special)
    return box


class MoneyPage(AnswersPage):
    """Raises, dropping out, loans, the switch's dip and ramp, the discount rate and working years."""

    def __init__(self):
        super().__init__()
        self.setTitle(tr("The money"))
        self.setSubTitle(tr("What the money figures assume. The defaults are cautious; change what you know better. "
                            "On the result page each figure shows its formula when you hover it."))
        outer = QVBoxLayout(self.scrolling_body())
        grid = QGridLayout()
        stay, school, switch, life = (QGroupBox(tr(t)) for t in (
            "A. Staying", "C. Going back to school", "B. Switching", "Over your working life"))
        self.stay_raise = percent(tr("Raises you'd get anyway"), -1, 15, tr("from your situation"))
        QFormLayout(stay).addRow(tr("Raises you'd get anyway:"), self.stay_raise)
        form = QFormLayout(school)
        self.study_mode = QComboBox()
        self.study_mode.setAccessibleName(tr("Full-time or part-time study"))
        for key, label in STUDY_MODES.items():
            self.study_mode.addItem(tr(label), key)
        self.completion = percent(tr("Chance of finishing"), 5, 100)
        self.loan = money(tr("Loan for tuition"))
        self.loan_rate = percent(tr("Loan interest"), 0, 25)
        self.loan_years = count(tr("Loan repaid over"), 1, 30, tr(" years"))
        for label, widget in ((tr("Study:"), self.study_mode), (tr("Chance of finishing:"), self.completion),
                              (tr("Loan:"), self.loan), (tr("Loan interest (yearly):"), self.loan_rate),
                              (tr("Repaid over:"), self.loan_years)):
            form.addRow(label, widget)
        form = QFormLayout(switch)
        self.switch_income = money(tr("Yearly pay once settled in the new field"), tr("today's pay"))
        self.dip = percent(tr("First-year pay cut"), 0, 90)
        self.ramp = count(tr("Years back up to the settled pay"), 0, 15, tr(" years"))
        self.search = QDoubleSpinBox(minimum=0, maximum=36, decimals=1, suffix=tr(" months"))
        self.search.setAccessibleName(tr("Months of job search without pay"))
        for label, widget in ((tr("Pay once settled (yearly):"), self.switch_income), (tr("First-year pay cut:"), self.dip),
                              (tr("Back to settled pay in:"), self.ramp), (tr("Job search without pay:"), self.search)):
            form.addRow(label, widget)
        form = QFormLayout(life)
        self.discount = percent(tr("Discount rate, real"), 0, 15)
        self.age = count(tr("Your age"), 14, 80, tr(" years"), tr("not given (30 working years)"))
        self.retirement = count(tr("Retirement age"), 40, 85, tr(" years"))
        for label, widget in ((tr("Discount rate (real):"), self.discount), (tr("Your age:"), self.age),
                              (tr("Retirement age:"), self.retirement)):
            form.addRow(label, widget)
        grid.addWidget(stay, 0, 0)
        grid.addWidget(life, 1, 0)
        grid.addWidget(switch, 0, 1)
        grid.addWidget(school, 1, 1)
        outer.addLayout(grid)
        outer.addWidget(hint(tr("Present values count each year's pay in today's money, divided by (1 + discount "
                                "rate) per year, over your working years; 3% is what FREOPP's school-ROI studies use.")))
        outer.addStretch()
        self.add_error_label(self.layout())

    def load(self, a):
        m, s = a.money, a.school
        self.stay_raise.setValue(-1 if m.stay_raise is None else m.stay_raise * 100)
        self.study_mode.setCurrentIndex(max(0, self.study_mode.findData(s.study_mode)))
        self.completion.setValue(s.completion_chance * 100)
        self.loan.setValue(s.loan_amount)
        self.loan_rate.setValue(s.loan_rate * 100)
        self.loan_years.setValue(s.loan_years)
        self.switch_income.setValue(m.switch_income or 0)
        self.dip.setValue(m.switch_dip * 100)
        self.ramp.setValue(m.switch_ramp_years)
        self.search.setValue(m.search_months)
        self.discount.setValue(m.discount_rate * 100)
        self.age.setValue(m.age or self.age.minimum())
        self.retirement.setValue(m.retirement_age)

    def check(self) -> str:
        if self.age.value() != self.age.minimum() and self.age.value() >= self.retirement.value():
            return tr("Your age ({age}) is at or past the retirement age ({retire}): change one of them.").format(
                age=self.age.value(), retire=self.retirement.value())
        return ""

    def store(self, a):
        m, s = a.money, a.school
        m.stay_raise = None if self.stay_raise.value() == self.stay_raise.minimum() else round(self.stay_raise.value() / 100, 4)
        s.study_mode = self.study_mode.currentData()
        s.completion_chance = round(self.completion.value() / 100, 4)
        s.loan_amount, s.loan_rate, s.loan_years = self.loan.value(), round(self.loan_rate.value() / 100, 4), self.loan_years.value()
        m.switch_income = self.switch_income.value() or None
        m.switch_dip, m.switch_ramp_years = round(self.dip.value() / 100, 4), self.ramp.value()
        m.search_months = self.search.value()
        m.discount_rate = round(self.discount.value() / 100, 4)
        m.age = None if self.age.value() == self.age.minimum() else self.age.value()
        m.retirement_age = self.retirement.value()
