"""The one place edits go through: each runs a service, lands on the undo stack, and can be undone.

Use `edits.create/update/delete/log_meeting/create_ask`, or push your own `ServiceCommand`
with `edits.run(command)`; group several with `with edits.macro(text):`.
"""

from __future__ import annotations

import contextlib
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from mentordesk.services import ServiceError, snapshots
from mentordesk.ui.records import KINDS


def _tr(text: str) -> str:
    return QCoreApplication.translate("undo", text)


class ServiceCommand(QUndoCommand):
    """An undoable edit: `do()` runs first (errors reach the caller), then redo/undo replay it."""

    def __init__(self, text: str, do: Callable[[], Any] | None = None, undo: Callable[[], Any] | None = None):
        super().__init__(text)
        self._do, self._undo = do, undo
        self._first = True
        self.result: Any = None
        self.error: ServiceError | None = None
        self.edits: Edits | None = None

    def do(self):
        """Perform the edit the first time; raise ServiceError to refuse it."""
        return self._do() if self._do else None

    def undo_edit(self):
        """Reverse the edit."""
        if self._undo:
            self._undo()

    def redo_edit(self):
        """Perform the edit again after an undo (default: same as the first time)."""
        self.do()

    def redo(self):
        if self._first:
            self._first = False
            return
        self._guard(self.redo_edit)

    def undo(self):
        self._guard(self.undo_edit)

    def _guard(self, func):
        try:
            func()
            self.error = None
        except ServiceError as exc:
            self.error = exc
            if self.edits is not None:
                self.edits.failed.emit(self.text(), str(exc))


class CreateCommand(ServiceCommand):
    """Create a record; undo deletes it (keeping a snapshot), redo puts the very same row back."""

    def __init__(self, kind: str, values: dict, creator: Callable | None = None, text: str = ""):
        self.kind = KINDS[kind]
        self.values = values
        self.creator = creator or (lambda: self.kind.create(**values))
        super().__init__(text)
        self.record_id: int | None = None
        self.snapshot: dict | None = None
        self.extra_snapshots: list[dict] = []

    def do(self):
        record = self.creator()
        self.record_id = record.id
        self.result = record.id
        if not self.text():
            name = self.kind.title_of(self.kind.data(record.id))
            self.setText(_tr("New {kind} “{name}”").format(kind=self.kind.noun(), name=name))
        return record.id

    def undo_edit(self):
        self.snapshot = self.kind.capture(self.record_id)
        self.extra_snapshots = []
        if self.kind.key == "meeting":
            # Advice logged with the meeting goes with it.
            from mentordesk.services import advice

            for advice_id, _ in self.snapshot.get("advice_links", []):
                self.extra_snapshots.append(snapshots.capture_advice(advice_id))
                advice.delete_advice(advice_id)
            self.snapshot["advice_links"] = []
        self.kind.delete(self.record_id)

    def redo_edit(self):
        self.kind.restore(self.snapshot)
        for snap in self.extra_snapshots:
            snapshots.restore(snap)


class UpdateCommand(ServiceCommand):
    """Change some fields; undo writes back their earlier values."""

    def __init__(self, kind: str, record_id: int, values: dict, text: str = ""):
        self.kind = KINDS[kind]
        self.record_id = record_id
        self.values = dict(values)
        before = self.kind.data(record_id)
        self.old = {k: before[k] for k in self.values if k in before}
        # A person edit that changes job files the old one as a Position; undo takes that row back.
        self.tracks_positions = kind == "person"
        self.created_positions: set[int] = set()
        name = self.kind.title_of(before)
        super().__init__(text or _tr("Edit {kind} “{name}”").format(kind=self.kind.noun(), name=name))

    def _positions(self) -> set[int]:
        if not self.tracks_positions:
            return set()
        from mentordesk.models import Position

        return {i for (i,) in Position.select(Position.id).where(Position.person == self.record_id).tuples()}

    def do(self):
        before = self._positions()
        self.kind.update(self.record_id, **self.values)
        self.created_positions = self._positions() - before
        self.result = self.record_id
        return self.record_id

    def undo_edit(self):
        from mentordesk.models import Position, database

        with database.atomic():
            before = self._positions()
            self.kind.update(self.record_id, **self.old)
            # Putting the old job back files the edited one as history too: neither row belongs there.
            stray = (self._positions() - before) | self.created_positions
            if stray:
                Position.delete().where(Position.id.in_(list(stray))).execute()
        self.created_positions = set()


class DeleteCommand(ServiceCommand):
    """Delete a record (and what goes with it); undo restores every row with its original id."""

    def __init__(self, kind: str, record_id: int, text: str = ""):
        self.kind = KINDS[kind]
        self.record_id = record_id
        name = self.kind.title_of(self.kind.data(record_id))
        super().__init__(text or _tr("Delete {kind} “{name}”").format(kind=self.kind.noun(), name=name))
        self.snapshot: dict | None = None

    def do(self):
        self.snapshot = self.kind.capture(self.record_id)
        self.kind.delete(self.record_id)

    def undo_edit(self):
        self.kind.restore(self.snapshot)


class Edits(QObject):
    """The undo stack and the edit operations every part of the UI uses."""

    failed = Signal(str, str)  # action text, message: an undo/redo that the data no longer allows

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.stack = QUndoStack(self)

    def run(self, command: ServiceCommand):
        """Perform `command` now and put it on the undo stack; ServiceError propagates, nothing is pushed."""
        command.edits = self
        result = command.do()
        self.stack.push(command)
        return result if result is not None else command.result

    @contextlib.contextmanager
    def macro(self, text: str):
        """Group the edits made inside the block into one undo step."""
        self.stack.beginMacro(text)
        try:
            yield
        finally:
            self.stack.endMacro()

    # --- the usual operations -------------------------------------------------------
    # Values come as one dict, never as **keywords beside `kind`: an ask has a field called "kind".
    def create(self, kind: str, values: dict) -> int:
        """Create a record of `kind` with the service's fields; returns its id."""
        return self.run(CreateCommand(kind, dict(values)))

    def update(self, kind: str, record_id: int, values: dict) -> int:
        """Change fields of a record."""
        return self.run(UpdateCommand(kind, record_id, dict(values)))

    def delete(self, kind: str, record_id: int) -> None:
        """Delete a record."""
        self.run(DeleteCommand(kind, record_id))

    def log_meeting(self, advice: list[dict] | None = None, **values) -> int:
        """Log a meeting with its advice notes in one transaction; one undo step removes both."""
        from mentordesk.services.meetings import log_meeting

        command = CreateCommand("meeting", values, creator=lambda: log_meeting(advice=advice, **values))
        return self.run(command)

    def create_ask(self, values: dict) -> int:
        """Create an ask (the Crossroads plan and Today use this)."""
        return self.create("ask", values)
