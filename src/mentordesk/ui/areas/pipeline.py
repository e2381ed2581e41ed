"""The asks pipeline: one column per status; drag a card or click "Move to" to change it (undoable)."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from mentordesk.models import ASK_STATUSES
from mentordesk.services import ServiceError, cadence
from mentordesk.services import today as today_svc
from mentordesk.ui import shortcuts
from mentordesk.ui.dates import short_date
from mentordesk.ui.hub import hub
from mentordesk.ui.i18n import vocabulary
from mentordesk.ui.lazy_page import LazyPage
from mentordesk.ui.plain import display_safe, message, plain

ASK_MIME = "application/x-mentordesk-ask-ids"
ID_ROLE = Qt.ItemDataRole.UserRole
PERSON_ROLE = Qt.ItemDataRole.UserRole + 1
DIRECTION_ROLE = Qt.ItemDataRole.UserRole + 2
# Moving an ask of yours into these means you are about to ask (or already asking) the person.
ASKING = ("asked", "in_progress")


class CardDelegate(QStyledItemDelegate):
    """A card as wide as its column and as tall as its text wrapped at that width (the list's own measure wrapped
    at another width: at 900 px a card's last line was cut to "you …" above an empty gap)."""

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt API
        view = self.parent()
        width = max(1, view.viewport().width() - 2 * view.spacing())
        measured = QStyleOptionViewItem(option)
        measured.rect = QRect(0, 0, width, 1 << 20)
        return QSize(width, super().sizeHint(measured, index).height())


class StatusColumn(QListWidget):
    """The cards of one status; accepts asks dropped from the other columns."""

    dropped = Signal(list, str)  # ask ids, this column's status

    def __init__(self, status: str, parent=None):
        super().__init__(parent)
        self.status = status
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)  # cards wrap again (and grow) when the column narrows
        self.setItemDelegate(CardDelegate(self))
        self.setSpacing(2)
        self.setAlternatingRowColors(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt API
        return [ASK_MIME]

    def mimeData(self, items) -> QMimeData:  # noqa: N802 - Qt API
        mime = QMimeData()
        mime.setData(ASK_MIME, ",".join(str(item.data(ID_ROLE)) for item in items).encode())
        return mime

    def _accepts(self, event) -> bool:
        return event.mimeData().hasFormat(ASK_MIME)

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self._accepts(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self._accepts(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt API
        if not self._accepts(event):
            event.ignore()
            return
        raw = bytes(event.mimeData().data(ASK_MIME)).decode()
        ids = [int(part) for part in raw.split(",") if part.strip().isdigit()]
        # The board re-reads the database; the source must not delete its item itself.
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        if ids:  # after the drag has ended: the source view still re-selects a card under the mouse
            QTimer.singleShot(0, self, lambda: self.dropped.emit(ids, self.status))


class AsksPipeline(LazyPage):
    """Asks by status: idea → asked → in progress → done or declined."""

    open_requested = Signal(str, int)
    new_ask_requested = Signal()  # the empty board's button: write the first ask

    def __init__(self, edits=None, parent=None):
        super().__init__(parent)
        if edits is None:
            from mentordesk.ui.undo import Edits

            edits = Edits(self)
        self.edits = edits
        self.columns: dict[str, StatusColumn] = {}
        self.headers: dict[str, QLabel] = {}
        board = QHBoxLayout()
        for status, label in ASK_STATUSES.items():
            column = StatusColumn(status, self)
            column.setAccessibleName(vocabulary(label))
            column.dropped.connect(self._on_dropped)
            column.itemActivated.connect(lambda item: self.open_requested.emit("ask", int(item.data(ID_ROLE))))
            column.customContextMenuRequested.connect(lambda pos, c=column: self._context_menu(c, pos))
            column.currentItemChanged.connect(lambda cur, _prev, c=column: self._current_changed(c, cur))
            header = QLabel(self)
            header.setBuddy(column)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            box = QVBoxLayout()
            box.addWidget(header)
            box.addWidget(column, 1)
            board.addLayout(box, 1)
            self.columns[status], self.headers[status] = column, header

        self.move_button = QPushButton(self.tr("Move to"), self)  # a push button draws its menu arrow beside the text
        self.move_button.setAccessibleName(self.tr("Move the selected ask to another status"))
        menu = QMenu(self.move_button)
        for status, label in ASK_STATUSES.items():
            action = menu.addAction(vocabulary(label))
            action.setData(status)
            action.triggered.connect(lambda _=False, s=status: self.move_selected(s))
        self.move_button.setMenu(menu)
        self.forward = QPushButton(self.tr("Next step →"), self)
        self.forward.setToolTip(self.tr("Move the selected ask one step along (idea → asked → in progress → done)"))
        self.forward.clicked.connect(self.advance_selected)
        # From the keyboard: Tab to the button passes through every column and selects another card on the way.
        self.forward_action = shortcuts.apply(QAction(self.tr("Next Step"), self), "pipeline_next_step")
        self.forward_action.setObjectName("pipeline_next_step")
        self.forward_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.forward_action.triggered.connect(self._advance_and_follow)
        self.addAction(self.forward_action)
        keys = " or ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in self.forward_action.shortcuts())
        self.forward.setToolTip(f"{self.forward.toolTip()} ({keys})" if keys else self.forward.toolTip())
        hint = QLabel(self.tr("Drag a card to another column, or select it and click."), self)
        hint.setEnabled(False)

        self.thanks_bar = QFrame(self)
        self.thanks_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.thanks_text = plain(QLabel(self.thanks_bar))
        self.thanks_text.setWordWrap(True)
        self.thanks_done = QPushButton(self.tr("Mark as thanked"), self.thanks_bar)
        self.thanks_later = QPushButton(self.tr("Later"), self.thanks_bar)
        bar = QHBoxLayout(self.thanks_bar)
        bar.addWidget(self.thanks_text, 1)
        bar.addWidget(self.thanks_done)
        bar.addWidget(self.thanks_later)
        self.thanks_bar.hide()
        self.thanks_done.clicked.connect(self._mark_thanked)
        self.thanks_later.clicked.connect(self.thanks_bar.hide)
        self._thank_ask: int | None = None

        tools = QHBoxLayout()
        tools.addWidget(self.forward)
        tools.addWidget(self.move_button)
        tools.addWidget(hint, 1)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Asks pipeline"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        layout.addWidget(self.thanks_bar)
        from mentordesk.ui.icons import area_icon
        from mentordesk.ui.widgets.empty_state import EmptyState

        self.tools = QWidget(self)
        self.tools.setLayout(tools)
        tools.setContentsMargins(0, 0, 0, 0)
        self.board = QWidget(self)
        self.board.setLayout(board)
        board.setContentsMargins(0, 0, 0, 0)
        self.empty = EmptyState(self)  # no asks at all: what the board is for and the button that fills it
        self.empty.show_state(self.tr("No asks yet"),
                              self.tr("Each ask you make (a referral, an introduction, a letter, a review) moves "
                                      "from idea to asked, in progress and done, so none is forgotten."),
                              self.tr("&Add an Ask"), "", area_icon("pipeline"))
        self.empty.action_requested.connect(self.new_ask_requested)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.board)
        self.pages.addWidget(self.empty)
        layout.addWidget(self.tools)
        layout.addWidget(self.pages, 1)
        self._selected: int | None = None
        # A bound method, not a lambda: Qt drops the connection when this widget is deleted.
        hub().changed.connect(self._on_changed)

    def _on_changed(self, kind: str, _ids) -> None:
        if kind in ("ask", "person"):
            self._refresh_when_seen()
        if kind == "ask" and self._thank_ask in (_ids or ()):
            self._thank_if_still_owed()

    def _thank_if_still_owed(self) -> None:
        """The reminder stays only while its ask is done and not yet thanked (an undo takes it away)."""
        from mentordesk.services.asks import ask_data

        try:
            ask = ask_data(self._thank_ask)
        except ServiceError:
            ask = None
        if ask is None or ask["status"] != "done" or ask["thanked"]:
            self.thanks_bar.hide()
            self._thank_ask = None

    # --- showing ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the asks and lay out the cards, keeping the selected one selected."""
        self._stale = False
        data = today_svc.asks_pipeline()
        for status, column in self.columns.items():
            column.blockSignals(True)
            column.clear()
            for ask in data[status]:
                due = self.tr("due %1").replace("%1", short_date(ask["due_on"])) if ask["due_on"] \
                    else self.tr("no due date")
                arrow = self.tr("you ask") if ask["direction"] == "to" else self.tr("they ask")
                item = QListWidgetItem(f"{display_safe(ask['title'])}\n{display_safe(ask['name'])} · {arrow} · {due}")
                item.setData(ID_ROLE, ask["ask_id"])
                item.setData(PERSON_ROLE, ask["person_id"])
                item.setData(DIRECTION_ROLE, ask["direction"])
                item.setToolTip(item.text())
                column.addItem(item)
                if ask["ask_id"] == self._selected:
                    column.setCurrentItem(item)
            column.blockSignals(False)
            self.headers[status].setText(f"{vocabulary(ASK_STATUSES[status])} ({len(data[status])})")
        empty = not any(data[status] for status in self.columns)
        self.pages.setCurrentWidget(self.empty if empty else self.board)
        self.tools.setVisible(not empty)

    def cards(self, status: str) -> list[int]:
        """Ask ids shown in a column, top to bottom."""
        column = self.columns[status]
        return [int(column.item(i).data(ID_ROLE)) for i in range(column.count())]

    def _current_changed(self, column: StatusColumn, item) -> None:
        if item is None:
            return
        self._selected = int(item.data(ID_ROLE))
        for other in self.columns.values():
            if other is not column:
                other.blockSignals(True)
                other.setCurrentRow(-1)
                other.clearSelection()
                other.blockSignals(False)

    def select(self, ask_id: int) -> bool:
        """Select an ask's card."""
        for column in self.columns.values():
            for i in range(column.count()):
                if int(column.item(i).data(ID_ROLE)) == ask_id:
                    column.setCurrentRow(i)
                    column.setFocus()
                    return True
        return False

    def _context_menu(self, column: StatusColumn, pos) -> None:
        item = column.itemAt(pos)
        if item is None:
            return
        column.setCurrentItem(item)
        menu = QMenu(self)
        for status, label in ASK_STATUSES.items():
            if status != column.status:
                action = menu.addAction(self.tr("Move to %1").replace("%1", vocabulary(label)))
                action.triggered.connect(lambda _=False, s=status: self.move_selected(s))
        menu.addSeparator()
        menu.addAction(self.tr("Open"), lambda: self.open_requested.emit("ask", int(item.data(ID_ROLE))))
        menu.exec(column.viewport().mapToGlobal(pos))

    # --- moving -------------------------------------------------------------------------
    def _on_dropped(self, ids: list, status: str) -> None:
        for ask_id in ids:
            self._selected = int(ask_id)  # the dropped card is the one the next "Move to" acts on
            self.move_ask(int(ask_id), status)

    def move_selected(self, status: str) -> None:
        if self._selected is not None:
            self.move_ask(self._selected, status)

    def advance_selected(self) -> None:
        """One step along the usual path (declined stays where it is)."""
        order = ["idea", "asked", "in_progress", "done"]
        for status, column in self.columns.items():
            if self._selected in self.cards(status) and status in order[:-1]:
                self.move_ask(self._selected, order[order.index(status) + 1])
                return

    def _advance_and_follow(self) -> None:
        """The next-step key: move the selected card on and keep the keyboard on it in its new column."""
        self.advance_selected()
        if self._selected is not None:
            self.select(self._selected)

    def move_ask(self, ask_id: int, status: str) -> bool:
        """Change an ask's status through the undo layer, warning first when the contact is cold."""
        from mentordesk.services.asks import ask_data

        try:
            ask = ask_data(ask_id)
        except ServiceError:
            return False
        if ask["status"] == status:
            return False
        if ask["direction"] == "to" and status in ASKING and ask["status"] not in ASKING:
            if not self._warm_enough(ask):
                return False
        try:
            self.edits.update("ask", ask_id, {"status": status})
        except ServiceError as exc:
            from mentordesk.ui.widgets.forms import explain  # the form widgets load when first needed
            QMessageBox.warning(self, self.tr("Could not move the ask"), message(explain(exc)))
            return False
        self._selected = ask_id
        if status == "done" and ask["direction"] == "to" and not ask["thanked"]:
            self._offer_thanks(ask)
        elif self._thank_ask == ask_id:
            self.thanks_bar.hide()
        self.refresh()
        return True

    def _warm_enough(self, ask: dict) -> bool:
        warning = cadence.warm_up_needed(ask["person_id"])
        if warning is None:
            return True
        if warning["last_met_on"]:
            since = self.tr("You last met %1 on %2, over six months ago.").replace("%1", warning["name"]).replace(
                "%2", short_date(warning["last_met_on"]))
        else:
            since = self.tr("You have no meeting with %1 on record.").replace("%1", warning["name"])
        text = since + "\n\n" + self.tr("Warm up first: catch up before asking for a favour. Ask anyway?")
        answer = QMessageBox.question(self, self.tr("Warm up first"), message(text),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _offer_thanks(self, ask: dict) -> None:
        self._thank_ask = ask["id"]
        self.thanks_text.setText(self.tr("“%1” is done. Remember to thank %2.")
                                 .replace("%1", display_safe(ask["purpose"] or "")).replace("%2", display_safe(ask["person"])))
        self.thanks_bar.show()

    def _mark_thanked(self) -> None:
        if self._thank_ask is not None:
            try:
                self.edits.update("ask", self._thank_ask, {"thanked": True})
            except ServiceError as exc:
                from mentordesk.ui.widgets.forms import explain  # the form widgets load when first needed
                QMessageBox.warning(self, self.tr("Could not update the ask"), message(explain(exc)))
        self.thanks_bar.hide()
