"""Asking for a passphrase: to open an encrypted database, or to set, change or remove one."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


def _secret_field(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


class UnlockDialog(QDialog):
    """Asks for the passphrase of an encrypted database on start."""

    def __init__(self, path, wrong: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unlock MentorDesk"))
        layout = QVBoxLayout(self)
        intro = self.tr("%1 is encrypted. Type its passphrase to open it.").replace("%1", str(path))
        label = QLabel(intro, self)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.error = QLabel(self.tr("That passphrase is wrong; nothing was changed. Try again."), self)
        self.error.setVisible(wrong)
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self.field = _secret_field(self, self.tr("Passphrase"))
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.field)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.field.setFocus()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    def passphrase(self) -> str:
        return self.field.text()


class SetPassphraseDialog(QDialog):
    """Sets, changes or removes the passphrase: current one (when encrypted), new one typed twice."""

    def __init__(self, encrypted: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.encrypted = encrypted
        self.setWindowTitle(self.tr("Change Passphrase") if encrypted else self.tr("Encrypt Your Data"))
        layout = QVBoxLayout(self)
        text = (self.tr("Leave the new passphrase empty to remove encryption.") if encrypted else
                self.tr("Your database and its backups will be encrypted. Without the passphrase "
                        "nobody can read them, and neither can you: keep it somewhere safe."))
        intro = QLabel(text, self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.current = _secret_field(self, self.tr("Current passphrase"))
        if encrypted:
            form.addRow(self.tr("&Current passphrase:"), self.current)
        else:
            self.current.hide()
        self.new = _secret_field(self, self.tr("New passphrase"))
        self.repeat = _secret_field(self, self.tr("Repeat new passphrase"))
        form.addRow(self.tr("&New passphrase:"), self.new)
        form.addRow(self.tr("&Repeat:"), self.repeat)
        layout.addLayout(form)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.current if encrypted else self.new).setFocus()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(True)

    def accept(self) -> None:
        if self.encrypted and not self.current.text():
            self.show_error(self.tr("Type the current passphrase."))
            return
        if self.new.text() != self.repeat.text():
            self.show_error(self.tr("The two new passphrases differ."))
            return
        if not self.encrypted and not self.new.text():
            self.show_error(self.tr("Type a passphrase."))
            return
        super().accept()

    def values(self) -> tuple[str | None, str | None]:
        """(current, new): None for 'not encrypted' on either side."""
        return (self.current.text() or None) if self.encrypted else None, self.new.text() or None
