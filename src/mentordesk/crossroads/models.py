"""Crossroads tables: each finished decision, and the asks it created."""

from __future__ import annotations

from peewee import ForeignKeyField, TextField

from mentordesk.model_fields import SafeDateField as DateField, SafeDateTimeField as DateTimeField

from mentordesk import models
from mentordesk.models import Ask, BaseModel, now


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


def _decision_review(day):
    """Today's line for the next decision review (crossroads.service computes it)."""
    from mentordesk.crossroads.service import decision_review

    return decision_review(day)


def _add_to_today() -> None:
    """Today shows the next decision review: registered here, where the decision table joins the schema."""
    from mentordesk.services import today

    today.provide("decision_review", _decision_review)


_add_to_today()
