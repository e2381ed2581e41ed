"""Plugs import, export and Find Duplicates into the main window's File and Tools menus."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from mentordesk.ui.i18n import tr


class ExchangeActions(QObject):
    """Owns the slots of the exchange actions (bound methods, so they go away with the window)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window

    def selected_people(self) -> list[int]:
        """Ids of the rows selected in the People list (empty when another area is showing)."""
        window = self.window
        if window.current_area() != "people":
            return []
        area = window.record_areas["people"]
        rows = sorted({index.row() for index in area.view.selectionModel().selectedRows()})
        ids = [i for i in (area.model.id_at(row) for row in rows) if i]
        return ids or ([area.current_id()] if area.current_id() else [])

    def open_import(self) -> None:
        from mentordesk.ui.exchange.import_dialog import ImportDialog

        ImportDialog(self.window, edits=self.window.context.edits).exec()

    def open_export(self) -> None:
        from mentordesk.ui.exchange.export import ExportDialog

        ExportDialog(self.window, self.selected_people()).exec()

    def open_duplicates(self) -> None:
        from mentordesk.ui.exchange.merge_dialog import DuplicatesWindow

        DuplicatesWindow(self.window, edits=self.window.context.edits).exec()


def install_exchange(window) -> ExchangeActions:
    """Connect File ▸ Import Contacts…, File ▸ Export… and add Tools ▸ Find Duplicates… (once)."""
    context = window.context
    if context.exchange is not None:
        return context.exchange
    exchange = context.exchange = ExchangeActions(window)
    window.connect_action("import_contacts", exchange.open_import)
    window.connect_action("export", exchange.open_export)
    action = QAction(tr("Find D&uplicates…"), window)
    action.setObjectName("find_duplicates")
    action.setStatusTip(tr("Find people entered twice and merge them"))
    action.triggered.connect(exchange.open_duplicates)
    context.actions["find_duplicates"] = action
    window.addAction(action)
    context.menus["tools"].addAction(action)
    return exchange
