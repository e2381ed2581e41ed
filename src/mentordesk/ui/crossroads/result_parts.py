"""Parts of the wizard's result page: warnings to confirm, the money figures with their formulas, the flips and
the sensitivity (tornado) chart. Each shows what the engine computed; none computes anything itself."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QCheckBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QToolTip, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget,
)

from mentordesk.crossroads.answers import OPTION_LETTERS
from mentordesk.ui.crossroads.numbers import Local
from mentordesk.ui.crossroads.pages import tr
from mentordesk.ui.plain import plain

FLIPS_SHOWN = 6


class WarningsBox(QWidget):
    """The engine's warnings: scores that clash with the situation or the money, to confirm, and must-haves offered."""

    confirmed = Signal(str, bool)     # warning key, confirmed
    must_have_added = Signal(object)  # the offered answers.MustHave

    def __init__(self):
        super().__init__()
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.checks: dict[str, QCheckBox] = {}
        self.offers: dict[str, QPushButton] = {}

    def show_warnings(self, warnings, must_haves) -> None:
        while self.layout_.count():
            item = self.layout_.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
            elif item.layout():
                while item.layout().count():
                    inner = item.layout().takeAt(0)
                    if inner.widget():
                        inner.widget().deleteLater()
        self.checks, self.offers = {}, {}
        have = {m.text for m in must_haves}
        for w in warnings:
            row = QHBoxLayout()
            text = plain(QLabel("\u26a0 " + w.text, wordWrap=True))
            row.addWidget(text, 1)
            if w.confirm:
                box = QCheckBox(tr("Confirm"))
                box.setAccessibleName(tr("Confirm: {text}").format(text=w.text))
                box.setToolTip(tr("Keep this score as it is; unconfirmed, it lowers the certainty"))
                box.setChecked(w.confirmed)
                box.toggled.connect(lambda on, key=w.key: self.confirmed.emit(key, on))
                row.addWidget(box)
                self.checks[w.key] = box
            if w.offer is not None and w.offer.text not in have:
                button = QPushButton(tr("Add as Must-Have"))
                button.setAccessibleName(tr("Add must-have: {text}").format(text=w.offer.text))
                button.setToolTip(w.offer.text)
                button.clicked.connect(lambda _checked=False, offer=w.offer: self.must_have_added.emit(offer))
                row.addWidget(button)
                self.offers[w.key] = button
            self.layout_.addLayout(row)
        self.setVisible(bool(warnings))


class MoneyView(QTreeWidget):
    """Each option's money figures; hovering a figure shows the formula and the numbers that made it."""

    def __init__(self):
        super().__init__()
        self.setAccessibleName(tr("Money figures"))
        self.setHeaderLabels([tr("Figure"), tr("Value")])
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setStretchLastSection(False)
        self.setColumnWidth(1, 150)

    def show_money(self, money, labels: dict[str, str]) -> None:
        self.clear()
        if money is None or not money.available:
            note = QTreeWidgetItem([money.note if money is not None else tr("No money figures."), ""])
            self.addTopLevelItem(note)
            return
        assumptions = QTreeWidgetItem([tr("Assumptions"), ""])
        self.addTopLevelItem(assumptions)
        for figure in money.assumptions:
            assumptions.addChild(self._row(figure))
        for option, figures in money.options.items():
            # The option's row carries its headline (staying: its present value; the others: against staying),
            # so the figure that matters is seen without scrolling.
            key = "present_value" if option == "improve" else "versus_staying"
            head = next((f for f in figures.figures if f.key == key), None)
            value = ("+" if head and head.value and head.value > 0 and key == "versus_staying" else "") + \
                (head.text if head else "")
            top = QTreeWidgetItem([f"{OPTION_LETTERS.get(option, '?')}. {labels.get(option, option)}", value])
            top.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if head:
                font = top.font(1)
                font.setBold(True)
                top.setFont(1, font)
                for col in (0, 1):
                    top.setToolTip(col, f"{head.label} = {head.formula}")
            self.addTopLevelItem(top)
            for figure in figures.figures:
                top.addChild(self._row(figure))
        self.expandAll()

    @staticmethod
    def _row(figure) -> QTreeWidgetItem:
        item = QTreeWidgetItem([figure.label, figure.text])
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for col in (0, 1):
            item.setToolTip(col, f"{figure.label} = {figure.formula}")
        return item


