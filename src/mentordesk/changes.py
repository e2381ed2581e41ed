"""One transaction per service call, and the announcement of what it changed once it commits.

At the bottom of the core (beside models) so services, features and the UI share one mechanism.
"""

from __future__ import annotations

import contextlib
import functools
import sqlite3
import threading
from dataclasses import dataclass, field
from typing import Any, Callable, Generic, Iterable, Iterator, TypeVar

from peewee import OperationalError

from mentordesk.errors import StorageError
from mentordesk.models import database


def storage_error(exc: BaseException) -> StorageError | None:
    """The plain-words StorageError for a driver error about storage, None for any other error."""
    from mentordesk.storage import explain_storage_error

    db = database.obj
    message = explain_storage_error(exc, getattr(db, "database", None))
    return StorageError(message) if message else None


# --- change announcements -------------------------------------------------------------
# Listeners get (kind, ids) after the outermost transaction commits; the UI turns them
# into one Qt signal so every open view refreshes, whoever made the change.

_listeners: list[Callable[[str, tuple[int, ...]], None]] = []
_state = threading.local()


def on_change(listener: Callable[[str, tuple[int, ...]], None]) -> Callable[[], None]:
    """Subscribe to committed changes; returns a function that unsubscribes."""
    _listeners.append(listener)
    return lambda: _listeners.remove(listener) if listener in _listeners else None


# Work done with everything a transaction changed, inside it, right before it commits: services.search
# registers the search reindex here, so no service reindexes by hand and none can forget to.
_before_commit: list[Callable[[list[tuple[str, tuple[int, ...]]]], None]] = []


def before_commit(hook: Callable[[list[tuple[str, tuple[int, ...]]]], None]) -> None:
    """Run `hook(changes)` inside every outermost transaction that changed something, before it commits."""
    if hook not in _before_commit:
        _before_commit.append(hook)


def changed(kind: str, ids: Iterable[int] = ()) -> None:
    """Record that records of `kind` changed; announced when the outermost transaction commits."""
    pending = getattr(_state, "pending", None)
    entry = (kind, tuple(ids))
    _record([entry])  # inside the transaction making the change (or right after a write outside one)
    if pending is None:  # outside any transaction: the write is already committed
        _run_before_commit([entry])
        _announce([entry])
    elif entry not in pending:
        pending.append(entry)


def _run_before_commit(entries) -> None:
    for hook in list(_before_commit):
        hook(entries)


def _record(entries) -> None:
    """Add a change to every open report (nested `recording()` blocks each see it)."""
    for report in getattr(_state, "recording", ()):
        for kind, ids in entries:
            report.add(kind, ids)


def _announce(entries) -> None:
    for kind, ids in entries:
        for listener in list(_listeners):
            listener(kind, ids)


@dataclass(eq=False)  # reports are told apart by identity: recording() removes exactly its own
class ChangeReport:
    """What a service's writes changed, computed inside its transaction: the ids of each kind that changed,
    which of them it created and deleted, and the earlier state an undo needs (`before`)."""

    changed: dict[str, set[int]] = field(default_factory=dict)
    created: dict[str, set[int]] = field(default_factory=dict)
    deleted: dict[str, set[int]] = field(default_factory=dict)
    # (kind, id) -> what to put back: the old values of updated fields, or a deleted record's snapshot
    before: dict[tuple[str, int], dict] = field(default_factory=dict)

    def add(self, kind: str, ids: Iterable[int]) -> None:
        self.changed.setdefault(kind, set()).update(ids)

    def note_created(self, kind: str, record_id: int) -> None:
        self.created.setdefault(kind, set()).add(record_id)
        self.add(kind, (record_id,))

    def note_deleted(self, kind: str, record_id: int, snapshot: dict) -> None:
        self.deleted.setdefault(kind, set()).add(record_id)
        self.before[(kind, record_id)] = snapshot
        self.add(kind, (record_id,))

    def note_before(self, kind: str, record_id: int, values: dict) -> None:
        """Keep the earlier values of fields about to change (the first ones win: they are the originals)."""
        kept = self.before.setdefault((kind, record_id), {})
        for key, value in values.items():
            kept.setdefault(key, value)

    @property
    def kinds(self) -> set[str]:
        return set(self.changed)

    def __bool__(self) -> bool:
        return bool(self.changed)


T = TypeVar("T")


@dataclass
class Outcome(Generic[T]):
    """A writing service's result and the typed report of what it changed (see `transactional`'s `.reporting`)."""

    value: T
    report: ChangeReport


@contextlib.contextmanager
def recording() -> Iterator[ChangeReport]:
    """`with recording() as report:` collects every change made and committed inside the block (nests)."""
    report = ChangeReport()
    stack = getattr(_state, "recording", None)
    if stack is None:
        stack = _state.recording = []
    stack.append(report)
    try:
        yield report
    finally:
        stack.remove(report)


def open_reports() -> list[ChangeReport]:
    """Every report being recorded, outermost first: services note in each what they created, deleted or
    overwrote (an edit's report and its service's `.reporting` both see it)."""
    return list(getattr(_state, "recording", ()))


def transactional(func):
    """Run a service in one transaction (a savepoint when nested) and announce changes on commit."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        outermost = getattr(_state, "pending", None) is None
        if outermost:
            _state.pending = []
        try:
            with database.atomic():
                result = func(*args, **kwargs)
                if outermost and _state.pending:
                    _run_before_commit(_state.pending)
        except BaseException as exc:
            if outermost:
                _state.pending = None
                if isinstance(exc, (OperationalError, sqlite3.OperationalError)):
                    plain = storage_error(exc)
                    if plain is not None:
                        raise plain from exc
            raise
        if outermost:
            pending, _state.pending = _state.pending, None
            _announce(pending)
        return result

    def reporting(*args, **kwargs) -> Outcome:
        """Run the service and return `Outcome(value, report)`: what it changed, computed inside its transaction."""
        with recording() as report:
            value = wrapper(*args, **kwargs)
        return Outcome(value, report)

    wrapper.reporting = reporting
    return wrapper
