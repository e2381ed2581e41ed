"""Large synthetic networks for the benchmarks: seeded, realistic text, written in bulk.

Usage: python benchmarks/generate.py [--people 100000] [--out PATH] [--force]
Without --out the database is cached under benchmarks/data/ keyed by size, so reruns are instant.
Person id 1 always has HEAVY_MEETINGS meetings (the "open a busy person" benchmark).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import vocabulary as words  # noqa: E402

# Bump when the generated data changes shape, so cached databases are rebuilt.
GENERATOR_VERSION = 2  # 2: catch-up due days stored
DATA_DIR = Path(__file__).resolve().parent / "data"
HEAVY_PERSON_ID = 1
HEAVY_MEETINGS = 500
CHUNK = 1000
SEED = 20240917
TODAY = dt.date(2025, 6, 1)


def sizes(people: int) -> dict[str, int]:
    """How many of each record a network of `people` gets (the issue's 100k/300k/200k ratios)."""
    return {
        "people": people,
        "organizations": max(20, people // 50),
        "meetings": people * 3,
        "advice": people * 2,
        "asks": max(5, people // 20),
    }


def schema_fingerprint() -> str:
    """A short hash of every table and column the app defines, so a schema change regenerates."""
    import hashlib
    import importlib

    from mentordesk import db as dbmod
    from mentordesk import models
    from mentordesk.migrations import LATEST_VERSION

    for module in dbmod.MODEL_MODULES:
        importlib.import_module(module)
    shape = sorted((m._meta.table_name, tuple(f.column_name for f in m._meta.sorted_fields)) for m in models.ALL_MODELS)
    return hashlib.sha1(repr((LATEST_VERSION, shape)).encode()).hexdigest()[:8]


def cache_path(people: int) -> Path:
    """Where the cached network of this size lives (keyed by generator version and schema too)."""
    return DATA_DIR / f"network-{people}-g{GENERATOR_VERSION}-{schema_fingerprint()}.db"


def ensure_network(people: int, quiet: bool = False) -> Path:
    """The path of a generated network of this size, generating it only when not cached."""
    path = cache_path(people)
    if not path.exists():
        for stale in DATA_DIR.glob(f"network-{people}-*.db*"):  # older generator or schema, and its side files
            if stale.is_dir():
                shutil.rmtree(stale, ignore_errors=True)
            else:
                stale.unlink(missing_ok=True)
        generate(path, people, quiet=quiet)
    return path


def _insert(db, model, columns: list[str], rows) -> None:
    """executemany in chunks, filling every other column with its model default (schema-proof)."""
    fields = {f.column_name: f for f in model._meta.sorted_fields if not f.primary_key or f.column_name in columns}
    extra, extra_values = [], []
    for name, field in fields.items():
        if name in columns:
            continue
        default = field.default() if callable(field.default) else field.default
        if default is None and not field.null:
            raise RuntimeError(f"{model.__name__}.{name} needs a value; teach the generator about it")
        extra.append(name)
        value = field.db_value(default) if default is not None else None
        if isinstance(value, (dt.date, dt.datetime)):
            value = value.isoformat(sep=" ") if isinstance(value, dt.datetime) else value.isoformat()
        extra_values.append(value)
    names = columns + extra
    sql = (f'INSERT INTO "{model._meta.table_name}" ({", ".join(names)}) '
           f'VALUES ({", ".join("?" * len(names))})')
    extra_tuple = tuple(extra_values)
    conn = db.connection()
    chunk = []
    for row in rows:
        chunk.append(tuple(row) + extra_tuple)
        if len(chunk) >= CHUNK:
            conn.executemany(sql, chunk)
            chunk = []
    if chunk:
        conn.executemany(sql, chunk)


def _day(rnd: random.Random, years: int = 8) -> dt.date:
    return TODAY - dt.timedelta(days=rnd.randrange(years * 365))


def _sentence(rnd: random.Random, orgs: list[str]) -> str:
    return rnd.choice(words.SENTENCES).format(s=rnd.choice(words.SUBJECTS), o=rnd.choice(orgs))


def _organizations(rnd, count):
    names, seen = [], set()
    while len(names) < count:
        stem = rnd.choice(words.ORG_STEMS)
        kind, field = rnd.choice(words.ORG_KINDS)
        name = f"{stem} {kind}"
        if name in seen:
            name = f"{stem} {rnd.choice(words.ORG_STEMS)} {kind}"
        if name in seen:
            name = f"{name} {len(names)}"
        seen.add(name)
        slug = "".join(ch for ch in name.lower() if ch.isalnum())
        names.append((len(names) + 1, name, field, f"https://{slug}.example"))
    return names


def _people(rnd, n, orgs):
    stamp = "2025-01-01 09:00:00"
    for pid in range(1, n + 1):
        given, family = rnd.choice(words.GIVEN_NAMES), rnd.choice(words.FAMILY_NAMES)
        org = rnd.randint(1, len(orgs)) if rnd.random() < 0.85 else None
        notes = " ".join(_sentence(rnd, [o[1] for o in orgs[:50]]) for _ in range(rnd.choice((0, 1, 1, 2))))
        yield (pid, f"{given} {family}", given, family, org,
               rnd.choice(words.TITLES) if org else "", rnd.choice(words.MET_HOW),
               rnd.choice(words.PLACES), _day(rnd, 15).isoformat(),
               rnd.randrange(1, pid) if pid > 1 and rnd.random() < 0.1 else None,
               int(rnd.random() < 0.4), rnd.randint(1, 5),
               rnd.choice((None, None, 30, 60, 90, 180)), notes, stamp, stamp)


def _meetings(rnd, count, orgs):
    kinds = ["coffee", "call", "video", "message", "event", "other"]
    stamp = "2025-01-01 09:00:00"
    base = dt.datetime.combine(TODAY, dt.time(9))
    for mid in range(1, count + 1):
        held = base - dt.timedelta(minutes=rnd.randrange(8 * 365 * 24 * 60))
        subject = rnd.choice(words.SUBJECTS)
        notes = " ".join(_sentence(rnd, orgs) for _ in range(rnd.randint(1, 3)))
        follow = (held.date() + dt.timedelta(days=14)).isoformat() if rnd.random() < 0.15 else None
        yield (mid, held.strftime("%Y-%m-%d %H:%M:%S"), rnd.choice(kinds), rnd.choice(words.PLACES),
               f"{subject.capitalize()} chat", notes, follow, stamp, stamp)


def _attendees(rnd, n_people, n_meetings):
    """(meeting, person) pairs: person 1 in the first HEAVY_MEETINGS meetings, others at random."""
    first = []
    heavy = min(HEAVY_MEETINGS, n_meetings)
    pairs = []
    for mid in range(1, n_meetings + 1):
        if mid <= heavy:
            group = [HEAVY_PERSON_ID]
            if rnd.random() < 0.2:
                group.append(rnd.randint(2, n_people))
        else:
            size = 1 if rnd.random() < 0.75 else rnd.randint(2, 3)
            group = list(dict.fromkeys(rnd.randint(2, n_people) for _ in range(size)))
        first.append(group[0])
        pairs.extend((mid, pid) for pid in group)
    return pairs, first


def generate(path: Path, people: int, seed: int = SEED, quiet: bool = False,
             counts: dict[str, int] | None = None) -> dict[str, float]:
    """Write a network of `people` into a new database at `path` (`counts` overrides sizes(), e.g. meetings);
    returns timings in seconds."""
    from mentordesk import db as dbmod
    from mentordesk import models as m
    from mentordesk.safety import checkup
    from mentordesk.services import cadence, search

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".partial")
    for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        leftover.unlink(missing_ok=True)
    n = sizes(people) | (counts or {})
    rnd = random.Random(seed)
    timings: dict[str, float] = {}
    started = time.perf_counter()
    db = dbmod.open_database(tmp)
    try:
        with db.atomic():
            orgs = _organizations(rnd, n["organizations"])
            _insert(db, m.Organization, ["id", "name", "field", "website"], orgs)
            org_names = [o[1] for o in orgs]
            _insert(db, m.Person, ["id", "display_name", "given_name", "family_name", "organization_id",
                                   "title", "met_how", "met_where", "met_on", "introduced_by_id",
                                   "knows_situation", "trust", "keep_in_touch_days", "notes",
                                   "created_at", "updated_at"], _people(rnd, people, orgs))
            _insert(db, m.PersonEmail, ["person_id", "email", "label"],
                    ((pid, f"person{pid}@{rnd.choice(orgs)[3][8:]}", "work") for pid in range(1, people + 1)))
            _insert(db, m.PersonPhone, ["person_id", "phone", "label"],
                    ((pid, f"+1 555 {rnd.randrange(10**7):07d}", "mobile")
                     for pid in range(1, people + 1) if rnd.random() < 0.5))
            roles = (((pid, role) for role in rnd.sample(words.ROLES, rnd.choice((1, 1, 2))))
                     for pid in range(1, people + 1))
            _insert(db, m.PersonRole, ["person_id", "role"], (row for group in roles for row in group))
            _insert(db, m.Tag, ["id", "name"], enumerate(words.TAGS, start=1))
            tags = (((pid, tag) for tag in rnd.sample(range(1, len(words.TAGS) + 1), rnd.choice((0, 1, 1, 2))))
                    for pid in range(1, people + 1))
            _insert(db, m.PersonTag, ["person_id", "tag_id"], (row for group in tags for row in group))
            _insert(db, m.Meeting, ["id", "held_at", "kind", "place", "summary", "notes", "follow_up_on",
                                    "created_at", "updated_at"], _meetings(rnd, n["meetings"], org_names))
            pairs, first = _attendees(rnd, people, n["meetings"])
            _insert(db, m.MeetingAttendee, ["meeting_id", "person_id"], pairs)
            paths, stances = list(m.PATHS), list(m.STANCES)
            held = dict(db.execute_sql("SELECT id, substr(held_at, 1, 10) FROM meeting").fetchall())
            advice = ((mid, first[mid - 1], held[mid], rnd.choice(words.ADVICE), rnd.choice(paths),
                       rnd.choice(stances), int(rnd.random() < 0.3), rnd.choice(words.OUTCOMES))
                      for mid in (rnd.randint(1, n["meetings"]) for _ in range(n["advice"])))
            _insert(db, m.AdviceNote, ["meeting_id", "person_id", "given_on", "advice", "path", "stance",
                                       "acted_on", "outcome"], advice)
            _insert(db, m.Ask, ["person_id", "direction", "kind", "purpose", "status", "due_on"],
                    ((rnd.randint(1, people), rnd.choice(list(m.ASK_DIRECTIONS)), rnd.choice(list(m.ASK_KINDS)),
                      f"Help with my {rnd.choice(words.SUBJECTS)}", rnd.choice(list(m.ASK_STATUSES)),
                      (TODAY + dt.timedelta(days=rnd.randrange(-30, 60))).isoformat())
                     for _ in range(n["asks"])))
            db.execute_sql("""UPDATE person SET last_met_on = (
                                SELECT MAX(date(mt.held_at)) FROM meeting_attendee a
                                JOIN meeting mt ON mt.id = a.meeting_id WHERE a.person_id = person.id)""")
            cadence.refresh_due()  # each person's catch-up due day, as the services keep it
        timings["rows_s"] = time.perf_counter() - started
        mark = time.perf_counter()
        with db.atomic():
            search.rebuild()
        timings["fts_s"] = time.perf_counter() - mark
        db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        dbmod.close_database()
    os.replace(tmp, path)
    for leftover in (Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        leftover.unlink(missing_ok=True)
    shutil.rmtree(checkup.sessions_dir(tmp), ignore_errors=True)  # the .partial file's check record
    shutil.rmtree(checkup.sessions_dir(path), ignore_errors=True)  # an older network's
    timings["total_s"] = time.perf_counter() - started
    if not quiet:
        print(f"generated {people} people, {n['meetings']} meetings, {n['advice']} advice notes "
              f"in {timings['total_s']:.1f} s (rows {timings['rows_s']:.1f} s, search index "
              f"{timings['fts_s']:.1f} s) -> {path}", file=sys.stderr)
    return timings


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=100_000, help="network size (default 100000)")
    parser.add_argument("--out", type=Path, help="database to write (default: cached under benchmarks/data/)")
    parser.add_argument("--force", action="store_true", help="regenerate even if cached")
    args = parser.parse_args(argv)
    if args.people < 1:
        parser.error("--people must be at least 1")
    path = args.out or cache_path(args.people)
    if path.exists() and not args.force:
        print(f"cached: {path}", file=sys.stderr)
        return 0
    if path.exists():
        path.unlink()
    generate(path, args.people)
    return 0


if __name__ == "__main__":
    sys.exit(main())
