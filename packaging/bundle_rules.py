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
    # phonenumbers: only parsing is used (matching numbers); its place names, carriers and time zones
    # are 45 MB of data the app never reads.
    | {"phonenumbers.geocoder", "phonenumbers.geodata", "phonenumbers.carrier", "phonenumbers.carrierdata",
       "phonenumbers.timezone", "phonenumbers.tzdata"}
    # sync speaks HTTP/1.1 to CalDAV servers: urllib3-future falls back to HTTP/1.1 without its HTTP/2 (jh2)
    # and HTTP/3/QUIC (qh3) stacks, and niquests only needs qh3 for OCSP checks it skips without it; caldav
    # uses lxml.etree only, and requests only when niquests is missing (tests/packaging/test_lean_bundle.py
    # runs the sync tests with these blocked).
    | {"jh2", "qh3", "requests", "lxml.objectify", "lxml.html", "lxml.isoschematron"}
    # rapidfuzz's AVX2 builds: rapidfuzz falls back to its baseline build, and on names (MentorDesk's
    # only use: duplicate people) the two measure the same; PyYAML's C parser (caldav reads no YAML
    # config in the app, and PyYAML falls back to pure Python); the QtDBus Python binding (Qt's own D-Bus
    # library stays for the platform); the debugger and doc tools that only lazy code paths name.
    | {"rapidfuzz.fuzz_cpp_avx2", "rapidfuzz.distance.metrics_cpp_avx2", "yaml._yaml", "PySide6.QtDBus",
       "pdb", "pydoc", "pydoc_data", "doctest", "unittest", "lxml.sax", "lxml.builder"}
    # multiprocessing: only concurrent.futures' process pool names it, and nothing starts one
    | {"multiprocessing"}
    # dnspython: only caldav's RFC 6764 discovery (SRV lookups for a bare domain) uses it, and MentorDesk
    # connects to the URL given (sync.dav passes enable_rfc6764=False)
    | {"dns", "caldav.discovery"}
    # urllib3: niquests runs on urllib3-future, which installs itself both as urllib3_future and (unless
    # the real urllib3, needed only by the tests' requests, overwrote it) as urllib3; without `urllib3`
    # niquests takes urllib3_future, whatever the build machine's install order was.
    | {"urllib3"}
)

# Module-name prefixes the spec drops from the collected pure modules (excludes take no wildcards):
# phonenumbers' short-number data (emergency and service numbers), one module per region, loaded only by
# its ShortNumberInfo functions; MentorDesk only parses numbers. _pydecimal: decimal's pure-Python
# fallback, never loaded while the C _decimal is there.
LEFT_OUT_MODULE_PREFIXES = ("phonenumbers.shortdata.region_", "_pydecimal")


def keep_module(name: str) -> bool:
    """Whether a pure module PyInstaller collected (its dotted name) should go into the module archive."""
    return not name.startswith(LEFT_OUT_MODULE_PREFIXES)


# Python modules that must not be in the frozen app's module archive (checked in the PYZ by pyz_modules).
LEFT_OUT_MODULES = ("jh2", "qh3", "requests", "urllib3", "lxml.objectify", "lxml.html", "pdb", "pydoc",
                    "doctest", "unittest", "multiprocessing", "dns", "caldav.discovery", "rapidfuzz.fuzz_cpp_avx2",
                    "rapidfuzz.distance.metrics_cpp_avx2")

