"""Exports of the whole generated network: ics_export_s (every meeting and follow-up) and vcard_export_s.

Run: python benchmarks/bench_export.py --db NETWORK.db [--version 3.0]
Prints one JSON object (the runner reads the last line). Each export streams to a temp file, as
`mentordesk export` does; the budget is ics_export_s <= 30 s for 300,000 meetings (#21).
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path


def measure(db_path: Path, version: str = "3.0") -> dict:
    from mentordesk import db
    from mentordesk.exchange import ics, vcard_write
    from mentordesk.models import Meeting, Person

    db.open_database(db_path)
    try:
        meetings, people = Meeting.select().count(), Person.select().count()
        with tempfile.TemporaryDirectory(prefix="mentordesk-export-") as folder:
            start = time.perf_counter()
            ics.export_ics(Path(folder) / "all.ics")
            ics_s = time.perf_counter() - start
            ics_mb = (Path(folder) / "all.ics").stat().st_size / 1e6
            start = time.perf_counter()
            vcard_write.export_vcard(Path(folder) / "all.vcf", None, {"version": version})
            vcard_s = time.perf_counter() - start
            vcard_mb = (Path(folder) / "all.vcf").stat().st_size / 1e6
    finally:
        db.close_database()
    return {"ics_export_s": round(ics_s, 3), "vcard_export_s": round(vcard_s, 3), "meetings": meetings,
            "people": people, "ics_mb": round(ics_mb, 1), "vcard_mb": round(vcard_mb, 1)}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, type=Path, help="a generated network (benchmarks/generate.py)")
    parser.add_argument("--version", default="3.0", choices=["3.0", "4.0"], help="vCard version (default 3.0)")
    args = parser.parse_args(argv)
    print(json.dumps(measure(args.db, args.version)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
