"""The lean bundle (issue #22 item 5): what it leaves out stays out, and sync works without it.

The sync tests run in a child pytest whose imports of the modules the bundle excludes (the HTTP/2 and
HTTP/3 stacks, requests, lxml.objectify...) fail as they would in the frozen app, against the real
Radicale server of tests/sync.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import bundle_rules  # noqa: E402
from bundle_rules import LEAN_LEFT_OUT, keep_in_bundle, keep_translation, lean_violations  # noqa: E402

BLOCKER = '''
import sys
BLOCKED = {blocked!r}

class Blocker:
    """Fails the import of a module the frozen bundle leaves out, as PyInstaller's excludes do."""
    def find_spec(self, name, path=None, target=None):
        if any(name == b or name.startswith(b + ".") or (b.endswith("_") and name.startswith(b)) for b in BLOCKED):
            raise ModuleNotFoundError(f"No module named {{name!r}} (left out of the bundle)", name=name)
        return None

for name in list(sys.modules):
    if any(name == b or name.startswith(b + ".") for b in BLOCKED):
        del sys.modules[name]
sys.meta_path.insert(0, Blocker())
'''


def left_out_python_modules() -> list[str]:
    """EXCLUDED_MODULES that the app could otherwise import (Qt bindings and dev tools are not its business)."""
    dev = {"pytest", "pytestqt", "radicale", "pyinstrument", "setuptools", "pip", "IPython", "readline"}
    return sorted([m for m in bundle_rules.EXCLUDED_MODULES if not m.startswith(("PySide6", "PyQt", "PySide2"))
                   and m.split(".")[0] not in dev and m not in ("tkinter", "_tkinter", "matplotlib", "numpy")]
                  + list(bundle_rules.LEFT_OUT_MODULE_PREFIXES))


def test_the_http2_http3_stacks_and_objectify_are_left_out():
    excluded = set(bundle_rules.EXCLUDED_MODULES)
    assert {"jh2", "qh3", "lxml.objectify", "requests", "dns", "caldav.discovery"} <= excluded
    for plugin in ("networkinformation/libqnetworkmanager.so", "tls/libqopensslbackend.so",
                   "imageformats/libqtiff.so", "imageformats/libqwebp.so", "wayland-shell-integration/libwl-shell-plugin.so",
                   "wayland-shell-integration/libivi-shell.so"):
        assert not keep_in_bundle(f"PySide6/Qt/plugins/{plugin}", "linux"), plugin
    for plugin in ("imageformats/libqsvg.so", "imageformats/libqjpeg.so", "imageformats/libqgif.so",
                   "wayland-shell-integration/libxdg-shell.so", "platforms/libqwayland.so", "platforms/libqxcb.so"):
        assert keep_in_bundle(f"PySide6/Qt/plugins/{plugin}", "linux"), plugin


def test_only_the_shipped_languages_keep_qt_translations():
    assert keep_translation("PySide6/Qt/translations/qtbase_de.qm", ["de"])
    assert not keep_translation("PySide6/Qt/translations/qtbase_fr.qm", ["de"])
    assert not keep_translation("PySide6/Qt/translations/qt_de.qm", ["de"])  # the meta catalogue pulls in others
    assert not keep_translation("PySide6/Qt/translations/qt_help_de.qm", ["de"])
    assert keep_translation("resources/i18n/mentordesk_de.qm", ["de"])  # the app's own are not Qt's
    assert keep_in_bundle("resources/i18n/mentordesk_de.qm", "linux")
    assert not keep_in_bundle("resources/i18n/mentordesk_de.ts", "linux")  # sources stay out
    if (ROOT / "resources/i18n/mentordesk_de.ts").exists():
        assert "de" in bundle_rules.shipped_languages(ROOT)


def test_the_build_fails_when_a_left_out_part_comes_back(tmp_path):
    internal = tmp_path / "_internal"
    (internal / "qh3").mkdir(parents=True)
    (internal / "qh3" / "__init__.py").write_text("")
    (internal / "lxml").mkdir()
    (internal / "lxml" / "objectify.cpython-311-x86_64-linux-gnu.so").write_bytes(b"")
    (internal / "lxml" / "etree.cpython-311-x86_64-linux-gnu.so").write_bytes(b"")
    translations = internal / "PySide6" / "Qt" / "translations"
    translations.mkdir(parents=True)
    for name in ("qtbase_de.qm", "qtbase_fr.qm"):
        (translations / name).write_bytes(b"")
    (internal / "PySide6" / "Qt" / "plugins" / "tls").mkdir(parents=True)
    found = dict(lean_violations(tmp_path, ["de"]))
    assert set(found) == {"_internal/qh3", "_internal/lxml/objectify.cpython-311-x86_64-linux-gnu.so",
                          "_internal/PySide6/Qt/translations/qtbase_fr.qm", "_internal/PySide6/Qt/plugins/tls"}
    assert found["_internal/qh3"] == LEAN_LEFT_OUT["qh3/"]


def test_sync_works_without_what_the_bundle_leaves_out(tmp_path):
    """tests/sync's engine, deletion and CLI tests against Radicale, with the left-out modules unimportable."""
    blocked = left_out_python_modules()
    assert "jh2" in blocked and "qh3" in blocked and "urllib3" in blocked and "pdb" in blocked
    (tmp_path / "all_blocked").mkdir()
    (tmp_path / "all_blocked" / "lean_blocker.py").write_text(BLOCKER.format(blocked=blocked))
    env = {**__import__("os").environ, "PYTHONPATH": f"{tmp_path / 'all_blocked'}:{ROOT}", "QT_QPA_PLATFORM": "offscreen"}
    probe = subprocess.run([sys.executable, "-c", "import lean_blocker, niquests, caldav\n"
                            "from mentordesk.sync import engine, dav\n"
                            "caldav.DAVClient(url='http://127.0.0.1:9/', username='u', password='p')\n"
                            "import niquests._compat as c; assert c.HAS_LEGACY_URLLIB3 and c.urllib3_future\n"
                            "try:\n import jh2\nexcept ImportError:\n print('blocked')"],
                           env=env, capture_output=True, text=True, cwd=ROOT)
    assert probe.returncode == 0 and probe.stdout.strip() == "blocked", probe.stderr
    # pytest itself needs the debugger and doctest, so the child test run keeps those
    for_pytest = [m for m in blocked if m.split(".")[0] not in ("pdb", "pydoc", "pydoc_data", "doctest", "unittest")]
    (tmp_path / "lean_blocker.py").write_text(BLOCKER.format(blocked=for_pytest))
    env["PYTHONPATH"] = f"{tmp_path}:{ROOT}"
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-x", "-p", "lean_blocker", "-p", "no:cacheprovider",
                             "tests/sync/test_sync_engine.py", "tests/sync/test_sync_deletions.py",
                             "tests/sync/test_sync_cli.py"],
                            env=env, capture_output=True, text=True, cwd=ROOT, timeout=900)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert " passed" in result.stdout and "failed" not in result.stdout.splitlines()[-1]


def test_phone_matching_works_without_the_short_number_data(tmp_path):
    """Duplicate detection parses phone numbers; the short-number data left out of the bundle is not needed."""
    (tmp_path / "lean_blocker.py").write_text(BLOCKER.format(blocked=left_out_python_modules()))
    env = {**__import__("os").environ, "PYTHONPATH": f"{tmp_path}:{ROOT / 'src'}"}
    code = ("import lean_blocker, phonenumbers\n"
            "a = phonenumbers.parse('+33 6 12 34 56 78', None); b = phonenumbers.parse('06 12 34 56 78', 'FR')\n"
            "assert a == b, (a, b)\n"
            "try:\n import phonenumbers.shortdata.region_FR\nexcept ImportError:\n print('short data blocked')\n")
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.strip() == "short data blocked", result.stderr