# What the lean bundle leaves out (issue #22), as bundle paths: the build and dist-check fail if one comes back.
LEAN_LEFT_OUT = {
    "jh2/": "HTTP/2 stack (sync uses HTTP/1.1)", "qh3/": "HTTP/3 (QUIC) stack", "requests/": "requests (niquests is used)",
    "lxml/objectify": "lxml.objectify", "lxml/html/": "lxml.html", "lxml/isoschematron/": "lxml.isoschematron",
    "rapidfuzz/fuzz_cpp_avx2": "rapidfuzz's AVX2 build", "rapidfuzz/distance/metrics_cpp_avx2": "rapidfuzz's AVX2 build",
    "yaml/_yaml": "PyYAML's C parser", "PySide6/QtDBus.": "the QtDBus Python binding",
    "plugins/networkinformation/": "network-information plugins (sync retries on its own)",
    "plugins/tls/": "Qt TLS backends (HTTPS goes through Python's ssl, not QtNetwork)",
}

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
    # only the dropped GTK3 theme and eglfs plugins load these (prune_dropped already leaves them out)
    "libatk", "libcairo", "libpango", "libgdk_pixbuf", "libharfbuzz", "libfribidi", "libthai", "libdatrie",
    "libgraphite2", "libpixman", "libjpeg", "libQt6EglFS", "libQt6EglFs",
)

# Qt plugins that only embedded targets or GTK integration use: eglfs/linuxfb/vnc platforms and their
# input plugins, and the GTK3 platform theme. Decision (issue #22): the GTK3 theme stays out. Without it
# Qt uses its generic theme and the Fusion style on every desktop (what the tests, the self-test and
# Xvfb runs always used); the theme would only add GTK's file dialogs, colors and fonts, and with it
# PyInstaller bundles libgtk-3/libgdk-3/libepoxy/libatspi... from the build machine, whose own needs
# (atk, cairo, pango, harfbuzz, X extensions) would all have to be Depends. mentordesk.spec drops it
# with the libraries only it needs (prune_dropped); dropped_files() fails the build and dist-check if
# it comes back.
DROPPED_QT_PLUGINS = (
    "platforms/libqeglfs", "platforms/libqlinuxfb", "platforms/libqvnc", "platforms/libqminimalegl",
    "platforms/libqvkkhrdisplay", "egldeviceintegrations/", "generic/", "platformthemes/libqgtk3",
    # The lean bundle (issue #22): image formats no picture of the app comes in (icons are SVG and PNG,
    # photos JPEG, PNG or GIF), network information and TLS backends (sync is Python's niquests, not
    # QtNetwork), Wayland shells other than xdg-shell (what desktop compositors speak) and the buffer
    # integrations that only serve a nested compositor.
    "imageformats/libqtiff", "imageformats/libqwebp", "imageformats/libqicns", "imageformats/libqtga",
    "imageformats/libqwbmp", "imageformats/libqico", "imageformats/qtiff", "imageformats/qwebp",
    "imageformats/qicns", "imageformats/qtga", "imageformats/qwbmp", "imageformats/qico",
    "networkinformation/", "tls/",
    "wayland-shell-integration/libfullscreen-shell", "wayland-shell-integration/libivi-shell",
    "wayland-shell-integration/libqt-shell", "wayland-shell-integration/libwl-shell",
    "wayland-graphics-integration-client/libdmabuf-server", "wayland-graphics-integration-client/libshm-emulation-server",
    "wayland-graphics-integration-client/libvulkan-server",
    # OpenGL integrations (with libQt6OpenGL, which only they load): the widgets UI paints with the raster
    # engine into shared memory on X11 and Wayland alike; nothing in the app creates an OpenGL context.
    "xcbglintegrations/", "wayland-graphics-integration-client/libqt-plugin-wayland-egl",
)

# Plugins the app runs without (it only needs platforms/libqxcb or libqoffscreen, imageformats/libqsvg and
# iconengines): a system library only these load is not a hard dependency. tools/dist_check.py accepts it
# when it is in Recommends, else lists it as ignored with this reason instead of failing.
OPTIONAL_QT_PLUGINS = {
    "platforms/libqwayland": "native Wayland; without it Qt uses xcb through XWayland",
    "wayland-": "native Wayland (decorations, shells, graphics integrations)",
    "platformthemes/libqxdgdesktopportal": "portal file dialogs in sandboxes; Qt's own dialogs otherwise",
    "platforminputcontexts/": "input methods (IBus, compose keys)",
    "imageformats/libqjpeg": "JPEG contact photos", "imageformats/libqgif": "GIF contact photos",
}


