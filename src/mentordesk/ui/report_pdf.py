"""Printing report HTML to PDF with Qt's own text document and PDF writer (no extra dependency)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

MARGIN_MM = 16


def ensure_gui_app() -> QGuiApplication:
    """A Qt application to lay out text with; headless (offscreen) when there is no display."""
    app = QGuiApplication.instance()
    if app is None:
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")) and sys.platform.startswith("linux"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(sys.argv[:1])
    return app


def write_pdf(html: str, path: str | Path, title: str = "MentorDesk report") -> None:
    """Lay out `html` on A4 pages and write it to `path` as PDF."""
    ensure_gui_app()
    writer = QPdfWriter(str(path))
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
