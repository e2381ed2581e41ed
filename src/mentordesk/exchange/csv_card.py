"""What a CSV row holds that MentorDesk has no field for (middle name, name prefix and suffix, birthday) or keeps
only as notes (department, web pages), kept as the person's original card, so vCard and Google CSV exports
write it back in its place, as a vCard import's card would."""

from __future__ import annotations

import datetime as dt
import re

from mentordesk.exchange.vcard_lines import escape
from mentordesk.texts import T_

# An address's parts, in ADR's order (RFC 6350 6.3.1), with the mapping step's label; "label" is Home/Work and
# "formatted" the whole address as one text (used only when the file has no parts).
ADDRESS_PARTS = {"po box": "PO box", "extended": "extended (apartment, suite)", "street": "street", "city": "city",
                 "region": "region (state)", "postal code": "postal code", "country": "country",
                 "label": "label (Home, Work)", "formatted": "as one text"}
ADDRESS_TARGETS = {f"adr:{part}": f"Address: {label} (kept for export)" for part, label in ADDRESS_PARTS.items()}
# Google: "Address 1 - City"; Outlook: "Business City", "Home Postal Code", "Other Country/Region".
_GOOGLE_ADR = re.compile(r"^(address \d+) - (label|type|formatted|street|city|po box|region|postal code|country|"
                         r"extended address)$", re.I)
_OUTLOOK_ADR = re.compile(r"^(business|home|other) (street|street 2|street 3|city|state|postal code|country/region|"
                          r"po box)$", re.I)
_PART_WORDS = {"type": "label", "extended address": "extended", "street 2": "extended", "street 3": "extended",
               "state": "region", "country/region": "country"}
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
    raise ValueError(T_("Birthday: {text!r} is not a date this import can read (e.g. 1985-03-15 or --03-15)", text=text))


def address_target(column: str) -> tuple[str, str] | None:
    """(which address, 'adr:PART') for a column of an address split into parts, or None."""
    match = _GOOGLE_ADR.match(column.strip()) or _OUTLOOK_ADR.match(column.strip())
    if not match:
        return None
    part = match.group(2).lower()
    return match.group(1).lower(), "adr:" + _PART_WORDS.get(part, part)


def address_line(which: str, parts: dict[str, str]) -> str | None:
    """An ADR line from one address's parts (its place from its label, or Outlook's Business/Home)."""
    values = [parts.get(p, "") for p in ("po box", "extended", "street", "city", "region", "postal code", "country")]
    if not any(v.strip() for v in values):
        if not parts.get("formatted", "").strip():
            return None
        values[2] = parts["formatted"].strip()
    label = (parts.get("label") or which.split()[0]).replace("*", "").strip().lower()
    place = {"business": "work", "work": "work", "home": "home"}.get(label, "")
    head = f"ADR;TYPE={place}" if place else "ADR"
    return f"{head}:" + ";".join(escape(v.strip()) for v in values)


def kept_card(fields: dict, parts: dict[str, str], bday: str, department: str = "", urls=(),
              addresses: dict[str, dict[str, str]] | None = None) -> str | None:
    """A 4.0 card with N (middle name, prefix, suffix), ORG (with the department), ADR, URL and BDAY, or None
    when the row has none of them."""
    middle, prefix, suffix = (parts.get(k, "").strip() for k in ("middle_name", "name_prefix", "name_suffix"))
    adr = [line for which, found in (addresses or {}).items() if (line := address_line(which, found))]
    if not (middle or prefix or suffix or bday or department or urls or adr):
        return None
    lines = ["BEGIN:VCARD", "VERSION:4.0"]
    if middle or prefix or suffix:
        lines.append("N:" + ";".join(escape(v) for v in (fields.get("family_name") or "", fields.get("given_name")
                                                         or "", middle, prefix, suffix)))
    if department:
        lines.append(f"ORG:{escape(fields.get('organization') or '')};{escape(department)}")
    lines.extend(adr)
    lines.extend("URL:" + " ".join(url.split()) for url in urls if url.strip())
    if bday:
        lines.append(f"BDAY:{bday}")
    return "\r\n".join(lines + ["END:VCARD", ""])
