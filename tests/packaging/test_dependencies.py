"""The bundle's library rules (issue #22): dropped plugins (the GTK3 theme) take the libraries only they
need with them, and a library only optional plugins load is not a hard dependency of the .deb."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
sys.path.insert(0, str(ROOT / "tools"))

import bundle_rules  # noqa: E402
import dist_check  # noqa: E402
from bundle_rules import (  # noqa: E402
    DROPPED_QT_PLUGINS,
    OPTIONAL_QT_PLUGINS,
    dropped_files,
    elf_needed,
    keep_in_bundle,
    plugin_of,
    prune_dropped,
)

QT = "PySide6/Qt"
GTK_THEME = f"{QT}/plugins/platformthemes/libqgtk3.so"


def test_the_gtk3_theme_is_dropped_and_the_portal_theme_is_optional():
    assert plugin_of(GTK_THEME, DROPPED_QT_PLUGINS) == "platformthemes/libqgtk3"
    assert not keep_in_bundle(GTK_THEME, "linux") and not keep_in_bundle(GTK_THEME, "win32")
    assert plugin_of(f"{QT}/plugins/platformthemes/libqxdgdesktopportal.so", OPTIONAL_QT_PLUGINS)
    assert plugin_of(f"{QT}/plugins/platforms/libqxcb.so", OPTIONAL_QT_PLUGINS) is None
    assert plugin_of(f"{QT}/plugins/platforms/libqoffscreen.so", DROPPED_QT_PLUGINS) is None
    assert all(reason for reason in OPTIONAL_QT_PLUGINS.values())


def test_spec_prunes_what_only_dropped_plugins_need_before_filtering():
    text = (ROOT / "packaging" / "mentordesk.spec").read_text(encoding="utf-8")
    assert "a.binaries, pruned = prune_dropped(a.binaries)" in text
    assert text.index("prune_dropped(a.binaries)") < text.index("keep_in_bundle(entry[0], sys.platform)")


def _fake_needed(graph):
    return lambda source: graph.get(source)


def test_prune_dropped_takes_the_gtk_stack_with_the_theme_and_keeps_shared_libraries():
    graph = {
        "src/libqgtk3.so": ["libgtk-3.so.0", "libgdk-3.so.0", "libQt6Gui.so.6", "libatk-1.0.so.0"],
        "src/libgtk-3.so.0": ["libgdk-3.so.0", "libepoxy.so.0", "libatk-1.0.so.0"],
        "src/libgdk-3.so.0": ["libepoxy.so.0", "libXi.so.6"],
        "src/libepoxy.so.0": [],
        "src/libQt6Gui.so.6": ["libQt6Core.so.6"],
        "src/libQt6Core.so.6": [],
        "src/QtGui.abi3.so": ["libQt6Gui.so.6"],
        "src/libqxcb.so": ["libQt6Gui.so.6"],
        "src/libffi.so.8": [],  # loaded through ctypes: nothing links it, it stays
    }
    binaries = [
        (GTK_THEME, "src/libqgtk3.so", "BINARY"),
        ("libgtk-3.so.0", "src/libgtk-3.so.0", "BINARY"),
        ("libgdk-3.so.0", "src/libgdk-3.so.0", "BINARY"),
        ("libepoxy.so.0", "src/libepoxy.so.0", "BINARY"),
        (f"{QT}/lib/libQt6Gui.so.6", "src/libQt6Gui.so.6", "BINARY"),
        ("libQt6Gui.so.6", f"{QT}/lib/libQt6Gui.so.6", "SYMLINK"),
        (f"{QT}/lib/libQt6Core.so.6", "src/libQt6Core.so.6", "BINARY"),
        ("PySide6/QtGui.abi3.so", "src/QtGui.abi3.so", "EXTENSION"),
        (f"{QT}/plugins/platforms/libqxcb.so", "src/libqxcb.so", "BINARY"),
        ("libffi.so.8", "src/libffi.so.8", "BINARY"),
    ]
    kept, pruned = prune_dropped(binaries, needed=_fake_needed(graph))
    assert pruned == sorted([GTK_THEME, "libgtk-3.so.0", "libgdk-3.so.0", "libepoxy.so.0"])
    assert [entry[0] for entry in kept] == [entry[0] for entry in binaries[4:]]


def test_prune_dropped_keeps_a_library_a_kept_file_needs_too():
    graph = {"src/theme.so": ["libshared.so.1"], "src/libshared.so.1": [], "src/app.so": ["libshared.so.1"]}
    binaries = [(GTK_THEME, "src/theme.so", "BINARY"), ("libshared.so.1", "src/libshared.so.1", "BINARY"),
                ("app.so", "src/app.so", "EXTENSION")]
    kept, pruned = prune_dropped(binaries, needed=_fake_needed(graph))
    assert pruned == [GTK_THEME]
    assert [entry[0] for entry in kept] == ["libshared.so.1", "app.so"]


def test_elf_needed_reads_the_same_sonames_as_readelf():
    import PySide6

    library = next(Path(PySide6.__file__).parent.glob("QtCore*.so"))
    needed = elf_needed(library)
    assert needed and any(name.startswith("libQt6Core.so") for name in needed)
    if shutil.which("readelf"):
        out = subprocess.run(["readelf", "-d", str(library)], capture_output=True, text=True).stdout
        assert needed == [line.split("[", 1)[1].rstrip("]") for line in out.splitlines() if "(NEEDED)" in line]
    assert elf_needed(ROOT / "README.md") is None
    assert elf_needed(ROOT / "does-not-exist.so") is None


def test_dropped_files_finds_the_theme_or_its_gtk_in_a_bundle(tmp_path):
    internal = tmp_path / "_internal"
    (internal / QT / "plugins/platformthemes").mkdir(parents=True)
    (internal / QT / "plugins/platformthemes/libqxdgdesktopportal.so").write_bytes(b"")
    assert dropped_files(tmp_path) == []
    (internal / "libgtk-3.so.0").write_bytes(b"")
    (internal / QT / "plugins/platformthemes/libqgtk3.so").write_bytes(b"")
    assert dropped_files(tmp_path) == [f"_internal/{GTK_THEME}", "_internal/libgtk-3.so.0"]


def _fake_bundle(tmp_path, monkeypatch, graph):
    """Files named as in `graph` (relative paths) whose NEEDED entries are the graph's lists."""
    for rel in graph:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_bytes(b"")
    needed = {str(tmp_path / rel): deps for rel, deps in graph.items()}
    monkeypatch.setattr(bundle_rules, "elf_needed", lambda path: needed.get(str(path)))
    return tmp_path


