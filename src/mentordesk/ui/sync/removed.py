"""File › Removed from the Server…: people and meetings the server deleted, kept here; upload them again."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from mentordesk.sync.removed import WHERE, removed_records, restore
from mentordesk.ui.plain import display_safe


class RemovedDialog(QDialog):
    """Lists kept records; "Upload Again" restores the checked ones (the next sync puts them back)."""

    restored = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Removed from the Server"))
        intro = QLabel(self.tr(
            "These were deleted on the server (on a phone or another app). MentorDesk keeps them with their "
            "history and no longer syncs them. Upload the checked ones again, or delete them here as usual."), self)
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Removed from the server"))
        for record in removed_records():
            where = WHERE.get(record.kind, "the server")
            when = str(record.removed_at)[:16]
            item = QListWidgetItem(display_safe(f"{record.name} — removed from {where} on {when}"))
            item.setData(Qt.ItemDataRole.UserRole, record.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.upload = buttons.addButton(self.tr("&Upload Again"), QDialogButtonBox.ButtonRole.ActionRole)
        self.upload.setEnabled(self.list.count() > 0)
        self.upload.clicked.connect(lambda: self.upload_checked())
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(520, 360)

    def checked_ids(self) -> list[int]:
        return [self.list.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.list.count())
                if self.list.item(row).checkState() == Qt.CheckState.Checked]

    def upload_checked(self) -> int:
        """Restore the checked records; they go back to the server on the next sync."""
        ids = self.checked_ids()
        count = restore(ids) if ids else 0
        for row in reversed(range(self.list.count())):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) in ids:
                self.list.takeItem(row)
        self.upload.setEnabled(self.list.count() > 0)
        if count:
            self.restored.emit()
        return count
