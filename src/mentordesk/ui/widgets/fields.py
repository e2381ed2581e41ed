"""The fields each kind's editor shows, named exactly like the service fields."""

from __future__ import annotations

from mentordesk.models import ASK_DIRECTIONS, ASK_KINDS, ASK_STATUSES, MEETING_KINDS, PATHS, ROLES, STANCES
from mentordesk.opportunity_model import OPPORTUNITY_KINDS, OPPORTUNITY_STATUSES
from mentordesk.ui.widgets.forms import Field
from mentordesk.ui.i18n import tr


def person_fields() -> list[Field]:
    return [
        Field("display_name", tr("Name"), placeholder=tr("How you call them, e.g. Maya Chen"), required=True),
        Field("given_name", tr("Given name")),
        Field("family_name", tr("Family name")),
        Field("nickname", tr("Nickname")),
        Field("organization", tr("Organization"), "org"),
        Field("title", tr("Title"), placeholder=tr("e.g. Director of Product")),
        Field("roles", tr("Roles"), "roles", choices=ROLES),
        Field("", tr("Contact"), "section"),
        Field("emails", tr("Emails"), "list"),
        Field("phones", tr("Phones"), "list"),
        Field("tags", tr("Tags"), "list"),
        Field("", tr("How you know them"), "section"),
        Field("met_how", tr("How you met"), placeholder=tr("e.g. Former team lead")),
        Field("met_where", tr("Where")),
        Field("met_on", tr("Met on"), "date"),
        Field("introduced_by_id", tr("Introduced by"), "person"),
        Field("trust", tr("Trust (1–5)"), "int", low=1, high=5),
        Field("keep_in_touch_days", tr("Keep in touch (days)"), "int", low=0, high=3650),
        Field("knows_situation", tr("Knows my situation at work"), "check"),
        Field("sensitive", tr("Sensitive: hide in privacy mode"), "check"),
        Field("notes", tr("Notes"), "text"),
    ]


def organization_fields() -> list[Field]:
    return [
        Field("name", tr("Name"), required=True),
        Field("field", tr("Field"), placeholder=tr("e.g. Healthcare technology")),
        Field("website", tr("Website"), placeholder="https://"),
    ]


def meeting_fields() -> list[Field]:
    return [
        Field("held_at", tr("When"), "datetime", required=True),
        Field("kind", tr("Kind"), "choice", choices=MEETING_KINDS),
        Field("attendee_ids", tr("With"), "people", required=True),
        Field("place", tr("Place")),
        Field("summary", tr("Summary"), placeholder=tr("One line: what it was about")),
        Field("notes", tr("Notes"), "text"),
        Field("follow_up_on", tr("Follow up on"), "date"),
    ]


def advice_fields() -> list[Field]:
    return [
        Field("person_id", tr("From"), "person", required=True),
        Field("given_on", tr("Given on"), "date", required=True),
        Field("advice", tr("Advice", "the advice note's text"), "text", required=True),
        Field("path", tr("About"), "choice", choices=PATHS),
        Field("stance", tr("Stance"), "choice", choices=STANCES),
        Field("acted_on", tr("I acted on it"), "check"),
        Field("outcome", tr("Outcome"), "text"),
    ]


def ask_fields() -> list[Field]:
    return [
        Field("person_id", tr("Person"), "person", required=True),
        Field("direction", tr("Direction"), "choice", choices=ASK_DIRECTIONS),
        Field("kind", tr("Kind"), "choice", choices=ASK_KINDS),
        Field("purpose", tr("For"), placeholder=tr("e.g. UX researcher role at Pixelforge")),
        Field("status", tr("Status"), "choice", choices=ASK_STATUSES),
        Field("due_on", tr("Due on"), "date"),
        Field("thanked", tr("Thanked them"), "check"),
        Field("notes", tr("Notes"), "text"),
    ]


def opportunity_fields() -> list[Field]:
    return [
        Field("title", tr("Role or program"), placeholder=tr("e.g. Junior UX Researcher"), required=True),
        Field("organization", tr("Organization"), "org"),
        Field("kind", tr("Kind"), "choice", choices=OPPORTUNITY_KINDS),
        Field("link", tr("Link"), placeholder=tr("e.g. https://example.com/jobs/7")),
        Field("deadline", tr("Deadline"), "date"),
        Field("status", tr("Status"), "choice", choices=OPPORTUNITY_STATUSES),
        Field("notes", tr("Notes"), "text"),
    ]
