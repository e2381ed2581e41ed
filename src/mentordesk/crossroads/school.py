"""Whether going back to school pays for itself, and how many months that takes."""

from __future__ import annotations

import dataclasses as dc
import math

from mentordesk.crossroads.answers import SchoolCosts
from mentordesk.texts import T_

# Without the user's own figure we assume graduates earn only 10% more: optimistic
# brochures are the usual mistake, and a cautious number errs on the safe side.
CAUTIOUS_UPLIFT = 0.10


@dc.dataclass
class BreakEven:
    """The school option's money picture; months are counted from the first day of study."""

    expected_income: float
    cautious_default: bool
    cost_full_time: float
    cost_part_time: float
    months_full_time: float | None   # None: never pays back (no income gain)
    months_part_time: float | None

    def describe(self, months: float | None) -> str:
        """"about 4.5 years" / "never" for a break-even figure."""
        if months is None:
            return T_("never (no income gain expected)")
        if months < 24:
            return T_("about {months} months", months=math.ceil(months))
        return T_("about {years:.1f} years", years=months / 12)


def expected_income(costs: SchoolCosts) -> tuple[float, bool]:
    """The income after graduating: the user's figure, else the cautious default (and whether it was used)."""
    if costs.expected_income:
        return float(costs.expected_income), False
    return round(costs.current_income * (1 + CAUTIOUS_UPLIFT), 2), True


def break_even(costs: SchoolCosts) -> BreakEven:
    """Months from the start of study until the extra income has repaid tuition and income forgone.

    Full-time: you pay tuition and earn nothing while studying. Part-time: you keep your
    income, study for longer, and an employer may pay part of the tuition each year.
    """
    after, cautious = expected_income(costs)
    gain_per_month = (after - costs.current_income) / 12
    cost_full = costs.tuition + costs.current_income / 12 * costs.months_full_time
    support = costs.support_per_year * costs.months_part_time / 12
    cost_part = max(0.0, costs.tuition - support)

    def months(study_months: int, cost: float) -> float | None:
        if cost <= 0:
            return float(study_months)
        if gain_per_month <= 0:
            return None
        return study_months + cost / gain_per_month

    return BreakEven(
        expected_income=after, cautious_default=cautious,
        cost_full_time=round(cost_full, 2), cost_part_time=round(cost_part, 2),
        months_full_time=months(costs.months_full_time, cost_full),
        months_part_time=months(costs.months_part_time, cost_part),
    )
