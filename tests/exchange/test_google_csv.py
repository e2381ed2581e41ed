"""Google Contacts CSV export (#19 item 12): Google's header names, one label/value pair per email and phone,
' ::: ' only in Labels, what MentorDesk has no field for taken from the original card; reads back in."""

from __future__ import annotations

import csv
import io

from mentordesk.cli import main
from mentordesk.exchange import registry
from mentordesk.exchange.csv_write import FIXED
from mentordesk.models import Person
from mentordesk.services import people

from .helpers import everyone

GOOGLE_HEADER_START = ("First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last Name,"
                       "Name Prefix,Name Suffix,Nickname,File As,Organization Name,Organization Title,"
                       "Organization Department,Birthday,Notes,Photo,Labels,E-mail 1 - Label,E-mail 1 - Value")


def _rows(path) -> list[dict]:
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")  # Google writes (and expects) no BOM
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8"), newline="")))


def test_google_columns_one_pair_per_email_and_phone(database, data_dir, tmp_path):
    registry.get("vcard").import_(data_dir / "export" / "rich_30.vcf", {"backup": False})
    people.create_person(display_name="Ana Ruiz", given_name="Ana", family_name="Ruiz", tags=["Friends", "Madrid"],
                         emails=[{"email": "ana@home.example", "label": "home"},
                                 {"email": "ana@work.example", "label": "work"},
                                 {"email": "ana@old.example", "label": "old address"}],
                         phones=[{"phone": "+34 600 000 001", "label": "mobile"}], notes="=HYPERLINK(\"x\")")
    path = tmp_path / "google.csv"
    assert registry.get("google").export(str(path), None, {}) == "exported 2 people to google.csv (Google Contacts CSV)"
    header = path.read_bytes().decode("utf-8").splitlines()[0]
    assert header.startswith(GOOGLE_HEADER_START + ",E-mail 2 - Label,E-mail 2 - Value,E-mail 3 - Label")
    assert "Phone 4 - Label,Phone 4 - Value,Address 1 - Label,Address 1 - Formatted" in header
    ana, heiko = _rows(path)
    assert [(ana[f"E-mail {i} - Label"], ana[f"E-mail {i} - Value"]) for i in (1, 2, 3)] == [
        ("Home", "ana@home.example"), ("Work", "ana@work.example"), ("Old address", "ana@old.example")]
    assert (ana["Phone 1 - Label"], ana["Phone 1 - Value"]) == ("Mobile", "+34 600 000 001")  # no formula quote
    assert ana["Labels"] == "* myContacts ::: Friends ::: Madrid"
    assert ana["Notes"] == "'=HYPERLINK(\"x\")"  # a formula stays text (OWASP)
    assert all(":::" not in value for row in (ana, heiko) for column, value in row.items() if column != "Labels")
    assert (heiko["First Name"], heiko["Middle Name"], heiko["Last Name"]) == ("Heiko", "Karl Otto", "Mustermann")
    assert (heiko["Name Prefix"], heiko["Name Suffix"], heiko["File As"]) == ("Dr.", "Jr.", "Mustermann, Heiko")
    assert (heiko["Organization Name"], heiko["Organization Department"]) == ("ACME, Inc.", "Research & Development")
    assert heiko["Birthday"] == "--03-15"
    phones = [(heiko[f"Phone {i} - Label"], heiko[f"Phone {i} - Value"]) for i in (1, 2, 3, 4)]
    assert phones == [("Work Fax", "+49 30 1234 99"), ("Pager", "+49 171 000"), ("Mobile", "+49 171 5555"),
                      ("Assistant", "+49 30 777")]
    assert heiko["Address 1 - City"] == "Berlin" and heiko["Address 1 - Label"] == "Work"
    assert list(heiko)[:len(FIXED)] == FIXED


