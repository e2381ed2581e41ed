"""A table model over one kind of record that holds only ids and fetches visible rows on demand.

Filtering (FTS5) and sorting run in SQL through `services.listing`; a change announced by the
hub re-queries the ids (coalesced to once per event-loop turn) so 100,000 rows stay responsive.
A `lazy` model queries nothing until `ensure_loaded()` (its area opening), so start-up pays only
for the list on screen; a big list then reads its count and first page before it paints and the
rest of its ids a frame after its view painted (`complete_later`), or as soon as one is needed.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, QTimer, Signal

from mentordesk.services import listing
from mentordesk.services import kinds
from mentordesk.services.text import display_safe
from mentordesk.ui.dates import invalid_date, short_date, short_datetime
from mentordesk.ui.hub import hub

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2



BOOLEAN_COLUMNS = {"acted_on", "thanked"}
PAGE = 200
CACHE_LIMIT = 5000
BIG_LIST = 5000  # above this, an edit of listed records repaints their rows instead of re-querying
FRAME_MS = 16  # a big list's first load: count and first page, the remaining ids a frame after the paint

_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_DECORATION = Qt.ItemDataRole.DecorationRole.value
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole.value
_ALIGN = Qt.ItemDataRole.TextAlignmentRole.value
_ID = ID_ROLE.value if hasattr(ID_ROLE, "value") else int(ID_ROLE)
_CENTER = int(Qt.AlignmentFlag.AlignCenter.value)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


def vocab_label(labels: dict[str, str], key) -> str:
    """The translated label of a vocabulary key (or the key itself when unknown)."""
    label = labels.get(key)
    return QCoreApplication.translate("vocabulary", label) if label else (key or "")


def format_date(value) -> str:
    """A stored ISO date in the locale's short format (ui.dates)."""
    return short_date(value)


def format_datetime(value) -> str:
    """A stored 'YYYY-MM-DD HH:MM' as the locale's short date and time (ui.dates)."""
    return short_datetime(value)


