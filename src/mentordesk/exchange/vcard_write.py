"""vCard 3.0/4.0 out: MentorDesk's fields written over the person's stored original card.

Each person keeps their original card. A field the user did not change goes back as the original
property (middle name, department, fax/pager types and PREF included); a changed one is written
fresh, keeping the parts MentorDesk has no field for. Every other property is carried through,
rewritten in the forms of the version written (vcard_convert). Sync uploads the same cards.
"""

from __future__ import annotations

import base64
import datetime as dt
from pathlib import Path

from peewee import JOIN, fn

from mentordesk.exchange import labels, registry, streaming
from mentordesk.exchange.vcard_convert import attach_labels, convert
from mentordesk.exchange.vcard_lines import Line, components, escape, fold, normalise_newlines
from mentordesk.exchange.vcard_original import Original, same_address, same_text
from mentordesk.models import Organization, Person, PersonEmail, PersonPhone, PersonTag, Tag
from mentordesk.texts import P_, T_

# Properties MentorDesk shows and edits (REV is rewritten on every export); the rest is carried through.
OWNED = {"VERSION", "PRODID", "FN", "N", "NICKNAME", "ORG", "TITLE", "EMAIL", "TEL", "NOTE", "CATEGORIES", "REV"}
PRODID = "PRODID:-//MentorDesk//MentorDesk//EN"
BATCH = 1000


class _Card:
    """One card being written: target version, the original, and the lines so far."""

    def __init__(self, person, version: str):
        self.version = version
        self.original = Original(person.vcard) if person.vcard else None
        self.out: list[Line] = []
        self.kept_ids: set[int] = set()
        self.groups_done: set[str] = set()
        self.used_groups = {line.group.lower() for line in self.original.lines if line.group} if self.original else set()

    def keep(self, lines: list[Line], value: str | None = None) -> None:
        """Write original lines back (in the target's forms) with their group's other lines."""
        for line in lines:
            self.kept_ids.add(id(line))
            converted = convert(line, self.original.version, self.version)
            if value is not None and converted:
                converted[0].value, converted[0].raw = value, ""
                converted[0].params = [p for p in converted[0].params if p[0] != "VALUE"]
            self.out.extend(converted)
            group = line.group.lower()
            if group and group not in self.groups_done:
                self.groups_done.add(group)
                for companion in self.original.companions(group):
                    if companion.name not in OWNED:
                        self.kept_ids.add(id(companion))
                        self.out.extend(convert(companion, self.original.version, self.version))

    def lines(self, name: str) -> list[Line]:
        return self.original.all(name) if self.original else []

    def fresh_group(self) -> str:
        number = 1
        while f"md{number}" in self.used_groups:
            number += 1
        self.used_groups.add(f"md{number}")
        return f"md{number}"


def _text_property(card: _Card, name: str, value: str, last_wins: bool = True) -> None:
    """FN, TITLE, NICKNAME: the original lines when one still reads as `value`, else a fresh line."""
    found = card.lines(name)
    value = (value or "").strip()
    texts = [card.original.text(line).strip() for line in found]
    if found and value in (texts[-1:] if last_wins else texts):
        card.keep(found)
    elif value:
        card.out.append(Line(name, escape(value)))


def _name(card: _Card, person) -> None:
    found = card.lines("N")
    family, given = person.family_name or "", person.given_name or ""
    if found:
        parts = card.original.parts(found[0])
        if parts[:2] + [""] * (2 - len(parts[:2])) == [family.strip(), given.strip()]:
            card.keep(found[:1])
            return
        converted = convert(found[0], card.original.version, card.version)[0]
        rest = components(converted.value)[2:]
        rest += [""] * (3 - len(rest))
        card.out.append(Line("N", ";".join([escape(family), escape(given)] + rest)))
        return
    card.out.append(Line("N", f"{escape(family)};{escape(given)};;;"))


def _org(card: _Card, org_name: str) -> None:
    found = card.lines("ORG")
    org_name = (org_name or "").strip()
    if found and card.original.units(found[-1])[0].strip() == org_name:
        card.keep(found)
    elif org_name:
        card.out.append(Line("ORG", escape(org_name)))


