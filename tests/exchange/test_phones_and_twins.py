"""Phone numbers from real apps are kept as written, and a shared number alone does not make two people one."""

from __future__ import annotations

import pytest

from mentordesk import cli
from mentordesk.models import Person, PersonPhone
from mentordesk.services import people
from mentordesk.services.duplicates import find_duplicates, phone_key

WRITTEN = ["+1 (555) 123-4567 ext. 12", "tel:+1-555-123-4567;ext=7", "*123#", "555 1234 (office)",
           "+44 20 7946 0958 x 3"]


@pytest.mark.parametrize("number", WRITTEN)
def test_a_phone_is_never_refused_for_its_format_and_kept_as_written(database, number):
    person = people.create_person(display_name="Pat Phone", phones=[number])
    assert [p.phone for p in person.phones] == [number]


def test_invisible_direction_marks_are_dropped(database):
    person = people.create_person(display_name="Ana Android", phones=["\u202a+49 30 1234567\u202c"])
    assert PersonPhone.get(PersonPhone.person == person).phone == "+49 30 1234567"


def test_two_ways_of_writing_one_number_match():
    assert phone_key("+33 6 12 34 56 78") == phone_key("06 12 34 56 78") != ""
    assert phone_key("+1 (555) 123-4567 ext. 12") == phone_key("+1 555 123 4567")


def test_a_shared_switchboard_or_junk_number_does_not_make_different_people_twins(database):
    a = people.create_person(display_name="Ann Lee", phones=["+1 555 000 1000"]).id
    b = people.create_person(display_name="Bo Chen", phones=["+1 555 000 1000"]).id
    c = people.create_person(display_name="Ann M. Lee", phones=["+1 (555) 000-1000"]).id
    pairs = {(p.first_id, p.second_id) for p in find_duplicates()}
    assert (a, c) in pairs, "the same name with the same number is still a likely duplicate"
    assert (a, b) not in pairs and (min(b, c), max(b, c)) not in pairs


def test_an_import_keeps_people_who_only_share_a_number(db_path, tmp_path):
    cards = "".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nTEL:000\r\nTEL:+1 555 0100 ext. 12\r\nEND:VCARD\r\n"
                    for name in ("Ada Quinn", "Ben Ortiz", "Cy Young"))
    path = tmp_path / "google.vcf"
    path.write_text(cards, encoding="utf-8")
    assert cli.main(["import", "--db", str(db_path), str(path)]) == 0
    assert Person.select().count() == 3, "people sharing a switchboard number were skipped as duplicates"


@pytest.mark.parametrize("fmt", ["csv", "google"])
def test_a_number_with_an_extension_comes_back_from_csv_whole(database, tmp_path, fmt):
    """'+234 803 555 0147;ext=12' (a 4.0 tel: URI as MentorDesk shows it) is one number: the CSV import no longer
    splits it at ';ext=', and the Google export does not put a formula quote before it."""
    from mentordesk.exchange import registry

    numbers = ["+234 803 555 0147;ext=12", "+1 555 0100 ext. 7", "+49 30 1234;isub=9"]
    people.create_person(display_name="Amara Nwosu", phones=numbers)
    path = tmp_path / f"{fmt}.csv"
    registry.get(fmt).export(str(path), None, {})
    if fmt == "google":  # one number a cell: a phone number, not a formula (the plain CSV's joined cell is guarded)
        assert "'+" not in path.read_text("utf-8")
    people.delete_people([pid for (pid,) in Person.select(Person.id).tuples()])
    registry.get(fmt).import_(path, {"backup": False})
    assert [p.phone for p in PersonPhone.select().order_by(PersonPhone.id)] == numbers
