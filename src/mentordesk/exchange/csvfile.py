"""CSV contacts in and out, with a column mapping and built-in profiles for Google, Outlook, LinkedIn and
Thunderbird."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from mentordesk.exchange import csv_card, csv_columns, formulas, importer, labels, registry
from mentordesk.exchange.csv_write import export_google_csv
from mentordesk.exchange.textfile import read_decoded, write_text
from mentordesk.services.core import ServiceError
from mentordesk.texts import P_, T_

# Fields a CSV column can feed, with the English label the mapping step shows.
TARGETS = {
    "": "(ignore)",
    "display_name": "Name", "given_name": "Given name", "middle_name": "Middle name", "family_name": "Family name",
    "name_prefix": "Name prefix (Dr., Ms.)", "name_suffix": "Name suffix (Jr., PhD)",
    "birthday": "Birthday (kept for export)", **csv_card.ADDRESS_TARGETS,
    "nickname": "Nickname", "organization": "Organization", "title": "Job title",
    "email": "Email", **{k: v for k, v in labels.targets().items() if k.startswith("email:")},
    "phone": "Phone", **{k: v for k, v in labels.targets().items() if k.startswith("phone:")},
    "department": "Department (added to notes)", "notes": "Notes", "tags": "Tags", "url": "Web page (added to notes)",
    "met_on": "Met on", "met_how": "Met how", "met_where": "Met where",
}

# Header words (lower case, letters and digits only) -> target, for guessing a mapping.
_SYNONYMS = {
    "name": "display_name", "fullname": "display_name", "displayname": "display_name",
    "firstname": "given_name", "givenname": "given_name", "middlename": "middle_name", "additionalname": "middle_name",
    "lastname": "family_name", "familyname": "family_name", "surname": "family_name",
    "nickname": "nickname", "company": "organization", "organization": "organization",
    "organizationname": "organization", "organization1name": "organization", "employer": "organization",
    "jobtitle": "title", "position": "title", "organizationtitle": "title", "organization1title": "title",
    "title": "title", "email": "email", "emailaddress": "email", "emails": "email", "email2address": "email",
    "email3address": "email", "phone": "phone", "phones": "phone", "mobilephone": "phone:mobile",
    "homephone": "phone:home", "businessphone": "phone:work", "homephone2": "phone:home",
    "businessphone2": "phone:work", "otherphone": "phone", "notes": "notes", "note": "notes",
    "tags": "tags", "categories": "tags", "labels": "tags", "groupmembership": "tags",
    "url": "url", "website": "url", "webpage": "url", "connectedon": "met_on", "meton": "met_on",
    "methow": "met_how", "metwhere": "met_where",
    # Thunderbird's address book export
    "primaryemail": "email", "secondaryemail": "email", "workphone": "phone:work", "mobilenumber": "phone:mobile",
    "faxnumber": "phone:fax", "department": "department", "webpage1": "url", "webpage2": "url",
    # kept in the person's card (csv_card): Google's and Outlook's name parts and birthdays
    "nameprefix": "name_prefix", "namesuffix": "name_suffix", "suffix": "name_suffix", "birthday": "birthday",
    "birthdate": "birthday", "dateofbirth": "birthday", "geburtstag": "birthday", "anniversaire": "birthday",
}
_NUMBERED = re.compile(r"^(e-mail|phone) (\d+) - value$", re.I)
_DATE_FORMATS = ("%Y-%m-%d", "%d %b %Y", "%d %B %Y", "%b %d, %Y", "%m/%d/%Y", "%d.%m.%Y")


@dataclass(frozen=True)
class Profile:
    """A kind of CSV file: how its header maps to fields and what every imported person gets."""

    key: str
    label: str
    extra_tags: tuple[str, ...] = ()
    met_how: str = ""
    title_is_honorific: bool = False  # Outlook's "Title" column is Mr./Ms., its job is "Job Title"


PROFILES = {
    "csv": Profile("csv", "CSV with a column mapping"),
    "google": Profile("google", "Google Contacts (CSV)"),
    "outlook": Profile("outlook", "Outlook (CSV)", title_is_honorific=True),
    "linkedin": Profile("linkedin", "LinkedIn Connections.csv", extra_tags=("linkedin",), met_how="LinkedIn"),
    "thunderbird": Profile("thunderbird", "Thunderbird (CSV)"),
}
_NAME_TARGETS = ("display_name", "given_name", "family_name", "nickname")


def _key(column: str) -> str:
    return re.sub(r"[^a-z0-9]", "", column.lower())


@dataclass
class Table:
    """A CSV file's header and its rows, each with the line it starts on (and notes on its text encoding)."""

    header: list[str]
    rows: list[tuple[int, list[str]]]
    notes: list[registry.Problem] = field(default_factory=list)
    encodings: list[str] = field(default_factory=list)  # a doubtful encoding: the one read, then its rivals


