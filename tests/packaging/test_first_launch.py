"""dist-check's first launch (issue #22): the .desktop entry's Exec= line with a fresh empty HOME and no
--db under Xvfb, quit with ctrl+q through xdotool, exit 0 and a new database under XDG_DATA_HOME."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
sys.path.insert(0, str(ROOT / "tools"))

import dist_check  # noqa: E402


def test_desktop_exec_drops_field_codes(tmp_path):
    desktop = tmp_path / "x.desktop"
    desktop.write_text("[Desktop Entry]\nType=Application\nName=X\nExec=mentordesk --flag %U\n")
    assert dist_check.desktop_exec(desktop) == ["mentordesk", "--flag"]
    assert dist_check.desktop_exec(ROOT / "packaging/linux/io.github.mentordesk.MentorDesk.desktop") == ["mentordesk"]


@pytest.mark.skipif(not (shutil.which("Xvfb") and shutil.which("xdotool")), reason="needs Xvfb and xdotool")
def test_first_launch_from_the_desktop_entry_with_a_fresh_home(tmp_path):
    """dist-check's first launch, run on the source tree: a `mentordesk` on PATH that runs this checkout."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    launcher = bin_dir / "mentordesk"
    src = ROOT / "src"
    launcher.write_text(f'#!/bin/sh\nPYTHONPATH={src} exec {sys.executable} -m mentordesk "$@"\n')
    launcher.chmod(0o755)
    message = dist_check.first_launch(ROOT / "packaging/linux/io.github.mentordesk.MentorDesk.desktop", f"{bin_dir}:/usr/bin:/bin",
                                      launcher, "source checkout")
    assert "quit on ctrl+q with exit 0 and created ~/.local/share/MentorDesk/mentordesk.db" in message


def test_ensure_sysdeps_installs_xdotool_with_xvfb():
    text = (ROOT / "tools" / "ensure-sysdeps.sh").read_text()
    assert "command -v xdotool" in text
    assert text.index("command -v xdotool") > text.index('"${WITH_XVFB:-0}" = 1')
    assert os.access(ROOT / "tools" / "ensure-sysdeps.sh", os.R_OK)
