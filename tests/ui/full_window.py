"""The window as `mentordesk` starts it: deferred, then ui.app.finish_startup with every feature installed."""

from __future__ import annotations

import sys

import pytest


@pytest.fixture
def full_window(demo_db, settings, dialogs, qtbot, monkeypatch):
    """The started window over the demo network (no single-instance lock, no background integrity check)."""
    from mentordesk.ui import app
    from mentordesk.ui.safety import errors as safety_errors
    from mentordesk.ui.safety import opening as safety_open
    from mentordesk.ui.context import AppContext
    from mentordesk.ui.main_window import MainWindow

    monkeypatch.setattr(safety_open, "_pending", False)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # finish_startup installs the app's error handler
    errors = []
    monkeypatch.setattr(safety_errors, "show_error", lambda details, parent=None: errors.append(details))
    window = MainWindow(deferred=True, context=AppContext(settings=settings, instance=None))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    app.finish_startup(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    yield window
    window.context.sync.stop()
    assert not errors, errors[0]
