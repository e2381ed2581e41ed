"""Spotting people entered twice: same email, same phone, or similar names at the same organization."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from mentordesk.models import Organization, Person, PersonEmail, PersonPhone
from mentordesk.texts import T_

NAME_SCORE = 88  # rapidfuzz token_sort_ratio at or above which two names at one organization look alike


@functools.lru_cache(maxsize=1 << 17)  # libphonenumber's parse costs ~25 us; imports and the finder repeat numbers
def phone_key(number: str) -> str:
    """What two ways of writing one number share: the national number without its extension, as Google's
    libphonenumber reads it ("+33 6 12 34 56 78" and "06 12 34 56 78" match), else the last nine digits."""
    import phonenumbers

    text = (number or "").strip()
    if text.lower().startswith("tel:"):
        text = text[4:].split(";", 1)[0]
    try:
        parsed = phonenumbers.parse(text, None)
    except phonenumbers.NumberParseException:
        parsed = None
    if parsed is not None and parsed.national_number:
        digits = str(parsed.national_number)
    else:
        digits = re.sub(r"\D", "", re.split(r"(?i)\s*(?:ext\.?|extension|x|#)\s*\d+\s*$", text)[0])
    return digits[-9:] if len(digits) >= 7 else ""


# A shared email or phone alone (a switchboard, a family address, a junk "000") does not make two people
# one: their names must not be clearly different (rapidfuzz token_sort_ratio under this score).
SAME_PERSON_SCORE = 60


def _names_agree(first: str, second: str) -> bool:
    """True unless both names are known and clearly different."""
    a, b = _name(first), _name(second)
    if not a or not b or "@" in a or "@" in b:
        return True
    return fuzz.token_sort_ratio(a, b) >= SAME_PERSON_SCORE or a in b or b in a


def _name(text: str) -> str:
    return " ".join((text or "").lower().split())


@dataclass(frozen=True)
class DuplicatePair:
    """Two people in the database who are probably the same person."""

    first_id: int
    second_id: int
    reason: str


@dataclass(frozen=True)
class IncomingMatch:
    """A record in an import file that looks like someone already known (or earlier in the file)."""

    index: int  # position among the file's valid records
    line: int
    name: str
    person_id: int | None  # the existing person, or None when it repeats an earlier record in the file
    twin_line: int | None
    reason: str


def _similar(name: str, candidates: list[tuple[int, str]]) -> int | None:
    if not candidates:
        return None
    best = process.extractOne(_name(name), [c[1] for c in candidates], scorer=fuzz.token_sort_ratio,
                              score_cutoff=NAME_SCORE)
    return candidates[best[2]][0] if best else None


def match_incoming(records: list[tuple[int, dict]]) -> list[IncomingMatch]:
    """For (line, clean fields) records about to be imported: which ones look like someone known."""
    names = dict(Person.select(Person.id, Person.display_name).tuples().iterator())
    by_email = {e.lower(): ("db", pid) for pid, e in PersonEmail.select(PersonEmail.person, PersonEmail.email).tuples().iterator()}
    by_phone = {}
    for pid, number in PersonPhone.select(PersonPhone.person, PersonPhone.phone).tuples().iterator():
        if key := phone_key(number):
            by_phone.setdefault(key, ("db", pid))
    file_names: dict[int, str] = {}

    def name_of(ref: tuple) -> str:
        return names.get(ref[1], "") if ref[0] == "db" else file_names.get(ref[1], "")
    by_org: dict[str, list[tuple[tuple, str]]] = {}
    query = (Person.select(Person.id, Person.display_name, Organization.name).join(Organization)
             .tuples().iterator())
    for pid, name, org in query:
        by_org.setdefault(org.lower(), []).append((("db", pid), _name(name)))
    matches = []
    for index, (line, clean) in enumerate(records):
        me = ("file", index, line)
        found, reason = None, ""
        name = clean.get("display_name") or ""
        file_names[index] = name
        for email, _ in clean.get("emails") or ():
            ref = by_email.get(email.lower())
            if ref is not None and _names_agree(name, name_of(ref)):
                found, reason = ref, T_("same email {email}", email=email)
                break
        if found is None:
            for number, _ in clean.get("phones") or ():
                key = phone_key(number)
                ref = by_phone.get(key) if key else None
                if ref is not None and _names_agree(name, name_of(ref)):
                    found, reason = ref, T_("same phone {number}", number=number)
                    break
        org = (clean.get("organization") or "").lower()
        if found is None and org:
            hit = _similar(name, by_org.get(org, []))
            if hit is not None:
                found, reason = hit, T_("similar name at {organization}", organization=clean["organization"])
        if found is not None:
            if found[0] == "db":
                matches.append(IncomingMatch(index, line, name, found[1], None, reason))
            else:
                matches.append(IncomingMatch(index, line, name, None, found[2], reason + T_(" (earlier in the file)")))
            continue
        for email, _ in clean.get("emails") or ():
            by_email.setdefault(email.lower(), me)
        for number, _ in clean.get("phones") or ():
            if key := phone_key(number):
                by_phone.setdefault(key, me)
        if org:
            by_org.setdefault(org, []).append((me, _name(name)))
    return matches


def find_duplicates(limit: int = 1000) -> list[DuplicatePair]:
    """Likely duplicate pairs among everyone, strongest evidence first (emails, phones, then names)."""
    pairs: dict[tuple[int, int], str] = {}

    def add(a: int, b: int, reason: str) -> None:
        key = (min(a, b), max(a, b))
        if a != b and key not in pairs:
            pairs[key] = reason

    names = dict(Person.select(Person.id, Person.display_name).tuples().iterator())
    first_by_email: dict[str, int] = {}
    for pid, email in PersonEmail.select(PersonEmail.person, PersonEmail.email).order_by(PersonEmail.person).tuples().iterator():
        other = first_by_email.setdefault(email.lower(), pid)
        if _names_agree(names.get(other, ""), names.get(pid, "")):
            add(other, pid, T_("same email {email}", email=email))
    first_by_phone: dict[str, int] = {}
    for pid, number in PersonPhone.select(PersonPhone.person, PersonPhone.phone).order_by(PersonPhone.person).tuples().iterator():
        key = phone_key(number)
        if key:
            other = first_by_phone.setdefault(key, pid)
            if _names_agree(names.get(other, ""), names.get(pid, "")):
                add(other, pid, T_("same phone {number}", number=number))
    staff: dict[int, list[tuple[int, str]]] = {}
    for pid, name, org_id in Person.select(Person.id, Person.display_name, Person.organization).where(
            Person.organization.is_null(False)).order_by(Person.id).tuples().iterator():
        staff.setdefault(org_id, []).append((pid, _name(name)))
    org_names = dict(Organization.select(Organization.id, Organization.name).tuples())
    for org_id, members in staff.items():
        names = [n for _, n in members]
        for i, (pid, name) in enumerate(members[:-1]):
            for _, score, j in process.extract(name, names[i + 1:], scorer=fuzz.token_sort_ratio,
                                               score_cutoff=NAME_SCORE, limit=None):
                add(pid, members[i + 1 + j][0], T_("similar names at {organization}", organization=org_names.get(org_id, "?")))
        if len(pairs) >= limit:
            break
    return [DuplicatePair(a, b, reason) for (a, b), reason in list(pairs.items())[:limit]]
