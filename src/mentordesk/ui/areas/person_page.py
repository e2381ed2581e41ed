"""A person's page: their whole story (roles, how you met, who introduced you, jobs, meetings,
advice, asks) with links to each record, and the form to edit them."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget

from mentordesk.models import ASK_DIRECTIONS, ASK_KINDS, ASK_STATUSES, MEETING_KINDS, PATHS, ROLES, STANCES
from mentordesk.services import NotFound, advice, asks, meetings, people
from mentordesk.ui.areas.editor import RecordEditor
from mentordesk.ui.areas.list_model import format_date
from mentordesk.ui.theme import follow_palette
from mentordesk.ui.widgets.faces import FaceBrowser, PhotoButton, avatar_url
from mentordesk.ui.i18n import tr


def _label(vocab: dict, key: str) -> str:
    return QCoreApplication.translate("vocabulary", vocab.get(key, key or ""))


def _link(kind: str, record_id: int, text: str) -> str:
    return f'<a href="mentordesk:{kind}/{record_id}">{html.escape(text)}</a>'


# The story shows this many newest meetings and advice notes; a link shows the rest. A busy mentor's
# 500 meetings as one rich-text document took ~100 ms to build and lay out on every open.
STORY_LIMIT = 50
SHOW_ALL = "show-all"
PHOTO = "photo"  # a click on the face: choose a photo
AVATAR = 72  # logical pixels across


def _more_link(person_id: int, shown: int, total: int) -> str:
    text = tr("Show all %1 (%2 shown)").replace("%1", str(total)).replace("%2", str(shown))
    return f'<p><a href="mentordesk:{SHOW_ALL}/{person_id}">{html.escape(text)}</a></p>'


def person_story_html(person_id: int, show_all: bool = False) -> str:
    """The person's story as HTML that follows the palette (no colors of its own).

    Only the newest STORY_LIMIT meetings and advice notes unless `show_all`."""
    try:
        data = people.person_data(person_id)
    except NotFound:
        return ""
    e = html.escape
    job = " · ".join(x for x in (data["title"], data["organization"]) if x)
    face = (f'<a href="mentordesk:{PHOTO}/{person_id}"><img src="{avatar_url(person_id, AVATAR)}" width="{AVATAR}" '
            f'height="{AVATAR}"></a>')
    heading = f"<h2>{e(data['display_name'])}</h2>" + (f"<p>{e(job)}</p>" if job else "")
    parts = [f"<table cellspacing='0' cellpadding='0'><tr><td valign='middle'>{face}</td><td width='12'></td>"
             f"<td valign='middle'>{heading}</td></tr></table>"]
    roles = ", ".join(_label(ROLES, r) for r in data["roles"])
    facts = []
    if roles:
        facts.append((tr("Roles"), e(roles)))
    last_met, next_meeting = meetings.last_and_next_meeting(person_id)
    facts.append((tr("Last met"), e(format_date(last_met)) if last_met else tr("Never logged")))
    if next_meeting:
        facts.append((tr("Next meeting"), e(format_date(next_meeting))))
    how = ", ".join(x for x in (data["met_how"], data["met_where"]) if x)
    if data["met_on"]:
        how = (how + " · " if how else "") + format_date(data["met_on"])
    if how:
        facts.append((tr("How you met"), e(how)))
    if data["introduced_by_id"]:
        try:
            name = people.person_data(data["introduced_by_id"])["display_name"]
            facts.append((tr("Introduced by"), _link("person", data["introduced_by_id"], name)))
        except NotFound:
            pass
    facts.append((tr("Trust"), "★" * data["trust"] + "☆" * (5 - data["trust"])))
    if data["knows_situation"]:
        facts.append((tr("Knows your situation"), tr("Yes")))
    if data["keep_in_touch_days"]:
        facts.append((tr("Keep in touch"), tr("every %n day(s)", "", data["keep_in_touch_days"])))
    contact = [x["email"] for x in data["emails"]] + [x["phone"] for x in data["phones"]]
    if contact:
        facts.append((tr("Contact"), e(", ".join(contact))))
    if data["tags"]:
        facts.append((tr("Tags"), e(", ".join(data["tags"]))))
    rows = "".join(f"<tr><td><b>{k}</b>&nbsp;&nbsp;</td><td>{v}</td></tr>" for k, v in facts)
    parts.append(f"<table cellspacing='2'>{rows}</table>")
    from mentordesk.ui.privacy import is_private

    if data["notes"] and not is_private():
        parts.append(f"<p><i>{e(data['notes'])}</i></p>")

    positions = people.positions_of(person_id)
    parts.append(f"<h3>{tr('Roles over time')}</h3><ul>")
    parts.append(f"<li><b>{tr('Now')}:</b> {e(job) or tr('No current job recorded')}</li>")
    for org, title, ended in positions:
        until = f" ({tr('until')} {e(format_date(ended))})" if ended else ""
        parts.append(f"<li>{e(' · '.join(x for x in (title, org) if x))}{until}</li>")
    parts.append("</ul>")

    limit = None if show_all else STORY_LIMIT
    met = meetings.meetings_of(person_id, limit=limit + 1 if limit else None)
    met_total = len(met) if limit is None or len(met) <= limit else meeting_count(person_id)
    met = met[:limit] if limit else met
    parts.append(f"<h3>{tr('Meetings')} ({met_total})</h3>")
    if met:
        parts.append("<ul>")
        for m in met:
            what = m.summary or _label(MEETING_KINDS, m.kind)
            when = format_date(m.held_at.date())
            parts.append(f"<li>{e(when)} · {e(_label(MEETING_KINDS, m.kind))}: {_link('meeting', m.id, what)}</li>")
        parts.append("</ul>")
        if len(met) < met_total:
            parts.append(_more_link(person_id, len(met), met_total))
    else:
        parts.append(f"<p>{tr('No meetings logged yet.')}</p>")

    notes = advice.advice_of(person_id)
    notes_total = len(notes)
    notes = notes[:limit] if limit else notes
    parts.append(f"<h3>{tr('Advice they gave')} ({notes_total})</h3>")
    if notes:
        parts.append("<ul>")
        for n in notes:
            meta = f"{format_date(n.given_on)} · {_label(PATHS, n.path)} · {_label(STANCES, n.stance)}"
            acted = f" · {tr('acted on')}" if n.acted_on else ""
            parts.append(f"<li>{_link('advice', n.id, n.advice)}<br/><small>{e(meta)}{acted}</small></li>")
        parts.append("</ul>")
        if len(notes) < notes_total:
            parts.append(_more_link(person_id, len(notes), notes_total))
    else:
        parts.append(f"<p>{tr('No advice recorded yet.')}</p>")

    their_asks = asks.asks_of(person_id)
    parts.append(f"<h3>{tr('Asks')} ({len(their_asks)})</h3>")
    if their_asks:
        parts.append("<ul>")
        for a in their_asks:
            what = a.purpose or _label(ASK_KINDS, a.kind)
            meta = f"{_label(ASK_DIRECTIONS, a.direction)} · {_label(ASK_KINDS, a.kind)} · {_label(ASK_STATUSES, a.status)}"
            if a.due_on:
                meta += f" · {tr('due')} {format_date(a.due_on)}"
            parts.append(f"<li>{_link('ask', a.id, what)}<br/><small>{e(meta)}</small></li>")
        parts.append("</ul>")
    else:
        parts.append(f"<p>{tr('No asks to or from them yet.')}</p>")
    return "".join(parts)


def meeting_count(person_id: int) -> int:
    """How many meetings a person attended (counted in SQL, not by loading them)."""
    from mentordesk.models import MeetingAttendee

    return MeetingAttendee.select().where(MeetingAttendee.person == person_id).count()


class PersonPage(QWidget):
    """Overview (the story) and Details (the editor) of the selected person."""

    open_requested = Signal(str, int)
    log_meeting_requested = Signal(int)

    def __init__(self, edits, parent=None):
        super().__init__(parent)
        self.editor = RecordEditor("person", edits, self)
        self.show_all_of: int | None = None  # the person whose whole story was asked for
        self.story = FaceBrowser(self)
        self.story.setOpenLinks(False)
        self.story.setAccessibleName(self.tr("Person overview"))
        self.story.anchorClicked.connect(self._follow)
        follow_palette(self.story, self.refresh)  # light or dark, the story is drawn again in the new colours
        self.photo_button = PhotoButton(edits, self)
        self.log_button = QPushButton(self.tr("&Log a meeting…"), self)
        self.edit_button = QPushButton(self.tr("&Edit details"), self)
        self.log_button.clicked.connect(lambda: self.editor.record_id and self.log_meeting_requested.emit(self.editor.record_id))
        self.edit_button.clicked.connect(lambda: self.tabs.setCurrentWidget(self.editor))
        overview = QWidget(self)
        column = QVBoxLayout(overview)
        column.addWidget(self.story, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.photo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.log_button)
        column.addLayout(buttons)
        self.overview = overview
        self.tabs = QTabWidget(self)
        self.tabs.addTab(overview, self.tr("Overview"))
        self.tabs.addTab(self.editor, self.tr("Details"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.editor.saved.connect(lambda _id: self.refresh())
        from mentordesk.ui.hub import hub

        hub().changed.connect(self._on_changed)
        self.show_person(None)

    def _on_changed(self, kind: str, ids: list) -> None:
        if self.editor.record_id is not None and kind in ("person", "meeting", "advice", "ask", "organization"):
            if kind == "person":
                from mentordesk.ui.widgets.avatars import avatars

                avatars().forget(ids)  # a new photo shows now, whichever listener hears of it first
            self.refresh()

    def _follow(self, url: QUrl) -> None:
        kind, _, record_id = url.path().partition("/")
        if kind == PHOTO and record_id.isdigit():
            self.photo_button.showMenu()
        elif kind == SHOW_ALL and record_id.isdigit():
            self.show_all_of = int(record_id)
            self.refresh()
        elif record_id.isdigit():
            self.open_requested.emit(kind, int(record_id))

    def refresh(self) -> None:
        person_id = self.editor.record_id
        if person_id != self.photo_button.person_id:
            self.photo_button.set_person(person_id)  # before the face is drawn: a card's picture is kept small
        if person_id is None:
            self.story.setHtml(f"<p>{html.escape(self.tr('Select someone in the list to see their story.'))}</p>")
        else:
            story = person_story_html(person_id, show_all=self.show_all_of == person_id)
            from mentordesk.sync.removed import is_removed

            if is_removed("person", person_id):  # deleted on the server, kept here: say so above the story
                note = self.tr("Removed from the address book on the server; kept here with their history. "
                               "File › Removed from the Server… uploads them again.")
                story = f'<p id="removed"><i>{html.escape(note)}</i></p>' + story
            self.story.setHtml(story)
        self.log_button.setEnabled(person_id is not None)
        self.edit_button.setEnabled(person_id is not None)

    def show_person(self, person_id: int | None) -> None:
        if person_id != self.show_all_of:
            self.show_all_of = None
        self.editor.load(person_id)
        self.tabs.setTabEnabled(0, True)
        if person_id is None and self.tabs.currentWidget() is self.editor and not self.editor.creating:
            self.tabs.setCurrentWidget(self.overview)
        self.refresh()

    def show_new(self, defaults: dict | None) -> None:
        self.editor.new(defaults)
        self.tabs.setCurrentWidget(self.editor)
        self.refresh()
        self.editor.form.focus_first()
