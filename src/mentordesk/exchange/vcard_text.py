"""Single-valued text properties (FN, NOTE, TITLE, ORG) read from a card's own lines.

vobject treats an unescaped comma in these values as a list separator and keeps only the first item,
so ``FN:Mustermann, Heiko`` (common in vCard 2.1/3.0 files from phones) became ``Mustermann``. Here a
comma is always text; only ORG splits, on unescaped ``;``, into its units.
"""

from __future__ import annotations

import quopri
import re

TEXT_PROPERTIES = ("FN", "NOTE", "TITLE", "ORG")
_ESCAPE = re.compile(r"\\(.)", re.S)
_UNITS = re.compile(r"(?<!\\)((?:\\\\)*);")


def unescape(value: str) -> str:
    """Undo vCard backslash escapes (\\n, \\, \\; \\\\); a lone comma or semicolon stays text."""
    return _ESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _decoded(params: list[str], value: str) -> str:
    upper = [p.upper() for p in params]
    if "QUOTED-PRINTABLE" in upper or "ENCODING=QUOTED-PRINTABLE" in upper:
        charset = next((p.split("=", 1)[1] for p in params if p.upper().startswith("CHARSET=")), "utf-8")
        try:
            return quopri.decodestring(value.encode("latin-1", "replace")).decode(charset, "replace")
        except LookupError:  # an unknown charset name
            return quopri.decodestring(value.encode("latin-1", "replace")).decode("utf-8", "replace")
    return value


def org_units(value: str) -> list[str]:
    """ORG's `;`-separated units, each unescaped (commas inside a unit are text)."""
    return [unescape(unit) for unit in _UNITS.sub(lambda m: m.group(1) + "\x00", value).split("\x00")]


def text_values(lines) -> list[tuple[str, str]]:
    """(NAME, text) of each FN/NOTE/TITLE/ORG line, in order; ORG gives its first unit.

    `lines` are the card's unfolded content lines (vcard._logical_lines); `split_head` style parsing is
    done here so this module does not depend on vcard.
    """
    found = []
    for line in lines:
        head, _, value = line.partition(":")
        parts = head.split(";")
        name = parts[0].rpartition(".")[2].strip().upper()
        if name not in TEXT_PROPERTIES:
            continue
        if any(p.upper() in ("ENCODING=B", "ENCODING=BASE64", "BASE64") for p in parts[1:]):
            continue  # binary text is left to vobject
        value = _decoded(parts[1:], value)
        text = org_units(value)[0] if name == "ORG" else unescape(value)
        found.append((name, text))
    return found
