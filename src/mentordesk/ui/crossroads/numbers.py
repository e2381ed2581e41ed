"""Numbers in the wizard's own texts as the user's locale writes them ("3,55" in German), with QLocale."""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale

_FIXED = re.compile(r"(?P<sign>\+?)\.(?P<decimals>\d+)f")


def number(value: float, decimals: int) -> str:
    """`value` with `decimals` places, the locale's decimal point and digit grouping."""
    return QLocale().toString(float(value), "f", decimals)


class Local:
    """A number for a str.format template ("{lead:.2f}", "{given:g}"): the template stays as translated, the number
    is written by QLocale. Supports "", "g", ".Nf" and "+.Nf"."""

    def __init__(self, value: float):
        self.value = value

    def __format__(self, spec: str) -> str:
        fixed = _FIXED.fullmatch(spec)
        if fixed:
            text = number(self.value, int(fixed["decimals"]))
            return ("+" + text) if fixed["sign"] and self.value >= 0 else text
        if spec in ("", "g"):
            return QLocale().toString(float(self.value), "g", QLocale.FloatingPointPrecisionOption.FloatingPointShortest)
        return format(self.value, spec)

    def __str__(self) -> str:
        return format(self, "")
