"""The FTS5 tables behind search: one per kind, rowid = the record's id."""

from __future__ import annotations

TOKENIZE = "unicode61 remove_diacritics 2"

# kind -> (fts table, indexed columns)
FTS_TABLES: dict[str, tuple[str, tuple[str, ...]]] = {
    "person": ("person_fts", ("name", "organization", "title", "notes", "extra")),
    "organization": ("organization_fts", ("name", "field", "website")),
    "meeting": ("meeting_fts", ("summary", "notes", "place", "attendees")),
    "advice": ("advice_fts", ("advice", "outcome", "person")),
    "ask": ("ask_fts", ("purpose", "notes", "person")),
}


def create_search_tables(db) -> None:
    """Create the FTS5 tables when missing (safe to call on every open)."""
    for table, columns in FTS_TABLES.values():
        cols = ", ".join(columns)
        db.execute_sql(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {table} USING fts5({cols}, "
            f"tokenize='{TOKENIZE}', prefix='2 3')"
        )
