"""Honest money for the options: present value of pay over the working years left, with the costs people forget.

Model (all amounts yearly and real, i.e. in today's money; checkable by hand):
- Every path is pay per month. Year t (1, 2, ...) sums its twelve months and is divided by (1 + r)^t,
  r the discount rate (3% by default, as FREOPP's school-ROI studies use). Costs paid now are not discounted.
- Improve in place: today's pay, rising by the raises you would get anyway (Money.stay_raise; without a figure
  read from the situation: 2% if promotion is likely, 0% if it is unlikely and the last raise is two years old,
  else 1%).
- Going back to school: tuition now (less employer support when part-time), no pay while studying full-time or
  today's pay while studying part-time, then the income after graduating rising by the same raises. You may not
  finish: the expected value weighs finishing by its chance against stopping halfway (half the tuition and time
  spent, then today's path). A loan is repaid in equal yearly payments from year 1, finished or not.
- Switching: months without pay while looking, then a first-year pay dip, ramping back up to the settled pay
  over a few years, then the same raises.
- School, then switch: the school's costs and study, then the switch's dip and ramp from graduation.
Each figure carries the formula with its numbers (`Figure.formula`, shown on hover).
"""

from __future__ import annotations

import dataclasses as dc
import math

from mentordesk.crossroads.answers import COMBINED, Answers, option_name
from mentordesk.crossroads.school import expected_income
from mentordesk.texts import T_, number_text

DEFAULT_WORKING_YEARS = 30
RAISE_LIKELY, RAISE_USUAL, RAISE_STALLED = 0.02, 0.01, 0.0


@dc.dataclass
class Figure:
    """One money figure, with the formula that produced it (for a tooltip)."""

    key: str
    label: str
    value: float | None
    unit: str            # "money", "years", "share", "months"
    formula: str

    @property
    def text(self) -> str:
        return describe(self.value, self.unit)


@dc.dataclass
class OptionMoney:
    option: str
    present_value: float           # expected present value of pay minus costs over the working years
    versus_staying: float          # present_value minus improving in place's
    break_even_years: float | None  # when the discounted extra pay has repaid the cost; None: not within the years
    figures: list[Figure]


@dc.dataclass
class MoneyPicture:
    """The money figures of every option weighed, or why there are none."""

    available: bool
    note: str
    discount_rate: float = 0.03
    working_years: int = DEFAULT_WORKING_YEARS
    stay_raise: float = RAISE_USUAL
    assumptions: list[Figure] = dc.field(default_factory=list)
    options: dict[str, OptionMoney] = dc.field(default_factory=dict)


def describe(value: float | None, unit: str) -> str:
    if value is None:
        return T_("never")
    if unit == "money":
        return number_text(f"{'-' if value < 0 else ''}{abs(value):,.0f}")
    if unit == "share":
        return number_text(f"{value * 100:.1f}%".replace(".0%", "%"))
    if unit == "years":
        return T_("{years:g} years", years=value) if float(value).is_integer() else T_("{years:.1f} years", years=value)
    return T_("{months:g} months", months=value)


def _m(value: float) -> str:
    return describe(value, "money")


def _pct(value: float) -> str:
    return describe(value, "share")


def stay_raise(answers: Answers) -> tuple[float, str]:
    """The yearly real raise by staying, and where it comes from."""
    given = answers.money.stay_raise
    if given is not None:
        return float(given), T_("your figure")
    s = answers.situation
    if s.promotion_prospects <= 2 and s.months_since_raise >= 24:
        return RAISE_STALLED, T_("promotion unlikely ({prospects} of 5) and no raise for {months} months",
                                 prospects=s.promotion_prospects, months=s.months_since_raise)
    if s.promotion_prospects >= 4:
        return RAISE_LIKELY, T_("promotion likely ({prospects} of 5)", prospects=s.promotion_prospects)
    return RAISE_USUAL, T_("a usual real raise")


