"""Logging a meeting: when, with whom (type-ahead, several people) and the advice given, in one dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from mentordesk.models import PATHS, STANCES
from mentordesk.services import ServiceError, ValidationError
from mentordesk.ui.i18n import vocabulary
from mentordesk.ui.widgets.fields import advice_fields, meeting_fields
from mentordesk.ui.widgets.forms import ErrorLabel, RecordForm, error_text, humanize
from mentordesk.ui.widgets.screen_fit import fit_to_screen


class AdviceRow(QWidget):
    """One advice note from the meeting: who said it, about which path, for or against, and what."""

    def __init__(self, attendees: list[tuple[int, str]], parent=None):
        super().__init__(parent)
        self.person = QComboBox(self)
        self.person.setAccessibleName(self.tr("Advice from"))
        self.path = QComboBox(self)
        self.path.setAccessibleName(self.tr("Advice about"))
        for key, label in PATHS.items():
            self.path.addItem(vocabulary(label), key)
        self.stance = QComboBox(self)
        self.stance.setAccessibleName(self.tr("Stance"))
        for key, label in STANCES.items():
            self.stance.addItem(vocabulary(label), key)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("What did they advise?"))
        self.text.setAccessibleName(self.tr("Advice"))
        self.text.setFixedHeight(self.text.fontMetrics().lineSpacing() * 3 + 12)
        self.remove = QToolButton(self)
        self.remove.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogDiscardButton))
        self.remove.setToolTip(self.tr("Remove this advice note"))
        self.remove.setAccessibleName(self.tr("Remove this advice note"))
        self.error = ErrorLabel(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("From"), self))
        top.addWidget(self.person, 2)
        top.addWidget(self.path, 2)
        top.addWidget(self.stance, 1)
        top.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.addLayout(top)
        layout.addWidget(self.text)
        layout.addWidget(self.error)
        self.set_attendees(attendees)

    def set_attendees(self, attendees: list[tuple[int, str]]) -> None:
        chosen = self.person.currentData()
        self.person.clear()
        for person_id, name in attendees:
            self.person.addItem(name, person_id)
        index = self.person.findData(chosen)
        self.person.setCurrentIndex(index if index >= 0 else 0)

    def value(self) -> dict:
        return {"person_id": self.person.currentData(), "path": self.path.currentData(),
                "stance": self.stance.currentData(), "advice": self.text.toPlainText().strip()}


class LogMeetingDialog(QDialog):
    """Collects a meeting and its advice; `accept()` writes both in one undoable transaction."""

    def __init__(self, edits, parent=None, attendees: list[tuple[int, str]] | None = None):
        super().__init__(parent)
        self.edits = edits
        self.meeting_id: int | None = None
        self.setWindowTitle(self.tr("Log a Meeting"))
        self.form = RecordForm(meeting_fields(), self)
        self.attendees = self.form.widgets["attendee_ids"]
        for person_id, name in attendees or []:
            self.attendees.add(person_id, name)
        self.attendees.changed.connect(self._attendees_changed)
        self.advice_rows: list[AdviceRow] = []
        self.advice_box = QGroupBox(self.tr("Advice from this meeting"), self)
        self.advice_layout = QVBoxLayout(self.advice_box)
        self.no_advice = QLabel(self.tr("Did someone give you advice? Add it here so the Crossroads wizard can weigh it."), self)
        self.no_advice.setWordWrap(True)
        self.add_advice_button = QPushButton(self.tr("&Add advice"), self)
        self.add_advice_button.clicked.connect(lambda: self.add_advice())
        self.advice_layout.addWidget(self.no_advice)
        self.advice_layout.addWidget(self.add_advice_button, 0, Qt.AlignmentFlag.AlignLeft)
        content = QWidget(self)
        column = QVBoxLayout(content)
        column.addWidget(self.form)
        column.addWidget(self.advice_box)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        fit_to_screen(self, self.fontMetrics().averageCharWidth() * 90, self.fontMetrics().height() * 40)
        self._attendees_changed()
        self.attendees.picker.setFocus()

    def _people(self) -> list[tuple[int, str]]:
        return list(zip(self.attendees.ids(), self.attendees.names()))

    def _attendees_changed(self) -> None:
        people = self._people()
        for row in self.advice_rows:
            row.set_attendees(people)
        self.add_advice_button.setEnabled(bool(people))

    def add_advice(self, text: str = "", person_id: int | None = None) -> AdviceRow:
        """Add an advice row (tests pass the text directly)."""
        row = AdviceRow(self._people(), self.advice_box)
        if person_id is not None:
            row.person.setCurrentIndex(max(0, row.person.findData(person_id)))
        row.text.setPlainText(text)
        row.remove.clicked.connect(lambda: self._remove_advice(row))
        self.advice_layout.insertWidget(self.advice_layout.count() - 1, row)
        self.advice_rows.append(row)
        self.no_advice.hide()
        row.text.setFocus()
        return row

    def _remove_advice(self, row: AdviceRow) -> None:
        self.advice_rows.remove(row)
        row.deleteLater()
        self.no_advice.setVisible(not self.advice_rows)

    def values(self) -> tuple[dict, list[dict]]:
        values = {k: v for k, v in self.form.values().items() if v not in (None, "")}
        notes = [row.value() for row in self.advice_rows if row.value()["advice"] or len(self.advice_rows) == 1]
        notes = [n for n in notes if n["advice"]]
        return values, notes

    def accept(self) -> None:
        values, notes = self.values()
        for row in self.advice_rows:
            row.error.show_message("")
        try:
            self.meeting_id = self.edits.log_meeting(advice=notes, **values)
        except ValidationError as exc:
            self._show_errors(exc.errors, notes)
            return
        except ServiceError as exc:
            self.form.general_error.show_message(str(exc))
            return
        super().accept()

    def _show_errors(self, errors: dict, notes: list[dict]) -> None:
        rows = [row for row in self.advice_rows if row.value()["advice"]]
        form_errors = {}
        for key, message in errors.items():
            if key.startswith("advice[") and "]." in key:
                index = int(key[7 : key.index("]")]) - 1
                field = key.split("].", 1)[1]
                if 0 <= index < len(rows):
                    rows[index].error.show_message(error_text(_advice_label(field), message))
                    continue
            form_errors[key] = message
        self.form.show_errors(form_errors)


def _advice_label(field: str) -> str:
    """The label an advice note's field has in its editor ("given_on" → "Given on"), for its messages."""
    return next((spec.label for spec in advice_fields() if spec.name == field), humanize(field))
