"""The Opportunity table (jobs and programs to go after); importing this module registers it."""

from __future__ import annotations

from peewee import ForeignKeyField, TextField

from mentordesk.model_fields import SafeDateField as DateField, SafeDateTimeField as DateTimeField

from mentordesk import models
from mentordesk.models import BaseModel, Organization, _sql_in, now

OPPORTUNITY_KINDS = {"job": "Job", "program": "Program / course", "other": "Other"}

OPPORTUNITY_STATUSES = {
    "interested": "Interested",
    "preparing": "Preparing",
    "applied": "Applied",
    "interviewing": "Interviewing",
    "offer": "Offer",
    "closed": "Closed",
}

OPEN_OPPORTUNITY_STATUSES = ("interested", "preparing", "applied", "interviewing", "offer")


class Opportunity(BaseModel):
    """A job or program the user is going after, at an organization, maybe with a deadline."""

    organization = ForeignKeyField(Organization, null=True, backref="opportunities", on_delete="SET NULL")
    title = TextField()  # the role or program
    kind = TextField(default="job", constraints=[_sql_in("kind", OPPORTUNITY_KINDS)])
    link = TextField(default="")
    deadline = DateField(null=True, index=True)
    status = TextField(default="interested", index=True, constraints=[_sql_in("status", OPPORTUNITY_STATUSES)])
    notes = TextField(default="")
    created_at = DateTimeField(default=now)
    updated_at = DateTimeField(default=now)


if Opportunity not in models.ALL_MODELS:
    models.ALL_MODELS.append(Opportunity)
