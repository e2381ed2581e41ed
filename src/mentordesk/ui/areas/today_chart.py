"""Meetings per month as a bar chart drawn with QPainter in palette colours (light and dark alike)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from mentordesk.ui.i18n import tr


class ActivityChart(QWidget):
    """One bar per month; `bars()` gives the (month, count) pairs drawn, for tests and screen readers."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._data: list[tuple[str, int]] = []
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Meetings per month"))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def sizeHint(self) -> QSize:
        return QSize(480, 170)

    def set_data(self, months: list[dict]) -> None:
        """Show [{"month": "YYYY-MM", "count": n}, ...] oldest first."""
        self._data = [(m["month"], int(m["count"])) for m in months]
        total = sum(c for _, c in self._data)
        self.setAccessibleDescription(
            tr("%n meeting(s) in the last 12 months", "", total)
            + ": "
            + ", ".join(f"{self._label(m)} {c}" for m, c in self._data))
        self.setToolTip(self.accessibleDescription())
        self.update()

    def bars(self) -> list[tuple[str, int]]:
        """The (YYYY-MM, count) pairs currently drawn."""
        return list(self._data)

    @staticmethod
    def _label(month: str) -> str:
        year, number = month.split("-")
        return QLocale().standaloneMonthName(int(number), QLocale.FormatType.ShortFormat) + (
            f" {year[2:]}" if number == "01" else "")

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        metrics = self.fontMetrics()
        rect = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        label_h = metrics.height() + 4
        plot = rect.adjusted(0, label_h, 0, -label_h)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        if not self._data:
            return
        top = max(max(c for _, c in self._data), 1)
        slot = plot.width() / len(self._data)
        bar_w = max(4.0, slot * 0.6)
        today = dt.date.today().strftime("%Y-%m")
        for index, (month, count) in enumerate(self._data):
            x = plot.left() + index * slot + (slot - bar_w) / 2
            height = plot.height() * count / top
            bar = QRectF(x, plot.bottom() - height, bar_w, height)
            colour = palette.color(QPalette.ColorRole.Highlight)
            if month == today:  # the month in progress: a lighter bar with an outline
                outline = QColor(colour)
                colour.setAlpha(110)
                painter.setPen(outline)
                painter.setBrush(colour)
                painter.drawRect(bar)
            else:
                painter.fillRect(bar, colour)
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            count_box = QRectF(x - 10, bar.top() - label_h, bar_w + 20, label_h)
            painter.drawText(count_box, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom), str(count))
            text_box = QRectF(plot.left() + index * slot, plot.bottom() + 2, slot, label_h)
            painter.drawText(text_box, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                             metrics.elidedText(self._label(month), Qt.TextElideMode.ElideRight, int(slot)))
        if self.hasFocus():
            painter.setPen(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
