"""What goes into the frozen bundle and what must stay out: shared by the spec, the checks and tests.

Plain Python with no PyInstaller import, so tests and CI scripts can use it without building.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

# Qt modules MentorDesk uses: widgets UI, QLocalServer (single instance), QPdfWriter (in QtGui),
# SVG icons, printing of reports.
ALLOWED_QT = ("Core", "Gui", "Widgets", "Network", "Svg", "SvgWidgets", "PrintSupport", "DBus",
              "XcbQpa", "WaylandClient", "OpenGL", "EglFSDeviceIntegration", "EglFsKmsSupport",
              "WlShellIntegration")

# Qt modules that must never appear in the bundle (prefix match: "Quick" also covers QuickWidgets).
FORBIDDEN_QT = ("WebEngine", "WebChannel", "WebSockets", "WebView", "Qml", "Quick", "3D", "Multimedia",
                "Charts", "DataVisualization", "Graphs", "Pdf", "Designer", "Help", "UiTools", "Test",
                "Sql", "Lottie", "Labs", "Bluetooth", "Nfc", "Positioning", "Location", "Sensors",
                "SerialPort", "RemoteObjects", "Scxml", "StateMachine", "SpatialAudio", "TextToSpeech",
                "VirtualKeyboard", "ShaderTools", "Concurrent", "Xml", "OpenGLWidgets", "WaylandCompositor",
                "WaylandEglCompositor")

# Python-level excludes handed to PyInstaller: PySide6 bindings we never import, plus big
# standard-library or third-party packages that only optional code paths would pull in.
EXCLUDED_MODULES = sorted(
    {f"PySide6.Qt{name}" for name in ("Qml", "QmlFeatures", "Quick", "QuickControls2", "QuickTest",
                                      "QuickWidgets", "Designer", "Help", "UiTools", "Test", "Sql",
                                      "Concurrent", "Xml", "OpenGLWidgets", "LabsStyleKit",
                                      "WebEngineCore", "WebEngineWidgets", "WebEngineQuick",
                                      "WebChannel", "WebSockets", "Multimedia", "MultimediaWidgets",
                                      "Charts", "DataVisualization", "Graphs", "Pdf", "PdfWidgets",
                                      "3DCore", "3DRender", "3DExtras", "Bluetooth", "Positioning",
                                      "Location", "Sensors", "SerialPort", "RemoteObjects", "Scxml",
                                      "StateMachine", "SpatialAudio", "TextToSpeech")}
    | {"tkinter", "_tkinter", "PyQt5", "PyQt6", "PySide2", "IPython", "matplotlib", "numpy",
       "readline", "pytest", "pytestqt", "radicale", "pyinstrument", "setuptools", "pip"}
)

# Qt plugin or data folders that only forbidden modules use.
_FORBIDDEN_FOLDERS = {"qml": "QML runtime folder (Qt Quick/QML)", "qmltooling": "QML debugger plugins",
                      "designer": "Qt Designer plugins", "sqldrivers": "QtSql driver plugins"}

# Linux: shared libraries left to the system (the .deb's Depends, the tarball's README list) instead of
# bundled copies. They belong to the X11/Wayland/GL/font/D-Bus stack, which must match the running
# desktop and its graphics drivers, and the C++ runtime that the system's GL drivers are built against.
SYSTEM_LIB_PREFIXES = (
    "libX11", "libXau", "libXdmcp", "libXext", "libXrender", "libXi", "libXfixes", "libxcb", "libxkbcommon",
    "libGL", "libEGL", "libGLX", "libGLdispatch", "libOpenGL", "libgbm", "libdrm", "libwayland-",
    "libfontconfig", "libfreetype", "libpng16", "libbrotli", "libdbus-1", "libsystemd", "libgcrypt",
    "libgpg-error", "libcap.", "liblz4", "libbsd", "libmd.", "libglib-2.0", "libgthread-2.0",
    "libgobject-2.0", "libgio-2.0", "libgmodule-2.0", "libmount", "libblkid", "libselinux", "libpcre2",
    "libstdc++", "libgcc_s", "libgssapi_krb5", "libkrb5", "libk5crypto", "libcom_err", "libkeyutils",
    "libresolv",
    # only the dropped GTK3 theme and eglfs plugins load these
    "libatk", "libcairo", "libpango", "libgdk_pixbuf", "libharfbuzz", "libfribidi", "libthai", "libdatrie",
    "libgraphite2", "libpixman", "libjpeg", "libQt6EglFS", "libQt6EglFs",
)

# Qt plugins that only embedded targets or GTK integration use: eglfs/linuxfb/vnc platforms and their
# input plugins, the GTK3 theme (it would drag in a private copy of GTK's cairo/pango stack).
DROPPED_QT_PLUGINS = (
    "platforms/libqeglfs", "platforms/libqlinuxfb", "platforms/libqvnc", "platforms/libqminimalegl",
    "platforms/libqvkkhrdisplay", "egldeviceintegrations/", "generic/", "platformthemes/libqgtk3",
)


def keep_in_bundle(dest: str, platform: str) -> bool:
    """Whether a binary PyInstaller collected (its destination path) should ship in the bundle."""
    dest = dest.replace("\\", "/")
    if any(f"plugins/{plugin}" in dest for plugin in DROPPED_QT_PLUGINS):
        return False
    if platform.startswith("linux"):
        return not dest.rsplit("/", 1)[-1].startswith(SYSTEM_LIB_PREFIXES)
    return True

# Debian/Ubuntu packages providing every library the bundle loads but does not ship (checked against
# the bundle's NEEDED entries by tools/dist_check.py). "a | b": the Ubuntu 24.04 / Debian 13 name first.
DEB_DEPENDS = (
    "libstdc++6", "libgcc-s1", "libglib2.0-0t64 | libglib2.0-0", "libdbus-1-3", "libgssapi-krb5-2",
    "libbrotli1", "libfontconfig1", "libfreetype6", "libegl1", "libgl1", "libx11-6", "libx11-xcb1",
    "libxcb1", "libxcb-cursor0", "libxcb-glx0", "libxcb-icccm4", "libxcb-image0", "libxcb-keysyms1",
    "libxcb-randr0", "libxcb-render0", "libxcb-render-util0", "libxcb-shape0", "libxcb-shm0",
    "libxcb-sync1", "libxcb-util1", "libxcb-xfixes0", "libxcb-xkb1", "libxkbcommon0", "libxkbcommon-x11-0",
    "libwayland-client0", "libwayland-cursor0", "libwayland-egl1",
)
# Recommended: fonts to draw text with. Suggested: a Secret Service keyring for sync passwords.
DEB_RECOMMENDS = ("fonts-dejavu-core | fonts-liberation2",)
DEB_SUGGESTS = ("gnome-keyring",)


def deb_depends(glibc_version: str | None) -> str:
    """The control file's Depends line: libc6 at the newest symbol version the bundle uses, then the rest."""
    libc = f"libc6 (>= {glibc_version})" if glibc_version else "libc6"
    return ", ".join((libc,) + DEB_DEPENDS)


