"""Licences (issue #22 item 3): collected from the installed packages' metadata, written into every bundle
by the spec, and shown in Help ▸ Licences of the started window."""

from __future__ import annotations

import json
import sys
from importlib import metadata
from pathlib import Path

from PySide6.QtWidgets import QApplication

from PySide6.QtCore import Qt

from mentordesk.ui import licences

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
sys.path.insert(0, str(ROOT))

import licences_build  # noqa: E402
from tests.ui.conftest import dialogs, settings  # noqa: E402, F401 - fixtures of the full window
from tests.ui.full_window import full_window  # noqa: E402, F401 - fixture


def by_name(components):
    return {c.name.lower(): c for c in components}


def test_collected_from_source_holds_qt_sqlcipher_python_and_every_requirement():
    found = by_name(licences.collected_from_source())
    assert found["mentordesk"].licence == "MIT" and "Permission is hereby granted" in found["mentordesk"].text
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in found["qt"].text and found["qt"].licence == "LGPL-3.0-only"
    assert "ZETETIC LLC" in found["sqlcipher"].text
    assert "PYTHON SOFTWARE FOUNDATION LICENSE" in found["python"].text
    for requirement in ("peewee", "caldav", "rapidfuzz", "keyring", "sqlcipher3", "phonenumbers", "vobject"):
        assert requirement in found, requirement
        assert found[requirement].text.strip(), f"{requirement} has no licence text"
    # the wheel carries no text: the LGPL is added for PySide6 itself too
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in found["pyside6_essentials"].text
    assert "pytest" not in found and "pyinstaller" not in found  # test and build tools are not shipped


def test_licence_files_come_from_the_dist_info():
    dist = metadata.distribution("caldav")
    names = [name for name, _ in licences.licence_files(dist)]
    assert any("COPYING" in name for name in names), names
    assert licences.licence_of(dist.metadata) == dist.metadata["License-Expression"]


def test_the_spec_collects_what_pyinstaller_bundled(tmp_path):
    """A TOC holding one caldav module, a Qt library and a file of MentorDesk: caldav, Qt and PySide6 with
    the paths they occupy, MentorDesk itself first; written as JSON the app reads back and as text."""
    import caldav
    import PySide6

    qt_core = next((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libQt6Core.so*"))
    entries = [("caldav/__init__.py", caldav.__file__, "PYMODULE"),
               ("PySide6/Qt/lib/libQt6Core.so.6", str(qt_core), "BINARY"),
               ("resources/help/index.html", str(ROOT / "resources/help/index.html"), "DATA")]
    components = licences_build.shipped_components(ROOT, entries)
    names = [c.name for c in components]
    assert names[:2] == ["MentorDesk", "Python"]
    assert {"caldav", "PySide6_Essentials", "Qt"} <= set(names)
    assert "peewee" not in names  # not in this TOC, so not shipped
    caldav_component = next(c for c in components if c.name == "caldav")
    assert caldav_component.paths == ["_internal/caldav"]
    folder = licences_build.write_licences(components, tmp_path / "licences")
    data = json.loads((folder / "licences.json").read_text(encoding="utf-8"))
    assert [item["name"] for item in data] == names
    text = (folder / "LICENCES.txt").read_text(encoding="utf-8")
    assert text.index("caldav") < text.index("GNU LESSER GENERAL PUBLIC LICENSE")


def test_a_frozen_app_reads_the_bundled_list(tmp_path, monkeypatch):
    folder = tmp_path / "licences"
    folder.mkdir()
    (folder / "licences.json").write_text(licences.to_json([licences.Component("Only", "1", "MIT", "text")]))
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert [c.name for c in licences.components()] == ["Only"]


def test_help_licences_opens_from_the_menu_and_shows_the_lgpl(full_window, qtbot):
    help_menu = full_window.menus["help"]
    texts = [action.text() for action in help_menu.actions()]
    assert texts.index("&Licences…") == texts.index("&About MentorDesk") + 1
    full_window.actions["licences"].trigger()
    from mentordesk.ui.help import LicencesDialog

    dialog = full_window.findChild(LicencesDialog)
    qtbot.waitExposed(dialog)
    assert dialog.isVisible() and dialog.windowTitle() == "Licences"
    titles = [dialog.list.item(row).text() for row in range(dialog.list.count())]
    assert titles[0].startswith("MentorDesk ") and titles[0].endswith("MIT")
    qt_row = next(row for row, title in enumerate(titles) if title.startswith("Qt "))
    dialog.list.setCurrentRow(qt_row)
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in dialog.text.toPlainText()
    sqlcipher_row = next(row for row, title in enumerate(titles) if title.startswith("SQLCipher"))
    qtbot.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton,
                     pos=dialog.list.visualItemRect(dialog.list.item(sqlcipher_row)).center())
    assert "ZETETIC LLC" in dialog.text.toPlainText()
    full_window.actions["licences"].trigger()  # a second time: the same window is raised, not a new one
    assert full_window.findChildren(LicencesDialog) == [dialog]
    dialog.close()
    QApplication.processEvents()
