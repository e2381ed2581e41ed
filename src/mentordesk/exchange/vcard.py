"""vCard 2.1/3.0/4.0 in and out: vobject parses, we map its properties to a person and back.

Each person keeps their original card; export starts from it and replaces only the properties
MentorDesk owns, so photos, addresses, birthdays and app-specific fields survive a round trip.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import vobject

from mentordesk.exchange import importer, labels, registry, vcard_limits, vcard_repair, vcard_text
from mentordesk.exchange.textfile import read_decoded
from mentordesk.exchange.vcard_repair import RawCard
from mentordesk.exchange.vcard_lines import _LINE_LIKE_RE
from mentordesk.exchange.vcard_lines import logical_lines as _logical_lines
from mentordesk.exchange.vcard_lines import normalise_newlines, physical_lines
# The writer lives in vcard_write; these names stay importable from here.
from mentordesk.exchange.vcard_write import OWNED, cards_for, export_vcard, person_to_vcard  # noqa: F401
from mentordesk.texts import T_



# --- reading ---------------------------------------------------------------------------

def _labels_by_group(card) -> dict[str, str]:
    """Apple's item1.X-ABLabel values as our labels, keyed by lower-case group name."""
    return {line.group.lower(): labels.from_apple(str(line.value)) for line in card.getChildren()
            if line.name == "X-ABLABEL" and line.group}



def _type_words(line) -> list[str]:
    words = []
    for value in line.params.get("TYPE", []):
        words.extend(w.strip().strip('"').lower() for w in str(value).split(","))
    # vCard 2.1 writes bare parameters: TEL;CELL;PREF:...
    words.extend(str(w).lower() for w in getattr(line, "singletonparams", []))
    return [w for w in words if w]


def _label(line, groups: dict[str, str]) -> str:
    """The label of a TEL or EMAIL line: its Apple group's label, else its TYPE words (exchange.labels)."""
    if line.group and line.group.lower() in groups:
        return groups[line.group.lower()]
    return labels.from_words(line.name, _type_words(line))


def _text(value) -> str:
    if isinstance(value, (list, tuple)):
        return " ".join(str(v).strip() for v in value if str(v).strip())
    return "" if value is None else str(value).strip()


_FOLD = re.compile(r"\r\n[ \t]")
_TEL_SCHEME = re.compile(r"^tel:", re.I)


def _content_lines(text: str) -> list[str]:
    """vcard_lines.logical_lines(text), quickly for the usual card (CRLF only, no quoted-printable soft
    break, no blank line, no character physical_lines rewrites): unfold with one substitution."""
    crlf = text.count("\r\n")
    if (text.count("\r") != crlf or text.count("\n") != crlf or "=\r\n" in text or "\r\n\r\n" in text
            or _LINE_LIKE_RE.search(text)):
        return _logical_lines(text)
    return [line for line in _FOLD.sub("", text).split("\r\n") if line.strip()]


def vcard_to_person_fields(card, original: str | None = None) -> dict:
    """Fields for services.people.create_person/update_person from a vCard (text or vobject component).

    `original` is the card's text when the caller has it (saves re-serializing a parsed card). Text that
    vobject refuses is repaired, or read without the properties it cannot read (vcard_repair).
    """
    if isinstance(card, str):
        lines = physical_lines(card)  # U+2028 or a bare CR inside a value is text, not a line end
        card = "\r\n".join(lines)
        try:
            component = vobject.readOne(card, allowQP=True)
        except Exception:  # noqa: BLE001 - a card from a server or a paste is read as leniently as a file
            parsed = _lenient(RawCard(1, card, list(range(1, len(lines) + 1))))
            if isinstance(parsed.fields, Exception):
                raise parsed.fields from None
            return parsed.fields
        original, card = card, component
    elif original is None:
        original = card.serialize(validate=False)
    groups = _labels_by_group(card)
    fields: dict = {"emails": [], "phones": [], "tags": [], "vcard": original}
    notes = []
    # FN, NOTE, TITLE and ORG come from the card's own text: vobject cuts them at an unescaped comma.
    text_keys = {"FN": "display_name", "TITLE": "title", "ORG": "organization"}
    for name, value in vcard_text.text_values(_content_lines(original)):
        if name == "NOTE":
            if value.strip():
                notes.append(normalise_newlines(value))
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
            fields["emails"].append({"email": _text(value), "label": _label(line, groups)})
        elif name == "TEL" and _text(value):
            number = _TEL_SCHEME.sub("", _text(value))
            fields["phones"].append({"phone": number, "label": _label(line, groups)})
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

