"""Contacts from real apps (#19): lenient in, lossless out."""

from __future__ import annotations

import re
from pathlib import Path

from mentordesk import cli
from mentordesk.exchange import csvfile, registry, vcard
from mentordesk.models import Person
from mentordesk.services import people

from .helpers import everyone, row_counts


def _import(fmt, path, **options):
    return registry.get(fmt).import_(path, {"backup": False, **options})


def _write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8", newline="")
    return path


# --- item 2: unescaped commas in vCard 2.1/3.0 -----------------------------------------------

_COMMA_CARD = ("BEGIN:VCARD\r\nVERSION:{v}\r\nFN:Mustermann, Heiko\r\nN:Mustermann;Heiko;;;\r\n"
               "ORG:Muster, Kunz & Co;Sales, North\r\nTITLE:Head of Sales, EMEA\r\n"
               "NOTE:Met in Berlin, at the fair, in 2023\r\nEND:VCARD\r\n")


def test_unescaped_commas_are_text_in_vcard_21_and_30():
    for version in ("2.1", "3.0"):
        fields = vcard.vcard_to_person_fields(_COMMA_CARD.format(v=version))
        assert fields["display_name"] == "Mustermann, Heiko", version
        assert fields["notes"] == "Met in Berlin, at the fair, in 2023", version
        assert fields["title"] == "Head of Sales, EMEA", version
        assert fields["organization"] == "Muster, Kunz & Co", version


def test_unescaped_commas_survive_import_and_export(database, tmp_path):
    _import("vcard", _write(tmp_path, "c.vcf", _COMMA_CARD.format(v="3.0")))
    person = Person.get()
    assert person.display_name == "Mustermann, Heiko"
    card = vcard.person_to_vcard(person.id)
    assert "FN:Mustermann\\, Heiko" in card
    assert "NOTE:Met in Berlin\\, at the fair\\, in 2023" in card
    again = vcard.vcard_to_person_fields(card)
    assert again["display_name"] == "Mustermann, Heiko"
    assert again["notes"] == "Met in Berlin, at the fair, in 2023"


# --- item 13: tags keep their case ---------------------------------------------------------

def test_tags_keep_the_case_they_were_written_in(database, tmp_path):
    card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada\r\nCATEGORIES:VIP,Board Member\r\nEND:VCARD\r\n"
    _import("vcard", _write(tmp_path, "a.vcf", card))
    _import("csv", _write(tmp_path, "a.csv", "Name,Tags\r\nBen,vip; PhD Student\r\n"))
    who = everyone()
    assert who["Ada"]["tags"] == ["Board Member", "VIP"]
    assert sorted(who["Ben"]["tags"]) == ["PhD Student", "VIP"]  # matches the existing VIP tag
    person_id = people.create_person(display_name="Cy", tags=["NGO", "ngo"]).id
    assert people.person_data(person_id)["tags"] == ["NGO"]


# --- item 6: lenient CSV ---------------------------------------------------------------------

def test_csv_row_with_only_an_email_takes_it_as_its_name(database, tmp_path):
    path = _write(tmp_path, "e.csv", "Name,Email\r\nAnn,ann@example.org\r\n,bob@example.org\r\n")
    result = _import("csv", path)
    assert result.new == 2 and not result.problems
    assert everyone()["bob@example.org"]["emails"][0]["email"] == "bob@example.org"
    only_emails = _write(tmp_path, "only.csv", "E-mail Address,Phone\r\ncy@example.org,+1 555 0100\r\n")
    assert _import("csv", only_emails).new == 1  # no name column at all: not a refusal
    assert everyone()["cy@example.org"]["phones"][0]["phone"] == "+1 555 0100"


def test_linkedin_hidden_members_are_skipped_with_a_note(database, tmp_path):
    text = ("First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
            "Ann,Lee,https://www.linkedin.com/in/annlee,,Acme,CTO,12 Mar 2024\r\n"
            ",,,,,,14 Mar 2024\r\n")
    path = _write(tmp_path, "Connections.csv", text)
    result = _import("linkedin", path)
    assert result.new == 1 and not result.problems
    assert [n.line for n in result.notes] == [3]
    assert "hidden" in result.notes[0].reason
    assert list(everyone()) == ["Ann Lee"]


