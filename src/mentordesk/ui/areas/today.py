"""Today: who is due for a catch-up, asks waiting, what's coming up and how active you have been."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentordesk.services import ServiceError
from mentordesk.services import cadence
from mentordesk.services import today as today_svc
from mentordesk.ui.hub import hub
from mentordesk.ui.lazy_page import LazyPage
from mentordesk.ui.plain import display_safe, plain
from mentordesk.ui.privacy import is_private, privacy
from mentordesk.ui.areas.columns import ElidingDelegate
from mentordesk.ui.areas.today_chart import ActivityChart
from mentordesk.ui.dates import date_format, short_date, short_datetime
from mentordesk.ui.i18n import tr, vocabulary

ID_ROLE = Qt.ItemDataRole.UserRole
REFRESH_KINDS = {"person", "meeting", "ask", "advice", "decision", "crossroads", "organization"}


class _List(QTreeWidget):
    """A list whose preferred height is the rows it must show (show_rows), so the page shares out the rest."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(super().sizeHint().width(), self.minimumHeight())


def _tree(parent, name: str, headers: list[str]) -> QTreeWidget:
    tree = _List(parent)
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.setAccessibleName(name)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    tree.header().setStretchLastSection(False)
    tree.setItemDelegate(_RowDelegate(tree))  # a cut-short "Why" or ask shows whole in its tooltip
    return tree


def row_height(tree: QTreeWidget) -> int:
    """One row of Today's lists: as tall as a row of buttons, also in a list without buttons (the asks)."""
    return max(tree.fontMetrics().height() + 6, _button_height())


_button_heights: dict[tuple[str, str], int] = {}


def _button_height() -> int:
    """A push button's height in the current style and font, measured once each (delegates ask per row)."""
    from PySide6.QtWidgets import QApplication

    key = (QApplication.style().name(), QApplication.font().key())
    if key not in _button_heights:
        _button_heights[key] = QPushButton().sizeHint().height()
    return _button_heights[key]


class _RowDelegate(ElidingDelegate):
    """Rows as tall as the lists with buttons have them, so the asks do not sit cramped beside them."""

    def __init__(self, tree: QTreeWidget):
        super().__init__(tree)
        self.row = row_height(tree)

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt API
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), max(hint.height(), self.row))


def show_rows(tree: QTreeWidget, rows: int) -> None:
    """Make a list at least `rows` rows tall (its header and frame included)."""
    tree.setMinimumHeight(tree.header().sizeHint().height() + rows * row_height(tree) + 2 * tree.frameWidth() + 4)


def room_for_arrow(button: QToolButton) -> None:
    """A menu button wide enough for its text and its arrow (Fusion draws the arrow over the text otherwise)."""
    from PySide6.QtWidgets import QStyle

    arrow = button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    button.setMinimumWidth(button.sizeHint().width() + arrow)