def flips_html(result) -> str:
    """The smallest changes that change the winner, headline first (the engine's own list and words)."""
    if not result.flips:
        return "<p>" + escape(tr("No single change of one weight (0\u201310) or one score (1\u20135) would change "
                                 "the winner.")) + "</p>"
    shown = result.flips[:FLIPS_SHOWN]
    items = "".join(f"<li>{escape(f.text)}</li>" for f in shown)
    more = (f"<p>{escape(tr('and {n} more changes of the same kind, each larger.').format(n=len(result.flips) - len(shown)))}</p>"
            if len(result.flips) > len(shown) else "")
    return f"<ul>{items}</ul>{more}"


class TornadoChart(QWidget):
    """How the leader's lead (points of 5) moves as each criterion's weight goes from 0 to 10, widest swing first.

    A bar right of the middle line: the leader still wins; left of it: another option would.
    """

    ROW = 20
    LABEL = 170

    def __init__(self):
        super().__init__()
        self.bars = []
        self.labels: dict[str, str] = {}
        self.setAccessibleName(tr("Sensitivity of the result to each weight"))
        self.setMouseTracking(True)

    def show_bars(self, bars, labels: dict[str, str]) -> None:
        self.bars, self.labels = list(bars), labels
        self.setMinimumHeight(self.ROW * max(1, len(self.bars)) + 24)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(480, self.ROW * max(1, len(self.bars)) + 24)

    def _scale(self) -> float:
        extent = max([abs(v) for b in self.bars for v in (b.lead_at_low, b.lead_at_high, b.lead_now)] + [0.1])
        return (self.width() - self.LABEL - 16) / 2 / extent

    def paintEvent(self, _event) -> None:
        if not self.bars:
            return
        painter = QPainter(self)
        palette = self.palette()
        text, accent = palette.color(palette.ColorRole.WindowText), palette.color(palette.ColorRole.Highlight)
        other = QColor("#d9822b")
        middle = self.LABEL + (self.width() - self.LABEL - 16) / 2
        scale = self._scale()
        for i, bar in enumerate(self.bars):
            y = 4 + i * self.ROW
            painter.setPen(text)
            painter.drawText(QRectF(0, y, self.LABEL - 6, self.ROW), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             f"{bar.label} ({bar.importance})")
            low, high = sorted((bar.lead_at_low, bar.lead_at_high))
            for start, end, color in ((low, min(high, 0), other), (max(low, 0), high, accent)):
                if end > start:
                    painter.fillRect(QRectF(middle + start * scale, y + 4, (end - start) * scale, self.ROW - 8), color)
            painter.setPen(QPen(text, 2))
            x = middle + bar.lead_now * scale
            painter.drawLine(int(x), y + 2, int(x), y + self.ROW - 2)
        painter.setPen(QPen(text, 1, Qt.PenStyle.DashLine))
        painter.drawLine(int(middle), 0, int(middle), self.height())
        painter.end()

    def bar_text(self, bar) -> str:
        def who(lead, names):
            return (tr("{leader} still leads by {lead:.2f}").format(leader=self.labels.get(self.leader, ""), lead=Local(lead))
                    if lead > 0 else tr("{names} would win").format(names=", ".join(self.labels.get(n, n) for n in names))
                    if lead < 0 else tr("a tie"))
        return tr("{label}, now {now} of 10. At 0: {low}. At 10: {high}.").format(
            label=bar.label, now=bar.importance, low=who(bar.lead_at_low, bar.winners_at_low),
            high=who(bar.lead_at_high, bar.winners_at_high))

    leader = ""

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip and self.bars:
            row = (event.pos().y() - 4) // self.ROW
            if 0 <= row < len(self.bars):
                QToolTip.showText(event.globalPos(), self.bar_text(self.bars[row]), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