def working_years(answers: Answers) -> tuple[int, str]:
    m = answers.money
    if m.age:
        return max(1, int(m.retirement_age) - int(m.age)), T_("{retirement} \u2212 age {age}", retirement=m.retirement_age,
                                                             age=m.age)
    return DEFAULT_WORKING_YEARS, T_("assumed (give your age to use yours)")


class _Model:
    """Monthly pay paths turned into discounted yearly sums."""

    def __init__(self, answers: Answers):
        self.a = answers
        self.r = float(answers.money.discount_rate)
        self.g, self.g_why = stay_raise(answers)
        self.years, self.years_why = working_years(answers)
        self.now = float(answers.school.current_income)

    def grown(self, level: float, months_in: float) -> float:
        """Monthly pay of a yearly `level`, raised once for every full year since the path's start."""
        return level / 12 * (1 + self.g) ** math.floor(months_in / 12)

    def yearly(self, pay) -> list[float]:
        return [sum(pay(m) for m in range(12 * (t - 1), 12 * t)) for t in range(1, self.years + 1)]

    def pv(self, flows: list[float]) -> float:
        return sum(f / (1 + self.r) ** t for t, f in enumerate(flows, start=1))

    def stay(self, m: int) -> float:
        return self.grown(self.now, m)

    def switch_pay(self, k: float) -> float:
        """Pay k months after leaving for the new field: search, dip, ramp, raises."""
        mo = self.a.money
        search = max(0.0, float(mo.search_months))
        if k < search:
            return 0.0
        settled = float(mo.switch_income) if mo.switch_income else self.now
        start = self.now * (1 - float(mo.switch_dip))
        year = math.floor((k - search) / 12)
        ramp = int(mo.switch_ramp_years)
        level = settled if ramp <= 0 else start + (settled - start) * min(1.0, year / ramp)
        return self.grown(level, k - search)

    def switch_text(self) -> str:
        mo = self.a.money
        settled = float(mo.switch_income) if mo.switch_income else self.now
        search = T_("{months:g} months without pay, then ", months=mo.search_months) if mo.search_months else ""
        return search + T_("{start} ({now} less a {dip} dip), rising evenly to {settled} over {ramp} years, then "
                           "+{raise_} a year", start=_m(self.now * (1 - mo.switch_dip)), now=_m(self.now),
                           dip=_pct(mo.switch_dip), settled=_m(settled), ramp=mo.switch_ramp_years, raise_=_pct(self.g))

    def break_even(self, flows: list[float], cost_now: float) -> float | None:
        """Years until the discounted extra pay over staying repays the cost (linear within the year)."""
        base = self.yearly(self.stay)
        owed = cost_now
        for t, (f, b) in enumerate(zip(flows, base), start=1):
            gain = (f - b) / (1 + self.r) ** t
            if gain > 0 and owed - gain <= 0:
                return round(t - 1 + (owed / gain if owed > 0 else 0.0), 1)
            owed -= gain
        return None if owed > 0 else 0.0


