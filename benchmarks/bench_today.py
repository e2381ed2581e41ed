"""Today, keep-in-touch, referrals and ICS export on a large network: prints timings, asserts nothing.

Usage: python benchmarks/bench_today.py DB   (make DB with benchmarks/generate.py)
       python benchmarks/bench_today.py --json DB   (what `make bench` records: today_ms)
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path


def timed(label: str, func, repeat: int = 3):
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = func()
        best = min(best, time.perf_counter() - start)
    print(f"{label:42} {best * 1000:9.1f} ms")
    return result


def figures(path: str, runs: int = 9) -> dict:
    """today_ms: the median of `runs` computations of the whole Today screen (services.today.agenda, what the
    page and `mentordesk today --json` show), after a first one that is kept apart (cold pages)."""
    from mentordesk import db
    from mentordesk.services import today

    db.open_database(path)
    times = []
    for _ in range(runs + 1):
        start = time.perf_counter()
        agenda = today.agenda()
        times.append((time.perf_counter() - start) * 1000)
    warm = sorted(times[1:])
    return {"today_ms": round(warm[len(warm) // 2], 2), "today_first_ms": round(times[0], 2),
            "today_min_ms": round(warm[0], 2), "today_due_rows": agenda["overdue_total"] + agenda["due_total"]}


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "--json":
        import json

        print(json.dumps(figures(argv[1])))
        return 0
    from mentordesk import db
    from mentordesk.exchange.ics import export_ics
    from mentordesk.models import Organization, Person
    from mentordesk.services import cadence, opportunities, prep, today

    db.open_database(argv[0])
    print(f"{Person.select().count()} people")
    timed("cadence.count_due", cadence.count_due)
    timed("cadence.due_people(limit=200)", lambda: cadence.due_people(limit=200))
    timed("today.meetings_per_month", today.meetings_per_month)
    timed("today.agenda (whole Today screen)", today.agenda)
    from peewee import fn

    org = (Organization.select(Organization).join(Person, on=(Person.organization == Organization.id))
           .group_by(Organization.id).order_by(fn.COUNT(Person.id).desc()).first())
    paths = timed("who_can_refer (largest org)", lambda: opportunities.who_can_refer(org.id), repeat=1)
    print(f"  {len(paths['insiders'])} insiders, {len(paths['introducers'])} introducers")
    timed("meeting_prep(person 1)", lambda: prep.meeting_prep(1))
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "all.ics"
        summary = timed("export_ics (everyone)", lambda: export_ics(out), repeat=1)
        print(f"  {summary}; {out.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
