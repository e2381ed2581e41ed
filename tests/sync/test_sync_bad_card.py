"""One card MentorDesk cannot take never blocks the rest: it is named, kept on the server, and tried again."""

from __future__ import annotations

from urllib.parse import urlsplit

from mentordesk.cli import main
from mentordesk.models import Person
from mentordesk.services import people
from mentordesk.services.core import ValidationError
from mentordesk.sync.runner import run_sync
from mentordesk.sync.state import SyncItem

EXT_CARD = ("BEGIN:VCARD\r\nVERSION:3.0\r\nUID:phone-ext-1\r\nFN:Pat Extension\r\nN:Extension;Pat;;;\r\n"
            "TEL;TYPE=WORK:+1 (555) 123-4567 ext. 12\r\nEND:VCARD\r\n")
GOOD_CARD = ("BEGIN:VCARD\r\nVERSION:3.0\r\nUID:phone-good-1\r\nFN:Gail Good\r\nN:Good;Gail;;;\r\n"
             "EMAIL:gail@example.org\r\nEND:VCARD\r\n")


def sync(account, **kwargs):
    return run_sync(account.url, account.username, account.password, **kwargs)


def test_card_with_an_extension_syncs_or_is_named_while_the_40_others_sync(demo_db, account, server):
    first = sync(account)
    server.put(first.addressbook + "phone-ext-1.vcf", EXT_CARD)
    server.put(first.addressbook + "phone-good-1.vcf", GOOD_CARD)
    target = Person.select().order_by(Person.id).first()
    people.update_person(target.id, title="Edited here")

    report = sync(account)

    assert Person.get(Person.display_name == "Gail Good")  # the rest still comes down...
    assert report.people.uploaded == 1  # ...and goes up
    assert len(server.list(first.addressbook)) == 42
    imported = Person.get_or_none(Person.display_name == "Pat Extension")
    if imported is None:  # phone validation refuses "ext.": skipped, and named
        [skipped] = report.skipped
        assert skipped.name == "Pat Extension" and skipped.href.endswith("phone-ext-1.vcf")
        assert "phone" in skipped.reason


def test_any_card_the_services_refuse_is_skipped_named_and_shown_again(demo_db, account, server, monkeypatch):
    first = sync(account)
    real_create = people.create_person

    def picky(**fields):
        if fields.get("display_name") == "Pat Extension":
            raise ValidationError("phones[1]", "'+1 (555) 123-4567 ext. 12' does not look like a phone number")
        return real_create(**fields)

    monkeypatch.setattr(people, "create_person", picky)
    server.put(first.addressbook + "phone-ext-1.vcf", EXT_CARD)
    server.put(first.addressbook + "phone-good-1.vcf", GOOD_CARD)

    report = sync(account)

    assert report.people.downloaded == 1 and Person.get(Person.display_name == "Gail Good")
    [skipped] = report.skipped
    assert skipped.name == "Pat Extension" and skipped.href == urlsplit(first.addressbook).path + "phone-ext-1.vcf"
    assert "does not look like a phone number" in skipped.reason and "1 skipped" in report.describe()
    stored = SyncItem.get(SyncItem.href == skipped.href)
    assert stored.local_id is None and "ext. 12" in stored.raw  # the raw card is kept
    assert "ext. 12" in server.get(first.addressbook + "phone-ext-1.vcf")  # and never overwritten

    again = sync(account)  # shown again, while it is still there
    assert [s.name for s in again.skipped] == ["Pat Extension"] and again.people.downloaded == 0

    monkeypatch.setattr(people, "create_person", real_create)  # e.g. validation became lenient
    server.put(first.addressbook + "phone-ext-1.vcf", EXT_CARD.replace(" ext. 12", ""))
    fixed = sync(account)
    assert not fixed.skipped and Person.get(Person.display_name == "Pat Extension")


def test_an_edit_the_services_refuse_leaves_the_person_and_is_retried(small_network, account, server, monkeypatch):
    first = sync(account)
    ben = Person.get(Person.display_name == "Ben Okafor")
    href = SyncItem.get((SyncItem.kind == "person") & (SyncItem.local_id == ben.id)).href
    real_update = people.update_person

    def picky(person_id, **fields):
        if person_id == ben.id:
            raise ValidationError("phones[1]", "does not look like a phone number")
        return real_update(person_id, **fields)

    monkeypatch.setattr(people, "update_person", picky)
    server.put(href, server.get(href).replace("END:VCARD", "NICKNAME:Benny\r\nEND:VCARD"))
    report = sync(account)
    assert [s.name for s in report.skipped] == ["Ben Okafor"] and Person.get_by_id(ben.id).nickname != "Benny"
    assert [s.name for s in sync(account).skipped] == ["Ben Okafor"]  # the token did not skip past it
    monkeypatch.setattr(people, "update_person", real_update)
    assert sync(account).people.downloaded == 1 and Person.get_by_id(ben.id).nickname == "Benny"
    assert first.addressbook


def test_cli_names_the_skipped_card_and_syncs_the_rest(demo_db, db_path, account, server, monkeypatch, capsys):
    monkeypatch.setenv("MENTORDESK_SYNC_PASSWORD", account.password)
    base = ["sync", "--db", str(db_path), "--url", account.url, "--username", account.username]
    assert main(base) == 0
    addressbook = SyncItem.select().where(SyncItem.kind == "person").first().href.rsplit("/", 1)[0] + "/"
    real_create = people.create_person
    monkeypatch.setattr(people, "create_person", lambda **f: (_ for _ in ()).throw(
        ValidationError("phones[1]", "does not look like a phone number")) if f.get("display_name") == "Pat Extension"
        else real_create(**f))
    server.put(addressbook + "phone-ext-1.vcf", EXT_CARD)
    server.put(addressbook + "phone-good-1.vcf", GOOD_CARD)
    capsys.readouterr()

    assert main(base) == 0
    captured = capsys.readouterr()
    lines = [line for line in captured.err.splitlines() if "Pat Extension" in line]
    assert len(lines) == 1 and "phone-ext-1.vcf" in lines[0] and "does not look like a phone number" in lines[0]
    assert "1 down" in captured.out and "1 skipped" in captured.out
