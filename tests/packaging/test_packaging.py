"""Fast packaging checks: the spec, the bundle rules, the desktop entry, icons and the installer scripts.

The slow build and the frozen app's self-test run through `make dist-check`, not here.
"""

from __future__ import annotations

import ast
import configparser
import re
import struct
import subprocess
import sys
from pathlib import Path

import pytest

import mentordesk

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
sys.path.insert(0, str(ROOT / "tools"))

import bundle_rules  # noqa: E402
from bundle_rules import (  # noqa: E402
    app_info,
    deb_depends,
    depends_names,
    forbidden_files,
    forbidden_reason,
    keep_in_bundle,
    qt_module_of,
)

SPEC = ROOT / "packaging" / "mentordesk.spec"


def test_version_and_name_are_read_from_the_package():
    assert app_info(ROOT) == (mentordesk.APP_NAME, mentordesk.APP_ID, mentordesk.__version__)


def test_version_reader_names_what_is_missing(tmp_path):
    (tmp_path / "src" / "mentordesk").mkdir(parents=True)
    (tmp_path / "src" / "mentordesk" / "__init__.py").write_text('APP_NAME = "X"\n__version__ = "1.0"\n')
    with pytest.raises(ValueError, match="APP_ID"):
        app_info(tmp_path)


def test_bundle_rules_prints_the_version_for_ci_scripts():
    out = subprocess.run([sys.executable, str(ROOT / "packaging" / "bundle_rules.py"), "--version"],
                         capture_output=True, text=True, check=True).stdout
    assert out.strip() == mentordesk.__version__


def test_spec_parses_and_uses_the_shared_rules():
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    calls = {node.func.id for node in ast.walk(tree) if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)}
    assert {"Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE", "collect_submodules", "app_info"} <= calls
    text = SPEC.read_text(encoding="utf-8")
    assert 'collect_submodules("mentordesk")' in text
    assert "excludes=EXCLUDED_MODULES" in text
    assert '(str(ROOT / "resources"), "resources")' in text  # where paths.resources_dir() looks when frozen
    assert "keep_in_bundle(entry[0], sys.platform)" in text


def test_spec_entry_script_runs_the_cli(tmp_path):
    launch = (ROOT / "packaging" / "launch.py").read_text()
    assert "from mentordesk.cli import main" in launch
    result = subprocess.run([sys.executable, str(ROOT / "packaging" / "launch.py"), "--version"],
                            capture_output=True, text=True)
    assert result.returncode == 0 and mentordesk.__version__ in result.stdout


def test_every_lazily_imported_module_is_a_mentordesk_submodule():
    """collect_submodules("mentordesk") covers them only if they live inside the package."""
    from mentordesk import cli, db
    from mentordesk.exchange import registry
    from mentordesk.services import kinds

    for name in [*cli.COMMAND_MODULES, *db.MODEL_MODULES, *registry.format_modules(), *kinds.KIND_MODULES]:
        assert name.startswith("mentordesk."), name


@pytest.mark.parametrize("filename, module", [
    ("libQt6Quick.so.6", "Quick"), ("Qt6WebEngineCore.dll", "WebEngineCore"), ("QtQml.abi3.so", "Qml"),
    ("QtWebEngineCore.framework", "WebEngineCore"), ("libQt6Gui.so.6", "Gui"), ("qtbase_de.qm", None),
    ("libqxcb.so", None),
])
def test_qt_module_names_are_recognised_on_every_platform(filename, module):
    assert qt_module_of(filename) == module


@pytest.mark.parametrize("path", [
    "_internal/PySide6/Qt/lib/libQt6Quick.so.6", "_internal/PySide6/Qt/lib/libQt6QmlModels.so.6",
    "_internal/PySide6/QtQml.abi3.so", "_internal/PySide6/Qt6WebEngineCore.dll",
    "Contents/Frameworks/PySide6/Qt/lib/QtMultimedia.framework/QtMultimedia",
    "_internal/PySide6/Qt/lib/libQt63DCore.so.6", "_internal/PySide6/Qt/qml/QtQuick/Controls/qmldir",
    "_internal/PySide6/Qt/plugins/sqldrivers/libqsqlite.so", "_internal/PySide6/QtCharts.pyd",
])
def test_forbidden_modules_are_caught(path):
    assert forbidden_reason(path)


