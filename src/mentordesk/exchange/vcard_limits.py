"""Size limits for vCard import: refuse huge files, leave out huge properties (photos) with a note per contact.

vobject's line unfolding is quadratic: a 1.3 MB property takes 1 s, 4 MB 11 s, 16 MB minutes. Phones write
contact photos of 10-200 KB, so a property over MAX_PROPERTY_CHARS is left out and reported, not parsed.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from mentordesk.exchange.registry import Problem
from mentordesk.services.core import ServiceError
from mentordesk.texts import N_, T_, translate

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_PROPERTY_CHARS = 1024 * 1024

_PROPERTY = re.compile(r"^(?:[A-Za-z0-9-]+\.)?([A-Za-z0-9-]+)[;:]")
_BEGIN = re.compile(r"^\s*BEGIN\s*:\s*VCARD\s*$", re.I)
_NOUNS = {"PHOTO": N_("photo"), "LOGO": N_("logo"), "SOUND": N_("sound clip"), "KEY": N_("key")}


def check_file_size(path) -> None:
    """Refuse a vCard file over MAX_FILE_BYTES before reading it, naming the file."""
    path = Path(path)
    try:
        size = os.stat(path).st_size
    except OSError:
        return  # reading it reports the problem
    if size > MAX_FILE_BYTES:
        raise ServiceError(T_("{name} is {size}; MentorDesk imports vCard files up to {limit}. Export it again "
                              "without photos, or in parts.", name=path.name, size=_mb(size), limit=_mb(MAX_FILE_BYTES)))


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def _continues(line: str, head: str, previous: str) -> bool:
    """Whether `line` belongs to the property that started with `head`."""
    if line[:1] in (" ", "\t"):
        return True
    upper = head.split(":", 1)[0].upper()
    if "QUOTED-PRINTABLE" in upper and previous.endswith("="):
        return True
    return bool(line.strip()) and "BASE64" in upper and not _PROPERTY.match(line)  # vCard 2.1's unindented base64


def drop_oversized(text: str) -> tuple[str, list[Problem]]:
    """`text` with every property over MAX_PROPERTY_CHARS blanked out (line numbers kept), and a note for each."""
    lines = text.split("\n")
    notes: list[Problem] = []
    card_line, name = 0, ""
    index = 0
    while index < len(lines):
        line = lines[index]
        if _BEGIN.match(line):
            card_line, name = index + 1, ""
        match = _PROPERTY.match(line)
        if not match:
            index += 1
            continue
        end, size = index + 1, len(line)
        while end < len(lines) and _continues(lines[end], line, lines[end - 1].rstrip("\r")):
            size += len(lines[end])
            end += 1
        prop = match.group(1).upper()
        if prop == "FN":
            name = line.split(":", 1)[-1].strip()[:80]
        if size > MAX_PROPERTY_CHARS:
            lines[index:end] = [""] * (end - index)
            who = f" ({name})" if name else ""
            notes.append(Problem(card_line or index + 1, T_("contact{who}: {what} left out ({size}; the limit is {limit})",
                                                            who=who, what=translate(_NOUNS.get(prop, prop)),
                                                            size=_mb(size), limit=_mb(MAX_PROPERTY_CHARS))))
        index = end
    return "\n".join(lines), notes
