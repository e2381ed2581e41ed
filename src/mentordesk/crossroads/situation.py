"""The Situation answers at work: caps on scores they contradict, warnings to confirm, the runway, and Plan Z.

- Downsizing risk 4 or 5 caps Improve in place's risk score (at 2 or 1) and always adds a Plan Z: the runway
  in months and three people to call first if you are laid off. A job going badly (1 or 2) caps it too.
- Full-time study longer than your savings caps the school options' risk score at 2; looking for a job longer
  than your savings caps the switch options' risk at 2. When study is not decided, a warning shows the
  runway ("runway 5 of 12 months") and offers a must-have instead.
- Scores that clash with the situation or the money (a high Improve income with low promotion prospects; School
  income 5 with a 35-year break-even) are warnings the user is asked to confirm; unconfirmed, they lower certainty.
"""

from __future__ import annotations

import dataclasses as dc

from mentordesk.crossroads.answers import COMBINED, Answers, MustHave, option_name
from mentordesk.crossroads.evidence import Advisor, TargetField
from mentordesk.texts import N_, P_, T_, translate

DOWNSIZING_HIGH = 4
RUNWAY_CAP = 2
HIGH_SCORE, LOW_SCORE = 4, 2
LONG_BREAK_EVEN_YEARS, SHORT_BREAK_EVEN_YEARS = 10, 3
UNCONFIRMED_PENALTY, UNCONFIRMED_MAX = 0.05, 0.15
PLAN_Z_PEOPLE = 3


@dc.dataclass
class Cap:
    """The situation allows at most `most` for this option's criterion."""

    option: str
    criterion: str
    most: int
    reason: str


@dc.dataclass
class Caution:
    """Something in the answers to look at; `confirm`: the user is asked to confirm the score (or change it)."""

    key: str
    text: str
    confirm: bool = False
    confirmed: bool = False
    offer: MustHave | None = None     # a must-have the user may add


@dc.dataclass
class PlanZ:
    """If you are laid off: how long the savings last and whom to call first."""

    runway_months: float
    people: list[dict]               # {"person_id", "name", "why"}
    text: str


def _full_time_planned(answers: Answers) -> bool:
    return answers.school.study_mode == "full_time"


def caps(answers: Answers) -> list[Cap]:
    """The score caps the situation imposes, strictest first per option and criterion."""
    s, found = answers.situation, []
    if s.downsizing_risk >= DOWNSIZING_HIGH:
        found.append(Cap("improve", "risk", 6 - s.downsizing_risk,
                         T_("downsizing risk {risk} of 5: staying is not low-risk", risk=s.downsizing_risk)))
    if s.job_going <= 2:
        found.append(Cap("improve", "risk", s.job_going + 1, T_("your job is going badly ({going} of 5)",
                                                                going=s.job_going)))
    school_like = ("school", COMBINED)
    if _full_time_planned(answers) and s.savings_months < answers.school.months_full_time:
        for option in school_like:
            found.append(Cap(option, "risk", RUNWAY_CAP, T_("runway {savings:g} of {months} months of full-time study",
                                                             savings=s.savings_months,
                                                             months=answers.school.months_full_time)))
    search = float(answers.money.search_months)
    if search > s.savings_months:
        for option in ("switch", COMBINED):
            found.append(Cap(option, "risk", RUNWAY_CAP, T_("runway {savings:g} of {months:g} months of job search",
                                                             savings=s.savings_months, months=search)))
    return sorted(found, key=lambda c: (c.option, c.criterion, c.most))


def apply_caps(answers: Answers, scores: dict[str, dict[str, float]]) -> list[dict]:
    """Lower the capped scores in place; the changes made, for the result's explanation."""
    changes, done = [], set()
    for cap in caps(answers):
        if cap.option not in scores or (cap.option, cap.criterion) in done:
            continue
        done.add((cap.option, cap.criterion))
        given = scores[cap.option][cap.criterion]
        if given > cap.most:
            scores[cap.option][cap.criterion] = float(cap.most)
            changes.append({"option": cap.option, "criterion": cap.criterion, "given": given, "used": cap.most,
                            "reason": cap.reason})
    return changes


