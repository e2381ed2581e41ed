"""Forms declared as field lists: widgets per field type, values in service shape, errors beside fields."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field as dc_field

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mentordesk.ui.dates import date_format, datetime_format
from mentordesk.ui.i18n import validation_message
from mentordesk.ui.plain import plain
from mentordesk.ui.widgets.flow import ColumnFlowLayout
from mentordesk.ui.widgets.pickers import AttendeeList, OrganizationLine, PersonPicker

NO_DATE = QDate(1900, 1, 1)


@dataclass(frozen=True)
class Field:
    """One form field: service field name, label, widget type and its options."""

    name: str
    label: str
    type: str = "line"  # line, text, date, datetime, choice, roles, check, int, person, people, org, list, section
    choices: dict = dc_field(default_factory=dict)
    low: int = 0
    high: int = 0
    placeholder: str = ""
    required: bool = False


class DateField(QWidget):
    """A date with a calendar popup that may also be left empty."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumDate(NO_DATE)
        self.edit.setSpecialValueText(self.tr("Not set"))
        self.edit.setDisplayFormat(date_format())  # the locale's short date, as everywhere on screen
        self.edit.setDate(NO_DATE)
        self.clear_button = QToolButton(self)
        self.clear_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_LineEditClearButton))
        self.clear_button.setToolTip(self.tr("Clear the date"))
        self.clear_button.setAccessibleName(self.tr("Clear the date"))
        self.clear_button.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)
        self.setFocusProxy(self.edit)
        self.raw: str | None = None  # a stored value that is not a date, kept until the user picks one
        self.edit.dateChanged.connect(self._picked)
        self.clear_button.clicked.connect(self._clear)

    def _picked(self, _date) -> None:
        self.raw = None
        self.changed.emit()

    def _clear(self) -> None:
        self.edit.setDate(NO_DATE)
        if self.raw is not None:
            self._picked(NO_DATE)

    def value(self) -> str | None:
        if self.raw is not None:
            return self.raw
        date = self.edit.date()
        return None if date == NO_DATE else date.toString("yyyy-MM-dd")

    def set_value(self, value) -> None:
        """Show a date; a malformed stored value leaves the picker empty and is kept (see `raw`)."""
        day = parse_date(value)
        self.edit.setDate(QDate(day.year, day.month, day.day) if day else NO_DATE)
        self.raw = str(value) if value and day is None else None


class DateTimeEdit(QDateTimeEdit):
    """A date and time; a malformed stored value is kept (see `raw`) until the user picks one."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.raw: str | None = None
        self.dateTimeChanged.connect(self._picked)

    def _picked(self, _value) -> None:
        self.raw = None


def parse_date(value) -> dt.date | None:
    """A date from a date or ISO text; None when empty or malformed."""
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def invalid_value(spec: Field, value) -> str:
    """A message for a stored date (or date and time) that does not parse; empty when it is fine."""
    if spec.type not in ("date", "datetime") or not value or isinstance(value, dt.date):
        return ""
    text = str(value)
    ok = QDateTime.fromString(text[:16], "yyyy-MM-dd HH:mm").isValid() or parse_date(text) is not None
    if ok:
        return ""
    what = "date" if spec.type == "date" else "date and time"
    return QCoreApplication.translate("forms", "The stored value %1 is not a valid %2 (invalid date): "
                                      "pick one and save.").replace("%1", repr(text)).replace("%2", what)


def make_widget(spec: Field, parent) -> tuple[QWidget, Signal]:
    """The editing widget for a field and the signal it sends when the user changes it."""
    t = spec.type
    if t == "line":
        w = QLineEdit(parent)
        w.setPlaceholderText(spec.placeholder)
        return w, w.textEdited
    if t == "list":
        w = QLineEdit(parent)
        w.setPlaceholderText(spec.placeholder or QCoreApplication.translate("forms", "Separate several with commas"))
        return w, w.textEdited
    if t == "text":
        w = QPlainTextEdit(parent)
        w.setTabChangesFocus(True)
        w.setPlaceholderText(spec.placeholder)
        w.setMinimumHeight(w.fontMetrics().lineSpacing() * 4)
        return w, w.textChanged
    if t == "date":
        w = DateField(parent)
        return w, w.changed
    if t == "datetime":
        w = DateTimeEdit(parent)
        w.setCalendarPopup(True)
        w.setDisplayFormat(datetime_format())
        w.setDateTime(QDateTime.currentDateTime())
        return w, w.dateTimeChanged
    if t == "choice":
        w = QComboBox(parent)
        for key, label in spec.choices.items():
            w.addItem(QCoreApplication.translate("vocabulary", label), key)
        return w, w.activated
    if t == "check":
        w = QCheckBox(spec.label, parent)
        return w, w.toggled
    if t == "int":
        w = QSpinBox(parent)
        w.setRange(spec.low, spec.high)
        w.setMinimumWidth(w.fontMetrics().averageCharWidth() * 12)
        w.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        if spec.low == 0:
            w.setSpecialValueText(QCoreApplication.translate("forms", "Not set"))
        return w, w.valueChanged
    if t == "roles":
        w = RoleChecks(spec.choices, parent)
        return w, w.changed
    if t == "person":
        w = PersonPicker(parent)
        return w, w.changed
    if t == "people":
        w = AttendeeList(parent)
        return w, w.changed
    if t == "org":
        w = OrganizationLine(parent)
        return w, w.textEdited
    raise ValueError(f"unknown field type {t}")


class RoleChecks(QWidget):
    """Several vocabulary keys as check boxes in as many columns as the pane's width holds."""

    changed = Signal()

    def __init__(self, choices: dict, parent=None):
        super().__init__(parent)
        flow = ColumnFlowLayout(self)
        flow.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for key, label in choices.items():
            box = QCheckBox(QCoreApplication.translate("vocabulary", label), self)
            box.toggled.connect(lambda _on: self.changed.emit())
            flow.addWidget(box)
            self.boxes[key] = box
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def value(self) -> list[str]:
        return [key for key, box in self.boxes.items() if box.isChecked()]

    def set_value(self, keys) -> None:
        for key, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(key in (keys or []))
            box.blockSignals(False)


