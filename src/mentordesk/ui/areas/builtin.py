"""The record areas: People (with the story page), Organizations, Meetings, Advice, Asks, Opportunities."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal

from mentordesk.ui.areas.area import RecordArea
from mentordesk.ui.areas.registry import AREAS, AreaDeclaration, declare_area
from mentordesk.ui.areas.opportunity_page import OpportunityPage
from mentordesk.ui.areas.person_page import PersonPage
from mentordesk.ui.settings import Settings
from mentordesk.ui.i18n import tr


class PeopleArea(RecordArea):
    """People, with the person's story beside the list."""

    log_meeting_requested = Signal(int)

    def __init__(self, edits, parent=None, settings: Settings | None = None):
        self.page = PersonPage(edits)
        super().__init__("person", tr("People"), edits, parent, detail=self.page, editor=self.page.editor)
        self.settings = settings
        self.page.open_requested.connect(self.open_requested)
        self.page.log_meeting_requested.connect(self.log_meeting_requested)

    def show_record(self, record_id):
        self.page.show_person(record_id)

    def show_new(self, defaults):
        self.page.show_new(defaults)


class OrganizationsArea(RecordArea):
    """Organizations: who works there now and before, your meetings with them and their open opportunities."""

    def __init__(self, edits, parent=None):
        from mentordesk.ui.areas.organization_page import OrganizationPage

        self.page = OrganizationPage(edits)
        super().__init__("organization", tr("Organizations"), edits, parent, detail=self.page, editor=self.page.editor)
        self.page.open_requested.connect(self.open_requested)

    def show_record(self, record_id):
        self.page.show_organization(record_id)

    def show_new(self, defaults):
        self.page.show_new(defaults)


class MeetingsArea(RecordArea):
    """Meetings; new ones are logged in the dialog that also captures advice."""

    new_meeting_requested = Signal()

    def __init__(self, edits, parent=None):
        super().__init__("meeting", tr("Meetings"), edits, parent)

    def new_record(self, defaults=None):
        if self.editor.maybe_save():
            self.new_meeting_requested.emit()

    def empty_action_shortcut(self) -> str:
        return "log_meeting"


class OpportunitiesArea(RecordArea):
    """Jobs and programs, with who can refer you to each beside the editor."""

    def __init__(self, edits, parent=None):
        self.page = OpportunityPage(edits)
        super().__init__("opportunity", tr("Opportunities"), edits, parent, detail=self.page, editor=self.page.editor)
        self.page.open_requested.connect(self.open_requested)

    def show_record(self, record_id):
        self.page.show_opportunity(record_id)

    def show_new(self, defaults):
        self.page.show_new(defaults)


# The list shows an opportunity's kind and status in words and its deadline as a date.


def _fields(name: str):
    """The form fields `ui.widgets.fields.<name>()` gives, imported when the first editor is shown (start-up)."""
    def fields() -> list:
        from mentordesk.ui.widgets import fields as declared

        return getattr(declared, name)()
    return fields


def _plain_area(kind: str, title) -> callable:
    """make(edits, parent) for an area that is the generic list and editor of `kind`."""
    return lambda edits, parent=None: RecordArea(kind, title(), edits, parent)


# The built-in areas, in sidebar order after Today. Counts are numerus texts (English forms in mentordesk_en.ts);
# the empty states' texts are marked for translation in context "areas".
declare_area(AreaDeclaration(
    "people", "person", lambda: tr("People"), PeopleArea, fields=_fields("person_fields"),
    count=lambda n: tr("%Ln person(s)", "", n),
    empty=(QT_TRANSLATE_NOOP("areas", "The people who help you: mentors, coaches, friends, former managers and "
                                      "insiders, with how you know them and when you last talked."),
           QT_TRANSLATE_NOOP("areas", "&Add a Person"))))
declare_area(AreaDeclaration(
    "organizations", "organization", lambda: tr("Organizations"),
    OrganizationsArea, fields=_fields("organization_fields"),
    count=lambda n: tr("%Ln organization(s)", "", n),
    empty=(QT_TRANSLATE_NOOP("areas", "The places your people work and worked at: who is inside, your meetings "
                                      "with them and the openings you are going after there."),
           QT_TRANSLATE_NOOP("areas", "&Add an Organization"))))
declare_area(AreaDeclaration(
    "meetings", "meeting", lambda: tr("Meetings"), MeetingsArea, fields=_fields("meeting_fields"),
    count=lambda n: tr("%Ln meeting(s)", "", n),
    empty=(QT_TRANSLATE_NOOP("areas", "Coffees, calls and events with your people, what was said and when to "
                                      "follow up. Logging one also keeps the advice given in it."),
           QT_TRANSLATE_NOOP("areas", "&Log a Meeting…"))))
declare_area(AreaDeclaration(
    "advice", "advice", lambda: tr("Advice"), _plain_area("advice", lambda: tr("Advice")),
    fields=_fields("advice_fields"),
    count=lambda n: tr("%Ln advice note(s)", "", n),
    empty=(QT_TRANSLATE_NOOP("areas", "The advice people gave you, for or against each path, and whether you "
                                      "acted on it: the Crossroads wizard weighs it when you decide."),
           QT_TRANSLATE_NOOP("areas", "&Add Advice"))))
declare_area(AreaDeclaration(
    "asks", "ask", lambda: tr("Asks"), _plain_area("ask", lambda: tr("Asks")), fields=_fields("ask_fields"),
    count=lambda n: tr("%Ln ask(s)", "", n),
    empty=(QT_TRANSLATE_NOOP("areas", "Referrals, introductions, letters and reviews you asked for (or were asked "
                                      "for), so none is forgotten and everyone is thanked."),
           QT_TRANSLATE_NOOP("areas", "&Add an Ask"))))
# After Asks; the Asks pipeline (ui.areas.today_install) goes between the two.
declare_area(AreaDeclaration(
    "opportunities", "opportunity", lambda: tr("Opportunities"), OpportunitiesArea,
    fields=_fields("opportunity_fields"),
    count=lambda n: tr("%Ln opportunity(s)", "", n),
    empty=(QT_TRANSLATE_NOOP("areas", "The jobs and programs you are going after: their deadlines stay in view "
                                      "and each one shows who can refer you."),
           QT_TRANSLATE_NOOP("areas", "&Add an Opportunity"))))


def make_area(key: str, edits, parent=None) -> RecordArea:
    """The area widget for one declared area key."""
    return AREAS[key].make(edits, parent)
