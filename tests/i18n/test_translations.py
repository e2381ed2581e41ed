"""Every text a user can see is marked for translation and has a finished German translation; the compiled
files are the ones the sources give; German plurals, dates and numbers follow the locale."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from mentordesk.ui import i18n
from mentordesk.ui.dates import short_date

from .untranslated import findings_in, marked_texts, qt_modules, untranslated

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
sys.path.insert(0, str(ROOT / "tools"))

import translations  # noqa: E402  (tools/translations.py: what `make translations` runs)

PLACEHOLDER = re.compile(r"%L?[0-9n]|\{[A-Za-z_][^{}]*\}")


def messages(ts: Path):
    """(context, source, translation element, numerus) of every message in a .ts file."""
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            yield (context.findtext("name") or "", message.findtext("source"), message.find("translation"),
                   message.get("numerus") == "yes")


def texts_of(translation: ET.Element, numerus: bool) -> list[str]:
    return [form.text or "" for form in translation.findall("numerusform")] if numerus else [translation.text or ""]


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory) -> dict[str, Path]:
    """Each committed .ts merged with what lupdate finds in the sources now (the committed files untouched)."""
    scratch = tmp_path_factory.mktemp("i18n")
    copies = {}
    for ts in sorted(I18N.glob("mentordesk_*.ts")):
        copies[ts.stem] = scratch / ts.name
        shutil.copyfile(ts, copies[ts.stem])
        translations.update(copies[ts.stem], plurals_only=ts.stem.endswith("_en"))
    return copies


def test_every_shown_text_is_marked_for_translation():
    found = untranslated()
    assert not found, "texts shown without tr() (wrap them, or add a reason to ALLOWED in " \
                      "tests/i18n/untranslated.py):\n" + "\n".join(map(str, found))


def test_the_scan_finds_unmarked_text(tmp_path):
    """The scan itself: literals reaching a Qt text setter or constructor unmarked are found, marked ones not."""
    source = tmp_path / "mentordesk" / "ui" / "sample.py"
    source.parent.mkdir(parents=True)
    source.write_text(
        "from PySide6.QtWidgets import QLabel, QMessageBox\n"
        "def f(self, name, box, widget):\n"
        "    QLabel('Hello there')\n"
        "    QLabel(self.tr('Marked'))\n"
        "    box.setToolTip(f'Open {name}')\n"
        "    box.setText(self.tr('Hi %1').replace('%1', name) + ' — ' + name)\n"
        "    box.addItem('Shown label', 'stored-key')\n"
        "    QMessageBox.warning(self, 'Oops', self.tr('Marked too'))\n"
        "    widget.addTab(box, 'Tab title')\n"
        "    self.tr(f'{name} formatted')\n", encoding="utf-8")
    found = {(f.line, f.text) for f in findings_in(source, root=tmp_path)}
    assert found == {(3, "Hello there"), (5, "Open "), (7, "Shown label"), (8, "Oops"), (9, "Tab title"),
                     (10, "f-string inside tr")}


def test_the_scan_finds_a_modules_own_tr(tmp_path):
    """A module's own `def tr` (the organization page translated in "OrganizationPage" while lupdate filed its
    bare tr() calls under the empty context, so its headings stayed English) is named."""
    source = tmp_path / "mentordesk" / "ui" / "page.py"
    source.parent.mkdir(parents=True)
    source.write_text("from PySide6.QtCore import QCoreApplication\n"
                      "def tr(text):\n"
                      "    return QCoreApplication.translate('Page', text)\n", encoding="utf-8")
    assert [(f.line, f.text) for f in findings_in(source, root=tmp_path)] == [(2, "a tr() of its own (use "
                                                                              "mentordesk.ui.i18n.tr)")]


def test_every_marked_text_has_a_finished_german_translation(refreshed):
    unfinished, broken = [], []
    for context, source, translation, numerus in messages(refreshed["mentordesk_de"]):
        texts = texts_of(translation, numerus)
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(t.strip() for t in texts):
            unfinished.append(f"[{context}] {source!r}")
            continue
        wanted = sorted(set(PLACEHOLDER.findall(source)) - ({"%n"} if numerus else set()))
        for text in texts:
            if sorted(set(PLACEHOLDER.findall(text)) - ({"%n"} if numerus else set())) != wanted:
                broken.append(f"[{context}] {source!r} -> {text!r}")
    assert not unfinished, f"{len(unfinished)} texts without a finished German translation (translate them in " \
                           "resources/i18n/mentordesk_de.ts after `make translations`):\n" + "\n".join(unfinished)
    assert not broken, "translations that lose or add a placeholder:\n" + "\n".join(broken)


def test_every_counted_text_has_english_plural_forms(refreshed):
    missing = [source for _context, source, translation, numerus in messages(refreshed["mentordesk_en"])
               if not numerus or translation.get("type") == "unfinished"
               or not all(t.strip() for t in texts_of(translation, numerus))]
    assert not missing, "counted texts without English forms in resources/i18n/mentordesk_en.ts:\n" + "\n".join(missing)


def test_the_committed_qm_files_are_compiled_from_their_ts(tmp_path):
    """A fresh clone and the bundle load the committed .qm files: they must say what the .ts files say."""
    for ts in sorted(I18N.glob("mentordesk_*.ts")):
        compiled = tmp_path / ts.with_suffix(".qm").name
        subprocess.run([translations.tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(compiled)], check=True)
        shipped = ts.with_suffix(".qm")
        assert shipped.is_file() and shipped.read_bytes() == compiled.read_bytes(), \
            f"{shipped.name} is not compiled from {ts.name}: run `make translations`"


def test_only_shipped_languages_need_qt_catalogues():
    assert i18n.shipped_languages() == ["de"]
    assert any((folder / "qtbase_de.qm").is_file() for folder in i18n.qt_translations_dirs())


@pytest.fixture
def german(qapp):
    """The app's translators for German, as ui.app installs them for a German locale; English again after."""
    assert i18n.install_translators(qapp, QLocale("de_DE")) == "de"
    yield
    i18n.install_translators(qapp, QLocale("en_US"))


