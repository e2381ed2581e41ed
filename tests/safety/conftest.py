"""Fixtures shared by the safety UI tests."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox


@pytest.fixture
def messages(monkeypatch):
    """Record QMessageBox statics instead of showing them; question() answers Yes unless told."""
    calls = {"answer": QMessageBox.StandardButton.Yes, "shown": []}

    def record(kind):
        def fake(parent, title, text, *args, **kwargs):
            calls["shown"].append((kind, title, text))
            return calls["answer"] if kind == "question" else QMessageBox.StandardButton.Ok
        return fake

    for kind in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(record(kind)))
    return calls


@pytest.fixture
def released_guard(qapp):
    """Give back the single-instance lock an app start-up under test claimed."""
    from mentordesk.ui.safety.opening import claimed_instance

    yield
    guard = claimed_instance()
    if guard is not None:
        guard.release()
