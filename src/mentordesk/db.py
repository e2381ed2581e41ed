"""Opening the database file: where it lives, pragmas, schema creation and migrations."""

from __future__ import annotations

import importlib
import os
import re
from pathlib import Path

from peewee import DatabaseError, OperationalError, SqliteDatabase

from mentordesk import APP_NAME
from mentordesk.connection import PRAGMAS, make_database  # noqa: F401 - db.PRAGMAS is what callers patch
from mentordesk.errors import DatabaseOpenError
from mentordesk.models import ALL_MODELS, SchemaVersion, database
from mentordesk.search_schema import create_search_tables
from mentordesk.services import kinds, search
from mentordesk.storage import StorageBusy, end_shared_use, mark_closed, mark_open, share_use
from mentordesk.texts import T_

# Feature modules whose import appends their models to models.ALL_MODELS; add a line per feature.
MODEL_MODULES: list[str] = [
    "mentordesk.opportunity_model",
    "mentordesk.sync.state",
    "mentordesk.crossroads.models",
    "mentordesk.crossroads.assumption_model",
]



# What the last open_database finished or undid for an interrupted run (a killed re-encryption), for the user.
recovery_note: str | None = None
# Whether the last open_database ran SQLite's full quick check (else only the cheap check on every open).
fully_checked: bool = False


def default_path() -> Path:
    """The database path: $MENTORDESK_DB, else the platform's user-data folder."""
    env = os.environ.get("MENTORDESK_DB")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False)) / "mentordesk.db"


def prepare_folder(path: Path) -> None:
    """Create the folder that will hold the database (and its lock and backups), readable by the user alone.

    Runs before anything else touches the data folder: on a first launch it does not exist yet."""
    if path.is_dir():
        raise DatabaseOpenError(T_("{path} is a folder, not a database file", path=path))
    parent = path.parent
    if parent.is_dir():
        return
    try:
        parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise DatabaseOpenError(T_("cannot create folder {folder}: {error}", folder=parent, error=exc.strerror or exc)) from None


def _prepare_file(path: Path) -> None:
    """Create a new file readable by the user alone, or make an existing one so (its folder is prepared)."""
    if not path.exists():
        try:
            fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
            os.close(fd)
        except OSError as exc:
            raise DatabaseOpenError(T_("cannot create database {path}: {error}", path=path, error=exc.strerror)) from None
    elif not os.access(path, os.R_OK | os.W_OK):
        raise DatabaseOpenError(T_("cannot write to database {path}: permission denied", path=path))
    else:
        _make_private(path)


def _make_private(path: Path) -> None:
    """A file copied in or migrated may arrive 0644: make it and its side files 0600 before SQLite opens
    them (SQLite gives a new -wal/-shm the database file's mode). chmod opens nothing, so no lock is lost."""
    from mentordesk.safety.files import make_private, sidecars

    for file in (path, *sidecars(path)):
        try:
            make_private(file)
        except OSError:  # not ours to change (another owner): SQLite's own checks decide
            pass


def open_database(path: Path | str | None = None, db: SqliteDatabase | None = None,
                  passphrase: str | None = None, full_check: bool | None = None) -> SqliteDatabase:
    """Open (creating or migrating as needed) the database at `path` and bind the models to it.

    An encrypted file is opened with SQLCipher using `passphrase`; `db` lets a caller supply a
    prepared database object. Every open runs a cheap check (header, schema, first and last rows;
    safety.errors says what failed). SQLite's full quick check runs too with `full_check=True`; by
    default (None) when it is owed (an unclean exit, damage seen last time, or a day since the last);
    with False (the app, which runs it in the background) only after an unclean exit.
    """
    from mentordesk.safety import checkup, opening

    path = Path(path) if path is not None else default_path()
    previous = database.obj
    if previous is not None and previous is not db:  # rebinding: the old connection is done with
        _close(previous, Path(previous.database))
    prepare_folder(path)
    global recovery_note, fully_checked
    fully_checked = False
    recovery_note = opening.recover_interrupted(path, passphrase)
    _prepare_file(path)
    opening.refuse_empty_file(path)
    try:
        share_use(path)  # never opened while a restore or re-encryption replaces the file
    except StorageBusy as exc:
        raise DatabaseOpenError(str(exc)) from None
    try:
        db = db or opening.database_for(path, passphrase)
        database.initialize(db)
        db.connect(reuse_if_open=True)
        mark_open(path)
        fully_checked = opening.verify_on_open(db, path, full=full_check)
        ensure_schema(db)
        checkup.begin(path)
    except DatabaseOpenError:
        _close(db, path)
        raise
    except (DatabaseError, OperationalError) as exc:
        _close(db, path)
        raise opening.explain_open_error(db, path, exc) from None
    return db


