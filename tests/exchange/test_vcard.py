"""vCard import from real phones and apps, export 3.0/4.0, and lossless round trips."""

from __future__ import annotations

import vobject
import pytest

from mentordesk.exchange import registry, vcard
from mentordesk.models import Person
from mentordesk.services import people, search

from .helpers import everyone, row_counts


def _import(path, **options):
    return registry.get("vcard").import_(path, {"backup": False, **options})


def test_android_21_quoted_printable_soft_breaks_and_bare_types(database, data_dir):
    result = _import(data_dir / "android_21.vcf")
    assert result.new == 3 and not result.problems
    who = everyone()
    elodie = who["Élodie Müller"]
    assert elodie["organization"] == "Société Générale"
    assert elodie["notes"] == "Rencontrée au café du coin. Très généreuse.\nDeuxième ligne."
    assert elodie["phones"] == [{"phone": "+33 6 12 34 56 78", "label": "mobile"},
                                {"phone": "+33 1 42 00 00 01", "label": "home"}]
    assert who["王小明"]["family_name"] == "王"
    assert search.matching_ids("person", "Müller") == [Person.get(Person.display_name == "Élodie Müller").id]


def test_apple_groups_labels_escapes_folding_and_bom(database, data_dir):
    _import(data_dir / "apple_30.vcf")
    siobhan = everyone()["Siobhán O'Brien"]
    assert siobhan["organization"] == "Brennan, Lowe & Partners"
    assert siobhan["title"] == "Partner; Head of Strategy"
    assert siobhan["emails"] == [{"email": "siobhan@brennanlowe.ie", "label": "work"},
                                 {"email": "shiv.obrien@example.ie", "label": "book club"}]
    assert siobhan["phones"][0] == {"phone": "+353 1 555 0101", "label": "mobile"}
    assert siobhan["notes"].splitlines() == [
        'Said: "apply in spring, not autumn"; she knows the hiring panel.', "Second line of the note, folded.", "Third line."]
    assert siobhan["tags"] == ["Dublin, Ireland", "mentor"]  # as written (#19 item 13)
    assert everyone()["Zoë Kowalczyk"]["notes"] == "Ελληνικά και 日本語 work fine."


def test_vcard_40_uri_phone_and_nickname(database, data_dir):
    _import(data_dir / "rfc6350_40.vcf")
    amara = everyone()["Dr. Amara Nwosu"]
    assert amara["phones"] == [{"phone": "+234-803-555-0147", "label": "mobile"}]
    assert amara["nickname"] == "Ama" and amara["title"] == "Professor of Strategy"


def test_broken_card_refuses_whole_file_with_line_number(database, data_dir):
    people.create_person(display_name="Already Here")
    before = row_counts(database)
    with pytest.raises(registry.ImportRefused) as caught:
        _import(data_dir / "broken_card.vcf")
    assert [(p.line, "END:VCARD" in p.reason) for p in caught.value.problems] == [(6, True)]
    assert "line 6" in str(caught.value)
    assert row_counts(database) == before


def test_skip_invalid_imports_the_good_cards(database, data_dir):
    result = _import(data_dir / "broken_card.vcf", skip_invalid=True)
    assert sorted(everyone()) == ["Good One", "Third Person"]
    assert result.problems[0].line == 6


def test_bad_field_is_reported_with_card_line_and_field(database, tmp_path):
    path = tmp_path / "bad.vcf"
    path.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Ok\nEND:VCARD\n\nBEGIN:VCARD\nVERSION:3.0\nFN:Bad Mail\n"
                    "EMAIL:not-an-address\nEND:VCARD\n")
    preview = _import(path, preview=True)
    assert preview.new == 1 and [p.line for p in preview.problems] == [6]
    assert "Emails: 'not-an-address'" in preview.problems[0].reason and "Bad Mail" in preview.problems[0].reason
    assert Person.select().count() == 0


def test_export_import_round_trip_loses_nothing(database, data_dir, tmp_path):
    for name in ("android_21.vcf", "apple_30.vcf", "rfc6350_40.vcf"):
        _import(data_dir / name)
    people.create_person(display_name="Ünïcødé; Tricky, Name", given_name="Ünïcødé", family_name="Tricky, Name",
                         organization="A;B, C\\D", notes="line one\nline two; with, commas\n\nafter blank",
                         emails=[("x@example.com", "conference")], phones=[("+1 (555) 010-9999", "fax")],
                         tags=["Ελλάδα", "a,b"])
    original = everyone()
    for version in ("3.0", "4.0"):
        out = tmp_path / f"all-{version}.vcf"
        registry.get("vcard").export(out, None, {"version": version})
        for card in vobject.readComponents(out.read_text(encoding="utf-8")):  # valid for a standard parser
            assert card.fn.value
        database.execute_sql("DELETE FROM person")
        database.execute_sql("DELETE FROM organization")
        _import(out)
        assert everyone() == original, version


def test_unknown_fields_survive_export(database, data_dir):
    _import(data_dir / "apple_30.vcf")
    _import(data_dir / "android_21.vcf")
    siobhan = Person.get(Person.display_name == "Siobhán O'Brien").id
    people.update_person(siobhan, title="Managing Partner")
    text = vcard.person_to_vcard(siobhan, "3.0")
    assert "BDAY:1979-04-17" in text and "X-SOCIALPROFILE" in text and "item4.URL" in text
    assert "TITLE:Managing Partner" in text and "Head of Strategy" not in text
    card = vobject.readOne(text)
    assert card.photo.value.startswith(b"\xff\xd8")  # the embedded JPEG still decodes
    elodie = Person.get(Person.display_name == "Élodie Müller").id
    modern = vcard.person_to_vcard(elodie, "4.0")
    assert "QUOTED-PRINTABLE" not in modern and "12 rue de la Paix" in modern
    assert "PHOTO:data:image/jpeg;base64,/9j/" in modern.replace("\r\n ", "")
    assert vcard.vcard_to_person_fields(modern)["notes"].startswith("Rencontrée au café")


def test_vcard_to_person_fields_accepts_vobject_and_keeps_card(database):
    card = vobject.readOne("BEGIN:VCARD\nVERSION:3.0\nEMAIL:solo@example.com\nEND:VCARD\n")
    fields = vcard.vcard_to_person_fields(card)
    assert fields["display_name"] == "solo@example.com" and "solo@example.com" in fields["vcard"]
    person = people.create_person(**fields)
    assert person.vcard and people.person_data(person.id)["emails"][0]["email"] == "solo@example.com"


def test_crlf_lf_and_blank_lines_give_same_people(database, tmp_path):
    card = "BEGIN:VCARD\nVERSION:3.0\nFN:Ann Lee\nNOTE:two\\nlines\nEND:VCARD\n\n\n"
    (tmp_path / "lf.vcf").write_text(card * 2, newline="")
    (tmp_path / "crlf.vcf").write_bytes((card * 2).replace("\n", "\r\n").encode())
    a = _import(tmp_path / "lf.vcf", duplicates="add")
    b = _import(tmp_path / "crlf.vcf", duplicates="add")
    assert a.new == b.new == 2
    assert {n for (n,) in Person.select(Person.notes).tuples()} == {"two\nlines"}
