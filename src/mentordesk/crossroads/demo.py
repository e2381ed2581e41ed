"""One finished decision for the demo network, made from the demo's own advice."""

from __future__ import annotations

import datetime as dt

from mentordesk.crossroads.answers import Answers, MustHave
from mentordesk.crossroads.service import analyse, save_decision

# A close call, so the result page has changes that would flip it: switching pays less at first (the money page
# shows a dip) and is riskier on five months of savings, but it is the work she wants.
SCORES = {
    "improve": dict(income=3, interest=2, skills=4, preparation=5, time=3, risk=2, life=4),
    "switch": dict(income=2, interest=5, skills=4, preparation=3, time=3, risk=2, life=4),
    "school": dict(income=3, interest=4, skills=3, preparation=1, time=1, risk=3, life=2),
}


def demo_answers(today: dt.date) -> Answers:
    """The demo story's answers: a stalled marketing coordinator weighing UX research or an HCI master's."""
    a = Answers()
    s = a.situation
    s.current_organization, s.current_role = "Harbor Logistics", "Marketing Coordinator"
    s.job_going, s.happiness, s.months_since_raise = 2, 2, 26
    s.promotion_prospects, s.downsizing_risk, s.savings_months = 1, 4, 5
    s.constraint_location = "Stay in the city: partner's job is here"
    s.constraint_time = "Two free evenings a week"
    s.deadline = today + dt.timedelta(days=75)
    c = a.choices
    c.improve_plan = "Push for the promotion to Marketing Manager"
    c.switch_target, c.switch_organization = "UX research", "Brightline Health"
    c.school_program, c.school_institution = "Part-time HCI master's", "Lakeside University"
    a.school.tuition, a.school.current_income, a.school.support_per_year = 32000, 58000, 5250
    a.school.study_mode = "part_time"
    a.must_haves = [MustHave("No relocation", []), MustHave("Income must cover rent every month", [])]
    a.importance.update(income=8, interest=9, skills=6, preparation=4, time=5, risk=6, life=7, network=6)
    for option, scores in SCORES.items():
        a.scores[option].update(scores)
    a.gut_choice, a.confidence = "switch", 4
    a.gut_note = "Relief when I imagine telling Tom I'm moving into research."
    return a


def create_demo_decision(today: dt.date | None = None) -> None:
    """Save the demo decision with its default plan, as if the user had clicked Finish."""
    today = today or dt.date.today()
    answers = demo_answers(today)
    analysis = analyse(answers, today)
    chosen = analysis.result.top
    suggested = analysis.plan(chosen, today)
    save_decision(answers, chosen, [i for i in suggested if i.checked], today + dt.timedelta(days=60),
                  note="Decided after the coaching session with Daniel.", suggested=suggested, today=today)
