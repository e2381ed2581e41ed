"""The share version for a mentor: pick whom it is for, edit the three questions, anonymise quotes, preview, export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QMessageBox, QPushButton, QTextBrowser, QVBoxLayout,
)

from mentordesk.crossroads import share
from mentordesk.safety.files import write_private
from mentordesk.services import ServiceError
from mentordesk.ui.crossroads.colors import report_colors
from mentordesk.ui.crossroads.pages import line, tr
from mentordesk.ui.plain import message
from mentordesk.ui.widgets.pickers import PersonPicker


class ShareDialog(QDialog):
    """A decision's share version (stored, or the wizard's unsaved one), shown as it will be sent."""

    def __init__(self, data: dict, tests: list[dict], parent=None):
        super().__init__(parent)
        self.data, self.tests = data, tests
        self.people = share.People.read()
        self.setWindowTitle(tr("Share version for a mentor"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.person = PersonPicker()
        self.person.exclude = set(self.people.sensitive)     # a sensitive person is left out, as reader too
        self.person.setAccessibleName(tr("Whom it is for"))
        self.person.changed.connect(self.person_changed)
        form.addRow(tr("&For:"), self.person)
        self.anonymise = QCheckBox(tr("&Anonymise quotes (no names in what people told you)"))
        self.anonymise.toggled.connect(self.refresh)
        form.addRow("", self.anonymise)
        self.questions = [line(tr("Question {n}").format(n=n), tr("A question for this person")) for n in (1, 2, 3)]
        for n, edit in enumerate(self.questions, start=1):
            edit.editingFinished.connect(self.refresh)
            form.addRow(tr("Question &{n}:").format(n=n), edit)
        layout.addLayout(form)
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(tr("Share version preview"))
        layout.addWidget(self.preview, 1)
        row = QHBoxLayout()
        self.export_button = QPushButton(tr("&Export\u2026"))
        self.export_button.clicked.connect(lambda _checked=False: self.export())
        row.addWidget(self.export_button)
        row.addStretch()
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.reject)
        row.addWidget(close)
        layout.addLayout(row)
        self.resize(820, 760)
        self.person_changed()

    def reader(self) -> tuple[int, str] | None:
        pid = self.person.person_id()
        return (pid, self.person.text()) if pid else None

    def person_changed(self) -> None:
        """New reader: new questions for them (the user may edit them after)."""
        reader = self.reader()
        for edit, question in zip(self.questions, share.questions_for(self.data, self.tests, reader[0] if reader else None)):
            edit.setText(question)
        self.refresh()

    def html(self, colors: dict | None = None) -> str:
        return share.share_html(self.data, self.tests, self.reader(), self.anonymise.isChecked(),
                                [q.text() for q in self.questions], colors, self.people)

    def refresh(self) -> None:
        self.preview.setHtml(self.html(report_colors(self.preview)))

    def export(self, path: str | None = None) -> None:
        """Write the share version as PDF or HTML (light, for paper)."""
        if path is None:
            reader = self.reader()
            name = f"crossroads-for-{reader[1].split()[0].lower()}.pdf" if reader else "crossroads-share.pdf"
            path, _filter = QFileDialog.getSaveFileName(self, tr("Export share version"), name,
                                                        tr("PDF (*.pdf);;HTML (*.html)"))
            if not path:
                return
        try:
            html = self.html()
            if Path(path).suffix.lower() == ".html":
                write_private(Path(path), html.encode("utf-8"))
            else:
                from mentordesk.ui.crossroads.report_pdf import write_pdf

                write_pdf(html, path if path.lower().endswith(".pdf") else path + ".pdf",
                          title="Crossroads decision (share version)")
        except (OSError, ServiceError) as exc:
            QMessageBox.warning(self, tr("Export failed"), message(str(exc)))