def fit_sections(tree: QTreeWidget, stretch: int, widgets: int | None = None) -> None:
    """Every column as wide as its contents, `stretch` taking the rest; the buttons' column `widgets` exactly
    as wide as its widest row of buttons (Qt does not count item widgets, so buttons overlapped)."""
    header = tree.header()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    if widgets is not None:
        width = max((tree.itemWidget(tree.topLevelItem(i), widgets).sizeHint().width()
                     for i in range(tree.topLevelItemCount()) if tree.itemWidget(tree.topLevelItem(i), widgets)),
                    default=0)
        header.setSectionResizeMode(widgets, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(widgets, width + 4)


class RowButtons:
    """The buttons in a list's last column, made for the first rows now and for the rest as they scroll into
    view: 200 rows of buttons (and Snooze menus) took ~0.3 s of a start on Today, and each later insertion
    laid them all out again."""

    EAGER = 20

    def __init__(self, tree: QTreeWidget, column: int, make):
        self.tree, self.column, self.make = tree, column, make  # make(row) -> the row's widget, or None
        self.made = self.count = 0
        tree.verticalScrollBar().valueChanged.connect(lambda _value: self.for_visible_rows())

    def reset(self, count: int) -> None:
        """The list was filled anew with `count` rows: buttons for the first ones."""
        self.made, self.count = 0, count
        self.upto(self.EAGER)

    def for_visible_rows(self) -> None:
        bottom = self.tree.indexAt(QPoint(1, self.tree.viewport().height() - 1)).row()
        self.upto((bottom if bottom >= 0 else self.count) + 10)

    def upto(self, rows: int) -> None:
        for row in range(self.made, min(rows, self.count)):
            widget = self.make(row)
            if widget is not None:
                self.tree.setItemWidget(self.tree.topLevelItem(row), self.column, widget)
        self.made = max(self.made, min(rows, self.count))


class SnoozeDateDialog(QDialog):
    """Choose the day a snoozed person comes back on the list."""

    def __init__(self, name: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Snooze %1").replace("%1", display_safe(name)))
        self.date = QDateEdit(QDate.currentDate().addDays(14), self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(date_format())
        self.date.setMinimumDate(QDate.currentDate().addDays(1))
        self.date.setAccessibleName(self.tr("Snooze until"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Show again on:"), self.date)
        form.addRow(buttons)

    def chosen(self) -> dt.date:
        return self.date.date().toPython()


class TodayPage(LazyPage):
    """The morning page; every figure comes from services.today.agenda (as `mentordesk today --json`)."""

    open_requested = Signal(str, int)  # kind, id
    prep_requested = Signal(int, int)  # person id, meeting id (0: none)

    def __init__(self, parent=None, edits=None):
        super().__init__(parent)
        self.edits = edits
        if self.edits is None:
            from mentordesk.ui.undo import Edits

            self.edits = Edits(self)
        self.data: dict = {}
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.summary = plain(QLabel(self))
        self.summary.setWordWrap(True)
        self.review = plain(QLabel(self))
        self.review.setWordWrap(True)
        self.review.hide()

        self.people = _tree(self, self.tr("People to catch up with"), [self.tr("Person"), self.tr("Why"), ""])
        self.people.itemActivated.connect(lambda item, _c: self._open("person", item))
        self.asks = _tree(self, self.tr("Asks waiting"), [self.tr("Due"), self.tr("Person"), self.tr("Ask"),
                                                         self.tr("Status"), self.tr("Waiting on")])
        self.asks.itemActivated.connect(lambda item, _c: self._open("ask", item))
        self.thanks = _tree(self, self.tr("Say thank you"), [self.tr("Person"), self.tr("For"), ""])
        self.thanks.itemActivated.connect(lambda item, _c: self._open("ask", item))
        self.upcoming = _tree(self, self.tr("Coming up"), [self.tr("When"), self.tr("With"), self.tr("What"), ""])
        self.upcoming.itemActivated.connect(lambda item, _c: self._open("meeting", item))
        self.chart = ActivityChart(self)
        self._people_buttons = RowButtons(self.people, 2, lambda row: None)
        self._thanks_buttons = RowButtons(self.thanks, 2, lambda row: None)
        self._upcoming_buttons = RowButtons(self.upcoming, 3, lambda row: None)

        self.groups = {
            "people": self._group(self.tr("Keep in touch"), self.people),
            "asks": self._group(self.tr("Asks waiting on someone"), self.asks),
            "upcoming": self._group(self.tr("Coming up: meetings and follow-ups"), self.upcoming),
            "thanks": self._group(self.tr("Say thank you"), self.thanks),
            "chart": self._group(self.tr("Meetings per month, last 12 months"), self.chart),
        }
        show_rows(self.people, 8)
        show_rows(self.asks, 6)
        show_rows(self.upcoming, 3)
        show_rows(self.thanks, 2)
        grid = self.grid = QGridLayout()
        self._wide: bool | None = None
        self._arrange(wide=True)
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.review)
        layout.addLayout(grid, 1)
        # Scrolls in a short window rather than making the whole window at least ~700 pixels tall.
        scroll = QScrollArea(self)
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self._hourly = QTimer(self, interval=3600 * 1000)
        self._hourly.timeout.connect(self._refresh_when_seen)
        self._hourly.start()
        hub().changed.connect(self._on_changed)
        privacy().changed.connect(self._refresh_when_seen)

    WIDE = 1000  # pixels of content: asks beside what is coming up; narrower, one under the other

    def _arrange(self, wide: bool) -> None:
        """Keep in touch across the top (its "Why" reads whole), then asks beside (or above) what is coming up."""
        if wide == self._wide:
            return
        self._wide = wide
        grid, g = self.grid, self.groups
        for group in g.values():
            grid.removeWidget(group)
        for row in range(grid.rowCount()):
            grid.setRowStretch(row, 0)
        grid.addWidget(g["people"], 0, 0, 1, 2)
        if wide:
            grid.addWidget(g["asks"], 1, 0, 2, 1)
            grid.addWidget(g["upcoming"], 1, 1)
            grid.addWidget(g["thanks"], 2, 1)
            grid.addWidget(g["chart"], 3, 0, 1, 2)
        else:
            for row, key in enumerate(("asks", "upcoming", "thanks", "chart"), start=1):
                grid.addWidget(g[key], row, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(0, 3)  # the spare height goes mostly to the people to catch up with
        grid.setRowStretch(1, 1)
        grid.setRowStretch(2, 1)

    def resizeEvent(self, event) -> None:
        self._arrange(event.size().width() >= self.WIDE)
        super().resizeEvent(event)

    def _group(self, title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title, self)
        inner = QVBoxLayout(box)
        inner.addWidget(widget)
        return box

    def _on_changed(self, kind: str, _ids) -> None:
        if kind in REFRESH_KINDS:
            self._refresh_when_seen()

    # --- filling ---------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the agenda and show it."""
        self._stale = False
        self.data = today_svc.agenda()
        if is_private():
            self.data = today_svc.without_sensitive(self.data)
        locale = QLocale()
        day = QDate.fromString(self.data["date"], Qt.DateFormat.ISODate)
        self.title.setText(self.tr("Today, %1").replace("%1", locale.toString(day, QLocale.FormatType.LongFormat)))
        self.summary.setText(self._summary_text())
        review = self.data.get("decision_review")
        self.review.setVisible(bool(review))
        if review:
            chosen = review.get("label") or str(review.get("title", "")).removeprefix("Revisit: ")  # the line says "review"
            self.review.setText(self.tr("Next decision review: %1 (%2)").replace("%1", short_date(review.get("date", "")))
                                .replace("%2", chosen))
        self._fill_people()
        self._fill_asks()
        self._fill_thanks()
        self._fill_upcoming()
        self.chart.set_data(self.data["activity"])

    def _summary_text(self) -> str:
        d = self.data
        # Counted texts ("%n person(s)") take their plural forms, English ones too, from resources/i18n.
        parts = [tr("%n person(s) overdue", "", d["overdue_total"]),
                 tr("%n due this week", "", d["due_total"]),
                 tr("%n ask(s) waiting", "", len(d["asks_due"])),
                 tr("%n coming up", "", len(d["upcoming"]))]
        return " · ".join(parts)

    def _row_buttons(self, *buttons: QWidget) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        return box

    def _fill_people(self) -> None:
        tree = self.people
        tree.clear()
        rows = self.data["overdue"] + self.data["due"]
        items = []
        for person in rows:
            item = QTreeWidgetItem([display_safe(person["name"]), self._why(person), ""])
            item.setData(0, ID_ROLE, person["person_id"])
            item.setToolTip(1, item.text(1))
            if person["status"] == "overdue":
                font = QFont(item.font(0))
                font.setBold(True)
                item.setFont(0, font)
            items.append(item)
        if not rows:
            empty = QTreeWidgetItem([self.tr("Nobody is due for a catch-up. Nice work."), "", ""])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            items.append(empty)
        tree.addTopLevelItems(items)  # one insertion, not one per row
        self._people_buttons.make = lambda row: self._person_buttons(rows[row])
        self._people_buttons.reset(len(rows))
        fit_sections(tree, 1, widgets=2)

    def _person_buttons(self, person: dict) -> QWidget:
        catch_up = QPushButton(self.tr("Log a catch-up"))
        catch_up.setAccessibleName(self.tr("Log a catch-up with %1").replace("%1", person["name"]))
        catch_up.setObjectName(f"catch_up_{person['person_id']}")
        catch_up.clicked.connect(lambda _=False, pid=person["person_id"]: self.log_catch_up(pid))
        snooze = QToolButton()
        snooze.setText(self.tr("Snooze"))
        snooze.setAccessibleName(self.tr("Snooze %1").replace("%1", person["name"]))
        snooze.setObjectName(f"snooze_{person['person_id']}")
        snooze.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        snooze.setMenu(self._snooze_menu(person["person_id"], person["name"], snooze))
        room_for_arrow(snooze)
        return self._row_buttons(catch_up, snooze)

    def _why(self, person: dict) -> str:
        every = tr("every %n day(s)", "", person["interval_days"])
        if person["last_met_on"]:
            met = self.tr("last met %1").replace("%1", short_date(person["last_met_on"]))
        else:
            met = self.tr("no meeting logged yet")
        if person["status"] == "overdue":
            state = tr("%n day(s) overdue", "", person["days_overdue"])
        else:
            left = -person["days_overdue"]
            state = self.tr("due today") if left == 0 else tr("due in %n day(s)", "", left)
        return f"{state} · {met} · {every}"

    def _snooze_menu(self, person_id: int, name: str, parent) -> QMenu:
        menu = QMenu(parent)
        for days, _label in cadence.SNOOZE_CHOICES.items():
            text = (tr("For %n week(s)", "", days // 7) if days < 30 else tr("For %n month(s)", "", days // 30))
            action = menu.addAction(text)
            action.triggered.connect(lambda _=False, d=days: self.snooze(person_id, days=d))
        menu.addSeparator()
        pick = menu.addAction(self.tr("Until a date…"))
        pick.triggered.connect(lambda: self._snooze_until(person_id, name))
        return menu

    def _fill_asks(self) -> None:
        tree = self.asks
        tree.clear()
        items = []
        for ask in self.data["asks_due"]:
            due = short_date(ask["due_on"]) if ask["due_on"] else self.tr("no date")
            waiting = self.tr("them") if ask["waiting_on"] == "them" else self.tr("you")
            item = QTreeWidgetItem([due, display_safe(ask["name"]), display_safe(ask["title"]),
                                    vocabulary(ask["status_label"]), waiting])
            item.setData(0, ID_ROLE, ask["ask_id"])
            if ask["overdue"]:
                item.setText(0, self.tr("%1 (late)").replace("%1", due))
                font = QFont(item.font(0))
                font.setBold(True)
                item.setFont(0, font)
            items.append(item)
        tree.addTopLevelItems(items)
        fit_sections(tree, 2)

    def _fill_thanks(self) -> None:
        tree = self.thanks
        tree.clear()
        asks = self.data["thank_you"]
        items = []
        for ask in asks:
            item = QTreeWidgetItem([display_safe(ask["name"]), display_safe(ask["title"]), ""])
            item.setData(0, ID_ROLE, ask["ask_id"])
            items.append(item)
        tree.addTopLevelItems(items)
        self._thanks_buttons.make = lambda row: self._thanked_button(asks[row])
        self._thanks_buttons.reset(len(asks))
        fit_sections(tree, 1, widgets=2)

    def _thanked_button(self, ask: dict) -> QWidget:
        done = QPushButton(self.tr("Thanked"))
        done.setAccessibleName(self.tr("Mark %1 as thanked").replace("%1", ask["name"]))
        done.clicked.connect(lambda _=False, aid=ask["ask_id"]: self.mark_thanked(aid))
        return self._row_buttons(done)

    def _fill_upcoming(self) -> None:
        tree = self.upcoming
        tree.clear()
        entries = self.data["upcoming"]
        items = []
        for entry in entries:
            title = entry["title"]
            when = short_datetime(entry["when"]) if entry["type"] == "meeting" else short_date(entry["when"])
            item = QTreeWidgetItem([when, display_safe(entry["name"]), display_safe(title), ""])
            item.setData(0, ID_ROLE, entry["meeting_id"])
            items.append(item)
        tree.addTopLevelItems(items)
        self._upcoming_buttons.make = lambda row: self._prepare_button(entries[row])
        self._upcoming_buttons.reset(len(entries))
        fit_sections(tree, 2, widgets=3)

    def _prepare_button(self, entry: dict) -> QWidget | None:
        if entry["type"] != "meeting" or not entry["person_ids"]:
            return None
        prep = QPushButton(self.tr("Prepare"))
        prep.setAccessibleName(self.tr("Prepare for the meeting with %1").replace("%1", entry["name"]))
        prep.clicked.connect(lambda _=False, e=entry: self.prep_requested.emit(e["person_ids"][0], e["meeting_id"]))
        return self._row_buttons(prep)

    def _open(self, kind: str, item: QTreeWidgetItem) -> None:
        record_id = item.data(0, ID_ROLE)
        if record_id:
            self.open_requested.emit(kind, int(record_id))

    # --- one-click edits (undoable, through the shared edit layer) -----------------------
    def log_catch_up(self, person_id: int) -> int | None:
        """Log a catch-up with this person in a small dialog filled in for it (now, a call, a summary): the
        person adds a line of notes and saves, or cancels and nothing is logged. It resets their clock."""
        from mentordesk.services.people import person_data
        from mentordesk.ui.areas.log_meeting import LogMeetingDialog

        name = person_data(person_id)["display_name"]
        dialog = LogMeetingDialog(self.edits, self, attendees=[(person_id, name)])
        dialog.setWindowTitle(self.tr("Log a Catch-up"))
        dialog.form.widgets["held_at"].setDateTime(QDateTime.currentDateTime())
        dialog.form.widgets["kind"].setCurrentIndex(dialog.form.widgets["kind"].findData("call"))
        dialog.form.widgets["summary"].setText(self.tr("Catch-up with %1").replace("%1", name))
        dialog.form.widgets["notes"].setFocus()
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        window = self.window()
        if isinstance(window, QMainWindow):  # say what was logged, and how to take it back
            window.statusBar().showMessage(self.tr("Logged a catch-up with %1 (Ctrl+Z undoes it)").replace("%1", name),
                                           6000)
        return dialog.meeting_id

    def snooze(self, person_id: int, days: int | None = None, until: dt.date | None = None) -> None:
        """Hide a person from the list for some days or until a date (undoable)."""
        if days is not None:
            until = dt.date.today() + dt.timedelta(days=days)
        try:
            self.edits.update("person", person_id, {"snoozed_until": until.isoformat() if until else None})
        except ServiceError as exc:
            from mentordesk.ui.widgets.forms import explain  # the form widgets load when first needed
            QMessageBox.warning(self, self.tr("Could not snooze"), explain(exc))

    def _snooze_until(self, person_id: int, name: str) -> None:
        dialog = SnoozeDateDialog(name, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.snooze(person_id, until=dialog.chosen())

    def mark_thanked(self, ask_id: int) -> None:
        """Record that you said thank you for a finished ask."""
        try:
            self.edits.update("ask", ask_id, {"thanked": True})
        except ServiceError as exc:
            from mentordesk.ui.widgets.forms import explain  # the form widgets load when first needed
            QMessageBox.warning(self, self.tr("Could not update the ask"), explain(exc))

    def listed_people(self) -> list[int]:
        """Ids of the people shown in the keep-in-touch list, in order."""
        tree = self.people
        return [tree.topLevelItem(i).data(0, ID_ROLE) for i in range(tree.topLevelItemCount())
                if tree.topLevelItem(i).data(0, ID_ROLE)]
