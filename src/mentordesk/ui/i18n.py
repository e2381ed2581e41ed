"""The user's language: MentorDesk's own translation and Qt's (standard dialogs), chosen as Qt chooses.

The language comes from the system locale: $LANGUAGE (a list such as "de:en"), else $LC_ALL, $LC_MESSAGES,
$LANG. Translations live in resources/i18n as `mentordesk_<lang>.qm`, compiled from the `.ts` files by
`make translations` (tools/translations.py). `mentordesk_en.qm` holds only the English plural forms
("%n person" / "%n people") of the source texts, which are written once as "%n person(s)".
Qt's own catalogue, `qtbase_<lang>.qm`, is loaded only for a language MentorDesk ships.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from mentordesk import texts
from mentordesk.paths import resource_path
from mentordesk.ui.dates import short_date

CATALOGUE = "mentordesk"
SOURCE_LANGUAGE = "en"
_shown = SOURCE_LANGUAGE  # the language install_translators last chose


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate a text marked outside a class: pyside6-lupdate files a bare `tr("…")` under the empty context.

    With `n`, the text's "%n" (or "%Ln", with the locale's digit grouping) becomes n in the right plural form.
    """
    return QCoreApplication.translate("", text, disambiguation, n)


def vocabulary(label: str) -> str:
    """A word of a core vocabulary (models.ROLES, ASK_STATUSES…) translated: ui.core_texts marks them all."""
    return QCoreApplication.translate("vocabulary", label)


@lru_cache(maxsize=1)
def _validation_patterns() -> list[tuple[re.Pattern, str]]:
    from mentordesk.ui.core_messages import VALIDATION

    def pattern(template: str) -> re.Pattern:
        parts = re.split(r"(%[0-9])", template)
        return re.compile("".join("(.*?)" if re.fullmatch(r"%[0-9]", p) else re.escape(p) for p in parts), re.S)

    return [(pattern(template), template) for template in VALIDATION]


def validation_message(message: str) -> str:
    """A services' validation message ("is too long (at most 200 characters)") in the user's language: matched
    to its template (ui.core_messages), the template translated and its values put back; others as they are."""
    for pattern, template in _validation_patterns():
        match = pattern.fullmatch(message)
        if match:
            values = match.groups()
            return re.sub(r"%([1-9])", lambda m: values[int(m.group(1)) - 1] if int(m.group(1)) <= len(values)
                          else m.group(0), QCoreApplication.translate("validation", template))
    return message


def translations_dir() -> Path:
    """resources/i18n: the `.ts` sources and the compiled `.qm` files."""
    return resource_path("i18n")


def shipped_languages() -> list[str]:
    """The languages MentorDesk is translated into ("de"), from the compiled files; English is the source."""
    names = (path.stem.removeprefix(CATALOGUE + "_") for path in translations_dir().glob(f"{CATALOGUE}_*.qm"))
    return sorted(name for name in names if name != SOURCE_LANGUAGE)


def qt_translations_dirs() -> list[Path]:
    """Where Qt's own `qtbase_<lang>.qm` may be: Qt's translations path, else the PySide6 package's (frozen app)."""
    import PySide6

    found = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
             Path(PySide6.__file__).resolve().parent / "Qt" / "translations"]
    return [path for index, path in enumerate(found) if path.is_dir() and path not in found[:index]]


TRANSLATOR_NAME = "mentordesk-translator"  # how install_translators finds its own among the app's children


def install_translators(app: QCoreApplication | None = None, locale: QLocale | None = None) -> str:
    """Install the translators for `locale` (the system's by default) before any widget exists.

    Returns the language now shown ("de"), or "en" when MentorDesk has no translation for the locale.
    Called again (a test switching languages), it replaces what it installed before.
    """
    app = app or QCoreApplication.instance()
    locale = locale or QLocale.system()
    for old in app.findChildren(QTranslator, TRANSLATOR_NAME):  # ours, installed before
        app.removeTranslator(old)
        old.setParent(None)
    installed = []
    english = QTranslator(app)
    if english.load(f"{CATALOGUE}_{SOURCE_LANGUAGE}", str(translations_dir())):
        installed.append(english)  # the English plural forms, under any translation that lacks a text
    language = SOURCE_LANGUAGE
    own = QTranslator(app)
    if own.load(locale, CATALOGUE, "_", str(translations_dir())):
        language = own.language().replace("-", "_").split("_")[0] or SOURCE_LANGUAGE
        if language != SOURCE_LANGUAGE:
            installed.append(own)
    if language != SOURCE_LANGUAGE:
        for folder in qt_translations_dirs():
            qt = QTranslator(app)
            if qt.load(f"qtbase_{language}", str(folder)):
                installed.insert(0, qt)  # MentorDesk's own wording wins where both translate a text
                break
    for translator in installed:
        translator.setObjectName(TRANSLATOR_NAME)
        app.installTranslator(translator)
    global _shown
    _shown = language
    if language != SOURCE_LANGUAGE:  # the core's sentences and dates too
        texts.install(_core_translation, short_date, _core_number)  # dates as ui.dates writes them
    else:
        texts.install(None)
    return language


def _core_number(english: str) -> str:
    """A number the core wrote in English ("12,345.67") with the locale's group separator and decimal point."""
    locale = QLocale()
    marks = {",": locale.groupSeparator(), ".": locale.decimalPoint(), "-": locale.negativeSign()}
    return "".join(marks.get(c, c) for c in english)


def _core_translation(context: str, text: str, n: int) -> str:
    """The core's texts (mentordesk.texts) looked up in Qt's translators; Qt is thread-safe here. A validation
    message is matched to its template first (validation_message)."""
    if context == "validation":
        return validation_message(text)
    return QCoreApplication.translate(context, text, None, n)


def ui_language() -> str:
    """The language the app shows ("de"; "en" without a translation for the locale)."""
    return _shown


def localized_resource(*parts: str) -> Path:
    """A bundled page in the shown language when there is one ("help/index_de.html"), else the English one."""
    english = resource_path(*parts)
    translated = english.with_name(f"{english.stem}_{_shown}{english.suffix}")
    return translated if _shown != SOURCE_LANGUAGE and translated.exists() else english