def _notes_property(card: _Card, notes: str) -> None:
    found = card.lines("NOTE")
    read = "\n\n".join(normalise_newlines(card.original.text(line))
                         for line in found if card.original.text(line).strip())
    notes = notes or ""
    if found and read == notes.strip():
        card.keep(found)
    elif notes.strip():
        card.out.append(Line("NOTE", escape(notes)))


def _categories(card: _Card, tags: list[str]) -> None:
    found = card.lines("CATEGORIES")
    read = {item for line in found for item in card.original.items(line)}
    if found and read == set(tags):
        card.keep(found)
    elif tags:
        card.out.append(Line("CATEGORIES", ",".join(escape(t) for t in tags)))


def _addresses(card: _Card, prop: str, items: list[tuple[str, str]]) -> None:
    """EMAIL or TEL: each one the user kept (same address, same label) goes back with its types and PREF."""
    available = card.lines(prop)
    for value, label in items:
        match = next((line for line in available if id(line) not in card.kept_ids
                      and same_address(card.original.text(line), value, prop == "TEL")
                      and card.original.label_fits(line, label)), None)
        if match is not None:
            exact = same_text(card.original.text(match), value, prop == "TEL")
            card.keep([match], None if exact else _value(prop, value))
            continue
        words = labels.vcard_types(label, prop)
        if words is None:  # a label of the user's own: an Apple-style group so it survives
            group = card.fresh_group()
            card.out.append(Line(prop, _value(prop, value), [], group))
            card.out.append(Line("X-ABLABEL", escape(label), [], group))
            continue
        params = [("TYPE", [w.upper() if card.version == "3.0" else w for w in words])] if words else []
        if prop == "EMAIL" and card.version == "3.0":
            params.append(("TYPE", ["INTERNET"]))
        card.out.append(Line(prop, _value(prop, value), params))


def _value(prop: str, value: str) -> str:
    return escape(value) if prop == "EMAIL" else value.replace("\r", " ").replace("\n", " ")


def rev(updated_at, version: str) -> str:
    """REV from the record's last change, in UTC: 20250601T090000Z (4.0) or 2025-06-01T09:00:00Z (3.0)."""
    stamp = updated_at if isinstance(updated_at, dt.datetime) else dt.datetime(1970, 1, 1)
    stamp = (stamp if stamp.tzinfo else stamp.astimezone()).astimezone(dt.timezone.utc)
    return stamp.strftime("%Y%m%dT%H%M%SZ" if version == "4.0" else "%Y-%m-%dT%H:%M:%SZ")


def card_text(person, emails, phones, tags, version: str) -> str:
    """One person's vCard in `version` ("3.0" or "4.0")."""
    card = _Card(person, version)
    _text_property(card, "FN", person.display_name or "", last_wins=False)
    if not any(line.name == "FN" for line in card.out):
        card.out.append(Line("FN", escape(person.display_name or "")))
    _name(card, person)
    _text_property(card, "NICKNAME", person.nickname or "")
    _org(card, getattr(person, "org_name", None) or "")
    _text_property(card, "TITLE", person.title or "")
    _addresses(card, "EMAIL", emails)
    _addresses(card, "TEL", phones)
    _categories(card, tags)
    _notes_property(card, person.notes or "")
    written = card.out
    kept: list[Line] = []
    if card.original:
        owned_groups = {line.group.lower() for line in card.original.lines if line.name in OWNED and line.group}
        removed_photo = getattr(person, "photo", None) == b""  # removed in the app before the card lost its PHOTO
        for line in card.original.lines:
            if line.name in OWNED or id(line) in card.kept_ids or (line.group and line.group.lower() in owned_groups):
                continue
            if removed_photo and line.name == "PHOTO":
                continue
            kept.extend(convert(line, card.original.version, version))
    body = written + kept
    photo = getattr(person, "photo", None)
    if photo and not any(line.name == "PHOTO" for line in body):  # chosen in the app: the card had none, or
        body += _photo_lines(bytes(photo), version)                 # lost it to the choice (people.set_photo)
    if version == "4.0":
        body = attach_labels(body)
    text = [f"BEGIN:VCARD\r\nVERSION:{version}\r\n{PRODID}\r\n"]
    text.extend(fold(line.render(version)) + "\r\n" for line in body)
    text.append(f"REV:{rev(person.updated_at, version)}\r\nEND:VCARD\r\n")
    return "".join(text)


