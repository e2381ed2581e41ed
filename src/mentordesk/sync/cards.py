"""People as vCards in the address book, through the import/export engineer's vCard mapping."""

from __future__ import annotations

import hashlib
import json
import re
import uuid

from mentordesk.models import Person
from mentordesk.services import people
from mentordesk.sync.state import SyncItem, SyncRemoved

_UID_LINE = re.compile(r"^UID[;:](?:[^:\r\n]*:)?(.*)$", re.I | re.M)
_REV_LINE = re.compile(r"^REV[;:].*\r?\n", re.I | re.M)

# What the conflict dialog shows and lets the user pick side by side (same keys on both sides).
MERGE_FIELDS = {
    "display_name": "Name",
    "given_name": "Given name",
    "family_name": "Family name",
    "nickname": "Nickname",
    "organization": "Organization",
    "title": "Title",
    "emails": "Emails",
    "phones": "Phones",
    "tags": "Tags",
    "notes": "Notes",
}


def fingerprint(data: dict) -> str:
    """A stable hash of a record's fields: equal hashes mean nothing changed."""
    return hashlib.sha256(json.dumps(data, sort_keys=True, default=str).encode("utf-8")).hexdigest()


def uid_in(text: str | None) -> str | None:
    """The UID of a vCard or iCalendar text, if it has one."""
    match = _UID_LINE.search(text or "")
    return match.group(1).strip() if match else None


def contact_uids(account) -> dict[int, str]:
    """person id -> UID of their contact on the account's server (kept ones too), for meeting attendees."""
    uids = dict(SyncRemoved.select(SyncRemoved.local_id, SyncRemoved.uid).where(
        (SyncRemoved.account == account) & (SyncRemoved.kind == "person")).tuples())
    uids.update(SyncItem.select(SyncItem.local_id, SyncItem.uid).where(
        (SyncItem.account == account) & (SyncItem.kind == "person") & SyncItem.local_id.is_null(False)).tuples())
    return uids


class PersonSide:
    """The local half of syncing people: listing, hashing, exporting and applying vCards."""

    kind = "person"
    suffix = ".vcf"
    content_type = "text/vcard"
    merge_fields = MERGE_FIELDS

    def local_stamps(self, ids=None) -> dict[int, str]:
        """id -> updated_at of every person, or of these (cheap: one query)."""
        query = Person.select(Person.id, Person.updated_at)
        if ids is not None:
            query = query.where(Person.id.in_(list(ids)))
        return {pid: str(stamp) for pid, stamp in query.tuples()}

    def uid_hints(self, ids) -> dict[str, int]:
        """UID of the stored card -> person id, for people not yet synced (links instead of duplicating)."""
        wanted, hints = set(ids), {}
        query = Person.select(Person.id, Person.vcard).where(Person.vcard.is_null(False)).tuples()
        for pid, text in query:
            uid = uid_in(text) if pid in wanted else None
            if uid:
                hints.setdefault(uid, pid)
        return hints

    def local_hash(self, local_id: int) -> str:
        """Hash of the card we would upload: a change to a field vCards do not carry (trust...) moves nothing.

        REV (the time of the record's last change) is left out: it moves with every change, carried or not.
        """
        from mentordesk.exchange.vcard_write import person_to_vcard

        return _card_hash(person_to_vcard(local_id, version="3.0"))

    def uid_hint(self, local_id: int) -> str | None:
        """The UID of the person's stored original card, so a re-imported contact keeps its identity."""
        stored = Person.select(Person.vcard).where(Person.id == local_id).scalar()
        return uid_in(stored)

    def new_uid(self) -> str:
        return str(uuid.uuid4())

    def export(self, local_id: int, uid: str, server_text: str = "") -> str:
        """The vCard to upload: MentorDesk's mapping of the person, with our UID."""
        from mentordesk.exchange.vcard_write import person_to_vcard

        return _with_uid(person_to_vcard(local_id, version="3.0"), uid)

    def export_new_many(self, local_ids: list[int], choose_uid):
        """(id, UID, vCard, local_hash) of people on their first upload, read a few hundred at a time by the
        exporter's batches (the same cards as person_to_vcard). `choose_uid(id, hint)` gives each its UID,
        the hint being their stored card's; a person deleted meanwhile is left out."""
        from mentordesk.exchange.vcard_write import card_text, iter_people

        for start in range(0, len(local_ids), 500):
            for row, emails, phones, tags in iter_people(local_ids[start:start + 500]):
                card = card_text(row, emails, phones, tags, "3.0")
                uid = choose_uid(row.id, uid_in(row.vcard))
                yield row.id, uid, _with_uid(card, uid), _card_hash(card)

    def remote_fields(self, text: str) -> dict:
        """Fields for create/update_person from a server vCard (raises ValueError-like errors if unreadable)."""
        from mentordesk.exchange.vcard import vcard_to_person_fields

        return vcard_to_person_fields(text)

    def local_fields(self, local_id: int) -> dict:
        data = people.person_data(local_id)
        return {key: data.get(key) for key in MERGE_FIELDS}

    def create(self, fields: dict) -> int:
        return people.create_person(**fields).id

    def update(self, local_id: int, fields: dict) -> None:
        people.update_person(local_id, **fields)

    def delete(self, local_id: int) -> None:
        people.delete_person(local_id)

    def exists(self, local_id: int | None) -> bool:
        return local_id is not None and Person.select().where(Person.id == local_id).exists()

    def title(self, fields: dict) -> str:
        return fields.get("display_name") or "(no name)"

    def show(self, key: str, value) -> str:
        """One field as text for the conflict dialog."""
        if key == "emails":
            return "\n".join(e.get("email", "") for e in value or [])
        if key == "phones":
            return "\n".join(p.get("phone", "") for p in value or [])
        if key == "tags":
            return ", ".join(sorted(str(t).lower() for t in value or []))
        return "" if value is None else str(value)


def _card_hash(card: str) -> str:
    """local_hash of a card as person_to_vcard wrote it (REV, the time of any change, left out)."""
    return fingerprint({"card": _REV_LINE.sub("", card)})


def _with_uid(text: str, uid: str) -> str:
    """The vCard with `uid` as its UID (replaced, or added before END)."""
    current = uid_in(text)
    if current == uid:
        return text
    if current is not None:
        return _UID_LINE.sub(lambda m: f"UID:{uid}", text, count=1)
    return text.replace("\r\nEND:VCARD", f"\r\nUID:{uid}\r\nEND:VCARD", 1)
