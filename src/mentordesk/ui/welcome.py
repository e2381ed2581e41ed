"""The first-run page on an empty database: four ways to get started."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCommandLinkButton, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from mentordesk.ui.icons import action_icon, app_icon, area_icon


class WelcomePage(QWidget):
    """Shown instead of Today until the database has something in it."""

    load_sample = Signal()
    import_contacts = Signal()
    add_person = Signal()
    start_wizard = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        icon = QLabel(self)
        size = self.fontMetrics().height() * 5
        icon.setPixmap(app_icon().pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel(self.tr("Welcome to MentorDesk"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        intro = QLabel(self.tr("Keep track of the people who can help you get unstuck at work: who they are, "
                               "what they advised, what you asked them, and when to catch up again."), self)
        intro.setWordWrap(True)
        intro.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sample_button = QCommandLinkButton(
            self.tr("Load a sample network"),
            self.tr("Explore MentorDesk with 40 made-up people, their meetings and advice."), self)
        self.import_button = QCommandLinkButton(
            self.tr("Import contacts"),
            self.tr("Bring in people from your phone, Google, Outlook or LinkedIn."), self)
        self.add_button = QCommandLinkButton(
            self.tr("Add your first person"),
            self.tr("Start with a mentor, a coach or a friend who knows your situation."), self)
        self.wizard_button = QCommandLinkButton(
            self.tr("Start the Crossroads wizard"),
            self.tr("Stuck? Weigh improving in place, switching fields or going back to school."), self)
        # Icons of our own, drawn in the palette's text colour: the style's arrow was black on a dark palette.
        for button, drawn in ((self.sample_button, area_icon("people")),
                              (self.import_button, action_icon("import_contacts")),
                              (self.add_button, action_icon("new")), (self.wizard_button, area_icon("pipeline"))):
            button.setIcon(drawn)
        self.sample_button.clicked.connect(self.load_sample)
        self.import_button.clicked.connect(self.import_contacts)
        self.add_button.clicked.connect(self.add_person)
        self.wizard_button.clicked.connect(self.start_wizard)
        column = QWidget(self)
        column.setFixedWidth(self.fontMetrics().averageCharWidth() * 78)
        inner = QVBoxLayout(column)
        inner.addWidget(icon)
        inner.addWidget(title)
        inner.addWidget(intro)
        inner.addSpacing(self.fontMetrics().height())
        for button in (self.sample_button, self.import_button, self.add_button, self.wizard_button):
            inner.addWidget(button)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)

    def set_available(self, import_enabled: bool, wizard_enabled: bool) -> None:
        """Offer import and the wizard only once their features are plugged in."""
        self.import_button.setVisible(import_enabled)
        self.wizard_button.setVisible(wizard_enabled)
