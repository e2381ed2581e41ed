"""The second, independent parser of exported files: Mozilla's ical.js (Thunderbird, Nextcloud Contacts) under Node.

`make test` installs it (tools/icaljs, `npm ci`); when only pytest is run on a fresh clone the first use
installs it the same way. Tests skip, saying why, only when Node or npm is missing or the install fails.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

TOOL = Path(__file__).resolve().parents[2] / "tools" / "icaljs"
_install_error: list[str] = []


def _ready() -> None:
    node, npm = shutil.which("node"), shutil.which("npm")
    if not node:
        pytest.skip("ical.js needs Node.js, which is not installed (make test installs it with apt-get as root)")
    if (TOOL / "node_modules" / "ical.js" / "package.json").exists():
        return
    if _install_error:
        pytest.skip(_install_error[0])
    if not npm:
        _install_error.append("ical.js needs npm to install it, which is not installed")
        pytest.skip(_install_error[0])
    done = subprocess.run([npm, "ci", "--no-audit", "--no-fund", "--silent"], cwd=TOOL, capture_output=True,
                          text=True, timeout=300)
    if done.returncode != 0:
        _install_error.append(f"could not install ical.js with npm ci: {done.stderr.strip()[-300:]}")
        pytest.skip(_install_error[0])


def parse(path) -> list:
    """ical.js's jCard/jCal of a file: a list of components [name, [[prop, params, type, value...]], subs].

    Fails the test with ical.js's own message when it rejects the file.
    """
    _ready()
    done = subprocess.run(["node", str(TOOL / "check.mjs"), str(path)], capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        pytest.fail(f"ical.js rejected the file: {done.stderr.strip()}")
    return json.loads(done.stdout)


def properties(component) -> dict[str, list]:
    """name -> [(params, type, value...)] of one jCard/jCal component."""
    found: dict[str, list] = {}
    for prop in component[1]:
        found.setdefault(prop[0], []).append((prop[1], prop[2], *prop[3:]))
    return found