def _get(spec: Field, w):
    t = spec.type
    if t in ("line", "org"):
        return w.text().strip()
    if t == "list":
        return [part.strip() for part in w.text().split(",") if part.strip()]
    if t == "text":
        return w.toPlainText()
    if t == "date":
        return w.value()
    if t == "datetime":
        return w.raw if w.raw is not None else w.dateTime().toString("yyyy-MM-dd HH:mm")
    if t == "choice":
        return w.currentData()
    if t == "check":
        return w.isChecked()
    if t == "int":
        return None if (spec.low == 0 and w.value() == 0) else w.value()
    if t == "roles":
        return w.value()
    if t == "person":
        return w.person_id()
    if t == "people":
        return w.ids()
    return None


def _set(spec: Field, w, value, data: dict) -> None:
    t = spec.type
    if t in ("line", "org"):
        w.setText("" if value is None else str(value))
        w.setCursorPosition(0)
    elif t == "list":
        items = [item.get("email") or item.get("phone") if isinstance(item, dict) else str(item) for item in value or []]
        w.setText(", ".join(items))
        w.setCursorPosition(0)
    elif t == "text":
        w.setPlainText(value or "")
    elif t == "date":
        w.set_value(value)
    elif t == "datetime":
        text = str(value or "")
        parsed = QDateTime.fromString(text[:16], "yyyy-MM-dd HH:mm") if text else QDateTime.currentDateTime()
        if not parsed.isValid():
            parsed = QDateTime(QDate.fromString(text[:10], "yyyy-MM-dd"), QTime(12, 0))
        valid = parsed.isValid()
        w.setDateTime(parsed if valid else QDateTime.currentDateTime())
        w.raw = None if valid else text
    elif t == "choice":
        w.setCurrentIndex(max(0, w.findData(value)))
    elif t == "check":
        w.setChecked(bool(value))
    elif t == "int":
        w.setValue(int(value) if value not in (None, "") else spec.low)
    elif t == "roles":
        w.set_value(value)
    elif t == "person":
        name = data.get(spec.name.removesuffix("_id") + "_name") or data.get(spec.name.removesuffix("_id")) or ""
        if value and not name:
            from mentordesk.ui.records import record_title

            name = record_title("person", value)
        w.choose(value, name if isinstance(name, str) else "")
    elif t == "people":
        w.set_people(data.get(spec.name) or [], data.get("attendees") or [])


def humanize(name: str) -> str:
    """A field's internal name as words, for a message about a field no form shows ("snoozed_until[2]" →
    "Snoozed until"); forms name their own fields by their labels."""
    base = name.split("[", 1)[0].split(".")[-1].removesuffix("_id")
    words = base.replace("_", " ").strip()
    return words[:1].upper() + words[1:] if words else name


def error_text(label: str, message: str) -> str:
    """A service message as a sentence that names the field ("Name is required"), in the user's language."""
    message = message.strip()
    shown = validation_message(message)  # German: "ist erforderlich"
    if message.split(" ", 1)[0] in ("is", "must", "a", "an", "there", "choose", "no"):
        if message.startswith(("is ", "must ")):
            return f"{label} {shown}."
    return shown[:1].upper() + shown[1:] + ("" if shown.endswith(".") else ".")


def explain(exc: Exception) -> str:
    """An error for a message box: a ValidationError's fields named in words ("Snoozed until must be a
    date…"), never by their internal names; any other error as it is."""
    from mentordesk.services import ValidationError

    if isinstance(exc, ValidationError):
        return "\n".join(error_text(humanize(field), text) for field, text in exc.errors.items())
    return str(exc)