def _photo_lines(data: bytes, version: str) -> list[Line]:
    """A photo MentorDesk stores (a small PNG or JPEG) as the version's PHOTO: base64 in 3.0, a data URI in 4.0."""
    kind = "PNG" if data.startswith(b"\x89PNG") else "JPEG"
    line = Line("PHOTO", base64.b64encode(data).decode("ascii"), [("ENCODING", ["b"]), ("TYPE", [kind])])
    return convert(line, "3.0", version)


# --- people from the database, in batches ---------------------------------------------------

def _person_rows(person_ids, photos: bool):
    columns = [Person.id, Person.display_name, Person.given_name, Person.family_name, Person.nickname, Person.title,
               Person.notes, Person.vcard, Person.updated_at, *([Person.photo] if photos else [])]
    query = Person.select(*columns, Organization.name.alias("org_name")).join(
        Organization, join_type=JOIN.LEFT_OUTER, on=(Person.organization == Organization.id))
    if person_ids is not None:
        query = query.where(Person.id.in_(list(person_ids)))
    return query.order_by(fn.LOWER(Person.display_name), Person.id).namedtuples().iterator()


def _related(model, column, person_ids):
    rows: dict[int, list] = {}
    query = model.select(model.person, column, model.label).where(model.person.in_(person_ids)).order_by(model.id)
    for pid, value, label in query.tuples():
        rows.setdefault(pid, []).append((value, label))
    return rows


def _tags(person_ids):
    rows: dict[int, list] = {}
    query = (PersonTag.select(PersonTag.person, Tag.name).join(Tag).where(PersonTag.person.in_(person_ids))
             .order_by(Tag.name))
    for pid, name in query.tuples():
        rows.setdefault(pid, []).append(name)
    return rows


def _batches(person_ids, photos: bool):
    batch = []
    for row in _person_rows(person_ids, photos):
        batch.append(row)
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def iter_people(person_ids=None, photos: bool = True):
    """(person row, [(email, label)], [(phone, label)], [tag]) in name order, fetched a thousand at a time
    (the row's photo too, unless `photos` is False: a CSV has no place for it)."""
    for batch in _batches(person_ids, photos):
        ids = [row.id for row in batch]
        emails = _related(PersonEmail, PersonEmail.email, ids)
        phones = _related(PersonPhone, PersonPhone.phone, ids)
        tags = _tags(ids)
        for row in batch:
            yield row, emails.get(row.id, []), phones.get(row.id, []), tags.get(row.id, [])


def iter_cards(person_ids=None, version: str = "3.0"):
    """vCard texts of these people (everyone when None), in name order."""
    if version not in ("3.0", "4.0"):
        raise registry.ServiceError(T_("vCard version must be 3.0 or 4.0 (got {version!r})", version=version))
    for row, emails, phones, tags in iter_people(person_ids):
        yield card_text(row, emails, phones, tags, version)


def cards_for(person_ids=None, version: str = "3.0") -> list[str]:
    """vCard texts of these people (everyone when None), in name order."""
    return list(iter_cards(person_ids, version))


def person_to_vcard(person_id: int, version: str = "3.0") -> str:
    """One person as a vCard, starting from their stored original card."""
    cards = cards_for([person_id], version)
    if not cards:
        from mentordesk.services.core import NotFound

        raise NotFound(f"person {person_id} does not exist")
    return cards[0]


def export_vcard(path, person_ids, options: dict) -> str:
    """Stream people to a .vcf file; options: 'version' '3.0' (default) or '4.0', 'progress' (stage, done, total)."""
    version = str(options.get("version") or "3.0")
    total = len(person_ids) if person_ids is not None else Person.select().count()
    report = streaming.progress_of(options, "Writing cards")
    written = 0
    with streaming.private_stream(path) as out:
        for text in iter_cards(person_ids, version):
            out.write(text)
            written += 1
            if written % 500 == 0:
                report(written, total)
        report(written, max(total, written))
    return P_(written, "exported {n} people to {file} (vCard {version})", file=Path(path).name, version=version)