def read_table(path, encoding: str | None = None) -> Table:
    """Read a CSV file, skipping LinkedIn's "Notes:" preamble; separators are sniffed (',' ';' or tab)."""
    decoded = read_decoded(path, encoding=encoding)
    text = decoded.text
    lines = text.splitlines(keepends=True)
    skip = 0
    if lines and lines[0].strip().lower().startswith("notes:"):
        # LinkedIn: "Notes:", a quoted paragraph, a blank line, then the real header.
        while skip < len(lines) and "first name" not in lines[skip].lower():
            skip += 1
        if skip == len(lines):
            raise ServiceError(T_("{name}: no header line after the 'Notes:' preamble", name=Path(path).name))
    body = "".join(lines[skip:])
    try:
        delimiter = csv.Sniffer().sniff(body[:4096], delimiters=",;\t").delimiter
    except csv.Error:
        delimiter = ","
    # Only the separator is sniffed: the Sniffer's quoting guess can be wrong ("Smith, Robert ""Bob""" made
    # it turn off doubled quotes), and every app we read writes a quote inside a value as "".
    reader = csv.reader(io.StringIO(body, newline=""), csv.excel, delimiter=delimiter)
    try:
        header = next(reader, None)
        if not header or not any(h.strip() for h in header):
            raise ServiceError(T_("{name}: the file has no header line", name=Path(path).name))
        rows, start = [], reader.line_num + 1
        for row in reader:
            if any(cell.strip() for cell in row):
                rows.append((start + skip, row))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise ServiceError(T_("{name}: line {line}: {error}", name=Path(path).name, line=reader.line_num + skip,
                              error=exc)) from None
    return Table([h.strip().lstrip("\ufeff") for h in header], rows, decoded.notes, decoded.candidates)


def sniff_profile(path) -> str:
    """The profile that fits the file's header: linkedin, google, outlook, thunderbird or plain csv."""
    try:
        header = {_key(h) for h in read_table(path).header}
    except ServiceError:
        return "csv"
    if "connectedon" in header:
        return "linkedin"
    if "groupmembership" in header or "email1value" in header or "givenname" in header and "labels" in header:
        return "google"
    if "emailaddress" in header and ("jobtitle" in header or "businessphone" in header):
        return "outlook"
    if "primaryemail" in header and ("displayname" in header or "mobilenumber" in header):
        return "thunderbird"
    return "csv"


def guess_mapping(header: list[str], profile: str = "csv", rows=None) -> dict[str, str]:
    """column -> target for the columns we recognize (the mapping step starts from this); `rows` (line, cells)
    let a column whose header says nothing be recognised by its values."""
    mapping = {}
    honorific = PROFILES.get(profile, PROFILES["csv"]).title_is_honorific
    for index, column in enumerate(header):
        key = _key(column)
        match = _NUMBERED.match(column.strip())
        if match:
            mapping[column] = "email" if match.group(1).lower() == "e-mail" else "phone"
        elif key == "title" and honorific:
            mapping[column] = "name_prefix"  # Outlook's "Title" is Mr./Ms./Dr.
        elif csv_card.address_target(column):
            mapping[column] = csv_card.address_target(column)[1]
        elif key == "fileas" and profile == "google":
            mapping[column] = "display_name"  # Google's "File as": the name the user chose to be shown
        elif key in _SYNONYMS:
            mapping[column] = _SYNONYMS[key]
        elif csv_columns.guess_target(column, honorific):
            mapping[column] = csv_columns.guess_target(column, honorific)
        elif rows:
            values = [cells[index] for _, cells in rows[:50] if index < len(cells)]
            if csv_columns.guess_by_values(column, values):
                mapping[column] = csv_columns.guess_by_values(column, values)
    return mapping


def _date(text: str) -> str:
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text.strip(), fmt).date().isoformat()
        except ValueError:
            continue
    raise ValueError(T_("{field}: cannot read the date {text!r} (expected e.g. 2024-03-12 or 12 Mar 2024)",
                        field=importer.field_label("met_on"), text=text))


# Several values in one cell: Google's " ::: ", else ";" (MentorDesk's own "; "), but not the ";ext=" of a number.
_LIST = re.compile(r"\s*:::\s*|\s*;(?!\s*(?:ext|isub|phone-context|postd)=)\s*", re.I)


