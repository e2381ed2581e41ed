"""Two-way sync against a real Radicale server: uploads, downloads, deletions, conflicts, errors."""

from __future__ import annotations

import re

import pytest

from mentordesk.models import Meeting, Person, PersonEmail
from mentordesk.services import meetings, people
from mentordesk.sync.conflicts import conflict_view, open_conflicts, resolve
from mentordesk.sync.dav import SyncError
from mentordesk.sync.runner import run_sync
from mentordesk.sync.state import SyncAccount, SyncItem


def sync(account, **kwargs):
    return run_sync(account.url, account.username, account.password, **kwargs)


def href_of(kind: str, local_id: int) -> str:
    return SyncItem.get((SyncItem.kind == kind) & (SyncItem.local_id == local_id)).href


def replace_line(text: str, name: str, value: str) -> str:
    """Set a property of a vCard/iCalendar text (adding it before END:VCARD if missing)."""
    pattern = re.compile(rf"^{name}[;:].*$", re.M)
    if pattern.search(text):
        return pattern.sub(f"{name}:{value}".replace("\\", "\\\\"), text, count=1)
    return text.replace("END:VCARD", f"{name}:{value}\r\nEND:VCARD", 1)


@pytest.fixture
def synced(small_network, account, server):
    """The small network after a first sync."""
    return sync(account)


def test_first_sync_uploads_everything_and_a_second_moves_nothing(demo_db, account, server):
    report = sync(account)

    cards = server.texts(report.addressbook)
    events = server.list(report.calendar)
    assert len(cards) == Person.select().count() == 40
    assert len(events) == Meeting.select().count()
    assert report.people.uploaded == 40 and report.meetings.uploaded == len(events)
    assert report.backup is not None and report.backup.exists()
    names = {m.group(1).strip() for text in cards.values() for m in [re.search(r"^FN:(.*)$", text, re.M)]}
    assert names == {name for (name,) in Person.select(Person.display_name).tuples()}
    assert all(re.search(r"^UID:", text, re.M) for text in cards.values())

    etags = server.list(report.addressbook)
    again = sync(account)

    assert again.moved == 0
    assert again.people.describe() == again.meetings.describe() == "0 up, 0 down, 0 deleted"
    assert again.backup is None  # only before the first sync
    assert server.list(report.addressbook) == etags  # nothing rewritten on the server either


def test_edit_on_the_server_comes_down_and_keeps_unknown_fields(synced, account, server):
    person = Person.select().order_by(Person.id).first()
    href = href_of("person", person.id)
    card = replace_line(server.get(href), "TITLE", "Chief Unsticking Officer")
    card = card.replace("END:VCARD", "BDAY:1980-02-03\r\nX-PHONE-APP:kept\r\nEND:VCARD")
    server.put(href, card)

    report = sync(account)

    assert report.people.downloaded == 1 and report.people.uploaded == 0
    assert Person.get_by_id(person.id).title == "Chief Unsticking Officer"
    # A local edit later goes up starting from the server's card: its extra fields survive.
    people.update_person(person.id, notes="Met again in May")
    report = sync(account)
    assert report.people.uploaded == 1 and report.people.downloaded == 0
    text = server.get(href)
    assert "BDAY:1980-02-03" in text and "X-PHONE-APP:kept" in text and "Met again in May" in text


def test_local_edit_goes_up_once(synced, account, server):
    person = Person.select().order_by(Person.id.desc()).first()
    people.update_person(person.id, title="Staff Engineer")
    report = sync(account)
    assert (report.people.uploaded, report.people.downloaded, report.meetings.moved) == (1, 0, 0)
    assert re.search(r"^TITLE:Staff Engineer", server.get(href_of("person", person.id)), re.M)
    assert sync(account).moved == 0


def test_deletion_on_the_server_keeps_the_person_here_marked_removed(synced, account, server):
    from mentordesk.sync.removed import is_removed

    person = Person.select().order_by(Person.id).first()
    server.delete(href_of("person", person.id))
    report = sync(account)
    assert report.people.removed == 1
    assert Person.get_or_none(Person.id == person.id) is not None and is_removed("person", person.id)
    assert sync(account).moved == 0  # and it is not uploaded again behind the user's back


