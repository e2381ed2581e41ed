"""The real app in a process of its own, driven over stdin, for tests of two processes on one file.

Starts exactly as `mentordesk --db PATH` does (ui.app: open for the GUI, MainWindow, the deferred
start-up with its background integrity check), then answers one command per line:
  checked     -> "checked" once the background integrity check has finished
  save NAME   -> "saved ID" after the window's edit path (undo stack, one transaction) created a person
  quit        -> quits the event loop
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QSocketNotifier, QTimer


def main(db_path: str) -> int:
    from mentordesk.ui import app as app_module
    from mentordesk.ui.main_window import MainWindow

    qapp = app_module.make_application()
    if not app_module.open_database_for_app(db_path, defer_full_check=True, listen=False):
        return 1
    window = MainWindow(deferred=True)

    def started() -> None:
        app_module.finish_startup(window)
        print("ready", flush=True)

    app_module.after_first_frame(window, started)
    window.show()
    qapp.main_window = window

    def when_checked() -> None:
        check = getattr(window, "integrity_check", None)
        if check is None or check.problems is not None:
            print("checked", flush=True)
        else:
            QTimer.singleShot(20, when_checked)

    def command() -> None:
        words = sys.stdin.readline().split(maxsplit=1)
        if not words or words[0] == "quit":
            qapp.quit()
        elif words[0] == "checked":
            when_checked()
        elif words[0] == "save":
            record_id = window.edits.create("person", {"display_name": words[1].strip()})
            print(f"saved {record_id}", flush=True)

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read, qapp)
    notifier.activated.connect(command)
    return qapp.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
