"""Global search: one box, results as you type grouped by kind, Enter opens the chosen one."""

from __future__ import annotations

import re
import time
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QSizePolicy, QTreeView, QVBoxLayout, QWidget

from mentordesk.services.search import search, without_sensitive
from mentordesk.ui.plain import display_safe, plain
from mentordesk.ui.privacy import is_private

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
DEBOUNCE_MS = 0  # coalesce keystrokes queued behind a query, but add no latency (make bench: search_p95_ms)
PER_KIND = 25


def kind_heading(kind: str) -> str:
    """A group's heading in the results: the title of the area that shows `kind`, else its plural."""
    from mentordesk.services import kinds
    from mentordesk.ui.areas.registry import area_of_kind

    area = area_of_kind(kind)
    return area.title() if area is not None else kinds.get(kind).plural.capitalize()


_ISO_DAY = re.compile(r"\b(\d{4}-\d{2}-\d{2})\b")


@lru_cache(maxsize=4096)
def _short_day(iso: str, locale_name: str) -> str:
    """One ISO day in the locale's short format, remembered per locale (`locale_name` is the cache key):
    keystrokes show the same dates again and again."""
    from mentordesk.ui.dates import short_date

    return short_date(iso)


def local_dates(text: str) -> str:
    """A hit's detail with its ISO dates ("Maya Chen, 2026-11-07") written as the locale writes dates."""
    if "-" not in text:
        return text
    locale_name = QLocale().name()
    return _ISO_DAY.sub(lambda match: _short_day(match.group(1), locale_name), text)


def _cell(text: str) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    return item


def _result_row(hit) -> list[QStandardItem]:
    title = _cell(display_safe(hit.title.replace("\n", " ")))
    title.setData(hit.kind, KIND_ROLE)
    title.setData(hit.id, ID_ROLE)
    return [title, _cell(local_dates(display_safe(hit.detail)))]


class SearchResultsModel(QStandardItemModel):
    """Hits grouped under one row per kind; leaf rows carry kind and id.

    Keystrokes mostly change the texts under the same groups, so rows are kept and rewritten in place
    (QStandardItem skips unchanged values): the view hears which cells changed and which rows came or
    went, never a model reset.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setHorizontalHeaderLabels([QCoreApplication.translate("search", "Result"),
                                        QCoreApplication.translate("search", "Details")])

    def show_hits(self, hits) -> bool:
        """Replace the results, reusing the group and result rows already there; True when a group was added
        (a view must expand it)."""
        by_kind: dict[str, list] = {}
        for hit in hits:
            by_kind.setdefault(hit.kind, []).append(hit)
        added = False
        for row, (kind, kind_hits) in enumerate(by_kind.items()):
            shown = [self.item(r).data(KIND_ROLE) for r in range(row, self.rowCount())]
            if kind in shown:  # groups before it that are gone now go; this one is rewritten in place
                if shown.index(kind):
                    self.removeRows(row, shown.index(kind))
                self._rewrite(self.item(row), kind_hits)
            else:
                self.insertRow(row, self._group(kind, kind_hits))
                added = True
        if self.rowCount() > len(by_kind):
            self.removeRows(len(by_kind), self.rowCount() - len(by_kind))
        return added

    @staticmethod
    def _group(kind: str, hits) -> list[QStandardItem]:
        """A group's row, filled before it joins the model: the view hears of one insert, not of 25."""
        group = _cell(_heading(hits))
        group.setData(kind, KIND_ROLE)
        group.setSelectable(False)
        font = group.font()
        font.setBold(True)
        group.setFont(font)
        for hit in hits:
            group.appendRow(_result_row(hit))
        spacer = _cell("")
        spacer.setSelectable(False)
        return [group, spacer]

    @staticmethod
    def _rewrite(group: QStandardItem, hits) -> None:
        """A group's rows rewritten with `hits`: the same rows where they exist, rows added or dropped at the end."""
        group.setText(_heading(hits))
        have = group.rowCount()
        if have > len(hits):
            group.removeRows(len(hits), have - len(hits))
        for row, hit in enumerate(hits[:have]):
            title = group.child(row, 0)
            title.setText(display_safe(hit.title.replace("\n", " ")))
            title.setData(hit.id, ID_ROLE)
            group.child(row, 1).setText(local_dates(display_safe(hit.detail)))
        if have < len(hits):
            group.insertRows(have, len(hits) - have)
            for row, hit in enumerate(hits[have:], start=have):
                title, detail = _result_row(hit)
                group.setChild(row, 0, title)
                group.setChild(row, 1, detail)


