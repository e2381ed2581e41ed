"""`mentordesk --self-test`: proves a build (frozen or not) works end to end on this machine.

Opens a temporary database, writes and searches, imports every module (those loaded by name too),
exercises the libraries behind them, renders the main window, writes a PDF report; exits 0, or 1
naming the step that failed and why. Packaging runs it on the bundle offscreen and under a real X server.
"""

from __future__ import annotations

import importlib
import os
import sys
import tempfile
import time
import traceback
from pathlib import Path

MAIN_WINDOW_MODULE = "mentordesk.ui.main_window"
REPORT_MODULE = "mentordesk.ui.crossroads.report_pdf"


class SelfTestFailure(Exception):
    """A check found something wrong; the message says what."""


def _say(line: str) -> None:
    """One progress line on stdout (a GUI-subsystem Windows build has no stdout: then it is skipped)."""
    if sys.stdout is not None:
        print(f"self-test: {line}", flush=True)
    report = os.environ.get("MENTORDESK_SELFTEST_REPORT")
    if report:
        with open(report, "a", encoding="utf-8") as out:
            out.write(line + "\n")


def _check(condition, message: str) -> None:
    if not condition:
        raise SelfTestFailure(message)


def check_database(workdir: Path) -> str:
    """Create the schema in a new file, add a person and a meeting, find them through full-text search."""
    from mentordesk import db
    from mentordesk.services import meetings, people, search

    db.open_database(workdir / "selftest.db")
    person = people.create_person(display_name="Ada Selftest", organization="Analytical Engines",
                                  emails=["ada@example.org"], tags=["mentor"])
    meetings.log_meeting(held_at="2024-03-01 10:00", attendee_ids=[person.id],
                         summary="Coffee about the quarterly roadmap")
    hits = search.search("roadmap")
    _check(any(hit.kind == "meeting" for hit in hits), f"searching 'roadmap' found {hits!r}")
    _check(any(hit.kind == "person" and hit.id == person.id for hit in search.search("Analytical")),
           "searching 'Analytical' did not find the person")
    return f"{workdir / 'selftest.db'} written and searched"


def check_modules() -> str:
    """Import every mentordesk module, including those loaded by name: a frozen build misses these first."""
    import pkgutil

    import mentordesk
    from mentordesk import commands, db
    from mentordesk.exchange import registry

    by_name = list(commands.COMMAND_MODULES) + list(db.MODEL_MODULES) + registry.format_modules()
    found = [info.name for info in pkgutil.walk_packages(mentordesk.__path__, "mentordesk.")
             if not info.name.endswith("__main__")]  # importing __main__ would start the app again
    _check(len(found) > 10, f"only {len(found)} mentordesk modules are present")
    missing = sorted(set(by_name) - set(found))
    _check(not missing, f"modules named at run time are not in the build: {missing}")
    for name in found:
        importlib.import_module(name)
    commands.build_parser()
    return f"{len(found)} modules imported ({len(by_name)} loaded by name)"


