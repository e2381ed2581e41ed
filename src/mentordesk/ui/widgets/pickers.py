"""Type-ahead pickers that ask SQL for a few matches per keystroke instead of loading every name."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentordesk.services import listing, people

SUGGESTIONS = 12


class _SuggestLine(QLineEdit):
    """A line edit whose completer is refilled from a query as the user types."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._model = QStringListModel(self)
        self._ids: list[int] = []
        self.completer_ = QCompleter(self._model, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setMaxVisibleItems(SUGGESTIONS)
        self.setCompleter(self.completer_)
        self._timer = QTimer(self, singleShot=True, interval=30)
        self._timer.timeout.connect(self.update_suggestions)
        self.textEdited.connect(lambda _text: self._timer.start())

    def suggestions(self, text: str) -> list[tuple[int, str]]:
        raise NotImplementedError

    def update_suggestions(self) -> None:
        """Refill the completer for the current text (tests call this instead of waiting)."""
        self._timer.stop()
        found = self.suggestions(self.text())
        self._ids = [i for i, _ in found]
        self._model.setStringList([name for _, name in found])
        if found and self.hasFocus():
            self.completer_.complete()

    def suggested(self) -> list[tuple[int, str]]:
        return list(zip(self._ids, self._model.stringList()))


class PersonPicker(_SuggestLine):
    """Pick one person by typing part of their name; `person_id()` is None until one is chosen."""

    person_chosen = Signal(int, str)
    changed = Signal()

    def __init__(self, parent=None, exclude_self: int | None = None):
        super().__init__(parent)
        self.enter_is_mine = False  # True: Enter never reaches the dialog, even in an empty field (attendees)
        self._person_id: int | None = None
        self._name = ""
        self.exclude: set[int] = set()
        self.setPlaceholderText(self.tr("Type a name…"))
        self.setClearButtonEnabled(True)
        self.completer_.activated[str].connect(self._chose_text)
        self.textEdited.connect(self._edited)
        self.returnPressed.connect(self._take_first)

    def suggestions(self, text):
        return people.find_people(text, SUGGESTIONS, exclude=tuple(self.exclude))

    def _edited(self, text: str) -> None:
        if self._person_id is not None and text != self._name:
            self._person_id = None
            self.changed.emit()
        elif not text and self._person_id is None:
            self.changed.emit()

    def _chose_text(self, text: str) -> None:
        for person_id, name in self.suggested():
            if name == text:
                self.choose(person_id, name)
                return

    def keyPressEvent(self, event) -> None:
        """Enter picks a person here. QLineEdit passes Enter on to the dialog's default button too, which
        saved a meeting half typed: it stops here while a name is being typed (always, for attendees)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (self.enter_is_mine or self.text().strip()
                                                                     and self._person_id is None):
            self.completer_.popup().hide()
            self.returnPressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def _take_first(self) -> None:
        """Enter picks the best suggestion when nothing was chosen yet."""
        if self._person_id is None and self.text().strip():
            self.update_suggestions()
            found = self.suggested()
            if found:
                self.choose(*found[0])

    def choose(self, person_id: int | None, name: str = "") -> None:
        """Select a person (or none)."""
        self._person_id, self._name = person_id, name if person_id else ""
        self.setText(self._name)
        self.completer_.popup().hide()
        self.changed.emit()
        if person_id:
            self.person_chosen.emit(person_id, name)

    def person_id(self) -> int | None:
        return self._person_id


class OrganizationLine(_SuggestLine):
    """An organization name with suggestions from existing ones; a new name creates one on save."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Organization"))

    def suggestions(self, text):
        ids = listing.list_ids("organization", text)[:SUGGESTIONS] if text.strip() else []
        rows = listing.list_rows("organization", ids)
        return [(i, rows[i][0]) for i in ids if i in rows]


class AttendeeList(QWidget):
    """Several people, added by type-ahead and removed with a button or the Delete key."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.picker = PersonPicker(self)
        self.picker.enter_is_mine = True
        self.picker.setPlaceholderText(self.tr("Add someone: type a name, then Enter"))
        self.picker.setAccessibleName(self.tr("Add attendee"))
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Attendees"))
        self.list.setMaximumHeight(self.fontMetrics().height() * 6)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picker)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        self.picker.person_chosen.connect(self.add)
        self.remove_button.clicked.connect(self.remove_current)
        self.list.currentRowChanged.connect(lambda row: self.remove_button.setEnabled(row >= 0))
        self.list.installEventFilter(self)
        self.setFocusProxy(self.picker)

    def eventFilter(self, obj, event):
        from PySide6.QtCore import QEvent
        from PySide6.QtGui import QKeySequence

        if obj is self.list and event.type() == QEvent.Type.KeyPress:
            if event.matches(QKeySequence.StandardKey.Delete) or event.key() == Qt.Key.Key_Backspace:
                self.remove_current()
                return True
        return super().eventFilter(obj, event)

    def add(self, person_id: int, name: str) -> None:
        """Add one attendee (ignored if already there)."""
        if person_id not in self.ids():
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, person_id)
            self.list.addItem(item)
            self.picker.exclude = set(self.ids())
            self.changed.emit()
        self.picker.clear()
        self.picker._person_id = None  # noqa: SLF001 - ready for the next name

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.picker.exclude = set(self.ids())
            self.changed.emit()

    def ids(self) -> list[int]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def names(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def set_people(self, ids, names) -> None:
        self.list.clear()
        for person_id, name in zip(ids, names):
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, person_id)
            self.list.addItem(item)
        self.picker.exclude = set(self.ids())