SHORT_NAMES = {"switch": N_("Switch"), "school": N_("School")}  # in a sentence; the others by their names


def _label(answers: Answers, option: str) -> str:
    return translate(SHORT_NAMES[option]) if option in SHORT_NAMES else option_name(option)


def find_warnings(answers: Answers, money=None) -> list[Caution]:
    """What in the answers clashes with the situation or the money (money: a money.MoneyPicture or None)."""
    s, sc, found = answers.situation, answers.scores, []
    improve = sc.get("improve", {})
    if s.promotion_prospects <= LOW_SCORE and improve.get("income", 3) >= HIGH_SCORE:
        found.append(Caution("improve_income_promotion", T_(
            "You gave Improve in place income {score}, but rate your promotion prospects {prospects} of 5 and had no "
            "raise for {months} months. Confirm that score, or lower it.", score=improve["income"],
            prospects=s.promotion_prospects, months=s.months_since_raise) if s.months_since_raise >= 24 else T_(
            "You gave Improve in place income {score}, but rate your promotion prospects {prospects} of 5. Confirm "
            "that score, or lower it.", score=improve["income"], prospects=s.promotion_prospects), confirm=True))
    if s.happiness <= LOW_SCORE and improve.get("interest", 3) >= HIGH_SCORE:
        found.append(Caution("improve_interest_happiness", T_(
            "You are unhappy at work ({happiness} of 5) but gave Improve in place interest {score}. Confirm that "
            "improving would change that, or lower it.", happiness=s.happiness, score=improve["interest"]),
            confirm=True))
    full_time = answers.school.months_full_time
    school_named = bool(answers.choices.school_program or answers.school.tuition)
    if school_named and s.savings_months < full_time and answers.school.study_mode != "part_time":
        if _full_time_planned(answers):
            offer = MustHave(T_("Savings must cover full-time study ({savings:g} of {months} months)",
                                savings=s.savings_months, months=full_time),
                             ["school", COMBINED] if answers.choices.school_then_switch else ["school"])
        else:
            offer = MustHave(T_("Study part-time, keeping an income (savings cover {savings:g} of {months} months "
                                "full-time)", savings=s.savings_months, months=full_time), [])
        found.append(Caution("runway_school", T_("Runway {savings:g} of {months} months: your savings cover "
                                                 "{savings:g} of the {months} months of full-time study.",
                                                 savings=s.savings_months, months=full_time), offer=offer))
    search = float(answers.money.search_months)
    if search > s.savings_months:
        found.append(Caution("runway_switch", T_("Runway {savings:g} of {months:g} months: your savings run out "
                                                 "before the job search you expect is over.",
                                                 savings=s.savings_months, months=search),
                             offer=MustHave(T_("Find the new job before leaving this one"), [])))
    if money is not None and money.available:
        found += _money_checks(answers, money)
    for w in found:
        w.confirmed = w.confirm and w.key in answers.confirmed
    return found


