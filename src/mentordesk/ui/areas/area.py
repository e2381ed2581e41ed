"""One area of the window: a searchable, sortable list beside the selected record's page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QItemSelectionModel, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentordesk.services import ServiceError
from mentordesk.ui.areas.editor import RecordEditor
from mentordesk.ui.areas.columns import ColumnFitter, ElidingDelegate, apply_widths
from mentordesk.ui.areas.list_model import RecordListModel
from mentordesk.ui.plain import message, plain
from mentordesk.ui.widgets.empty_state import EmptyState

def count_text(kind: str, rows: int) -> str:
    """"3 asks": the count its area declares (a numerus text, or an English pair translated in context "areas"),
    else worded from the kind's translated noun or plural."""
    from mentordesk.services import kinds
    from mentordesk.ui.areas.registry import area_of_kind

    area = area_of_kind(kind)
    if area is not None and callable(area.count):
        return area.count(rows)
    singular, plural = area.count if area is not None else ("", "")
    if singular and plural:
        return QCoreApplication.translate("areas", plural if rows != 1 else singular, "", rows)
    record = kinds.get(kind)
    word = QCoreApplication.translate("records", record.noun) if rows == 1 else plural_noun(record.plural)
    return f"{QLocale().toString(rows)} {word}"


def plural_noun(plural: str) -> str:
    """A kind's plural ("people") as running text says it, translated (ui.core_texts marks every kind's)."""
    return QCoreApplication.translate("plurals", plural)


