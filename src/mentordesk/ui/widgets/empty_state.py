"""What an empty area shows: what it is for, and the one button that fills it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from mentordesk.ui.plain import plain


class EmptyState(QWidget):
    """A heading, a sentence and one action button, centred in the space of an empty list."""

    action_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("empty_state")
        self.icon = QLabel(self)
        self._icon = None  # the QIcon shown, drawn again in the palette's colours when they change
        self.icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading = plain(QLabel(self))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.sentence = plain(QLabel(self))
        self.sentence.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.setObjectName("empty_action")
        self.button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.button.clicked.connect(lambda: self.action_requested.emit())
        self.hint = plain(QLabel(self))  # the keys that do the same: "or press Ctrl+N"
        self.hint.setEnabled(False)
        for label in (self.heading, self.sentence, self.hint):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column = QWidget(self)  # the words, at most ~64 characters wide, centred in whatever space there is
        column.setMaximumWidth(self.fontMetrics().averageCharWidth() * 64)
        column.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        words = QVBoxLayout(column)
        words.addWidget(self.icon)
        words.addWidget(self.heading)
        words.addWidget(self.sentence)
        words.addSpacing(self.fontMetrics().height() // 2)
        words.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        words.addWidget(self.hint)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 10)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)

    def show_state(self, heading: str, sentence: str, action: str = "", hint: str = "", icon=None) -> None:
        """Say what the area is for and name the action that fills it (no button when `action` is empty)."""
        self._icon = icon
        self._draw_icon()
        self.icon.setVisible(icon is not None)
        for label, value in ((self.heading, heading), (self.sentence, sentence), (self.hint, hint)):
            label.setText(value)
            label.setVisible(bool(value))
        self.button.setText(action)
        self.button.setVisible(bool(action))
        self.setAccessibleName(heading or sentence)

    def _draw_icon(self) -> None:
        """The area's icon in the palette's muted text colour (drawn again when the palette changes)."""
        size = self.fontMetrics().height() * 3
        icon = self._icon
        self.icon.setPixmap(icon.pixmap(size, size, QIcon.Mode.Disabled) if icon is not None else QPixmap())

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # light to dark while the area is empty
            self._draw_icon()

    def text(self) -> str:
        """Everything it says, for screen readers and tests."""
        return "\n".join(w.text().replace("&", "") for w in (self.heading, self.sentence, self.button, self.hint)
                         if w.text() and not w.isHidden())
