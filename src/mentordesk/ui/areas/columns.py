"""How wide a list's columns are: the meaningful text stretches, short columns fit their values, and text
cut short by its column shows whole in a tooltip. Read from the kind's declaration (services.kinds.Column.width).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QStyledItemDelegate, QToolTip

from mentordesk.ui.dates import short_date, short_datetime

FIT_LIMIT = 32  # characters: a "fit" column of free text never starts wider than this
SAMPLE_DAY = "2026-12-28"  # a wide day and month for measuring date columns
SAMPLE_MOMENT = "2026-12-28 22:30"
KEEP_WHOLE = {"held_at", "trust", "acted_on", "thanked", "people", "insiders"}  # squeezed last in a narrow list


class ElidingDelegate(QStyledItemDelegate):
    """Paints as usual (text elided at the right); its tooltip is the whole text, only when it was cut short."""

    def helpEvent(self, event, view, option, index) -> bool:  # noqa: N802 - Qt API
        if event is None or event.type() != QEvent.Type.ToolTip or not index.isValid():
            return super().helpEvent(event, view, option, index)
        text = full_text(index)
        if text and is_elided(view, index, text):
            QToolTip.showText(event.globalPos(), text, view.viewport(), view.visualRect(index))
        else:
            QToolTip.hideText()
            event.ignore()
        return True


def full_text(index) -> str:
    """The cell's text: its tooltip role when the model gives one (a longer form), else what it shows."""
    from PySide6.QtCore import Qt

    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    return str(tip) if tip else str(index.data(Qt.ItemDataRole.DisplayRole) or "")


def is_elided(view: QAbstractItemView, index, text: str | None = None) -> bool:
    """True when the cell's text does not fit its column (what the user sees ends in "…")."""
    from PySide6.QtCore import Qt

    text = text if text is not None else str(index.data(Qt.ItemDataRole.DisplayRole) or "")
    rect = view.visualRect(index)
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    available = rect.width() - 2 * margin
    decoration = index.data(Qt.ItemDataRole.DecorationRole)
    if decoration is not None:
        available -= view.iconSize().width() if view.iconSize().isValid() else 0
        available -= margin * 2
    return view.fontMetrics().horizontalAdvance(text) > available


def _text_width(view, texts) -> int:
    metrics = view.fontMetrics()
    return max((metrics.horizontalAdvance(t) for t in texts if t), default=0)


def fit_width(view, column: int, spec_column) -> int:
    """The width a short column needs: its title, and its longest value (every word of a vocabulary, a sample
    date, five stars), or for free text what the rows on screen show, at most FIT_LIMIT characters."""
    from mentordesk.ui.areas.list_model import vocab_label

    header = view.horizontalHeader()
    padding = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1) + 8
    title_width = header.sectionSizeFromContents(column).width()
    key = spec_column.key
    if spec_column.vocabulary is not None:
        values = [vocab_label(spec_column.vocabulary, k) for k in spec_column.vocabulary]
    elif spec_column.date:
        values = [short_date(SAMPLE_DAY), QCoreApplication.translate("ListModel", "planned %1").replace(
            "%1", short_date(SAMPLE_DAY)) if key == "last_met_on" else ""]
    elif key == "held_at":
        values = [short_datetime(SAMPLE_MOMENT)]
    elif key == "trust":
        values = ["★★★★★"]
    elif key in ("acted_on", "thanked"):
        values = [QCoreApplication.translate("columns", "Yes")]
    elif key in ("people", "insiders"):
        values = ["0000"]
    else:
        cap = view.fontMetrics().averageCharWidth() * FIT_LIMIT
        return max(title_width, min(cap, view.sizeHintForColumn(column)))
    return max(title_width, _text_width(view, values) + padding)


def apply_widths(view, columns, fit: bool) -> None:
    """Stretch the meaningful columns; size the short ones to their contents when `fit` (a first run, or
    nothing remembered), else keep the widths the user left them at."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(view.fontMetrics().averageCharWidth() * 4)
    for column, spec in enumerate(columns):
        if spec.width == "stretch":
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            if fit:
                header.resizeSection(column, fit_width(view, column, spec))


class ColumnFitter(QObject):
    """Keeps the meaningful text readable in a narrow list: when the short columns would leave the stretch
    columns less than about a third of the width, they give up room in proportion, and get it back when the
    list is wide again. Widths the user drags to are what they come back to."""

    def __init__(self, view, columns):
        super().__init__(view)
        self.view, self.columns = view, columns
        self.natural: dict[int, int] = {}  # a short column's width as fitted, restored or left by the user
        self._adjusting = False
        view.horizontalHeader().sectionResized.connect(self._resized)
        view.viewport().installEventFilter(self)

    def _fits(self) -> list[int]:
        header = self.view.horizontalHeader()
        return [i for i, c in enumerate(self.columns) if c.width != "stretch" and not header.isSectionHidden(i)]

    def remember(self) -> None:
        """Take the short columns' present widths as the ones they want."""
        self.natural = {i: self.view.columnWidth(i) for i in self._fits()}
        self.adjust()

    def _resized(self, index: int, _old: int, new: int) -> None:
        if not self._adjusting and index in self.natural:
            self.natural[index] = new  # the user dragged it: that is what it wants now

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.adjust()
        return False

    def _keep(self, index: int) -> int:
        """The width a short column holds on to in a narrow list (never more than it wants)."""
        column, natural = self.columns[index], self.natural[index]
        if column.date:
            plain = self.view.fontMetrics().horizontalAdvance(short_date(SAMPLE_DAY)) + 16
            return min(natural, plain)
        if column.key in KEEP_WHOLE:
            return natural
        return min(natural, self.view.horizontalHeader().minimumSectionSize())

    def natural_state(self):
        """The header's saved state with the short columns at the widths they want (not as squeezed now)."""
        header = self.view.horizontalHeader()
        self._adjusting = True
        try:
            for i, width in self.natural.items():
                header.resizeSection(i, width)
            return header.saveState()
        finally:
            self._adjusting = False
            self.adjust()

    def adjust(self) -> None:
        """Shrink the short columns in proportion when the stretch columns would get under their share."""
        header = self.view.horizontalHeader()
        fits = [i for i in self._fits() if i in self.natural]
        stretches = sum(1 for i, c in enumerate(self.columns) if c.width == "stretch" and not header.isSectionHidden(i))
        available = self.view.viewport().width()
        if not fits or not stretches or available <= 0:
            return
        char = self.view.fontMetrics().averageCharWidth()
        floor = min(max(stretches * char * 14, available * 0.4), available * 0.6)
        room = max(0.0, available - floor)
        # What each short column keeps while it can: dates a plain date, times and stars their width; names and
        # words give up room first.
        keep = {i: self._keep(i) for i in fits}
        wanted = sum(self.natural[i] for i in fits)
        kept = sum(keep[i] for i in fits)
        if wanted <= room:
            widths = {i: self.natural[i] for i in fits}
        elif kept <= room:
            share = (room - kept) / (wanted - kept) if wanted > kept else 0.0
            widths = {i: keep[i] + (self.natural[i] - keep[i]) * share for i in fits}
        else:
            widths = {i: keep[i] * room / kept for i in fits}
        self._adjusting = True
        try:
            for i in fits:
                header.resizeSection(i, max(header.minimumSectionSize(), round(widths[i])))
        finally:
            self._adjusting = False
