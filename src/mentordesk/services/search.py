"""Full-text search: keeping the FTS5 tables in step with writes, and querying them."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from mentordesk.models import database
from mentordesk.search_schema import FTS_TABLES

CHUNK = 500

# kind -> SELECT producing (rowid, *indexed columns) for the records whose id is in {ids}
_SOURCES = {
    "person": """
        SELECT p.id,
               p.display_name || ' ' || p.given_name || ' ' || p.family_name || ' ' || p.nickname,
               COALESCE(o.name, ''), p.title, p.notes,
               COALESCE((SELECT group_concat(e.email, ' ') FROM person_email e WHERE e.person_id = p.id), '')
               || ' ' ||
               COALESCE((SELECT group_concat(t.name, ' ') FROM person_tag pt JOIN tag t ON t.id = pt.tag_id
                         WHERE pt.person_id = p.id), '')
        FROM person p LEFT JOIN organization o ON o.id = p.organization_id
        WHERE p.id IN ({ids})""",
    "organization": "SELECT id, name, field, website FROM organization WHERE id IN ({ids})",
    "meeting": """
        SELECT m.id, m.summary, m.notes, m.place,
               COALESCE((SELECT group_concat(p.display_name, ' ') FROM meeting_attendee a
                         JOIN person p ON p.id = a.person_id WHERE a.meeting_id = m.id), '')
        FROM meeting m WHERE m.id IN ({ids})""",
    "advice": """
        SELECT n.id, n.advice, n.outcome, p.display_name
        FROM advice_note n JOIN person p ON p.id = n.person_id WHERE n.id IN ({ids})""",
    "ask": """
        SELECT k.id, k.purpose, k.notes, p.display_name
        FROM ask k JOIN person p ON p.id = k.person_id WHERE k.id IN ({ids})""",
}

_ALL_IDS = {
    "person": "SELECT id FROM person",
    "organization": "SELECT id FROM organization",
    "meeting": "SELECT id FROM meeting",
    "advice": "SELECT id FROM advice_note",
    "ask": "SELECT id FROM ask",
}


def reindex(kind: str, ids) -> None:
    """Refresh the search rows of these records (deleted ones simply disappear)."""
    table, columns = FTS_TABLES[kind]
    ids = list(dict.fromkeys(int(i) for i in ids))
    cols = ", ".join(("rowid",) + columns)
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        marks = ", ".join("?" * len(chunk))
        database.execute_sql(f"DELETE FROM {table} WHERE rowid IN ({marks})", chunk)
        database.execute_sql(f"INSERT INTO {table}({cols}) " + _SOURCES[kind].format(ids=marks), chunk)


def rebuild(kind: str | None = None) -> None:
    """Rebuild one kind's search table (or all of them) from scratch, e.g. after a bulk import."""
    for name in [kind] if kind else list(FTS_TABLES):
        table, columns = FTS_TABLES[name]
        cols = ", ".join(("rowid",) + columns)
        database.execute_sql(f"DELETE FROM {table}")
        source = _SOURCES[name].format(ids=_ALL_IDS[name])
        database.execute_sql(f"INSERT INTO {table}({cols}) {source}")


_TOKEN_RE = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str | None:
    """Turn what a user typed into an FTS5 query: every word must match, as a prefix."""
    tokens = _TOKEN_RE.findall(text or "")
    if not tokens:
        return None
    return " ".join(f'"{token}"*' for token in tokens)


def split_short(text: str) -> tuple[list[str], list[str]]:
    """(words of two or more characters, one-letter words) of what the user typed.

    FTS5 indexes 2- and 3-character prefixes; a one-letter prefix would read every term starting
    with that letter (across 300,000 meeting notes), so one-letter words are handled apart.
    """
    words = _TOKEN_RE.findall(text or "")
    return [w for w in words if len(w) > 1], [w for w in words if len(w) == 1]


def fold(text: str) -> str:
    """Lower case without accents, as the FTS5 tokenizer compares words."""
    return "".join(c for c in unicodedata.normalize("NFKD", text or "") if not unicodedata.combining(c)).casefold()


