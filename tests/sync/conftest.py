"""Sync tests run against a real Radicale server on 127.0.0.1 and an in-memory keyring."""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

sys.path.insert(0, str(Path(__file__).parent))
from radicale_server import RadicaleServer  # noqa: E402

_users = itertools.count(1)


class MemoryKeyring(KeyringBackend):
    """A keyring that keeps passwords in a dict: works headless and leaves the real one alone."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.passwords.get((service, username))

    def set_password(self, service, username, password):
        self.passwords[(service, username)] = password

    def delete_password(self, service, username):
        self.passwords.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch):
    """Every sync test gets a fresh in-memory keyring and no password in the environment."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    monkeypatch.delenv("MENTORDESK_SYNC_PASSWORD", raising=False)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def radicale(tmp_path_factory):
    """One Radicale server for the session (each test uses its own user, so its own collections)."""
    server = RadicaleServer(tmp_path_factory.mktemp("radicale")).start()
    yield server
    server.stop()


class Account:
    """A fresh user on the test server: url, username, password."""

    def __init__(self, server: RadicaleServer):
        self.server = server
        self.username = f"user{next(_users)}"
        self.password = f"secret-{self.username}"
        self.url = server.url
        server.add_user(self.username, self.password)


@pytest.fixture
def account(radicale):
    return Account(radicale)


class ServerView:
    """Plain HTTP access to a user's collections, to check and change the server behind the app's back."""

    def __init__(self, account: Account):
        import niquests

        self.account = account
        self.http = niquests.Session()
        self.auth = (account.username, account.password)

    def _url(self, href: str) -> str:
        from urllib.parse import urljoin

        return urljoin(self.account.url, href)

    def list(self, collection: str) -> dict[str, str]:
        """href -> etag of every resource in a collection."""
        from lxml import etree

        body = '<?xml version="1.0"?><d:propfind xmlns:d="DAV:"><d:prop><d:getetag/></d:prop></d:propfind>'
        response = self.http.request("PROPFIND", self._url(collection), data=body, headers={"Depth": "1"}, auth=self.auth)
        assert response.status_code == 207, response.text
        root = etree.fromstring(response.content)
        found = {}
        for node in root.iter("{DAV:}response"):
            href = node.findtext("{DAV:}href")
            etag = node.findtext(".//{DAV:}getetag")
            if etag and not href.endswith("/"):  # the collection itself has an etag too
                found[href] = etag
        return found

    def texts(self, collection: str) -> dict[str, str]:
        return {href: self.get(href) for href in self.list(collection)}

    def get(self, href: str) -> str:
        response = self.http.get(self._url(href), auth=self.auth)
        assert response.status_code == 200, response.status_code
        return response.text

    def put(self, href: str, text: str, content_type: str = "text/vcard") -> None:
        response = self.http.put(self._url(href), data=text.encode("utf-8"),
                                 headers={"Content-Type": content_type}, auth=self.auth)
        assert response.status_code in (201, 204), response.status_code

    def delete(self, href: str) -> None:
        response = self.http.delete(self._url(href), auth=self.auth)
        assert response.status_code in (200, 204), response.status_code


@pytest.fixture
def server(account):
    return ServerView(account)


@pytest.fixture
def small_network(database):
    """Four people and three meetings: enough for every case, quick to upload."""
    from mentordesk.services import meetings, people

    ana = people.create_person(display_name="Ana Ruiz", given_name="Ana", family_name="Ruiz", title="Engineer",
                               organization="Acme", emails=["ana@example.org"], roles=["mentor"]).id
    ben = people.create_person(display_name="Ben Okafor", phones=[{"phone": "+1 555 0100", "label": "mobile"}]).id
    chloe = people.create_person(display_name="Chloe Martin", notes="Knows the hiring manager").id
    dev = people.create_person(display_name="Dev Patel", emails=["dev@example.org"], tags=["insider"]).id
    meetings.log_meeting(held_at="2024-03-01 09:30", kind="coffee", attendee_ids=[ana], place="Blue Bottle")
    meetings.log_meeting(held_at="2024-03-05 16:00", kind="call", attendee_ids=[ben, chloe], summary="Referral chat")
    meetings.log_meeting(held_at="2024-04-02 12:00", kind="video", attendee_ids=[dev], notes="Talked about MBAs")
    return database
