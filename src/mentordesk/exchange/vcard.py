"""vCard 2.1/3.0/4.0 in and out: vobject parses, we map its properties to a person and back.

Each person keeps their original card; export starts from it and replaces only the properties
MentorDesk owns, so photos, addresses, birthdays and app-specific fields survive a round trip.
"""

from __future__ import annotations

import quopri
import re
from dataclasses import dataclass
from pathlib import Path

import vobject
from peewee import JOIN, fn

from mentordesk.exchange import importer, registry, vcard_limits, vcard_text
from mentordesk.exchange.textfile import read_text, write_text
from mentordesk.models import Organization, Person, PersonEmail, PersonPhone, PersonTag, Tag

# Properties MentorDesk shows and edits; everything else in a stored card is carried through untouched.
OWNED = {"VERSION", "PRODID", "FN", "N", "NICKNAME", "ORG", "TITLE", "EMAIL", "TEL", "NOTE", "CATEGORIES"}

_PHONE_TYPES = {"cell": "mobile", "mobile": "mobile", "iphone": "mobile", "home": "home", "work": "work", "fax": "fax"}
_EMAIL_TYPES = {"home": "home", "work": "work"}
_LABEL_TO_TYPE = {"mobile": "CELL", "home": "HOME", "work": "WORK", "fax": "FAX"}
_APPLE_LABEL = re.compile(r"^_\$!<(.*)>!\$_$")


# --- reading ---------------------------------------------------------------------------

def _labels_by_group(card) -> dict[str, str]:
    """Apple's item1.X-ABLabel values, keyed by lower-case group name."""
    labels = {}
    for line in card.getChildren():
        if line.name == "X-ABLABEL" and line.group:
            text = str(line.value).strip()
            match = _APPLE_LABEL.match(text)
            labels[line.group.lower()] = (match.group(1) if match else text).strip().lower()
    return labels


def _type_words(line) -> list[str]:
    words = []
    for value in line.params.get("TYPE", []):
        words.extend(w.strip().strip('"').lower() for w in str(value).split(","))
    # vCard 2.1 writes bare parameters: TEL;CELL;PREF:...
    words.extend(str(w).lower() for w in getattr(line, "singletonparams", []))
    return [w for w in words if w]


def _label(line, groups: dict[str, str], types: dict[str, str]) -> str:
    if line.group and line.group.lower() in groups:
        return _PHONE_TYPES.get(groups[line.group.lower()], groups[line.group.lower()])
    for word in _type_words(line):
        if word in types:
            return types[word]
    return "other"


def _text(value) -> str:
    if isinstance(value, (list, tuple)):
        return " ".join(str(v).strip() for v in value if str(v).strip())
    return "" if value is None else str(value).strip()


def _notes(value: str) -> str:
    return value.replace("\r\n", "\n").replace("\r", "\n").strip()


def vcard_to_person_fields(card, original: str | None = None) -> dict:
    """Fields for services.people.create_person/update_person from a vCard (text or vobject component).

    `original` is the card's text when the caller has it (saves re-serializing a parsed card).
    """
    if isinstance(card, str):
        original = card
        card = vobject.readOne(card, allowQP=True)
    elif original is None:
        original = card.serialize(validate=False)
    groups = _labels_by_group(card)
    fields: dict = {"emails": [], "phones": [], "tags": [], "vcard": original}
    notes = []
    # FN, NOTE, TITLE and ORG come from the card's own text: vobject cuts them at an unescaped comma.
    text_keys = {"FN": "display_name", "TITLE": "title", "ORG": "organization"}
    for name, value in vcard_text.text_values(_logical_lines(original)):
        if name == "NOTE":
            if value.strip():
                notes.append(_notes(value))
        else:
            fields[text_keys[name]] = value.strip()
    for line in card.getChildren():
        name, value = line.name, line.value
        if name in vcard_text.TEXT_PROPERTIES:
            continue
        elif name == "N":
            fields["given_name"] = _text(getattr(value, "given", ""))
            fields["family_name"] = _text(getattr(value, "family", ""))
        elif name == "NICKNAME":
            fields["nickname"] = _text(value)
        elif name == "EMAIL" and _text(value):
            fields["emails"].append({"email": _text(value), "label": _label(line, groups, _EMAIL_TYPES)})
        elif name == "TEL" and _text(value):
            number = re.sub(r"^tel:", "", _text(value), flags=re.I)
            fields["phones"].append({"phone": number, "label": _label(line, groups, _PHONE_TYPES)})
        elif name == "CATEGORIES":
            items = value if isinstance(value, (list, tuple)) else str(value).split(",")
            fields["tags"].extend(t.strip() for t in items if t.strip())
    if notes:
        fields["notes"] = "\n\n".join(notes)
    if not fields.get("display_name"):
        composed = " ".join(p for p in (fields.get("given_name"), fields.get("family_name")) if p)
        first_email = fields["emails"][0]["email"] if fields["emails"] else ""
        fallback = composed or fields.get("nickname") or fields.get("organization") or first_email
        if fallback:
            fields["display_name"] = fallback
    return fields


# --- splitting a file into cards, so a broken one is reported by line ---------------------

@dataclass
class RawCard:
    """One BEGIN:VCARD..END:VCARD block and the line it starts on."""

    line: int
    text: str


