"""The record-kind registry: one declaration per kind of record, read by everything that used to switch on names.

A kind (person, organization, meeting, advice, ask, opportunity, and any later one) declares its model,
its services, how it is listed (columns, SQL sort), how it is searched (its FTS5 table), what privacy
mode hides, its undo snapshot and whether `stats` counts it. Lists, search, health, privacy, undo and
the JSON export read these; adding a kind means declaring it here (services.record_kinds holds the
built-in ones) and, for a screen, one area declaration in the UI.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Callable

# Modules whose import registers kinds; listed by name so this module imports no service itself.
KIND_MODULES: list[str] = ["mentordesk.services.record_kinds"]


@dataclass(frozen=True)
class Column:
    """A list column: its key, English title, the SQL that shows it and the SQL that sorts it."""

    key: str
    title: str
    sql: str
    sort: str | None = None
    vocabulary: dict[str, str] | None = None  # stored key -> English label (shown translated)
    date: bool = False  # an ISO date, shown in the user's locale
    # How wide the list draws it: "stretch" (the meaningful text: shares the width the others leave) or
    # "fit" (short: as wide as its longest value or its title). Long text is elided, whole in a tooltip.
    width: str = "fit"

    @property
    def order_sql(self) -> str:
        return self.sort or self.sql


@dataclass(frozen=True)
class ListSpec:
    """How a kind is listed: FROM clause (the kind's table aliased t), columns and default order."""

    kind: str
    table: str
    columns: tuple[Column, ...]
    default_sort: int = 0
    default_descending: bool = False


@dataclass(frozen=True)
class SearchSpec:
    """A kind's FTS5 table: its columns, the SELECT filling them for `{ids}`, and a hit's title and detail."""

    table: str
    columns: tuple[str, ...]
    source: str  # SELECT rowid, *columns ... WHERE <id> IN ({ids})
    hits: str  # SELECT id, title, detail ... WHERE <id> IN ({ids})


@dataclass(frozen=True)
class RecordKind:
    """Everything the app needs to know about one kind of record."""

    key: str  # "person": services, undo, search
    plural: str  # "people": areas, stats, privacy
    noun: str  # English; the UI translates it
    model: type
    create: Callable
    update: Callable
    delete: Callable
    data: Callable[[int], dict]
    capture: Callable[[int], dict]  # a snapshot that services.snapshots.restore puts back
    title: Callable[[dict], str]  # a record's short name, from data()
    listing: ListSpec
    search: SearchSpec | None = None
    hidden_where: str = ""  # SQL on alias t: the rows privacy mode keeps on screen ('' = all)
    counted: bool = True  # in `stats`, and what makes a database "not empty"
    restore: Callable[[dict], None] | None = None  # None: services.snapshots.restore
    depends_on: tuple[str, ...] = ()  # other kinds whose changes show in this kind's list (a person's name)
    # What deleting one record takes with it: a sentence for the confirmation ('' or None: nothing else goes).
    deletion: Callable[[int], str | None] | None = None
    extra: dict = field(default_factory=dict)

    @property
    def table(self) -> str:
        return self.model._meta.table_name


_KINDS: dict[str, RecordKind] = {}
_loaded = False


def register(kind: RecordKind) -> RecordKind:
    """Add (or replace) a kind; its model joins the schema and the JSON export."""
    from mentordesk import models

    _KINDS[kind.key] = kind
    if kind.model not in models.ALL_MODELS:
        models.ALL_MODELS.append(kind.model)
    return kind


def unregister(key: str) -> None:
    """Forget a kind (tests that declare a throw-away kind)."""
    _KINDS.pop(key, None)


def _load() -> None:
    global _loaded
    if not _loaded:
        _loaded = True
        for name in KIND_MODULES:
            importlib.import_module(name)


def all_kinds() -> list[RecordKind]:
    """Every registered kind, in declaration order."""
    _load()
    return list(_KINDS.values())


def get(key: str) -> RecordKind:
    """The kind called `key` ("person"); KeyError for an unknown one."""
    _load()
    return _KINDS[key]


def by_plural(plural: str) -> RecordKind | None:
    """The kind whose plural is `plural` ("people"), None when none is."""
    return next((k for k in all_kinds() if k.plural == plural), None)


def searchable() -> list[RecordKind]:
    """The kinds with a search table, in declaration order."""
    return [k for k in all_kinds() if k.search is not None]


def search_tables() -> dict[str, tuple[str, tuple[str, ...]]]:
    """kind -> (FTS5 table, columns): what the schema creates and health checks."""
    return {k.key: (k.search.table, k.search.columns) for k in searchable()}