def plugin_of(path: str, plugins) -> str | None:
    """The entry of `plugins` (e.g. "platformthemes/libqgtk3") that a bundled path is, or None."""
    path = path.replace("\\", "/")
    for plugin in plugins:
        if f"plugins/{plugin}" in path:
            return plugin
    return None


# Linux: Qt libraries PySide6's hooks collect that nothing left in the bundle links (only the dropped
# OpenGL integration plugins did); dist-check's library scan fails if a bundled file still needs one.
LINUX_UNUSED_QT_LIBS = ("libQt6OpenGL.so",)


def keep_in_bundle(dest: str, platform: str) -> bool:
    """Whether a binary PyInstaller collected (its destination path) should ship in the bundle."""
    dest = dest.replace("\\", "/")
    if plugin_of(dest, DROPPED_QT_PLUGINS):
        return False
    if dest.startswith("resources/i18n/") and dest.endswith(".ts"):
        return False  # translation sources: the app loads the compiled .qm files
    if platform.startswith("linux"):
        return not dest.rsplit("/", 1)[-1].startswith(SYSTEM_LIB_PREFIXES + LINUX_UNUSED_QT_LIBS)
    return True


def elf_dynamic(path) -> dict[str, list[str]] | None:
    """The DT_NEEDED, DT_RPATH and DT_RUNPATH strings of an ELF file (like `readelf -d`), None if not ELF."""
    import struct

    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError:
        return None
    if data[:4] != b"\x7fELF" or len(data) < 64:
        return None
    is64, order = data[4] == 2, "<" if data[5] == 1 else ">"
    if is64:
        shoff, = struct.unpack_from(order + "Q", data, 0x28)
        shentsize, shnum = struct.unpack_from(order + "HH", data, 0x3A)
    else:
        shoff, = struct.unpack_from(order + "I", data, 0x20)
        shentsize, shnum = struct.unpack_from(order + "HH", data, 0x2E)
    sections = []
    for i in range(shnum):
        base = shoff + i * shentsize
        if is64:
            _, sh_type, _, _, offset, size, link, _, _, entsize = struct.unpack_from(order + "IIQQQQIIQQ", data, base)
        else:
            _, sh_type, _, _, offset, size, link, _, _, entsize = struct.unpack_from(order + "IIIIIIIIII", data, base)
        sections.append((sh_type, offset, size, link, entsize))
    found: dict[str, list[str]] = {"needed": [], "rpath": [], "runpath": []}
    tags = {1: "needed", 15: "rpath", 29: "runpath"}  # DT_NEEDED, DT_RPATH, DT_RUNPATH
    for sh_type, offset, size, link, entsize in sections:
        if sh_type != 6:  # SHT_DYNAMIC
            continue
        strtab = sections[link][1]
        entry = order + ("qQ" if is64 else "iI")
        step = entsize or struct.calcsize(entry)
        for pos in range(offset, offset + size, step):
            tag, value = struct.unpack_from(entry, data, pos)
            if tag == 0:  # DT_NULL
                break
            if tag in tags:
                end = data.index(b"\0", strtab + value)
                found[tags[tag]].append(data[strtab + value:end].decode())
    return found


def elf_needed(path) -> list[str] | None:
    """The DT_NEEDED sonames of an ELF file, or None when it is not an ELF file."""
    dynamic = elf_dynamic(path)
    return None if dynamic is None else dynamic["needed"]


def foreign_search_paths(path) -> list[str]:
    """RPATH/RUNPATH entries of an ELF file that point outside the bundle (not $ORIGIN-relative)."""
    dynamic = elf_dynamic(path) or {}
    entries = [e for value in dynamic.get("rpath", []) + dynamic.get("runpath", []) for e in value.split(":")]
    return [e for e in entries if e and not e.startswith(("$ORIGIN", "${ORIGIN}"))]


def elf_files(tree: Path) -> dict[Path, list[str]]:
    """Every regular ELF file under `tree` with its NEEDED sonames."""
    out = {}
    for path in tree.rglob("*"):
        if path.is_file() and not path.is_symlink() and (needed := elf_needed(path)) is not None:
            out[path] = needed
    return out