def _split(value: str, target: str) -> list[str]:
    separators = _LIST if target in ("tags", "email", "phone") or ":" in target else r"\s*:::\s*"
    return [part for part in re.split(separators, value) if part.strip()]


def _sibling_label(column: str, cells: dict[str, str]) -> str:
    """Google's 'E-mail 1 - Value' takes its label from 'E-mail 1 - Label' (or '- Type')."""
    stem = column.rsplit(" - ", 1)[0]
    return labels.from_google(cells.get(f"{stem} - Label") or cells.get(f"{stem} - Type") or "")


def row_fields(cells: dict[str, str], mapping: dict[str, str], profile: Profile, notes: list | None = None) -> dict:
    """Fields for create_person from one row (column -> text) under a mapping; a birthday it cannot read is
    left out with a note in `notes` (text) when given."""
    fields: dict = {"emails": [], "phones": [], "tags": []}
    texts, urls, department, parts, bday, addresses = [], [], "", {}, "", {}
    for column, target in mapping.items():
        value = (cells.get(column) or "").strip()
        if not target or not value:
            continue
        kind, _, label = target.partition(":")
        if kind in ("email", "phone"):
            label = label or (_sibling_label(column, cells) if _NUMBERED.match(column) else "other")
            fields[kind + "s"].extend({kind: part, "label": label} for part in _split(value, kind))
        elif kind == "tags":
            fields["tags"].extend(t.lstrip("* ").strip() for t in _split(value, kind)
                                  if t.strip().lower() not in ("* mycontacts", "mycontacts", "* starred"))
        elif kind == "notes":
            texts.append(value)
        elif kind == "url":
            urls.append(value)
        elif kind in ("middle_name", "name_prefix", "name_suffix"):
            parts[kind] = value
        elif kind == "adr":
            which = (csv_card.address_target(column) or ("",))[0]
            found = addresses.setdefault(which, {})
            found[label] = f"{found[label]}, {value}" if found.get(label) else value  # Street 2 and Street 3
        elif kind == "birthday":
            try:
                bday = csv_card.birthday(value)
            except ValueError as exc:
                if notes is None:
                    raise
                notes.append(str(exc) + ": left out")
        elif kind == "department":
            department = value
        elif kind == "met_on":
            fields["met_on"] = _date(value)
        else:
            fields[kind] = value
    # Web pages and the department show in the notes; a file MentorDesk wrote has them there already.
    texts.extend(f"{profile.label.split()[0]}: {url}" if profile.key == "linkedin" else url for url in urls
                 if not any(url in text for text in texts))
    if department and not any(f"Department: {department}" in text for text in texts):
        texts.append(f"Department: {department}")
    if texts:
        fields["notes"] = "\n\n".join(texts)
    if profile.met_how and not fields.get("met_how"):
        fields["met_how"] = profile.met_how
    if not fields.get("display_name"):
        composed = csv_card.full_name(fields.get("given_name", ""), parts.get("middle_name", ""),
                                      fields.get("family_name", ""), parts.get("name_suffix", ""))
        fields["display_name"] = composed or fields.get("nickname") or fields.get("organization") or (
            fields["emails"][0]["email"] if fields["emails"] else "")
    card = csv_card.kept_card(fields, parts, bday, department, urls, addresses)
    if card:
        fields["vcard"] = card
    return fields


def empty_rows(table: Table, mapping: dict[str, str], profile: Profile) -> tuple[Table, list[registry.Problem]]:
    """The table without rows that hold nothing but a date, and a note for each one left out.

    LinkedIn lists members who hide their details as `,,,,,,12 Mar 2024`: nobody to import, not an error.
    """
    dates = {column for column, target in mapping.items() if target == "met_on"}
    kept, notes = [], []
    for line, row in table.rows:
        if dates and not any(cell.strip() for column, cell in zip(table.header, row) if column not in dates):
            who = T_("a hidden LinkedIn member") if profile.key == "linkedin" else T_("a row with only a date")
            notes.append(registry.Problem(line, T_("skipped: {who} (nothing to import)", who=who), "skipped"))
        else:
            kept.append((line, row))
    return Table(table.header, kept, table.notes, table.encodings), notes


