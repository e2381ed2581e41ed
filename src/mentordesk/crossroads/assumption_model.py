"""The assumptions table: what would need to be true for an option, its cheap test, and the test's result."""

from __future__ import annotations

from peewee import ForeignKeyField, IntegerField, TextField

from mentordesk import models
from mentordesk.crossroads.models import Decision
from mentordesk.model_fields import SafeDateField as DateField
from mentordesk.models import AdviceNote, Ask, BaseModel, Meeting, Person


class AssumptionTest(BaseModel):
    """One assumption of a saved decision and the ask or meeting that tests it; the result feeds back as advice."""

    decision = ForeignKeyField(Decision, backref="assumption_rows", on_delete="CASCADE")
    option = TextField()                  # an answers.OPTIONS key
    position = IntegerField(default=0)    # order within the option
    need = TextField()                    # what would need to be true
    test = TextField()                    # the cheap test
    person = ForeignKeyField(Person, null=True, backref="assumption_tests", on_delete="SET NULL")
    person_name = TextField(default="")   # as named when decided (the person may be gone later)
    cost = TextField(default="")
    test_on = DateField()
    criterion = TextField()               # stop or commit if …
    as_kind = TextField(default="ask")    # "ask" or "meeting"
    ask = ForeignKeyField(Ask, null=True, on_delete="SET NULL")
    meeting = ForeignKeyField(Meeting, null=True, on_delete="SET NULL")
    result = TextField(default="")        # "" (not yet), "holds", "fails", "unclear"
    result_note = TextField(default="")
    result_on = DateField(null=True)
    advice = ForeignKeyField(AdviceNote, null=True, on_delete="SET NULL")   # the tested evidence it became


if AssumptionTest not in models.ALL_MODELS:
    models.ALL_MODELS.append(AssumptionTest)
