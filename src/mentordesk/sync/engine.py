"""Two-way sync of one collection: compare server and local changes since the last sync, move only those.

Per record the state keeps the server's href and ETag and a hash of the local record as last synced.
Changed on one side only: copied to the other. Changed on both (or deleted on one, changed on the
other): recorded as a SyncConflict for the user and left alone until resolved. A record deleted on
the server is kept here, marked removed (sync.removed); one the server has but MentorDesk cannot
take is skipped, named in the report and tried again next time. `plan()` reads both sides and
changes nothing, so the runner can stop (mass deletion) before `apply()` moves anything.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from concurrent.futures import FIRST_COMPLETED, wait
from dataclasses import dataclass, field
from typing import Callable

from mentordesk.models import database
from mentordesk.services.core import ServiceError
from mentordesk.sync import removed
from mentordesk.sync.cards import uid_in
from mentordesk.sync.dav import DavSession, PreconditionFailed, SyncError, TokenRejected, normalize_href
from mentordesk.sync.state import SyncAccount, SyncConflict, SyncItem, SyncRemoved
from mentordesk.texts import P_, T_

Progress = Callable[[int, int, str], None]
_SAFE_NAME = re.compile(r"^[A-Za-z0-9@._-]{1,120}$")
_TITLE_LINE = re.compile(r"^(?:FN|SUMMARY)[;:](?:[^:\r\n]*:)?(.*)$", re.I | re.M)
# Whatever a record's own data makes the services refuse; SyncError (server trouble, cancel) still stops the run.
RECORD_ERRORS = (ServiceError, ValueError, TypeError, KeyError, OverflowError)


def _settled(stamp: str) -> str:
    """A stamp worth keeping: "" when it is this very second (an edit could still land in it)."""
    recent = str(dt.datetime.now().replace(microsecond=0) - dt.timedelta(seconds=1))
    return "" if stamp >= recent else stamp


@dataclass
class NewUpload:
    """A record on its way to the server for the first time: what is sent, and what is recorded once taken."""

    local_id: int
    uid: str
    href: str
    text: str
    digest: str  # side.local_hash of the record as exported


@dataclass
class Skipped:
    """A server record MentorDesk could not take: it stays on the server untouched, tried again next sync."""

    kind: str
    name: str
    href: str
    reason: str

    def describe(self) -> str:
        if self.kind == "person":
            return T_("contact '{name}' ({href}): {reason}", name=self.name, href=self.href, reason=self.reason)
        return T_("event '{name}' ({href}): {reason}", name=self.name, href=self.href, reason=self.reason)


@dataclass
class KindReport:
    """What one collection's sync moved."""

    uploaded: int = 0
    downloaded: int = 0
    deleted_remote: int = 0  # deleted on the server because they were deleted here
    removed: int = 0  # deleted on the server: kept here with their history, marked removed
    conflicts: int = 0  # new conflicts found in this sync
    skipped_items: list[Skipped] = field(default_factory=list)  # server records MentorDesk could not take

    @property
    def skipped(self) -> int:
        return len(self.skipped_items)

    @property
    def moved(self) -> int:
        return self.uploaded + self.downloaded + self.deleted_remote + self.removed

    def describe(self) -> str:
        text = T_("{up} up, {down} down, {deleted} deleted", up=self.uploaded, down=self.downloaded,
                  deleted=self.deleted_remote)
        if self.removed:
            text += ", " + P_(self.removed, "{n} removed on the server (kept here)")
        if self.conflicts:
            text += ", " + P_(self.conflicts, "{n} conflict(s)")
        if self.skipped:
            text += ", " + P_(self.skipped, "{n} skipped")
        return text


def raw_title(text: str, fallback: str) -> str:
    """The FN of a vCard or SUMMARY of an event, read without parsing (for naming what could not be read)."""
    match = _TITLE_LINE.search(text or "")
    title = match.group(1).strip().replace("\\,", ",").replace("\\;", ";") if match else ""
    return title[:80] or fallback


def _reason(exc: Exception) -> str:
    text = " ".join(str(exc).split())
    return (text[:200] or type(exc).__name__)


def same_fields(side, local: dict, remote: dict) -> bool:
    """Whether two versions agree on every field the remote side carries."""
    return all(side.show(key, local.get(key)) == side.show(key, remote.get(key))
               for key in side.merge_fields if key in remote)


