"""Plugs the networking screens into the main window: Today's links, Asks pipeline, Opportunities, prep, tray."""

from __future__ import annotations

from PySide6.QtGui import QAction

from mentordesk.ui import shortcuts
from mentordesk.ui.icons import area_icon
from mentordesk.ui.i18n import tr


def install_networking(window) -> None:
    """Add the pipeline and opportunities areas, the prep action and reminders to `window` (once)."""
    from mentordesk.ui.areas.pipeline import AsksPipeline
    from mentordesk.ui.preferences import register_page
    from mentordesk.ui.areas.reminders import Reminders, RemindersPage

    context = window.context
    if context.networking:
        return
    context.networking = True
    today = window.area_widgets["today"]  # a TodayPage: the window builds every area before its features
    today.open_requested.connect(window.open_record)
    today.prep_requested.connect(lambda pid, mid: open_prep(window, pid, mid or None))
    keys = window.area_keys()
    after_asks = keys.index("asks") + 1 if "asks" in keys else None
    pipeline = AsksPipeline(context.edits, window)
    pipeline.open_requested.connect(window.open_record)
    pipeline.new_ask_requested.connect(lambda: _new_ask(window))
    window.add_area("pipeline", tr("Asks pipeline"), pipeline, icon=area_icon("pipeline"), position=after_asks)

    prep = QAction(tr("&Prepare for a Meeting…"), window)
    prep.setObjectName("prepare_meeting")
    shortcuts.apply(prep, "prepare_meeting")
    prep.setStatusTip(tr("Reread the last conversation, advice, open asks and promises before you meet"))
    prep.triggered.connect(lambda: open_prep(window, _selected_person(window), None))
    context.actions["prepare_meeting"] = prep
    window.addAction(prep)
    context.menus["tools"].addAction(prep)

    reminders = context.reminders = Reminders(context.settings, window, icon=window.windowIcon())
    reminders.show_today.connect(lambda: _bring_today(window))
    register_page(tr("Reminders"), RemindersPage)
    reminders.start()
    window.about_to_close.connect(reminders.tray.hide)
    window.about_to_close.connect(reminders.pause)


def _new_ask(window) -> None:
    """The empty pipeline's button: a new ask in the Asks area."""
    window.show_area("asks")
    window.record_areas["asks"].new_record()


def _selected_person(window) -> int | None:
    if window.current_area() == "people":
        return window.record_areas["people"].current_id()
    return None


def _bring_today(window) -> None:
    window.show_area("today")
    window.showNormal()
    window.raise_()
    window.activateWindow()


def open_prep(window, person_id: int | None, meeting_id: int | None):
    """Show the prep sheet (non-modal) for a person and/or meeting."""
    from mentordesk.ui.areas.prep import PrepDialog

    dialog = PrepDialog(person_id, meeting_id, window)
    dialog.open_requested.connect(window.open_record)
    window.context.dialogs["prep"] = dialog
    dialog.show()
    return dialog
