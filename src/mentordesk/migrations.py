"""Schema migrations: each step upgrades the file by one version inside the opening transaction.

New tables need no step (they are created on open); a step is for changing existing tables.
Append steps in order; LATEST_VERSION follows from the list. playhouse.migrate is imported only
when a file really needs upgrading: every start reads LATEST_VERSION, and the import costs ~10 ms.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from playhouse.migrate import SqliteMigrator


def _v1_to_v2(migrator: SqliteMigrator) -> None:
    """Asks remember when they were made and finished (for "waiting N days" and thank-you reminders)."""
    from peewee import DateField
    from playhouse.migrate import migrate

    migrate(
        migrator.add_column("ask", "asked_on", DateField(null=True)),
        migrator.add_column("ask", "done_on", DateField(null=True)),
    )


def _v2_to_v3(migrator: SqliteMigrator) -> None:
    """People may have a photo (a small picture, see services.photos)."""
    from peewee import BlobField
    from playhouse.migrate import migrate

    migrate(migrator.add_column("person", "photo", BlobField(null=True)))


def _v3_to_v4(migrator: SqliteMigrator) -> None:
    """People keep the day their next catch-up is due, indexed (db fills it through services.cadence)."""
    from peewee import DateField
    from playhouse.migrate import migrate

    from mentordesk.models import CATCH_UP_INDEX_SQL, SNOOZED_INDEX_SQL

    migrate(migrator.add_column("person", "catch_up_due_on", DateField(null=True)))
    migrator.database.execute_sql(CATCH_UP_INDEX_SQL)
    migrator.database.execute_sql(SNOOZED_INDEX_SQL)


# STEPS[i] upgrades version i + 1 to version i + 2.
STEPS: list[Callable[[SqliteMigrator], None]] = [
    _v1_to_v2,
    _v2_to_v3,
    _v3_to_v4,
]

LATEST_VERSION = len(STEPS) + 1


def migrate_up(db, from_version: int) -> None:
    """Run every step from `from_version` to the latest (the caller holds the transaction)."""
    from playhouse.migrate import SqliteMigrator

    migrator = SqliteMigrator(db)
    for step in STEPS[from_version - 1 :]:
        step(migrator)