def check_libraries(workdir: Path) -> str:
    """Exercise each third-party library once (parsers, fuzzy matching, keyring, SQLCipher, CalDAV)."""
    import caldav  # noqa: F401 - importing pulls in its HTTP stack
    import icalendar
    import keyring
    import platformdirs
    import vobject
    from playhouse.sqlcipher_ext import SqlCipherDatabase
    from rapidfuzz import fuzz

    card = vobject.readOne("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Grace Hopper\r\nN:Hopper;Grace;;;\r\nEND:VCARD\r\n")
    _check(card.fn.value == "Grace Hopper", "vobject could not read a vCard")
    cal = icalendar.Calendar.from_ical("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n"
                                       "BEGIN:VEVENT\r\nUID:1\r\nDTSTAMP:20240101T000000Z\r\n"
                                       "DTSTART:20240101T100000Z\r\nSUMMARY:Lunch\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    _check(cal.walk("VEVENT")[0]["SUMMARY"] == "Lunch", "icalendar could not read an event")
    _check(fuzz.ratio("Jonathan Smith", "Jonathon Smith") > 80, "rapidfuzz gave a wrong ratio")
    from mentordesk.services.duplicates import phone_key  # phonenumbers loads its region data by name

    _check(phone_key("+33 6 12 34 56 78") == phone_key("06 12 34 56 78") == "612345678",
           "phonenumbers could not read a French number")
    backend = keyring.get_keyring()
    _check(platformdirs.user_data_dir("MentorDesk", appauthor=False), "platformdirs found no data folder")
    secret = SqlCipherDatabase(str(workdir / "cipher.db"), passphrase="self-test passphrase")
    secret.execute_sql("CREATE TABLE t (x TEXT)")
    secret.execute_sql("INSERT INTO t VALUES ('sealed')")
    _check(secret.execute_sql("SELECT x FROM t").fetchone() == ("sealed",), "SQLCipher round trip failed")
    secret.close()
    _check(not (workdir / "cipher.db").read_bytes().startswith(b"SQLite format 3"), "SQLCipher file is not encrypted")
    return f"vobject, icalendar, rapidfuzz, phonenumbers, SQLCipher, caldav, keyring ({type(backend).__name__})"


def check_resources() -> str:
    """The bundled resources/ folder is where paths.resource_path looks, and its images load."""
    from PySide6.QtGui import QImageReader

    from mentordesk.paths import resources_dir

    root = resources_dir()
    _check(root.is_dir(), f"resources folder {root} is missing")
    files = [p for p in root.rglob("*") if p.is_file()]
    images = [p for p in files if p.suffix.lower() in (".png", ".svg", ".ico", ".jpg")]
    for image in images:
        reader = QImageReader(str(image))
        _check(reader.canRead(), f"cannot read image {image}: {reader.errorString()}")
    from PySide6.QtWidgets import QApplication

    _check(not QApplication.windowIcon().isNull(), "the app icon did not load from resources/icons")
    return f"{len(files)} files in {root}, {len(images)} images readable, app icon loaded"


def check_main_window(app) -> str:
    """Build, show and paint the main window, then grab it as an image."""
    from mentordesk.ui.main_window import MainWindow

    window = MainWindow()
    what = f"{MAIN_WINDOW_MODULE}.MainWindow"
    window.resize(1000, 700)
    window.show()
    deadline = time.monotonic() + 10
    while not window.isVisible() or not window.windowHandle() or not window.windowHandle().isExposed():
        app.processEvents()
        _check(time.monotonic() < deadline, "the main window was not exposed within 10 s")
        time.sleep(0.01)
    app.processEvents()
    image = window.grab().toImage()
    _check(not image.isNull() and image.width() > 100, "grabbing the main window gave an empty image")
    window.close()
    window.deleteLater()
    app.processEvents()
    return f"{what} shown on '{app.platformName()}' and painted {image.width()}x{image.height()}"


def check_pdf(workdir: Path) -> str:
    """Write a PDF report with the app's report writer (Qt's QPdfWriter) and check it is a PDF."""
    from mentordesk.ui.crossroads.report_pdf import write_pdf

    path = workdir / "report.pdf"
    write_pdf("<h1>MentorDesk self-test</h1><p>Fonts, layout and the PDF writer work.</p>"
              "<table><tr><th>Option</th><th>Score</th></tr><tr><td>Stay and grow</td><td>7.5</td></tr></table>",
              path, title="MentorDesk self-test")
    _check(path.exists(), f"no PDF was written to {path}")
    data = path.read_bytes()
    _check(data.startswith(b"%PDF") and len(data) > 500, f"{path} is not a PDF ({len(data)} bytes)")
    return f"{REPORT_MODULE}.write_pdf: {len(data)} bytes"


def check_translations(app) -> str:
    """Each shipped language loads from the bundle with Qt's own catalogue; then the system's language again."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from mentordesk.ui.i18n import install_translators, shipped_languages

    languages = shipped_languages()
    _check(languages, "no translation in resources/i18n")
    try:
        for language in languages:
            _check(install_translators(app, QLocale(language)) == language, f"the {language} translation did not load")
            _check(QCoreApplication.translate("MainWindow", "&File") != "&File", f"no {language} menu texts")
            _check(QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel",
                   f"Qt's own qtbase_{language}.qm did not load")
    finally:
        install_translators(app)
    return ", ".join(languages) + " with Qt's own catalogue"


def _ensure_platform() -> None:
    """Headless Linux without a display: use the offscreen platform instead of aborting."""
    if sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM"):
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"


def run_self_test(args=None) -> int:
    """Run every check in order; 0 when all pass, else 1 with the failing step and reason on stderr."""
    _ensure_platform()
    from mentordesk import APP_NAME, __version__
    from mentordesk.ui.app import make_application

    app = make_application()
    frozen = "frozen" if getattr(sys, "frozen", False) else "from source"
    _say(f"{APP_NAME} {__version__} ({frozen}, Python {sys.version.split()[0]}, {sys.platform})")
    with tempfile.TemporaryDirectory(prefix="mentordesk-selftest-") as tmp:
        workdir = Path(tmp)
        steps = [
            ("database", lambda: check_database(workdir)),
            ("modules", check_modules),
            ("libraries", lambda: check_libraries(workdir)),
            ("resources", check_resources),
            ("main window", lambda: check_main_window(app)),
            ("pdf report", lambda: check_pdf(workdir)),
            ("translations", lambda: check_translations(app)),
        ]
        for name, step in steps:
            started = time.perf_counter()
            try:
                detail = step()
            except Exception as exc:  # noqa: BLE001 - any failure is reported with its step
                if not isinstance(exc, SelfTestFailure):
                    traceback.print_exc(file=sys.stderr)
                print(f"self-test: FAILED at {name}: {type(exc).__name__}: {exc}", file=sys.stderr, flush=True)
                _say(f"FAILED at {name}: {exc}")
                _close_database()
                return 1
            _say(f"ok {name} ({(time.perf_counter() - started) * 1000:.0f} ms): {detail}")
        _close_database()
    _say(f"passed {len(steps)} steps")
    return 0


def _close_database() -> None:
    """Close the temporary database before its folder is removed (best effort on the way out)."""
    from mentordesk import db

    try:
        db.close_database()
    except Exception:  # noqa: BLE001 - nothing more to do when closing fails while exiting
        pass
