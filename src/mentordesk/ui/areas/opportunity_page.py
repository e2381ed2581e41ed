"""An opportunity's page: its editor beside "who can refer me" (insiders and who could introduce you)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentordesk.services import NotFound
from mentordesk.services import opportunities as svc
from mentordesk.ui.areas.editor import RecordEditor
from mentordesk.ui.hub import hub
from mentordesk.ui.areas.list_model import format_date
from mentordesk.ui.plain import plain
from mentordesk.ui.privacy import is_private, privacy
from mentordesk.ui.i18n import tr

PERSON_ROLE = Qt.ItemDataRole.UserRole


def deadline_text(deadline, today: dt.date | None = None) -> str:
    """"Deadline 1 Jul 2025 (30 days left)", or '' without one; a malformed stored date is shown marked."""
    if not deadline:
        return ""
    try:
        left = (dt.date.fromisoformat(str(deadline)[:10]) - (today or dt.date.today())).days
    except ValueError:
        return tr("Deadline: %1").replace("%1", format_date(deadline))
    when = tr("today") if left == 0 else tr("passed") if left < 0 else tr("%n day(s) left", "", left)
    return tr("Deadline: %1 (%2)").replace("%1", format_date(deadline)).replace("%2", when)


class OpportunityPage(QWidget):
    """The editor above the people who can refer you to the opportunity's organization."""

    open_requested = Signal(str, int)

    def __init__(self, edits, parent=None):
        super().__init__(parent)
        self.editor = RecordEditor("opportunity", edits, self)
        heading = QLabel(self.tr("Who can refer me"), self)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.deadline = plain(QLabel(self))
        self.referrals = QTreeWidget(self)
        self.referrals.setHeaderLabels([self.tr("Person"), self.tr("How")])
        self.referrals.setAccessibleName(self.tr("Who can refer me"))
        self.referrals.setToolTip(self.tr("Double-click or press Enter to open a person"))
        self.referrals.itemActivated.connect(self._open_person)
        self.hint = plain(QLabel(self))  # instead of the tree while it has nobody to show: a sentence, wrapped
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.open_link = QPushButton(self.tr("Open &Link"), self)
        self.open_link.setToolTip(self.tr("Open the opportunity's web page in your browser"))
        self.open_link.clicked.connect(lambda: self._open_link())
        panel = QWidget(self)
        column = QVBoxLayout(panel)
        top = QHBoxLayout()  # the deadline and the link: what the form shows, at a glance
        top.addWidget(self.deadline, 1)
        top.addWidget(self.open_link)
        column.addLayout(top)
        column.addWidget(heading)
        column.addWidget(self.referrals, 1)
        column.addWidget(self.hint, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.editor)
        splitter.addWidget(panel)
        splitter.setStretchFactor(0, 3)  # the form's seven fields first; who can refer you below
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._timer = QTimer(self, singleShot=True, interval=0)  # one refresh per burst of changes
        self._timer.timeout.connect(self.refresh)
        self.editor.saved.connect(lambda _id: self.refresh())
        hub().changed.connect(self._on_changed)
        privacy().changed.connect(self._privacy_changed)  # a method, not a lambda: disconnected with the page
        self.refresh()

    def _on_changed(self, kind: str, _ids) -> None:
        if kind in ("opportunity", "organization", "person", "meeting"):
            self._timer.start()

    def _privacy_changed(self, _private: bool) -> None:
        self.refresh()

    def show_opportunity(self, opportunity_id: int | None) -> None:
        self.editor.load(opportunity_id)
        self.refresh()

    def show_new(self, defaults: dict | None) -> None:
        self.editor.new(defaults)
        self.refresh()

    def refresh(self) -> None:
        """Re-read the shown opportunity's deadline and referral paths (privacy mode leaves out sensitive people)."""
        tree = self.referrals
        tree.clear()
        opportunity_id = self.editor.record_id
        try:
            data = svc.opportunity_data(opportunity_id) if opportunity_id is not None else {}
            paths = svc.referral_paths(opportunity_id, hide_sensitive=is_private()) if data else None
        except NotFound:
            data, paths = {}, None
        self.open_link.setEnabled(bool(data.get("link")))
        self.open_link.setVisible(bool(data))  # nothing to open (or to date) before the opportunity is saved
        self.deadline.setVisible(bool(data))
        self.deadline.setText(deadline_text(data.get("deadline")) or (self.tr("No deadline") if data else ""))
        if not paths or not paths["organization"]:
            hint = (self.tr("Save the opportunity with its organization to see who can refer you.") if data or
                    self.editor.creating else self.tr("Select an opportunity to see who can refer you."))
            self.hint.setText(hint)
            self.hint.show()
            tree.hide()
            return
        self.hint.hide()
        tree.show()
        inside = QTreeWidgetItem([self.tr("Inside %1 (%2)").replace("%1", paths["organization"])
                                  .replace("%2", str(len(paths["insiders"]))), ""])
        for person in paths["insiders"]:
            how = person["title"] if person["current"] else self.tr("worked there before")
            inside.addChild(_person_item(person["name"], how, person["person_id"]))
        intro = QTreeWidgetItem([self.tr("Could introduce you (%1)").replace("%1", str(len(paths["introducers"]))), ""])
        for person in paths["introducers"]:
            intro.addChild(_person_item(person["name"], "; ".join(person["reasons"]), person["person_id"]))
        tree.addTopLevelItems([inside, intro])
        for group in (inside, intro):
            group.setFirstColumnSpanned(True)
        tree.expandAll()
        tree.resizeColumnToContents(0)

    def referral_names(self) -> tuple[list[str], list[str]]:
        """(insiders, introducers) shown for the current opportunity."""
        tree = self.referrals
        if tree.topLevelItemCount() < 2:
            return [], []
        groups = [tree.topLevelItem(i) for i in range(2)]
        return tuple([group.child(j).text(0) for j in range(group.childCount())] for group in groups)

    def _open_person(self, item, _column) -> None:
        person_id = item.data(0, PERSON_ROLE)
        if person_id:
            self.open_requested.emit("person", int(person_id))

    def _open_link(self) -> None:
        link = self.editor.loaded.get("link")
        if link:
            QDesktopServices.openUrl(QUrl(link))


def _person_item(name: str, how: str, person_id: int) -> QTreeWidgetItem:
    item = QTreeWidgetItem([name, how])
    item.setToolTip(1, how)
    item.setData(0, PERSON_ROLE, person_id)
    return item