def name_prefix_range(letter: str) -> tuple[str, str]:
    """Bounds for `display_name COLLATE NOCASE >= ? AND < ?`: names starting with `letter` (the NOCASE index)."""
    low = letter.lower()
    return low, chr(ord(low) + 1)


def _initials_match(name: str, letters: list[str]) -> bool:
    """True when every one-letter word typed starts some word of the name."""
    initials = {word[0] for word in _TOKEN_RE.findall(fold(name))}
    return all(fold(letter) in initials for letter in letters)


def _people_by_initial(letter: str, limit: int) -> list[int]:
    low, high = name_prefix_range(letter)
    return [row[0] for row in database.execute_sql(
        "SELECT id FROM person WHERE display_name COLLATE NOCASE >= ? AND display_name COLLATE NOCASE < ? "
        "ORDER BY display_name COLLATE NOCASE LIMIT ?", [low, high, limit])]


def _with_short_words(kind: str, text: str, limit: int) -> list[int]:
    """Matches for text with one-letter words: they narrow people by name initial and are dropped elsewhere."""
    long_words, short = split_short(text)
    if kind != "person":
        return matching_ids(kind, " ".join(long_words), limit) or [] if long_words else []
    if not long_words:
        ids = _people_by_initial(short[-1], limit * 4 if len(short) > 1 else limit)
    else:
        ids = matching_ids(kind, " ".join(long_words), RANK_CAP) or []
    found: list[int] = []
    # Best matches first, in small batches: stop reading names once `limit` of them match the initials
    # (a quarter of the work for "Alex T" among 1,500 Alexes, the slowest kind of search keystroke).
    batch = max(limit * 4, 50)
    for start in range(0, len(ids), batch):
        chunk = ids[start : start + batch]
        marks = ", ".join("?" * len(chunk))
        names = dict(database.execute_sql(f"SELECT id, display_name FROM person WHERE id IN ({marks})", chunk))
        found += [i for i in chunk if _initials_match(names.get(i, ""), short)]
        if len(found) >= limit:
            break
    return found[:limit]


# Ranking (bm25) costs time per matching row: above this many matches a query is too unspecific
# for ranking to mean much, and best-first gives way to name/title matches first, newest first.
RANK_CAP = 2000
# Meeting and advice notes are long: bm25 over 1,800 of them took ~20 ms (a third of a keystroke's
# budget, measured on 300,000 meetings), so they are ranked up to fewer matches.
LONG_TEXT_RANK_CAP = 500
LONG_TEXT_KINDS = ("meeting", "advice")


def rank_cap(kind: str) -> int:
    """At most this many matches of `kind` are ranked best-first."""
    return min(RANK_CAP, LONG_TEXT_RANK_CAP) if kind in LONG_TEXT_KINDS else RANK_CAP


def fts_rowids(kind: str, query: str) -> list[int]:
    """Every rowid matching an FTS5 query (from fts_query), unordered: what list filters need."""
    table, _ = FTS_TABLES[kind]
    return [row[0] for row in database.execute_sql(f"SELECT rowid FROM {table} WHERE {table} MATCH ?", [query])]


def _rowids(table: str, query: str, tail: str, params: list) -> list[int]:
    return [row[0] for row in database.execute_sql(
        f"SELECT rowid FROM {table} WHERE {table} MATCH ? {tail}", [query] + params)]


def matching_ids(kind: str, text: str, limit: int | None = None) -> list[int] | None:
    """Ids of `kind` records matching `text` (best first when limited); None when text is empty."""
    query = fts_query(text)
    if query is None:
        return None
    table, columns = FTS_TABLES[kind]
    if limit is None:
        return fts_rowids(kind, query)
    if split_short(text)[1]:  # one-letter words: name initials for people, left out for other kinds
        return _with_short_words(kind, text, limit)
    cap = rank_cap(kind)
    (matches,) = database.execute_sql(  # counted in SQL: no list of 2,000 rowids built just to count it
        f"SELECT COUNT(*) FROM (SELECT rowid FROM {table} WHERE {table} MATCH ? LIMIT ?)", [query, cap + 1]
    ).fetchone()
    if matches <= cap:
        return _rowids(table, query, "ORDER BY rank LIMIT ?", [limit])
    ids = _rowids(table, f"{{{columns[0]}}} : ({query})", "ORDER BY rowid DESC LIMIT ?", [limit])
    if len(ids) < limit:
        seen = set(ids)
        more = _rowids(table, query, "ORDER BY rowid DESC LIMIT ?", [limit + len(ids)])
        ids += [i for i in more if i not in seen][: limit - len(ids)]
    return ids


