"""Long file work off the GUI thread: a worker thread behind a modal progress dialog, the window stays painted."""

from __future__ import annotations

import threading

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


class _Bridge(QObject):
    """Carries the worker's reports to the GUI thread (signals emitted from another thread are queued)."""

    progressed = Signal(int, int, str)
    finished = Signal()


def run_with_progress(parent: QWidget | None, title: str, label: str, work):
    """Run `work(report)` in a worker thread and return its result (or raise its error).

    `report(done, total, text)` moves the bar; `label` may hold `%1` for the text. There is no Cancel:
    this is for work that must not stop half way (the worker keeps its own all-or-nothing rules).
    """
    bridge = _Bridge()
    dialog = QProgressDialog(label.replace("%1", ""), "", 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def show_progress(done: int, total: int, text: str) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, total))
        dialog.setLabelText(label.replace("%1", text))

    outcome: dict = {}

    def target() -> None:
        try:
            outcome["value"] = work(bridge.progressed.emit)
        except BaseException as exc:  # noqa: BLE001 - handed to the caller on the GUI thread
            outcome["error"] = exc
        finally:
            bridge.finished.emit()

    loop = QEventLoop()
    bridge.progressed.connect(show_progress)
    bridge.finished.connect(loop.quit)
    worker = threading.Thread(target=target, name="mentordesk-background", daemon=True)
    worker.start()
    loop.exec()  # the queued `finished` ends it, even when the work was over before exec() began
    worker.join()
    dialog.close()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")
