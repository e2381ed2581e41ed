"""What MentorDesk ships and under which licences: the data behind Help ▸ Licences and the bundles' licence files.

Python packages are read from their installed metadata (licence expression, licence files in the dist-info);
Qt, SQLCipher and ICU, whose wheels carry no licence text, from resources/licences. A frozen app reads the
list the build wrote from what PyInstaller actually bundled (BUNDLED_JSON); from source it is collected from
MentorDesk's requirements. No Qt here: packaging/mentordesk.spec imports this module to write that list.
"""

from __future__ import annotations

import json
import platform
import re
import sys
from dataclasses import asdict, dataclass, field
from importlib import metadata
from pathlib import Path

from mentordesk import APP_NAME, __version__
from mentordesk.paths import resource_path

BUNDLED_JSON = ("licences", "licences.json")  # under the bundle's data folder (sys._MEIPASS)
TEXT_NAME = "LICENCES.txt"
_LICENCE_FILE = re.compile(r"^(LICEN[CS]E|COPYING|NOTICE|AUTHORS|COPYRIGHT)", re.IGNORECASE)
# Packages whose wheels declare Qt's licence but carry no text of it.
_QT_TEXTS = ("LGPL-3.0.txt", "GPL-3.0.txt")
_TEXTS_FOR = {"pyside6-essentials": _QT_TEXTS, "pyside6": _QT_TEXTS, "shiboken6": _QT_TEXTS}


@dataclass
class Component:
    """One thing shipped: its name, version, licence (SPDX expression where known) and full licence texts."""

    name: str
    version: str
    licence: str
    text: str
    note: str = ""
    paths: list[str] = field(default_factory=list)  # where it lives in the bundle, when known (for the .deb)

    @property
    def title(self) -> str:
        return f"{self.name} {self.version}".strip()


def _static_text(*names: str) -> str:
    return "\n\n".join(resource_path("licences", name).read_text(encoding="utf-8") for name in names)


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def licence_of(meta) -> str:
    """A distribution's licence in one line: License-Expression, a short License field, else its classifiers."""
    if meta.get("License-Expression"):
        return meta["License-Expression"].strip()
    declared = (meta.get("License") or "").strip()
    if declared and "\n" not in declared and len(declared) < 80 and declared.upper() != "UNKNOWN":
        return declared
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    return " OR ".join(classifiers) or "see the text"


def licence_files(dist) -> list[tuple[str, str]]:
    """(file name, text) of every licence-like file in a distribution's dist-info (licenses/ included)."""
    found = []
    for entry in dist.files or []:
        parts = entry.parts
        if not parts or not parts[0].endswith((".dist-info", ".egg-info")):
            continue
        if (len(parts) > 2 and parts[1] in ("licenses", "license_files")) or _LICENCE_FILE.match(parts[-1]):
            path = Path(dist.locate_file(entry))
            if path.is_file():
                found.append(("/".join(parts[1:]), path.read_text(encoding="utf-8", errors="replace")))
    return found


def distribution_component(dist, paths=()) -> Component:
    """The Component of one installed distribution, with every licence text it carries."""
    meta = dist.metadata
    name = meta["Name"]
    texts = [f"--- {file_name} ---\n{text.strip()}" for file_name, text in licence_files(dist)]
    declared = (meta.get("License") or "").strip()
    if not texts and "\n" in declared:
        texts.append(declared)  # old metadata: the whole licence in the License field
    extra = _TEXTS_FOR.get(_normal(name))
    note = ""
    if extra:
        texts.append(_static_text(*extra))
        note = "The wheel carries no licence text; the LGPL-3.0 and GPL-3.0 texts are added here."
    if not texts:
        note = "The package ships no licence file; its metadata declares the licence above."
    return Component(name, meta["Version"], licence_of(meta), "\n\n".join(texts), note, sorted(paths))


def own_component(licence_text: str | None = None) -> Component:
    """MentorDesk itself, under the MIT licence of the repository's LICENSE file."""
    if licence_text is None:
        licence_text = (resource_path().parent / "LICENSE").read_text(encoding="utf-8")
    return Component(APP_NAME, __version__, "MIT", licence_text)


def python_component() -> Component:
    """The Python interpreter and standard library the app runs on (PSF licence, from the installation)."""
    base = Path(sys.base_prefix)
    version = ".".join(platform.python_version_tuple()[:2])
    for candidate in (base / "lib" / f"python{version}" / "LICENSE.txt", base / "LICENSE.txt",
                      base / "Lib" / "LICENSE.txt", base / "share" / "doc" / f"python{version}" / "LICENSE"):
        if candidate.is_file():
            return Component("Python", platform.python_version(), "PSF-2.0",
                             candidate.read_text(encoding="utf-8", errors="replace"))
    return Component("Python", platform.python_version(), "PSF-2.0", "",
                     "The Python licence file was not found in this installation: https://docs.python.org/3/license.html")


