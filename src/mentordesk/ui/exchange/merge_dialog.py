"""Find Duplicates window and the Merge dialog that shows two records field by field."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mentordesk.models import Person
from mentordesk.services.core import ServiceError
from mentordesk.services.duplicates import find_duplicates
from mentordesk.safety.backup import backup_now
from mentordesk.services import people
from mentordesk.services.edits import Custom
from mentordesk.services.merge import UNION_FIELDS, capture_merge, merge_people, merge_rows, unmerge
from mentordesk.ui.plain import display_safe, message, plain_label


def _shown(value) -> str:
    if isinstance(value, list):
        return display_safe(", ".join(v.get("email") or v.get("phone") if isinstance(v, dict) else str(v) for v in value))
    if isinstance(value, bool):
        return "yes" if value else "no"
    return display_safe(value)


class MergeDialog(QDialog):
    """Both records side by side; a radio button per field picks which value the merged person keeps."""

    def __init__(self, keep_id: int, other_id: int, parent: QWidget | None = None, edits=None):
        super().__init__(parent)
        self.edits = edits  # the window's undo stack: a merge is one undoable step
        self.keep_id, self.other_id = keep_id, other_id
        self.setWindowTitle(self.tr("Merge People"))
        self.groups: dict[str, QButtonGroup] = {}
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("<b>Field</b>")), 0, 0)
        grid.addWidget(QLabel(self.tr("<b>Keep</b> (id %1)").replace("%1", str(keep_id))), 0, 1)
        grid.addWidget(QLabel(self.tr("<b>Merge in</b> (id %1)").replace("%1", str(other_id))), 0, 2)
        for row, (field, label, mine, theirs) in enumerate(merge_rows(keep_id, other_id), start=1):
            grid.addWidget(QLabel(self.tr(label)), row, 0)
            if field in UNION_FIELDS:
                both = plain_label(self.tr("both kept: %1").replace("%1", _shown(mine + [v for v in theirs if v not in mine])))
                both.setWordWrap(True)
                grid.addWidget(both, row, 1, 1, 2)
                continue
            group = QButtonGroup(self)
            for column, (choice, value) in enumerate((("keep", mine), ("other", theirs)), start=1):
                button = QRadioButton(_shown(value)[:200] or self.tr("(empty)"))
                button.setObjectName(f"{field}_{choice}")
                button.setAccessibleName(f"{self.tr(label)}: {_shown(value)[:80]}")
                group.addButton(button, column)
                grid.addWidget(button, row, column)
            empty_mine = mine in (None, "", [])
            default = 2 if empty_mine and theirs not in (None, "", []) else 1
            if field == "notes" and mine and theirs and mine != theirs:
                both = QRadioButton(self.tr("Both"))
                both.setObjectName("notes_both")
                group.addButton(both, 3)
                grid.addWidget(both, row, 3)
                default = 3
            group.button(default).setChecked(True)
            self.groups[field] = group
        body = QWidget()
        body.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        note = QLabel(self.tr("Every meeting, advice note and ask of both people is kept. "
                              "A backup is taken before merging."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = buttons.addButton(self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.merge)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(720, 560)

    def choices(self) -> dict[str, str]:
        names = {1: "keep", 2: "other", 3: "both"}
        return {field: names.get(group.checkedId(), "keep") for field, group in self.groups.items()}

    def merge(self) -> None:
        keep, other, choices = self.keep_id, self.other_id, self.choices()
        saved: dict = {}

        def do() -> int:
            def before() -> None:
                backup_now("before-merge")
                saved.update(capture_merge(keep, other))

            return merge_people(keep, other, choices, before=before)

        try:
            if self.edits is None:
                do()
            else:
                names = (people.person_data(other)["display_name"], people.person_data(keep)["display_name"])
                self.edits.run(Custom(self.tr("Merge “%1” into “%2”").replace("%1", names[0]).replace("%2", names[1]),
                                      do=do, undo=lambda _result: unmerge(saved)))
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Merge"), message(str(exc)))
            return
        self.accept()


class DuplicatesWindow(QDialog):
    """Lists likely duplicate pairs; Merge opens the field-by-field dialog for the selected pair."""

    merged = Signal(int)

    def __init__(self, parent: QWidget | None = None, edits=None):
        super().__init__(parent)
        self.edits = edits
        self.setWindowTitle(self.tr("Find Duplicates"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Likely duplicate pairs"))
        self.list.itemActivated.connect(lambda _: self.merge_selected())
        self.status = QLabel()
        merge = QPushButton(self.tr("&Merge…"))
        merge.clicked.connect(self.merge_selected)
        refresh = QPushButton(self.tr("&Refresh"))
        refresh.clicked.connect(self.refresh)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        for button in (refresh, merge, close):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        self.resize(640, 420)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        pairs = find_duplicates()
        ids = {i for p in pairs for i in (p.first_id, p.second_id)}
        names = dict(Person.select(Person.id, Person.display_name).where(Person.id.in_(list(ids))).tuples()) if ids else {}
        for pair in pairs:
            first, second = (display_safe(names.get(i, "?")) for i in (pair.first_id, pair.second_id))
            item = QListWidgetItem(f"{first}  ⇄  {second}  —  {pair.reason}")
            item.setData(Qt.ItemDataRole.UserRole, (pair.first_id, pair.second_id))
            self.list.addItem(item)
        self.status.setText(self.tr("%n likely duplicate pair(s)", "", len(pairs)))
        if pairs:
            self.list.setCurrentRow(0)

    def merge_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        keep, other = item.data(Qt.ItemDataRole.UserRole)
        dialog = MergeDialog(keep, other, self, edits=self.edits)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.merged.emit(keep)
            self.refresh()
