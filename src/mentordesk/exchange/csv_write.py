"""CSV that Google Contacts imports: its own header names, one label/value column pair per email and phone.

Google's export (and import) header since 2022: "First Name", "Middle Name", "Last Name", … "Labels",
"E-mail 1 - Label", "E-mail 1 - Value", "Phone 1 - Label", "Phone 1 - Value", "Address 1 - …",
"Website 1 - …". Only "Labels" joins several values, with " ::: " ("* myContacts ::: Friends").
What MentorDesk has no field for (middle name, prefix, suffix, department, birthday, addresses, web
pages, fax and pager types) comes from the person's original card, as the vCard export does.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

from mentordesk.exchange import formulas, labels, streaming
from mentordesk.exchange.csv_card import full_name
from mentordesk.exchange.vcard_convert import date_30
from mentordesk.exchange.vcard_original import Original, same_address
from mentordesk.exchange.vcard_write import iter_people
from mentordesk.models import Person
from mentordesk.texts import P_

FIXED = ["First Name", "Middle Name", "Last Name", "Phonetic First Name", "Phonetic Middle Name",
         "Phonetic Last Name", "Name Prefix", "Name Suffix", "Nickname", "File As", "Organization Name",
         "Organization Title", "Organization Department", "Birthday", "Notes", "Photo", "Labels"]
ADDRESS_PARTS = ["Label", "Formatted", "Street", "City", "PO Box", "Region", "Postal Code", "Country",
                 "Extended Address"]
_PHONE_SHAPED = re.compile(r"^[+\d][\d\s().\-/*#]*(?:\s*(?:ext\.?|x)\s*\d+)?(?:;(?:ext|isub)=[\d\-]+)*$", re.I)
_DATE_SHAPED = re.compile(r"^(\d{4}|-)-\d{2}-\d{2}$")


def _label(label: str) -> str:
    """An address's or web page's label as Google writes one (Home, Work, Other, else as typed)."""
    return labels.to_google(label, "EMAIL")


def _phone_label(label: str, original: Original | None, number: str) -> str:
    """Google's phone label; the original card's types say more when the label was read from it by an
    earlier version (a pager or main number stored as 'other')."""
    if original is not None:
        for line in original.all("TEL"):
            if same_address(original.text(line), number, True) and original.label_fits(line, label):
                return labels.to_google(original.label(line))
    return labels.to_google(label)


def _cell(value: str, shape: re.Pattern | None = None) -> str:
    """A cell, guarded against spreadsheet formulas (a phone number like +49 30 1234 or --03-15 stays as it is)."""
    value = value or ""
    if shape is not None and shape.match(value.strip()):
        return value
    return formulas.guard(value)


class _Row:
    """One person's Google row, before the header's width is known."""

    def __init__(self, person, emails, phones, tags):
        original = Original(person.vcard) if person.vcard else None
        n = original.parts(original.all("N")[0]) + [""] * 5 if original and original.all("N") else [""] * 5
        org = person.org_name or ""
        department = ""
        if original and original.all("ORG"):
            units = original.units(original.all("ORG")[-1])
            if units[0].strip() == org and len(units) > 1:
                department = "; ".join(u for u in units[1:] if u.strip())
        composed = full_name(person.given_name or "", n[2], person.family_name or "", n[4])
        # No name parts: the name shown goes in First Name (Google lists a row by it), unless it is only the email.
        only_email = bool(emails) and (person.display_name or "") == emails[0][0]
        first = person.given_name or ("" if person.family_name or only_email else person.display_name or "")
        birthday = ""
        if original and original.bday():
            line = original.all("BDAY")[0]
            text, omitted = date_30(original.bday(), next(iter(line.values("X-APPLE-OMIT-YEAR")), None))
            birthday = ("--" + text[5:10] if omitted else text[:10]) if text else original.bday()
        self.fixed = [first, n[2], person.family_name or "", "", "", "", n[3], n[4], person.nickname or "",
                      person.display_name if composed and person.display_name != composed else "",
                      org, person.title or "", department, birthday, person.notes or "", "",
                      " ::: ".join(["* myContacts"] + list(tags))]
        self.emails = [(labels.to_google(label, "EMAIL"), email) for email, label in emails]
        self.phones = [(_phone_label(label, original, phone), phone) for phone, label in phones]
        self.addresses = [self._address(original, line) for line in original.all("ADR")] if original else []
        self.websites = [(_label(next((t for t in line.types() if t != "pref"), "")) if line.types() else "",
                          original.text(line).strip()) for line in original.all("URL")] if original else []

    @staticmethod
    def _address(original: Original, line) -> list[str]:
        parts = original.parts(line) + [""] * 7
        po_box, extended, street, city, region, code, country = parts[:7]
        types = [t for t in line.types() if t != "pref"]
        formatted = "\n".join(p for p in (street, extended, " ".join(x for x in (code, city) if x), region,
                                          country, po_box and f"PO Box {po_box}") if p)
        return [_label(types[0]) if types else "Other", formatted, street, city, po_box, region, code, country,
                extended]


def header(rows: list[_Row]) -> list[str]:
    emails = max([len(r.emails) for r in rows] + [1])
    phones = max([len(r.phones) for r in rows] + [1])
    addresses = max([len(r.addresses) for r in rows] + [0])
    websites = max([len(r.websites) for r in rows] + [0])
    columns = list(FIXED)
    columns += [f"E-mail {i} - {part}" for i in range(1, emails + 1) for part in ("Label", "Value")]
    columns += [f"Phone {i} - {part}" for i in range(1, phones + 1) for part in ("Label", "Value")]
    columns += [f"Address {i} - {part}" for i in range(1, addresses + 1) for part in ADDRESS_PARTS]
    columns += [f"Website {i} - {part}" for i in range(1, websites + 1) for part in ("Label", "Value")]
    return columns


def _cells(row: _Row, columns: list[str]) -> list[str]:
    width = {kind: sum(1 for c in columns if c.startswith(kind) and c.endswith(" - Label"))
             for kind in ("E-mail", "Phone", "Address", "Website")}
    cells = [_cell(v, _DATE_SHAPED if column == "Birthday" else None) for column, v in zip(FIXED, row.fixed)]
    for kind, items, shape in (("E-mail", row.emails, None), ("Phone", row.phones, _PHONE_SHAPED)):
        for index in range(width[kind]):
            label, value = items[index] if index < len(items) else ("", "")
            cells += [_cell(label), _cell(value, shape)]
    for index in range(width["Address"]):
        parts = row.addresses[index] if index < len(row.addresses) else [""] * len(ADDRESS_PARTS)
        cells += [_cell(p) for p in parts]
    for index in range(width["Website"]):
        label, value = row.websites[index] if index < len(row.websites) else ("", "")
        cells += [_cell(label), _cell(value)]
    return cells


def export_google_csv(path, person_ids, options: dict) -> str:
    """Write people as a Google Contacts CSV (UTF-8 without BOM, as Google writes it)."""
    report = streaming.progress_of(options, "Writing contacts")
    total = len(person_ids) if person_ids is not None else Person.select().count()
    rows = []
    for person, emails, phones, tags in iter_people(person_ids, photos=False):
        rows.append(_Row(person, emails, phones, tags))
        if len(rows) % 1000 == 0:
            report(len(rows), total)
    columns = header(rows)
    with streaming.private_stream(path) as out:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow(_cells(row, columns))
    report(len(rows), max(total, len(rows)))
    return P_(len(rows), "exported {n} people to {file} (Google Contacts CSV)", file=Path(path).name)
