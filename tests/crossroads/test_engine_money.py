"""Honest money (#20 Beyond 5): present value, raises you'd get anyway, not finishing, loans, a switch's dip and ramp.

Every expected figure here is worked out by hand from the model in crossroads/money.py.
"""

from __future__ import annotations

import pytest

from mentordesk.crossroads.answers import COMBINED, Answers
from mentordesk.crossroads.engine import evaluate
from mentordesk.crossroads.money import money_picture


def answers(income=50000.0, years=3, rate=0.0, raise_=0.0) -> Answers:
    a = Answers()
    a.school.current_income = income
    a.money.discount_rate, a.money.stay_raise = rate, raise_
    a.money.age, a.money.retirement_age = 67 - years, 67
    return a


def figure(picture, option, key):
    return next(f for f in picture.options[option].figures if f.key == key)


def test_staying_is_todays_pay_discounted_over_the_working_years_left():
    a = answers(years=10, rate=0.03)
    factor = sum(1.03 ** -t for t in range(1, 11))                 # 8.5302
    picture = money_picture(a)
    assert picture.working_years == 10
    assert picture.options["improve"].present_value == pytest.approx(50000 * factor, abs=0.01)
    assert "\u00f7 1.03^year" in figure(picture, "improve", "present_value").formula


def test_raises_you_would_get_anyway_count_for_staying():
    picture = money_picture(answers(years=2, rate=0.03, raise_=0.02))
    assert picture.options["improve"].present_value == pytest.approx(50000 / 1.03 + 51000 / 1.03 ** 2, abs=0.01)
    a = answers(years=2)
    a.money.stay_raise = None                                      # read from the situation
    a.situation.promotion_prospects, a.situation.months_since_raise = 1, 30
    assert money_picture(a).stay_raise == 0.0
    a.situation.promotion_prospects = 5
    assert money_picture(a).stay_raise == 0.02


def test_full_time_school_counts_tuition_pay_forgone_and_the_chance_of_not_finishing():
    a = answers(years=3)
    a.school.tuition, a.school.expected_income, a.school.months_full_time = 20000, 60000, 12
    a.school.study_mode, a.school.completion_chance = "full_time", 1.0
    picture = money_picture(a)
    school = picture.options["school"]
    assert school.present_value == pytest.approx(-20000 + 0 + 60000 + 60000)
    assert school.versus_staying == pytest.approx(100000 - 150000)
    assert school.break_even_years is None                         # 70,000 behind, 10,000 a year back: not in 3
    a.school.completion_chance = 0.5
    # stopping halfway: 10,000 tuition, six months unpaid, then today's pay: 25,000 + 50,000 + 50,000 - 10,000
    half = money_picture(a).options["school"]
    assert figure(money_picture(a), "school", "pv_dropout").value == pytest.approx(115000)
    assert half.present_value == pytest.approx(0.5 * 100000 + 0.5 * 115000)
    assert "50% \u00d7 100,000 + 50% \u00d7 115,000" in figure(money_picture(a), "school", "present_value").formula


def test_part_time_school_keeps_pay_and_subtracts_employer_support_and_breaks_even():
    a = answers(years=5)
    a.school.tuition, a.school.expected_income, a.school.months_part_time = 20000, 60000, 12
    a.school.support_per_year, a.school.study_mode, a.school.completion_chance = 5000, "part_time", 1.0
    school = money_picture(a).options["school"]
    assert figure(money_picture(a), "school", "tuition").value == 15000
    assert school.present_value == pytest.approx(-15000 + 50000 + 4 * 60000)
    assert school.break_even_years == pytest.approx(2.5)           # 10,000 more a year from year 2: 15,000 by mid-year 3


def test_a_loan_adds_its_interest():
    a = answers(years=5)
    a.school.tuition, a.school.expected_income, a.school.study_mode, a.school.completion_chance = 10000, 50000, "part_time", 1.0
    a.school.loan_amount, a.school.loan_rate, a.school.loan_years = 10000, 0.05, 2
    payment = 10000 * 0.05 / (1 - 1.05 ** -2)                     # 5,378.05
    picture = money_picture(a)
    assert figure(picture, "school", "loan_interest").value == pytest.approx(2 * payment - 10000)
    assert picture.options["school"].present_value == pytest.approx(5 * 50000 - 2 * payment)


def test_switching_has_a_pay_dip_and_a_ramp():
    a = answers(years=4)
    a.money.switch_income, a.money.switch_dip, a.money.switch_ramp_years = 60000, 0.2, 2
    picture = money_picture(a)
    switch = picture.options["switch"]
    assert figure(picture, "switch", "first_year").value == pytest.approx(40000)
    assert switch.present_value == pytest.approx(40000 + 50000 + 60000 + 60000)
    assert switch.versus_staying == pytest.approx(210000 - 200000)
    assert switch.break_even_years == pytest.approx(3.0)          # -10,000, +0, +10,000: even at the end of year 3
    a.money.search_months = 6
    assert figure(money_picture(a), "switch", "first_year").value == pytest.approx(20000)


def test_school_then_switch_is_priced_and_every_figure_explains_itself():
    a = answers(years=30, rate=0.03)
    a.choices.school_then_switch = True
    a.school.tuition, a.money.switch_income = 25000, 70000
    result = evaluate(a, [])
    assert set(result.money.options) == {"improve", "switch", "school", COMBINED}
    assert set(result.ranking) == {"improve", "switch", "school", COMBINED}
    for option in result.money.options.values():
        for f in option.figures:
            assert f.formula and f.label, (option.option, f.key)
    assert [f.key for f in result.money.assumptions] == ["discount_rate", "stay_raise", "working_years"]


def test_no_income_means_no_money_figures_and_says_why():
    picture = money_picture(Answers())
    assert not picture.available and "income" in picture.note