class RecordTable(QTableView):
    """A table tuned for 100,000 rows: uniform heights, no resizing to contents, sort in SQL."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)  # "Organi…", not "ganisati"
        self.horizontalHeader().setSectionsMovable(True)
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSortIndicatorShown(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        from mentordesk.ui.widgets.avatars import list_face_size

        face = list_face_size(self.fontMetrics())  # a person's photo or initials beside their name
        self.setIconSize(QSize(face, face))
        self.setItemDelegate(ElidingDelegate(self))  # the whole text in a tooltip when a column cuts it short


class _CompleteAfterPaint(QObject):
    """Once the list has painted from the first page of ids, let the model read the rest."""

    def __init__(self, model, parent):
        super().__init__(parent)
        self.model = model

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and self.model.partial:
            self.model.complete_later()
        return False


class RecordArea(QWidget):
    """List + detail for one kind; the window asks it to create, delete, save and select records."""

    settings = None  # the window's Settings, when it gives them (the "ask before deleting" preference)

    open_requested = Signal(str, int)  # kind, id: a link to a record elsewhere
    dirty_changed = Signal(bool)

    def __init__(self, kind: str, title: str, edits, parent=None, detail: QWidget | None = None,
                 editor: RecordEditor | None = None):
        super().__init__(parent)
        self.kind = kind
        self.title = title
        self.edits = edits
        self.model = RecordListModel(kind, self, lazy=True)  # queried when the area first opens
        self.filter = QLineEdit(self)
        from mentordesk.services import kinds

        listed = plural_noun(kinds.get(kind).plural)  # "people", German "Personen"
        self.filter.setPlaceholderText(self.tr("Filter %1…").replace("%1", listed))
        self.filter.setAccessibleName(self.tr("Filter %1").replace("%1", listed))
        self.filter.setClearButtonEnabled(True)
        self.count = QLabel(self)
        self.view = RecordTable(self)
        self.view.setModel(self.model)
        self.view.viewport().installEventFilter(_CompleteAfterPaint(self.model, self))
        self.view.setAccessibleName(title)
        header = self.view.horizontalHeader()
        header.setSortIndicator(self.model.sort_column,
                                Qt.SortOrder.DescendingOrder if self.model.sort_descending else Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.columns_fitted = False  # short columns sized to their contents (or restored as the user left them)
        apply_widths(self.view, self.model.spec.columns, fit=True)
        self.fitter = ColumnFitter(self.view, self.model.spec.columns)  # a narrow list keeps its main text readable
        self.fitter.remember()
        self.no_match = plain(QLabel(self))  # a filter that matches nothing
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_match.setWordWrap(True)
        self.no_match.setEnabled(False)
        self.empty = EmptyState(self)  # nothing at all yet: what the area is for and the action that fills it
        self.empty.action_requested.connect(lambda: self.new_record())
        self.editor = editor or RecordEditor(kind, edits, self)
        self.detail = detail or self.editor
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.filter)
        column.addWidget(self.view, 1)
        column.addWidget(self.no_match, 1)
        column.addWidget(self.count)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName(f"{kind}_splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.pages = QStackedWidget(self)  # the list and its record, or the empty state in their place
        self.pages.addWidget(self.splitter)
        self.pages.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        # 0 ms: keystrokes already queued are coalesced into one query, none waits for a debounce.
        self._filter_timer = QTimer(self, singleShot=True, interval=0)
        self._filter_timer.timeout.connect(lambda: self.model.set_filter(self.filter.text()))
        self.filter.textChanged.connect(lambda _t: self._filter_timer.start())
        self.filter.returnPressed.connect(self._filter_now)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._after_reset)
        self.model.refreshed.connect(self._update_count)
        self.editor.saved.connect(self.select)
        self.editor.delete_requested.connect(self.delete_current)
        self.editor.dirty_changed.connect(self.dirty_changed)
        self._restoring = False
        self._update_count()
        self.setFocusProxy(self.view)

    # --- list state ------------------------------------------------------------------
    def _filter_now(self) -> None:
        self._filter_timer.stop()
        self.model.set_filter(self.filter.text())
        if self.model.rowCount():
            self.view.setFocus()
            if not self.view.currentIndex().isValid():
                self.view.selectRow(0)

    def _update_count(self) -> None:
        if not self.model.loaded:
            self.count.clear()
            self.no_match.hide()
            return
        rows = self.model.rowCount()
        self.count.setText(count_text(self.kind, rows))
        filtered = bool(self.model.filter_text.strip())
        if rows == 0 and filtered:
            self.no_match.setText(self.tr("Nothing matches “%1”.").replace("%1", self.model.filter_text))
        self.no_match.setVisible(rows == 0 and filtered)
        self.view.setVisible(rows != 0 or not filtered)  # an empty list keeps its place (the count stays below it)
        if rows and not self.columns_fitted:
            self.fit_columns()
        self._update_empty()

    def _update_empty(self) -> None:
        """Show what the area is for while it holds nothing (and no new record is being written)."""
        empty = self.model.loaded and self.model.rowCount() == 0 and not self.model.filter_text.strip() \
            and not self.editor.creating
        if empty:
            from mentordesk.ui.areas.registry import area_of_kind
            from mentordesk.ui.icons import area_icon

            declared = area_of_kind(self.kind)
            heading, sentence, action, hint = self.empty_state()
            self.empty.show_state(heading, sentence, action, hint, area_icon(declared.icon_name) if declared else None)
        self.pages.setCurrentWidget(self.empty if empty else self.splitter)

    def empty_state(self) -> tuple[str, str, str, str]:
        """What the empty list says: a heading, what the area holds, the button that fills it and its keys."""
        from PySide6.QtGui import QKeySequence

        from mentordesk.ui import shortcuts
        from mentordesk.ui.areas.registry import area_of_kind
        from mentordesk.ui.records import KINDS

        declared = area_of_kind(self.kind)
        sentence, action = declared.empty if declared is not None else ("", "")
        heading = self.tr("No %1 yet").replace("%1", plural_noun(KINDS[self.kind].record.plural))
        sentence = QCoreApplication.translate("areas", sentence) if sentence else ""
        action = (QCoreApplication.translate("areas", action) if action
                  else self.tr("&Add a %1").replace("%1", KINDS[self.kind].noun()))
        keys = shortcuts.keys(self.empty_action_shortcut())
        hint = self.tr("or press %1").replace("%1", keys[0].toString(QKeySequence.SequenceFormat.NativeText)) \
            if keys else ""
        return heading, sentence, action, hint

    def empty_action_shortcut(self) -> str:
        """The window action the empty state's button stands for (its keys are named under it)."""
        return "new"

    def default_sizes(self, total: int = 1040) -> list[int]:
        """The list's and the record's first-run widths: a page (a person's story) gets 45 %, a plain
        form a third, so the list's meaningful column has room."""
        detail = round(total * (0.45 if self.detail is not self.editor else 0.34))
        return [total - detail, detail]

    def fit_columns(self) -> None:
        """Size the short columns to their contents (first run, or nothing remembered for this list)."""
        self.columns_fitted = True
        apply_widths(self.view, self.model.spec.columns, fit=True)
        self.fitter.remember()

    def restore_columns(self, state) -> bool:
        """Put back the widths and order the user left; the declared stretch columns stretch again."""
        header = self.view.horizontalHeader()
        if state.isEmpty() or not header.restoreState(state):
            return False
        apply_widths(self.view, self.model.spec.columns, fit=False)
        self.fitter.remember()
        self.columns_fitted = True
        return True

    def _after_reset(self) -> None:
        """Keep the record being shown selected after the list was re-queried."""
        record_id = self.editor.record_id
        if record_id is None:
            return
        row = self.model.row_of(record_id)
        if row >= 0:
            self._restoring = True
            try:
                self._select_row(row)
            finally:
                self._restoring = False

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(index)

    def _current_changed(self, current, previous) -> None:
        if self._restoring:
            return
        record_id = self.model.id_at(current.row()) if current.isValid() else None
        if record_id == self.editor.record_id and not self.editor.creating:
            return
        if not self.editor.maybe_save():
            # The user chose to stay: put the selection back without asking again.
            self._restoring = True
            try:
                row = self.model.row_of(self.editor.record_id) if self.editor.record_id else -1
                if row >= 0:
                    self._select_row(row)
                else:
                    self.view.selectionModel().clearSelection()
            finally:
                self._restoring = False
            return
        self.show_record(record_id)

    def showEvent(self, event) -> None:
        """Opening an area loads its list (the first time, or again if it changed meanwhile) and shows its
        first record, not an empty page."""
        self.model.set_shown(True)
        self.model.ensure_loaded()
        super().showEvent(event)
        if self.editor.record_id is None and not self.editor.creating and self.model.rowCount():
            self._select_row(0)

    def hideEvent(self, event) -> None:
        """A hidden list stops re-querying on every edit; it marks itself stale instead."""
        self.model.set_shown(False)
        super().hideEvent(event)

    def show_record(self, record_id: int | None) -> None:
        """Load a record into the detail pane (subclasses show more)."""
        self.editor.load(record_id)

    # --- commands from the window ---------------------------------------------------------
    def current_id(self) -> int | None:
        return self.editor.record_id

    def select(self, record_id: int) -> bool:
        """Select and show a record, clearing the filter when it hides it."""
        row = self.model.row_of(record_id)
        if row < 0 and self.model.filter_text:
            self.filter.clear()
            self.model.set_filter("")
            row = self.model.row_of(record_id)
        if row < 0:
            self.model.refresh()
            row = self.model.row_of(record_id)
        if row < 0:
            return False
        if self.editor.record_id == record_id and not self.editor.creating:
            self._restoring = True
            try:
                self._select_row(row)
            finally:
                self._restoring = False
            return True
        self._select_row(row)
        return self.editor.record_id == record_id

    def new_record(self, defaults: dict | None = None) -> None:
        """Start a new record in the editor."""
        if not self.editor.maybe_save():
            return
        self._restoring = True
        try:
            self.view.selectionModel().clearSelection()
            self.view.selectionModel().setCurrentIndex(self.model.index(-1, -1), QItemSelectionModel.SelectionFlag.NoUpdate)
        finally:
            self._restoring = False
        self.show_new(defaults)
        self._update_empty()

    def show_new(self, defaults: dict | None) -> None:
        self.editor.new(defaults)

    def save(self) -> bool:
        return self.editor.save()

    def maybe_save(self) -> bool:
        return self.editor.maybe_save()

    def is_dirty(self) -> bool:
        return self.editor.is_dirty()

    def confirm_delete(self, record_id: int) -> bool:
        """Ask first when the kind says a delete takes more with it (its declaration); undo is always there."""
        from mentordesk.services import kinds
        from mentordesk.ui.records import KINDS

        if self.settings is not None and not self.settings.get("confirm_delete"):
            return True
        deletion = kinds.get(self.kind).deletion
        sentence = deletion(record_id) if deletion is not None else None
        if not sentence:
            return True
        answer = QMessageBox.question(
            self, self.tr("Delete %1").replace("%1", KINDS[self.kind].noun_in_text()),
            message(sentence + "\n\n" + self.tr("You can undo this with Ctrl+Z.")),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def delete_current(self) -> None:
        """Delete the shown record (undoable) and move to its neighbour."""
        record_id = self.editor.record_id
        if record_id is None:
            return
        if not self.confirm_delete(record_id):
            return
        row = self.model.row_of(record_id)
        try:
            self.edits.delete(self.kind, record_id)
        except ServiceError as exc:
            from mentordesk.ui.widgets.forms import explain  # the form widgets load when first needed
            QMessageBox.warning(self, self.tr("Could not delete"), explain(exc))
            return
        self.editor.set_dirty(False)
        self.model.refresh()
        neighbour = self.model.id_at(min(row, self.model.rowCount() - 1)) if row >= 0 else None
        self.editor.load(None)
        if neighbour is not None:
            self.select(neighbour)
        else:
            self.show_record(None)