def system_libraries(bundle: Path) -> dict[str, dict]:
    """soname -> {"users", "optional_for"} for every NEEDED library the bundle does not ship.

    A library is required when some bundled file on the app's own load path needs it: walking NEEDED
    from every bundled ELF file that nothing else links (the executable, Python extensions, the plugins
    Qt loads by path) except the OPTIONAL_QT_PLUGINS. One needed only by optional plugins (or by bundled
    libraries only they load, like libQt6WaylandClient) is optional: "optional_for" names those plugins.
    """
    elves = elf_files(bundle)
    by_name: dict[str, list[Path]] = {}
    for path in bundle.rglob("*"):
        target = path.resolve() if path.is_symlink() else path
        if target in elves:
            by_name.setdefault(path.name, []).append(target)
    linked = {soname for needed in elves.values() for soname in needed}

    def closure(start: list[Path]) -> set[Path]:
        seen, todo = set(), list(start)
        while todo:
            elf = todo.pop()
            if elf not in seen:
                seen.add(elf)
                todo.extend(t for soname in elves[elf] for t in by_name.get(soname, []))
        return seen

    optional_plugins = {elf: plugin for elf in elves
                        if (plugin := plugin_of(elf.relative_to(bundle).as_posix(), OPTIONAL_QT_PLUGINS))}
    roots = [elf for elf in elves if elf not in optional_plugins and elf.name not in linked]
    required = closure(roots)
    reach = {elf: closure([elf]) for elf in optional_plugins}
    libraries: dict[str, dict] = {}
    for elf, needed in elves.items():
        for soname in needed:
            if soname in by_name:
                continue
            info = libraries.setdefault(soname, {"users": set(), "required": False, "optional_for": set()})
            info["users"].add(elf.relative_to(bundle).as_posix())
            if elf in required:
                info["required"] = True
            info["optional_for"] |= {optional_plugins[p] for p, files in reach.items() if elf in files}
    return libraries


def prune_dropped(binaries: list, needed=elf_needed) -> tuple[list, list[str]]:
    """Drop the DROPPED_QT_PLUGINS and every collected library that only they need.

    PyInstaller collects a plugin's shared-library dependencies during the analysis, so filtering the
    plugin out afterwards would still ship, say, libgtk-3.so.0 for the dropped GTK3 theme. `binaries` are
    PyInstaller TOC entries (dest, source, typecode); a library stays when anything kept needs it
    (transitively) or nothing collected needs it at all (loaded by ctypes). Returns (kept, pruned dests).
    """
    def name(entry) -> str:
        return entry[0].replace("\\", "/").rsplit("/", 1)[-1]

    def deps(entry) -> list[str]:
        if len(entry) > 2 and entry[2] == "SYMLINK":
            return []
        return needed(entry[1]) or []

    dropped = [e for e in binaries if plugin_of(e[0], DROPPED_QT_PLUGINS)]
    rest = [e for e in binaries if not plugin_of(e[0], DROPPED_QT_PLUGINS)]
    by_name: dict[str, list] = {}
    for entry in rest:
        by_name.setdefault(name(entry), []).append(entry)

    def closure(start: list) -> set[str]:
        seen: set[str] = set()
        todo = [soname for entry in start for soname in deps(entry)]
        while todo:
            soname = todo.pop()
            if soname in seen or soname not in by_name:
                continue
            seen.add(soname)
            todo.extend(d for entry in by_name[soname] for d in deps(entry))
        return seen

    only_dropped = closure(dropped)
    roots = [e for e in rest if name(e) not in only_dropped]
    still_needed = closure(roots)
    pruned_names = only_dropped - still_needed
    kept = [e for e in rest if name(e) not in pruned_names]
    pruned = sorted({e[0] for e in dropped} | {e[0] for e in rest if name(e) in pruned_names})
    return kept, pruned


