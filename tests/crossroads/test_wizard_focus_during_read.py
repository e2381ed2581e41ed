"""Reading the network runs an event loop; a field that was focused may be deleted meanwhile (a crash before)."""

from __future__ import annotations

import datetime as dt

import shiboken6
from PySide6.QtWidgets import QLineEdit

from mentordesk.crossroads.demo import demo_answers
from mentordesk.ui.crossroads import wizard as wizard_module
from mentordesk.ui.crossroads.wizard import CrossroadsWizard


def _read_deleting(widget_of):
    real = wizard_module.run_with_progress

    def run(parent, title, label, work):
        shiboken6.delete(widget_of())  # what a page rebuilding its rows, or a closed dialog, does meanwhile
        return real(parent, title, label, work)
    return run


def test_a_focused_field_deleted_during_the_read_is_not_touched(demo_db, qtbot, monkeypatch):
    wizard = CrossroadsWizard(today=dt.date.today(), answers=demo_answers(dt.date.today()))
    qtbot.addWidget(wizard)
    wizard.show()
    field = QLineEdit(wizard.currentPage())
    field.show()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    monkeypatch.setattr(wizard_module, "run_with_progress", _read_deleting(lambda: field))
    assert wizard.network() is not None  # raised "Internal C++ object already deleted" (a segfault in a slot)


def test_a_focused_widget_outside_the_wizard_is_left_alone(demo_db, qtbot, monkeypatch):
    outside = QLineEdit()  # deleted by the read below, so not handed to qtbot
    outside.show()
    outside.activateWindow()
    outside.setFocus()
    wizard = CrossroadsWizard(today=dt.date.today(), answers=demo_answers(dt.date.today()))
    qtbot.addWidget(wizard)
    monkeypatch.setattr(wizard_module, "run_with_progress", _read_deleting(lambda: outside))
    assert wizard.network() is not None
