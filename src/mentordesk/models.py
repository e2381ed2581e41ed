"""The peewee models: the shape of a user's network, with no Qt and no business rules."""

from __future__ import annotations

import datetime as dt

from peewee import (
    BlobField,
    BooleanField,
    Check,
    DatabaseProxy,
    ForeignKeyField,
    IntegerField,
    Model,
    SQL,
    TextField,
)

from mentordesk.model_fields import SafeDateField as DateField, SafeDateTimeField as DateTimeField

# Bound late by mentordesk.db.open_database (plain SQLite or SQLCipher).
database = DatabaseProxy()


def now() -> dt.datetime:
    """The timestamp stored in created/updated columns (local time, second precision)."""
    return dt.datetime.now().replace(microsecond=0)


ROLES = {
    "friend": "Friend",
    "mentor": "Mentor",
    "coach": "Career coach",
    "colleague": "Colleague",
    "former_manager": "Former manager",
    "insider": "Insider",
    "recruiter": "Recruiter",
    "professor": "Professor / admissions",
    "other": "Other",
}

MEETING_KINDS = {
    "coffee": "Coffee",
    "call": "Call",
    "video": "Video call",
    "message": "Message",
    "event": "Event",
    "other": "Other",
}

PATHS = {
    "improve": "Improve in place",
    "switch": "Switch fields",
    "school": "Go back to school",
    "opportunity": "A specific opportunity",
    "general": "General",
}

STANCES = {"for": "For", "against": "Against", "neutral": "Neutral"}

ASK_KINDS = {
    "referral": "Referral",
    "letter": "Recommendation letter",
    "resume_review": "Resume review",
    "introduction": "Introduction",
    "info_interview": "Informational interview",
    "other": "Other",
}

ASK_STATUSES = {
    "idea": "Idea",
    "asked": "Asked",
    "in_progress": "In progress",
    "done": "Done",
    "declined": "Declined",
}

# "to": I ask them for something; "from": they asked me.
ASK_DIRECTIONS = {"to": "I ask them", "from": "They ask me"}

LABELS = ("home", "work", "mobile", "other")


def _sql_in(column: str, choices) -> Check:
    """A CHECK constraint keeping a text column inside a fixed vocabulary."""
    values = ", ".join(f"'{value}'" for value in choices)
    return Check(f"{column} IN ({values})")


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


class SchemaVersion(BaseModel):
    """One row: the schema version this file was last migrated to."""

    version = IntegerField()


class Organization(BaseModel):
    name = TextField(index=True)
    field = TextField(default="")
    website = TextField(default="")
    created_at = DateTimeField(default=now)
    updated_at = DateTimeField(default=now)


class Person(BaseModel):
    display_name = TextField(index=True)
    given_name = TextField(default="")
    family_name = TextField(default="")
    nickname = TextField(default="")
    organization = ForeignKeyField(Organization, null=True, backref="people", on_delete="SET NULL")
    title = TextField(default="")
    met_how = TextField(default="")
    met_where = TextField(default="")
    met_on = DateField(null=True)
    introduced_by = ForeignKeyField("self", null=True, backref="introduced", on_delete="SET NULL")
    knows_situation = BooleanField(default=False)
    trust = IntegerField(default=3, constraints=[Check("trust BETWEEN 1 AND 5")])
    keep_in_touch_days = IntegerField(null=True)
    snoozed_until = DateField(null=True)
    # Denormalized from meetings so lists and keep-in-touch sort in SQL without joins.
    last_met_on = DateField(null=True, index=True)
    # When the next catch-up is due (last meeting, else the day they were added, plus their interval; NULL
    # when untracked). services.cadence keeps it at every commit that changes the person, so Today and the
    # reminders read only the due rows, by index, instead of computing everyone's interval.
    catch_up_due_on = DateField(null=True)
    sensitive = BooleanField(default=False)
    notes = TextField(default="")
    # The contact's original vCard, so fields MentorDesk does not show survive a round trip.
    vcard = TextField(null=True)
    # A small PNG or JPEG (services.photos); NULL: none chosen yet (the card's PHOTO shows), empty: none wanted.
    photo = BlobField(null=True)
    created_at = DateTimeField(default=now)
    updated_at = DateTimeField(default=now)