def depends_names(depends: str) -> set[str]:
    """Every package name a Depends line accepts (alternatives included, version constraints dropped)."""
    return {alt.split("(")[0].strip() for item in depends.split(",") for alt in item.split("|") if alt.strip()}


_QT_NAME = re.compile(r"^(?:lib)?Qt6?(?P<module>[A-Z0-9][A-Za-z0-9]*)")


def app_info(root: Path) -> tuple[str, str, str]:
    """(APP_NAME, APP_ID, __version__) read from src/mentordesk/__init__.py without importing it."""
    tree = ast.parse((Path(root) / "src" / "mentordesk" / "__init__.py").read_text(encoding="utf-8"))
    values = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    values[target.id] = node.value.value
    missing = [key for key in ("APP_NAME", "APP_ID", "__version__") if not isinstance(values.get(key), str)]
    if missing:
        raise ValueError(f"src/mentordesk/__init__.py does not define {', '.join(missing)} as strings")
    return values["APP_NAME"], values["APP_ID"], values["__version__"]


def qt_module_of(filename: str) -> str | None:
    """The Qt module a bundled file belongs to ("libQt6Quick.so.6" -> "Quick"), or None."""
    match = _QT_NAME.match(filename)
    return match.group("module") if match else None


def forbidden_reason(relpath: str) -> str | None:
    """Why this bundled path is forbidden (names the Qt module), or None when it may ship."""
    parts = relpath.replace("\\", "/").split("/")
    for part in parts:
        if part in _FORBIDDEN_FOLDERS:
            return _FORBIDDEN_FOLDERS[part]
        module = qt_module_of(part)
        if module and module.startswith(FORBIDDEN_QT):
            return f"Qt module Qt{module}"
        if part.lower().startswith(("qtwebengine", "libqwebgl")):
            return "Qt WebEngine resource"
    return None


def forbidden_files(bundle: Path) -> list[tuple[str, str]]:
    """Every file or folder in the bundle that belongs to a forbidden Qt module, with the reason."""
    bundle = Path(bundle)
    found = []
    for path in sorted(bundle.rglob("*")):
        rel = path.relative_to(bundle).as_posix()
        reason = forbidden_reason(rel)
        # report a forbidden folder once, not every file inside it
        if reason and not any(rel.startswith(prev + "/") for prev, _ in found):
            found.append((rel, reason))
    return found


def qt_modules_in(bundle: Path) -> set[str]:
    """Names of the Qt modules whose libraries or bindings are in the bundle (for the size report)."""
    return {m for p in Path(bundle).rglob("*") if (m := qt_module_of(p.name))}


if __name__ == "__main__":  # `python packaging/bundle_rules.py --version`: for release.yml and shell scripts
    import sys

    if sys.argv[1:] != ["--version"]:
        raise SystemExit("usage: bundle_rules.py --version")
    print(app_info(Path(__file__).resolve().parents[1])[2])
