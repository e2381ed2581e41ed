"""The one place edits go through in the app: a thin adapter from the core's edits to the QUndoStack.

The edits themselves (what to do, how to undo it) live in services.edits, without Qt. Use
`edits.create/update/delete/log_meeting/create_ask`, or `edits.run(services.edits.Custom(...))`.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from mentordesk.services import ServiceError
from mentordesk.services import edits as core_edits
from mentordesk.ui.records import KINDS


def _tr(text: str) -> str:
    return QCoreApplication.translate("undo", text)


_TEXTS = {"New": "New {kind} “{name}”", "Edit": "Edit {kind} “{name}”", "Delete": "Delete {kind} “{name}”"}


class ServiceCommand(QUndoCommand):
    """A core edit (services.edits) on the QUndoStack: applied once by Edits.run, then undone and redone.

    An undo or redo that the data no longer allows (ServiceError) is reported through `Edits.failed`."""

    def __init__(self, edit: core_edits.Edit):
        super().__init__(edit.text)
        self.edit = edit
        self._first = True
        self.error: ServiceError | None = None
        self.edits: Edits | None = None

    @property
    def result(self):
        return self.edit.result

    def do(self):
        """Apply the edit the first time; a ServiceError refuses it (nothing is pushed)."""
        result = self.edit.apply()
        if self.edit.verb:
            self.setText(_tr(_TEXTS[self.edit.verb]).format(kind=KINDS[self.edit.kind].noun(), name=self.edit.name))
        return result

    def redo(self):
        if self._first:
            self._first = False
            return
        self._guard(self.edit.redo)

    def undo(self):
        self._guard(self.edit.undo)

    def _guard(self, func):
        try:
            func()
            self.error = None
        except ServiceError as exc:
            self.error = exc
            if self.edits is not None:
                self.edits.failed.emit(self.text(), str(exc))


# For lupdate: the undo texts the core's verbs pick.
_UNDO_TEXTS = (QT_TRANSLATE_NOOP("undo", "New {kind} “{name}”"), QT_TRANSLATE_NOOP("undo", "Edit {kind} “{name}”"),
               QT_TRANSLATE_NOOP("undo", "Delete {kind} “{name}”"))


class Edits(QObject):
    """The undo stack and the edit operations every part of the UI uses."""

    failed = Signal(str, str)  # action text, message: an undo/redo that the data no longer allows

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.stack = QUndoStack(self)

    def run(self, edit: core_edits.Edit):
        """Apply a core edit now and put it on the undo stack; ServiceError propagates, nothing is pushed."""
        command = ServiceCommand(edit)
        command.edits = self
        result = command.do()
        self.stack.push(command)
        return result

    # --- the usual operations -------------------------------------------------------
    # Values come as one dict, never as **keywords beside `kind`: an ask has a field called "kind".
    def create(self, kind: str, values: dict) -> int:
        """Create a record of `kind` with the service's fields; returns its id."""
        return self.run(core_edits.Create(kind, values))

    def update(self, kind: str, record_id: int, values: dict) -> int:
        """Change fields of a record."""
        return self.run(core_edits.Update(kind, record_id, values))

    def delete(self, kind: str, record_id: int) -> None:
        """Delete a record."""
        self.run(core_edits.Delete(kind, record_id))

    def log_meeting(self, advice: list[dict] | None = None, **values) -> int:
        """Log a meeting with its advice notes in one transaction; one undo step removes both."""
        from mentordesk.services.meetings import log_meeting

        return self.run(core_edits.Create("meeting", values, creator=lambda: log_meeting(advice=advice, **values)))

    def create_ask(self, values: dict) -> int:
        """Create an ask (the Crossroads plan and Today use this)."""
        return self.create("ask", values)
