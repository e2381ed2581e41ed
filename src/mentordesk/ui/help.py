"""Help menu: About MentorDesk and the "How to use MentorDesk" page from resources/help."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QTextBrowser, QVBoxLayout

from mentordesk import APP_NAME, __version__
from mentordesk.paths import resource_path


class HelpDialog(QDialog):
    """A browsable how-to page; links to the web open in the user's browser."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("How to use MentorDesk"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName(self.tr("Help"))
        page = resource_path("help", "index.html")
        if page.exists():
            self.browser.setSource(QUrl.fromLocalFile(str(page)))
        else:
            self.browser.setPlainText(self.tr("The help page is missing from this installation."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 90, metrics.height() * 36)


def show_about(parent) -> None:
    QMessageBox.about(
        parent,
        parent.tr("About MentorDesk"),
        parent.tr("<h3>%1 %2</h3><p>Organize the people who help you get unstuck at work: mentors, coaches, "
                  "friends, former managers and insiders, the advice they gave and what you asked of them.</p>"
                  "<p>Your data stays on this computer.</p>").replace("%1", APP_NAME).replace("%2", __version__),
    )