def match_subquery(kind: str) -> str:
    """SQL `id IN (...)` filter text for use inside list queries; bind fts_query(text) to it."""
    table, _ = FTS_TABLES[kind]
    return f"IN (SELECT rowid FROM {table} WHERE {table} MATCH ?)"


@dataclass(frozen=True)
class Hit:
    """One search result: what it is, its id, a title and a line of context."""

    kind: str
    id: int
    title: str
    detail: str


_HIT_SQL = {
    "person": """SELECT p.id, p.display_name, TRIM(p.title || CASE WHEN o.name IS NULL THEN '' ELSE ' · ' || o.name END)
                 FROM person p LEFT JOIN organization o ON o.id = p.organization_id WHERE p.id IN ({ids})""",
    "organization": "SELECT id, name, field FROM organization WHERE id IN ({ids})",
    "meeting": "SELECT id, COALESCE(NULLIF(summary, ''), kind), substr(held_at, 1, 10) FROM meeting WHERE id IN ({ids})",
    "advice": """SELECT n.id, substr(n.advice, 1, 120), p.display_name || ', ' || n.given_on
                 FROM advice_note n JOIN person p ON p.id = n.person_id WHERE n.id IN ({ids})""",
    "ask": """SELECT k.id, COALESCE(NULLIF(k.purpose, ''), k.kind), p.display_name || ' · ' || k.status
              FROM ask k JOIN person p ON p.id = k.person_id WHERE k.id IN ({ids})""",
}

SEARCH_KINDS = ("person", "organization", "meeting", "advice", "ask")


def search(text: str, limit_per_kind: int = 20, kinds=SEARCH_KINDS) -> list[Hit]:
    """Everything matching `text`, grouped by kind in SEARCH_KINDS order, best matches first."""
    hits: list[Hit] = []
    for kind in kinds:
        ids = matching_ids(kind, text, limit_per_kind)
        if not ids:
            continue
        marks = ", ".join("?" * len(ids))
        rows = {row[0]: row for row in database.execute_sql(_HIT_SQL[kind].format(ids=marks), ids)}
        hits.extend(Hit(kind, i, rows[i][1] or "", rows[i][2] or "") for i in ids if i in rows)
    return hits


_SENSITIVE_SQL = {
    "person": "SELECT id FROM person WHERE sensitive = 1 AND id IN ({ids})",
    "meeting": """SELECT DISTINCT a.meeting_id FROM meeting_attendee a JOIN person p ON p.id = a.person_id
                  WHERE p.sensitive = 1 AND a.meeting_id IN ({ids})""",
    "advice": "SELECT n.id FROM advice_note n JOIN person p ON p.id = n.person_id WHERE p.sensitive = 1 AND n.id IN ({ids})",
    "ask": "SELECT k.id FROM ask k JOIN person p ON p.id = k.person_id WHERE p.sensitive = 1 AND k.id IN ({ids})",
}


def without_sensitive(hits: list[Hit]) -> list[Hit]:
    """The hits minus people marked sensitive and the meetings, advice and asks that involve them."""
    hidden: set[tuple[str, int]] = set()
    for kind, sql in _SENSITIVE_SQL.items():
        ids = [hit.id for hit in hits if hit.kind == kind]
        if ids:
            marks = ", ".join("?" * len(ids))
            hidden.update((kind, row[0]) for row in database.execute_sql(sql.format(ids=marks), ids))
    return [hit for hit in hits if (hit.kind, hit.id) not in hidden]