def read_records(table: Table, mapping: dict[str, str], profile: Profile, notes: list | None = None):
    """([importer.Record], [Problem]) from a table under a mapping; notes on values left out go to `notes`."""
    notes = [] if notes is None else notes
    unknown = [column for column in mapping if column not in table.header]
    if unknown:
        raise ServiceError(T_("the mapping names columns the file does not have: {columns}", columns=", ".join(unknown)))
    bad_targets = [t for t in mapping.values() if t not in TARGETS]
    if bad_targets:
        raise ServiceError(T_("unknown field(s) in the mapping: {fields} (known: {known})", fields=", ".join(bad_targets),
                              known=", ".join(t for t in TARGETS if t)))
    records, problems = [], []
    width = len(table.header)
    for line, row in table.rows:
        if len(row) > width and any(cell.strip() for cell in row[width:]):
            problems.append(registry.Problem(line, T_("has {values} values but the header has {columns} columns",
                                                      values=len(row), columns=width)))
            continue
        cells = dict(zip(table.header, row))
        left_out: list[str] = []
        try:
            records.append(importer.Record(line, row_fields(cells, mapping, profile, left_out)))
        except ValueError as exc:
            problems.append(registry.Problem(line, str(exc)))
            continue
        who = records[-1].fields.get("display_name") or ""
        notes.extend(registry.Problem(line, f"{who}: {text}" if who else text, "left out") for text in left_out)
    return records, problems


def import_csv(path, options: dict, profile_key: str = "csv") -> registry.ImportResult:
    """Import a CSV file under options['mapping'] (or the profile's guessed mapping)."""
    profile = PROFILES[profile_key]
    table = unguard_export(read_table(path, options.get("encoding")))
    mapping = options.get("mapping") or guess_mapping(table.header, profile_key, table.rows)
    if not any(t in _NAME_TARGETS or t.startswith("email") for t in mapping.values()):
        raise ServiceError(T_("{name}: no column is mapped to a name or an email (columns: {columns}); give "
                              "--mapping COLUMN=display_name", name=Path(path).name, columns=", ".join(table.header)))
    unmapped = csv_columns.unmapped_note(table.header, table.rows, mapping)
    table, notes = empty_rows(table, mapping, profile)
    left_out: list[registry.Problem] = []
    records, problems = read_records(table, mapping, profile, left_out)
    result = importer.run(path, profile_key, records, problems, {**options, "extra_tags": profile.extra_tags})
    result.notes = table.notes + ([unmapped] if unmapped else []) + notes + left_out
    result.encodings = table.encodings
    return result


EXPORT_COLUMNS = ["Name", "Given Name", "Family Name", "Nickname", "Organization", "Job Title", "Email",
                  "Phone", "Tags", "Met How", "Met Where", "Met On", "Notes"]


class _GuardedWriter:
    """A csv.writer whose cells cannot run as spreadsheet formulas (see exchange.formulas)."""

    def __init__(self, out):
        self._writer = csv.writer(out)

    def writerow(self, cells) -> None:
        self._writer.writerow([formulas.guard(str(cell)) for cell in cells])


def unguard_export(table: Table) -> Table:
    """For the import side: a file export_csv wrote, with the quotes it put before formula-like values removed."""
    if table.header != EXPORT_COLUMNS:
        return table
    return Table(table.header, formulas.unguard_rows(table.rows), table.notes, table.encodings)


def export_csv(path, person_ids, options: dict) -> str:
    """Write people as CSV (UTF-8 with BOM so spreadsheet apps read accents right)."""
    from mentordesk.models import Person
    from mentordesk.services.people import person_data

    ids = list(person_ids) if person_ids is not None else [
        i for (i,) in Person.select(Person.id).order_by(Person.display_name).tuples()]
    out = io.StringIO()
    writer = _GuardedWriter(out)
    writer.writerow(EXPORT_COLUMNS)
    for person_id in ids:
        p = person_data(person_id)
        writer.writerow([p["display_name"], p["given_name"], p["family_name"], p["nickname"], p["organization"],
                         p["title"], "; ".join(e["email"] for e in p["emails"]),
                         "; ".join(x["phone"] for x in p["phones"]), "; ".join(p["tags"]), p["met_how"],
                         p["met_where"], p["met_on"] or "", p["notes"]])
    write_text(path, "\ufeff" + out.getvalue())
    return P_(len(ids), "exported {n} people to {file} (CSV)", file=Path(path).name)


def _importer(profile_key: str):
    return lambda path, options: import_csv(path, options, profile_key)


registry.register(registry.Format("csv", "CSV", ("csv",), export_csv, _importer("csv")))
registry.SNIFFERS["csv"] = sniff_profile
registry.register(registry.Format("google", "Google Contacts CSV", ("csv",), export_google_csv, _importer("google")))
registry.register(registry.Format("outlook", "Outlook CSV", ("csv",), None, _importer("outlook")))
registry.register(registry.Format("linkedin", "LinkedIn Connections.csv", ("csv",), None, _importer("linkedin")))
registry.register(registry.Format("thunderbird", "Thunderbird CSV", ("csv",), None, _importer("thunderbird")))
