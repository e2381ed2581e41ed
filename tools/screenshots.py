"""`make screenshots`: the real app, on the demo network, under Xvfb, photographed for the README.

    python tools/screenshots.py                      # docs/screenshots/{today,people,person,pipeline,crossroads,dark,german}.png
    python tools/screenshots.py --review DIR         # every area at 1280×800, 900×600 and 2× scale, light and dark,
                                                     # and in German at 1280×800 and 900×600

Each picture set runs in its own process (Qt reads the scale and the language once), on its own Xvfb display
with the xcb platform, a fresh settings file and a demo database in a temporary folder. AppStream metadata
names the README files, so their names stay put.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README_SET = [  # (file, what, theme, language)
    ("today", "today", "light", "en"),
    ("people", "people", "light", "en"),
    ("person", "person", "light", "en"),
    ("pipeline", "pipeline", "light", "en"),
    ("crossroads", "crossroads", "light", "en"),
    ("dark", "person", "dark", "en"),
    ("german", "today", "light", "de"),
]
REVIEW_SHOTS = ["today", "people", "person", "person-details", "organizations", "meetings", "advice", "asks",
                "pipeline", "opportunities", "opportunity-new", "crossroads", "crossroads-assumptions", "prep",
                "log-meeting", "help", "preferences"]
REVIEW_SIZES = [("1280x800", 1), ("900x600", 1), ("1280x800", 2)]
REVIEW_GERMAN = [("1280x800", 1, "light"), ("900x600", 1, "dark")]  # German words are longer: what they cut
LOCALES = {"en": "en_GB.UTF-8", "de": "de_DE.UTF-8"}


# --- the parent: displays and child processes ------------------------------------------------

def start_xvfb(width: int, height: int) -> tuple[subprocess.Popen, str]:
    """A fresh X display big enough for the window at its scale."""
    if shutil.which("Xvfb") is None:
        raise SystemExit("Xvfb is missing: run `WITH_XVFB=1 bash tools/ensure-sysdeps.sh` (as root) or install xvfb")
    number = 300 + os.getpid() % 400
    while Path(f"/tmp/.X11-unix/X{number}").exists() or Path(f"/tmp/.X{number}-lock").exists():
        number += 1
    server = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        if Path(f"/tmp/.X11-unix/X{number}").exists():
            break
        time.sleep(0.05)
    return server, f":{number}"


def run_set(shots: list[tuple[str, str]], size: str, scale: int, theme: str, language: str, out: Path) -> None:
    """Photograph `shots` ([(file name, what)]) in one child process on its own display."""
    width, height = (int(x) for x in size.split("x"))
    server, display = start_xvfb(width * scale + 64, height * scale + 64)
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", QT_SCALE_FACTOR=str(scale),
               LANG=LOCALES[language], LC_ALL=LOCALES[language], LANGUAGE=language,
               MENTORDESK_THEME=theme, QT_LOGGING_RULES="qt.qpa.*=false")
    env.pop("MENTORDESK_DB", None)
    try:
        with tempfile.TemporaryDirectory(prefix="mentordesk-shots-") as home:
            for key in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
                env[key] = str(Path(home) / key.lower())
            job = {"shots": shots, "size": [width, height], "out": str(out), "home": home}
            command = [sys.executable, "-X", "faulthandler", __file__, "--child", json.dumps(job)]
            done = subprocess.run(command, env=env, timeout=300)
            if done.returncode < 0:  # killed by a signal (seen once under load): say so and try once more
                print(f"screenshots: the app died ({-done.returncode}); trying again", file=sys.stderr)
                for leftover in Path(home).glob("demo.db*"):
                    shutil.rmtree(leftover, ignore_errors=True) if leftover.is_dir() else leftover.unlink()
                done = subprocess.run(command, env=env, timeout=300)
            if done.returncode != 0:
                raise SystemExit(f"screenshots: no pictures of {', '.join(name for name, _ in shots)}")
    finally:
        server.terminate()
        server.wait()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"), help="folder for the README's pictures")
    parser.add_argument("--review", metavar="DIR",
                        help="every area at 1280×800, 900×600 and 2×, light and dark, and in German")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return child(json.loads(args.child))
    if args.review:
        out = Path(args.review)
        out.mkdir(parents=True, exist_ok=True)
        for size, scale in REVIEW_SIZES:
            for theme in ("light", "dark"):
                suffix = f"{size}-x{scale}-{theme}"
                run_set([(f"{shot}-{suffix}", shot) for shot in REVIEW_SHOTS], size, scale, theme, "en", out)
        for size, scale, theme in REVIEW_GERMAN:
            suffix = f"{size}-x{scale}-{theme}-de"
            run_set([(f"{shot}-{suffix}", shot) for shot in REVIEW_SHOTS], size, scale, theme, "de", out)
        print(f"review pictures in {out}")
        return 0
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    groups: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for name, what, theme, language in README_SET:
        groups.setdefault((theme, language), []).append((name, what))
    for (theme, language), shots in groups.items():
        run_set(shots, "1280x800", 1, theme, language, out)
    for name, *_ in README_SET:
        print(out / f"{name}.png")
    return 0


# --- the child: the app itself ------------------------------------------------------------------

def child(job: dict) -> int:
    sys.path.insert(0, str(ROOT / "src"))
    from PySide6.QtCore import QSettings

    from mentordesk import db
    from mentordesk.demo import load_demo
    from mentordesk.ui.app import make_application
    from mentordesk.ui.settings import Settings
    from mentordesk.ui.theme import apply_theme, chosen_theme

    app = make_application()  # with the translators of the locale's language
    apply_theme(chosen_theme())
    home = Path(job["home"])
    db.open_database(home / "demo.db")
    load_demo()
    from mentordesk.ui.main_window import MainWindow

    settings = Settings(QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings=settings)
    window.resize(*job["size"])
    window.show()
    settle(app)
    out = Path(job["out"])
    failed = []
    for name, what in job["shots"]:
        try:
            widget = SHOTS[what](window)
            settle(app)
            (widget or window).grab().save(str(out / f"{name}.png"))
        except Exception:  # noqa: BLE001 - one picture that fails is named; the others are still taken
            import traceback

            traceback.print_exc()
            failed.append(name)
        close_dialogs(window, app)
    window.close()
    if failed:
        print(f"no picture of: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


def settle(app, ms: int = 250) -> None:
    """Let layouts, lazy pages and repaints finish."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    app.processEvents()


