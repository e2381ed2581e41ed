"""Benchmarks in the real main window: open People, open a busy person, search as you type.

Run by the runner as `python bench_ui.py --db PATH` (offscreen, own settings folder); prints JSON.
Every wait is on a signal or a paint event, never a sleep; a guard timer only stops a hung wait.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from queries import percentile, queries  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

GUARD_MS = 10_000


class PaintWatch(QObject):
    """Counts paint events of a widget, so a wait can end when the new state is on screen."""

    def __init__(self, widget):
        super().__init__(widget)
        self.paints = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def wait_for(signal, action, predicate=lambda *a: True) -> bool:
    """Run `action`, then spin the event loop until `signal` fires with arguments passing `predicate`."""
    loop = QEventLoop()
    fired = []

    def on_signal(*args):
        if predicate(*args):
            fired.append(True)
            loop.quit()

    signal.connect(on_signal)
    guard = QTimer(singleShot=True, interval=GUARD_MS)
    guard.timeout.connect(loop.quit)
    guard.start()
    action()
    if not fired:
        loop.exec()
    guard.stop()
    signal.disconnect(on_signal)
    return bool(fired)


def flush_paint() -> None:
    """Deliver pending update requests so the new rows are painted (that is when the user sees them)."""
    QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)


def until_painted(watch: PaintWatch, action) -> None:
    """Run `action`, then process events until the watched widget has painted at least once more."""
    before = watch.paints
    action()
    deadline = time.perf_counter() + GUARD_MS / 1000
    while watch.paints == before and time.perf_counter() < deadline:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents | QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)


def type_char(box, char: str) -> None:
    """One keystroke; QTest maps only ASCII to keys, so accented letters go in as text-carrying key events."""
    if char.isascii():
        QTest.keyClick(box, char)
        return
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(box, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def type_and_time(box, updated_signal, text_of_update) -> list[float]:
    """Type every workload query key by key into `box`; ms from each keystroke to the repainted result."""
    times: list[float] = []
    for typed in _phrases():
        box.clear()
        flush_paint()
        for char in typed:
            expected = box.text() + char
            start = time.perf_counter()
            ok = wait_for(updated_signal, lambda c=char: type_char(box, c),
                          lambda *args: text_of_update(*args).strip() == expected.strip())
            flush_paint()
            if not ok:
                raise RuntimeError(f"no update after typing {expected!r}")
            times.append((time.perf_counter() - start) * 1000)
    box.clear()
    flush_paint()
    return times


def _phrases() -> list[str]:
    """The workload as whole phrases (each typed from an empty box): the longest state of each run."""
    phrases, states = [], queries()
    for index, state in enumerate(states):
        following = states[index + 1] if index + 1 < len(states) else ""
        if not following.startswith(state):
            phrases.append(state)
    return phrases


def run(db_path: Path) -> dict:
    from mentordesk.ui.app import make_application, open_database_for_app

    app = make_application()
    if not open_database_for_app(db_path):
        raise SystemExit(f"cannot open {db_path}")
    from mentordesk.ui.main_window import MainWindow

    window = MainWindow()
    window.show_area("today")
    window.show()
    QTest.qWaitForWindowExposed(window)
    flush_paint()
    people = window.record_areas["people"]
    list_watch = PaintWatch(people.view.viewport())
    results: dict = {}

    start = time.perf_counter()
    until_painted(list_watch, lambda: window.show_area("people"))
    results["list_open_ms"] = (time.perf_counter() - start) * 1000
    results["list_rows"] = people.model.rowCount()

    page_watch = PaintWatch(people.page.story.viewport())
    samples = []
    for _ in range(5):
        until_painted(page_watch, lambda: window.open_record("person", 2))
        start = time.perf_counter()
        until_painted(page_watch, lambda: window.open_record("person", 1))
        samples.append((time.perf_counter() - start) * 1000)
    results["person_open_ms"] = percentile(samples, 50)
    from mentordesk.models import database

    (results["person_open_meetings"],) = database.execute_sql(
        "SELECT COUNT(*) FROM meeting_attendee WHERE person_id = ?", (people.page.editor.record_id,)).fetchone()

    filter_times = type_and_time(people.filter, people.model.refreshed, lambda: people.model.filter_text)
    results["filter_p95_ms"] = percentile(filter_times, 95)
    results["filter_median_ms"] = percentile(filter_times, 50)

    search_times = type_and_time(window.search_box, window.search_panel.searched, lambda text, _ms: text)
    results["search_p95_ms"] = percentile(search_times, 95)
    results["search_median_ms"] = percentile(search_times, 50)
    results["search_keystrokes"] = len(search_times)
    window.close()
    app.processEvents()
    return results


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    args = parser.parse_args(argv)
    print(json.dumps(run(args.db)), flush=True)
    from PySide6.QtWidgets import QApplication

    guard = getattr(QApplication.instance(), "single_instance", None)
    if guard is not None:
        guard.release()  # exit as a clean session would: the next start must not see a crashed one
    from mentordesk import db

    db.close_database()  # the same for the database's session marker (safety.checkup): no full check owed
    os._exit(0)  # skip tearing down 100,000-row models; the runner only needs the JSON


if __name__ == "__main__":
    sys.exit(main())
