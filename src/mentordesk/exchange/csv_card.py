"""What a CSV row holds that MentorDesk has no field for (middle name, name prefix and suffix, birthday) or keeps
only as notes (department, web pages), kept as the person's original card, so vCard and Google CSV exports
write it back in its place, as a vCard import's card would."""

from __future__ import annotations

import datetime as dt
import re

from mentordesk.exchange.vcard_lines import escape

# Fields of a CSV mapping that go into the kept card, not into MentorDesk's own fields.
CARD_TARGETS = ("middle_name", "name_prefix", "name_suffix", "birthday")
_YEARLESS = re.compile(r"^--(\d{2})-?(\d{2})$")
_NO_DATE = {"0/0/00", "00.00.00", "0000-00-00", "1/1/1601"}  # Outlook's "no birthday"
_FORMATS = ("%Y-%m-%d", "%Y%m%d", "%d %b %Y", "%d %B %Y", "%b %d, %Y", "%B %d, %Y", "%m/%d/%Y", "%m/%d/%y",
            "%d.%m.%Y")


def full_name(given: str, middle: str, family: str, suffix: str = "") -> str:
    """The name a person is shown by when the file gives only its parts: "Anna Maria Schmidt Jr."."""
    return " ".join(part.strip() for part in (given, middle, family, suffix) if part and part.strip())


def birthday(text: str) -> str:
    """A birthday cell as a vCard 4.0 date (19850315, or --0315 without a year); '' for Outlook's empty
    date; ValueError naming the value when it is no date."""
    text = text.strip()
    if not text or text in _NO_DATE:
        return ""
    match = _YEARLESS.match(text)
    if match and 1 <= int(match.group(1)) <= 12 and 1 <= int(match.group(2)) <= 31:
        return f"--{match.group(1)}{match.group(2)}"
    for fmt in _FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).strftime("%Y%m%d")
        except ValueError:
            continue
    raise ValueError(f"Birthday: {text!r} is not a date this import can read (e.g. 1985-03-15 or --03-15)")


def kept_card(fields: dict, parts: dict[str, str], bday: str, department: str = "", urls=()) -> str | None:
    """A 4.0 card with N (middle name, prefix, suffix), ORG (with the department), URL and BDAY, or None when
    the row has none of them."""
    middle, prefix, suffix = (parts.get(k, "").strip() for k in ("middle_name", "name_prefix", "name_suffix"))
    if not (middle or prefix or suffix or bday or department or urls):
        return None
    lines = ["BEGIN:VCARD", "VERSION:4.0"]
    if middle or prefix or suffix:
        lines.append("N:" + ";".join(escape(v) for v in (fields.get("family_name") or "", fields.get("given_name")
                                                         or "", middle, prefix, suffix)))
    if department:
        lines.append(f"ORG:{escape(fields.get('organization') or '')};{escape(department)}")
    lines.extend("URL:" + " ".join(url.split()) for url in urls if url.strip())
    if bday:
        lines.append(f"BDAY:{bday}")
    return "\r\n".join(lines + ["END:VCARD", ""])
