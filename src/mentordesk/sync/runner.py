"""One whole sync: find the collections, plan both, stop on mass deletion, back up, then people and meetings."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from mentordesk.models import now
from mentordesk.sync import guard, removed
from mentordesk.sync.account import account_for
from mentordesk.sync.cards import PersonSide, contact_uids
from mentordesk.sync.dav import DavSession, SyncError
from mentordesk.sync.engine import CollectionSync, KindReport, Progress, Skipped
from mentordesk.sync.events import MeetingSide
from mentordesk.sync.locate import locate
from mentordesk.sync.state import SyncConflict, SyncItem
from mentordesk.texts import P_, T_


@dataclass
class SyncReport:
    """What a sync moved, per kind, and what is waiting for the user."""

    people: KindReport = field(default_factory=KindReport)
    meetings: KindReport = field(default_factory=KindReport)
    open_conflicts: int = 0
    backup: Path | None = None
    first: bool = False  # the first sync with this account
    kept: int = 0  # records deleted on the server that are kept here, marked removed (this sync and before)
    addressbook: str = ""
    calendar: str = ""

    @property
    def moved(self) -> int:
        return self.people.moved + self.meetings.moved

    @property
    def skipped(self) -> list[Skipped]:
        return self.people.skipped_items + self.meetings.skipped_items

    @property
    def unchanged(self) -> bool:
        """Nothing moved and nothing waits: the sync found both sides alike."""
        return not (self.moved or self.skipped or self.people.conflicts or self.meetings.conflicts)

    def describe(self) -> str:
        if self.unchanged:
            text = T_("nothing changed: this computer and the server already agree")
        else:
            text = T_("people: {people}; meetings: {meetings}", people=self.people.describe(),
                      meetings=self.meetings.describe())
        if self.open_conflicts:
            text += "; " + P_(self.open_conflicts, "{n} conflict(s) to resolve")
        return text


def backup_before_sync(first: bool) -> Path | None:
    """A backup via the safety module, when it is there (sync still works without it)."""
    try:
        from mentordesk.safety.backup import backup_now
    except ImportError:
        return None
    try:
        return backup_now("before first sync" if first else "before sync")
    except Exception as exc:  # noqa: BLE001 - no sync without the promised backup, whatever went wrong
        raise SyncError(T_("could not back up the database before the first sync ({error}); nothing was synced",
                           error=exc) if first else
                        T_("could not back up the database before syncing ({error}); nothing was synced",
                           error=exc)) from None


def _collection_gone(session: DavSession, url: str | None) -> bool:
    return bool(url) and not session.propfind(url, ["d:resourcetype"])


def run_sync(url: str, username: str, password: str, progress: Progress | None = None,
             addressbook: str | None = None, calendar: str | None = None,
             allow_deletions: bool = False) -> SyncReport:
    """Sync the open database with the server; SyncError (saved on the account too) when it cannot.

    guard.MassDeletion (a SyncError) when the server deleted many records and `allow_deletions` is
    False: then nothing has changed. A backup comes before any sync that may change local records."""
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
        account.save()
        removed.prune(account)
        meeting_side = MeetingSide()
        people = CollectionSync(session, account, PersonSide(), found.addressbook, "addressbook_token", progress).plan()
        meetings = CollectionSync(session, account, meeting_side, found.calendar, "calendar_token", progress).plan()
        guard.check(session.server, [people, meetings], allow_deletions)
        report.first = account.last_synced_at is None
        if report.first or people.changes_local or meetings.changes_local:
            report.backup = backup_before_sync(report.first)
        report.people = people.apply()
        meeting_side.use_contacts(contact_uids(account))
        report.meetings = meetings.apply()
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
    report.kept = len(removed.removed_records(account))
    return report