def shipped_languages(root: Path) -> list[str]:
    """The languages MentorDesk ships a translation for ("de"), from resources/i18n/mentordesk_<lang>.ts/.qm."""
    folder = Path(root) / "resources" / "i18n"
    names = {p.stem.removeprefix("mentordesk_") for p in folder.glob("mentordesk_*.*") if p.suffix in (".ts", ".qm")}
    return sorted(names - {"en"})


def qt_translation(dest: str) -> str | None:
    """The file name when a bundled path is one of Qt's translation catalogues (".../translations/x.qm")."""
    parts = dest.replace("\\", "/").split("/")
    return parts[-1] if len(parts) > 1 and parts[-2] == "translations" and parts[-1].endswith(".qm") else None


def keep_translation(dest: str, languages) -> bool:
    """Qt's catalogues ship only as qtbase_<lang>.qm for a language MentorDesk is translated into."""
    name = qt_translation(dest)
    return name is None or name in {f"qtbase_{lang}.qm" for lang in languages}


def lean_violations(bundle: Path, languages) -> list[tuple[str, str]]:
    """Bundled files the lean bundle leaves out (LEAN_LEFT_OUT, other Qt translations), with the reason."""
    found = []
    for path in sorted(Path(bundle).rglob("*")):
        rel = path.relative_to(bundle).as_posix()
        if any(rel.startswith(prev + "/") for prev, _ in found):
            continue
        for marker, reason in LEAN_LEFT_OUT.items():
            if (path.is_dir() and f"/{marker}" in f"/{rel}/") if marker.endswith("/") else f"/{marker}" in f"/{rel}":
                found.append((rel, reason))
                break
        else:
            if path.is_file() and not keep_translation(rel, languages):
                found.append((rel, f"Qt translation for a language MentorDesk does not ship ({', '.join(languages)})"))
    return found


def pyz_modules(executable: Path) -> set[str]:
    """The module names in a PyInstaller executable's module archive (PYZ), read with PyInstaller."""
    from PyInstaller.archive.readers import CArchiveReader

    return set(CArchiveReader(str(executable)).open_embedded_archive("PYZ.pyz").toc)


def left_out_modules_in(modules) -> list[str]:
    """The LEFT_OUT_MODULES (or their submodules) among `modules`."""
    return sorted(m for m in modules if any(m == left or m.startswith(left + ".") for left in LEFT_OUT_MODULES)
                  or not keep_module(m))


def macos_minimum(wheel_metadata: str) -> str:
    """The macOS version a wheel needs, from its WHEEL file's Tag lines ("macosx_13_0_universal2" -> "13.0")."""
    versions = [(int(major), int(minor)) for major, minor in re.findall(r"macosx_(\d+)_(\d+)_", wheel_metadata)]
    if not versions:
        raise ValueError("no macosx_* tag in the wheel metadata")
    major, minor = max(versions)
    return f"{major}.{minor}"


def macos_architectures(wheel_metadata: str) -> set[str]:
    """The architectures a macOS wheel holds ("universal2" -> {"arm64", "x86_64"})."""
    archs = set()
    for arch in re.findall(r"macosx_\d+_\d+_(\w+)", wheel_metadata):
        archs |= {"arm64", "x86_64"} if arch == "universal2" else {arch}
    return archs


def dropped_files(bundle: Path) -> list[str]:
    """Bundled files that are a dropped Qt plugin (the GTK3 theme...) or the GTK libraries it would bring."""
    bundle = Path(bundle)
    gtk = ("libgtk-3.so", "libgdk-3.so")
    return [p.relative_to(bundle).as_posix() for p in sorted(bundle.rglob("*"))
            if plugin_of(p.relative_to(bundle).as_posix(), DROPPED_QT_PLUGINS) or p.name.startswith(gtk)]

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


def desktop_id(root: Path) -> str:
    """DESKTOP_ID of src/mentordesk/__init__.py: the .desktop file, icon and AppStream id."""
    tree = ast.parse((Path(root) / "src" / "mentordesk" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "DESKTOP_ID" for t in node.targets):
            return node.value.value
    raise ValueError("src/mentordesk/__init__.py does not define DESKTOP_ID")


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
