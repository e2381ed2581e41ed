"""The editor pane: one record's form with explicit Save (Ctrl+S); unsaved edits are never dropped silently."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mentordesk.services import NotFound, ServiceError, ValidationError
from mentordesk.ui.hub import hub
from mentordesk.ui.plain import display_safe, message, plain
from mentordesk.ui.records import KINDS

if TYPE_CHECKING:
    from mentordesk.ui.widgets.forms import RecordForm


def _model_defaults(kind: str) -> dict:
    """The column defaults of a kind's model (trust 3, status "idea"…): a new record's form starts from the
    values a record saved without them would get, not from each widget's minimum (new people got 1 star)."""
    from mentordesk.services import kinds

    fields = kinds.get(kind).model._meta.fields
    return {name: f.default for name, f in fields.items() if f.default is not None and not callable(f.default)}


class RecordEditor(QWidget):
    """Edit one record of `kind` (or a new one); saving goes through the undo stack."""

    saved = Signal(int)
    dirty_changed = Signal(bool)
    delete_requested = Signal()

    def __init__(self, kind: str, edits, parent=None):
        super().__init__(parent)
        self.kind = kind
        self.edits = edits
        self.record_id: int | None = None
        self.creating = False
        self.loaded: dict = {}
        self._dirty = False
        self._form: RecordForm | None = None  # built when first shown or used (see `form`)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        plain(self.heading)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = plain(QLabel(self))
        self.status.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setToolTip(self.tr("Save changes (Ctrl+S)"))
        self.revert_button = QPushButton(self.tr("Re&vert"), self)
        self.revert_button.setToolTip(self.tr("Throw away unsaved changes"))
        self.delete_button = QPushButton(self.tr("Delete…") if kind == "person" else self.tr("Delete"), self)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.delete_button.clicked.connect(self.delete_requested)
        self._scroll = scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self._update_buttons()
        hub().changed.connect(self._on_changed)

    @property
    def form(self) -> RecordForm:
        """The fields of the record, built on first use: the person editor sits behind the Overview tab,
        and building its ~30 fields cost the first frame ~25 ms."""
        if self._form is None:
            from mentordesk.ui.areas.registry import declared_fields
            from mentordesk.ui.widgets.forms import RecordForm

            form = RecordForm(declared_fields(self.kind)(), self)
            form.edited.connect(lambda: self.set_dirty(True))
            if {"display_name", "given_name", "family_name"} <= form.widgets.keys():
                from mentordesk.ui.widgets.names import NameSuggester

                NameSuggester(form)  # given and family name follow the Name until typed by hand
            form.set_values(self.loaded)
            form.setEnabled(self.creating or self.record_id is not None)
            self._scroll.setWidget(form)
            self._form = form
        return self._form

    def showEvent(self, event) -> None:
        self.form  # noqa: B018 - build the fields before they first paint
        super().showEvent(event)

    # --- state ----------------------------------------------------------------------
    def is_dirty(self) -> bool:
        return self._dirty

    def set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self._update_buttons()
            self.dirty_changed.emit(dirty)

    def _update_buttons(self) -> None:
        active = self.creating or self.record_id is not None
        if self._form is not None:
            self._form.setEnabled(active)
        self.save_button.setEnabled(active and self._dirty)
        self.revert_button.setEnabled(active and self._dirty)
        self.delete_button.setEnabled(self.record_id is not None)
        self.save_button.setDefault(self._dirty)
        self.status.setText(self.tr("Unsaved changes") if self._dirty else "")

    def _set_heading(self) -> None:
        noun = KINDS[self.kind].noun()
        if self.creating:
            self.heading.setText(self.tr("New %1").replace("%1", KINDS[self.kind].noun_in_text()))
        elif self.record_id is None:
            self.heading.setText("")
        elif self.kind == "advice":
            self.heading.setText(self.tr("Advice from %1").replace("%1", display_safe(self.loaded.get("person", ""))))
        elif self.kind == "ask":
            self.heading.setText(display_safe(self.loaded.get("purpose"))
                                 or self.tr("Ask of %1").replace("%1", display_safe(self.loaded.get("person", ""))))
        else:
            self.heading.setText(display_safe(KINDS[self.kind].title_of(self.loaded)) or noun)

    # --- loading --------------------------------------------------------------------
    def load(self, record_id: int | None) -> None:
        """Show a stored record (None: nothing selected)."""
        self.creating = False
        self.record_id = record_id
        self.loaded = {}
        if record_id is not None:
            try:
                self.loaded = KINDS[self.kind].data(record_id)
            except NotFound:
                self.record_id = None
        if self._form is not None:  # an unbuilt form reads self.loaded when it is built
            self._form.set_values(self.loaded)
        self.set_dirty(False)
        self._set_heading()
        self._update_buttons()

    def new(self, defaults: dict | None = None) -> None:
        """Start a new record, pre-filled with `defaults`."""
        self.creating = True
        self.record_id = None
        self.loaded = {**_model_defaults(self.kind), **(defaults or {})}
        self.form.set_values(self.loaded)
        self.set_dirty(bool(defaults))
        self._set_heading()
        self._update_buttons()
        self.form.focus_first()

    def _on_changed(self, kind: str, ids: list) -> None:
        """Show changes made elsewhere (undo, another view) unless the user is mid-edit."""
        if self.record_id is None or self._dirty:
            return
        if kind == self.kind and self.record_id in ids or kind in ("person", "organization"):
            self.load(self.record_id)

    # --- saving ---------------------------------------------------------------------
    def changed_values(self) -> dict:
        """Fields that differ from what was loaded (all of them for a new record)."""
        if self._form is None and not self.creating:
            return {}  # never shown, so never edited
        values = self.form.values()
        if self.kind == "person":
            self._keep_labels(values)
        if self.creating:
            return {k: v for k, v in values.items() if v not in (None, "", [], False) or k == "trust"}
        return {k: v for k, v in values.items() if _normal(self.loaded.get(k)) != _normal(v)}

    def _keep_labels(self, values: dict) -> None:
        """Emails and phones keep the labels they had (home, work) when edited as text."""
        for field, key in (("emails", "email"), ("phones", "phone")):
            labels = {item[key]: item.get("label", "other") for item in self.loaded.get(field) or [] if isinstance(item, dict)}
            values[field] = [{key: value, "label": labels.get(value, "other")} for value in values.get(field) or []]

    def save(self) -> bool:
        """Write the form through the undo stack; on invalid input show messages and return False."""
        if not (self.creating or self.record_id is not None):
            return True
        values = self.changed_values()
        if not values and not self.creating:
            self.set_dirty(False)
            return True
        if not self.creating and self.kind == "person" and self._job_edited(values):
            answer = self._ask_job_change()
            if answer is None:
                return False
            values["job_change"] = answer
        try:
            if self.creating:
                record_id = self.edits.create(self.kind, values)
            else:
                record_id = self.edits.update(self.kind, self.record_id, values)
        except ValidationError as exc:
            self.form.show_errors(exc.errors)
            self.status.setText(self.tr("Not saved: please correct the marked fields"))
            return False
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Could not save"), message(str(exc)))
            return False
        self.set_dirty(False)
        self.load(record_id)
        self.saved.emit(record_id)
        self._say(self.tr("Saved “%1”. Ctrl+Z undoes it.").replace(
            "%1", display_safe(KINDS[self.kind].title_of(self.loaded)) or KINDS[self.kind].noun()))
        return True

    def _say(self, text: str, ms: int = 4000) -> None:
        """A brief note in the window's status bar (when the editor is in a window that has one)."""
        from PySide6.QtWidgets import QMainWindow

        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, ms)

    def _job_edited(self, values: dict) -> bool:
        """True when a person who had a job gets another organization or title."""
        had_job = self.loaded.get("organization") or self.loaded.get("title")
        return bool(had_job) and ("organization" in values or "title" in values)

    def _ask_job_change(self) -> str | None:
        """Did they change jobs (keep the old one in Roles over time) or is this a correction? None: Cancel."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Changed Jobs?"),
                          message(self.tr("Did %1 change jobs, or are you correcting the organization or title?")
                                  .replace("%1", display_safe(self.loaded.get("display_name") or ""))), parent=self)
        moved = box.addButton(self.tr("Changed &Jobs"), QMessageBox.ButtonRole.YesRole)
        fixed = box.addButton(self.tr("&Correction"), QMessageBox.ButtonRole.NoRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(moved)
        box.exec()
        return {moved: "new job", fixed: "correction"}.get(box.clickedButton())

    def revert(self) -> None:
        if self.creating:
            self.new({k: v for k, v in self.loaded.items()})
            self.set_dirty(False)
        else:
            self.load(self.record_id)

    def maybe_save(self) -> bool:
        """Before leaving this record: save, discard or stay. Returns False when the user stays."""
        if not self._dirty:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            message(self.tr("Save your changes to “%1” before leaving it?").replace(
                "%1", display_safe(KINDS[self.kind].title_of(self.loaded)) or self.tr("the new record"))),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.creating = False
            self.load(self.record_id)
            return True
        return False


def _normal(value):
    """Compare loaded data with form values regardless of small representation differences."""
    if value is None or value == "" or value == []:
        return None
    if isinstance(value, list):
        return [(v.get("email") or v.get("phone") or v) if isinstance(v, dict) else v for v in value]
    if isinstance(value, str):
        return value.strip()
    return value