def test_deletion_here_deletes_on_the_server(synced, account, server):
    person = Person.select().order_by(Person.id.desc()).first()
    person_href = href_of("person", person.id)
    meeting = Meeting.select().order_by(Meeting.id).first()
    meeting_href = href_of("meeting", meeting.id)
    people.delete_person(person.id)
    meetings.delete_meeting(meeting.id)

    report = sync(account)

    assert report.people.deleted_remote == 1 and report.meetings.deleted_remote >= 1
    assert person_href not in server.list(synced.addressbook)
    assert meeting_href not in server.list(synced.calendar)
    assert sync(account).moved == 0


def test_new_card_and_event_on_the_server_are_created_here(synced, account, server):
    card = ("BEGIN:VCARD\r\nVERSION:3.0\r\nUID:phone-contact-1\r\nFN:Dana Phone\r\nN:Phone;Dana;;;\r\n"
            "EMAIL;TYPE=WORK:dana@example.org\r\nEND:VCARD\r\n")
    server.put(synced.addressbook + "phone-contact-1.vcf", card)
    event = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Phone//EN\r\nBEGIN:VEVENT\r\nUID:ev-1\r\n"
             "DTSTAMP:20240101T000000Z\r\nDTSTART:20240510T090000\r\nDTEND:20240510T100000\r\n"
             "SUMMARY:Breakfast\r\nATTENDEE;CN=Dana Phone:mailto:dana@example.org\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    server.put(synced.calendar + "ev-1.ics", event, "text/calendar")

    report = sync(account)

    assert report.people.downloaded == 1 and report.meetings.downloaded == 1
    dana = Person.get(Person.display_name == "Dana Phone")
    assert PersonEmail.get(PersonEmail.person == dana).email == "dana@example.org"
    meeting = Meeting.get(Meeting.summary == "Breakfast")
    assert meetings.attendee_ids(meeting.id) == [dana.id]
    assert str(meeting.held_at) == "2024-05-10 09:00:00"
    assert sync(account).moved == 0


def test_meeting_edit_on_the_server_comes_down(synced, account, server):
    meeting = Meeting.select().order_by(Meeting.id).first()
    href = href_of("meeting", meeting.id)
    text = re.sub(r"^LOCATION:.*\r\n", "", server.get(href), flags=re.M)
    text = text.replace("END:VEVENT", "LOCATION:Rooftop cafe\r\nEND:VEVENT")
    server.put(href, text, "text/calendar")
    report = sync(account)
    assert report.meetings.downloaded == 1
    assert Meeting.get_by_id(meeting.id).place == "Rooftop cafe"
    assert meetings.attendee_ids(meeting.id)  # attendees mapped back by contact UID


def test_conflict_is_recorded_and_nothing_is_overwritten(synced, account, server):
    person = Person.select().order_by(Person.id).first()
    href = href_of("person", person.id)
    server.put(href, replace_line(server.get(href), "TITLE", "Server title"))
    people.update_person(person.id, title="Local title")

    report = sync(account)

    assert report.people.conflicts == 1 and report.open_conflicts == 1
    assert Person.get_by_id(person.id).title == "Local title"
    assert "TITLE:Server title" in server.get(href)
    view = open_conflicts()[0]
    title_row = next(row for row in view.rows if row.key == "title")
    assert (title_row.local, title_row.remote) == ("Local title", "Server title")
    assert view.reason == "Changed on this computer and on the server"
    # The conflict stays put (and nothing moves) until the user decides.
    assert sync(account).moved == 0 and len(open_conflicts()) == 1


def test_resolving_a_conflict_with_the_server_version(synced, account, server):
    person = Person.select().order_by(Person.id).first()
    href = href_of("person", person.id)
    server.put(href, replace_line(server.get(href), "TITLE", "Server title"))
    people.update_person(person.id, title="Local title")
    sync(account)
    resolve(open_conflicts()[0].id, "remote")
    assert Person.get_by_id(person.id).title == "Server title"
    assert sync(account).moved == 0 and not open_conflicts()


def test_resolving_a_conflict_by_merging_pushes_the_mix(synced, account, server):
    person = Person.select().order_by(Person.id).first()
    href = href_of("person", person.id)
    server.put(href, replace_line(replace_line(server.get(href), "TITLE", "Server title"), "NOTE", "server note"))
    people.update_person(person.id, title="Local title", notes="local note")
    sync(account)
    view = open_conflicts()[0]
    merged = {"title": view.remote_fields["title"], "notes": view.local_fields["notes"]}
    resolve(view.id, "merge", merged)

    report = sync(account)

    assert report.people.uploaded == 1 and not open_conflicts()
    text = server.get(href)
    assert "TITLE:Server title" in text and "NOTE:local note" in text
    assert Person.get_by_id(person.id).title == "Server title"


