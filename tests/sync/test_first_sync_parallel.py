"""The first sync uploads over a bounded pool of connections, records exact ETags, and resumes after Cancel."""

from __future__ import annotations

import threading
from urllib.parse import unquote
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from PySide6.QtCore import QSettings

from mentordesk.models import Person
from mentordesk.sync import upload
from mentordesk.sync.account import choose_account, save_password
from mentordesk.sync.dav import DavSession
from mentordesk.sync.runner import run_sync
from mentordesk.sync.state import SyncAccount, SyncItem
from mentordesk.ui.sync.worker import SyncCancelled

PEOPLE, MEETINGS = 30, 40


@pytest.fixture
def network(database):
    """PEOPLE people (some with roles, emails, phones) and MEETINGS meetings between them."""
    from mentordesk.services import meetings, people

    ids = [people.create_person(display_name=f"Contact {i:02d}", emails=[f"contact{i}@example.org"],
                                roles=["mentor"] if i % 3 == 0 else [], notes=f"Met at event {i}").id
           for i in range(PEOPLE)]
    for i in range(MEETINGS):
        meetings.log_meeting(held_at=f"2025-{1 + i % 12:02d}-{1 + i % 28:02d} 10:00", kind="coffee",
                             attendee_ids=[ids[i % PEOPLE], ids[(i * 7) % PEOPLE]], summary=f"Catch-up {i}")
    return database


@pytest.fixture
def in_flight(monkeypatch):
    """The most PUTs in flight at once, and the threads each pool sent them from."""
    seen = {"now": 0, "most": 0, "threads": {}, "puts": 0}
    lock = threading.Lock()
    real_put = upload.Uploader.put

    def counted(self, *args, **kwargs):
        with lock:
            seen["now"] += 1
            seen["puts"] += 1
            seen["most"] = max(seen["most"], seen["now"])
            seen["threads"].setdefault(id(self), set()).add(threading.get_ident())
        try:
            return real_put(self, *args, **kwargs)
        finally:
            with lock:
                seen["now"] -= 1

    monkeypatch.setattr(upload.Uploader, "put", counted)
    return seen


def _sync(account, **kwargs):
    return run_sync(account.url, account.username, account.password, **kwargs)


def _recorded(kind: str) -> dict[str, str]:
    return {i.href: i.etag for i in SyncItem.select().where(SyncItem.kind == kind)}


def _listed(server, collection: str) -> dict[str, str]:
    """href (decoded, as the state keeps it) -> ETag of everything the server has in the collection."""
    return {unquote(href): etag for href, etag in server.list(collection).items()}


def test_first_sync_uploads_over_a_bounded_pool_and_records_the_servers_etags(network, account, server, in_flight):
    report = _sync(account)

    assert (report.people.uploaded, report.meetings.uploaded) == (PEOPLE, MEETINGS)
    assert in_flight["puts"] == PEOPLE + MEETINGS
    assert 2 <= in_flight["most"] <= upload.WORKERS, "several uploads at once, never more than the pool"
    assert len(in_flight["threads"]) == 2, "one pool for the address book, one for the calendar"
    assert all(len(threads) <= upload.WORKERS for threads in in_flight["threads"].values())
    assert _listed(server, report.addressbook) == _recorded("person"), "every record's ETag is the server's"
    assert _listed(server, report.calendar) == _recorded("meeting")
    stored = SyncAccount.get()
    assert stored.addressbook_token and stored.calendar_token

    assert _sync(account).unchanged, "the token and ETags say nothing changed"
    href = next(iter(_recorded("person")))
    server.put(href, server.get(href).replace("NOTE:", "NOTE:Changed there. "))
    again = _sync(account)
    assert (again.people.downloaded, again.people.uploaded, again.meetings.moved) == (1, 0, 0)
    assert _listed(server, report.addressbook) == _recorded("person")


def test_a_cancelled_first_sync_resumes_where_it_stopped(network, account, server):
    seen = []

    def cancel_after_ten(done, total, what):
        seen.append(done)
        if what == "to the server" and len(seen) >= 10:
            raise SyncCancelled("sync cancelled; it will continue next time")

    with pytest.raises(SyncCancelled):
        _sync(account, progress=cancel_after_ten)
    account_row = SyncAccount.get()
    assert account_row.last_synced_at is None and account_row.addressbook_token is None
    kept = _recorded("person")
    assert 10 <= len(kept) < PEOPLE, "the uploads the server answered before the stop are recorded"
    assert _listed(server, account_row.addressbook_url) == kept, "nothing is on the server that was not recorded"

    report = _sync(account)
    assert report.people.uploaded == PEOPLE - len(kept), "only the rest goes up"
    assert report.meetings.uploaded == MEETINGS
    on_server = server.texts(report.addressbook)
    uids = [line for text in on_server.values() for line in text.splitlines() if line.startswith("UID:")]
    assert len(on_server) == PEOPLE and len(set(uids)) == PEOPLE, "no contact uploaded twice"
    assert Person.select().count() == PEOPLE, "and none duplicated here"
    assert _listed(server, report.addressbook) == _recorded("person")
    assert _sync(account).unchanged


