"""Measure importing 10,000 vCards against vobject's bare parse of the same file (budget: <= 1.5x).

Run: .venv/bin/python benchmarks/bench_vcard_import.py [COUNT]
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

import vobject

from mentordesk import db
from mentordesk.exchange import registry
from mentordesk.services import health

GIVEN = ["Ann", "Élodie", "Jürgen", "Siobhán", "小明", "Олег", "Priya", "José", "Zoë", "Kwame"]
FAMILY = ["Lee", "Müller", "O'Brien", "王", "Иванов", "Natarajan", "García", "Kowalczyk", "Mensah"]
ORGS = [f"Company {i}\\, Inc." for i in range(300)]


def make_file(path: Path, count: int) -> None:
    """A realistic 3.0 file: names in several scripts, grouped labels, escaped punctuation, folded notes."""
    rng = random.Random(7)
    cards = []
    for i in range(count):
        given, family = rng.choice(GIVEN), rng.choice(FAMILY)
        cards.append(
            "BEGIN:VCARD\r\nVERSION:3.0\r\n"
            f"N:{family};{given};;;\r\nFN:{given} {family} {i}\r\nORG:{rng.choice(ORGS)};Team\r\n"
            f"TITLE:Engineer\\, level {i % 5}\r\n"
            f"item1.EMAIL;type=INTERNET:p{i}@example.com\r\nitem1.X-ABLabel:_$!<Work>!$_\r\n"
            f"TEL;type=CELL:+1 555 {i:07d}\r\nBDAY:1980-01-{1 + i % 28:02d}\r\n"
            f"NOTE:Met at event {i}\\; talked about careers\\nand a long second line that needs folding \r\n"
            " because it is longer than seventy-five characters.\r\n"
            "CATEGORIES:imported,bench\r\nEND:VCARD\r\n")
    path.write_text("".join(cards), encoding="utf-8", newline="")


def main(count: int = 10_000) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "contacts.vcf"
        make_file(path, count)
        text = path.read_text(encoding="utf-8")
        wall, cpu = time.perf_counter(), time.process_time()
        parsed = sum(1 for _ in vobject.readComponents(text, allowQP=True))
        bare_wall, bare_cpu = time.perf_counter() - wall, time.process_time() - cpu
        del text
        db.open_database(Path(folder) / "bench.db")
        wall, cpu = time.perf_counter(), time.process_time()
        result = registry.get("vcard").import_(path, {"backup": False, "duplicates": "add"})
        full_wall, full_cpu = time.perf_counter() - wall, time.process_time() - cpu
        assert parsed == count and result.new == count and health.stats()["people"] == count
        # CPU time is the fair comparison on a shared machine: other processes inflate wall time unevenly.
        print(f"{count} vCards ({path.stat().st_size / 1e6:.1f} MB)")
        print(f"vobject bare parse : {bare_cpu:6.2f} s CPU ({bare_wall:6.2f} s wall)")
        print(f"MentorDesk import  : {full_cpu:6.2f} s CPU ({full_wall:6.2f} s wall)"
              f"  -> {full_cpu / bare_cpu:.2f}x the bare parse in CPU time (budget 1.5x)")
        db.close_database()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