def _school(model: _Model, option: str) -> OptionMoney:
    """School (or school, then switch): tuition, study, chance of not finishing, loan, then the income after."""
    a, c = model.a, model.a.school
    mode = c.study_mode or ("full_time" if a.situation.savings_months >= c.months_full_time else "part_time")
    mode_why = "" if c.study_mode else (T_(" (not decided: your savings cover full-time)") if mode == "full_time"
                                        else T_(" (not decided: your savings don't cover full-time)"))
    months = int(c.months_full_time if mode == "full_time" else c.months_part_time)
    support = float(c.support_per_year) * months / 12 if mode == "part_time" else 0.0
    tuition = max(0.0, float(c.tuition) - support)
    after, cautious = expected_income(c)
    studying = (lambda m: 0.0) if mode == "full_time" else model.stay
    if option == COMBINED:
        def finish(m):
            return studying(m) if m < months else model.switch_pay(m - months)
        after_text = T_("then {path}", path=model.switch_text())
    else:
        def finish(m):
            return studying(m) if m < months else model.grown(after, m - months)
        after_text = T_("then {pay} a year (cautious default: +10%), +{raise_} a year", pay=_m(after), raise_=_pct(model.g)) \
            if cautious else T_("then {pay} a year, +{raise_} a year", pay=_m(after), raise_=_pct(model.g))

    def dropout(m):
        return studying(m) if m < months / 2 else model.stay(m)

    loan = min(float(c.loan_amount), tuition)
    rate, n = float(c.loan_rate), max(1, int(c.loan_years))
    payment = (loan * rate / (1 - (1 + rate) ** -n) if rate else loan / n) if loan else 0.0
    repay = [payment if t <= n else 0.0 for t in range(1, model.years + 1)]
    drop_loan = min(loan, tuition / 2)          # stopping halfway, you borrow for the half you spent
    drop_repay = [r * (drop_loan / loan) if loan else 0.0 for r in repay]
    finish_flows = [p - r for p, r in zip(model.yearly(finish), repay)]
    drop_flows = [p - r for p, r in zip(model.yearly(dropout), drop_repay)]
    pv_finish = model.pv(finish_flows) - (tuition - loan)
    pv_drop = model.pv(drop_flows) - (tuition / 2 - drop_loan)
    chance = min(1.0, max(0.0, float(c.completion_chance)))
    expected = chance * pv_finish + (1 - chance) * pv_drop
    how = T_("full-time, no pay") if mode == "full_time" else T_("part-time, keeping {pay} a year", pay=_m(model.now))
    study = T_("{months} months {how}", months=months, how=how) + mode_why
    net = (T_("{tuition} \u2212 employer support {support} \u00d7 {years:g} years = {net}", tuition=_m(float(c.tuition)),
              support=_m(float(c.support_per_year)), years=months / 12, net=_m(tuition)) if support else f"{_m(tuition)}")
    disc = T_("each year \u00f7 {base:g}^year", base=1 + model.r)
    figures = [
        Figure("tuition", T_("Tuition you pay"), tuition, "money", net),
        Figure("pv_finish", T_("Present value if you finish"), pv_finish, "money",
               (T_("{study}; {after}; {discount}; less tuition paid now ({paid}) and the loan payments", study=study,
                   after=after_text, discount=disc, paid=_m(tuition - loan)) if loan else
                T_("{study}; {after}; {discount}; less tuition paid now ({paid})", study=study, after=after_text,
                   discount=disc, paid=_m(tuition - loan)))),
        Figure("pv_dropout", T_("Present value if you stop halfway"), pv_drop, "money",
               T_("half the study ({months:g} months), half the tuition, then today's path; {discount}",
                  months=months / 2, discount=disc)),
        Figure("completion", T_("Chance of finishing"), chance, "share", T_("your figure (85% unless you give one)")),
        Figure("present_value", T_("Expected present value"), expected, "money",
               f"{_pct(chance)} \u00d7 {_m(pv_finish)} + {_pct(1 - chance)} \u00d7 {_m(pv_drop)}"),
    ]
    if loan:
        interest = payment * n - loan
        figures.append(Figure("loan_interest", T_("Loan interest"), interest, "money",
                              T_("payment = {loan} \u00d7 {rate} \u00f7 (1 \u2212 (1 + {rate})^\u2212{n}) = {payment} a "
                                 "year; interest = {n} \u00d7 {payment} \u2212 {loan}", loan=_m(loan), rate=_pct(rate), n=n,
                                 payment=_m(payment))))
    years = model.break_even(model.yearly(finish), tuition + (model.pv(repay) - loan if loan else 0.0))
    figures.append(Figure("break_even", T_("Break-even (discounted)"), years, "years",
                          T_("first time the discounted extra pay over staying ({discount}) has repaid the tuition",
                             discount=disc) + ("" if years is not None else T_("; not within {years} working years",
                                                                               years=model.years))))
    return OptionMoney(option, round(expected, 2), 0.0, years, figures)