def test_german_plurals_numbers_and_standard_texts(german):
    assert i18n.tr("%n person(s) overdue", "", 1) == "1 Person überfällig"
    assert i18n.tr("%n person(s) overdue", "", 3) == "3 Personen überfällig"
    assert i18n.tr("due in %n day(s)", "", 1) == "morgen fällig"
    assert i18n.vocabulary("In progress") == "In Arbeit"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"  # Qt's own catalogue
    german_locale = QLocale("de_DE")
    assert german_locale.toString(12345) == "12.345"
    assert short_date("2026-11-30", german_locale) == "30.11.2026"


def test_english_plural_forms_without_a_translation(qapp):
    assert i18n.install_translators(qapp, QLocale("en_US")) == "en"
    assert i18n.tr("%n person(s) overdue", "", 1) == "1 person overdue"
    assert i18n.tr("due in %n day(s)", "", 1) == "due tomorrow"
    assert i18n.tr("%n person(s) overdue", "", 2) == "2 people overdue"


def test_the_window_speaks_german(german, qtbot, demo_db):
    """In process, with the translators the app installs: the sidebar, menus and the People list in German."""
    from mentordesk.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    titles = [window.sidebar.item(row).text() for row in range(window.sidebar.count())]
    assert titles[:7] == ["Heute", "Personen", "Organisationen", "Treffen", "Ratschläge", "Anfragen", "Chancen"] \
        or titles[:8] == ["Heute", "Personen", "Organisationen", "Treffen", "Ratschläge", "Anfragen", "Pipeline",
                          "Chancen"], titles
    assert [a.text() for a in window.menuBar().actions()][:2] == ["&Datei", "&Bearbeiten"]
    window.show_area("people")
    people = window.record_areas["people"]
    qtbot.waitUntil(lambda: people.count.text() == "40 Personen")
    assert people.filter.placeholderText() == "Personen filtern…"


def test_the_organization_page_speaks_german(german, demo_db):
    """Its headings were looked up in a context of their own and stayed English in a German window."""
    from mentordesk.models import Organization
    from mentordesk.ui.areas.organization_page import organization_html

    page = organization_html(Organization.get(Organization.name == "Brightline Health").id)
    assert "Wer jetzt dort arbeitet" in page and "Offene Chancen" in page and "Keine offenen Chancen dort." in page
    assert "People there now" not in page


def test_todays_decision_review_line_speaks_german(german, qtbot, demo_db):
    """The next review names the chosen option, without the core's English "Revisit:" in a German sentence."""
    from mentordesk.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.show_area("today")
    page = window.area_widgets["today"]
    qtbot.waitUntil(lambda: page.review.text() != "")
    assert page.review.text().startswith("Nächste Überprüfung einer Entscheidung: ")
    assert "Revisit" not in page.review.text() and "UX research" in page.review.text()