class _KeepAlive(BaseHTTPRequestHandler):
    """A PUT-only HTTP/1.1 server that keeps connections open and counts them (Radicale's own closes each)."""

    protocol_version = "HTTP/1.1"
    connections: list = []
    requests: list = []

    def setup(self):
        super().setup()
        self.connections.append(self.client_address)

    def do_PUT(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.requests.append((self.path, body))
        self.send_response(201)
        self.send_header("ETag", f'"{len(self.requests)}"')
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


def test_the_pool_reuses_each_workers_connection():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _KeepAlive)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        session = DavSession(f"http://127.0.0.1:{server.server_port}/", "user", "secret")
        with upload.Uploader(session) as uploader:
            futures = [uploader.submit(f"/book/{i}.vcf", f"card {i}", "text/vcard") for i in range(40)]
            etags = {future.result() for future in futures}
            assert uploader.connections <= upload.WORKERS
        assert len(etags) == 40 and len(_KeepAlive.requests) == 40
        assert len(_KeepAlive.connections) <= upload.WORKERS, "40 uploads over at most 4 connections"
        session.close()
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def window(qtbot, tmp_path):
    from mentordesk.ui.main_window import MainWindow
    from mentordesk.ui.settings import Settings
    from mentordesk.ui.sync.controller import install_sync

    window = MainWindow(settings=Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    install_sync(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.sync.stop()


def test_cancel_in_the_status_bar_stops_the_first_sync_and_the_next_one_goes_on(qtbot, network, account, window):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QToolButton

    choose_account(account.url, account.username)
    save_password(account.url, account.username, account.password)
    cancel = window.findChild(QToolButton, "sync_cancel")
    assert not cancel.isVisible()
    counts = []

    def click_cancel_once(done, total, what):
        counts.append((done, total))
        if len(counts) == 3:
            assert cancel.isVisible() and cancel.isEnabled()
            qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)

    window.sync.progressed.connect(click_cancel_once)
    with qtbot.waitSignal(window.sync.finished, timeout=60000) as finished:
        window.actions["sync_now"].trigger()
    assert finished.args == [False]
    qtbot.waitUntil(lambda: not cancel.isVisible())
    status = window.sync.status.text()
    assert "cancelled after" in status and f"of {PEOPLE}" in status, status
    people_before = len(_recorded("person"))
    assert 3 <= people_before < PEOPLE and not _recorded("meeting"), "stopped among the people"
    assert SyncAccount.get().last_synced_at is None

    window.sync.progressed.disconnect(click_cancel_once)
    with qtbot.waitSignal(window.sync.finished, timeout=60000) as finished:
        window.actions["sync_now"].trigger()
    assert finished.args == [True]
    assert SyncItem.select().count() == PEOPLE + MEETINGS
    assert window.sync.last_report.people.uploaded == PEOPLE - people_before, "only the rest went up"


def test_after_a_first_sync_the_next_asks_only_for_what_changed_since_its_own_uploads(network, account, monkeypatch):
    from mentordesk.sync import dav

    first = _sync(account)
    listed = []
    real = dav.DavSession.changes_since
    monkeypatch.setattr(dav.DavSession, "changes_since",
                        lambda self, collection, token: listed.append(real(self, collection, token)) or listed[-1])
    assert _sync(account).unchanged
    assert [len(changed) for changed, _gone, _token in listed] == [0, 0], \
        "the first sync's own uploads are not listed again (its token was settled after them)"
    assert first.people.uploaded == PEOPLE


def test_a_change_someone_else_makes_during_the_first_sync_is_not_skipped(network, account, server):
    from mentordesk.sync.cards import PersonSide

    done = []
    foreign = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:made-elsewhere\r\nFN:Phone Contact\r\nN:Contact;Phone;;;\r\nEND:VCARD\r\n"

    def meanwhile(count, total, what):
        done.append(count)
        if len(done) == 5:  # a phone adds a contact while the first sync uploads
            book = SyncAccount.get().addressbook_url
            server.put(book + "made-elsewhere.vcf", foreign)

    _sync(account, progress=meanwhile)
    assert Person.get_or_none(Person.display_name == "Phone Contact") is None, "not seen by that run"
    report = _sync(account)
    assert report.people.downloaded == 1, "the token was not moved past someone else's change"
    assert Person.get(Person.display_name == "Phone Contact")
    assert PersonSide().exists(Person.get(Person.display_name == "Phone Contact").id)
