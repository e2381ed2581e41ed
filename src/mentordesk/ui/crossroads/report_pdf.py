"""Printing report HTML to PDF with Qt's own text document and PDF writer (no extra dependency)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from mentordesk.safety.files import write_private

MARGIN_MM = 16


def ensure_gui_app() -> QGuiApplication:
    """A Qt application to lay out text with; headless (offscreen) when there is no display."""
    app = QGuiApplication.instance()
    if app is None:
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")) and sys.platform.startswith("linux"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(sys.argv[:1])
    return app


def pdf_bytes(html: str, title: str = "MentorDesk report") -> bytes:
    """Lay out `html` on A4 pages and return the PDF (in memory, so no half-written file can linger)."""
    ensure_gui_app()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("MentorDesk")
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.A4), QPageLayout.Portrait,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Millimeter))
    document = QTextDocument()
    font = QFont("sans-serif")
    font.setPointSizeF(10)
    document.setDefaultFont(font)
    document.setHtml(html)
    # Lay out in points on the page's printable area so font sizes come out as written.
    rect = writer.pageLayout().paintRect(QPageLayout.Point)
    document.setPageSize(QSizeF(rect.width(), rect.height()))
    document.print_(writer)
    del writer  # ends the PDF
    buffer.close()
    return bytes(data.data())


def write_pdf(html: str, path: str | Path, title: str = "MentorDesk report") -> None:
    """Write `html` as a PDF to `path`: atomically, readable by the user alone (mode 0600)."""
    write_private(Path(path), pdf_bytes(html, title))
