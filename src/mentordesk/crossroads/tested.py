"""Tested evidence: advice you acted on and saw the outcome of is a result, so it counts above opinion and never fades.

An advice note is tested when `acted_on` is ticked and an `outcome` is written (the Crossroads gate records
each assumption test's result this way). Its stance says what the test showed: for the option, or against it.
"""

from __future__ import annotations

from mentordesk.texts import T_

# Above the most any opinion can weigh (trust 5 of 5, knows your situation, works in the field: 1.5).
TESTED_WEIGHT = 2.0


def is_tested(acted_on: bool, outcome: str | None) -> bool:
    """Whether an advice note records a result rather than an opinion."""
    return bool(acted_on) and bool((outcome or "").strip())


def tested_reasons(outcome: str) -> list[str]:
    """Why a tested note weighs what it does, for the evidence page and the report."""
    return [T_("tested: {outcome}", outcome=outcome.strip()), T_("a result, not an opinion: counts double and does not fade")]