@pytest.mark.parametrize("path", [
    "_internal/PySide6/Qt/lib/libQt6Core.so.6", "_internal/PySide6/Qt/lib/libQt6Widgets.so.6",
    "_internal/PySide6/QtNetwork.abi3.so", "_internal/PySide6/Qt/lib/libQt6Svg.so.6",
    "_internal/PySide6/Qt/plugins/platforms/libqxcb.so", "_internal/PySide6/Qt/lib/libQt6OpenGL.so.6",
    "_internal/PySide6/Qt/translations/qtbase_de.qm", "_internal/resources/icons/person.svg",
    "_internal/PySide6/Qt6PrintSupport.dll",
])
def test_modules_the_app_uses_are_allowed(path):
    assert forbidden_reason(path) is None


def test_forbidden_files_scans_a_tree_and_reports_a_folder_once(tmp_path):
    lib = tmp_path / "_internal" / "PySide6" / "Qt" / "lib"
    lib.mkdir(parents=True)
    (lib / "libQt6Core.so.6").write_bytes(b"")
    (lib / "libQt6WebEngineCore.so.6").write_bytes(b"")
    qml = tmp_path / "_internal" / "PySide6" / "Qt" / "qml" / "QtQuick"
    qml.mkdir(parents=True)
    (qml / "qmldir").write_text("")
    found = dict(forbidden_files(tmp_path))
    assert set(found) == {"_internal/PySide6/Qt/lib/libQt6WebEngineCore.so.6", "_internal/PySide6/Qt/qml"}
    assert "WebEngine" in found["_internal/PySide6/Qt/lib/libQt6WebEngineCore.so.6"]


def test_check_bundle_script_fails_on_a_forbidden_module(tmp_path):
    script = ROOT / "tools" / "check_bundle.py"
    (tmp_path / "libQt6Core.so.6").write_bytes(b"")
    good = subprocess.run([sys.executable, str(script), str(tmp_path)], capture_output=True, text=True)
    assert good.returncode == 0 and "Core" in good.stdout
    (tmp_path / "libQt6Multimedia.so.6").write_bytes(b"")
    bad = subprocess.run([sys.executable, str(script), str(tmp_path)], capture_output=True, text=True)
    assert bad.returncode == 1 and "libQt6Multimedia.so.6" in bad.stderr