FAKE_BUNDLE = {
    "mentordesk": ["libc.so.6"],
    f"_internal/{QT}/lib/libQt6Gui.so.6": ["libEGL.so.1", "libc.so.6"],
    f"_internal/{QT}/lib/libQt6WaylandClient.so.6": ["libwayland-client.so.0", "libQt6Gui.so.6"],
    "_internal/PySide6/QtGui.abi3.so": ["libQt6Gui.so.6"],
    f"_internal/{QT}/plugins/platforms/libqxcb.so": ["libxcb-cursor.so.0", "libQt6Gui.so.6"],
    f"_internal/{QT}/plugins/platforms/libqwayland.so": ["libQt6WaylandClient.so.6", "libwayland-cursor.so.0"],
    f"_internal/{QT}/plugins/platforminputcontexts/libibus.so": ["libibus-1.0.so.5", "libQt6Gui.so.6"],
}


def test_system_libraries_tell_required_from_optional(tmp_path, monkeypatch):
    bundle = _fake_bundle(tmp_path, monkeypatch, FAKE_BUNDLE)
    (bundle / "_internal/libQt6Gui.so.6").symlink_to(f"{QT}/lib/libQt6Gui.so.6")
    libraries = dist_check.system_libraries(bundle)
    assert {name for name, info in libraries.items() if info["required"]} == {
        "libc.so.6", "libEGL.so.1", "libxcb-cursor.so.0"}
    # libQt6WaylandClient is bundled but only the Wayland platform plugin loads it
    assert libraries["libwayland-client.so.0"]["optional_for"] == {"platforms/libqwayland"}
    assert not libraries["libwayland-client.so.0"]["required"]
    assert libraries["libibus-1.0.so.5"]["optional_for"] == {"platforminputcontexts/"}


def _fake_system(monkeypatch, depends, recommends, packages):
    def sh(cmd, **kwargs):
        field = {"Depends": depends, "Recommends": recommends}.get(cmd[-1], "")
        return subprocess.CompletedProcess(cmd, 0, field + "\n", "")

    monkeypatch.setattr(dist_check, "sh", sh)
    monkeypatch.setattr(dist_check, "installed", lambda package: True)
    monkeypatch.setattr(dist_check, "package_of", packages.get)


PACKAGES = {"libc.so.6": "libc6", "libEGL.so.1": "libegl1", "libxcb-cursor.so.0": "libxcb-cursor0",
            "libwayland-client.so.0": "libwayland-client0", "libwayland-cursor.so.0": "libwayland-cursor0"}


def test_optional_libraries_outside_depends_are_ignored_with_their_reason(tmp_path, monkeypatch, capsys):
    bundle = _fake_bundle(tmp_path, monkeypatch, FAKE_BUNDLE)
    _fake_system(monkeypatch, "libc6, libegl1, libxcb-cursor0", "libwayland-client0", PACKAGES)
    dist_check.check_depends(bundle, tmp_path / "fake.deb")
    out = capsys.readouterr().out
    assert "3 system libraries the app needs all come from Depends" in out
    assert "1 more that only optional plugins load come from Depends/Recommends" in out  # wayland-client
    assert "ignored: libwayland-cursor.so.0 (from libwayland-cursor0, not in Depends/Recommends)" in out
    assert OPTIONAL_QT_PLUGINS["platforms/libqwayland"] in out
    assert "ignored: libibus-1.0.so.5 (not installed here)" in out


def test_a_required_library_outside_depends_fails(tmp_path, monkeypatch):
    bundle = _fake_bundle(tmp_path, monkeypatch, FAKE_BUNDLE)
    _fake_system(monkeypatch, "libc6, libegl1", "libxcb-cursor0", PACKAGES)
    with pytest.raises(dist_check.CheckFailed, match="libxcb-cursor.so.0 comes from libxcb-cursor0, which is not"):
        dist_check.check_depends(bundle, tmp_path / "fake.deb")
