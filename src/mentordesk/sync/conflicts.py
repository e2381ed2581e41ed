"""Showing and settling sync conflicts: keep this computer's version, the server's, or a field-by-field mix.

Settling only changes the local database and the sync state; the next sync carries the outcome to
the server (with If-Match on the server version the user saw, so nothing newer is overwritten).
"""

from __future__ import annotations

from dataclasses import dataclass

from mentordesk.models import database
from mentordesk.services.core import NotFound, ServiceError, ValidationError, changed
from mentordesk.sync.cards import PersonSide, contact_uids, uid_in
from mentordesk.sync.events import MeetingSide
from mentordesk.sync.removed import mark_removed
from mentordesk.sync.state import SyncAccount, SyncConflict, SyncItem
from mentordesk.texts import T_

CHOICES = ("local", "remote", "merge")


def side_for(kind: str, account: SyncAccount):
    """The local adapter for a kind; meetings need the account's contact UIDs to map attendees."""
    if kind == "person":
        return PersonSide()
    return MeetingSide(contact_uids(account))


@dataclass
class Row:
    """One field of a conflict, as both sides have it."""

    key: str
    label: str
    local: str
    remote: str

    @property
    def differs(self) -> bool:
        return self.local != self.remote


@dataclass
class ConflictView:
    """A conflict ready for the dialog: both versions field by field."""

    id: int
    kind: str
    title: str
    reason: str
    rows: list[Row]
    local_fields: dict | None  # None: deleted here
    remote_fields: dict | None  # None: deleted on the server


def _remote_fields(side, text: str | None) -> dict | None:
    if text is None:
        return None
    try:
        return side.remote_fields(text)
    except Exception:  # noqa: BLE001 - an unreadable server version shows as empty, the user can keep theirs
        return {}


def conflict_view(conflict_id: int) -> ConflictView:
    """Both versions of one conflict, field by field."""
    conflict = SyncConflict.get_or_none(SyncConflict.id == conflict_id)
    if conflict is None:
        raise NotFound(T_("sync conflict {id} does not exist (already resolved?)", id=conflict_id))
    side = side_for(conflict.kind, conflict.account)
    local = side.local_fields(conflict.local_id) if side.exists(conflict.local_id) else None
    remote = _remote_fields(side, conflict.remote_text)
    if local is None:
        reason = "Deleted on this computer, changed on the server"
    elif remote is None:
        reason = "Changed on this computer, deleted on the server"
    else:
        reason = "Changed on this computer and on the server"
    rows = [Row(key, label, side.show(key, (local or {}).get(key)), side.show(key, (remote or {}).get(key)))
            for key, label in side.merge_fields.items()]
    title = side.title(local or remote or {})
    return ConflictView(conflict.id, conflict.kind, title, reason, rows, local, remote)


def open_conflicts(account: SyncAccount | None = None) -> list[ConflictView]:
    """Every unresolved conflict (of one account, when given), oldest first."""
    query = SyncConflict.select(SyncConflict.id).order_by(SyncConflict.id)
    if account is not None:
        query = query.where(SyncConflict.account == account)
    return [conflict_view(cid) for (cid,) in query.tuples()]


def conflict_count() -> int:
    return SyncConflict.select().count()


def resolve(conflict_id: int, choice: str, merged: dict | None = None) -> None:
    """Settle a conflict: 'local' keeps this computer's version, 'remote' the server's, 'merge' uses `merged`."""
    if choice not in CHOICES:
        raise ValidationError("choice", f"must be one of {', '.join(CHOICES)}")
    conflict = SyncConflict.get_or_none(SyncConflict.id == conflict_id)
    if conflict is None:
        raise NotFound(T_("sync conflict {id} does not exist (already resolved?)", id=conflict_id))
    side = side_for(conflict.kind, conflict.account)
    with database.atomic():
        item = SyncItem.get_or_none((SyncItem.account == conflict.account) & (SyncItem.href == conflict.href))
        if item is None:
            uid = uid_in(conflict.remote_text) or uid_in(conflict.local_text) or side.new_uid()
            item = SyncItem(account=conflict.account, kind=conflict.kind, uid=uid, href=conflict.href)
        local_exists = side.exists(conflict.local_id)
        if choice == "remote":
            _take_remote(side, conflict, item, local_exists)
        else:
            if choice == "merge":
                fields = {k: v for k, v in (merged or {}).items() if k in side.merge_fields}
                if local_exists:
                    side.update(conflict.local_id, fields)
                else:
                    conflict.local_id = side.create(fields)
                local_exists = True
            _keep_local(conflict, item, local_exists)
        conflict.delete_instance()
    changed("sync_conflict", [conflict_id])


def _keep_local(conflict: SyncConflict, item: SyncItem, local_exists: bool) -> None:
    """Mark the local version as newer than the server's current one, so the next sync pushes it."""
    if not local_exists and conflict.remote_text is None:
        if item.id is not None:
            item.delete_instance()
        return
    item.local_id = conflict.local_id
    item.etag = conflict.remote_etag  # None: deleted there, so the next upload creates it again
    item.raw = conflict.remote_text or ""
    item.local_hash = item.local_stamp = ""
    item.save()


def _take_remote(side, conflict: SyncConflict, item: SyncItem, local_exists: bool) -> None:
    """Make the local record match the server's version; one the server deleted is kept here, marked removed."""
    if conflict.remote_text is None:
        if local_exists:  # a server deletion never deletes history: only a deletion made here does
            mark_removed(conflict.account, conflict.kind, conflict.local_id, item.uid, conflict.href,
                         item.raw or conflict.local_text or "")
        if item.id is not None:
            item.delete_instance()
        return
    fields = _remote_fields(side, conflict.remote_text) or {}
    try:
        if local_exists:
            side.update(conflict.local_id, fields)
            local_id = conflict.local_id
        else:
            local_id = side.create(fields)
    except ValidationError as exc:
        raise ServiceError(T_("the server's version cannot be used here ({error}); keep this computer's instead",
                              error=exc)) from None
    item.local_id, item.etag, item.raw = local_id, conflict.remote_etag, conflict.remote_text
    item.local_hash = side.local_hash(local_id)
    item.local_stamp = ""
    item.save()
