"""The licence files every bundle carries, generated at build time from what PyInstaller collected.

Each collected file (pure modules, extensions, shared libraries, data) is traced to the installed
distribution whose RECORD lists it; those distributions' licence files and metadata, Qt (LGPL-3.0),
SQLCipher, ICU, Python itself and, on Debian/Ubuntu build machines, the copyright files of the system
libraries PyInstaller copied in (libssl, libffi, zlib...) make the list. Written as licences/licences.json
(read by Help ▸ Licences) and licences/LICENCES.txt (for people) into the bundle, and reused for the .deb's
copyright file and the RPM's %license.
"""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys
from importlib import metadata
from pathlib import Path

from mentordesk.ui import licences
from mentordesk.ui.licences import Component

PYTHON_LIBRARIES = ("libpython", "python3", "_internal/python3")  # parts of the interpreter: Python's licence


def _key(path) -> str:
    return os.path.normcase(os.path.realpath(path))


def file_owners() -> dict[str, object]:
    """Absolute installed file -> its distribution, for every installed distribution."""
    owners = {}
    for dist in metadata.distributions():
        for entry in dist.files or []:
            owners[_key(dist.locate_file(entry))] = dist
    return owners


def debian_copyright(path: str) -> tuple[str, str, str] | None:
    """(package, version, copyright text) of the Debian package that installed `path`, or None."""
    if not shutil.which("dpkg"):
        return None
    real = os.path.realpath(path)
    for candidate in dict.fromkeys((path, real, real.removeprefix("/usr") if real.startswith("/usr/") else "/usr" + real)):
        found = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if found.returncode == 0:
            package = found.stdout.split(":", 1)[0].strip()
            version = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", package],
                                     capture_output=True, text=True).stdout.strip()
            base = package.split(":")[0]
            copyright_file = Path("/usr/share/doc") / base / "copyright"
            if copyright_file.is_file():
                return base, version, copyright_file.read_text(encoding="utf-8", errors="replace")
    return None


def shipped_components(root: Path, entries, frozen_lib: str = "_internal") -> list[Component]:
    """The Components of everything in PyInstaller's TOC `entries` ((dest, source, typecode) tuples)."""
    owners = file_owners()
    by_dist: dict[str, tuple[object, set[str]]] = {}
    system: dict[str, tuple[str, str, set[str]]] = {}
    others: set[str] = set()
    python_files: set[str] = set()
    icu_version = ""
    for entry in entries:
        dest, source = entry[0].replace("\\", "/"), entry[1]
        if not source or not os.path.isfile(source):
            continue
        name = dest.rsplit("/", 1)[-1]
        if name.startswith("libicuuc.so."):
            icu_version = name.split(".so.", 1)[1]
        dist = owners.get(_key(source))
        if dist is not None:
            key = dist.metadata["Name"]
            by_dist.setdefault(key, (dist, set()))[1].add(dest.split("/", 1)[0])
            continue
        if any(_under(source, root / part) for part in ("src", "resources", "packaging", "build")):
            continue  # MentorDesk's own code, resources, icons and packaging scripts
        if name.startswith(("libpython", "python3")) or _under(source, sys.base_prefix):
            python_files.add(dest)
            continue
        if sys.platform.startswith("linux") and (found := debian_copyright(source)):
            package, version, text = found
            system.setdefault(package, (version, text, set()))[2].add(dest)
            continue
        others.add(dest)
    components = [licences.own_component((root / "LICENSE").read_text(encoding="utf-8")),
                  licences.python_component()]
    for key in sorted(by_dist, key=str.lower):
        dist, tops = by_dist[key]
        components.append(licences.distribution_component(dist, [f"{frozen_lib}/{t}" for t in sorted(tops)]))
    names = {licences._normal(k) for k in by_dist}
    qt = next((d.version for k, (d, _) in by_dist.items() if licences._normal(k).startswith("pyside6")), "")
    if qt:
        components.append(licences.qt_component(qt))
    if "sqlcipher3" in names:
        components.append(licences.sqlcipher_component(licences.sqlcipher_version()))
    if icu_version:
        components.append(licences.icu_component(icu_version))
    for package in sorted(system):
        version, text, dests = system[package]
        components.append(Component(package, version, "see the text", text,
                                    "A system library copied in from the build machine (Debian package).",
                                    sorted(f"{frozen_lib}/{d}" for d in dests)))
    if others:
        print("licences_build: no licence found for " + ", ".join(sorted(others)), file=sys.stderr)
    return components


def _under(path: str, folder: str) -> bool:
    try:
        return Path(path).resolve().is_relative_to(Path(folder).resolve())
    except OSError:
        return False


def write_licences(components: list[Component], folder: Path) -> Path:
    """Write licences.json and LICENCES.txt into `folder` (made fresh); returns it."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    (folder / licences.BUNDLED_JSON[-1]).write_text(licences.to_json(components), encoding="utf-8")
    (folder / licences.TEXT_NAME).write_text(licences.render_text(components), encoding="utf-8")
    return folder


def summary(components: list[Component]) -> str:
    return f"{len(components)} components on {platform.system()}: " + ", ".join(c.name for c in components)
