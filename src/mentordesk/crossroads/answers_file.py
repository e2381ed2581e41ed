"""Reading a Crossroads answers file (JSON) for the command line: every field checked, each problem named by its path.

Keys starting with "_" are notes for the reader (the template's list of people and advice) and are ignored;
any other unknown key is refused, so a typo ("improtance") is not silently dropped.
"""

from __future__ import annotations

import dataclasses as dc
import datetime as dt
import json
from typing import Any

from mentordesk.crossroads.answers import (
    ALL_OPTIONS, COMPUTED_CRITERIA, CRITERIA, IMPORTANCE_MAX, Answers, Choices, Money, SchoolCosts, Situation,
)
from mentordesk.errors import ValidationError

NUMBER = (int, float)
# field -> (kind, low, high); kind "int", "num", "text", "bool", "date", "mode"; None bounds are open
RULES = {
    "situation": {"job_going": ("int", 1, 5), "happiness": ("int", 1, 5), "months_since_raise": ("int", 0, 600),
                  "promotion_prospects": ("int", 1, 5), "downsizing_risk": ("int", 1, 5),
                  "savings_months": ("num", 0, 600), "deadline": ("date", None, None)},
    "school": {"tuition": ("num", 0, None), "months_full_time": ("int", 1, 120), "months_part_time": ("int", 1, 180),
               "current_income": ("num", 0, None), "expected_income": ("num?", 0, None),
               "support_per_year": ("num", 0, None), "study_mode": ("mode", None, None),
               "completion_chance": ("num", 0, 1), "loan_amount": ("num", 0, None), "loan_rate": ("num", 0, 1),
               "loan_years": ("int", 1, 40)},
    "money": {"discount_rate": ("num", 0, 0.2), "stay_raise": ("num?", -0.2, 0.2), "age": ("int?", 14, 100),
              "retirement_age": ("int", 30, 100), "switch_income": ("num?", 0, None), "switch_dip": ("num", 0, 1),
              "switch_ramp_years": ("int", 0, 20), "search_months": ("num", 0, 120)},
}
SECTIONS = {"situation": Situation, "choices": Choices, "school": SchoolCosts, "money": Money}


def _check_value(path: str, value: Any, rule: tuple, problems: dict[str, str]) -> None:
    kind, low, high = rule
    if kind.endswith("?"):
        if value is None:
            return
        kind = kind[:-1]
    if kind == "date":
        if value is not None:
            try:
                dt.date.fromisoformat(value)
            except (TypeError, ValueError):
                problems[path] = f"must be a date like 2025-09-01 or null, not {value!r}"
        return
    if kind == "mode":
        if value not in ("", "full_time", "part_time"):
            problems[path] = f"must be \"full_time\", \"part_time\" or \"\", not {value!r}"
        return
    whole = kind == "int"
    if isinstance(value, bool) or not isinstance(value, int if whole else NUMBER):
        problems[path] = f"must be {'a whole number' if whole else 'a number'}, not {value!r}"
    elif (low is not None and value < low) or (high is not None and value > high):
        span = f"{low} to {high}" if high is not None else f"at least {low}"
        problems[path] = f"must be {span}, not {value!r}"


def _check_section(name: str, values: Any, problems: dict[str, str]) -> None:
    if not isinstance(values, dict):
        problems[name] = "must be an object"
        return
    fields = {f.name: f for f in dc.fields(SECTIONS[name])}
    for key, value in values.items():
        path = f"{name}.{key}"
        if key not in fields:
            problems[path] = "is not a field of the answers (misspelt?)"
        elif key in RULES.get(name, {}):
            _check_value(path, value, RULES[name][key], problems)
        elif fields[key].type in ("str", str) and not isinstance(value, str):
            problems[path] = f"must be text, not {value!r}"
        elif fields[key].type in ("bool", bool) and not isinstance(value, bool):
            problems[path] = f"must be true or false, not {value!r}"


def _check_int_list(path: str, value: Any, problems: dict[str, str]) -> None:
    if not isinstance(value, list) or any(isinstance(i, bool) or not isinstance(i, int) for i in value):
        problems[path] = "must be a list of whole numbers (ids)"