# The People list sorts by name without case; this index saves a 100,000-row sort on every open.
Person.add_index(SQL("CREATE INDEX IF NOT EXISTS person_display_name_nocase ON person (display_name COLLATE NOCASE)"))
# Today's keep-in-touch list: a range of due days, snoozes read from the index too (tracked people only);
# its counts: due days counted by range, minus the few snoozed people (their own small index).
CATCH_UP_INDEX_SQL = ("CREATE INDEX IF NOT EXISTS person_catch_up_due ON person (catch_up_due_on, snoozed_until) "
                      "WHERE catch_up_due_on IS NOT NULL")
SNOOZED_INDEX_SQL = ("CREATE INDEX IF NOT EXISTS person_snoozed ON person (snoozed_until, catch_up_due_on) "
                     "WHERE snoozed_until IS NOT NULL")
Person.add_index(SQL(CATCH_UP_INDEX_SQL))
Person.add_index(SQL(SNOOZED_INDEX_SQL))


class PersonEmail(BaseModel):
    person = ForeignKeyField(Person, backref="emails", on_delete="CASCADE")
    email = TextField(index=True)
    label = TextField(default="other")


class PersonPhone(BaseModel):
    person = ForeignKeyField(Person, backref="phones", on_delete="CASCADE")
    phone = TextField(index=True)
    label = TextField(default="other")


class PersonRole(BaseModel):
    person = ForeignKeyField(Person, backref="role_rows", on_delete="CASCADE")
    role = TextField(constraints=[_sql_in("role", ROLES)])

    class Meta:
        indexes = ((("person", "role"), True),)


class Position(BaseModel):
    """An earlier organization and title of a person (the current one lives on Person)."""

    person = ForeignKeyField(Person, backref="positions", on_delete="CASCADE")
    organization = ForeignKeyField(Organization, null=True, on_delete="SET NULL")
    title = TextField(default="")
    ended_on = DateField(null=True)


class Tag(BaseModel):
    name = TextField(unique=True)


class PersonTag(BaseModel):
    person = ForeignKeyField(Person, backref="tag_rows", on_delete="CASCADE")
    tag = ForeignKeyField(Tag, backref="person_rows", on_delete="CASCADE")

    class Meta:
        indexes = ((("person", "tag"), True),)


class Meeting(BaseModel):
    held_at = DateTimeField(index=True)
    kind = TextField(default="coffee", constraints=[_sql_in("kind", MEETING_KINDS)])
    place = TextField(default="")
    summary = TextField(default="")
    notes = TextField(default="")
    follow_up_on = DateField(null=True, index=True)
    created_at = DateTimeField(default=now)
    updated_at = DateTimeField(default=now)


class MeetingAttendee(BaseModel):
    meeting = ForeignKeyField(Meeting, backref="attendee_rows", on_delete="CASCADE")
    person = ForeignKeyField(Person, backref="meeting_rows", on_delete="CASCADE")

    class Meta:
        indexes = ((("meeting", "person"), True), (("person", "meeting"), False))


class AdviceNote(BaseModel):
    person = ForeignKeyField(Person, backref="advice", on_delete="CASCADE")
    meeting = ForeignKeyField(Meeting, null=True, backref="advice", on_delete="SET NULL")
    given_on = DateField(index=True)
    advice = TextField()
    path = TextField(default="general", constraints=[_sql_in("path", PATHS)])
    stance = TextField(default="for", constraints=[_sql_in("stance", STANCES)])
    acted_on = BooleanField(default=False)
    outcome = TextField(default="")
    created_at = DateTimeField(default=now)
    updated_at = DateTimeField(default=now)


class Ask(BaseModel):
    person = ForeignKeyField(Person, backref="asks", on_delete="CASCADE")
    direction = TextField(default="to", constraints=[_sql_in("direction", ASK_DIRECTIONS)])
    kind = TextField(default="other", constraints=[_sql_in("kind", ASK_KINDS)])
    purpose = TextField(default="")
    status = TextField(default="idea", index=True, constraints=[_sql_in("status", ASK_STATUSES)])
    due_on = DateField(null=True, index=True)
    asked_on = DateField(null=True)
    done_on = DateField(null=True)
    thanked = BooleanField(default=False)
    notes = TextField(default="")
    created_at = DateTimeField(default=now)
    updated_at = DateTimeField(default=now)


# Every table the app creates; later features append their models here.
ALL_MODELS: list[type[BaseModel]] = [
    SchemaVersion,
    Organization,
    Person,
    PersonEmail,
    PersonPhone,
    PersonRole,
    Position,
    Tag,
    PersonTag,
    Meeting,
    MeetingAttendee,
    AdviceNote,
    Ask,
]
