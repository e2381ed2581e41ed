"""Lists for the views: ids sorted and filtered in SQL, and the visible rows fetched by id."""

from __future__ import annotations

import re
from collections import OrderedDict

from mentordesk.models import database
from mentordesk.services import kinds, search
from mentordesk.services.kinds import Column, ListSpec  # noqa: F401 - what a list is made of


def spec_of(kind: str) -> ListSpec:
    """How records of `kind` are listed (its declaration in services.kinds)."""
    return kinds.get(kind).listing


_JOIN_RE = re.compile(r"\bJOIN\s+\w+\s+(\w+)\s+ON\b", re.I)

# Sorted id lists reused while the data is unchanged, so a filter keystroke costs one FTS5 query
# plus a pass over ids in memory instead of re-sorting 100,000 rows. Any write on this connection
# (total_changes) or another one (PRAGMA data_version) empties it.
_CACHE_SIZE = 8
_cache: OrderedDict[tuple, tuple[list[int], dict[int, int] | None]] = OrderedDict()
_cache_state: tuple | None = None


def _tables_for(spec: ListSpec, needed_sql: str) -> str:
    """The FROM clause without joins that `needed_sql` does not use (rows always have their parent)."""
    aliases = _JOIN_RE.findall(spec.table)
    if any(re.search(rf"\b{alias}\.", needed_sql) for alias in aliases):
        return spec.table
    return re.split(r"\s+(?:LEFT\s+)?JOIN\s+", spec.table, maxsplit=1, flags=re.I)[0]


def _data_state() -> tuple:
    conn = database.connection()
    (version,) = conn.execute("PRAGMA data_version").fetchone()
    return conn, version, conn.total_changes


def _sorted_ids(kind: str, sort: int, descending: bool, where: str, params: tuple) -> tuple:
    """(ids in list order, cache key) for all records of `kind` passing `where`."""
    global _cache_state
    state = _data_state()
    if _cache_state is None or state[0] is not _cache_state[0] or state[1:] != _cache_state[1:]:
        _cache.clear()
        _cache_state = state
    key = (kind, sort, descending, where, tuple(params))
    if key in _cache:
        _cache.move_to_end(key)
        return _cache[key][0], key
    sql = _ordered_ids_sql(spec_of(kind), sort, descending, where)
    ids = [row[0] for row in database.execute_sql(sql, list(params)).fetchall()]
    _cache[key] = (ids, None)
    while len(_cache) > _CACHE_SIZE:
        _cache.popitem(last=False)
    return ids, key


def _positions(key: tuple) -> dict[int, int]:
    ids, positions = _cache[key]
    if positions is None:
        positions = {record_id: index for index, record_id in enumerate(ids)}
        _cache[key] = (ids, positions)
    return positions


def list_ids(kind: str, text: str = "", sort: int | None = None, descending: bool | None = None,
             where: str = "", params: tuple = ()) -> list[int]:
    """Ids of `kind` matching `text` (FTS5) and an optional extra SQL condition, sorted in SQL."""
    spec = spec_of(kind)
    sort = spec.default_sort if sort is None else sort
    descending = spec.default_descending if descending is None else descending
    long_words, short = search.split_short(text)
    if short and not long_words:
        # A lone letter would make FTS5 read every term starting with it: for people it means "names
        # starting with", served by the NOCASE name index; other lists narrow from the second letter.
        if kind != "person":
            return list(_sorted_ids(kind, sort, descending, where, params)[0])
        low, high = search.name_prefix_range(short[0])
        initial = "t.display_name COLLATE NOCASE >= ? AND t.display_name COLLATE NOCASE < ?"
        where, params = (f"({where}) AND {initial}" if where else initial), (*params, low, high)
        return list(_sorted_ids(kind, sort, descending, where, params)[0])
    if kinds.get(kind).search is None and text.strip():  # no search table: every word in some column
        like, words = _like_filter(spec, text)
        where, params = (f"({where}) AND {like}" if where else like), (*params, *words)
        return list(_sorted_ids(kind, sort, descending, where, params)[0])
    ordered, key = _sorted_ids(kind, sort, descending, where, params)
    query = search.fts_query(text)
    if query is None:
        return list(ordered)
    matches = search.fts_rowids(kind, query)
    if len(matches) * 8 < len(ordered):  # few hits: sort them by their place in the full list
        positions = _positions(key)
        return sorted((i for i in matches if i in positions), key=positions.__getitem__)
    wanted = set(matches)
    return [record_id for record_id in ordered if record_id in wanted]


def _like_filter(spec: ListSpec, text: str) -> tuple[str, list[str]]:
    """SQL requiring each word of `text` in one of the list's columns (kinds without a search table)."""
    words = [w for w in text.split() if w]
    one = "(" + " OR ".join(f"CAST({c.sql} AS TEXT) LIKE ? ESCAPE '\\'" for c in spec.columns) + ")"
    escaped = ["%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%" for w in words]
    return " AND ".join([one] * len(words)), [e for e in escaped for _ in spec.columns]


def count_ids(kind: str, where: str = "", params: tuple = ()) -> int:
    """How many records of `kind` pass `where` (what a list shows before its ids are all read)."""
    spec = spec_of(kind)
    sql = f"SELECT COUNT(*) FROM {_tables_for(spec, where)}" + (f" WHERE ({where})" if where else "")
    return database.execute_sql(sql, list(params)).fetchone()[0]


def head_ids(kind: str, sort: int | None = None, descending: bool | None = None, where: str = "",
             params: tuple = (), limit: int = 200) -> list[int]:
    """The first `limit` ids of the unfiltered list in list order (an index scan for the usual sorts)."""
    spec = spec_of(kind)
    sort = spec.default_sort if sort is None else sort
    descending = spec.default_descending if descending is None else descending
    sql = _ordered_ids_sql(spec, sort, descending, where) + " LIMIT ?"
    return [row[0] for row in database.execute_sql(sql, [*params, limit]).fetchall()]


def _ordered_ids_sql(spec, sort: int, descending: bool, where: str) -> str:
    """SELECT of a list's ids in list order (ties by id), joining only what the sort and `where` need."""
    direction = "DESC" if descending else "ASC"
    order = spec.columns[sort].order_sql
    sql = f"SELECT t.id FROM {_tables_for(spec, order + ' ' + where)}"
    if where:
        sql += f" WHERE ({where})"
    return sql + f" ORDER BY {order} {direction}, t.id {direction}"


def list_rows(kind: str, ids) -> dict[int, tuple]:
    """Display values of these records, keyed by id, in column order."""
    spec = spec_of(kind)
    ids = list(ids)
    result: dict[int, tuple] = {}
    cols = ", ".join(c.sql for c in spec.columns)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        for row in database.execute_sql(f"SELECT t.id, {cols} FROM {spec.table} WHERE t.id IN ({marks})", chunk):
            result[row[0]] = tuple(row[1:])
    return result
