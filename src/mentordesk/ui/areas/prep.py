"""Meeting prep: one page to reread before seeing someone (from services.prep, like `mentordesk prep`)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
)

from mentordesk.services import NotFound
from mentordesk.services import prep as prep_svc
from mentordesk.ui.dates import short_date, short_datetime
from mentordesk.ui.i18n import tr, vocabulary
from mentordesk.ui.theme import follow_palette
from mentordesk.ui.widgets.faces import FaceBrowser, avatar_url
from mentordesk.ui.widgets.screen_fit import fit_to_screen

FACE = 56  # the person's face beside their name, logical pixels


def _list(items: list[str], empty: str) -> str:
    if not items:
        return f"<p><i>{escape(empty)}</i></p>"
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


class PrepDialog(QDialog):
    """Prep sheet for a person, optionally for a given upcoming meeting; switch between upcoming meetings."""

    open_requested = Signal(str, int)

    def __init__(self, person_id: int | None = None, meeting_id: int | None = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Meeting prep"))
        metrics = self.fontMetrics()
        fit_to_screen(self, metrics.averageCharWidth() * 110, metrics.height() * 54)
        self.choice = QComboBox(self)
        self.choice.setAccessibleName(self.tr("Prepare for"))
        self.sheet_view = FaceBrowser(self)
        follow_palette(self.sheet_view, self._show_current)
        self.sheet_view.setOpenLinks(False)
        self.sheet_view.setAccessibleName(self.tr("Prep sheet"))
        self.sheet_view.anchorClicked.connect(self._link)
        self.sheet: dict = {}
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        label = QLabel(self.tr("Prepare &for:"), self)
        label.setBuddy(self.choice)
        top.addWidget(label)
        top.addWidget(self.choice, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.sheet_view, 1)
        layout.addWidget(buttons)
        self._fill_choices(person_id, meeting_id)
        self.choice.currentIndexChanged.connect(self._show_current)
        self._show_current()

    def _fill_choices(self, person_id, meeting_id) -> None:
        upcoming = prep_svc.upcoming_meetings(days=60)
        selected = 0
        if person_id and not any(m["meeting_id"] == meeting_id for m in upcoming):
            from mentordesk.ui.records import record_title

            self.choice.addItem(record_title("person", person_id), (person_id, 0))
        for meeting in upcoming:
            for pid, name in zip(meeting["attendee_ids"], meeting["names"]):
                text = f"{short_datetime(meeting['held_at'])}  {name}: {meeting['summary'] or meeting['kind']}"
                self.choice.addItem(text, (pid, meeting["meeting_id"]))
                if meeting["meeting_id"] == meeting_id and (pid == person_id or not person_id):
                    selected = self.choice.count() - 1
        if self.choice.count() == 0:
            self.choice.addItem(self.tr("No upcoming meetings"), (0, 0))
        self.choice.setCurrentIndex(selected)

    def _show_current(self) -> None:
        person_id, meeting_id = self.choice.currentData() or (0, 0)
        if not person_id:
            self.sheet = {}
            self.sheet_view.setHtml(f"<p>{escape(self.tr('Log a meeting in the future to prepare for it here.'))}</p>")
            return
        try:
            self.sheet = prep_svc.meeting_prep(person_id, meeting_id or None)
        except NotFound as exc:
            self.sheet = {}
            self.sheet_view.setPlainText(str(exc))
            return
        self.sheet_view.setHtml(self.render(self.sheet))

    def render(self, s: dict) -> str:
        """The sheet as simple HTML that follows the palette (no colours of its own)."""
        head = ", ".join(escape(x) for x in (s["title"], s["organization"]) if x)
        title = f"<h2><a href='person:{s['person_id']}'>{escape(s['name'])}</a></h2>"
        if head or s["roles"]:
            title += f"<p>{head}{' · ' if head and s['roles'] else ''}{escape(', '.join(vocabulary(r) for r in s['roles']))}</p>"
        face = f"<img src='{avatar_url(s['person_id'], FACE)}' width='{FACE}' height='{FACE}'>"
        parts = [f"<table cellspacing='0' cellpadding='0'><tr><td valign='middle'>{face}</td><td width='12'></td>"
                 f"<td valign='middle'>{title}</td></tr></table>"]
        if s["sensitive"]:
            parts.append(f"<p><b>{escape(tr('Handle with care:'))}</b> {escape(s['notes'])}</p>")
        elif s["notes"]:
            parts.append(f"<p>{escape(s['notes'])}</p>")
        if not s["knows_situation"]:
            parts.append(f"<p><b>{escape(tr('They may not know your situation yet.'))}</b></p>")
        if s["meeting"]:
            m = s["meeting"]
            parts.append(f"<p><b>{escape(tr('Meeting:'))}</b> {escape(short_datetime(m['held_at']))} {escape(m['place'])} — "
                         f"{escape(m['summary'])}</p>")
        parts.append(f"<h3>{escape(tr('Last conversation'))}</h3>")
        last = s["last_conversation"]
        if last:
            notes = f"<br>{escape(last['notes'])}" if last["notes"] and last["notes"] != last["summary"] else ""
            parts.append(f"<p><b>{escape(short_datetime(last['held_at']))}</b> {escape(last['summary'])}{notes}</p>")
            if s["earlier_conversations"]:
                parts.append(_list([f"{escape(short_date(m['held_at']))} {escape(m['summary'])}"
                                    for m in s["earlier_conversations"]], ""))
        else:
            parts.append(f"<p><i>{escape(tr('No conversation logged yet.'))}</i></p>")
        parts.append(f"<h3>{escape(tr('Their advice'))}</h3>")
        parts.append(_list([
            f"{escape(short_date(a['given_on']))} <b>{escape(vocabulary(a['path']))}</b> ({escape(vocabulary(a['stance']).lower())}): {escape(a['advice'])}"
            + (f" — <i>{escape(tr('you acted on it'))}{': ' + escape(a['outcome']) if a['outcome'] else ''}</i>"
               if a["acted_on"] else "")
            for a in s["advice"]], tr("No advice recorded.")))
        parts.append(f"<h3>{escape(tr('What you promised them'))}</h3>")
        parts.append(_list([f"{escape(short_date(p['date']))} {escape(p['text'])}" for p in s["promises"]],
                           tr("Nothing on record.")))
        parts.append(f"<h3>{escape(tr('Open asks'))}</h3>")
        asks = [f"<a href='ask:{a['ask_id']}'>{escape(a['title'])}</a> — {escape(tr('you asked them'))}, "
                f"{escape(vocabulary(a['status_label']))}" + (f", {escape(tr('due'))} {escape(short_date(a['due_on']))}" if a["due_on"] else "")
                for a in s["asks_to_them"]]
        asks += [f"<a href='ask:{a['ask_id']}'>{escape(a['title'])}</a> — {escape(tr('they asked you'))}, "
                 f"{escape(vocabulary(a['status_label']))}" for a in s["asks_from_them"]]
        parts.append(_list(asks, tr("No open asks either way.")))
        if s["thank_for"]:
            parts.append(f"<h3>{escape(tr('Thank them for'))}</h3>")
            parts.append(_list([escape(a["title"]) for a in s["thank_for"]], ""))
        return "\n".join(parts)

    def _link(self, url) -> None:
        kind, _, ident = url.toString().partition(":")
        if kind in ("person", "ask") and ident.isdigit():
            self.open_requested.emit(kind, int(ident))


def text_of(dialog: PrepDialog) -> str:
    """The sheet as plain text (tests and screen readers)."""
    return dialog.sheet_view.toPlainText()

