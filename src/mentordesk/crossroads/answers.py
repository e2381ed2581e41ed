"""What the user tells the Crossroads wizard, as plain data that round-trips through JSON."""

from __future__ import annotations

import dataclasses as dc
import datetime as dt
from typing import Any

from mentordesk.texts import T_, word

OPTIONS = {"improve": "Improve in place", "switch": "Switch fields", "school": "Go back to school"}
OPTION_LETTERS = {"improve": "A", "switch": "B", "school": "C", "school_switch": "D"}
# "School, then switch": weighed as an option of its own when Choices.school_then_switch is ticked.
COMBINED = "school_switch"
ALL_OPTIONS = {**OPTIONS, COMBINED: "School, then switch"}
OTHER_TARGET = "other"   # Answers.note_targets: about some other target than today's (as the evidence page stores)



def option_name(option: str) -> str:
    """An option's name ("Switch fields") in the user's language (ui.core_texts lists it for translation)."""
    return word(ALL_OPTIONS[option], context="")


def shown_label(option: str, stored: str) -> str:
    """A stored decision's label ("Switch fields: UX research") with its option's name in the user's language."""
    english = ALL_OPTIONS.get(option, "")
    return option_name(option) + stored[len(english):] if english and stored.startswith(english) else stored


# key -> (label, default importance on a 0-10 scale, what a 5 means)
CRITERIA = {
    "income": ("Income and security", 8, "pays well and steadily"),
    "interest": ("Interest fit", 7, "work you would enjoy"),
    "skills": ("Skill fit", 6, "uses what you are good at"),
    "preparation": ("Preparation needed", 4, "little preparation needed"),
    "time": ("Time to first result", 5, "results come quickly"),
    "risk": ("Risk", 6, "low risk"),
    "life": ("Fit with the rest of life", 7, "fits family, time and place"),
    "network": ("Network support", 5, "the people you trust back it"),
}
IMPORTANCE_MAX = 10
# Network support is scored from the advice notes, not by hand (see engine.network_score).
COMPUTED_CRITERIA = ("network",)


@dc.dataclass
class Situation:
    """Where the user stands today."""

    current_organization: str = ""
    current_role: str = ""
    job_going: int = 3          # 1 badly .. 5 very well
    happiness: int = 3          # 1 miserable .. 5 happy
    months_since_raise: int = 12
    promotion_prospects: int = 3  # 1 none .. 5 likely soon
    downsizing_risk: int = 2      # 1 none .. 5 imminent
    savings_months: float = 3.0
    constraint_location: str = ""
    constraint_family: str = ""
    constraint_time: str = ""
    deadline: dt.date | None = None


@dc.dataclass
class Choices:
    """The three options, made concrete."""

    improve_plan: str = ""
    switch_target: str = ""
    exploring: bool = False     # "I don't know yet what I'd switch to": explore first (crossroads.explore)
    switch_organization: str = ""
    school_program: str = ""
    school_institution: str = ""
    school_then_switch: bool = False   # also weigh D, "School, then switch", as an option of its own


@dc.dataclass
class SchoolCosts:
    """Money for option C; incomes are yearly, before tax."""

    tuition: float = 0.0
    months_full_time: int = 12
    months_part_time: int = 24
    current_income: float = 0.0
    expected_income: float | None = None   # None: use the cautious default
    support_per_year: float = 0.0           # employer tuition support while studying part-time
    study_mode: str = ""                    # "full_time", "part_time" or "" (not decided)
    completion_chance: float = 0.85         # chance of finishing the program (money.py)
    loan_amount: float = 0.0                # borrowed for tuition
    loan_rate: float = 0.06                 # yearly interest on the loan
    loan_years: int = 10                    # years to repay it


@dc.dataclass
class Money:
    """The assumptions of the money model (crossroads.money); rates are real (after inflation), per year."""

    discount_rate: float = 0.03             # 3%, as FREOPP's return-on-investment studies use
    stay_raise: float | None = None         # raises you'd get anyway by staying; None: read from the situation
    age: int | None = None                  # for the working years left; None: assume 30 years
    retirement_age: int = 67
    switch_income: float | None = None      # yearly pay once settled in the new field; None: today's pay
    switch_dip: float = 0.15                # first-year pay cut when switching, as a share of today's pay
    switch_ramp_years: int = 3              # years from the dip back up to the settled pay
    search_months: float = 0.0              # months without pay while looking for the new job


