"""Measure the People list and search with 100,000 people: `python tests/ui/measure_100k.py`.

Prints figures (ms); not a test. Uses a temporary database.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))


def ms(start: float) -> str:
    return f"{(time.perf_counter() - start) * 1000:7.1f} ms"


def main() -> int:
    from PySide6.QtCore import QSettings

    from mentordesk import db
    from mentordesk.services.search import search
    from mentordesk.ui.app import make_application
    from mentordesk.ui.settings import Settings

    import bigdb

    app = make_application()
    tmp = Path(tempfile.mkdtemp())
    db.open_database(tmp / "big.db")
    t = time.perf_counter()
    bigdb.fill(100_000)
    print(f"generate 100,000 people          {ms(t)}")
    from mentordesk.ui.main_window import MainWindow

    t = time.perf_counter()
    window = MainWindow(settings=Settings(QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat)))
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    print(f"open the window (all areas)      {ms(t)}")
    area = window.record_areas["people"]
    t = time.perf_counter()
    window.show_area("people")
    app.processEvents()
    print(f"show People ({area.model.rowCount():,} rows)        {ms(t)}")
    bar = area.view.verticalScrollBar()
    t = time.perf_counter()
    steps = 200
    for i in range(steps):
        bar.setValue(bar.maximum() * i // steps)
        area.view.viewport().repaint()
    print(f"scroll: {steps} jumps + repaints      {ms(t)}  (per jump {(time.perf_counter() - t) * 1000 / steps:.2f} ms)")
    t = time.perf_counter()
    area.view.sortByColumn(1, area.view.horizontalHeader().sortIndicatorOrder())
    app.processEvents()
    print(f"sort by organization (SQL)       {ms(t)}")
    for text in ("m", "ma", "may", "maya", "maya che"):
        t = time.perf_counter()
        area.model.set_filter(text)
        area.view.viewport().repaint()
        print(f"filter list {text!r:12} {area.model.rowCount():>7,} rows {ms(t)}")
    for text in ("m", "ma", "maya", "maya chen", "company 0042"):
        t = time.perf_counter()
        hits = search(text, limit_per_kind=25)
        print(f"global search {text!r:14} {len(hits):>3} hits  {ms(t)}")
    t = time.perf_counter()
    window.edits.update("person", area.model.id_at(0), {"title": "Chief Explorer"})
    app.processEvents()
    print(f"edit + every list refreshed      {ms(t)}")
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
