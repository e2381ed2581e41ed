"""Opportunities: jobs and programs with deadlines, and who can refer you to each (edits are undoable)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QDate, QModelIndex, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentordesk.opportunity_model import OPPORTUNITY_KINDS, OPPORTUNITY_STATUSES
from mentordesk.services import ServiceError, ValidationError
from mentordesk.services import opportunities as svc
from mentordesk.ui.hub import hub
from mentordesk.ui.plain import plain
from mentordesk.ui.undo import ServiceCommand

FIELDS = ("title", "organization", "kind", "status", "deadline", "link", "notes")


def _tr(text: str) -> str:
    return QCoreApplication.translate("opportunities", text)


# --- undoable edits ----------------------------------------------------------------------

class CreateOpportunity(ServiceCommand):
    """New opportunity; undo deletes it, redo restores the same row."""

    def __init__(self, values: dict):
        super().__init__(_tr("New opportunity “%1”").replace("%1", values.get("title", "")))
        self.values, self.snapshot = values, None

    def do(self):
        self.result = svc.create_opportunity(**self.values).id
        return self.result

    def undo_edit(self):
        self.snapshot = svc.delete_opportunity(self.result)

    def redo_edit(self):
        svc.restore_opportunity(self.snapshot)


class UpdateOpportunity(ServiceCommand):
    """Changed fields; undo writes the earlier values back."""

    def __init__(self, opportunity_id: int, values: dict):
        before = svc.opportunity_data(opportunity_id)
        super().__init__(_tr("Edit opportunity “%1”").replace("%1", before["title"]))
        self.opportunity_id, self.values = opportunity_id, values
        self.old = {k: before[k] for k in values if k in before}

    def do(self):
        svc.update_opportunity(self.opportunity_id, **self.values)
        self.result = self.opportunity_id
        return self.result

    def undo_edit(self):
        svc.update_opportunity(self.opportunity_id, **self.old)


class DeleteOpportunity(ServiceCommand):
    """Delete; undo restores the row with its id."""

    def __init__(self, opportunity_id: int):
        super().__init__(_tr("Delete opportunity “%1”").replace("%1", svc.opportunity_data(opportunity_id)["title"]))
        self.opportunity_id, self.snapshot = opportunity_id, None

    def do(self):
        self.snapshot = svc.delete_opportunity(self.opportunity_id)

    def undo_edit(self):
        svc.restore_opportunity(self.snapshot)


# --- list model ----------------------------------------------------------------------------

class OpportunityModel(QAbstractTableModel):
    """Opportunities, open first by deadline (sorted in SQL by the service)."""

    TITLE, ORGANIZATION, DEADLINE, STATUS, INSIDERS = range(5)
    ID_ROLE = Qt.ItemDataRole.UserRole

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[dict] = []
        self.headers = [_tr("Role or program"), _tr("Organization"), _tr("Deadline"), _tr("Status"), _tr("People inside")]

    def refresh(self) -> None:
        self.beginResetModel()
        self.rows = svc.list_opportunities()
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.headers):
            return self.headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == self.ID_ROLE:
            return row["id"]
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == self.TITLE:
            return row["title"]
        if column == self.ORGANIZATION:
            return row["organization"]
        if column == self.DEADLINE:
            if not row["deadline"]:
                return ""
            left = row["days_left"]
            if left is None:  # a stored deadline that is not a date
                return _tr("%1 (invalid date)").replace("%1", str(row["deadline"]))
            when = _tr("today") if left == 0 else (_tr("%1 days left").replace("%1", str(left)) if left > 0
                                                   else _tr("passed"))
            return f"{row['deadline']} ({when})"
        if column == self.STATUS:
            return _tr(OPPORTUNITY_STATUSES[row["status"]])
        if column == self.INSIDERS:
            return str(row["insiders"])
        return None

    def row_of(self, opportunity_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r["id"] == opportunity_id), -1)


# --- the area --------------------------------------------------------------------------------

class OpportunitiesArea(QWidget):
    """List of opportunities beside the selected one's form and its referral paths."""

    open_requested = Signal(str, int)

    def __init__(self, edits, parent=None):
        super().__init__(parent)
        self.edits = edits
        self.current_id: int | None = None
        self.model = OpportunityModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Opportunities"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)

        self.title = QLineEdit(self)
        self.organization = QLineEdit(self)
        self.organization.setPlaceholderText(self.tr("Where (new names are added)"))
        self.kind = QComboBox(self)
        for key, label in OPPORTUNITY_KINDS.items():
            self.kind.addItem(self.tr(label), key)
        self.status = QComboBox(self)
        for key, label in OPPORTUNITY_STATUSES.items():
            self.status.addItem(self.tr(label), key)
        self.has_deadline = QCheckBox(self.tr("&Has a deadline"), self)
        self.deadline = QDateEdit(QDate.currentDate().addDays(30), self)
        self.deadline.setCalendarPopup(True)
        self.deadline.setAccessibleName(self.tr("Deadline date"))
        self.has_deadline.toggled.connect(self.deadline.setEnabled)
        self.deadline.setEnabled(False)
        self.link = QLineEdit(self)
        self.link.setPlaceholderText("https://")
        self.link.setAccessibleName(self.tr("Link"))
        self.open_link = QPushButton(self.tr("Open"), self)
        self.open_link.clicked.connect(lambda: self.link.text() and QDesktopServices.openUrl(QUrl(self.link.text())))
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(90)
        self.error = plain(QLabel(self))
        self.error.setWordWrap(True)
        self.error.hide()
        self.new_button = QPushButton(self.tr("New"), self)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setDefault(True)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.new_button.clicked.connect(self.new)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self.referrals = QTreeWidget(self)
        self.referrals.setHeaderLabels([self.tr("Person"), self.tr("How")])
        self.referrals.setAccessibleName(self.tr("Who can refer me"))
        self.referrals.itemActivated.connect(self._open_person)

        deadline_row = QHBoxLayout()
        deadline_row.addWidget(self.has_deadline)
        deadline_row.addWidget(self.deadline, 1)
        link_row = QHBoxLayout()
        link_row.addWidget(self.link, 1)
        link_row.addWidget(self.open_link)
        form = QFormLayout()
        form.addRow(self.tr("&Role or program:"), self.title)
        form.addRow(self.tr("&Organization:"), self.organization)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.tr("Deadline:"), deadline_row)
        form.addRow(self.tr("Link:"), link_row)
        form.addRow(self.tr("&Notes:"), self.notes)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)
        right = QWidget(self)
        column = QVBoxLayout(right)
        column.addLayout(form)
        column.addWidget(self.error)
        column.addLayout(buttons)
        heading = QLabel(self.tr("Who can refer me"), right)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        column.addWidget(heading)
        column.addWidget(self.referrals, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.view)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.refresh)
        hub().changed.connect(self._on_changed)
        self.refresh()
        if self.model.rowCount():
            self.view.selectRow(0)
        else:
            self.new()

    def _on_changed(self, kind: str, _ids) -> None:
        if kind in ("opportunity", "person", "organization", "meeting"):
            self._timer.start()

    def refresh(self) -> None:
        """Re-read the list and the shown opportunity's referral paths."""
        keep = self.current_id
        self.model.refresh()
        for column in range(self.model.columnCount() - 1):
            self.view.resizeColumnToContents(column)
        if keep is not None:
            row = self.model.row_of(keep)
            if row >= 0:
                self.view.blockSignals(True)
                self.view.selectRow(row)
                self.view.blockSignals(False)
                self._show_referrals(keep)
            else:
                self.new()

    # --- form -------------------------------------------------------------------------------
    def _row_changed(self, current, _previous) -> None:
        if current.isValid():
            self.load(self.model.data(current, OpportunityModel.ID_ROLE))

    def load(self, opportunity_id: int) -> None:
        data = svc.opportunity_data(opportunity_id)
        self.current_id = opportunity_id
        self.title.setText(data["title"])
        self.organization.setText(data["organization"])
        self.kind.setCurrentIndex(self.kind.findData(data["kind"]))
        self.status.setCurrentIndex(self.status.findData(data["status"]))
        self.has_deadline.setChecked(bool(data["deadline"]))
        if data["deadline"]:
            self.deadline.setDate(QDate.fromString(data["deadline"], Qt.DateFormat.ISODate))
        self.link.setText(data["link"])
        self.notes.setPlainText(data["notes"])
        self.delete_button.setEnabled(True)
        self.error.hide()
        self._show_referrals(opportunity_id)

    def new(self) -> None:
        """Clear the form for a new opportunity."""
        self.current_id = None
        self.view.clearSelection()
        for field in (self.title, self.organization, self.link):
            field.clear()
        self.notes.clear()
        self.kind.setCurrentIndex(0)
        self.status.setCurrentIndex(0)
        self.has_deadline.setChecked(False)
        self.delete_button.setEnabled(False)
        self.referrals.clear()
        self.error.hide()
        completer = QCompleter(svc.organization_names(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.organization.setCompleter(completer)

    def values(self) -> dict:
        """The form's values in the service's terms."""
        deadline = self.deadline.date().toPython() if self.has_deadline.isChecked() else None
        return {
            "title": self.title.text(),
            "organization": self.organization.text(),
            "kind": self.kind.currentData(),
            "status": self.status.currentData(),
            "deadline": deadline.isoformat() if isinstance(deadline, dt.date) else None,
            "link": self.link.text(),
            "notes": self.notes.toPlainText(),
        }

    def save(self) -> int | None:
        """Create or update from the form (undoable); field errors are shown under the form."""
        values = self.values()
        try:
            if self.current_id is None:
                self.current_id = self.edits.run(CreateOpportunity(values))
            else:
                before = svc.opportunity_data(self.current_id)
                changed = {k: v for k, v in values.items() if before.get(k) != v}
                if changed:
                    self.edits.run(UpdateOpportunity(self.current_id, changed))
        except ValidationError as exc:
            self.error.setText(self.tr("Please check: %1").replace("%1", str(exc)))
            self.error.show()
            return None
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Could not save"), str(exc))
            return None
        self.refresh()
        return self.current_id

    def delete(self) -> None:
        if self.current_id is None:
            return
        try:
            self.edits.run(DeleteOpportunity(self.current_id))
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Could not delete"), str(exc))
            return
        self.new()
        self.refresh()

    # --- referrals ----------------------------------------------------------------------------
    def _show_referrals(self, opportunity_id: int) -> None:
        tree = self.referrals
        tree.clear()
        paths = svc.referral_paths(opportunity_id)
        if not paths["organization"]:
            tree.addTopLevelItem(QTreeWidgetItem([self.tr("Add an organization to see who can refer you."), ""]))
            return
        inside = QTreeWidgetItem([self.tr("Inside %1 (%2)").replace("%1", paths["organization"])
                                  .replace("%2", str(len(paths["insiders"]))), ""])
        for person in paths["insiders"]:
            how = person["title"] if person["current"] else self.tr("worked there before")
            child = QTreeWidgetItem([person["name"], how])
            child.setData(0, Qt.ItemDataRole.UserRole, person["person_id"])
            inside.addChild(child)
        intro = QTreeWidgetItem([self.tr("Could introduce you (%1)").replace("%1", str(len(paths["introducers"]))), ""])
        for person in paths["introducers"]:
            child = QTreeWidgetItem([person["name"], "; ".join(person["reasons"])])
            child.setToolTip(1, "; ".join(person["reasons"]))
            child.setData(0, Qt.ItemDataRole.UserRole, person["person_id"])
            intro.addChild(child)
        tree.addTopLevelItems([inside, intro])
        tree.expandAll()
        tree.resizeColumnToContents(0)

    def _open_person(self, item, _column) -> None:
        person_id = item.data(0, Qt.ItemDataRole.UserRole)
        if person_id:
            self.open_requested.emit("person", int(person_id))

    def referral_names(self) -> tuple[list[str], list[str]]:
        """(insiders, introducers) shown for the current opportunity."""
        tree = self.referrals
        if tree.topLevelItemCount() < 2:
            return [], []
        return tuple([tree.topLevelItem(i).child(j).text(0) for j in range(tree.topLevelItem(i).childCount())]
                     for i in range(2))
