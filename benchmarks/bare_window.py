"""The floor for start-up: a bare PySide6 window with an empty table, timed to its first paint.

Prints `BENCH_SHOWN <unix time> 0` after the table's first painted frame, exactly like the app's hook.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QStandardItemModel  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView  # noqa: E402

from mentordesk.ui.bench_hook import exit_after_first_paint  # noqa: E402


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    table = QTableView(window)
    table.setModel(QStandardItemModel(0, 5, table))
    window.setCentralWidget(table)
    window.resize(1240, 780)
    exit_after_first_paint(table, need_rows=False)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