def close_dialogs(window, app) -> None:
    from PySide6.QtWidgets import QDialog

    for dialog in window.findChildren(QDialog):
        if dialog.isVisible():
            dialog.reject()
    app.processEvents()


def _person(window, name: str = "Maya Chen", tab: int = 0):
    from mentordesk.services.people import find_people

    person_id = find_people(name, 1)[0][0]
    window.open_record("person", person_id)
    window.record_areas["people"].page.tabs.setCurrentIndex(tab)
    return None


def _area(key: str):
    def show(window):
        window.show_area(key)
        return None
    return show


def _crossroads_at(page_name: str):
    """The wizard at one of its pages for the demo's decision (each page accepts the answers it starts from)."""
    def show(window):
        window.actions["crossroads_wizard"].trigger()
        wizard = window.crossroads_dialog
        wizard.resize(window.size())
        for _ in range(20):
            if wizard.currentPage() is getattr(wizard, page_name):
                break
            wizard.next()
        return wizard
    return show


_crossroads = _crossroads_at("result_page")


def _prep(window):
    from mentordesk.services.people import find_people
    from mentordesk.ui.areas.prep import PrepDialog

    dialog = PrepDialog(find_people("Maya Chen", 1)[0][0], parent=window)
    dialog.show()
    return dialog


def _log_meeting(window):
    from mentordesk.services.people import find_people
    from mentordesk.ui.areas.log_meeting import LogMeetingDialog

    dialog = LogMeetingDialog(window.edits, window, attendees=find_people("Maya", 1) + find_people("Priya", 1))
    dialog.add_advice("Build a small portfolio of two research case studies before applying.")
    dialog.show()
    return dialog


def _help(window):
    window.show_help()
    return window.help_dialog


def _preferences(window):
    from mentordesk.ui.preferences import PreferencesDialog

    dialog = PreferencesDialog(window.settings, window)
    dialog.show()
    return dialog


def _new_opportunity(window):
    window.show_area("opportunities")
    window.record_areas["opportunities"].empty.button.click()
    return None


SHOTS = {
    "today": _area("today"),
    "people": _area("people"),
    "person": lambda w: _person(w, "Maya Chen", 0),
    "person-details": lambda w: _person(w, "Maya Chen", 1),
    "organizations": _area("organizations"),
    "meetings": _area("meetings"),
    "advice": _area("advice"),
    "asks": _area("asks"),
    "pipeline": _area("pipeline"),
    "opportunities": _area("opportunities"),
    "opportunity-new": _new_opportunity,
    "crossroads": _crossroads,
    "crossroads-assumptions": _crossroads_at("assumptions_page"),
    "prep": _prep,
    "log-meeting": _log_meeting,
    "help": _help,
    "preferences": _preferences,
}


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
