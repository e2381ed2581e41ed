"""Fixtures for driving the real main window: isolated settings, patched message boxes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from mentordesk.ui.settings import Settings


@pytest.fixture
def settings(tmp_path):
    """Settings stored in an INI file of this test only."""
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def dialogs(monkeypatch):
    """Patched QMessageBox statics: records each call; `answers` sets what question() returns."""

    class Dialogs:
        def __init__(self):
            self.calls: list[tuple[str, str, str]] = []
            self.answers: list = []

        def _record(self, kind):
            def show(parent, title, text, *args, **kwargs):
                self.calls.append((kind, title, text))
                if kind == "question":
                    if self.answers:
                        return self.answers.pop(0)
                    buttons = args[0] if args else kwargs.get("buttons")
                    for choice in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Save):
                        if buttons is not None and buttons & choice:
                            return choice
                    return QMessageBox.StandardButton.Yes
                return QMessageBox.StandardButton.Ok
            return show

    d = Dialogs()
    for kind in ("question", "warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(d._record(kind)))
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda parent, title, text: d.calls.append(("about", title, text))))

    def press_the_default_button(box):  # a message box built and exec()'d: answered as Enter would
        d.calls.append(("exec", box.windowTitle(), box.text()))
        (box.defaultButton() or box.buttons()[0]).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", press_the_default_button)
    return d


@pytest.fixture
def make_window(qtbot, settings, dialogs):
    """Build a MainWindow over the open database (call again to 'restart' with the same settings)."""
    from mentordesk.ui.main_window import MainWindow

    def make():
        window = MainWindow(settings=settings)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def window(demo_db, make_window):
    """The main window over the demo network."""
    return make_window()