@dc.dataclass
class MustHave:
    """A condition an option must meet; `blocks` lists the options that cannot meet it."""

    text: str
    blocks: list[str] = dc.field(default_factory=list)


@dc.dataclass
class Answers:
    """Everything the wizard collects."""

    situation: Situation = dc.field(default_factory=Situation)
    choices: Choices = dc.field(default_factory=Choices)
    school: SchoolCosts = dc.field(default_factory=SchoolCosts)
    money: Money = dc.field(default_factory=Money)
    must_haves: list[MustHave] = dc.field(default_factory=list)
    importance: dict[str, int] = dc.field(default_factory=lambda: {k: v[1] for k, v in CRITERIA.items()})
    scores: dict[str, dict[str, int]] = dc.field(default_factory=lambda: {
        option: {k: 3 for k in CRITERIA if k not in COMPUTED_CRITERIA} for option in OPTIONS})
    excluded_advice: list[int] = dc.field(default_factory=list)
    gut_choice: str = ""        # an OPTIONS key, or "" for no gut feeling
    confidence: int = 3         # 1 guessing .. 5 sure of my scores
    gut_note: str = ""
    # Who counts as working in a target field, confirmed by the user: field_key(target) -> person ids.
    field_people: dict[str, list[int]] = dc.field(default_factory=dict)
    # The switch target an advice note is about (advice id -> target, or OTHER_TARGET when the user said it is not
    # about today's); notes about another target don't count for it. No entry: about switching in general.
    note_targets: dict[int, str] = dc.field(default_factory=dict)
    confirmed: list[str] = dc.field(default_factory=list)   # keys of warnings the user confirmed (situation.py)

    def options(self) -> list[str]:
        """The options weighed: A, B and C, and D when "School, then switch" is ticked."""
        return list(OPTIONS) + ([COMBINED] if self.choices.school_then_switch else [])

    def option_label(self, option: str) -> str:
        """The option's name with its target, e.g. "Switch fields: UX research"."""
        switch = self.choices.switch_target or (T_("to be explored") if self.choices.exploring else "")
        program = self.choices.school_program
        combined = " \u2192 ".join(x for x in (program, switch) if x)
        detail = {"improve": self.choices.improve_plan, "switch": switch,
                  "school": program, COMBINED: combined}[option]
        return f"{option_name(option)}: {detail}" if detail else option_name(option)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready values (dates as ISO text)."""
        data = dc.asdict(self)
        deadline = self.situation.deadline
        data["situation"]["deadline"] = deadline.isoformat() if deadline else None
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Answers":
        """Rebuild answers saved by to_dict, ignoring unknown keys and filling new ones with defaults."""
        def build(kind, values):
            names = {f.name for f in dc.fields(kind)}
            return kind(**{k: v for k, v in (values or {}).items() if k in names})

        answers = cls()
        answers.situation = build(Situation, data.get("situation"))
        if isinstance(answers.situation.deadline, str):
            answers.situation.deadline = dt.date.fromisoformat(answers.situation.deadline)
        answers.choices = build(Choices, data.get("choices"))
        answers.school = build(SchoolCosts, data.get("school"))
        answers.money = build(Money, data.get("money"))
        answers.must_haves = [build(MustHave, m) for m in data.get("must_haves", [])]
        answers.importance.update({k: int(v) for k, v in data.get("importance", {}).items() if k in CRITERIA})
        for option, values in data.get("scores", {}).items():
            if option in ALL_OPTIONS:
                answers.scores.setdefault(option, {}).update(
                    {k: int(v) for k, v in values.items() if k in CRITERIA and k not in COMPUTED_CRITERIA})
        answers.excluded_advice = [int(i) for i in data.get("excluded_advice", [])]
        answers.field_people = {str(k): [int(i) for i in v] for k, v in (data.get("field_people") or {}).items()}
        answers.note_targets = {int(k): str(v) for k, v in (data.get("note_targets") or {}).items()}
        answers.confirmed = [str(k) for k in data.get("confirmed", [])]
        for key in ("gut_choice", "confidence", "gut_note"):
            if key in data:
                setattr(answers, key, data[key])
        return answers