def _switch(model: _Model) -> OptionMoney:
    flows = model.yearly(model.switch_pay)
    pv = model.pv(flows)
    years = model.break_even(flows, 0.0)
    first = flows[0] if flows else 0.0
    mo = model.a.money
    paid = 12 - min(12.0, float(mo.search_months))
    figures = [
        Figure("first_year", T_("Pay in the first year"), first, "money",
               T_("{paid:g} months of {start} a year ({now} less a {dip} dip) \u00f7 12 \u00d7 {paid:g}", paid=paid,
                  start=_m(model.now * (1 - mo.switch_dip)), now=_m(model.now), dip=_pct(mo.switch_dip))),
        Figure("present_value", T_("Present value"), pv, "money",
               T_("{path}; each year \u00f7 {base:g}^year, over {years} years", path=model.switch_text(), base=1 + model.r,
                  years=model.years)),
        Figure("break_even", T_("Catches up with staying"), years, "years",
               T_("first time the discounted pay since switching exceeds staying's")
               + ("" if years is not None else T_("; not within {years} working years", years=model.years))),
    ]
    return OptionMoney("switch", round(pv, 2), 0.0, years, figures)


def money_picture(answers: Answers) -> MoneyPicture:
    """Present values and their formulas for every option weighed (nothing without today's income)."""
    if not answers.school.current_income:
        return MoneyPicture(False, T_("Enter your yearly income (option C) to see the money figures."))
    model = _Model(answers)
    stay_flows = model.yearly(model.stay)
    stay_pv = model.pv(stay_flows)
    options = {"improve": OptionMoney("improve", round(stay_pv, 2), 0.0, None, [
        Figure("present_value", T_("Present value"), stay_pv, "money",
               T_("{pay} a year, +{raise_} a year (raises you'd get anyway: {why}); each year \u00f7 {base:g}^year, over "
                  "{years} years", pay=_m(model.now), raise_=_pct(model.g), why=model.g_why, base=1 + model.r,
                  years=model.years))])}
    options["switch"] = _switch(model)
    options["school"] = _school(model, "school")
    if COMBINED in answers.options():
        options[COMBINED] = _school(model, COMBINED)
    for item in options.values():
        item.versus_staying = round(item.present_value - stay_pv, 2)
        if item.option != "improve":
            item.figures.append(Figure("versus_staying", T_("Compared with staying"), item.versus_staying, "money",
                                       T_("{value} \u2212 {staying} (improve in place)", value=_m(item.present_value),
                                          staying=_m(stay_pv))))
    assumptions = [
        Figure("discount_rate", T_("Discount rate (real)"), model.r, "share", T_("your figure (3% unless you give one)")),
        Figure("stay_raise", T_("Raises you'd get anyway"), model.g, "share", model.g_why),
        Figure("working_years", T_("Working years left"), model.years, "years", model.years_why),
    ]
    return MoneyPicture(True, "", model.r, model.years, model.g, assumptions,
                        {o: options[o] for o in answers.options() if o in options})


def summary(money: MoneyPicture | dict | None) -> str:
    """One sentence for a summary: each option against staying and when it pays off, the very figures of the
    money page (a stored decision's money is a dict). "" when there are none."""
    m = dc.asdict(money) if isinstance(money, MoneyPicture) else money
    if not m or not m.get("available"):
        return ""
    parts = []
    for option, o in m["options"].items():
        if option == "improve":
            continue
        versus, years = o["versus_staying"], o["break_even_years"]
        shown = None if years is None else number_text(f"{years:g}" if float(years).is_integer() else f"{years:.1f}")
        if option == "switch":
            when = T_("never catches up") if years is None else T_("catches up after {years} years", years=shown)
        else:
            when = T_("never breaks even") if years is None else T_("breaks even after {years} years", years=shown)
        parts.append(T_("{option} {versus} against staying ({when})", option=option_name(option),
                        versus=("+" if versus > 0 else "") + describe(versus, "money"), when=when))
    return T_("In today's money over {years} working years (discounted at {rate:g}% a year): {options}.",
              years=m["working_years"], rate=m["discount_rate"] * 100, options="; ".join(parts))