def test_google_csv_reads_back_as_the_same_people(database, db_path, tmp_path):
    people.create_person(display_name="Ana Ruiz", given_name="Ana", family_name="Ruiz", organization="Acme",
                         title="CTO", tags=["Friends"], notes="Met in Madrid, 2019.\nSecond line.",
                         emails=[{"email": "ana@home.example", "label": "home"},
                                 {"email": "ana@work.example", "label": "work"}],
                         phones=[{"phone": "+34 600 000 001", "label": "mobile"},
                                 {"phone": "+34 910 000 002", "label": "work"}])
    path = tmp_path / "google.csv"
    assert main(["export", "--db", str(db_path), "--format", "google", "-o", str(path)]) == 0
    before = everyone()["Ana Ruiz"]
    people.delete_people([pid for (pid,) in Person.select(Person.id).tuples()])
    result = registry.get("google").import_(path, {"backup": False})
    assert result.new == 1
    after = everyone()["Ana Ruiz"]
    for key in ("given_name", "family_name", "organization", "title", "emails", "phones", "tags", "notes"):
        assert after[key] == before[key], key


def test_the_export_dialog_offers_google_csv(qtbot, database, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from mentordesk.ui.exchange.export import ExportDialog

    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a: None))
    people.create_person(display_name="Ana Ruiz", emails=["ana@x.example"])
    dialog = ExportDialog()
    qtbot.addWidget(dialog)
    index = dialog.format_combo.findText("Google Contacts CSV")
    assert index >= 0 and dialog.format_combo.findText("CSV") >= 0  # beside the plain CSV
    dialog.format_combo.setCurrentIndex(index)
    qtbot.keyClicks(dialog.path_edit, str(tmp_path / "g.csv"))
    dialog.export()
    assert _rows(tmp_path / "g.csv")[0]["E-mail 1 - Value"] == "ana@x.example"


def test_google_csv_round_trip_keeps_given_middle_and_family_apart(database, data_dir, tmp_path):
    """Export as Google CSV, import that, export again: the same names (given, middle, family, prefix, suffix,
    birthday and the name shown), not the middle name glued to the given name."""
    registry.get("vcard").import_(data_dir / "export" / "rich_30.vcf", {"backup": False})  # N with all five parts
    registry.get("outlook").import_(data_dir / "outlook_contacts.csv", {"backup": False})  # First, Middle, Last
    people.create_person(display_name="Ana Ruiz", given_name="Ana", family_name="Ruiz")
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    registry.get("google").export(str(first), None, {})
    before = everyone()
    people.delete_people([pid for (pid,) in Person.select(Person.id).tuples()])
    assert registry.get("google").import_(first, {"backup": False}).new == len(before)
    after = everyone()
    assert sorted(after) == sorted(before)
    for name, person in before.items():
        for key in ("given_name", "family_name", "nickname", "organization", "title", "emails", "phones", "tags"):
            assert after[name][key] == person[key], (name, key)
    assert (after["José María García"]["given_name"], after["José María García"]["family_name"]) == ("José", "García")
    registry.get("google").export(str(second), None, {})
    rows = {r["Last Name"]: r for r in _rows(second)}
    assert [rows["García"][c] for c in ("First Name", "Middle Name", "Last Name", "Name Prefix", "File As")] == [
        "José", "María", "García", "Mr.", ""]
    assert [rows["Mustermann"][c] for c in ("First Name", "Middle Name", "Name Prefix", "Name Suffix", "File As",
                                           "Birthday")] == ["Heiko", "Karl Otto", "Dr.", "Jr.", "Mustermann, Heiko",
                                                            "--03-15"]
    fixed = [{c: r[c] for c in FIXED if c != "Notes"} for r in _rows(first)]
    assert fixed == [{c: r[c] for c in FIXED if c != "Notes"} for r in _rows(second)]
    from mentordesk.exchange.vcard_write import person_to_vcard

    jose = Person.get(Person.display_name == "José María García").id
    assert "\r\nN:García;José;María;Mr.;\r\n" in person_to_vcard(jose, "3.0")
    # notes come back as they were; the department, which has no field, is shown in them from now on, once
    heiko = "Mustermann, Heiko"
    assert after[heiko]["notes"] == before[heiko]["notes"] + "\n\nDepartment: Research & Development"
    assert all(after[name]["notes"] == person["notes"] for name, person in before.items() if name != heiko)
    people.delete_people([pid for (pid,) in Person.select(Person.id).tuples()])
    registry.get("google").import_(second, {"backup": False})
    assert everyone() == after