def _close(db: SqliteDatabase | None, path: Path) -> None:
    """Close `db` (if it got that far) and free this process's shared use of `path`; a clean exit from it."""
    from mentordesk.safety import checkup

    if db is not None and not db.is_closed():
        db.close()
    mark_closed(path)
    checkup.end(path)
    end_shared_use(path)


def file_kind(path: Path | str) -> str:
    """What a chosen file is: "new" (missing or 0 bytes), "mentordesk", "other" (another program's SQLite) or "unknown".

    Never call it on the file this process has open (closing a descriptor of it drops SQLite's locks)."""
    import sqlite3

    from mentordesk.safety.crypto import SQLITE_HEADER

    path = Path(path)
    try:
        if not path.exists() or path.stat().st_size == 0:
            return "new"
        with open(path, "rb") as fh:
            plain = fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return "unknown"
    if not plain:
        return "unknown"  # encrypted (or not a database): the opening checks ask for a passphrase or refuse it
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            conn.close()
    except sqlite3.Error:
        return "unknown"
    if "schema_version" in names:
        return "mentordesk"
    return "other" if names else "new"


def close_database() -> None:
    """Close the bound database if one is open, and stop using its file."""
    db = database.obj
    if db is not None and not db.is_closed():
        _close(db, Path(db.database))


def schema_version(db: SqliteDatabase) -> int:
    """The version recorded in the file, 0 for a file with no MentorDesk tables."""
    if not db.table_exists("schema_version"):
        return 0
    row = SchemaVersion.select().order_by(SchemaVersion.version.desc()).first()
    return row.version if row else 0


def ensure_schema(db: SqliteDatabase) -> None:
    """Create a new file at the latest version, or migrate an older one, in one transaction."""
    from mentordesk.migrations import LATEST_VERSION, migrate_up

    for module in MODEL_MODULES:
        importlib.import_module(module)
    kinds.all_kinds()  # every declared kind's model joins ALL_MODELS

    if 0 < schema_version(db) < LATEST_VERSION:
        from mentordesk.safety.backup import backup_database

        backup_database(db, "before-migration")
    with db.atomic():
        version = schema_version(db)
        if version == 0:
            db.create_tables(ALL_MODELS)
            create_search_tables(db, kinds.search_tables())
            SchemaVersion.create(version=LATEST_VERSION)
            return
        if version > LATEST_VERSION:
            raise DatabaseOpenError(
                T_("this database was written by a newer MentorDesk (schema {version}); please update the app",
                   version=version)
            )
        if version < LATEST_VERSION:
            migrate_up(db, version)
            SchemaVersion.update(version=LATEST_VERSION).execute()
            fill_derived(version)
        # Tables added by later features need no migration: create any that are missing.
        if not _schema_complete(db):
            db.create_tables(ALL_MODELS, safe=True)
            for kind in create_search_tables(db, kinds.search_tables()):
                search.rebuild(kind)  # a kind's new search table starts with its existing records


def fill_derived(from_version: int) -> None:
    """Columns the services derive from others, filled once for a file migrated from `from_version`."""
    if from_version < 4:
        from mentordesk.services.cadence import refresh_due

        refresh_due()  # every person's catch-up due day (schema 4)


def _expected_names() -> set[str]:
    """Names of every table and index the models and search define."""
    names = {table for table, _ in kinds.search_tables().values()}
    for model in ALL_MODELS:
        names.add(model._meta.table_name)
        for index in model._meta.fields_to_index():
            name = getattr(index, "_name", None)
            if name is None:  # a raw SQL index: take its name from the statement
                match = re.search(r"INDEX\s+(?:IF\s+NOT\s+EXISTS\s+)?(\w+)", getattr(index, "sql", ""), re.I)
                name = match.group(1) if match else None
            if name:
                names.add(name)
    return names


def _schema_complete(db: SqliteDatabase) -> bool:
    """True when every table and index already exists, so opening skips ~20 CREATE statements."""
    present = {row[0] for row in db.execute_sql("SELECT name FROM sqlite_master WHERE type IN ('table', 'index')")}
    return _expected_names() <= present