class ErrorLabel(QWidget):
    """A warning icon and message shown right under the field at fault."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.icon = QLabel(self)
        self.text = plain(QLabel(self))
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        self.hide()

    def show_message(self, message: str) -> None:
        if message and self.icon.pixmap().isNull():  # drawn on first use: a form has a label per field
            size = self.fontMetrics().height()
            warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            self.icon.setPixmap(warning.pixmap(size, size))
        self.text.setText(message)
        self.setAccessibleName(message)
        self.setVisible(bool(message))


class RecordForm(QWidget):
    """A form over `fields`: `values()` in service shape, `set_values(data)`, `show_errors(errors)`."""

    edited = Signal()
    loaded = Signal()  # set_values filled the form (not the user)

    def __init__(self, fields: list[Field], parent=None):
        super().__init__(parent)
        self.fields = [f for f in fields if f.type != "section"]
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, ErrorLabel] = {}
        self.general_error = ErrorLabel(self)
        outer = QVBoxLayout(self)
        outer.addWidget(self.general_error)
        self.layout_ = QFormLayout()
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # A narrow pane puts a label above its field rather than cutting either off.
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.layout_.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        outer.addLayout(self.layout_)
        outer.addStretch(1)
        self._loading = False
        for spec in fields:
            if spec.type == "section":
                header = QLabel(spec.label, self)
                font = header.font()
                font.setBold(True)
                header.setFont(font)
                header.setContentsMargins(0, header.fontMetrics().height() // 2, 0, 0)
                self.layout_.addRow(header)
                continue
            widget, signal = make_widget(spec, self)
            widget.setObjectName(spec.name)
            widget.setAccessibleName(spec.label)
            signal.connect(self._user_edit)
            error = ErrorLabel(self)
            box = QWidget(self)
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(widget)
            column.addWidget(error)
            self.widgets[spec.name] = widget
            self.errors[spec.name] = error
            if spec.type == "check":
                self.layout_.addRow("", box)
            else:
                label = QLabel(spec.label + ("" if spec.label.endswith("?") else ":"), self)
                label.setBuddy(widget)
                self.layout_.addRow(label, box)
        from mentordesk.ui.privacy import is_private, privacy

        self.follow_privacy(is_private())  # a form built while privacy mode is on hides its notes at once
        privacy().changed.connect(self.follow_privacy)  # a method: the connection goes with the form

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Every label beside its field while all fit, else every label above its field (wrapping only the long
        rows mixed the two in one form: "When:" above, "Place:" beside)."""
        super().resizeEvent(event)
        wrap = QFormLayout.RowWrapPolicy.WrapAllRows if self.width() < self._side_by_side_width() \
            else QFormLayout.RowWrapPolicy.WrapLongRows
        if self.layout_.rowWrapPolicy() != wrap:
            self.layout_.setRowWrapPolicy(wrap)

    def _side_by_side_width(self) -> int:
        """The width the form needs for every label beside its field."""
        form, labels, fields = self.layout_, [0], [0]
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is not None and field is not None and label.widget() is not None and not label.isEmpty():
                labels.append(label.sizeHint().width())
                fields.append(field.minimumSize().width())
        margins = self.layout().contentsMargins()
        spacing = max(0, form.horizontalSpacing())
        return max(labels) + spacing + max(fields) + margins.left() + margins.right()

    def follow_privacy(self, private: bool) -> None:
        """Privacy mode (screen sharing) hides the notes row; it shows again when the mode is off."""
        notes = self.widgets.get("notes")
        if notes is not None:
            self.layout_.setRowVisible(notes.parentWidget(), not private)

    def _user_edit(self, *_args) -> None:
        if not self._loading:
            self.edited.emit()

    def values(self) -> dict:
        """Current values keyed by service field name."""
        return {spec.name: _get(spec, self.widgets[spec.name]) for spec in self.fields}

    def set_values(self, data: dict) -> None:
        """Fill the form from a record's data (missing keys clear the field)."""
        self._loading = True
        try:
            for spec in self.fields:
                _set(spec, self.widgets[spec.name], data.get(spec.name), data)
        finally:
            self._loading = False
        self.clear_errors()
        for spec in self.fields:
            message = invalid_value(spec, data.get(spec.name))
            if message:
                self.errors[spec.name].show_message(message)
        self.loaded.emit()

    def clear_errors(self) -> None:
        self.general_error.show_message("")
        for label in self.errors.values():
            label.show_message("")

    def show_errors(self, errors: dict[str, str]) -> None:
        """Put each message beside its field and move the focus to the first one."""
        self.clear_errors()
        labels = {spec.name: spec.label for spec in self.fields}
        aliases = {"person_id": "person", "introduced_by_id": "introduced_by_id", "organization": "organization"}
        general, first = [], None
        for name, message in errors.items():
            base = name.split("[", 1)[0]
            key = base if base in self.widgets else aliases.get(base, base)
            if key in self.widgets:
                self.errors[key].show_message(error_text(labels[key], message))
                first = first or key
            else:
                general.append(error_text(humanize(name), message))
        self.general_error.show_message("\n".join(general))
        if first:
            self.widgets[first].setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_first(self) -> None:
        if self.fields:
            self.widgets[self.fields[0].name].setFocus(Qt.FocusReason.OtherFocusReason)
