"""Full-text search: keeping the FTS5 tables in step with writes, and querying them."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from mentordesk.changes import before_commit
from mentordesk.models import database
from mentordesk.services import kinds

CHUNK = 500

def _spec(kind: str):
    """The kind's search declaration (services.kinds)."""
    return kinds.get(kind).search


def reindex(kind: str, ids) -> None:
    """Refresh the search rows of these records (deleted ones simply disappear); no-op for unsearched kinds."""
    spec = _spec(kind)
    if spec is None:
        return
    ids = list(dict.fromkeys(int(i) for i in ids))
    cols = ", ".join(("rowid",) + spec.columns)
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        marks = ", ".join("?" * len(chunk))
        database.execute_sql(f"DELETE FROM {spec.table} WHERE rowid IN ({marks})", chunk)
        database.execute_sql(f"INSERT INTO {spec.table}({cols}) " + spec.source.format(ids=marks), chunk)


def reindex_changes(changes: list[tuple[str, tuple[int, ...]]]) -> None:
    """Refresh the search rows of everything a transaction changed (changes.before_commit runs this)."""
    by_kind: dict[str, set[int]] = {}
    for kind, ids in changes:
        by_kind.setdefault(kind, set()).update(ids)
    searched = kinds.search_tables()
    for kind, ids in by_kind.items():
        if ids and kind in searched:
            reindex(kind, ids)


before_commit(reindex_changes)


def rebuild(kind: str | None = None) -> None:
    """Rebuild one kind's search table (or all of them) from scratch, e.g. after a bulk import."""
    for record_kind in [kinds.get(kind)] if kind else kinds.searchable():
        spec = record_kind.search
        if spec is None:
            continue
        cols = ", ".join(("rowid",) + spec.columns)
        database.execute_sql(f"DELETE FROM {spec.table}")
        source = spec.source.format(ids=f"SELECT id FROM {record_kind.table}")
        database.execute_sql(f"INSERT INTO {spec.table}({cols}) {source}")


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
    text = text or ""
    if text.isascii():  # most names: 0.6 µs instead of 10 (the search reads up to 2,000 names a keystroke)
        return text.lower()
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
    if long_words:
        return _people_with_initials(long_words, short, limit)
    ids = _people_by_initial(short[-1], limit * 4 if len(short) > 1 else limit)
    found: list[int] = []
    batch = max(limit * 4, 50)
    for start in range(0, len(ids), batch):
        chunk = ids[start : start + batch]
        marks = ", ".join("?" * len(chunk))
        names = dict(database.execute_sql(f"SELECT id, display_name FROM person WHERE id IN ({marks})", chunk))
        found += [i for i in chunk if _initials_match(names.get(i, ""), short)]
        if len(found) >= limit:
            break
    return found[:limit]


def _people_with_initials(words: list[str], initials: list[str], limit: int) -> list[int]:
    """People matching `words` whose name has a word starting with each of `initials` ("Naomi J"): those whose
    name holds the words first, then the rest (an organization's word: "Hollow U"). Read with their names in
    the index's order, up to RANK_CAP candidates, stopping once `limit` names match: ranking up to 2,000
    Naomis before reading their names took ~20 ms a keystroke."""
    wanted = [fold(word) for word in words]
    letters = {fold(letter) for letter in initials}
    by_name: list[int] = []
    others: list[int] = []
    rows = database.execute_sql("SELECT p.id, p.display_name FROM person_fts f JOIN person p ON p.id = f.rowid "
                                "WHERE person_fts MATCH ? LIMIT ?", [fts_query(" ".join(words)), RANK_CAP])
    for person_id, name in rows:
        name_words = _TOKEN_RE.findall(fold(name or ""))
        if not letters <= {word[0] for word in name_words}:
            continue
        if all(any(word.startswith(prefix) for word in name_words) for prefix in wanted):
            by_name.append(person_id)
            if len(by_name) >= limit:
                break
        elif len(others) < limit:
            others.append(person_id)
    return (by_name + others)[:limit]


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
    table = _spec(kind).table
    return [row[0] for row in database.execute_sql(f"SELECT rowid FROM {table} WHERE {table} MATCH ?", [query])]


def _rowids(table: str, query: str, tail: str, params: list) -> list[int]:
    return [row[0] for row in database.execute_sql(
        f"SELECT rowid FROM {table} WHERE {table} MATCH ? {tail}", [query] + params)]


def matching_ids(kind: str, text: str, limit: int | None = None) -> list[int] | None:
    """Ids of `kind` records matching `text` (best first when limited); None when text is empty."""
    query = fts_query(text)
    if query is None:
        return None
    spec = _spec(kind)
    table, columns = spec.table, spec.columns
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
    # Name or title matches first, newest first. Not for a two-letter word in meeting or advice notes: the
    # doclist of every term starting "me" is read whole when few summaries match (~6 ms, 18 ms in a busy
    # app), so those are newest first only.
    two_letters = kind in LONG_TEXT_KINDS and min(len(word) for word in _TOKEN_RE.findall(text)) < 3
    ids = [] if two_letters else _rowids(table, f"{{{columns[0]}}} : ({query})", "ORDER BY rowid DESC LIMIT ?",
                                         [limit])
    if len(ids) < limit:
        seen = set(ids)
        more = _rowids(table, query, "ORDER BY rowid DESC LIMIT ?", [limit + len(ids)])
        ids += [i for i in more if i not in seen][: limit - len(ids)]
    return ids


@dataclass(frozen=True)
class Hit:
    """One search result: what it is, its id, a title and a line of context."""

    kind: str
    id: int
    title: str
    detail: str


def search(text: str, limit_per_kind: int = 20, only: tuple[str, ...] | None = None) -> list[Hit]:
    """Everything matching `text`, grouped by kind in declaration order (or `only` these), best first."""
    hits: list[Hit] = []
    for kind in only or [k.key for k in kinds.searchable()]:
        ids = matching_ids(kind, text, limit_per_kind)
        if not ids:
            continue
        marks = ", ".join("?" * len(ids))
        rows = {row[0]: row for row in database.execute_sql(_spec(kind).hits.format(ids=marks), ids)}
        hits.extend(Hit(kind, i, rows[i][1] or "", rows[i][2] or "") for i in ids if i in rows)
    return hits


def without_sensitive(hits: list[Hit]) -> list[Hit]:
    """The hits minus people marked sensitive and the records that involve them (each kind's privacy rule)."""
    hidden: set[tuple[str, int]] = set()
    for record_kind in kinds.all_kinds():
        ids = [hit.id for hit in hits if hit.kind == record_kind.key]
        if ids and record_kind.hidden_where:
            marks = ", ".join("?" * len(ids))
            sql = (f"SELECT t.id FROM {record_kind.table} t WHERE t.id IN ({marks}) "
                   f"AND NOT ({record_kind.hidden_where})")
            hidden.update((record_kind.key, row[0]) for row in database.execute_sql(sql, ids))
    return [hit for hit in hits if (hit.kind, hit.id) not in hidden]
