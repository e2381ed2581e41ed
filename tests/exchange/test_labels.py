"""Phone and email labels (#19 items 10, 12): one table (exchange.labels) read and written by vCard, Google CSV and
CSV headers alike, so a pager, a main number or a home/work fax keeps its kind through import and export."""

from __future__ import annotations

import csv
import io

import pytest

from mentordesk.exchange import csvfile, registry
from mentordesk.exchange.vcard import vcard_to_person_fields
from mentordesk.exchange.vcard_lines import logical_lines, parse_line
from mentordesk.exchange.vcard_write import person_to_vcard
from mentordesk.models import Person
from mentordesk.services import people

from .helpers import everyone

APPLE = ("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lind;Bo;;;\r\nFN:Bo Lind\r\n"
         "TEL;type=MAIN;type=pref:+1 800 555 0100\r\n"
         "TEL;type=PAGER:+1 800 555 0101\r\n"
         "TEL;type=HOME;type=FAX:+1 800 555 0102\r\n"
         "TEL;type=WORK;type=FAX:+1 800 555 0103\r\n"
         "TEL;type=IPHONE;type=CELL;type=VOICE:+1 800 555 0104\r\n"
         "TEL;type=OTHER;type=VOICE:+1 800 555 0105\r\n"
         "item1.TEL:+1 800 555 0106\r\nitem1.X-ABLabel:_$!<OtherFAX>!$_\r\n"
         "item2.TEL:+1 800 555 0107\r\nitem2.X-ABLabel:School\r\n"
         "EMAIL;type=INTERNET;type=HOME:bo@home.example\r\nEND:VCARD\r\n")
ANDROID_21 = ("BEGIN:VCARD\r\nVERSION:2.1\r\nN:Lind;Bo;;;\r\nFN:Bo Lind\r\nTEL;WORK;FAX:555 0103\r\n"
              "TEL;PAGER:555 0101\r\nTEL;WORK;CELL:555 0108\r\nEND:VCARD\r\n")
LABELS = ["main", "pager", "home fax", "work fax", "mobile", "other", "fax", "school"]


def _phones(fields) -> list[str]:
    return [p["label"] for p in fields["phones"]]


def test_vcard_types_and_apple_labels_are_read_by_the_table():
    assert _phones(vcard_to_person_fields(APPLE)) == LABELS
    assert _phones(vcard_to_person_fields(ANDROID_21)) == ["work fax", "pager", "work mobile"]


@pytest.mark.parametrize("fmt, version", [("vcard", "3.0"), ("vcard", "4.0"), ("google", None)])
def test_every_label_survives_export_and_import(database, tmp_path, fmt, version):
    people.create_person(display_name="Bo Lind", given_name="Bo", family_name="Lind",
                         phones=[{"phone": f"+1 800 555 01{i:02}", "label": label} for i, label in enumerate(LABELS)],
                         emails=[{"email": "bo@home.example", "label": "home"},
                                 {"email": "bo@work.example", "label": "work"}])
    before = everyone()
    path = tmp_path / f"out.{'vcf' if fmt == 'vcard' else 'csv'}"
    registry.get(fmt).export(str(path), None, {"version": version} if version else {})
    people.delete_people([pid for (pid,) in Person.select(Person.id).tuples()])
    assert registry.get(fmt).import_(path, {"backup": False}).new == 1
    after = everyone()["Bo Lind"]
    assert after["phones"] == before["Bo Lind"]["phones"]
    assert after["emails"] == before["Bo Lind"]["emails"]


def test_google_csv_writes_googles_own_labels(database, tmp_path):
    people.create_person(display_name="Bo Lind",
                         phones=[{"phone": f"+1 800 555 01{i:02}", "label": label} for i, label in enumerate(LABELS)])
    path = tmp_path / "google.csv"
    registry.get("google").export(str(path), None, {})
    row = next(csv.DictReader(io.StringIO(path.read_text("utf-8"), newline="")))
    assert [row[f"Phone {i} - Label"] for i in range(1, 9)] == [
        "Main", "Pager", "Home Fax", "Work Fax", "Mobile", "Other", "Other Fax", "School"]


def test_a_card_read_by_an_earlier_version_exports_its_pager_and_main(database, tmp_path):
    """Stored before the shared table: a pager and a main number were read as 'other'; their types still go out."""
    person = people.create_person(display_name="Bo Lind", phones=[
        {"phone": "+1 800 555 0100", "label": "other"}, {"phone": "+1 800 555 0101", "label": "other"},
        {"phone": "+1 800 555 0103", "label": "work"}])
    Person.update(vcard=APPLE).where(Person.id == person.id).execute()
    path = tmp_path / "google.csv"
    registry.get("google").export(str(path), None, {})
    row = next(csv.DictReader(io.StringIO(path.read_text("utf-8"), newline="")))
    assert [row[f"Phone {i} - Label"] for i in (1, 2, 3)] == ["Main", "Pager", "Work Fax"]
    tels = [parse_line(line) for line in logical_lines(person_to_vcard(person.id, "3.0")) if line.startswith("TEL")]
    assert [({t.lower() for t in line.types()}, line.value) for line in tels] == [
        ({"main", "pref"}, "+1 800 555 0100"), ({"pager"}, "+1 800 555 0101"), ({"work", "fax"}, "+1 800 555 0103")]


def test_csv_headers_name_the_kind_of_number():
    header = ["Name", "Business Fax", "Home Fax", "Other Fax", "Pager", "Company Main Phone", "Mobile Phone",
              "Business Phone", "Car Phone"]
    assert csvfile.guess_mapping(header, "outlook") == {
        "Name": "display_name", "Business Fax": "phone:work fax", "Home Fax": "phone:home fax",
        "Other Fax": "phone:fax", "Pager": "phone:pager", "Company Main Phone": "phone:main",
        "Mobile Phone": "phone:mobile", "Business Phone": "phone:work", "Car Phone": "phone"}
    assert all(target in csvfile.TARGETS for target in csvfile.guess_mapping(header, "outlook").values())


def test_an_iphone_card_keeps_its_kinds_of_numbers_through_google_csv(database, data_dir, tmp_path):
    registry.get("vcard").import_(data_dir / "iphone_labels_30.vcf", {"backup": False})
    path = tmp_path / "google.csv"
    registry.get("google").export(str(path), None, {})
    row = next(csv.DictReader(io.StringIO(path.read_text("utf-8"), newline="")))
    assert [row[f"Phone {i} - Label"] for i in range(1, 9)] == [
        "Main", "Mobile", "Home Fax", "Work Fax", "Pager", "Other", "Other Fax", "Sommarstuga"]
    assert (row["Middle Name"], row["Birthday"], row["Address 1 - City"]) == ("Erik", "--08-21", "Stockholm")
