"""Shared test set-up: offscreen Qt, a throwaway database per test, isolated QSettings."""

from __future__ import annotations

import faulthandler
import gc
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("MENTORDESK_DB", None)
os.environ["LANGUAGE"] = "en"  # English on screen whatever the machine's locale (tests/i18n switch on purpose)

import pytest  # noqa: E402

from mentordesk import db as dbmod  # noqa: E402
from mentordesk.services import core  # noqa: E402


_crash_log = None  # `make test` sets MENTORDESK_TEST_CRASH_LOG: a hard crash names its test (tools/test_crash_report.py)


@pytest.hookimpl(trylast=True)  # after pytest's own faulthandler plugin, whose stderr target this replaces
def pytest_configure(config):
    global _crash_log
    path = os.environ.get("MENTORDESK_TEST_CRASH_LOG")
    if path:
        _crash_log = open(path, "w", buffering=1, encoding="utf-8")  # noqa: SIM115 - open until the process ends
        faulthandler.enable(file=_crash_log, all_threads=True)


@pytest.hookimpl(tryfirst=True)  # before pytest's faulthandler plugin switches it off and its unraisable one collects
def pytest_unconfigure(config):
    if _crash_log is not None:
        _crash_log.write("running: (no test: the session is ending)\n")
    gc.collect()


def pytest_runtest_logstart(nodeid, location):
    if _crash_log is not None:
        _crash_log.write(f"running: {nodeid}\n")


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


def delete_windows_left_behind() -> None:
    """Delete every parentless window the tests made, now.

    pytest-qt closes a test's widgets and only `deleteLater()`s them, and unregistered ones (dialogs, history
    windows) stay: they would then be deleted, or receive palette, language and timer events, in the middle of
    a later test, over a database that test never opened.
    """
    widgets = sys.modules.get("PySide6.QtWidgets")
    app = widgets.QApplication.instance() if widgets is not None else None
    if app is None:
        return
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent

    # Qt's own (tool tips, popups it made) are Qt's to delete; children windows go with their parent
    ours = [w for w in widgets.QApplication.topLevelWidgets()
            if shiboken6.isValid(w) and shiboken6.createdByPython(w) and w.parentWidget() is None]
    for widget in ours:
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    if ours:  # the Python side of what this test's windows held, now, not in the middle of a later test
        ours.clear()
        gc.collect()


@pytest.fixture
def model_tester(request):
    """Qt's model tester, one per model checked, each taken off its model at the end of the test.

    pytest-qt's `qtmodeltester` keeps only the last model's tester, and never deletes Qt's C++ tester: a model
    still watched after its view is gone makes the tester read a half-destroyed model, and the process crashes.
    """
    import shiboken6
    from pytestqt.modeltest import ModelTester

    testers: dict[int, ModelTester] = {}

    def stop(tester: ModelTester) -> None:
        qt_tester = getattr(tester, "_qt_tester", None)
        if qt_tester is not None and shiboken6.isValid(qt_tester):
            shiboken6.delete(qt_tester)
        tester._qt_tester = None
        tester._cleanup()  # the Python tester's connections, when that one ran

    class Checker:
        def check(self, model) -> None:
            tester = testers.get(id(model))
            if tester is None:
                tester = testers[id(model)] = ModelTester(request.config)
            else:
                stop(tester)  # checked again: watched once, not twice
            tester.check(model)

    yield Checker()
    for tester in testers.values():
        stop(tester)


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
    delete_windows_left_behind()  # while their database is still open
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
    delete_windows_left_behind()
    core._listeners[:] = listeners
    privacy_module = sys.modules.get("mentordesk.ui.privacy")
    if privacy_module is not None and privacy_module._privacy is not None:
        privacy_module._privacy._enabled = False  # a test that left privacy mode on must not hide people in the next