class CollectionSync:
    """One run over one collection (the address book or the calendar) for one account."""

    def __init__(self, session: DavSession, account: SyncAccount, side, collection: str, token_field: str,
                 progress: Progress | None = None):
        self.session, self.account, self.side = session, account, side
        self.collection, self.token_field = collection, token_field
        self.progress = progress or (lambda done, total, message: None)
        self.report = KindReport()
        self.base_path = normalize_href(collection)

    # --- the run -----------------------------------------------------------------------

    def run(self) -> KindReport:
        """Plan and apply in one go (no mass-deletion guard)."""
        return self.plan().apply()

    def plan(self) -> "CollectionSync":
        """Read what changed on both sides since the last sync; changes nothing that matters."""
        side = self.side
        items = self._items()
        conflicts = {c.href: c for c in SyncConflict.select().where(
            (SyncConflict.account == self.account) & (SyncConflict.kind == side.kind))}
        self.removed_uids = removed.removed_uids(self.account, side.kind)
        changed, deleted, self.token = self._remote_changes(items)
        remote_changed = {
            href: etag for href, etag in changed.items()
            if (href not in items or etag is None or items[href].etag != etag)
            and not (href in conflicts and conflicts[href].remote_etag == etag and etag is not None)
        }
        for href, item in items.items():  # what could not be taken last time is tried again
            if item.local_id is None and href not in deleted and href not in conflicts:
                remote_changed.setdefault(href, changed.get(href, item.etag))
        self.items, self.conflicts, self.remote_changed, self.deleted = items, conflicts, remote_changed, deleted
        self.local_changed, self.local_deleted, self.local_new = self._local_changes(items, conflicts)
        self.removals = [href for href in sorted(deleted) if self._would_remove(href)]
        self.tracked = sum(1 for item in items.values() if item.local_id is not None)
        return self

    def _items(self) -> dict[str, SyncItem]:
        """href -> this collection's items, without the server texts (read when a record needs one, _raw) and
        made straight from their rows: 15,000 items as peewee builds them took ~0.8 s of a sync that moves
        nothing."""
        fields = [f for f in SyncItem._meta.sorted_fields if f is not SyncItem.raw]
        names = [f.name for f in fields]
        items = {}
        for row in SyncItem.select(*fields).where((SyncItem.account == self.account)
                                                  & (SyncItem.kind == self.side.kind)).tuples():
            item = SyncItem(__no_default__=1)  # what peewee's own row reader does, minus a setattr per field
            item.__data__.update(zip(names, row))
            items[item.href] = item
        return items

    @property
    def kind(self) -> str:
        return self.side.kind

    @property
    def changes_local(self) -> bool:
        """Whether applying the plan may change local records (so a backup comes first)."""
        return bool(self.remote_changed or self.deleted)

    def _would_remove(self, href: str) -> bool:
        item = self.items[href]
        return (href not in self.conflicts and href not in self.local_changed and item.local_id is not None
                and self.side.exists(item.local_id))

    def removal_names(self) -> list[str]:
        """Names of the local records the server deleted (they would be marked removed)."""
        ids = [self.items[href].local_id for href in self.removals]
        found = removed.names(self.side.kind, ids)
        return [found.get(local_id, f"#{local_id}") for local_id in ids]

    def apply(self) -> KindReport:
        """Move what the plan found, record by record; one record's trouble never stops the others."""
        side = self.side
        items, conflicts, token = self.items, self.conflicts, self.token
        remote_changed, deleted = self.remote_changed, set(self.deleted)
        local_changed, local_deleted, local_new = self.local_changed, self.local_deleted, self.local_new

        self.total = len(remote_changed) + len(deleted) + len(local_changed) + len(local_deleted) + len(local_new)
        self.done = 0
        fetched = self.session.fetch(self.collection, sorted(remote_changed), side.kind) if remote_changed else {}
        deleted |= {href for href in remote_changed if href not in fetched and href in items}

        for href in sorted(deleted):
            self._remote_deleted(items, conflicts, href, local_changed, local_deleted)
        hints = side.uid_hints(local_new) if remote_changed and hasattr(side, "uid_hints") else {}
        for href in sorted(fetched):
            text, etag = fetched[href]
            self._remote_changed(items, conflicts, href, text, etag or remote_changed.get(href),
                                 local_changed, local_deleted, local_new, hints)
        for href in sorted(local_deleted):
            self._push_deletion(items[href])
        for href in sorted(local_changed):
            self._push_change(items[href])
        if local_new:
            taken = {uid for (uid,) in SyncItem.select(SyncItem.uid).where(SyncItem.account == self.account).tuples()}
            self._push_new(local_new, taken)
        if not self.report.skipped:  # else keep the old token: the skipped records are listed again next time
            setattr(self.account, self.token_field, self._settled(token))
        self.account.save()
        return self.report

    def _settled(self, token: str | None) -> str | None:
        """The token to keep after a run that wrote to the server: its own writes would come back as news
        (a first sync's 15,000 uploads, listed and compared again). So the changes since `token` are asked
        for once more, and when every one is exactly this account's record (same href and ETag) and every
        deletion one it made, the newer token is taken. Anyone else's change keeps `token`: the next sync
        sees it."""
        if not token or not (self.report.uploaded or self.report.deleted_remote):
            return token
        try:
            changed, gone, newer = self.session.changes_since(self.collection, token)
        except TokenRejected:
            return token
        known = dict(SyncItem.select(SyncItem.href, SyncItem.etag).where(
            (SyncItem.account == self.account) & (SyncItem.kind == self.side.kind)).tuples())
        ours = all(etag is not None and known.get(href) == etag for href, etag in changed.items())
        return newer if newer and ours and not gone & set(known) else token

    def _raw(self, item: SyncItem) -> str:
        """The server's text as of the last sync (plan reads the items without it)."""
        if "raw" not in item.__data__:
            item.raw = SyncItem.select(SyncItem.raw).where(SyncItem.id == item.id).scalar() or ""
        return item.raw

    def _step(self, message: str) -> None:
        self.done += 1
        self.progress(self.done, self.total, message)

    def _remote_changes(self, items):
        """(href -> etag of changed members, deleted hrefs, new sync token), by token when possible."""
        token = getattr(self.account, self.token_field)
        try:
            changed, deleted, new_token = self.session.changes_since(self.collection, token)
            full = not token
        except TokenRejected:
            changed, deleted, new_token, full = self.session.members(self.collection), set(), None, True
        if full:
            deleted = {href for href in items if href not in changed}
        return changed, {href for href in deleted if href in items}, new_token

    def _local_changes(self, items, conflicts):
        side = self.side
        self.stamps = side.local_stamps()
        changed, deleted = set(), set()
        tracked = {i.local_id for i in items.values() if i.local_id is not None}
        tracked |= {c.local_id for c in conflicts.values() if c.local_id is not None}
        tracked |= set(self.removed_uids.values())  # deleted on the server: not uploaded again unless restored
        for href, item in items.items():
            if item.local_id is None or href in conflicts:
                continue
            stamp = self.stamps.get(item.local_id)
            if stamp is None:
                deleted.add(href)
            elif stamp != item.local_stamp:
                if side.local_hash(item.local_id) != item.local_hash:
                    changed.add(href)
                else:
                    item.local_stamp = self._stamp(item.local_id)
                    item.save()
        new = [local_id for local_id in self.stamps if local_id not in tracked]
        return changed, deleted, new

    def _stamp(self, local_id: int) -> str:
        """The record's updated_at, or "" when it is this very second (an edit could still land in it)."""
        return _settled(self.side.local_stamps([local_id]).get(local_id, ""))

    def _synced(self, item: SyncItem, local_id: int | None, etag: str | None, raw: str) -> None:
        item.local_id, item.etag, item.raw = local_id, etag, raw
        if local_id is not None:
            item.local_hash = self.side.local_hash(local_id)
            item.local_stamp = self._stamp(local_id)
        item.save()

    def _conflict(self, item: SyncItem | None, href: str, local_id: int | None, remote_text: str | None,
                  remote_etag: str | None) -> None:
        side = self.side
        local_text = None
        if local_id is not None and side.exists(local_id):
            local_text = side.export(local_id, item.uid if item else (uid_in(remote_text) or side.new_uid()),
                                     self._raw(item) if item else (remote_text or ""))
        row = SyncConflict.get_or_none((SyncConflict.account == self.account) & (SyncConflict.href == href))
        values = dict(kind=side.kind, local_id=local_id, remote_etag=remote_etag, remote_text=remote_text,
                      local_text=local_text)
        if row is None:
            SyncConflict.create(account=self.account, href=href, **values)
            self.report.conflicts += 1
        else:
            SyncConflict.update(**values).where(SyncConflict.id == row.id).execute()

    # --- server -> here ----------------------------------------------------------------

    def _remote_deleted(self, items, conflicts, href, local_changed, local_deleted) -> None:
        item = items.pop(href)
        self._step("deleted on the server")
        if href in conflicts:
            SyncConflict.update(remote_text=None, remote_etag=None).where(SyncConflict.id == conflicts[href].id).execute()
            return
        local_deleted.discard(href)
        if item.local_id is None or not self.side.exists(item.local_id):
            item.delete_instance()
        elif href in local_changed:
            local_changed.discard(href)
            self._conflict(item, href, item.local_id, None, None)
            item.delete_instance()
        else:
            with database.atomic():
                removed.mark_removed(self.account, self.side.kind, item.local_id, item.uid, href, self._raw(item))
                item.delete_instance()
            self.report.removed += 1

    def _remote_changed(self, items, conflicts, href, text, etag, local_changed, local_deleted, local_new, hints):
        side = self.side
        self._step("from the server")
        item = items.get(href)
        if href in conflicts:
            SyncConflict.update(remote_text=text, remote_etag=etag).where(SyncConflict.id == conflicts[href].id).execute()
            return
        try:
            fields = side.remote_fields(text)
        except Exception as exc:  # noqa: BLE001 - a card or event we cannot read: leave it on the server untouched
            self._skip(item, href, text, etag, T_("cannot be read ({reason})", reason=_reason(exc)))
            return
        if side.kind == "meeting" and not fields.get("attendee_ids"):
            self._skip(item, href, text, etag, "none of its attendees is a person in MentorDesk")
            return
        if item is None:
            uid = uid_in(text) or href
            local_id = hints.get(uid)
            if local_id is not None and local_id in local_new:
                local_new.remove(local_id)  # the same contact, imported here earlier: pair, don't duplicate
                self._adopt(local_id, uid, href, text, etag)
                return
            kept = self.removed_uids.pop(uid, None)
            if kept is not None and side.exists(kept):  # back on the server (e.g. restored there): pair again
                SyncRemoved.delete().where((SyncRemoved.account == self.account) & (SyncRemoved.kind == side.kind)
                                           & (SyncRemoved.local_id == kept)).execute()
                self._adopt(kept, uid, href, text, etag)
                return
            self._create(SyncItem(account=self.account, kind=side.kind, uid=uid, href=href), None, fields, text, etag)
        elif href in local_deleted:
            local_deleted.discard(href)
            self._conflict(item, href, item.local_id, text, etag)
        elif item.local_id is None or not side.exists(item.local_id):
            self._create(item, item, fields, text, etag)
        elif href in local_changed:
            local_changed.discard(href)
            if same_fields(side, side.local_fields(item.local_id), fields):
                self._synced(item, item.local_id, etag, text)
            else:
                self._conflict(item, href, item.local_id, text, etag)
        else:
            try:
                with database.atomic():
                    side.update(item.local_id, fields)
                    self._synced(item, item.local_id, etag, text)
            except SyncError:
                raise
            except RECORD_ERRORS as exc:  # the local record stays as it was; its etag too, so it is retried
                self._skip(item, href, text, etag, _reason(exc))
                return
            self.report.downloaded += 1

    def _create(self, item: SyncItem, stored: SyncItem | None, fields: dict, text: str, etag: str | None) -> None:
        """A new local record from a server one; skipped (and named) when the services refuse its data."""
        try:
            with database.atomic():
                self._synced(item, self.side.create(fields), etag, text)
        except SyncError:
            raise
        except RECORD_ERRORS as exc:
            item.local_id = None
            self._skip(stored, item.href, text, etag, _reason(exc))
            return
        self.report.downloaded += 1

    def _skip(self, item: SyncItem | None, href: str, text: str, etag: str | None, reason: str) -> None:
        """Keep the server's text of a record we cannot take, and name it in the report."""
        fallback = href.rsplit("/", 1)[-1]
        self.report.skipped_items.append(Skipped(self.side.kind, raw_title(text, fallback), href, reason))
        if item is None:
            SyncItem.create(account=self.account, kind=self.side.kind, local_id=None, uid=uid_in(text) or href,
                            href=href, etag=etag, raw=text)
        elif item.local_id is None:
            item.etag, item.raw = etag, text
            item.save()

    # --- here -> server ----------------------------------------------------------------

    def _push_deletion(self, item: SyncItem) -> None:
        self._step("deleting on the server")
        try:
            self.session.delete(item.href, item.etag)
        except PreconditionFailed:
            got = self.session.get(item.href)
            if got is not None:
                self._conflict(item, item.href, item.local_id, got[0], got[1])
        item.delete_instance()
        self.report.deleted_remote += 1

    def _push_change(self, item: SyncItem) -> None:
        self._step("to the server")
        text = self.side.export(item.local_id, item.uid, self._raw(item))
        try:
            etag = self.session.put(item.href, text, self.side.content_type, item.etag)
        except PreconditionFailed:
            got = self.session.get(item.href)
            self._conflict(item, item.href, item.local_id, got[0] if got else None, got[1] if got else None)
            return
        self._synced(item, item.local_id, etag, text)
        self.report.uploaded += 1

    def _push_new(self, local_ids: list[int], taken: set[str]) -> None:
        """Upload the records new here over a few connections at once (sync.upload), each recorded as soon
        as the server took it: a run stopped half way (Cancel, an error) resumes after the last one taken."""
        if not local_ids:
            return
        from mentordesk.sync.upload import Uploader

        side = self.side

        def choose_uid(local_id: int, hint: str | None) -> str:
            uid = hint if hint and hint not in taken else side.new_uid()
            taken.add(uid)
            return uid

        in_flight: dict = {}
        with Uploader(self.session) as uploader:
            try:
                for local_id, uid, text, digest in side.export_new_many(list(local_ids), choose_uid):
                    name = uid if _SAFE_NAME.match(uid) else str(uuid.uuid4())
                    new = NewUpload(local_id, uid, f"{self.base_path}{name}{side.suffix}", text, digest)
                    in_flight[uploader.submit(new.href, new.text, side.content_type)] = new
                    while len(in_flight) >= 2 * uploader.workers:  # the next ones wait, exported, in the queue
                        self._record_uploads(wait(in_flight, return_when=FIRST_COMPLETED).done, in_flight)
                while in_flight:
                    self._record_uploads(wait(in_flight, return_when=FIRST_COMPLETED).done, in_flight)
            except BaseException:
                for future in in_flight:
                    future.cancel()
                answered = [future for future in in_flight if not future.cancelled()]
                wait(answered)
                self._record_uploads(answered, in_flight, stopping=True)
                raise

    def _record_uploads(self, done, in_flight: dict, stopping: bool = False) -> None:
        """Record the uploads the server answered (one insert); a name already taken there is sorted out one
        by one. `stopping`: the run is ending, so only what the server took is recorded."""
        taken_names, failure, rows = [], None, []
        for future in done:
            new = in_flight.pop(future)
            error = future.exception()
            if error is None:
                rows.append(self._item_row(new, future.result()))
            elif isinstance(error, PreconditionFailed):
                taken_names.append(new)
            elif failure is None:
                failure = error
        if rows:
            SyncItem.insert_many(rows).execute()
            self.report.uploaded += len(rows)
        if stopping:
            return
        if failure is not None:
            raise failure
        for _ in rows:
            self._step("to the server")
        for new in taken_names:
            self._push_to_taken_name(new)
            self._step("to the server")

    def _item_row(self, new: "NewUpload", etag: str | None) -> dict:
        return {"account": self.account.id, "kind": self.side.kind, "uid": new.uid, "href": new.href,
                "local_id": new.local_id, "etag": etag, "raw": new.text, "local_hash": new.digest,
                "local_stamp": self._planned_stamp(new.local_id)}

    def _record_new(self, new: "NewUpload", etag: str | None) -> None:
        SyncItem.insert(self._item_row(new, etag)).execute()
        self.report.uploaded += 1

    def _planned_stamp(self, local_id: int) -> str:
        """_stamp from the stamps the plan read (one query for all): an edit since then shows as a change."""
        return _settled(self.stamps.get(local_id, ""))

    def _push_to_taken_name(self, new: "NewUpload") -> None:
        """The server already has a resource by that name: ours from an earlier run whose record was lost
        (pair them), else someone else's (upload under a fresh name)."""
        got = self.session.get(new.href)
        if got is not None and uid_in(got[0]) == new.uid:
            self._adopt(new.local_id, new.uid, new.href, *got)
            return
        href = f"{self.base_path}{uuid.uuid4()}{self.side.suffix}"
        try:
            etag = self.session.put(href, new.text, self.side.content_type, None)
        except PreconditionFailed:
            raise ServiceError(T_("{server} refused to create {href}: it already exists", server=self.session.server,
                                  href=href)) from None
        new.href = href
        self._record_new(new, etag)

    def _adopt(self, local_id: int, uid: str, href: str, text: str, etag: str | None) -> None:
        """Pair a local record with the server resource of the same UID instead of duplicating it."""
        item = SyncItem(account=self.account, kind=self.side.kind, uid=uid, href=href)
        try:
            remote = self.side.remote_fields(text)
        except Exception:  # noqa: BLE001 - unreadable: let the user decide
            remote = {}
        self._synced(item, local_id, etag, text)
        if not same_fields(self.side, self.side.local_fields(local_id), remote):
            item.local_hash = ""
            item.save()
            self._conflict(item, href, local_id, text, etag)