def test_a_google_contacts_export_of_today_comes_in_whole(database, data_dir, tmp_path):
    """google_contacts_2024.csv has the shape Google writes now: label/value pairs, ' ::: ' inside a cell, starred
    labels, a yearless birthday, an email-only contact, Android's direction marks, addresses in parts."""
    path = data_dir / "google_contacts_2024.csv"
    assert registry.guess(path).key == "google"
    result = registry.guess(path).import_(path, {"backup": False})
    assert result.new == 4 and not result.problems
    found = everyone()
    marie = found["Marie-Claire Anne Dubois-Lefèvre"]
    assert (marie["given_name"], marie["family_name"], marie["nickname"]) == ("Marie-Claire", "Dubois-Lefèvre", "MC")
    assert (marie["organization"], marie["title"], marie["tags"]) == ("Institut Pasteur", "Chercheuse, immunologie",
                                                                      ["Mentors"])
    assert marie["emails"] == [{"email": "marie-claire.dubois@pasteur.example", "label": "work"},
                               {"email": "mc.dubois@example.fr", "label": "home"}]
    assert marie["phones"] == [{"phone": "+33 6 12 34 56 78", "label": "mobile"},
                               {"phone": "+33 1 45 68 80 00", "label": "work fax"}]
    assert marie["notes"].startswith('Met at the "Women in Science" dinner.\nAsk her about the Lyon lab.')
    kenji = found["Kenji Watanabe"]
    assert kenji["phones"] == [{"phone": "+81 3-5555-0100", "label": "main"}, {"phone": "+81 3-5555-0101", "label": "main"},
                               {"phone": "+81 90-5555-0102", "label": "pager"},
                               {"phone": "+1 415-555-0103", "label": "google voice"}]
    assert found["Okonkwo-Adeyemi, Ngozi"]["phones"] == [{"phone": "+234 803 555 0147", "label": "mobile"}]
    assert "newsletter.friend@example.org" in found  # an email and no name: the email is the name
    [unmapped] = [n.reason for n in result.notes if n.kind == "info"]
    assert unmapped.startswith("column(s) not imported: 'Phonetic First Name' (1 row), 'Phonetic Last Name' (1 row), "
                               "'Photo' (1 row), 'Website 1 - Label' (1 row), 'Relation 1 - Label' (1 row), "
                               "'Relation 1 - Value' (1 row);")
    # what has no field (middle name, prefix, suffix, birthday, department, address) goes out again as it came
    out = tmp_path / "again.csv"
    registry.get("google").export(str(out), None, {})
    rows = {r["Last Name"] or r["E-mail 1 - Value"]: r for r in _rows(out)}
    marie_row = rows["Dubois-Lefèvre"]
    assert [marie_row[c] for c in ("Middle Name", "Name Prefix", "Birthday", "Organization Department",
                                   "Address 1 - Label", "Address 1 - Street", "Address 1 - City",
                                   "Address 1 - Postal Code", "Address 1 - Country")] == [
        "Anne", "Dr.", "1984-11-02", "Immunologie", "Work", "25-28 Rue du Docteur Roux", "Paris", "75015", "France"]
    assert (rows["Watanabe"]["Birthday"], rows["Okonkwo-Adeyemi"]["Name Suffix"]) == ("--05-20", "PhD")
    people.delete_people([pid for (pid,) in Person.select(Person.id).tuples()])
    registry.get("google").import_(out, {"backup": False})
    assert everyone() == found