def _heading(hits) -> str:
    return f"{kind_heading(hits[0].kind)} ({len(hits)})"


class SearchPanel(QWidget):
    """The results page the window shows while the search box has text."""

    open_requested = Signal(str, int)
    searched = Signal(str, float)  # text, milliseconds the query took

    def __init__(self, box: QLineEdit, parent=None):
        super().__init__(parent)
        self.box = box
        self.heading = plain(QLabel(self))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        # a longer query must not widen the page (nor relayout the window around it on every keystroke)
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.model = SearchResultsModel(self)
        self.view = QTreeView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Search results"))
        self.view.setUniformRowHeights(True)
        self.view.setRootIsDecorated(False)
        self.view.setItemsExpandable(False)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        # a scroll bar that came and went with the number of hits resized the columns after each paint, and
        # the view painted again (and the Details column jumped as the user typed)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.view.activated.connect(self._open_index)
        self.view.installEventFilter(self)
        self.empty = plain(QLabel(self))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setEnabled(False)
        self.empty.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty, 1)
        self.last_ms = 0.0
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.run)
        box.textEdited.connect(lambda _t: self.search_soon())
        box.returnPressed.connect(self.open_current)
        box.installEventFilter(self)

    def search_soon(self) -> None:
        """Run the query for the box's text once queued keystrokes are in (DEBOUNCE_MS)."""
        self._timer.start()

    def run(self) -> None:
        """Search now for the box's text."""
        self._timer.stop()
        text = self.box.text().strip()
        started = time.perf_counter()
        hits = search(text, limit_per_kind=PER_KIND) if text else []
        if is_private():
            hits = without_sensitive(hits)
        self.last_ms = (time.perf_counter() - started) * 1000
        if self.model.show_hits(hits):
            self.view.expandAll()
        self.view.executeDelayedItemsLayout()  # lay the rows out now, not in a second paint after this one
        self.view.header().resizeSection(0, max(200, self.width() // 2))
        self.heading.setText(self.tr("Results for “%1”").replace("%1", display_safe(text)) if text else "")
        self.empty.setText(self.tr("Nothing matches “%1”.").replace("%1", display_safe(text)) if text else "")
        self.empty.setVisible(not hits)
        self.view.setVisible(bool(hits))
        first = self.first_hit()
        if first is not None:
            self.view.setCurrentIndex(first)
        self.searched.emit(text, self.last_ms)

    def first_hit(self):
        if self.model.rowCount() and self.model.item(0).rowCount():
            return self.model.item(0).child(0).index()
        return None

    def _open_index(self, index) -> None:
        kind, record_id = index.siblingAtColumn(0).data(KIND_ROLE), index.siblingAtColumn(0).data(ID_ROLE)
        if kind and record_id:
            self.open_requested.emit(kind, int(record_id))

    def open_current(self) -> None:
        """Enter: open the selected result (the best one unless the user moved)."""
        if self._timer.isActive() or (self.box.text().strip() and not self.model.rowCount()):
            self.run()
        index = self.view.currentIndex()
        if not index.isValid() or not index.siblingAtColumn(0).data(ID_ROLE):
            index = self.first_hit()
        if index is not None:
            self._open_index(index)

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.KeyPress:
            if obj is self.box and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.view.isVisible():
                self.view.setFocus()
                return True
            if obj is self.view and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._open_index(self.view.currentIndex())
                return True
            if obj is self.view and event.matches(QKeySequence.StandardKey.Find):
                self.box.setFocus()
                self.box.selectAll()
                return True
        return super().eventFilter(obj, event)
