"""The FTS5 tables behind search: one per searchable kind (services.kinds declares them), rowid = record id."""

from __future__ import annotations

TOKENIZE = "unicode61 remove_diacritics 2"


def create_search_tables(db, tables: dict[str, tuple[str, tuple[str, ...]]]) -> list[str]:
    """Create the missing FTS5 tables of `tables` (kind -> (table, columns)); returns the kinds created."""
    present = {row[0] for row in db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}
    created = []
    for kind, (table, columns) in tables.items():
        if table in present:
            continue
        cols = ", ".join(columns)
        db.execute_sql(f"CREATE VIRTUAL TABLE {table} USING fts5({cols}, tokenize='{TOKENIZE}', prefix='2 3')")
        created.append(kind)
    return created