_BEGIN = re.compile(r"^BEGIN\s*:\s*VCARD\s*$", re.I)
_END = re.compile(r"^END\s*:\s*VCARD\s*$", re.I)
_CHUNK = 200  # cards per streaming vobject pass: a card it rejects costs at most one re-read of a chunk


def split_cards(text: str) -> tuple[list[RawCard], list[registry.Problem]]:
    """Cut a file into cards; text outside cards and cards without END:VCARD are problems."""
    cards, problems = [], []
    start, buffer, numbers = None, [], []
    for number, line in enumerate(physical_lines(text), start=1):
        stripped = line.strip()
        first = stripped[:1]
        if start is None:
            if first in ("B", "b") and _BEGIN.match(stripped):
                start, buffer, numbers = number, [line], [number]
            elif stripped:
                problems.append(registry.Problem(number, T_("unexpected text outside a card: {text!r}", text=stripped[:40])))
            continue
        if first in ("B", "b") and _BEGIN.match(stripped):
            problems.append(registry.Problem(start, T_("card has no END:VCARD before the next BEGIN:VCARD")))
            start, buffer, numbers = number, [line], [number]
        elif first in ("E", "e") and _END.match(stripped):
            buffer.append(line)
            numbers.append(number)
            cards.append(RawCard(start, "\r\n".join(buffer) + "\r\n", numbers))
            start, buffer, numbers = None, [], []
        elif stripped or buffer[-1].rstrip().endswith("="):
            buffer.append(line)  # blank lines inside a card only matter after a QP soft break
            numbers.append(number)
    if start is not None:
        problems.append(registry.Problem(start, T_("card has no END:VCARD (the file ends inside it)")))
    if not cards and not problems:
        problems.append(registry.Problem(1, T_("no vCard found (expected BEGIN:VCARD)")))
    return cards, problems


def _parse_error(exc: Exception) -> str:
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return T_("unreadable card ({error})", error=message[:120])


@dataclass
class _Parsed:
    """One card's person fields (or the exception that refused it) and notes on what was repaired or left out."""

    fields: dict | Exception
    notes: list[registry.Problem] = field(default_factory=list)


def _fields_or_error(component, raw: RawCard):
    try:
        return vcard_to_person_fields(component, raw.text)
    except Exception as exc:  # noqa: BLE001 - bad values inside a card are reported, not raised
        return exc


def _lenient(raw: RawCard) -> _Parsed:
    """A card vobject rejected: read it after safe repairs, else without the properties it cannot read."""
    try:
        return _Parsed(_fields_or_error(vobject.readOne(raw.text, allowQP=True), raw))
    except Exception:  # noqa: BLE001 - repaired below
        pass
    try:
        repaired, notes = vcard_repair.repair(raw)
        try:
            component = vobject.readOne(repaired.text, allowQP=True)
        except Exception:  # noqa: BLE001 - the properties at fault are found and left out
            repaired, left_out = vcard_repair.isolate(repaired)
            notes += left_out
            component = vobject.readOne(repaired.text, allowQP=True)
    except Exception as exc:  # vobject raises many kinds on bad input; the card becomes a problem
        return _Parsed(exc)
    fields = _fields_or_error(component, repaired)
    who = fields.get("display_name") if isinstance(fields, dict) else ""
    named = [registry.Problem(n.line, f"{who}: {n.reason}" if who else n.reason, n.kind) for n in notes]
    return _Parsed(fields, named)


def _parsed_chunk(cards: list[RawCard]) -> list[_Parsed]:
    """One streaming vobject pass over a few cards; a card it rejects is read leniently, then the stream goes on."""
    results: list[_Parsed] = []
    while len(results) < len(cards):
        before = len(results)
        try:
            for component in vobject.readComponents("".join(c.text for c in cards[before:]), allowQP=True):
                if len(results) >= len(cards):
                    raise ValueError("more cards than BEGIN:VCARD lines")
                results.append(_Parsed(_fields_or_error(component, cards[len(results)])))
        except Exception:  # noqa: BLE001 - the card it stopped at is read on its own below
            if len(results) > len(cards):  # vobject saw cards we did not (a nested vCard): go card by card
                return [_lenient(raw) for raw in cards]
        if len(results) < len(cards):
            results.append(_lenient(cards[len(results)]))
    return results


