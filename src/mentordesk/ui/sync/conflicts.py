"""The sync conflicts dialog: both versions side by side, keep one or pick field by field."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentordesk.services.core import ServiceError
from mentordesk.sync.conflicts import ConflictView, conflict_view, open_conflicts, resolve
from mentordesk.ui.plain import display_safe


class ConflictDialog(QDialog):
    """Lists open conflicts; for the selected one shows each field on this computer and on the server."""

    resolved_all = Signal()
    FIELD, LOCAL, REMOTE = range(3)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sync Conflicts"))
        self.setObjectName("sync_conflicts_dialog")
        self.view: ConflictView | None = None
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Conflicts"))
        self.list.currentRowChanged.connect(self._show_current)
        self.reason = QLabel(self)
        self.reason.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setAccessibleName(self.tr("Both versions, field by field"))
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("This computer"), self.tr("Server")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(self.FIELD, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.itemChanged.connect(self._choice_changed)
        self.table.cellClicked.connect(self._cell_clicked)
        hint = QLabel(self.tr("Tick the version of each field to keep, then Merge; or keep one whole version."), self)
        hint.setWordWrap(True)
        self.keep_local = QPushButton(self.tr("Keep &This Computer's"), self)
        self.keep_remote = QPushButton(self.tr("Keep the &Server's"), self)
        self.merge = QPushButton(self.tr("&Merge Ticked Fields"), self)
        self.keep_local.clicked.connect(lambda: self._resolve("local"))
        self.keep_remote.clicked.connect(lambda: self._resolve("remote"))
        self.merge.clicked.connect(lambda: self._resolve("merge"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.reason)
        right_layout.addWidget(self.table, 1)
        right_layout.addWidget(hint)
        buttons = QHBoxLayout()
        for button in (self.keep_local, self.keep_remote, self.merge):
            buttons.addWidget(button)
        buttons.addStretch(1)
        right_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)
        self.resize(820, 460)
        self.reload()

    def reload(self) -> None:
        """Refill the list from the database and select the first conflict."""
        self.list.clear()
        for view in open_conflicts():
            kind = self.tr("Person") if view.kind == "person" else self.tr("Meeting")
            item = QListWidgetItem(f"{kind}: {view.title}")
            item.setData(Qt.ItemDataRole.UserRole, view.id)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self._show(None)

    def _show_current(self, row: int) -> None:
        item = self.list.item(row) if row >= 0 else None
        self._show(conflict_view(item.data(Qt.ItemDataRole.UserRole)) if item else None)

    def _show(self, view: ConflictView | None) -> None:
        self.view = view
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for button in (self.keep_local, self.keep_remote, self.merge):
            button.setEnabled(view is not None)
        if view is None:
            self.reason.setTextFormat(Qt.TextFormat.PlainText)
            self.reason.setText(self.tr("No conflicts left."))
            self.table.blockSignals(False)
            return
        self.reason.setTextFormat(Qt.TextFormat.RichText)
        self.reason.setText(f"<b>{html.escape(display_safe(view.title))}</b> — {html.escape(self.tr(view.reason))}")
        deleted = self.tr("(deleted)")
        bold = QFont(self.font())
        bold.setBold(True)
        for row in view.rows:
            index = self.table.rowCount()
            self.table.insertRow(index)
            label = QTableWidgetItem(self.tr(row.label))
            label.setData(Qt.ItemDataRole.UserRole, row.key)
            self.table.setItem(index, self.FIELD, label)
            for column, text, present in ((self.LOCAL, row.local, view.local_fields is not None),
                                          (self.REMOTE, row.remote, view.remote_fields is not None)):
                cell = QTableWidgetItem(text if present else deleted)
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
                if row.differs:
                    cell.setFont(bold)
                cell.setCheckState(Qt.CheckState.Checked if column == self.LOCAL else Qt.CheckState.Unchecked)
                self.table.setItem(index, column, cell)
        self.table.resizeRowsToContents()
        both = view.local_fields is not None and view.remote_fields is not None
        self.merge.setEnabled(both)
        self.table.blockSignals(False)

    def _cell_clicked(self, row: int, column: int) -> None:
        if column in (self.LOCAL, self.REMOTE):
            self.choose(row, column)

    def choose(self, row: int, column: int) -> None:
        """Tick this side of a field (and untick the other)."""
        self.table.item(row, column).setCheckState(Qt.CheckState.Checked)

    def _choice_changed(self, item: QTableWidgetItem) -> None:
        if item.column() not in (self.LOCAL, self.REMOTE):
            return
        other = self.table.item(item.row(), self.REMOTE if item.column() == self.LOCAL else self.LOCAL)
        if other is None:
            return
        self.table.blockSignals(True)
        other.setCheckState(Qt.CheckState.Unchecked if item.checkState() == Qt.CheckState.Checked
                            else Qt.CheckState.Checked)
        self.table.blockSignals(False)

    def merged_fields(self) -> dict:
        """The field values ticked in the table, from either version."""
        view, merged = self.view, {}
        for index in range(self.table.rowCount()):
            key = self.table.item(index, self.FIELD).data(Qt.ItemDataRole.UserRole)
            remote = self.table.item(index, self.REMOTE).checkState() == Qt.CheckState.Checked
            source = view.remote_fields if remote else view.local_fields
            if key in source:
                merged[key] = source[key]
        return merged

    def _resolve(self, choice: str) -> None:
        if self.view is None:
            return
        try:
            resolve(self.view.id, choice, self.merged_fields() if choice == "merge" else None)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Sync conflict"), str(exc))
            return
        self.reload()
        if self.list.count() == 0:
            self.resolved_all.emit()
            self.accept()
