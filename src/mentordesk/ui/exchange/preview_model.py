"""The people an import preview would add: line, name, organization, emails, and whether each looks like a
duplicate (left out unless ticked in the duplicates list), as a table model over the import's records; for a
calendar, the meetings: date, title and the people matched."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QFont

LINE, OUTCOME, NAME, ORGANIZATION, EMAILS = range(5)
HEADERS = (QT_TRANSLATE_NOOP("PreviewModel", "Line"), QT_TRANSLATE_NOOP("PreviewModel", "Will be"),
           QT_TRANSLATE_NOOP("PreviewModel", "Name"), QT_TRANSLATE_NOOP("PreviewModel", "Organization"),
           QT_TRANSLATE_NOOP("PreviewModel", "Emails"))
# A calendar's preview lists meetings: the same columns hold the date, the title and the people matched.
WHEN, TITLE, PEOPLE = NAME, ORGANIZATION, EMAILS
MEETING_HEADERS = (HEADERS[0], HEADERS[1], QT_TRANSLATE_NOOP("PreviewModel", "Date"),
                   QT_TRANSLATE_NOOP("PreviewModel", "Title"), QT_TRANSLATE_NOOP("PreviewModel", "People"))


def _emails(fields: dict) -> str:
    items = fields.get("emails") or []
    return ", ".join(str(item[0] if isinstance(item, (tuple, list)) else item.get("email", "")
                         if isinstance(item, dict) else item) for item in items)


def _meeting_cell(fields: dict, column: int) -> str:
    """A calendar event's date (to the minute), title or matched people."""
    if column == WHEN:
        held = fields.get("held_at")
        return held.strftime("%Y-%m-%d %H:%M") if hasattr(held, "strftime") else str(held or "")[:16]
    if column == TITLE:
        return fields.get("title") or fields.get("summary") or ""
    return ", ".join(name for name in fields.get("attendees") or () if name)


class PreviewModel(QAbstractTableModel):
    """Rows from ImportResult.records; duplicates (ImportResult.duplicates, by index) are marked."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[tuple[int, dict]] = []
        self._matches: dict[int, object] = {}  # record index -> IncomingMatch
        self._wanted: set[int] = set()  # lines of duplicates ticked to import anyway
        self.kind = "person"  # or "meeting": ImportResult.created_kind

    def set_result(self, result) -> None:
        """Show what `result` (a preview's ImportResult, or None) would import."""
        self.beginResetModel()
        self._rows = list(getattr(result, "records", None) or [])
        self.kind = getattr(result, "created_kind", None) or "person"
        self._matches = {match.index: match for match in getattr(result, "duplicates", None) or []}
        self._wanted = set()
        self.endResetModel()

    def set_wanted(self, lines) -> None:
        """The duplicates the user chose to import anyway (by line): their rows say so."""
        self._wanted = set(lines)
        if self._rows:
            self.dataChanged.emit(self.index(0, OUTCOME), self.index(len(self._rows) - 1, OUTCOME))

    def duplicate_rows(self) -> list[int]:
        return sorted(self._matches)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(HEADERS):
            return self.tr((MEETING_HEADERS if self.kind == "meeting" else HEADERS)[section])
        return None

    def outcome(self, row: int, long: bool = False) -> str:
        """'Added', or 'Left out' for a likely duplicate ('Added anyway' when ticked); `long` says why."""
        match = self._matches.get(row)
        if match is None:
            return self.tr("Added")
        short = self.tr("Added anyway") if match.line in self._wanted else self.tr("Left out: duplicate?")
        return f"{short} ({match.reason})" if long else short

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        line, fields = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == LINE:
                return str(line) if role == Qt.ItemDataRole.DisplayRole else None
            if self.kind == "meeting" and column in (WHEN, TITLE, PEOPLE):
                return _meeting_cell(fields, column)
            if column == NAME:
                return fields.get("display_name") or ""
            if column == ORGANIZATION:
                return fields.get("organization") or ""
            if column == EMAILS:
                return _emails(fields)
            if column == OUTCOME:
                return self.outcome(index.row(), long=role == Qt.ItemDataRole.ToolTipRole)
        if role == Qt.ItemDataRole.FontRole and index.row() in self._matches and self._matches[index.row()].line not in self._wanted:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and index.row() in self._matches \
                and self._matches[index.row()].line not in self._wanted:
            from PySide6.QtGui import QPalette
            from PySide6.QtWidgets import QApplication

            return QApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == LINE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
