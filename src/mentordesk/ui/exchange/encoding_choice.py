"""The import dialog's choice of text encoding, offered only when the file's encoding was a guess with rivals."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel

from mentordesk.exchange import decoding


class EncodingChoice(QComboBox):
    """The encoding the preview read the file with (first), then the ones that read its letters differently."""

    chosen = Signal()  # the user picked one: the dialog previews again

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Text encoding"))
        self.setToolTip(self.tr("The file does not say how its letters are written; pick the one under which the "
                                "names in the preview read right"))
        self.label = QLabel(self.tr("Text &encoding:"))
        self.label.setBuddy(self)
        self.activated.connect(lambda _index: self.chosen.emit())

    def offer(self, encodings: list[str]) -> None:
        """After a preview: list the guess and its rivals, once per file (a preview after a choice lists none)."""
        if self.count() or len(encodings) < 2:
            return
        for codec in encodings:
            self.addItem(decoding.label(codec), codec)
        self.setItemText(0, self.tr("%1 (detected)").replace("%1", decoding.label(encodings[0])))

    def option(self) -> str | None:
        """The codec to read the file with: None while the detected one is kept."""
        return self.currentData() if self.currentIndex() > 0 else None
