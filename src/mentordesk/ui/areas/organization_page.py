"""An organization's page: who works there now and who did before, your meetings with them and the open
opportunities there, with links to each, above the form to edit its name, field and website."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl, Signal
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from mentordesk.models import MEETING_KINDS
from mentordesk.opportunity_model import OPPORTUNITY_KINDS, OPPORTUNITY_STATUSES
from mentordesk.services import NotFound
from mentordesk.services.organizations import organization_overview
from mentordesk.ui.areas.editor import RecordEditor
from mentordesk.ui.dates import short_date
from mentordesk.ui.hub import hub
from mentordesk.ui.i18n import tr  # the empty context, where lupdate files a bare tr()
from mentordesk.ui.theme import follow_palette
from mentordesk.ui.widgets.faces import FaceBrowser, avatar_url

FACE = 22  # a person's face beside their name in the lists, logical pixels


def _word(vocabulary: dict, key: str) -> str:
    return QCoreApplication.translate("vocabulary", vocabulary.get(key, key or ""))


def _link(kind: str, record_id: int, text: str) -> str:
    return f'<a href="mentordesk:{kind}/{record_id}">{html.escape(text)}</a>'


def _person_row(person: dict, detail: str) -> str:
    face = f"<img src='{avatar_url(person['id'], FACE)}' width='{FACE}' height='{FACE}'>"
    more = f" <span class='muted'>· {html.escape(detail)}</span>" if detail else ""
    return f"<tr><td valign='middle'>{face}</td><td valign='middle'>&nbsp;{_link('person', person['id'], person['name'])}{more}</td></tr>"


def organization_html(org_id: int) -> str:
    """The overview as HTML in palette colours: people now and before, meetings, open opportunities."""
    try:
        data = organization_overview(org_id)
    except NotFound:
        return ""
    e = html.escape
    parts = [f"<h2>{e(data['name'])}</h2>"]
    facts = " · ".join(x for x in (data["field"], data["website"]) if x)
    if facts:
        parts.append(f"<p>{e(facts)}</p>")
    parts.append(f"<h3>{e(tr('People there now'))} ({len(data['people_now'])})</h3>")
    if data["people_now"]:
        parts.append("<table cellspacing='2'>" + "".join(_person_row(p, p["title"]) for p in data["people_now"])
                     + "</table>")
    else:
        parts.append(f"<p>{e(tr('Nobody you know works there now.'))}</p>")
    if data["people_before"]:
        parts.append(f"<h3>{e(tr('Worked there before'))} ({len(data['people_before'])})</h3><table cellspacing='2'>")
        for person in data["people_before"]:
            detail = " · ".join(x for x in (
                person["title"],
                tr("until %1").replace("%1", short_date(person["ended_on"])) if person["ended_on"] else "",
                tr("now at %1").replace("%1", person["now_at"]) if person["now_at"] else "") if x)
            parts.append(_person_row(person, detail))
        parts.append("</table>")
    parts.append(f"<h3>{e(tr('Meetings'))} ({data['meetings_total']})</h3>")
    if data["meetings"]:
        parts.append("<ul>")
        for meeting in data["meetings"]:
            what = meeting["summary"] or _word(MEETING_KINDS, meeting["kind"])
            who = ", ".join(meeting["names"])
            parts.append(f"<li>{e(short_date(meeting['held_at']))} · {_link('meeting', meeting['id'], what)}"
                         f" <span class='muted'>· {e(who)}</span></li>")
        parts.append("</ul>")
        if data["meetings_total"] > len(data["meetings"]):
            parts.append(f"<p class='muted'>{e(tr('The newest %1 of %2.').replace('%1', str(len(data['meetings']))).replace('%2', str(data['meetings_total'])))}</p>")
    else:
        parts.append(f"<p>{e(tr('No meetings with anyone there yet.'))}</p>")
    parts.append(f"<h3>{e(tr('Open opportunities'))} ({len(data['opportunities'])})</h3>")
    if data["opportunities"]:
        parts.append("<ul>")
        for item in data["opportunities"]:
            meta = [_word(OPPORTUNITY_KINDS, item["kind"]), _word(OPPORTUNITY_STATUSES, item["status"])]
            if item["deadline"]:
                meta.append(tr("deadline %1").replace("%1", short_date(item["deadline"])))
            parts.append(f"<li>{_link('opportunity', item['id'], item['title'])}"
                         f" <span class='muted'>· {e(' · '.join(meta))}</span></li>")
        parts.append("</ul>")
    else:
        parts.append(f"<p>{e(tr('No open opportunities there.'))}</p>")
    return "".join(parts)


class OrganizationPage(QWidget):
    """The overview of the selected organization above its editor."""

    open_requested = Signal(str, int)

    def __init__(self, edits, parent=None):
        super().__init__(parent)
        self.editor = RecordEditor("organization", edits, self)
        self.overview = FaceBrowser(self)
        self.overview.setOpenLinks(False)
        self.overview.setAccessibleName(self.tr("Organization overview"))
        self.overview.anchorClicked.connect(self._follow)
        follow_palette(self.overview, self.refresh)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.overview)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 1)  # the overview takes what the form (three fields) does not need
        splitter.setStretchFactor(1, 0)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        self._sized = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._timer = QTimer(self, singleShot=True, interval=0)  # one refresh per burst of changes
        self._timer.timeout.connect(self.refresh)
        self.editor.saved.connect(lambda _id: self.refresh())
        hub().changed.connect(self._on_changed)
        self.refresh()

    def showEvent(self, event) -> None:
        """The first time it shows, the form gets the height it needs and the overview the rest."""
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            form = self.editor.sizeHint().height() + self.editor.form.sizeHint().height() // 2
            total = max(self.splitter.height(), form * 2)
            self.splitter.setSizes([total - form, form])

    def _on_changed(self, kind: str, _ids) -> None:
        if kind in ("organization", "person", "meeting", "opportunity"):
            self._timer.start()

    def _follow(self, url: QUrl) -> None:
        kind, _, record_id = url.path().partition("/")
        if record_id.isdigit():
            self.open_requested.emit(kind, int(record_id))

    def show_organization(self, org_id: int | None) -> None:
        self.editor.load(org_id)
        self.refresh()

    def show_new(self, defaults: dict | None) -> None:
        self.editor.new(defaults)
        self.refresh()

    def refresh(self) -> None:
        org_id = self.editor.record_id
        if org_id is None:
            hint = (self.tr("Save the organization to see who works there.") if self.editor.creating
                    else self.tr("Select an organization to see who works there."))
            self.overview.setHtml(f"<p>{html.escape(hint)}</p>")
        else:
            self.overview.setHtml(organization_html(org_id))

    def text(self) -> str:
        """The overview as plain text (tests and screen readers)."""
        return self.overview.toPlainText()
