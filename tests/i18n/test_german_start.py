"""A German user starts MentorDesk: with LANG=de_DE.UTF-8 the real app (console script, fresh home) shows German
menus, with Qt's own German for the standard texts (shortcut names); with an English locale it stays English."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from mentordesk.ui.selftest_probe import MENU_MARKER

GERMAN_MENUS = ["Datei", "Bearbeiten", "Ansicht", "Gehe zu", "Extras", "Hilfe"]
ENGLISH_MENUS = ["File", "Edit", "View", "Go", "Tools", "Help"]


def menus_of_the_running_app(tmp_path: Path, **locale: str) -> dict[str, list[str]]:
    """Start the installed console script on a new database with `locale` in the environment, as a person would;
    the start-up probe prints each menu's title and actions once every menu is in, then quits."""
    script = Path(sys.executable).with_name("mentordesk")
    if not script.exists():
        pytest.skip("the mentordesk console script is not installed beside this Python")
    home = tmp_path / "home"
    home.mkdir()
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("MENTORDESK_", "LC_", "XDG_")) and key not in ("LANG", "LANGUAGE")}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
               XDG_STATE_HOME=str(home / "state"), QT_QPA_PLATFORM="offscreen",
               MENTORDESK_STARTUP_PROBE="menus", **locale)
    result = subprocess.run([str(script), "--db", str(tmp_path / "mentordesk.db")], env=env, capture_output=True,
                            text=True, timeout=120)
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 0, result.stderr
    menus = {}
    for line in result.stdout.splitlines():
        if line.startswith(MENU_MARKER + " "):
            title, _, actions = line[len(MENU_MARKER) + 1:].partition(": ")
            menus[title] = actions.split(" | ") if actions else []
    assert menus, result.stdout + result.stderr
    return menus


def test_a_german_locale_shows_german_menus(tmp_path):
    menus = menus_of_the_running_app(tmp_path, LANG="de_DE.UTF-8")
    assert list(menus)[:len(GERMAN_MENUS)] == GERMAN_MENUS and not set(menus) & set(ENGLISH_MENUS), list(menus)
    file_menu = " | ".join(menus["Datei"])
    assert "Kontakte importieren…" in file_menu and "Beenden" in file_menu
    assert "Einstellungen…" in " | ".join(menus["Bearbeiten"])
    assert any(text.startswith("Scheideweg") for text in menus["Extras"]), menus["Extras"]
    assert "Über MentorDesk" in menus["Hilfe"]
    english = {"Import Contacts…", "Quit", "Preferences…", "New", "Save", "Delete", "Find…", "About MentorDesk"}
    assert not english & {text for texts in menus.values() for text in texts}, menus


def test_language_follows_LANGUAGE_before_LANG(tmp_path):
    """Qt's order: $LANGUAGE (a list; the first language MentorDesk speaks wins) before $LANG."""
    assert list(menus_of_the_running_app(tmp_path, LANGUAGE="fr:de", LANG="en_US.UTF-8"))[:6] == GERMAN_MENUS


def test_an_english_locale_keeps_english_menus(tmp_path):
    assert list(menus_of_the_running_app(tmp_path, LANG="en_US.UTF-8"))[:6] == ENGLISH_MENUS
