"""Start-up timing for the benchmarks: with MENTORDESK_BENCH_EXIT_ON_SHOWN=1 the app exits after first paint.

The app prints `BENCH_SHOWN <unix time> <rows>` once the list it watches (People, or Today's people to
catch up with) has painted with rows
(or, for an empty list, painted at all) and then quits, so `benchmarks/` can time a real cold start.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

ENV = "MENTORDESK_BENCH_EXIT_ON_SHOWN"


def enabled() -> bool:
    return os.environ.get(ENV) == "1"


class _FirstPaint(QObject):
    """Event filter on a view's viewport: report the first paint that shows rows, then quit."""

    def __init__(self, view, need_rows: bool):
        super().__init__(view)
        self.view = view
        self.need_rows = need_rows
        self.done = False

    def eventFilter(self, watched, event) -> bool:
        if not self.done and event.type() == QEvent.Type.Paint:
            model = self.view.model() if hasattr(self.view, "model") else None
            rows = model.rowCount() if model is not None else 0
            if rows or not self.need_rows:
                self.done = True
                QTimer.singleShot(0, lambda: self._report(rows))  # after this paint has finished
        return False

    def _report(self, rows: int) -> None:
        print(f"BENCH_SHOWN {time.time():.6f} {rows}", flush=True)
        sys.stdout.flush()
        QApplication.exit(0)


def exit_after_first_paint(view, need_rows: bool = True) -> None:
    """Watch `view` (a QAbstractItemView): print the time of its first painted frame and quit."""
    view.viewport().installEventFilter(_FirstPaint(view, need_rows))


def watch_main_window(window) -> None:
    """Watch the first screen of the MentorDesk main window: Today's keep-in-touch list when it opens on
    Today (a returning user), else the People list (falls back to the whole window)."""
    area = window.record_areas.get("people")
    today = window.area_widgets.get("today")
    if today is not None and window.current_area() == "today":
        exit_after_first_paint(today.people)
    elif area is not None:
        exit_after_first_paint(area.view)
    else:
        window.installEventFilter(_FirstPaint(window, need_rows=False))
