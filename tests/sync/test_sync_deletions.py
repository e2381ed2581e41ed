"""A deletion on the server never destroys history: kept people, the mass-deletion guard, backups."""

from __future__ import annotations

import pytest

from mentordesk.cli import main
from mentordesk.models import AdviceNote, Ask, Meeting, MeetingAttendee, Person
from mentordesk.services import people
from mentordesk.sync.guard import MassDeletion, too_many
from mentordesk.sync.removed import is_removed, removed_records, restore
from mentordesk.sync.runner import run_sync
from mentordesk.sync.state import SyncItem


def sync(account, **kwargs):
    return run_sync(account.url, account.username, account.password, **kwargs)


def history(person_id: int) -> tuple[int, int, int]:
    """(meetings, advice notes, asks) of a person."""
    return (MeetingAttendee.select().where(MeetingAttendee.person == person_id).count(),
            AdviceNote.select().where(AdviceNote.person == person_id).count(),
            Ask.select().where(Ask.person == person_id).count())


def busiest_person() -> int:
    """The demo person with the most history: meetings, advice and asks all present."""
    candidates = [pid for (pid,) in Person.select(Person.id).tuples() if all(history(pid))]
    return max(candidates, key=lambda pid: sum(history(pid)))


def backups(db_path) -> list:
    from mentordesk.safety.backup import list_backups

    return list_backups(db_path)


def test_guard_thresholds():
    assert not too_many(1, 4)  # one contact deleted on the phone
    assert not too_many(2, 40) and not too_many(4, 40)
    assert too_many(5, 40)  # more than 10 %
    assert too_many(6, 1000)  # more than five
    assert too_many(2, 2) and too_many(4, 4)  # the whole address book emptied


def test_one_contact_deleted_on_the_server_keeps_meetings_advice_and_asks(demo_db, account, server):
    first = sync(account)
    pid = busiest_person()
    before = history(pid)
    href = SyncItem.get((SyncItem.kind == "person") & (SyncItem.local_id == pid)).href
    server.delete(href)

    report = sync(account)

    assert report.people.removed == 1 and report.people.deleted_remote == 0
    assert Person.get_or_none(Person.id == pid) is not None
    assert history(pid) == before
    assert is_removed("person", pid) and [r.local_id for r in removed_records()] == [pid]
    assert href not in server.list(first.addressbook)  # not silently uploaded again...
    assert sync(account).moved == 0
    # ...until the user restores it: then it goes back up, with its meetings still on the calendar.
    assert restore() == 1
    again = sync(account)
    assert again.people.uploaded == 1 and not removed_records()
    assert len(server.list(first.addressbook)) == Person.select().count()


def test_emptied_address_book_stops_the_sync_and_deletes_nothing(demo_db, db_path, account, server):
    first = sync(account)
    people_before, meetings_before = Person.select().count(), Meeting.select().count()
    for href in server.list(first.addressbook):
        server.delete(href)

    with pytest.raises(MassDeletion) as caught:
        sync(account)

    message = str(caught.value)
    assert caught.value.count == people_before and f"{people_before} people" in message
    assert min(name for (name,) in Person.select(Person.display_name).tuples()) in message
    assert Person.select().count() == people_before and Meeting.select().count() == meetings_before
    assert not removed_records()
    assert backups(db_path)  # the one before the first sync is still there
    # Allowed on purpose: everyone stays here with their history, marked removed, after a fresh backup.
    report = sync(account, allow_deletions=True)
    assert report.people.removed == people_before and report.backup is not None and report.backup.exists()
    assert Person.select().count() == people_before and Meeting.select().count() == meetings_before
    assert len(removed_records(kind="person")) == people_before


def test_cli_emptied_address_book_exits_non_zero_with_one_line(demo_db, db_path, account, server, monkeypatch,
                                                                capsys):
    monkeypatch.setenv("MENTORDESK_SYNC_PASSWORD", account.password)
    base = ["sync", "--db", str(db_path), "--url", account.url, "--username", account.username]
    assert main(base) == 0
    capsys.readouterr()
    addressbook = SyncItem.select().where(SyncItem.kind == "person").first().href.rsplit("/", 1)[0] + "/"
    for href in server.list(addressbook):
        server.delete(href)

    assert main(base) == 4
    captured = capsys.readouterr()
    assert captured.err.count("\n") == 1 and "--allow-deletions" in captured.err
    assert "40 people" in captured.err and account.password not in captured.err
    assert Person.select().count() == 40 and not removed_records()

    assert main(base + ["--allow-deletions"]) == 0
    out = capsys.readouterr().out
    assert "40 removed on the server (kept here)" in out and Person.select().count() == 40


def test_backup_before_every_sync_that_changes_local_data(small_network, db_path, account, server):
    first = sync(account)
    assert first.backup is not None
    assert sync(account).backup is None  # nothing to change here: no backup churn
    people.update_person(Person.select().first().id, title="Only up")
    assert sync(account).backup is None  # an upload does not change local data
    href = next(iter(server.list(first.addressbook)))
    server.put(href, server.get(href).replace("END:VCARD", "NICKNAME:Changed there\r\nEND:VCARD"))
    report = sync(account)
    assert report.people.downloaded == 1 and report.backup is not None and report.backup.exists()


def test_taking_the_servers_deletion_in_a_conflict_keeps_the_person(small_network, account, server):
    from mentordesk.sync.conflicts import open_conflicts, resolve

    sync(account)
    person = Person.select().order_by(Person.id).first()
    before = history(person.id)
    server.delete(SyncItem.get((SyncItem.kind == "person") & (SyncItem.local_id == person.id)).href)
    people.update_person(person.id, title="Changed here")
    assert sync(account).people.conflicts == 1
    resolve(open_conflicts()[0].id, "remote")
    assert Person.get_or_none(Person.id == person.id) is not None and history(person.id) == before
    assert is_removed("person", person.id)
