"""The core's own sentences in the user's language, without Qt: templates marked where they are written.

The plain-Python core writes English. A sentence it shows the user is a template, marked by the call that
fills it in:

    T_("{count} months of savings", count=n)          # translated (if a translator is installed), then filled
    P_(n, "{n} bad record left out", "{n} bad records left out")   # the plural form for n (German's own forms)
    REASON = N_("too far away")                        # only marked (a table); translate(REASON) where shown
    word("Switch fields", context="")                  # a word ui.core_texts already lists for the UI

The template must be a string literal: tools/translations.py reads every T_/N_/P_ call in src/mentordesk and
hands the templates to pyside6-lupdate in the context "core". The UI installs Qt's lookup here
(ui.i18n.install_translators) when it shows a translated language; without one (the command line, English)
each template is the English text, filled in with str.format, byte for byte what the core wrote before.
A text is translated when it is written, so a stored text (a Crossroads decision) keeps the language it was
written in.
"""

from __future__ import annotations

import datetime as dt
import string
from typing import Callable

CONTEXT = "core"

# (context, source text, n or -1) -> the translation, or the source text when there is none.
Translator = Callable[[str, str, int], str]
_translator: Translator | None = None
_dates: Callable[[dt.date], str] | None = None  # a date as the user's locale writes it
_numbers: Callable[[str], str] | None = None  # "12,345.6" as the user's locale writes it ("12.345,6")


def install(translator: Translator | None, dates: Callable[[dt.date], str] | None = None,
            numbers: Callable[[str], str] | None = None) -> None:
    """Translate the core's texts with `translator`, write dates with `dates` and numbers with `numbers` from now
    on; None: English."""
    global _translator, _dates, _numbers
    _translator, _dates, _numbers = translator, dates, numbers


class _LocalNumbers(string.Formatter):
    """str.format that hands every number it writes ("{lead:.2f}") to the locale's separators."""

    def format_field(self, value, format_spec):
        text = super().format_field(value, format_spec)
        is_number = isinstance(value, (int, float)) and not isinstance(value, bool)
        return _numbers(text) if is_number and _numbers is not None else text


_local_numbers = _LocalNumbers()


def _fill(text: str, values: dict) -> str:
    return _local_numbers.vformat(text, (), values) if _numbers is not None else text.format(**values)


def number_text(english: str) -> str:
    """A number the core wrote itself ("12,345") with the user's locale's separators."""
    return _numbers(english) if _numbers is not None else english


def date_text(day: dt.date, english: str) -> str:
    """`day` as the user's locale writes it when the UI said how, else the core's `english` ("3 Mar 2025")."""
    return _dates(day) if _dates is not None else english


def translating() -> bool:
    """Whether the core's texts are being translated (a language other than English is shown)."""
    return _translator is not None


def translate(text: str, /, **values) -> str:
    """A text marked elsewhere (N_, or a T_ template kept in a variable) in the user's language, filled in."""
    if _translator is not None:
        text = _translator(CONTEXT, text, -1)
    return _fill(text, values) if values else text


def T_(template: str, /, **values) -> str:  # noqa: N802  (the marker's short name is the point)
    """Translate the literal `template` and fill in `values` ("{name}" placeholders, str.format)."""
    return translate(template, **values)


def N_(template: str, /) -> str:  # noqa: N802
    """Mark the literal `template` for translation without translating it (for tables built at import)."""
    return template


def P_(n: int, one: str, other: str | None = None, /, **values) -> str:  # noqa: N802
    """The form of the literal templates for `n` ("{n}" is n): English picks `one` for 1 and `other` for the
    rest (one template: the same English for every n, "{n} bad record(s)"); a translation has as many forms as
    its language needs (Qt's numerus forms, looked up by the last template)."""
    other = one if other is None else other
    text = one if n == 1 else other
    if _translator is not None:
        translated = _translator(CONTEXT, other, n)
        if translated != other:
            text = translated
    return _fill(text, {"n": n, **values})


def word(text: str, context: str) -> str:
    """A word the core defines and ui.core_texts lists in `context` (an option's label, a vocabulary word)."""
    return _translator(context, text, -1) if _translator is not None and text else text


def validation(message: str) -> str:
    """A services' validation message ("is required") in the user's language: the UI translates those by their
    own templates (ui.core_messages), looked up in the context "validation"."""
    return word(message, "validation")


def join_words(words: list[str]) -> str:
    """"a, b and c" in the user's language."""
    if len(words) <= 1:
        return "".join(words)
    return T_("{items} and {last}", items=", ".join(words[:-1]), last=words[-1])
