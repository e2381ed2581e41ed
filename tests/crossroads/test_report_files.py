"""Decision reports (PDF and HTML, from the window and the command line) are private and never half-written."""

from __future__ import annotations

import errno
import os

import pytest
from pypdf import PdfReader

from mentordesk import cli
from mentordesk.ui.crossroads.history import CrossroadsHistory


def _mode(path) -> int:
    return os.stat(path).st_mode & 0o777


@pytest.mark.parametrize("name", ["r.pdf", "r.html"])
def test_report_command_writes_a_private_file(demo_db, db_path, tmp_path, loose_umask, qapp, name):
    out = tmp_path / name
    assert cli.main(["report", "--db", str(db_path), "-o", str(out)]) == 0
    assert _mode(out) == 0o600


@pytest.mark.parametrize("name", ["d.pdf", "d.html"])
def test_history_export_writes_a_private_file(demo_db, qtbot, tmp_path, loose_umask, name):
    dialog = CrossroadsHistory()
    qtbot.addWidget(dialog)
    dialog.view.selectRow(0)
    out = tmp_path / name
    dialog.export_report(str(out))
    assert out.stat().st_size > 0 and _mode(out) == 0o600


def test_pdf_is_complete_and_private(demo_db, tmp_path, loose_umask, qapp):
    from mentordesk.ui.crossroads.report_pdf import write_pdf

    out = tmp_path / "x.pdf"
    write_pdf("<h1>Private</h1><p>Report</p>", out)
    assert out.read_bytes().rstrip().endswith(b"%%EOF") and len(PdfReader(str(out)).pages) == 1
    assert _mode(out) == 0o600


@pytest.mark.parametrize("name", ["d.pdf", "d.html"])
def test_failed_history_export_leaves_nothing_behind(demo_db, qtbot, tmp_path, monkeypatch, name):
    from PySide6.QtWidgets import QMessageBox

    dialog = CrossroadsHistory()
    qtbot.addWidget(dialog)
    dialog.view.selectRow(0)
    out = tmp_path / "out"
    out.mkdir()
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))

    def fsync(fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", fsync)
    dialog.export_report(str(out / name))
    monkeypatch.undo()
    assert os.listdir(out) == [] and warnings and "No space left" in warnings[0]
