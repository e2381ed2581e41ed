"""Crossroads tables: each finished decision, and the asks it created."""

from __future__ import annotations

import datetime as dt

from peewee import ForeignKeyField, TextField

from mentordesk.model_fields import SafeDateField as DateField, SafeDateTimeField as DateTimeField

from mentordesk import models
from mentordesk.models import Ask, BaseModel, now
from mentordesk.crossroads.answers import shown_label
from mentordesk.texts import T_


class Decision(BaseModel):
    """One run of the wizard, written once at its end; JSON columns keep it readable after the network changes."""

    created_at = DateTimeField(default=now, index=True)
    chosen = TextField()                 # an answers.OPTIONS key
    chosen_label = TextField(default="")
    answers = TextField()                # Answers.to_dict()
    result = TextField()                 # engine.Result.to_dict()
    evidence = TextField(default="[]")   # the weighed advice used, with names, dates and quotes
    plan = TextField(default="[]")       # the asks created (and suggestions not taken)
    revisit_on = DateField(null=True, index=True)
    note = TextField(default="")


class DecisionAsk(BaseModel):
    """An ask created from a decision's plan."""

    decision = ForeignKeyField(Decision, backref="ask_rows", on_delete="CASCADE")
    ask = ForeignKeyField(Ask, backref="decision_rows", on_delete="CASCADE")


for _model in (Decision, DecisionAsk):
    if _model not in models.ALL_MODELS:
        models.ALL_MODELS.append(_model)


def decision_review(today: dt.date) -> dict | None:
    """Today's line for the next decision review: {decision_id, date, title}, None without one."""
    from peewee import OperationalError

    try:
        found = next_revisit(today)
    except OperationalError:  # the decision table is not in this file
        return None
    if not found:
        return None
    return {"decision_id": found["decision_id"], "date": found["revisit_on"], "title": found["title"],
            "label": found["label"]}


def next_revisit(today: dt.date | None = None) -> dict | None:
    """The nearest decision review on or after today (for Today and reminders)."""
    today = today or dt.date.today()
    row = (Decision.select().where(Decision.revisit_on >= today)
           .order_by(Decision.revisit_on, Decision.id.desc()).first())
    if row is None:
        return None
    label = shown_label(row.chosen, row.chosen_label)  # decided in English, named in the user's language
    return {"decision_id": row.id, "revisit_on": row.revisit_on.isoformat(), "label": label,
            "title": T_("Revisit: {label}", label=label)}


def _add_to_today() -> None:
    """Today shows the next decision review: registered here, where the decision table joins the schema."""
    from mentordesk.services import today

    today.provide("decision_review", decision_review)


_add_to_today()
