"""A photo chosen in the app replaces the card's own picture in what export and sync write (no Qt needed)."""

from __future__ import annotations

import base64

from mentordesk.exchange.vcard_write import person_to_vcard
from mentordesk.services import people
from mentordesk.services.photos import card_photo, without_photo

# the smallest valid PNG (1x1)
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")

# a phone's vCard 2.1 with a real 2x2 JPEG whose base64 runs on unindented lines
CARD_21 = ("BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Old Phone\r\nPHOTO;JPEG;ENCODING=BASE64:\r\n"
           "/9j/4AAQSkZJRgABAQEAYABgAAD/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkz\r\n"
           "ODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2Nj\r\n"
           "Y2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAACAAIDASIA\r\n"
           "AhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQA\r\n"
           "AAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3\r\n"
           "ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWm\r\n"
           "p6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEA\r\n"
           "AwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSEx\r\n"
           "BhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElK\r\n"
           "U1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3\r\n"
           "uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwCCiiiv\r\n"
           "aPMP/9k=\r\n"
           "\r\nX-AFTER:the picture\r\nEND:VCARD\r\n")


def test_without_photo_drops_a_21_cards_unindented_base64_and_keeps_the_rest():
    card = without_photo(CARD_21)
    assert "PHOTO" not in card and "/9j/" not in card and "P/9k=" not in card
    assert "X-AFTER:the picture" in card and card.startswith("BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Old Phone\r\n")
    assert without_photo("BEGIN:VCARD\r\nFN:x\r\nEND:VCARD\r\n") == "BEGIN:VCARD\r\nFN:x\r\nEND:VCARD\r\n"


def test_a_photo_chosen_for_someone_without_a_card_is_exported(database):
    person = people.create_person(display_name="Ann Lee")
    assert "PHOTO" not in person_to_vcard(person.id)
    people.set_photo(person.id, PNG)
    assert card_photo(person_to_vcard(person.id, "3.0")) == PNG
    assert card_photo(person_to_vcard(person.id, "4.0")) == PNG
    assert "PHOTO:data:image/png;base64," in person_to_vcard(person.id, "4.0")


def test_choosing_replaces_the_cards_picture_and_the_undo_state_brings_it_back(database, tmp_path):
    from mentordesk.exchange import registry
    from mentordesk.models import Person

    path = tmp_path / "phone.vcf"
    path.write_text(CARD_21, encoding="utf-8", newline="")
    registry.get("vcard").import_(path, {"backup": False})
    person = Person.get(Person.display_name == "Old Phone")
    before = people.photo_state(person.id)
    people.set_photo(person.id, PNG)
    card = person_to_vcard(person.id)
    assert card.count("PHOTO") == 1 and card_photo(card) == PNG and "X-AFTER:the picture" in card
    people.set_photo(person.id, *before)  # what the app's undo does
    assert card_photo(person_to_vcard(person.id)).startswith(b"\xff\xd8")  # the card's JPEG again
    people.set_photo(person.id, b"")  # removed: written nowhere
    assert "PHOTO" not in person_to_vcard(person.id)


def _imported_phone_card(tmp_path):
    from mentordesk.exchange import registry
    from mentordesk.models import Person

    path = tmp_path / "phone.vcf"
    path.write_text(CARD_21, encoding="utf-8", newline="")
    registry.get("vcard").import_(path, {"backup": False})
    return Person.get(Person.display_name == "Old Phone")


def test_a_card_without_its_picture_from_sync_takes_the_kept_copy_away_too(database, tmp_path):
    """The scaled copy the app keeps of a card's picture is not a photo the user chose: when another card
    replaces this one (a sync, a merge) without PHOTO, the picture is gone from exports and sync as well."""
    from mentordesk.services.photos import card_photo as picture_in

    person = _imported_phone_card(tmp_path)
    assert people.keep_card_photo(person.id, PNG)  # what the first showing of the card does (scaled down)
    stored_card = people.photo_state(person.id)[1]
    people.update_person(person.id, vcard=without_photo(stored_card))  # the phone deleted the picture
    assert people.photo_of(person.id) is None
    assert "PHOTO" not in person_to_vcard(person.id) and picture_in(person_to_vcard(person.id, "4.0")) is None


def test_a_photo_removed_before_cards_lost_their_picture_is_not_exported(database, tmp_path):
    """Databases from before: a removed photo (b"") beside a card that still has its PHOTO."""
    from mentordesk.models import Person

    person = _imported_phone_card(tmp_path)
    Person.update(photo=b"").where(Person.id == person.id).execute()
    assert "PHOTO" in people.photo_state(person.id)[1]
    assert "PHOTO" not in person_to_vcard(person.id) and "PHOTO" not in person_to_vcard(person.id, "4.0")


def test_undoing_a_choice_keeps_a_card_that_sync_replaced_meanwhile(database, tmp_path):
    person = _imported_phone_card(tmp_path)
    before = people.photo_state(person.id)
    people.set_photo(person.id, PNG)
    newer = before[1].replace("X-AFTER:the picture", "X-AFTER:changed on the phone")
    people.update_person(person.id, vcard=without_photo(newer))  # a sync brought a newer card
    people.set_photo(person.id, *before)  # the undo
    card = people.photo_state(person.id)[1]
    assert "changed on the phone" in card and "X-AFTER:the picture" not in card
