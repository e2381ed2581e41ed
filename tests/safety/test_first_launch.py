"""The first launch of a new user: no --db, an empty home folder, the installed console script."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.xserver import Lines, needs_x11, press, wait_for_window, xvfb_display

MARKER = "mentordesk-first-window-painted"
XDG = ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR")


def mentordesk_script() -> str:
    """The console script pip installed beside this interpreter: what users and `make run` start."""
    script = Path(sys.executable).with_name("mentordesk")
    if not script.exists():
        pytest.skip("the mentordesk console script is not installed beside this Python")
    return str(script)


def fresh_home(tmp_path: Path, with_xdg: bool) -> tuple[dict, Path]:
    """An environment whose home folder is new and empty; returns it and where the database must appear."""
    home = tmp_path / "newuser"
    home.mkdir()
    env = {key: value for key, value in os.environ.items()
           if key not in XDG and not key.startswith("MENTORDESK_")}
    env["HOME"] = str(home)
    if with_xdg:
        env.update(XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
                   XDG_STATE_HOME=str(home / "state"), XDG_CACHE_HOME=str(home / "cache"))
        data = home / "data"
    else:
        data = home / ".local" / "share"
    return env, data / "MentorDesk" / "mentordesk.db"


@pytest.mark.parametrize("with_xdg", [False, True], ids=["home-only", "xdg-folders"])
def test_first_launch_offscreen_shows_the_window_and_ctrl_q_quits(tmp_path, with_xdg):
    env, database = fresh_home(tmp_path, with_xdg)
    env.update(QT_QPA_PLATFORM="offscreen", MENTORDESK_STARTUP_PROBE="ctrl+q")
    result = subprocess.run([mentordesk_script()], env=env, capture_output=True, text=True, timeout=120)
    assert "Traceback" not in result.stderr, result.stderr
    assert MARKER in result.stdout, result.stderr
    assert result.returncode == 0, result.stderr
    assert database.is_file(), "the new user's database was not created in their data folder"
    assert not Path(str(database) + ".lock").exists(), "a clean exit leaves no lock behind"


@needs_x11
def test_first_launch_under_x11_shows_a_window_and_ctrl_q_quits(tmp_path):
    env, database = fresh_home(tmp_path, with_xdg=False)
    with xvfb_display() as display:
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
        app = subprocess.Popen([mentordesk_script()], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)
        try:
            window = wait_for_window(display, app.pid, app)
            press(display, window, "ctrl+q")
            out, err = app.communicate(timeout=60)
        finally:
            if app.poll() is None:
                app.kill()
                app.communicate()
    assert "Traceback" not in err, err
    assert app.returncode == 0, err
    assert database.is_file()


@needs_x11
def test_each_area_opens_with_its_documented_shortcut_in_a_real_window(tmp_path):
    """Ctrl+1…Ctrl+8 as Help documents them, pressed with xdotool on the real app under Xvfb."""
    env, database = fresh_home(tmp_path, with_xdg=False)
    demo = tmp_path / "demo.db"
    assert subprocess.run([mentordesk_script(), "demo", "--db", str(demo)], env=env, capture_output=True).returncode == 0
    expected = ["today", "people", "organizations", "meetings", "advice", "asks", "pipeline", "opportunities"]
    with xvfb_display() as display:
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", MENTORDESK_STARTUP_PROBE="1")
        errors = tmp_path / "stderr.txt"
        with open(errors, "w") as stderr:  # a file, not a pipe: Qt's warnings can never fill it and block the app
            app = subprocess.Popen([mentordesk_script(), "--db", str(demo)], env=env, stdout=subprocess.PIPE,
                                   stderr=stderr, text=True)
        lines = Lines(app.stdout)
        try:
            window = wait_for_window(display, app.pid, app)
            lines.next_starting(MARKER)
            shown = []
            for number, key in enumerate(expected, start=1):
                press(display, window, f"ctrl+{number}")
                shown.append(lines.next_starting("mentordesk-area-shown").split()[-1])
            press(display, window, "ctrl+q")
            app.wait(timeout=60)
        finally:
            if app.poll() is None:
                app.kill()
                app.wait()
    assert shown == expected
    assert app.returncode == 0, errors.read_text()