def qt_component(version: str) -> Component:
    """The Qt libraries PySide6 ships, used under the LGPL-3.0: they may be replaced by the user."""
    note = ("Qt is used under the GNU Lesser General Public License v3. Its shared libraries are separate files "
            "in the bundle (PySide6/Qt/lib or the Frameworks folder) and may be replaced by compatible builds; "
            "Qt's source code is available from https://download.qt.io/official_releases/qt/.")
    return Component("Qt", version, "LGPL-3.0-only", _static_text(*_QT_TEXTS), note, ["*/PySide6/Qt/*"])


def sqlcipher_component(version: str) -> Component:
    """SQLCipher, compiled into the sqlcipher3 module (BSD-3-Clause; it includes the public-domain SQLite)."""
    return Component("SQLCipher", version, "BSD-3-Clause", _static_text("SQLCipher.txt"), "", ["*/sqlcipher3/*"])


def icu_component(version: str) -> Component:
    """ICU, the Unicode library Qt ships next to its libraries on Linux."""
    return Component("ICU", version, "Unicode-3.0", _static_text("ICU.txt"), "", ["*/libicu*"])


def sqlcipher_version() -> str:
    """The SQLCipher version inside the installed sqlcipher3 module ("" when it cannot be asked)."""
    try:
        import sqlcipher3

        connection = sqlcipher3.connect(":memory:")
        row = connection.execute("PRAGMA cipher_version").fetchone()
        connection.close()
        return str(row[0]).split()[0] if row else ""
    except Exception:  # noqa: BLE001 - a version label is not worth failing over
        return ""


def source_requirements() -> list[str]:
    """MentorDesk's own requirements as the checkout's pyproject.toml lists them (newer than an old install)."""
    pyproject = resource_path().parent / "pyproject.toml"
    if not pyproject.is_file():
        return []
    import tomllib

    return tomllib.loads(pyproject.read_text(encoding="utf-8")).get("project", {}).get("dependencies", [])


def _requirement_name(requirement: str) -> str | None:
    if "extra ==" in requirement.replace("extra==", "extra =="):
        return None  # an optional extra, not installed for the app
    return re.split(r"[\s;<>=!~\[(]", requirement.strip(), maxsplit=1)[0]


def requirement_closure(root: str = "mentordesk") -> list:
    """The installed distributions MentorDesk needs at run time: its requirements, recursively, without extras."""
    seen: dict[str, object] = {}
    todo = [name for r in source_requirements() if (name := _requirement_name(r))] + [root]
    while todo:
        name = todo.pop()
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # a requirement for another platform or Python version
        key = _normal(dist.metadata["Name"])
        if key in seen:
            continue
        seen[key] = dist
        todo += [name for r in dist.requires or [] if (name := _requirement_name(r))]
    return [dist for key, dist in sorted(seen.items()) if key != _normal(root)]


def collected_from_source() -> list[Component]:
    """Every component, collected from this Python installation (the app run from source)."""
    components = [own_component(), python_component()]
    dists = requirement_closure()
    components += [distribution_component(dist) for dist in dists]
    names = {_normal(dist.metadata["Name"]) for dist in dists}
    qt = next((d.version for d in dists if _normal(d.metadata["Name"]).startswith("pyside6")), "")
    if qt:
        components.append(qt_component(qt))
    if "sqlcipher3" in names:
        components.append(sqlcipher_component(sqlcipher_version()))
    return components


def bundled_components() -> list[Component] | None:
    """The list the build wrote into a frozen app, or None when running from source."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    path = Path(frozen_root).joinpath(*BUNDLED_JSON) if frozen_root else None
    if path is None or not path.is_file():
        return None
    return [Component(**item) for item in json.loads(path.read_text(encoding="utf-8"))]


def components() -> list[Component]:
    """What Help ▸ Licences shows: the bundled list when frozen, else collected from this installation."""
    bundled = bundled_components()
    return bundled if bundled is not None else collected_from_source()


def to_json(items: list[Component]) -> str:
    return json.dumps([asdict(item) for item in items], indent=1, ensure_ascii=False)


def render_text(items: list[Component]) -> str:
    """All licences as one plain-text file: a table of contents, then each component's texts."""
    lines = [f"{APP_NAME} {__version__} and the software it includes", "", "Contents:"]
    lines += [f"  {item.title} - {item.licence}" for item in items]
    for item in items:
        lines += ["", "", "=" * 78, f"{item.title}", f"Licence: {item.licence}"]
        if item.note:
            lines.append(item.note)
        lines += ["=" * 78, "", item.text.strip() or "(no licence text)"]
    return "\n".join(lines) + "\n"
