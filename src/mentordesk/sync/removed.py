"""Records deleted on the server but kept here with their history: marking, listing and uploading them again."""

from __future__ import annotations

from dataclasses import dataclass

from mentordesk.models import MEETING_KINDS, Meeting, Person, now
from mentordesk.services.core import changed
from mentordesk.sync.state import SyncAccount, SyncRemoved

WHERE = {"person": "the address book", "meeting": "the calendar"}


@dataclass
class RemovedView:
    """One kept record, as the app and the command line list it."""

    id: int
    kind: str
    local_id: int
    name: str
    removed_at: object
    href: str


def _model(kind: str):
    return Person if kind == "person" else Meeting


def names(kind: str, local_ids) -> dict[int, str]:
    """local id -> a readable name (a person's name, a meeting's date and title)."""
    ids = list(local_ids)
    if not ids:
        return {}
    if kind == "person":
        return dict(Person.select(Person.id, Person.display_name).where(Person.id.in_(ids)).tuples())
    rows = Meeting.select(Meeting.id, Meeting.held_at, Meeting.summary, Meeting.kind).where(Meeting.id.in_(ids))
    return {mid: f"{str(held)[:16]} {summary or MEETING_KINDS.get(kind_, 'meeting')}".strip()
            for mid, held, summary, kind_ in rows.tuples()}


def mark_removed(account: SyncAccount, kind: str, local_id: int, uid: str, href: str, raw: str) -> None:
    """Keep a record that the server deleted: it stays here, marked, and is not uploaded again."""
    values = dict(uid=uid, href=href, raw=raw or "", removed_at=now())
    row = SyncRemoved.get_or_none((SyncRemoved.account == account) & (SyncRemoved.kind == kind)
                                  & (SyncRemoved.local_id == local_id))
    if row is None:
        SyncRemoved.create(account=account, kind=kind, local_id=local_id, **values)
    else:
        SyncRemoved.update(**values).where(SyncRemoved.id == row.id).execute()
    changed(kind, [local_id])


def removed_uids(account: SyncAccount, kind: str) -> dict[str, int]:
    """UID on the server -> local id of the kept records of one kind."""
    query = SyncRemoved.select(SyncRemoved.uid, SyncRemoved.local_id).where(
        (SyncRemoved.account == account) & (SyncRemoved.kind == kind))
    return dict(query.tuples())


def prune(account: SyncAccount) -> None:
    """Forget marks whose record was since deleted here (MentorDesk's own deletion, with its undo)."""
    for kind in WHERE:
        ids = {lid for (lid,) in SyncRemoved.select(SyncRemoved.local_id).where(
            (SyncRemoved.account == account) & (SyncRemoved.kind == kind)).tuples()}
        gone = ids - {rid for (rid,) in _model(kind).select(_model(kind).id).where(
            _model(kind).id.in_(list(ids))).tuples()} if ids else set()
        if gone:
            SyncRemoved.delete().where((SyncRemoved.account == account) & (SyncRemoved.kind == kind)
                                       & SyncRemoved.local_id.in_(list(gone))).execute()


def removed_records(account: SyncAccount | None = None, kind: str | None = None) -> list[RemovedView]:
    """Every kept record (of one account and kind, when given), people first, by name."""
    query = SyncRemoved.select()
    if account is not None:
        query = query.where(SyncRemoved.account == account)
    if kind is not None:
        query = query.where(SyncRemoved.kind == kind)
    rows = list(query)
    found = {k: names(k, [r.local_id for r in rows if r.kind == k]) for k in WHERE}
    views = [RemovedView(r.id, r.kind, r.local_id, found[r.kind][r.local_id], r.removed_at, r.href)
             for r in rows if r.local_id in found[r.kind]]
    return sorted(views, key=lambda v: (v.kind != "person", v.name.lower()))


def is_removed(kind: str, local_id: int) -> bool:
    """Whether the server deleted this record and MentorDesk keeps it (for marking it in lists)."""
    return SyncRemoved.select().where((SyncRemoved.kind == kind) & (SyncRemoved.local_id == local_id)).exists()


def restore(ids: list[int] | None = None) -> int:
    """Upload these kept records again on the next sync (all of them when `ids` is None); returns how many."""
    query = SyncRemoved.select(SyncRemoved.id, SyncRemoved.kind, SyncRemoved.local_id)
    if ids is not None:
        query = query.where(SyncRemoved.id.in_(list(ids)))
    rows = list(query.tuples())
    if rows:
        SyncRemoved.delete().where(SyncRemoved.id.in_([r[0] for r in rows])).execute()
        for kind in WHERE:
            touched = [lid for _, k, lid in rows if k == kind]
            if touched:
                changed(kind, touched)
    return len(rows)
