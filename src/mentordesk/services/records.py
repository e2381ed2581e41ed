"""Create, update and delete any registered kind in one transaction that reports what it did and how to undo it.

Edits (services.edits) call these and keep their `Outcome.report`: undo reads the earlier values and
snapshots from the report instead of fetching them itself, so scripts, the UI and tests undo the same way.
"""

from __future__ import annotations

from mentordesk.changes import Outcome, open_reports, transactional
from mentordesk.services import kinds


@transactional
def _create(kind: str, values: dict, creator=None) -> int:
    record_kind = kinds.get(kind)
    record_id = (creator or (lambda: record_kind.create(**values)))().id
    for report in open_reports():
        report.note_created(kind, record_id)
    return record_id


@transactional
def _update(kind: str, record_id: int, values: dict) -> int:
    record_kind = kinds.get(kind)
    before = record_kind.data(record_id)
    old = {key: before[key] for key in values if key in before}
    record_kind.update(record_id, **values)
    for report in open_reports():
        report.note_before(kind, record_id, old)
        report.add(kind, (record_id,))
    return record_id


@transactional
def _delete(kind: str, record_id: int) -> None:
    record_kind = kinds.get(kind)
    snapshot = record_kind.capture(record_id)
    record_kind.delete(record_id)
    for report in open_reports():
        report.note_deleted(kind, record_id, snapshot)


def create_record(kind: str, values: dict, creator=None) -> Outcome[int]:
    """Create a `kind` record from `values` (or with `creator()`); the report names it as created."""
    return _create.reporting(kind, dict(values), creator)


def update_record(kind: str, record_id: int, values: dict) -> Outcome[int]:
    """Change some fields; the report keeps their earlier values under `before[(kind, id)]`."""
    return _update.reporting(kind, record_id, dict(values))


def delete_record(kind: str, record_id: int) -> Outcome[None]:
    """Delete a record and what goes with it; the report keeps its snapshot under `before[(kind, id)]`."""
    return _delete.reporting(kind, record_id)