_BEGIN = re.compile(r"^BEGIN\s*:\s*VCARD\s*$", re.I)
_END = re.compile(r"^END\s*:\s*VCARD\s*$", re.I)


def split_cards(text: str) -> tuple[list[RawCard], list[registry.Problem]]:
    """Cut a file into cards; text outside cards and cards without END:VCARD are problems."""
    cards, problems = [], []
    start, buffer = None, []
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if start is None:
            if _BEGIN.match(stripped):
                start, buffer = number, [line]
            elif stripped:
                problems.append(registry.Problem(number, f"unexpected text outside a card: {stripped[:40]!r}"))
            continue
        if _BEGIN.match(stripped):
            problems.append(registry.Problem(start, "card has no END:VCARD before the next BEGIN:VCARD"))
            start, buffer = number, [line]
        elif _END.match(stripped):
            buffer.append(line)
            cards.append(RawCard(start, "\r\n".join(buffer) + "\r\n"))
            start, buffer = None, []
        elif stripped or buffer[-1].rstrip().endswith("="):
            buffer.append(line)  # blank lines inside a card only matter after a QP soft break
    if start is not None:
        problems.append(registry.Problem(start, "card has no END:VCARD (the file ends inside it)"))
    if not cards and not problems:
        problems.append(registry.Problem(1, "no vCard found (expected BEGIN:VCARD)"))
    return cards, problems


def _parse_error(exc: Exception) -> str:
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return f"unreadable card ({message[:120]})"


def _fields_or_error(component, raw: RawCard):
    try:
        return vcard_to_person_fields(component, raw.text)
    except Exception as exc:  # noqa: BLE001 - bad values inside a card are reported, not raised
        return exc


def _parsed(cards: list[RawCard], progress) -> list:
    """Person fields (or the exception) per card: one streaming vobject pass, per card only after a failure.

    Each component is converted as soon as it is read and then dropped, so 10,000 parsed cards never
    sit in memory together (keeping them made the garbage collector's passes grow with the file).
    """
    results: list = []
    try:
        for component in vobject.readComponents("".join(c.text for c in cards), allowQP=True):
            if len(results) >= len(cards):
                raise ValueError("more cards than BEGIN:VCARD lines")
            results.append(_fields_or_error(component, cards[len(results)]))
            if progress and len(results) % 200 == 0:
                progress(len(results), len(cards))
    except registry.ImportCancelled:
        raise  # Cancel is not a broken card
    except Exception:  # noqa: BLE001 - the failing card is found and reported below
        if len(results) > len(cards):
            results = []
    for raw in cards[len(results):]:
        try:
            results.append(_fields_or_error(vobject.readOne(raw.text, allowQP=True), raw))
        except Exception as exc:  # vobject raises many kinds on bad input; each becomes a reported problem
            results.append(exc)
    return results


def read_records(text: str, progress=None):
    """Parse every card: returns ([importer.Record], [Problem])."""
    cards, problems = split_cards(text)
    records = []
    for raw, fields in zip(cards, _parsed(cards, progress)):
        if isinstance(fields, Exception):
            problems.append(registry.Problem(raw.line, _parse_error(fields)))
        else:
            records.append(importer.Record(raw.line, fields))
    problems.sort(key=lambda p: p.line)
    return records, problems


def import_vcard(path, options: dict) -> registry.ImportResult:
    """Import a .vcf file (all-or-nothing unless options['skip_invalid'])."""
    vcard_limits.check_file_size(path)
    text, notes = vcard_limits.drop_oversized(read_text(path))
    progress = importer.progress_of(options, "Reading cards")
    records, problems = read_records(text, progress)
    result = importer.run(path, "vcard", records, problems, options)
    result.notes = notes
    return result


# --- writing ----------------------------------------------------------------------------

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


def _logical_lines(card_text: str) -> list[str]:
    """Unfold a stored card into content lines (RFC folding and vCard 2.1 quoted-printable soft breaks)."""
    lines: list[str] = []
    for raw in card_text.splitlines():
        if raw[:1] in (" ", "\t") and lines:
            lines[-1] += raw[1:]
        elif lines and _is_qp(lines[-1]) and lines[-1].endswith("="):
            lines[-1] = lines[-1][:-1] + raw  # a quoted-printable soft line break
        elif raw.strip():
            lines.append(raw)
    return lines


def _is_qp(line: str) -> bool:
    head = line.split(":", 1)[0].upper()
    return "QUOTED-PRINTABLE" in head


def _split_head(line: str) -> tuple[str, str, list[str], str]:
    """(group, NAME, params, value) of a content line; params keep their original spelling."""
    head, _, value = line.partition(":")
    parts = head.split(";")
    group, _, name = parts[0].rpartition(".")
    return group, name.upper(), parts[1:], value


def _convert_legacy(line: str, version: str) -> str:
    """Turn a kept vCard 2.1 line (quoted-printable, BASE64) into valid 3.0/4.0 syntax."""
    group, name, params, value = _split_head(line)
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
    lines = _logical_lines(card_text)
    owned_groups = set()
    parsed = []
    for line in lines:
        group, name, params, value = _split_head(line)
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


registry.register(registry.Format("vcard", "vCard (.vcf)", ("vcf", "vcard"), export_vcard, import_vcard))