def test_doubled_quotes_stay_quotes(database, tmp_path):
    text = 'Name,Email\r\n"Smith, Robert ""Bob""",bob@example.org\r\n'  # csv.Sniffer guesses doublequote=False
    _import("csv", _write(tmp_path, "q.csv", text))
    assert list(everyone()) == ['Smith, Robert "Bob"']
    text = 'Name,Email\r\n"Robert ""Bob"" Smith",robert@example.org\r\n'
    _import("csv", _write(tmp_path, "r.csv", text))
    assert sorted(everyone()) == ['Robert "Bob" Smith', 'Smith, Robert "Bob"']


_THUNDERBIRD = (
    '"First Name","Last Name","Display Name","Nickname","Primary Email","Secondary Email",'
    '"Work Phone","Home Phone","Mobile Number","Job Title","Department","Organization","Notes"\r\n'
    '"Ann","Lee","Ann Lee","Annie","ann@work.example","ann@home.example",'
    '"+44 20 5550 0101","+44 20 5550 0102","+44 7700 900123","CTO","R&D","Acme","Met at FOSDEM"\r\n')


def test_thunderbird_csv_profile(database, tmp_path):
    path = _write(tmp_path, "thunderbird.csv", _THUNDERBIRD)
    assert csvfile.sniff_profile(path) == "thunderbird"
    assert registry.guess(path).key == "thunderbird"
    result = _import("thunderbird", path)
    assert result.new == 1 and not result.problems
    ann = everyone()["Ann Lee"]
    assert (ann["given_name"], ann["family_name"], ann["nickname"]) == ("Ann", "Lee", "Annie")
    assert (ann["title"], ann["organization"]) == ("CTO", "Acme")
    assert [e["email"] for e in ann["emails"]] == ["ann@work.example", "ann@home.example"]
    assert {p["label"]: p["phone"] for p in ann["phones"]} == {
        "work": "+44 20 5550 0101", "home": "+44 20 5550 0102", "mobile": "+44 7700 900123"}
    assert "Met at FOSDEM" in ann["notes"] and "R&D" in ann["notes"]


# --- item 7: --dry-run refuses like the real run -------------------------------------------

def test_dry_run_refuses_exactly_like_the_real_run(database, db_path, tmp_path, capsys):
    text = "Name,Email\r\nAnn,ann@example.org\r\nBob,not-an-email\r\n"
    path = str(_write(tmp_path, "bad.csv", text))
    before = row_counts(database)
    assert cli.main(["import", "--db", str(db_path), path]) == 1
    real = capsys.readouterr()
    assert cli.main(["import", "--db", str(db_path), "--dry-run", path]) == 1
    dry = capsys.readouterr()
    assert dry.err == real.err and "nothing was imported" in dry.err
    assert "would import" not in dry.out
    assert row_counts(database) == before
    assert cli.main(["import", "--db", str(db_path), "--dry-run", "--skip-invalid", path]) == 0
    assert "would import 1 people; 1 bad record(s) left out" in capsys.readouterr().out


def test_dry_run_of_a_bad_json_file_refuses_too(database, db_path, tmp_path, capsys):
    import json

    people.create_person(display_name="Ann")
    registry.get("json").export(tmp_path / "all.json", None, {})
    data = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    data["people"][0]["met_on"] = "soon"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    assert cli.main(["import", "--db", str(db_path), "--dry-run", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "met_on" in err and "nothing was imported" in err


# --- as a new user would: every real-app file in tests/exchange/data ---------------------------

_MOJIBAKE = re.compile(r"Ã[\x80-\xbf¡-¿]|â€|Ð[\x80-\xbf]|[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffd]")


def test_every_sample_file_imports_whole_names_phones_emails_and_readable_text(database):
    """Each file imports without a refusal; each contact has its name whole, a phone or an email, and no
    mojibake; whatever was left out is named with its line and contact."""
    folder = Path(__file__).parent / "data"
    files = [p for p in sorted(folder.glob("*.*")) + sorted((folder / "lenient").glob("*.*"))
             if p.name != "broken_card.vcf"]
    assert len(files) >= 20
    for path in files:
        before = set(everyone())
        result = registry.guess(path).import_(path, {"backup": False, "duplicates": "add"})
        assert result.new and not result.problems, path.name
        for note in result.notes:
            if note.kind == "left out":
                assert note.line and ": " in note.reason, (path.name, note)
        for name, person in everyone().items():
            if name in before:
                continue
            texts = [name, person["given_name"], person["family_name"], person["organization"] or "",
                     person["title"] or ""]
            assert not any(_MOJIBAKE.search(t or "") for t in texts), (path.name, texts)
            assert person["phones"] or person["emails"] or path.name == "linkedin_connections.csv", (path.name, name)
