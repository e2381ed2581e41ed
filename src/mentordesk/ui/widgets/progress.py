"""One step of a long import or export shown in its progress dialog: the writer asks whether to go on."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QProgressDialog


def advance(dialog: QProgressDialog | None, label: str, done: int, total: int) -> bool:
    """Show `label` and `done` of `total`, let Qt paint and take clicks; False once Cancel was pressed."""
    if dialog is None:
        return True
    dialog.setLabelText(label)
    dialog.setMaximum(max(total, 1))
    dialog.setValue(min(done, total))
    QApplication.processEvents()
    return not dialog.wasCanceled()
