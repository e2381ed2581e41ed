"""One whole sync: find the collections, back up before the first time, then people, then meetings."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from mentordesk.models import now
from mentordesk.sync.account import account_for
from mentordesk.sync.cards import PersonSide
from mentordesk.sync.dav import DavSession, SyncError
from mentordesk.sync.engine import CollectionSync, KindReport, Progress
from mentordesk.sync.events import MeetingSide
from mentordesk.sync.locate import locate
from mentordesk.sync.state import SyncConflict, SyncItem


@dataclass
class SyncReport:
    """What a sync moved, per kind, and what is waiting for the user."""

    people: KindReport = field(default_factory=KindReport)
    meetings: KindReport = field(default_factory=KindReport)
    open_conflicts: int = 0
    backup: Path | None = None
    addressbook: str = ""
    calendar: str = ""

    @property
    def moved(self) -> int:
        return self.people.moved + self.meetings.moved

    def describe(self) -> str:
        text = f"people: {self.people.describe()}; meetings: {self.meetings.describe()}"
        if self.open_conflicts:
            text += f"; {self.open_conflicts} conflict(s) to resolve"
        return text


def backup_before_first_sync() -> Path | None:
    """A backup via the safety module, when it is there (sync still works without it)."""
    try:
        from mentordesk.safety.backup import backup_now
    except ImportError:
        return None
    try:
        return backup_now("before first sync")
    except Exception as exc:  # noqa: BLE001 - no sync without the promised backup, whatever went wrong
        raise SyncError(f"could not back up the database before the first sync ({exc}); nothing was synced") from None


def _collection_gone(session: DavSession, url: str | None) -> bool:
    return bool(url) and not session.propfind(url, ["d:resourcetype"])


def run_sync(url: str, username: str, password: str, progress: Progress | None = None,
             addressbook: str | None = None, calendar: str | None = None) -> SyncReport:
    """Sync the open database with the server; SyncError (saved on the account too) when it cannot."""
    account = account_for(url, username)
    session = DavSession(account.url, account.username, password)
    report = SyncReport()
    try:
        for url_field, token_field, kind in (("addressbook_url", "addressbook_token", "person"),
                                             ("calendar_url", "calendar_token", "meeting")):
            if _collection_gone(session, getattr(account, url_field)):
                # The collection was removed on the server: start over rather than delete everything here.
                SyncItem.delete().where((SyncItem.account == account) & (SyncItem.kind == kind)).execute()
                setattr(account, url_field, None)
                setattr(account, token_field, None)
        found = locate(session, addressbook or account.addressbook_url, calendar or account.calendar_url)
        account.addressbook_url, account.calendar_url = found.addressbook, found.calendar
        report.addressbook, report.calendar = found.addressbook, found.calendar
        if account.last_synced_at is None:
            report.backup = backup_before_first_sync()
        account.save()
        people = CollectionSync(session, account, PersonSide(), found.addressbook, "addressbook_token", progress)
        report.people = people.run()
        uids = dict(SyncItem.select(SyncItem.local_id, SyncItem.uid).where(
            (SyncItem.account == account) & (SyncItem.kind == "person") & SyncItem.local_id.is_null(False)).tuples())
        meetings = CollectionSync(session, account, MeetingSide(uids), found.calendar, "calendar_token", progress)
        report.meetings = meetings.run()
        account.last_synced_at = account.chosen_at = now()
        account.last_error = ""
        account.save()
    except SyncError as exc:
        account.last_error = str(exc)
        account.save()
        raise
    finally:
        session.close()
    report.open_conflicts = SyncConflict.select().where(SyncConflict.account == account).count()
    return report
