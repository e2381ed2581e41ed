"""Benchmarks that need no window: raw FTS5 queries, vCard parsing and importing, memory.

Each measurement runs in its own process (the runner calls `python bench_core.py NAME ...`)
and prints one JSON object on stdout, so imports and caches of one never flatter another.
"""

from __future__ import annotations

import argparse
import json
import resource
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from queries import percentile, queries  # noqa: E402


def raw_fts(db_path: Path) -> dict:
    """p95 of the search workload straight against person_fts with sqlite3: all matching ids."""
    from mentordesk.services import kinds
    from mentordesk.services.search import fts_query

    table = kinds.search_tables()["person"][0]  # the kind registry declares each search table
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    sql = f"SELECT rowid FROM {table} WHERE {table} MATCH ?"
    workload = [fts_query(q) for q in queries()]
    conn.execute(sql, (workload[0],)).fetchall()  # warm the page cache like an app that is already open
    times = []
    for query in workload:
        start = time.perf_counter()
        conn.execute(sql, (query,)).fetchall()
        times.append((time.perf_counter() - start) * 1000)
    return {"raw_fts_p95_ms": percentile(times, 95), "raw_fts_median_ms": percentile(times, 50),
            "queries": len(times)}


def vobject_parse(vcf: Path) -> dict:
    """Parse the file with vobject alone: the floor any vCard importer stands on."""
    import vobject

    start = time.perf_counter()
    text = vcf.read_text(encoding="utf-8")
    cards = list(vobject.readComponents(text, allowQP=True))
    elapsed = time.perf_counter() - start
    return {"vobject_parse_10k_s": elapsed, "cards": len(cards)}


def import_vcards(vcf: Path, db_path: Path) -> dict:
    """Import the file into a fresh database with the app's own importer, timing only the import."""
    from mentordesk import db as dbmod

    importer = _importer()
    dbmod.open_database(db_path)
    start = time.perf_counter()
    importer(vcf)
    elapsed = time.perf_counter() - start
    (people,) = dbmod.database.execute_sql("SELECT COUNT(*) FROM person").fetchone()
    dbmod.close_database()
    return {"import_10k_s": elapsed, "imported": people}


def _importer():
    """The import engineer's public vCard import (what `mentordesk import FILE.vcf` calls)."""
    from mentordesk.exchange.vcard import import_vcard

    return lambda path: import_vcard(path, {})


def open_rss(db_path: Path) -> dict:
    """Peak RSS of a headless process that opens the network and lists People (no-window fallback)."""
    from mentordesk import db as dbmod
    from mentordesk.services import listing

    dbmod.open_database(db_path)
    ids = listing.list_ids("person")
    listing.list_rows("person", ids[:100])
    return {"rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("name", choices=["fts", "vobject", "import", "rss"])
    parser.add_argument("--db", type=Path)
    parser.add_argument("--vcf", type=Path)
    args = parser.parse_args(argv)
    if args.name == "fts":
        result = raw_fts(args.db)
    elif args.name == "vobject":
        result = vobject_parse(args.vcf)
    elif args.name == "import":
        result = import_vcards(args.vcf, args.db)
    else:
        result = open_rss(args.db)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