def test_undo_and_redo_read_whole_in_german(german, qtbot, demo_db):
    """With nothing to undo the Edit menu says "Rückgängig", not "Rückgängig:" with nothing after the colon."""
    from mentordesk.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    assert window.actions["undo"].text() == "&Rückgängig" and window.actions["redo"].text() == "&Wiederholen"
    window.edits.create("person", {"display_name": "Nina Berg"})
    assert window.actions["undo"].text().startswith("&Rückgängig: ") and "Nina Berg" in window.actions["undo"].text()
    window.actions["undo"].trigger()
    assert window.actions["undo"].text() == "&Rückgängig"
    assert window.actions["redo"].text().startswith("&Wiederholen: ")


def test_the_validation_templates_are_current():
    """ui/core_messages.py lists the services' validation messages as `make translations` last read them."""
    from mentordesk.ui import core_messages
    from mentordesk.ui.core_texts import core_messages_source

    assert Path(core_messages.__file__).read_text(encoding="utf-8") == core_messages_source(), \
        "a validation message changed in mentordesk/services: run `make translations` and translate it"
    assert "is too long (at most %1 characters)" in core_messages.VALIDATION


def test_validation_messages_reach_the_form_in_german(german):
    from mentordesk.services import ValidationError, validation
    from mentordesk.ui.widgets.forms import error_text

    with pytest.raises(ValidationError) as raised:
        validation.integer(9, "trust", low=1, high=5)
    assert error_text("Vertrauen", raised.value.errors["trust"]) == "Vertrauen muss zwischen 1 und 5 liegen (war 9)."
    with pytest.raises(ValidationError) as raised:
        validation.text("", "display_name", required=True)
    assert error_text("Name", raised.value.errors["display_name"]) == "Name ist erforderlich."
    assert error_text("Notiz", "an unknown message") == "An unknown message."  # unknown: shown as it came


def test_texts_marked_inside_f_strings_are_extracted(refreshed):
    """lupdate reads `f"<h3>{tr('Their advice')}</h3>"` as one string; tools/translations.py writes such calls out
    for it (in the class's context for self.tr), so they get translated too."""
    found = {(context, source) for context, source, _t, _n in messages(refreshed["mentordesk_de"])}
    assert ("", "Their advice") in found  # ui/areas/prep.py, inside an f-string
    assert ("PrepDialog", "Log a meeting in the future to prepare for it here.") in found
    marks = translations.marks_in_fstrings()
    assert "tr('Their advice')" in marks and "class PrepDialog:" in marks


def test_every_marked_text_reaches_the_translation_file(refreshed):
    """What the code marks (read from its syntax tree, in the context Qt looks it up in) is what lupdate extracted:
    a call lupdate's tokenizer misses, or files under another context, would stay English on screen."""
    extracted = {(context, source) for context, source, _t, _n in messages(refreshed["mentordesk_de"])}
    marked = set().union(*(marked_texts(path) for path in qt_modules()))
    assert len(marked) > 500
    missing = sorted(marked - extracted)
    assert not missing, "marked but not in mentordesk_de.ts as Qt will look them up:\n" + \
        "\n".join(f"[{context}] {text!r}" for context, text in missing)


def test_the_help_page_in_german(german, qtbot):
    from mentordesk.ui.help import HelpDialog

    dialog = HelpDialog()
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert "So benutzt du MentorDesk" in text and "Tastenkürzel" in text
    assert dialog.windowTitle() == "So benutzt du MentorDesk"


def test_every_wizard_subtitle_fits_its_header_in_german_on_a_small_screen(german, database, qtbot):
    """QWizard's header does not grow with its subtitle: a third line was cut off at 900 px in German (the
    assumptions page). Each subtitle must fit two lines of the header of a 900 px wide wizard."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QFontMetrics

    from mentordesk.ui.crossroads.gate_page import GatePage
    from mentordesk.ui.crossroads.wizard import CrossroadsWizard

    wizard = CrossroadsWizard()
    qtbot.addWidget(wizard)
    metrics = QFontMetrics(wizard.font())
    width = 900 - 2 * 50  # the dialog's and the header's margins, generously
    assert wizard.assumptions_page.subTitle().startswith("Für jede Option")  # in German
    too_long = {}
    for page in [*wizard.pages, wizard.explore_page, GatePage([])]:
        text = page.subTitle()
        lines = metrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text).height() \
            // metrics.lineSpacing()
        if lines > 2:
            too_long[type(page).__name__] = (lines, text)
    assert not too_long, too_long
