"""Plugs import, export and Find Duplicates into the main window's File and Tools menus."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction


def _tr(text: str) -> str:
    return QCoreApplication.translate("exchange", text)


def _selected_people(window) -> list[int]:
    """Ids of the rows selected in the People list (empty when another area is showing)."""
    if window.current_area() != "people":
        return []
    area = window.record_areas["people"]
    rows = sorted({index.row() for index in area.view.selectionModel().selectedRows()})
    ids = [area.model.id_at(row) for row in rows]
    return [i for i in ids if i] or ([area.current_id()] if area.current_id() else [])


def install_exchange(window) -> None:
    """Connect File ▸ Import Contacts…, File ▸ Export… and add Tools ▸ Find Duplicates…."""
    from mentordesk.ui.exchange_export import ExportDialog
    from mentordesk.ui.import_dialog import ImportDialog
    from mentordesk.ui.merge_dialog import DuplicatesWindow

    window.connect_action("import_contacts", lambda: ImportDialog(window).exec())
    window.connect_action("export", lambda: ExportDialog(window, _selected_people(window)).exec())
    action = QAction(_tr("Find &Duplicates…"), window)
    action.setObjectName("find_duplicates")
    action.setStatusTip(_tr("Find people entered twice and merge them"))
    action.triggered.connect(lambda: DuplicatesWindow(window).exec())
    window.actions["find_duplicates"] = action
    window.addAction(action)
    window.menus["tools"].addAction(action)
