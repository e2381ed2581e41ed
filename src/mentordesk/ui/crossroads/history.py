"""Past Crossroads decisions: a list with date and choice, the report of one, and two side by side."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TR_NOOP, QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QMessageBox,
    QPushButton, QTableView, QTextBrowser, QVBoxLayout,
)

from mentordesk.crossroads import report, service
from mentordesk.safety.files import write_private
from mentordesk.ui.crossroads.colors import report_colors
from mentordesk.ui.crossroads.numbers import number
from mentordesk.ui.crossroads.pages import tr
from mentordesk.ui.dates import short_datetime
from mentordesk.ui.hub import hub


class DecisionListModel(QAbstractTableModel):
    """Decision ids, newest first; each row's values are read when the view asks for them."""

    DATE, CHOICE, SCORE, CERTAINTY, REVISIT, ASKS = range(6)
    HEADERS = (QT_TR_NOOP("Decided"), QT_TR_NOOP("Choice"), QT_TR_NOOP("Score"), QT_TR_NOOP("Certainty"),
               QT_TR_NOOP("Revisit on"), QT_TR_NOOP("Asks"))
    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None):
        super().__init__(parent)
        self.ids: list[int] = []
        self._cache: dict[int, dict] = {}
        self.refresh()
        hub().changed.connect(self._changed)

    def _changed(self, kind: str, _ids) -> None:
        if kind in ("decision", "ask"):
            self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self.ids = service.decision_ids()
        self._cache.clear()
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.HEADERS):
            return tr(self.HEADERS[section])
        return None

    def row(self, row: int) -> dict:
        decision_id = self.ids[row]
        if decision_id not in self._cache:
            self._cache[decision_id] = service.decision_summary(decision_id)
        return self._cache[decision_id]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.ids):
            return None
        if role == self.ID_ROLE:
            return self.ids[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (self.SCORE, self.ASKS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        r = self.row(index.row())
        col = index.column()
        if col == self.DATE:
            return short_datetime(r["created_at"])
        if col == self.CHOICE:
            return r["chosen_label"]
        if col == self.SCORE:
            return number(r["score"], 2) if r["score"] is not None else ""
        if col == self.CERTAINTY:
            return tr(r["certainty"])
        if col == self.REVISIT:
            return r["revisit_on"].isoformat() if r["revisit_on"] else ""
        return str(r["asks"])


class HtmlDialog(QDialog):
    """A read-only rich-text view (a report, or a comparison)."""

    def __init__(self, title: str, html: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(title)
        self.browser.setHtml(html)
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(820, 700)


class CrossroadsHistory(QDialog):
    """The decisions made so far: open one's report, export it, compare two, or start a new one."""

    def __init__(self, parent=None, edits=None):
        super().__init__(parent)
        self.edits = edits
        self.setWindowTitle(tr("Crossroads decisions"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Select one decision to read or export it, or two to compare them.")))
        self.model = DecisionListModel(self)
        self.view = QTableView()
        self.view.setAccessibleName(tr("Past decisions"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setSectionResizeMode(DecisionListModel.CHOICE, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda _i: self.open_report())
        self.view.selectionModel().selectionChanged.connect(self.update_buttons)
        layout.addWidget(self.view)
        row = QHBoxLayout()
        self.new_button = QPushButton(tr("&New Decision…"))
        self.open_button = QPushButton(tr("&Read Report"))
        self.export_button = QPushButton(tr("&Export Report…"))
        self.compare_button = QPushButton(tr("&Compare"))
        self.share_button = QPushButton(tr("&Share Version…"))
        for button, slot in ((self.new_button, self.new_decision), (self.open_button, self.open_report),
                             (self.export_button, self.export_report), (self.share_button, self.open_share),
                             (self.compare_button, self.compare)):
            button.clicked.connect(lambda _checked=False, run=slot: run())  # clicked(bool) is not a path
            row.addWidget(button)
        row.addStretch()
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.reject)
        row.addWidget(close)
        layout.addLayout(row)
        self.resize(760, 380)
        if self.model.rowCount():
            self.view.selectRow(0)
        self.update_buttons()

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.ids[r] for r in rows]

    def update_buttons(self) -> None:
        count = len(self.selected_ids())
        self.open_button.setEnabled(count == 1)
        self.export_button.setEnabled(count == 1)
        self.share_button.setEnabled(count == 1)
        self.compare_button.setEnabled(count == 2)

    def open_report(self) -> QDialog | None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return None
        dialog = HtmlDialog(tr("Crossroads decision"),
                            report.decision_html(service.decision_data(ids[0]), report_colors(self)), self)
        dialog.show()
        return dialog

    def open_share(self) -> QDialog | None:
        """The share version of the selected decision, for a mentor."""
        from mentordesk.crossroads import assumption_service
        from mentordesk.ui.crossroads.share_dialog import ShareDialog

        ids = self.selected_ids()
        if len(ids) != 1:
            return None
        dialog = ShareDialog(service.decision_data(ids[0]), assumption_service.tests_of(ids[0]), self)
        dialog.show()
        return dialog

    def compare(self) -> QDialog | None:
        ids = self.selected_ids()
        if len(ids) != 2:
            return None
        older, newer = sorted(ids)
        html = report.compare_html(service.decision_data(older), service.decision_data(newer), report_colors(self))
        dialog = HtmlDialog(tr("Compare decisions"), html, self)
        dialog.show()
        return dialog

    def export_report(self, path: str | None = None) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        if path is None:
            path, _filter = QFileDialog.getSaveFileName(self, tr("Export report"), "crossroads-decision.pdf",
                                                        tr("PDF (*.pdf);;HTML (*.html)"))
            if not path:
                return
        html = report.decision_html(service.decision_data(ids[0]))
        try:
            if Path(path).suffix.lower() == ".html":
                write_private(Path(path), html.encode("utf-8"))
            else:
                from mentordesk.ui.crossroads.report_pdf import write_pdf

                write_pdf(html, path if path.lower().endswith(".pdf") else path + ".pdf", title="Crossroads decision")
        except OSError as exc:
            QMessageBox.warning(self, tr("Export failed"), tr("Cannot write {path}: {error}").format(path=path, error=exc.strerror))

    def new_decision(self) -> None:
        from mentordesk.ui.crossroads.wizard import CrossroadsWizard

        wizard = CrossroadsWizard(self, edits=self.edits)
        wizard.decision_saved.connect(lambda _id: self.model.refresh())
        wizard.open()
        self.wizard = wizard
