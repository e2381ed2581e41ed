"""Restoring a backup from the app: the list of backups with date, counts and whether each is encrypted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentordesk.safety.backup import Backup, list_backups
from mentordesk.safety.crypto import is_encrypted
from mentordesk.safety.integrity import COUNTED_TABLES, inspect_file

COUNT_COLUMNS = list(COUNTED_TABLES)  # people, organizations, meetings, advice, asks


class RestoreDialog(QDialog):
    """Lists the backups, newest first; counts fill in one backup per event-loop turn (keys take ~0.1 s)."""

    def __init__(self, db_path: Path | str, passphrase: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore From Backup"))
        self.passphrase = passphrase
        self.backups: list[Backup] = list_backups(db_path)
        self.readable: dict[int, bool] = {}
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Choose a backup to put back. Your data as it is now is backed up first, "
                               "so a restore can itself be undone by restoring that backup."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Backups"))
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("Date"), self.tr("Made"), self.tr("People"), self.tr("Organizations"),
                                   self.tr("Meetings"), self.tr("Advice"), self.tr("Asks"), self.tr("Stored")])
        for backup in self.backups:
            stored = self.tr("Encrypted") if is_encrypted(backup.path) else self.tr("Not encrypted")
            item = QTreeWidgetItem([backup.created.strftime("%Y-%m-%d %H:%M:%S"), self._reason(backup.reason)]
                                   + ["…"] * len(COUNT_COLUMNS) + [stored])
            item.setData(0, Qt.ItemDataRole.UserRole, str(backup.path))
            self.tree.addTopLevelItem(item)
        layout.addWidget(self.tree)
        self.empty = QLabel(self.tr("There are no backups yet."), self)
        self.empty.setVisible(not self.backups)
        layout.addWidget(self.empty)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = self.buttons.addButton(self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.tree.currentItemChanged.connect(lambda *_: self._update_button())
        self.tree.itemDoubleClicked.connect(lambda *_: self.restore_button.isEnabled() and self.accept())
        self.resize(760, 420)
        self._next = 0
        QTimer.singleShot(0, self._fill_next)
        if self.backups:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))

    def _reason(self, reason: str) -> str:
        labels = {"manual": self.tr("By you"), "auto": self.tr("Automatically"), "on-close": self.tr("On closing"),
                  "before-restore": self.tr("Before a restore"), "before-migration": self.tr("Before an upgrade"),
                  "before-import": self.tr("Before an import"), "before-merge": self.tr("Before a merge")}
        return labels.get(reason, reason.replace("-", " ").capitalize())

    def _fill_next(self) -> None:
        if self._next >= len(self.backups):
            for column in range(self.tree.columnCount()):
                self.tree.resizeColumnToContents(column)
            return
        row = self._next
        self._next += 1
        problems, counts = inspect_file(self.backups[row].path, self.passphrase)
        item = self.tree.topLevelItem(row)
        self.readable[row] = counts is not None
        if counts is None:
            item.setText(2, self.tr("unreadable"))
            item.setToolTip(2, problems[0] if problems else "")
            for column in range(3, 2 + len(COUNT_COLUMNS)):
                item.setText(column, "")
        else:
            for offset, key in enumerate(COUNT_COLUMNS):
                item.setText(2 + offset, str(counts[key]))
        self._update_button()
        QTimer.singleShot(0, self._fill_next)

    def is_filled(self) -> bool:
        return len(self.readable) == len(self.backups)

    def _update_button(self) -> None:
        row = self.tree.indexOfTopLevelItem(self.tree.currentItem()) if self.tree.currentItem() else -1
        self.restore_button.setEnabled(row >= 0 and self.readable.get(row, False))

    def selected_backup(self) -> Backup | None:
        item = self.tree.currentItem()
        return self.backups[self.tree.indexOfTopLevelItem(item)] if item else None

    def select_row(self, row: int) -> None:
        self.tree.setCurrentItem(self.tree.topLevelItem(row))
