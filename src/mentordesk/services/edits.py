"""Undoable edits in the core: each runs services (one transaction each) and knows how to take itself back.

The UI wraps them in a QUndoStack (ui.undo); scripts and tests use `History`. Every edit keeps the
change report of its last step (changes.ChangeReport): the kinds and ids it changed, what it created
and deleted, and the earlier state its undo puts back, all computed inside the step's transaction by
the writing services of services.records.
"""

from __future__ import annotations

from typing import Any, Callable

from mentordesk.changes import ChangeReport, recording
from mentordesk.services import kinds, records, snapshots


class Edit:
    """One undoable change: `apply()` once (errors reach the caller, nothing happened), then undo/redo."""

    verb = ""  # "New", "Edit", "Delete": with `kind` and `name`, the UI words the undo text

    def __init__(self, text: str = "", kind: str = "", name: str = ""):
        self.text, self.kind, self.name = text, kind, name
        self.result: Any = None
        self.report = ChangeReport()

    def apply(self) -> Any:
        self.result = self._recorded(self._apply)
        return self.result

    def undo(self) -> None:
        self._recorded(self._undo)

    def redo(self) -> None:
        self._recorded(self._redo)

    def _recorded(self, step: Callable[[], Any]) -> Any:
        with recording() as report:
            result = step()
        self.report = report
        return result

    def _apply(self) -> Any:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError

    def _redo(self) -> None:
        self._apply()


class Custom(Edit):
    """An edit given as two functions (the Crossroads decision): `do()` returns the result, `undo(result)`."""

    def __init__(self, text: str, do: Callable[[], Any], undo: Callable[[Any], None]):
        super().__init__(text)
        self._do, self._undo_with = do, undo

    def _apply(self) -> Any:
        return self._do()

    def _undo(self) -> None:
        self._undo_with(self.result)

    def _redo(self) -> None:
        self.result = self._do()


class Create(Edit):
    """Create a record; undo deletes it (its report keeps the snapshot), redo puts the very same row back."""

    verb = "New"

    def __init__(self, kind: str, values: dict, creator: Callable[[], Any] | None = None):
        kinds.get(kind)  # an unknown kind fails here, before anything is written
        super().__init__(kind=kind)
        self.values = dict(values)
        self.creator = creator
        self.record_id: int | None = None
        self.snapshot: dict | None = None
        self.extra_snapshots: list[dict] = []

    def _apply(self) -> int:
        record_kind = kinds.get(self.kind)
        self.record_id = records.create_record(self.kind, self.values, self.creator).value
        self.name = record_kind.title(record_kind.data(self.record_id))
        return self.record_id

    def _undo(self) -> None:
        from mentordesk.models import AdviceNote, database

        with database.atomic():
            self.extra_snapshots = []
            if self.kind == "meeting":  # advice logged with the meeting goes with it
                logged = AdviceNote.select(AdviceNote.id).where(AdviceNote.meeting == self.record_id).tuples()
                for (advice_id,) in list(logged):
                    report = records.delete_record("advice", advice_id).report
                    self.extra_snapshots.append(report.before[("advice", advice_id)])
            report = records.delete_record(self.kind, self.record_id).report
            self.snapshot = report.before[(self.kind, self.record_id)]

    def _redo(self) -> None:
        _restore(self.kind, self.snapshot)
        for snapshot in self.extra_snapshots:
            _restore("advice", snapshot)


class Update(Edit):
    """Change some fields; undo writes back the earlier values its report kept."""

    verb = "Edit"

    def __init__(self, kind: str, record_id: int, values: dict):
        record_kind = kinds.get(kind)
        super().__init__(kind=kind, name=record_kind.title(record_kind.data(record_id)))
        self.record_id = record_id
        self.values = dict(values)
        self.old: dict = {}
        self.created_positions: set[int] = set()  # a person's changed job files the old one as a Position

    def _positions(self) -> set[int]:
        if self.kind != "person":
            return set()
        from mentordesk.models import Position

        return {i for (i,) in Position.select(Position.id).where(Position.person == self.record_id).tuples()}

    def _apply(self) -> int:
        before = self._positions()
        outcome = records.update_record(self.kind, self.record_id, self.values)
        if not self.old:  # the first apply's earlier values; a redo must not take the edited ones
            self.old = outcome.report.before.get((self.kind, self.record_id), {})
        self.created_positions = self._positions() - before
        return self.record_id

    def _undo(self) -> None:
        from mentordesk.models import Position, database

        with database.atomic():
            before = self._positions()
            records.update_record(self.kind, self.record_id, self.old)
            # Putting the old job back files the edited one as history too: neither row belongs there.
            stray = (self._positions() - before) | self.created_positions
            if stray:
                Position.delete().where(Position.id.in_(list(stray))).execute()
        self.created_positions = set()


class Delete(Edit):
    """Delete a record (and what goes with it); undo restores every row with its original id."""

    verb = "Delete"

    def __init__(self, kind: str, record_id: int):
        record_kind = kinds.get(kind)
        super().__init__(kind=kind, name=record_kind.title(record_kind.data(record_id)))
        self.record_id = record_id
        self.snapshot: dict | None = None

    def _apply(self) -> None:
        self.snapshot = records.delete_record(self.kind, self.record_id).report.before[(self.kind, self.record_id)]

    def _undo(self) -> None:
        _restore(self.kind, self.snapshot)


def _restore(kind: str, snapshot: dict) -> None:
    (kinds.get(kind).restore or snapshots.restore)(snapshot)


class History:
    """A plain undo history for scripts and tests (the app's is a QUndoStack in ui.undo)."""

    def __init__(self):
        self.done: list[Edit] = []
        self.undone: list[Edit] = []

    def run(self, edit: Edit) -> Any:
        result = edit.apply()
        self.done.append(edit)
        self.undone.clear()
        return result

    def undo(self) -> Edit:
        edit = self.done.pop()
        edit.undo()
        self.undone.append(edit)
        return edit

    def redo(self) -> Edit:
        edit = self.undone.pop()
        edit.redo()
        self.done.append(edit)
        return edit
