"""Schema versions: new files start at the latest version, older files are upgraded in place."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from mentordesk import db as dbmod
from mentordesk.migrations import LATEST_VERSION
from mentordesk.models import Ask, Person
from mentordesk.services import asks, health, search

V1 = Path(__file__).parent / "data" / "schema_v1.db"


def test_new_database_is_at_latest_version(database):
    assert dbmod.schema_version(database) == LATEST_VERSION


def test_version_1_file_is_upgraded_with_its_data(tmp_path):
    path = tmp_path / "old.db"
    shutil.copy(V1, path)
    columns = [row[1] for row in sqlite3.connect(path).execute("PRAGMA table_info(ask)")]
    assert "asked_on" not in columns
    database = dbmod.open_database(path)
    try:
        assert dbmod.schema_version(database) == LATEST_VERSION
        assert Person.select().count() == 2
        ask = Ask.get()
        assert ask.purpose == "Letter for grad school" and ask.asked_on is None
        asks.update_ask(ask.id, status="done")
        assert Ask.get().done_on is not None
        assert [h.kind for h in search.search("Lovelace")][:1] == ["person"]
        assert health.check() == []
    finally:
        dbmod.close_database()


def test_newer_file_is_refused(tmp_path):
    path = tmp_path / "future.db"
    dbmod.open_database(path)
    dbmod.close_database()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE schema_version SET version = ?", (LATEST_VERSION + 5,))
    with pytest.raises(dbmod.DatabaseOpenError, match="newer MentorDesk"):
        dbmod.open_database(path)
    dbmod.close_database()
