"""Shared test set-up: offscreen Qt, a throwaway database per test, isolated QSettings."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("MENTORDESK_DB", None)
os.environ["LANGUAGE"] = "en"  # English on screen whatever the machine's locale (tests/i18n switch on purpose)

import pytest  # noqa: E402

from mentordesk import db as dbmod  # noqa: E402
from mentordesk.services import core  # noqa: E402


@pytest.fixture(scope="session")
def qapp_cls():
    """pytest-qt's QApplication with the app's translators, as ui.app installs them (English plural forms)."""
    from PySide6.QtWidgets import QApplication

    from mentordesk.ui.i18n import install_translators

    class TranslatedApplication(QApplication):
        def __init__(self, args):
            super().__init__(args)
            install_translators(self)

    return TranslatedApplication


@pytest.fixture
def loose_umask():
    """A umask that lets ordinary files be world-readable, as on most desktops (file-mode tests)."""
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.fixture
def db_path(tmp_path):
    """Path of a fresh database file for this test."""
    return tmp_path / "test.db"


@pytest.fixture
def database(db_path):
    """An open, empty database bound to the models; closed after the test."""
    database = dbmod.open_database(db_path)
    yield database
    dbmod.close_database()


@pytest.fixture
def demo_db(database):
    """The open database filled with the sample network."""
    from mentordesk.demo import load_demo

    load_demo()
    return database


@pytest.fixture(autouse=True)
def _isolate(tmp_path, monkeypatch):
    """Keep QSettings, user-data folders and change listeners out of the real home and other tests."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    listeners = list(core._listeners)
    yield
    core._listeners[:] = listeners
    privacy_module = sys.modules.get("mentordesk.ui.privacy")
    if privacy_module is not None and privacy_module._privacy is not None:
        privacy_module._privacy._enabled = False  # a test that left privacy mode on must not hide people in the next
