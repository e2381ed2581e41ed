"""vCard 3.0/4.0 out: MentorDesk's fields written over the person's stored original card.

Each person keeps their original card; export starts from it and replaces only the properties
MentorDesk owns, so photos, addresses, birthdays and app-specific fields survive a round trip.
"""

from __future__ import annotations

import quopri
from pathlib import Path

from peewee import JOIN, fn

from mentordesk.exchange import registry
from mentordesk.exchange.textfile import write_text
from mentordesk.exchange.vcard_lines import logical_lines, split_head
from mentordesk.models import Organization, Person, PersonEmail, PersonPhone, PersonTag, Tag

# Properties MentorDesk shows and edits; everything else in a stored card is carried through untouched.
OWNED = {"VERSION", "PRODID", "FN", "N", "NICKNAME", "ORG", "TITLE", "EMAIL", "TEL", "NOTE", "CATEGORIES"}
_LABEL_TO_TYPE = {"mobile": "CELL", "home": "HOME", "work": "WORK", "fax": "FAX"}


def _escape(value: str) -> str:
    return (value.replace("\\", "\\\\").replace("\r\n", "\n").replace("\n", "\\n")
            .replace(",", "\\,").replace(";", "\\;"))


def _fold(line: str) -> str:
    """Fold a content line at 75 characters (continuations start with a space)."""
    if len(line) <= 75:
        return line
    parts = [line[:75]]
    rest = line[75:]
    while rest:
        parts.append(" " + rest[:74])
        rest = rest[74:]
    return "\r\n".join(parts)


def _convert_legacy(line: str, version: str) -> str:
    """Turn a kept vCard 2.1 line (quoted-printable, BASE64) into valid 3.0/4.0 syntax."""
    group, name, params, value = split_head(line)
    params = [p if "=" in p else ("ENCODING=QUOTED-PRINTABLE" if p.upper() == "QUOTED-PRINTABLE" else f"TYPE={p}")
              for p in params]  # 2.1's bare HOME, JPEG, QUOTED-PRINTABLE
    upper = [p.upper() for p in params]
    if "ENCODING=QUOTED-PRINTABLE" in upper:
        charset = next((p.split("=", 1)[1] for p in params if p.upper().startswith("CHARSET=")), "utf-8")
        data = quopri.decodestring(value.encode("latin-1", "replace"))
        value = data.decode(charset, "replace").replace("\r\n", "\\n").replace("\n", "\\n")
        params = [p for p in params if p.upper() != "ENCODING=QUOTED-PRINTABLE" and not p.upper().startswith("CHARSET=")]
    elif "ENCODING=BASE64" in upper or "ENCODING=B" in upper:
        kind = next((p.split("=", 1)[1] for p in params if p.upper().startswith("TYPE=")), "jpeg")
        params = [p for p in params if not p.upper().startswith("ENCODING=")]
        if version == "4.0":
            media = kind.lower() if "/" in kind else f"image/{kind.lower()}"
            params = [p for p in params if not p.upper().startswith("TYPE=")]
            value = f"data:{media};base64,{value.replace(' ', '')}"
        else:
            params.append("ENCODING=b")
    elif version == "4.0":
        params = [p for p in params if p.upper() != "CHARSET=UTF-8"]
    head = ";".join([f"{group}.{name}" if group else name] + params)
    return f"{head}:{value}"


def _kept_lines(card_text: str | None, version: str) -> list[str]:
    """The stored card's lines that MentorDesk does not own, in their original order."""
    if not card_text:
        return []
    lines = logical_lines(card_text)
    owned_groups = set()
    parsed = []
    for line in lines:
        group, name, params, value = split_head(line)
        parsed.append((line, group, name))
        if name in OWNED and group:
            owned_groups.add(group.lower())
    legacy = any(name == "VERSION" and line.split(":", 1)[1].strip() == "2.1" for line, _, name in parsed)
    kept = []
    for line, group, name in parsed:
        if name in OWNED or name in ("BEGIN", "END") or (group and group.lower() in owned_groups):
            continue
        kept.append(_convert_legacy(line, version) if legacy else line)
    return kept