class RecordListModel(QAbstractTableModel):
    """Rows of one kind (`person`, `organization`, `meeting`, `advice`, `ask`), ids in SQL order."""

    refreshed = Signal()

    def __init__(self, kind: str, parent=None, *, where: str = "", params: tuple = (), lazy: bool = False):
        super().__init__(parent)
        self.kind = kind
        self.spec = listing.spec_of(kind)
        # Which announced kinds make this list stale: its own, and those it shows (a person's new name).
        self._depends_on = {kind, *kinds.get(kind).depends_on}
        self._ids: list[int] = []
        self._rows: dict[int, tuple] = {}
        self._row_of: dict[int, int] | None = None
        self._text = ""
        self._where, self._params = where, params
        self._sort = self.spec.default_sort
        self._descending = self.spec.default_descending
        self._stale = False  # a change came while the list was hidden: re-query when it shows
        self._shown = True  # the area showing this list tells it (set_shown); a bare model counts as shown
        self._refresh_timer = QTimer(self, singleShot=True, interval=0)
        self._refresh_timer.timeout.connect(self.refresh)
        self._changed_ids: set[int] = set()
        self._rows_timer = QTimer(self, singleShot=True, interval=0)
        self._rows_timer.timeout.connect(self._repaint_changed)
        self._centered = {i for i, c in enumerate(self.spec.columns) if c.key in ("trust", "people")}
        # People's names carry their face (photo or initials), drawn once per person and size (ui.widgets.avatars).
        self._face_column = next((i for i, c in enumerate(self.spec.columns) if c.key == "name"), -1) \
            if kind == "person" else -1
        self._faces_connected = False
        self._loaded = False
        self._total: int | None = None  # rows in all while only the first page of ids is read
        hub().changed.connect(self._on_changed)
        if not lazy:
            self.refresh()

    # --- queries -----------------------------------------------------------------
    @property
    def filter_text(self) -> str:
        return self._text

    @property
    def sort_column(self) -> int:
        return self._sort

    @property
    def sort_descending(self) -> bool:
        return self._descending

    @property
    def loaded(self) -> bool:
        return self._loaded

    def ensure_loaded(self) -> None:
        """Run the first query of a lazy model (a no-op once it has rows).

        A big unfiltered list counts its rows and reads its first page of ids only: the view paints
        from those, and the remaining ids (~100,000) are read a frame later or when first needed."""
        if self._loaded:
            return
        if self._text:
            self.refresh()
            return
        total = listing.count_ids(self.kind, self._where, self._params)
        if total <= BIG_LIST:
            self.refresh()
            return
        head = listing.head_ids(self.kind, self._sort, self._descending, self._where, self._params, PAGE)
        self._refresh_timer.stop()
        self._loaded = True
        self.beginResetModel()
        self._ids, self._total = head, total
        self._rows.clear()
        self._row_of = None
        self.endResetModel()
        self.refreshed.emit()

    @property
    def partial(self) -> bool:
        """True while only the first page of ids has been read."""
        return self._total is not None

    def complete_later(self) -> None:
        """Read the remaining ids a frame from now (the view calls this once it has painted)."""
        if self._total is not None:
            QTimer.singleShot(FRAME_MS, self, self._complete)

    def _complete(self) -> None:
        """Read the rest of the ids of a list shown from its first page."""
        if self._total is None or self._refresh_timer.isActive():
            return
        head = self._ids
        ids = listing.list_ids(self.kind, self._text, self._sort, self._descending, self._where, self._params)
        if len(ids) == self._total and ids[: len(head)] == head:
            self._ids, self._total = ids, None  # the same rows: nothing on screen changes
            self._row_of = None
        else:  # written to meanwhile: keep the first page until a real refresh (not inside data())
            self._refresh_timer.start()

    def set_filter(self, text: str) -> None:
        """Show only records matching these words (FTS5 prefix match)."""
        if text != self._text:
            self._text = text
            self.refresh()

    def set_where(self, where: str, params: tuple = ()) -> None:
        """An extra SQL condition on the main table `t` (e.g. a status filter)."""
        self._where, self._params = where, params
        if self._loaded:
            self.refresh()

    def refresh(self) -> None:
        """Re-run the id query and drop cached rows."""
        self._loaded = True
        self._total = None
        self._refresh_timer.stop()
        self._rows_timer.stop()
        self._changed_ids.clear()
        ids = listing.list_ids(self.kind, self._text, self._sort, self._descending, self._where, self._params)
        self.beginResetModel()
        self._ids = ids
        self._rows.clear()
        self._row_of = None
        self.endResetModel()
        self.refreshed.emit()

    def set_shown(self, shown: bool) -> None:
        """The list's area appeared or went away: a hidden list only notes changes, and catches up when shown."""
        self._shown = shown
        if shown and self._stale:
            self._stale = False
            if self._loaded:
                self.refresh()

    def _on_changed(self, kind: str, ids: list) -> None:
        if not self._loaded or kind not in self._depends_on or self._refresh_timer.isActive():
            return
        if not self._shown:
            self._stale = True
            return
        if self._total is not None:
            self._refresh_timer.start()
            return
        if kind == self.kind and ids and len(self._ids) > BIG_LIST and all(self.row_of(i) >= 0 for i in ids):
            self._changed_ids.update(ids)
            self._rows_timer.start()
        else:
            self._refresh_timer.start()

    def _repaint_changed(self) -> None:
        """Re-read only the edited rows of a big list; a vanished record means a real refresh."""
        ids, self._changed_ids = list(self._changed_ids), set()
        rows = listing.list_rows(self.kind, ids)
        if len(rows) != len(ids) or self._refresh_timer.isActive():
            self.refresh()
            return
        self._rows.update(rows)
        last = len(self.spec.columns) - 1
        for record_id in ids:
            row = self.row_of(record_id)
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    # --- lookups -----------------------------------------------------------------
    def id_at(self, row: int) -> int | None:
        if row >= len(self._ids):
            self._complete()
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, record_id: int) -> int:
        """Row of an id, -1 when not listed."""
        self.ensure_loaded()
        self._complete()
        if self._row_of is None:
            self._row_of = {record_id: row for row, record_id in enumerate(self._ids)}
        return self._row_of.get(record_id, -1)

    def ids(self) -> list[int]:
        self.ensure_loaded()
        self._complete()
        return list(self._ids)

    def column_key(self, column: int) -> str:
        return self.spec.columns[column].key

    def _values(self, row: int) -> tuple | None:
        if row >= len(self._ids):
            self._complete()
            if row >= len(self._ids):
                return None
        record_id = self._ids[row]
        values = self._rows.get(record_id)
        if values is None:
            if len(self._rows) > CACHE_LIMIT:
                self._rows.clear()
            start = max(0, row - PAGE // 4)
            self._rows.update(listing.list_rows(self.kind, self._ids[start : start + PAGE]))
            values = self._rows.get(record_id)
        return values

    # --- Qt model API --------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        if parent.isValid():
            return 0
        return self._total if self._total is not None else len(self._ids)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.spec.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.spec.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("columns", self.spec.columns[section].title)
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        role = int(role) if not isinstance(role, int) else role
        # No tooltip role: the view's delegate shows the text whole when its column cuts it short.
        if role not in (_DISPLAY, _ID, _ACCESSIBLE, _ALIGN, _DECORATION):
            return None
        if role == _DECORATION:
            return self._face(index) if index.column() == self._face_column else None
        row, column = index.row(), index.column()
        if not 0 <= row < self.rowCount():
            return None
        if role == _ID:
            return self.id_at(row)
        if role == _ALIGN:
            return _CENTER if column in self._centered else None
        values = self._values(row)
        if values is None:
            return None
        try:
            text = self._display(self.spec.columns[column], values[column])
        except Exception:  # noqa: BLE001 - a bad stored value must never escape a Qt virtual (it crashes the app)
            text = str(values[column])
        return text

    def _face(self, index):
        """A person's face for their name's cell, as tall as a line of text."""
        from PySide6.QtGui import QFontMetrics, QGuiApplication

        from mentordesk.ui.widgets.avatars import avatars, list_face_size

        values = self._values(index.row())
        if values is None:
            return None
        size = list_face_size(QFontMetrics(QGuiApplication.font()))
        faces = avatars()
        if not self._faces_connected:  # once the app knows who has a photo, the faces on screen are redrawn
            self._faces_connected = True
            faces.photos_known.connect(self._faces_known)
        return faces.image(self.id_at(index.row()), str(values[index.column()] or ""), size,
                           QGuiApplication.primaryScreen().devicePixelRatio() if QGuiApplication.primaryScreen()
                           else 1.0, later=True)

    def _faces_known(self) -> None:
        if self.rowCount():
            face = self.index(0, self._face_column)
            self.dataChanged.emit(face, self.index(self.rowCount() - 1, self._face_column),
                                  [Qt.ItemDataRole.DecorationRole])

    def _display(self, column, value) -> str:
        """How a stored value shows in its column (the column's declaration says if it is a date or a word)."""
        key = column.key
        if value is None:
            return ""
        if column.vocabulary is not None:
            return vocab_label(column.vocabulary, value)
        if key in BOOLEAN_COLUMNS:
            return QCoreApplication.translate("columns", "Yes") if value else ""
        if key == "trust":
            return "★" * int(value) + "☆" * (5 - int(value))
        if column.date:
            shown = format_date(value)
            if key == "last_met_on" and shown != invalid_date(value) and str(value)[:10] > dt.date.today().isoformat():
                # A planned meeting counts as the next catch-up; say so rather than show a future "last met".
                return QCoreApplication.translate("ListModel", "planned %1").replace("%1", shown)
            return shown
        if key == "held_at":
            return format_datetime(value)
        return display_safe(str(value).replace("\n", " "))

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _FLAGS

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.spec.columns):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (column, descending) == (self._sort, self._descending) and self._ids:
            return
        self._complete()
        self._sort, self._descending = column, descending
        if not self._loaded:  # a restored header sorts before the area opens: remember it only
            return
        new_ids = listing.list_ids(self.kind, self._text, self._sort, self._descending, self._where, self._params)
        if len(new_ids) != len(self._ids):
            self.refresh()
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        old_ids = [self.id_at(i.row()) for i in persistent]
        self._ids = new_ids
        self._row_of = None
        new = []
        for index, record_id in zip(persistent, old_ids):
            row = self.row_of(record_id) if record_id is not None else -1
            new.append(self.index(row, index.column()) if row >= 0 else QModelIndex())
        self.changePersistentIndexList(persistent, new)
        self.layoutChanged.emit()
