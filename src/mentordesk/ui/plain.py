"""User data in labels and message boxes shows as typed: never guessed to be rich text, bidi controls neutralised."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from mentordesk.services.text import display_safe

__all__ = ["display_safe", "message", "plain", "plain_label"]


def plain(label: QLabel) -> QLabel:
    """Make `label` show its text literally (Qt would otherwise render `<b>Eve</b>` as bold); returns it."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A QLabel that shows `text` literally."""
    label = plain(QLabel(parent))
    label.setText(text)
    return label


def message(text: str) -> str:
    """Text for QMessageBox's static functions that shows literally: escaped and explicitly marked as rich text."""
    return "<qt>" + html.escape(str(text), quote=False).replace("\n", "<br>") + "</qt>"