def _parsed(cards: list[RawCard], progress) -> list[_Parsed]:
    """Person fields (or the exception) per card, streaming vobject over chunks of cards.

    Each component is converted as soon as it is read and then dropped, so 10,000 parsed cards never
    sit in memory together (keeping them made the garbage collector's passes grow with the file).
    """
    results: list[_Parsed] = []
    for start in range(0, len(cards), _CHUNK):
        results.extend(_parsed_chunk(cards[start:start + _CHUNK]))
        if progress:
            progress(len(results), len(cards))
    return results


def read_records(text: str, progress=None, notes: list | None = None):
    """Parse every card: returns ([importer.Record], [Problem]); notes on repaired or left-out properties
    are added to `notes` when given."""
    cards, problems = split_cards(text)
    records = []
    for raw, parsed in zip(cards, _parsed(cards, progress)):
        if isinstance(parsed.fields, Exception):
            problems.append(registry.Problem(raw.line, _parse_error(parsed.fields)))
        else:
            records.append(importer.Record(raw.line, parsed.fields))
            if notes is not None:
                notes.extend(parsed.notes)
    if notes is not None:
        notes[:] = _grouped(notes)
    problems.sort(key=lambda p: p.line)
    return records, problems


def _grouped(notes: list[registry.Problem], most: int = 3) -> list[registry.Problem]:
    """Notes for information only (a file of The Bat!'s cards all without CHARSET) said once, not per card."""
    groups: dict[str, list[registry.Problem]] = {}
    for note in notes:
        if note.kind == "info" and ": " in note.reason:
            groups.setdefault(note.reason.split(": ", 1)[1], []).append(note)
    kept = []
    for note in notes:
        same = groups.get(note.reason.split(": ", 1)[1], []) if note.kind == "info" and ": " in note.reason else []
        if len(same) <= most:
            kept.append(note)
        elif note is same[0]:
            kept.append(registry.Problem(note.line, T_("{reason} (in {count} cards, the first on line {line})",
                                                       reason=note.reason.split(": ", 1)[1], count=len(same),
                                                       line=note.line), "info"))
    return kept


# A line no property before it can run into (vcard_limits._continues): it starts a property (group and name,
# then ; or :) and the line before it does not end in a quoted-printable soft break ("=", then any CRs).
_PROPERTY_BREAK = re.compile(r"(?<!=)(?<!=\r)(?<!\r\r)\n(?=(?:[A-Za-z0-9-]+\.)?[A-Za-z0-9-]+[;:])")


def _all_properties_small(text: str) -> bool:
    """True when no property can exceed vcard_limits.MAX_PROPERTY_CHARS, so vcard_limits.drop_oversized would
    change nothing: lines that surely start a property are never that far apart. Jumps half the limit at a
    time (a few regex searches per file); False only means "look properly"."""
    limit = vcard_limits.MAX_PROPERTY_CHARS
    last = -1  # the newline before the latest sure property start
    while len(text) - last > limit:
        found = _PROPERTY_BREAK.search(text, last + limit // 2 + 1)
        if found is None or found.start() - last > limit:
            return False
        last = found.start()
    return True


def import_vcard(path, options: dict) -> registry.ImportResult:
    """Import a .vcf file (all-or-nothing unless options['skip_invalid'])."""
    vcard_limits.check_file_size(path)
    decoded = read_decoded(path, properties=True, encoding=options.get("encoding"))
    text = decoded.text if "\n" in decoded.text else decoded.text.replace("\r", "\n")  # old Mac line ends
    text, notes = (text, []) if _all_properties_small(text) else vcard_limits.drop_oversized(text)
    notes = decoded.notes + notes
    progress = importer.progress_of(options, "Reading cards")
    records, problems = read_records(text, progress, notes)
    result = importer.run(path, "vcard", records, problems, options)
    result.notes = sorted(notes, key=lambda n: n.line or 0)
    result.encodings = decoded.candidates
    return result


registry.register(registry.Format("vcard", "vCard (.vcf)", ("vcf", "vcard"), export_vcard, import_vcard))
