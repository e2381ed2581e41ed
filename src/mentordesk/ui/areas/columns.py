"""How wide a list's columns are: the meaningful text stretches, short columns fit their values, and text
cut short by its column shows whole in a tooltip. Read from the kind's declaration (services.kinds.Column.width).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QStyledItemDelegate, QToolTip

from mentordesk.ui.areas.list_model import BOOLEAN_COLUMNS
from mentordesk.ui.dates import short_date, short_datetime

FIT_LIMIT = 32  # characters: a "fit" column of free text never starts wider than this
SAMPLE_DAY = "2026-12-28"  # a wide day and month for measuring date columns
SAMPLE_MOMENT = "2026-12-28 22:30"
SHORT_WORD = 20  # characters (padding included): a word of a list this short stays whole before free text does
KEEP_WHOLE = {"held_at", "trust"}  # squeezed last in a narrow list
YES_NO = BOOLEAN_COLUMNS  # their word ("Yes") kept whole, not their title
COUNTS = {"people", "insiders"}  # their number kept whole, not their title ("People inside" elides)


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
    elif key in YES_NO:
        values = [QCoreApplication.translate("columns", "Yes")]
    elif key in COUNTS:
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
    columns less than about two fifths of the width, they give up room (the widest first, never below their
    title), and get it back when the list is wide again; a list that starts with its meaningful column (a
    person's name) gives that column up to twice the others' share. Widths the user drags to are what they
    come back to."""

    def __init__(self, view, columns):
        super().__init__(view)
        self.view, self.columns = view, columns
        self.natural: dict[int, int] = {}  # a short column's width as fitted, restored or left by the user
        self._adjusting = False
        view.horizontalHeader().sectionResized.connect(self._resized)
        view.viewport().installEventFilter(self)

    def _shown(self, stretch: bool) -> list[int]:
        """The visible columns that stretch (True) or fit their contents (False)."""
        header = self.view.horizontalHeader()
        return [i for i, c in enumerate(self.columns)
                if (c.width == "stretch") == stretch and not header.isSectionHidden(i)]

    def remember(self) -> None:
        """Take the short columns' present widths as the ones they want."""
        self.natural = {i: self.view.columnWidth(i) for i in self._shown(stretch=False)}
        self.adjust()

    def _resized(self, index: int, _old: int, new: int) -> None:
        if not self._adjusting and index in self.natural:
            self.natural[index] = new  # the user dragged it: that is what it wants now

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.adjust()
        return False

    def _title(self, index: int) -> int:
        """The width the column's title needs (a column narrower than its title shows a clipped word)."""
        from PySide6.QtCore import Qt

        header, style = self.view.horizontalHeader(), self.view.style()
        title = str(self.view.model().headerData(index, Qt.Orientation.Horizontal) or "")
        width = header.fontMetrics().horizontalAdvance(title) + 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == index:
            width += style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize) + 4
        return width

    def _keep(self, index: int) -> int:
        """The width a short column holds on to in a narrow list (never more than it wants): a date, or its title."""
        column, natural = self.columns[index], self.natural[index]
        if column.date:  # a date whole before its title ("Zuletzt getroffen" elides)
            return min(natural, self.view.fontMetrics().horizontalAdvance(short_date(SAMPLE_DAY)) + 16)
        if column.key in YES_NO | COUNTS:  # "Yes" or "12" whole before its title ("Thanked", "Bedankt" elide)
            value = QCoreApplication.translate("columns", "Yes") if column.key in YES_NO else "0000"
            shown = self.view.fontMetrics().horizontalAdvance(value)
            return min(natural, max(shown + 16, self.view.horizontalHeader().minimumSectionSize()))
        if column.key in KEEP_WHOLE:
            return natural
        return min(natural, max(self._title(index), self.view.horizontalHeader().minimumSectionSize()))

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
        """Share the width out: short columns at the widths they want while the stretch columns keep their share,
        else what each must keep and the rest evenly up to what each wants (small values stay whole)."""
        header = self.view.horizontalHeader()
        fits = [i for i in self._shown(stretch=False) if i in self.natural]
        stretches = self._shown(stretch=True)
        available = self.view.viewport().width()
        if not stretches or available <= 0:
            return
        char = self.view.fontMetrics().averageCharWidth()
        floor = min(max(len(stretches) * char * 14, available * 0.4), available * 0.6)
        room = max(0.0, available - floor)
        keep = {i: self._keep(i) for i in fits}
        want = {i: self.natural[i] for i in fits}
        if sum(want.values()) > room:  # squeezed: free text (a website) no wider than a stretch column's share
            share = floor / len(stretches)
            want = {i: min(w, max(keep[i], share)) if self._free_text(i) else w for i, w in want.items()}
        if sum(want.values()) <= room:
            widths = dict(want)
        else:  # measured only when squeezed: a word's width reads every visible row, on every resize
            words = {i: self._word_width(i, keep[i], want[i], char) for i in fits}
            if sum(words.values()) <= room:  # free text (names, addresses) gives up room before a word of a list
                widths = share_out(room, words, want)
            elif sum(keep.values()) <= room:
                widths = share_out(room, keep, want)
            else:  # even what they keep is too much: the stretch columns give down to a third, then all shrink
                least = max(available / 3, available - sum(keep.values()))
                scale = min(1.0, (available - least) / sum(keep.values())) if keep else 1.0
                widths = {i: keep[i] * scale for i in fits}
        self._adjusting = True
        try:
            for i in fits:
                header.resizeSection(i, max(header.minimumSectionSize(), round(widths[i])))
            self._lead(stretches, available - sum(header.sectionSize(i) for i in fits))
        finally:
            self._adjusting = False

    def _lead(self, stretches: list[int], space: int) -> None:
        """A list led by its meaningful column (the name) gives it up to twice the other stretch columns' share
        when an even share would cut it (their titles elide); otherwise every stretch column stretches alike."""
        header = self.view.horizontalHeader()
        lead = stretches[0]
        if lead != 0 or len(stretches) < 2:
            return
        even = space / len(stretches)
        wanted = max(self._title(lead), self._shown_width(lead))
        width = max(even, min(wanted, 2 * space / (len(stretches) + 1)))
        if width <= even + 1:
            header.setSectionResizeMode(lead, QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(lead, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(lead, round(width))

    def _free_text(self, index: int) -> bool:
        """A short column of free text (a website, a name), not a date, a word of a list, stars or a count."""
        column = self.columns[index]
        return not (column.date or column.vocabulary is not None or column.key in KEEP_WHOLE | YES_NO | COUNTS)

    def _word_width(self, index: int, keep: int, want: int, char: int) -> int:
        """What a column of short words from a list (a path, a status) holds on to before free text gives up
        room: the words the rows on screen show; a longer word ("Informational interview") shares like text."""
        if self.columns[index].vocabulary is None:
            return keep
        shown = self._shown_width(index)
        return min(want, max(keep, shown)) if shown <= char * SHORT_WORD else keep

    def _shown_width(self, column: int) -> int:
        """The width the rows on screen need in `column` (only those: a list may hold 100,000 rows)."""
        view, rows = self.view, self.view.model().rowCount()
        top = max(0, view.rowAt(0))
        bottom = view.rowAt(view.viewport().height() - 1)
        bottom = bottom if bottom >= 0 else min(rows, top + 50) - 1
        return max((view.sizeHintForIndex(view.model().index(row, column)).width()
                    for row in range(top, bottom + 1)), default=0)


def share_out(room: float, keep: dict[int, float], want: dict[int, float]) -> dict[int, float]:
    """Each column its `keep`, then the rest of `room` shared evenly, none past its `want`: small values stay
    whole and the widest give up the most."""
    low, high = 0.0, max(want.values(), default=0.0)
    for _ in range(40):  # the level at which the columns fill the room exactly
        level = (low + high) / 2
        if sum(min(want[i], max(keep[i], level)) for i in want) > room:
            high = level
        else:
            low = level
    return {i: min(want[i], max(keep[i], low)) for i in want}
