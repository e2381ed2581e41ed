"""CSV formula injection (OWASP): exported cells that a spreadsheet would run as a formula start with a quote."""

from __future__ import annotations

# A cell starting with one of these is a formula (or becomes one) in Excel, LibreOffice and Google Sheets.
TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
GUARD = "'"


def guard(value: str) -> str:
    """The cell as exported: a formula-like value gets a leading single quote, as OWASP advises."""
    return GUARD + value if value.startswith(TRIGGERS) else value


def unguard(value: str) -> str:
    """Undo guard(): only a quote that guard() could have added (one followed by a trigger) is taken off."""
    return value[1:] if value.startswith(GUARD) and value[1:].startswith(TRIGGERS) else value


def unguard_rows(rows: list[tuple[int, list[str]]]) -> list[tuple[int, list[str]]]:
    """(line, cells) rows of a file MentorDesk exported, with every cell unguarded."""
    return [(line, [unguard(cell) for cell in cells]) for line, cells in rows]
