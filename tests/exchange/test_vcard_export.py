"""vCard export: what the user did not change goes back as written, 4.0 is valid RFC 6350 whatever the card
came from, 3.0 holds only 3.0 forms, and Mozilla's ical.js (the parser that rejected our files) reads them."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from mentordesk.exchange import registry, streaming, vcard_write
from mentordesk.models import Person
from mentordesk.services import people
from mentordesk.sync.cards import PersonSide

from . import second_parser

SAMPLES = ["android_21.vcf", "apple_30.vcf", "rfc6350_40.vcf", "export/rich_30.vcf", "export/modern_40.vcf"]


def _import(path):
    result = registry.get("vcard").import_(path, {"backup": False})
    assert not result.problems
    return result.created


def _lines(card: str) -> list[str]:
    """Unfolded content lines."""
    return re.sub(r"\r\n[ \t]", "", card).split("\r\n")


def _rfc6350_problems(text: str) -> list[str]:
    """What RFC 6350 forbids that earlier versions had, line by line (ical.js accepts some of it)."""
    problems = []
    for card in text.split("BEGIN:VCARD\r\n")[1:]:
        lines = _lines(card)
        if lines[0] != "VERSION:4.0":
            problems.append(f"VERSION is not the line after BEGIN: {lines[0]}")
        for line in lines:
            head, _, value = line.partition(":")
            name = head.split(";")[0].rpartition(".")[2].upper()
            params = [p.upper() for p in head.split(";")[1:]]
            if any(p.startswith(("ENCODING=", "CHARSET=")) or "=" not in p for p in params):
                problems.append(f"2.1/3.0 parameter: {line[:60]}")
            if name in ("LABEL", "CLASS", "NAME", "MAILER", "PROFILE", "SORT-STRING", "AGENT"):
                problems.append(f"property removed in 4.0: {line[:60]}")
            if name in ("PHOTO", "LOGO", "SOUND", "KEY") and not re.match(r"^[a-z][a-z0-9+.-]*:", value, re.I):
                problems.append(f"binary not as a URI: {line[:60]}")
            if name in ("BDAY", "ANNIVERSARY") and "VALUE=TEXT" not in params and not re.fullmatch(
                    r"(\d{8}|--\d{4}|\d{4}-\d{2}|---\d{2})(T\d{2,6}(Z|[+-]\d{4})?)?", value):
                problems.append(f"date not in 4.0 form: {line}")
            if name == "REV" and not re.fullmatch(r"\d{8}T\d{6}Z", value):
                problems.append(f"REV not a 4.0 timestamp: {line}")
            if "TYPE=PREF" in params or ",PREF" in head.upper():
                problems.append(f"TYPE=PREF instead of PREF=1: {line}")
    for raw in text.split("\r\n"):
        if len(raw.encode("utf-8")) > 75:
            problems.append(f"line longer than 75 octets: {raw[:40]}")
    return problems


def _export(tmp_path, version: str, ids=None, name=None):
    path = tmp_path / (name or f"out-{version}.vcf")
    registry.get("vcard").export(str(path), ids, {"version": version})
    return path, path.read_bytes().decode("utf-8")


def test_unchanged_fields_go_back_as_written(database, data_dir, tmp_path):
    _import(data_dir / "export" / "rich_30.vcf")
    _, text = _export(tmp_path, "3.0")
    lines = _lines(text)
    for original in ("N:Mustermann;Heiko;Karl,Otto;Dr.;Jr.",  # middle names, prefix and suffix
                     "ORG:ACME\\, Inc.;Research & Development",  # the department
                     "EMAIL;TYPE=INTERNET,WORK,PREF:heiko@acme.example",
                     "TEL;TYPE=WORK,FAX:+49 30 1234 99", "TEL;TYPE=PAGER:+49 171 000", "TEL;TYPE=CELL,PREF:+49 171 5555",
                     "item1.TEL:+49 30 777", "item1.X-ABLabel:_$!<Assistant>!$_",
                     "X-SOCIALPROFILE;type=twitter:https://twitter.com/heiko", "UID:abc-123"):
        assert original in lines
    assert "FN:Mustermann\\, Heiko" in lines  # the whole name, its comma escaped
    note = next(line for line in lines if line.startswith("NOTE:"))
    assert note.endswith("robots\\; and a note that is longer than seventy-five characters for folding.")
    assert "REV:2020-01-01T00:00:00Z" not in lines


def test_a_changed_field_is_written_fresh_keeping_what_mentordesk_has_no_field_for(database, data_dir, tmp_path):
    (pid,) = _import(data_dir / "export" / "rich_30.vcf")
    data = people.person_data(pid)
    phones = [dict(p, label="work") if p["phone"] == "+49 171 000" else p for p in data["phones"]]
    people.update_person(pid, given_name="Heinrich", organization="Initech", phones=phones,
                         emails=[], notes="Shorter note.")
    _, text = _export(tmp_path, "3.0")
    lines = _lines(text)
    assert "N:Mustermann;Heinrich;Karl,Otto;Dr.;Jr." in lines
    assert "ORG:Initech" in lines and not any("Research" in line for line in lines)
    assert "TEL;TYPE=WORK:+49 171 000" in lines  # relabelled: written fresh
    assert "TEL;TYPE=WORK,FAX:+49 30 1234 99" in lines and "TEL;TYPE=CELL,PREF:+49 171 5555" in lines
    assert not any(line.startswith("EMAIL") for line in lines)  # removed stays removed
    assert "NOTE:Shorter note." in lines


@pytest.mark.parametrize("sample", SAMPLES)
def test_vcard_40_is_valid_rfc6350_and_ical_js_reads_it(database, data_dir, tmp_path, sample):
    _import(data_dir / sample)
    path, text = _export(tmp_path, "4.0")
    assert _rfc6350_problems(text) == []
    cards = second_parser.parse(path)
    assert len(cards) == Person.select().count()
    names = {second_parser.properties(card)["fn"][0][2] for card in cards}
    assert names == {p.display_name for p in Person.select()}
    for card in cards:
        props = second_parser.properties(card)
        assert props["version"][0][2] == "4.0"
        for params, kind, value in props.get("photo", []):
            assert kind == "uri" and value.startswith("data:image/") and ";base64," in value


def test_vcard_40_converts_21_and_30_forms(database, data_dir, tmp_path):
    _import(data_dir / "android_21.vcf")
    _import(data_dir / "export" / "rich_30.vcf")
    path, text = _export(tmp_path, "4.0")
    lines = _lines(text)
    assert "BDAY:--0315" in lines and "ANNIVERSARY:20010609" in lines  # Apple's 1604 and X-ANNIVERSARY
    assert "TEL;TYPE=cell;PREF=1:+33 6 12 34 56 78" in lines  # 2.1's bare CELL;PREF
    assert "ADR;TYPE=work;LABEL=Hauptstr. 1^n10115 Berlin:;;Hauptstr. 1;Berlin;;10115;Germany" in lines
    assert not any(line.startswith(("CLASS", "LABEL")) for line in lines)
    cards = {second_parser.properties(c)["fn"][0][2]: second_parser.properties(c) for c in second_parser.parse(path)}
    heiko = cards["Mustermann, Heiko"]
    assert heiko["n"][0][2] == ["Mustermann", "Heiko", ["Karl", "Otto"], "Dr.", "Jr."]
    assert heiko["org"][0][2] == ["ACME, Inc.", "Research & Development"]
    assert heiko["bday"][0][2] == "--03-15"
    assert heiko["adr"][0][0]["label"] == "Hauptstr. 1\n10115 Berlin"
    assert {tuple(p[0].get("type", [])) if isinstance(p[0].get("type"), list) else (p[0].get("type"),)
            for p in heiko["tel"]} >= {("work", "fax"), ("pager",)}
    elodie = cards["Élodie Müller"]
    assert elodie["note"][0][2] == "Rencontrée au café du coin. Très généreuse.\nDeuxième ligne."


def test_vcard_30_holds_only_30_forms(database, data_dir, tmp_path):
    _import(data_dir / "export" / "modern_40.vcf")
    path, text = _export(tmp_path, "3.0")
    lines = _lines(text)
    assert "BDAY;X-APPLE-OMIT-YEAR=1604:1604-07-04" in lines and not any("--07" in line for line in lines)
    assert "X-ANNIVERSARY:2010-06-12" in lines and "X-KIND:individual" in lines and "X-GENDER:F" in lines
    assert "TEL;TYPE=cell,voice,PREF:+234-803-555-0147;ext=12" in lines  # as MentorDesk shows it
    assert "EMAIL;TYPE=work,PREF:amara@unilag.example" in lines
    assert "LABEL;TYPE=work:Faculty of Business\\nAkoka\\, Lagos" in lines
    assert "GEO:6.5158;3.3896" in lines
    assert any(line.startswith("PHOTO;ENCODING=b;TYPE=PNG:iVBOR") for line in lines)
    assert not any(re.search(r"PREF=1|MEDIATYPE|VALUE=uri:tel|^KIND|^GENDER|^ANNIVERSARY", line) for line in lines)
    card = second_parser.properties(second_parser.parse(path)[0])
    assert card["version"][0][2] == "3.0" and card["bday"][0][1] == "date"


def test_rev_is_the_last_change_and_moves_with_every_rewrite(database, data_dir, tmp_path):
    (pid,) = _import(data_dir / "export" / "rich_30.vcf")
    Person.update(updated_at=dt.datetime(2021, 3, 4, 5, 6, 7)).where(Person.id == pid).execute()
    stamp = dt.datetime(2021, 3, 4, 5, 6, 7).astimezone().astimezone(dt.timezone.utc)
    assert f"REV:{stamp:%Y%m%dT%H%M%SZ}" in _lines(vcard_write.person_to_vcard(pid, "4.0"))
    assert f"REV:{stamp:%Y-%m-%dT%H:%M:%SZ}" in _lines(vcard_write.person_to_vcard(pid, "3.0"))
    people.update_person(pid, title="CTO")
    rev = next(line for line in _lines(vcard_write.person_to_vcard(pid, "4.0")) if line.startswith("REV:"))
    assert rev != f"REV:{stamp:%Y%m%dT%H%M%SZ}" and re.fullmatch(r"REV:\d{8}T\d{6}Z", rev)


def test_sync_uploads_the_same_card(database, data_dir):
    (pid,) = _import(data_dir / "export" / "rich_30.vcf")
    uploaded = _lines(PersonSide().export(pid, "abc-123"))
    assert "N:Mustermann;Heiko;Karl,Otto;Dr.;Jr." in uploaded and "TEL;TYPE=PAGER:+49 171 000" in uploaded
    assert "ORG:ACME\\, Inc.;Research & Development" in uploaded


def test_export_streams_with_progress_and_cancel_keeps_the_old_file(database, tmp_path):
    for index in range(1203):
        people.create_person(display_name=f"Person {index:04d}", emails=[{"email": f"p{index}@example.org"}])
    seen = []
    (tmp_path / "out").mkdir()
    path = tmp_path / "out" / "all.vcf"
    summary = registry.get("vcard").export(str(path), None, {
        "version": "4.0", "progress": lambda stage, done, total: seen.append((stage, done, total))})
    assert "exported 1203 people" in summary and path.read_text().count("BEGIN:VCARD") == 1203
    assert seen[0] == ("Writing cards", 500, 1203) and seen[-1] == ("Writing cards", 1203, 1203)
    path.write_text("old")
    with pytest.raises(streaming.ExportCancelled):
        registry.get("vcard").export(str(path), None, {"progress": lambda stage, done, total: False})
    assert path.read_text() == "old" and [p.name for p in path.parent.iterdir()] == ["all.vcf"]


def test_names_other_apps_bend_are_written_as_valid_tokens(database):
    from types import SimpleNamespace

    stored = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Odd One\r\nN:One;Odd;;;\r\nX-messaging/twitter-All:odd\r\n"
              "my group.X-FOO:bar\r\ngarbage line without a colon\r\nEND:VCARD\r\n")
    person = SimpleNamespace(display_name="Odd One", given_name="Odd", family_name="One", nickname="", title="",
                             notes="", vcard=stored, updated_at=dt.datetime(2024, 1, 1), org_name="")
    for version in ("3.0", "4.0"):
        lines = _lines(vcard_write.card_text(person, [], [], [], version))
        assert "X-MESSAGING-TWITTER-ALL:odd" in lines and "my-group.X-FOO:bar" in lines
        assert not any("garbage" in line for line in lines)


def test_a_stored_card_with_line_separators_in_a_value_exports_whole(database, tmp_path):
    """Cards stored before the import cleaned them, or taken as they came from a server, may hold U+2028, NEL or a
    bare CR inside a value: they are text, not line ends (a piece after one was read as its own property)."""
    stored = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Ruiz\r\nN:Ruiz;Ana;;;\r\n"
              "NOTE:Met at the fair.\u2028Time: 10am\x85Place\\, Hall 2\rBring the deck\r\n"
              "ADR;TYPE=WORK:;;Hauptstr. 1\u2029Hof;Berlin;;10115;Germany\r\nEND:VCARD\r\n")
    notes = "Met at the fair.\nTime: 10am\nPlace, Hall 2\nBring the deck"
    person = people.create_person(display_name="Ana Ruiz", given_name="Ana", family_name="Ruiz", notes=notes)
    Person.update(vcard=stored).where(Person.id == person.id).execute()
    for version in ("3.0", "4.0"):
        path, text = _export(tmp_path, version)
        lines = _lines(text)
        assert not any(line.upper().startswith(("TIME", "PLACE", "BRING", "HOF")) for line in lines), lines
        assert not re.search("[\u2028\u2029\x85]|\r(?!\n)", text)
        adr = next(line for line in lines if line.startswith("ADR"))
        assert adr.endswith(":;;Hauptstr. 1\\nHof;Berlin;;10115;Germany")
        if version == "4.0":
            second_parser.parse(path)
        people.delete_people([person.id])
        again = registry.get("vcard").import_(path, {"backup": False}).created
        assert people.person_data(again[0])["notes"] == notes
        person = Person.get_by_id(again[0])
        Person.update(vcard=stored).where(Person.id == person.id).execute()


def test_a_card_from_a_server_with_line_separators_is_read_whole_and_stored_clean():
    from mentordesk.exchange.vcard import vcard_to_person_fields

    fields = vcard_to_person_fields("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Ruiz\r\nN:Ruiz;Ana;;;\r\n"
                                    "NOTE:Met at the fair.\u2028Time: 10am\rBring the deck\r\nEND:VCARD\r\n")
    assert fields["notes"] == "Met at the fair.\nTime: 10am\nBring the deck"
    assert "NOTE:Met at the fair.\\nTime: 10am\\nBring the deck\r\n" in fields["vcard"]