def _money_checks(answers: Answers, money) -> list[Caution]:
    """Scores checked against the maths: a high income score where the money says otherwise, and the reverse."""
    found = []
    for option in ("school", COMBINED, "switch"):
        figures = money.options.get(option)
        score = answers.scores.get(option, {}).get("income")
        if figures is None or score is None:
            continue
        years, label = figures.break_even_years, _label(answers, option)
        if years is not None:
            when = T_("the break-even is {years:g} years", years=years) if option != "switch" else \
                T_("catching up with staying is {years:g} years", years=years)
        else:
            when = T_("the break-even is not reached within your {working} working years", working=money.working_years) \
                if option != "switch" else T_("catching up with staying is not reached within your {working} working "
                                               "years", working=money.working_years)
        if score >= HIGH_SCORE and (years is None or years > LONG_BREAK_EVEN_YEARS or figures.versus_staying < 0):
            found.append(Caution(f"{option}_income_maths", T_(
                "You gave {option} income {score}; {when} (discounted at {rate:g}%), and over your working years it "
                "comes to {versus:+,.0f} against staying. Confirm that score, or lower it.", option=label, score=score,
                when=when, rate=money.discount_rate * 100, versus=figures.versus_staying), confirm=True))
        elif score <= LOW_SCORE and years is not None and years <= SHORT_BREAK_EVEN_YEARS and figures.versus_staying > 0:
            found.append(Caution(f"{option}_income_maths", T_(
                "You gave {option} income {score}, but {when} and it comes to {versus:+,.0f} against staying. Confirm "
                "that score, or raise it.", option=label, score=score, when=when, versus=figures.versus_staying),
                confirm=True))
    return found


def certainty_penalty(found: list[Caution]) -> tuple[float, str]:
    """How much the unconfirmed warnings lower certainty, and the reason to show."""
    open_ = [w for w in found if w.confirm and not w.confirmed]
    if not open_:
        return 0.0, ""
    n = len(open_)
    return (min(UNCONFIRMED_MAX, UNCONFIRMED_PENALTY * n),
            P_(n, "{n} of your scores clashes with your situation or the money (confirm or change it)",
               "{n} of your scores clash with your situation or the money (confirm or change them)"))


def call_first(people: dict[int, Advisor], answers: Answers, ranked: list[Advisor] | None = None,
               field: TargetField | None = None) -> list[dict]:
    """Whom to call first if laid off: a recruiter, someone in the target field or organization, a mentor.

    People at your current organization (in the same boat) and people marked sensitive are left out.
    `ranked`: the people already in order (trust, knowing your situation, name); `field`: TargetField(answers).
    """
    org = answers.situation.current_organization.strip().lower()
    target_org = answers.choices.switch_organization.strip().lower()
    if ranked is None:
        ranked = sorted(people.values(), key=lambda a: (-a.trust, not a.knows_situation, a.name))
    field = field if field is not None else TargetField(answers)
    kinds = (
        (lambda a: "recruiter" in a.roles, T_("recruiter: knows who is hiring")),
        (lambda a: bool(target_org) and a.organization.strip().lower() == target_org,
         T_("works at {organization}", organization=answers.choices.switch_organization)),
        (lambda a: a in field, T_("works in {field}", field=answers.choices.switch_target)),
        (lambda a: a.knows_situation and any(r in a.roles for r in ("mentor", "coach", "former_manager")),
         T_("knows your work and will vouch for you")),
        (lambda a: a.knows_situation, T_("knows your situation")),
    )
    chosen: list[dict] = []
    for check, why in kinds:
        if len(chosen) >= PLAN_Z_PEOPLE:
            break
        person = next((a for a in ranked if check(a) and not a.sensitive
                       and not (org and a.organization.strip().lower() == org)
                       and all(c["person_id"] != a.person_id for c in chosen)), None)
        if person is not None:
            chosen.append({"person_id": person.person_id, "name": person.name, "why": why})
    return chosen


def plan_z(answers: Answers, people: list[dict]) -> PlanZ | None:
    """The fallback if you are laid off, whenever downsizing risk is high."""
    s = answers.situation
    if s.downsizing_risk < DOWNSIZING_HIGH:
        return None
    names = ", ".join(p["name"] for p in people) or T_("nobody outside your organization yet: add contacts")
    text = T_("Plan Z (downsizing risk {risk} of 5): your savings last {savings:g} months. If you are laid off, call "
              "first: {names}.", risk=s.downsizing_risk, savings=s.savings_months, names=names)
    return PlanZ(float(s.savings_months), people, text)