def _person_rows(person_ids):
    query = Person.select(Person, Organization.name.alias("org_name")).join(
        Organization, join_type=JOIN.LEFT_OUTER, on=(Person.organization == Organization.id))
    if person_ids is not None:
        query = query.where(Person.id.in_(list(person_ids)))
    return query.order_by(fn.LOWER(Person.display_name), Person.id).objects()


def _card_for(person, emails, phones, tags, version: str) -> str:
    out = ["BEGIN:VCARD", f"VERSION:{version}", "PRODID:-//MentorDesk//MentorDesk//EN"]
    out.append(f"FN:{_escape(person.display_name)}")
    out.append(f"N:{_escape(person.family_name or '')};{_escape(person.given_name or '')};;;")
    if person.nickname:
        out.append(f"NICKNAME:{_escape(person.nickname)}")
    if getattr(person, "org_name", None):
        out.append(f"ORG:{_escape(person.org_name)}")
    if person.title:
        out.append(f"TITLE:{_escape(person.title)}")
    group = 0
    for prop, items, types in (("EMAIL", emails, {"home": "HOME", "work": "WORK"}), ("TEL", phones, _LABEL_TO_TYPE)):
        for value, label in items:
            typ = types.get(label)
            if typ or label == "other":
                params = f";TYPE={typ}" if typ else ""
                params += ";TYPE=INTERNET" if prop == "EMAIL" and version == "3.0" else ""
                out.append(f"{prop}{params}:{_escape(value) if prop == 'EMAIL' else value}")
            else:  # a custom label: Apple-style group so it survives
                group += 1
                out.append(f"md{group}.{prop}:{value}")
                out.append(f"md{group}.X-ABLabel:{_escape(label)}")
    if tags:
        out.append("CATEGORIES:" + ",".join(_escape(t) for t in tags))
    if person.notes:
        out.append(f"NOTE:{_escape(person.notes)}")
    out.extend(_kept_lines(person.vcard, version))
    out.append("END:VCARD")
    return "\r\n".join(_fold(line) for line in out) + "\r\n"


def _related(model, column, person_ids):
    rows: dict[int, list] = {}
    query = model.select(model.person, column, model.label).order_by(model.id).tuples()
    if person_ids is not None:
        query = query.where(model.person.in_(list(person_ids)))
    for pid, value, label in query:
        rows.setdefault(pid, []).append((value, label))
    return rows


def _tags(person_ids):
    rows: dict[int, list] = {}
    query = PersonTag.select(PersonTag.person, Tag.name).join(Tag).order_by(Tag.name).tuples()
    if person_ids is not None:
        query = query.where(PersonTag.person.in_(list(person_ids)))
    for pid, name in query:
        rows.setdefault(pid, []).append(name)
    return rows


def cards_for(person_ids=None, version: str = "3.0") -> list[str]:
    """vCard texts of these people (everyone when None), in name order."""
    if version not in ("3.0", "4.0"):
        raise registry.ServiceError(f"vCard version must be 3.0 or 4.0 (got {version!r})")
    ids = None if person_ids is None else list(person_ids)
    emails = _related(PersonEmail, PersonEmail.email, ids)
    phones = _related(PersonPhone, PersonPhone.phone, ids)
    tags = _tags(ids)
    return [_card_for(p, emails.get(p.id, []), phones.get(p.id, []), tags.get(p.id, []), version)
            for p in _person_rows(ids)]


def person_to_vcard(person_id: int, version: str = "3.0") -> str:
    """One person as a vCard, starting from their stored original card."""
    cards = cards_for([person_id], version)
    if not cards:
        from mentordesk.services.core import NotFound

        raise NotFound(f"person {person_id} does not exist")
    return cards[0]


def export_vcard(path, person_ids, options: dict) -> str:
    """Write people to a .vcf file; options['version'] is '3.0' (default) or '4.0'."""
    cards = cards_for(person_ids, str(options.get("version") or "3.0"))
    write_text(path, "".join(cards))
    return f"exported {len(cards)} people to {Path(path).name} (vCard {options.get('version') or '3.0'})"