def problems_in(data: Any) -> dict[str, str]:
    """Every problem in answers data, by field path ("scores.switch.income": "must be 1 to 5, not 9")."""
    if not isinstance(data, dict):
        return {"(file)": "must hold one JSON object"}
    problems: dict[str, str] = {}
    known = {f.name for f in dc.fields(Answers)}
    for key, value in data.items():
        if key.startswith("_"):
            continue
        if key not in known:
            problems[key] = "is not a field of the answers (misspelt?)"
        elif key in SECTIONS:
            _check_section(key, value, problems)
    for key, value in (data.get("importance") or {}).items():
        if key not in CRITERIA:
            problems[f"importance.{key}"] = f"is not a criterion ({', '.join(CRITERIA)})"
        else:
            _check_value(f"importance.{key}", value, ("int", 0, IMPORTANCE_MAX), problems)
    for option, values in (data.get("scores") or {}).items():
        if option not in ALL_OPTIONS:
            problems[f"scores.{option}"] = f"is not an option ({', '.join(ALL_OPTIONS)})"
            continue
        for key, value in (values or {}).items():
            path = f"scores.{option}.{key}"
            if key not in CRITERIA or key in COMPUTED_CRITERIA:
                problems[path] = "is not a criterion you score (network support comes from the advice)"
            else:
                _check_value(path, value, ("int", 1, 5), problems)
    for i, must in enumerate(data.get("must_haves") or []):
        if not isinstance(must, dict) or not isinstance(must.get("text"), str) or not must["text"].strip():
            problems[f"must_haves[{i}].text"] = "must be the must-have's text"
        elif any(o not in ALL_OPTIONS for o in must.get("blocks", [])):
            problems[f"must_haves[{i}].blocks"] = f"must list options among {', '.join(ALL_OPTIONS)}"
    if "excluded_advice" in data:
        _check_int_list("excluded_advice", data["excluded_advice"], problems)
    for target, ids in (data.get("field_people") or {}).items():
        _check_int_list(f"field_people.{target}", ids, problems)
    for advice_id, target in (data.get("note_targets") or {}).items():
        if not str(advice_id).isdigit() or not isinstance(target, str):
            problems[f"note_targets.{advice_id}"] = "must map an advice id to the target it is about"
    if data.get("gut_choice", "") not in ("", *ALL_OPTIONS):
        problems["gut_choice"] = f"must be one of {', '.join(ALL_OPTIONS)} or \"\""
    if "confidence" in data:
        _check_value("confidence", data["confidence"], ("int", 1, 5), problems)
    _check_as_the_wizard(data, problems)
    return problems


def _check_as_the_wizard(data: dict, problems: dict[str, str]) -> None:
    """What the wizard's pages refuse, refused here too, so a file evaluates only if the wizard would take it."""
    choices, money = data.get("choices"), data.get("money")
    choices = choices if isinstance(choices, dict) else {}
    if not str(choices.get("school_program") or "").strip():
        problems.setdefault("choices.school_program", "name the program you would study (option C), as the wizard asks")
    if not str(choices.get("switch_target") or "").strip() and choices.get("exploring") is not True:
        problems.setdefault("choices.switch_target", "name the field or role you would switch to (option B), or set "
                                                     "choices.exploring to true if you don't know yet")
    if isinstance(money, dict) and "money.age" not in problems and "money.retirement_age" not in problems:
        age, retire = money.get("age"), money.get("retirement_age", Money.retirement_age)
        if isinstance(age, int) and isinstance(retire, int) and age >= retire:
            problems["money.age"] = f"is at or past money.retirement_age ({retire}): change one of them"


def read_answers(text: str, source: str) -> Answers:
    """Answers from the text of a JSON file; a ValidationError names the file and every field at fault."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(source, f"not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})") from None
    problems = problems_in(data)
    if problems:
        raise ValidationError({f"{source}: {path}": message for path, message in problems.items()})
    return Answers.from_dict(data)