def test_deleted_here_but_changed_there_is_a_conflict(synced, account, server):
    person = Person.select().order_by(Person.id.desc()).first()
    href = href_of("person", person.id)
    server.put(href, replace_line(server.get(href), "TITLE", "Promoted"))
    people.delete_person(person.id)
    report = sync(account)
    assert report.people.conflicts == 1
    assert href in server.list(synced.addressbook)  # not deleted on the server behind the user's back
    view = conflict_view(open_conflicts()[0].id)
    assert view.local_fields is None and view.reason.startswith("Deleted on this computer")
    resolve(view.id, "remote")  # bring it back
    assert Person.get(Person.title == "Promoted")
    assert sync(account).moved == 0


def test_wrong_password_names_the_problem_and_the_server(demo_db, account):
    with pytest.raises(SyncError) as caught:
        run_sync(account.url, account.username, "wrong")
    message = str(caught.value)
    assert "127.0.0.1" in message and "password" in message and "401" in message
    assert SyncAccount.get().last_error == message
    assert not SyncItem.select().exists()


def test_server_not_running_says_cannot_reach(demo_db):
    from radicale_server import free_port

    with pytest.raises(SyncError, match=r"cannot reach http://127\.0\.0\.1:\d+ .*try again later"):
        run_sync(f"http://127.0.0.1:{free_port()}/", "someone", "pw")


def test_direct_address_book_url_and_token_sync(small_network, account, server):
    first = sync(account)
    SyncAccount.delete().execute()  # as if set up anew, pointing straight at the address book
    report = run_sync(first.addressbook, account.username, account.password)
    assert report.addressbook == first.addressbook and report.calendar == first.calendar
    account_row = SyncAccount.get(SyncAccount.url == first.addressbook)
    assert account_row.addressbook_token  # Radicale offers sync tokens: the next sync asks only for changes
    href = href_of("person", Person.select().first().id)
    server.put(href, replace_line(server.get(href), "NICKNAME", "Tok"))
    again = run_sync(first.addressbook, account.username, account.password)
    assert (again.people.downloaded, again.people.uploaded) == (1, 0)


def test_address_book_removed_on_the_server_is_recreated_not_emptied_here(synced, account, server):
    server.http.delete(server._url(synced.addressbook), auth=server.auth)
    report = sync(account)
    assert Person.select().count() == 4
    assert report.people.uploaded == 4 and report.people.removed == 0


def test_contact_already_on_both_sides_is_paired_not_duplicated(database, account, server):
    from mentordesk.exchange.vcard import vcard_to_person_fields

    empty = sync(account)  # creates the collections
    card = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:shared-1\r\nFN:Eve Both\r\nN:Both;Eve;;;\r\nEND:VCARD\r\n"
    server.put(empty.addressbook + "shared-1.vcf", card)
    people.create_person(**vcard_to_person_fields(card))  # imported here from the same card

    report = sync(account)

    assert (report.people.uploaded, report.people.downloaded, report.people.conflicts) == (0, 0, 0)
    assert Person.select().count() == 1 and len(server.list(empty.addressbook)) == 1
    assert sync(account).moved == 0


def test_unknown_attendees_and_untracked_fields_stay_put(synced, account, server):
    meeting = Meeting.select().order_by(Meeting.id).first()
    href = href_of("meeting", meeting.id)
    text = server.get(href).replace("END:VEVENT", "ATTENDEE;CN=Stranger:mailto:stranger@example.net\r\nEND:VEVENT")
    server.put(href, text, "text/calendar")
    assert sync(account).meetings.downloaded == 1
    meetings.update_meeting(meeting.id, place="Library")
    assert sync(account).meetings.uploaded == 1
    uploaded = server.get(href)
    assert "mailto:stranger@example.net" in uploaded and "LOCATION:Library" in uploaded
    # A field vCards do not carry (trust) changes nothing on the server.
    people.update_person(Person.select().first().id, trust=5)
    assert sync(account).moved == 0


def test_server_error_is_named_with_the_server(database):
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Broken(BaseHTTPRequestHandler):
        def do_PROPFIND(self):  # noqa: N802 - http.server's naming
            self.send_response(500)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args):
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Broken)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{httpd.server_address[1]}/"
        with pytest.raises(SyncError, match=r"127\.0\.0\.1:\d+ had an internal error \(HTTP 500 on PROPFIND /\)"):
            run_sync(url, "ana", "pw")
    finally:
        httpd.shutdown()
        httpd.server_close()