def test_no_qt_binding_the_app_imports_is_excluded():
    used = set()
    for path in (ROOT / "src" / "mentordesk").rglob("*.py"):
        used.update(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    excluded = {name.split(".", 1)[1] for name in bundle_rules.EXCLUDED_MODULES if name.startswith("PySide6.")}
    assert used, "expected the UI to import PySide6 modules"
    assert not used & excluded, f"the app imports excluded Qt modules: {used & excluded}"
    for module in used:
        assert not module.removeprefix("Qt").startswith(bundle_rules.FORBIDDEN_QT), module


def test_system_libraries_and_dropped_plugins_stay_out_of_the_linux_bundle():
    assert not keep_in_bundle("libxcb-cursor.so.0", "linux")
    assert not keep_in_bundle("libstdc++.so.6", "linux")
    assert not keep_in_bundle("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "linux")
    assert not keep_in_bundle("PySide6/Qt/plugins/platforms/libqeglfs.so", "linux")
    assert keep_in_bundle("PySide6/Qt/plugins/platforms/libqxcb.so", "linux")
    assert keep_in_bundle("PySide6/Qt/lib/libQt6Core.so.6", "linux")
    assert keep_in_bundle("libpython3.11.so.1.0", "linux")
    assert keep_in_bundle("libssl.so.3", "linux")
    assert keep_in_bundle("libstdc++.so.6", "darwin")  # only Linux leaves these to the system


def test_depends_cover_qt_xcb_needs_and_accept_t64_names():
    line = deb_depends("2.36")
    assert line.startswith("libc6 (>= 2.36), ")
    names = depends_names(line)
    for package in ("libegl1", "libgl1", "libxcb-cursor0", "libfontconfig1", "libxkbcommon-x11-0",
                    "libxcb-icccm4", "libxcb-keysyms1", "libglib2.0-0", "libglib2.0-0t64"):
        assert package in names


def test_desktop_entry_is_valid():
    path = ROOT / "packaging" / "linux" / f"{mentordesk.DESKTOP_ID}.desktop"
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(path)
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Name"] == mentordesk.APP_NAME
    assert section["Exec"].split()[0] == mentordesk.APP_ID  # the /usr/bin launcher the .deb installs
    assert section["Icon"] == mentordesk.DESKTOP_ID  # the hicolor icon name the packages install
    assert section["Terminal"] == "false"
    assert section["Categories"].endswith(";")
    import shutil

    if shutil.which("desktop-file-validate"):
        result = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_control_template_renders_every_field():
    from build_dist import control_text

    text = control_text("1.2.3", "amd64", 12345, "2.36")
    fields = dict(line.split(": ", 1) for line in text.splitlines() if line and not line.startswith(" "))
    assert fields["Package"] == "mentordesk" and fields["Version"] == "1.2.3"
    assert fields["Architecture"] == "amd64" and fields["Installed-Size"] == "12345"
    assert "libxcb-cursor0" in fields["Depends"]
    assert "{" not in text


def test_icons_render_at_every_size_and_pack_into_ico_and_icns(tmp_path, qapp):
    from make_icons import HICOLOR_SIZES, ICO_SIZES, make_icons
    from PySide6.QtGui import QImage, QImageReader

    make_icons(tmp_path)
    for size in HICOLOR_SIZES:
        image = QImage(str(tmp_path / "hicolor" / f"{size}x{size}" / "apps" / "mentordesk.png"))
        assert (image.width(), image.height()) == (size, size)
    ico = tmp_path / "mentordesk.ico"
    assert struct.unpack("<HHH", ico.read_bytes()[:6]) == (0, 1, len(ICO_SIZES))
    reader = QImageReader(str(ico))
    assert reader.imageCount() == len(ICO_SIZES)
    icns = tmp_path / "mentordesk.icns"
    data = icns.read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    assert QImageReader(str(icns)).canRead()


def test_inno_setup_script_installs_per_user_with_start_menu_and_uninstaller():
    text = (ROOT / "packaging" / "windows" / "mentordesk.iss").read_text()
    assert re.search(r"^PrivilegesRequired=lowest$", text, re.M)
    assert re.search(r"^DefaultDirName=\{autopf\}", text, re.M)
    assert re.search(r'^Name: "\{autoprograms\}\\\{#AppName\}"', text, re.M)  # Start-menu entry
    assert re.search(r"^UninstallDisplayIcon=", text, re.M)
    assert "OutputBaseFilename=MentorDesk-{#AppVersion}-windows-x64-setup" in text


def test_release_workflow_builds_every_platform_from_the_same_spec():
    text = (ROOT / ".github" / "workflows" / "release.yml").read_text()
    for job in ("linux:", "windows:", "macos:", "publish:"):
        assert f"\n  {job}" in text
    assert text.count("packaging/mentordesk.spec") >= 2
    assert "make dist" in text and "make dist-check" in text
    assert "packaging\\windows\\mentordesk.iss" in text
    assert "packaging/macos/make_dmg.sh" in text
    assert text.count("--self-test") >= 3
    assert "tools/check_bundle.py" in text
    # the artifact names the workflow uploads are the ones the build scripts write
    assert "MentorDesk-*-windows-x64-setup.exe" in text and "MentorDesk-*-macos-*.dmg" in text
    assert "MentorDesk-${version}-macos-${arch}.dmg" in (ROOT / "packaging" / "macos" / "make_dmg.sh").read_text()


def test_release_workflow_is_valid_yaml_with_pinned_runners():
    yaml = pytest.importorskip("yaml")
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "release.yml").read_text())
    jobs = workflow["jobs"]
    assert jobs["linux"]["runs-on"] == "ubuntu-22.04"
    assert jobs["windows"]["runs-on"].startswith("windows")
    assert jobs["macos"]["runs-on"].startswith("macos")
    assert set(jobs["publish"]["needs"]) == {"linux", "windows", "macos"}
    for name in ("linux", "windows", "macos"):
        assert all("uses" in step or "run" in step for step in jobs[name]["steps"])
