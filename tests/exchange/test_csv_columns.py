"""CSV columns are recognised by their words, whichever app wrote them; the ones left over are named in the
preview, not dropped silently (#19 item 6)."""

from __future__ import annotations

from pathlib import Path

from mentordesk import cli
from mentordesk.exchange import csvfile, registry
from mentordesk.models import Person

from .helpers import everyone

LENIENT = Path(__file__).parent / "data" / "lenient"


def _import(name, **options):
    path = LENIENT / name
    return registry.guess(path).import_(path, {"backup": False, **options})


def test_yahoo_headers(database):
    result = _import("yahoo_contacts.csv")
    assert result.new == 1 and not result.problems
    priya = everyone()["Priya Raman"]
    assert (priya["nickname"], priya["organization"], priya["title"]) == ("Pri", "Stripe", "Staff Engineer")
    assert [e["email"] for e in priya["emails"]] == ["priya@raman.example", "pri@home.example"]
    # "Home" says only a label: its values show it holds a phone number
    assert priya["phones"] == [{"phone": "+1 415 555 0101", "label": "home"},
                               {"phone": "+1 415 555 0102", "label": "mobile"}]
    assert priya["tags"] == ["Mentors"] and priya["notes"] == "Met at PyCon"
    [unmapped] = [n for n in result.notes if n.kind == "info"]
    assert unmapped.reason.startswith("column(s) not imported: 'Home Address' (1 row);")
    assert "BDAY:19880701" in Person.get(Person.display_name == "Priya Raman").vcard  # kept for export


def test_headers_of_other_exporters(database):
    result = _import("exporter_headers.csv")
    assert result.new == 1 and not result.problems and not result.notes  # every column found its field
    omar = everyone()["Omar Haddad"]
    assert omar["emails"] == [{"email": "omar@work.example", "label": "work"},
                              {"email": "omar@home.example", "label": "home"}]
    assert omar["phones"] == [{"phone": "+971 50 555 0101", "label": "mobile"},
                              {"phone": "+971 4 555 0101", "label": "home"}]
    assert (omar["organization"], omar["title"], omar["notes"], omar["tags"]) == (
        "Gulf Ventures", "Partner", "Knows the Dubai scene", ["Investors"])


def test_words_decide_and_lookalikes_stay_unmapped():
    header = ["E-mail Address", "Mobile Phone", "Company", "Job Title", "First Name", "Last Name", "Given Name",
              "Notes", "Work Email", "Cell", "Telefon geschäftlich", "Vorname", "Company Main Phone",
              "E-mail Type", "E-mail Display Name", "Phone 1 - Type", "Last Contacted", "Given Name Yomi",
              "Mailing Address", "Organization 1 - Job Description", "Title"]
    mapping = csvfile.guess_mapping(header, "outlook")
    assert mapping == {
        "E-mail Address": "email", "Mobile Phone": "phone:mobile", "Company": "organization", "Job Title": "title",
        "First Name": "given_name", "Last Name": "family_name", "Given Name": "given_name", "Notes": "notes",
        "Work Email": "email:work", "Cell": "phone:mobile", "Telefon geschäftlich": "phone:work",
        "Vorname": "given_name", "Company Main Phone": "phone:main",
        "Title": "name_prefix"}  # Outlook's Title is Mr./Ms.: the name's prefix, not the job


def test_a_column_is_recognised_by_its_values_only_when_its_header_says_nothing():
    rows = [(2, ["+1 415 555 0101", "ann@example.org", "1988-07-01", "94105-1234", "x@y.org"])]
    header = ["Work", "Contact", "Home", "Home Postal Code", "Messenger"]
    assert csvfile.guess_mapping(header, "csv", rows) == {"Work": "phone:work", "Contact": "email",
                                                           "Messenger": "email",
                                                           "Home Postal Code": "adr:postal code"}  # not a phone


def test_the_command_line_names_columns_it_does_not_import(database, db_path, capsys):
    path = LENIENT / "yahoo_contacts.csv"
    assert cli.main(["import", "--db", str(db_path), "--dry-run", str(path)]) == 0
    err = capsys.readouterr().err
    assert f"{path}: column(s) not imported: 'Home Address' (1 row);" in err


def test_googles_label_columns_are_read_not_listed_as_left_out(database, tmp_path):
    """'E-mail 1 - Label' (new export) and 'Phone 1 - Type' (old one) are the labels of their values: not 'not imported'."""
    path = tmp_path / "google.csv"
    path.write_text("First Name,Last Name,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,"
                    "Phone 2 - Label,Phone 2 - Value,Relation 1 - Label,Relation 1 - Value\r\n"
                    "Ann,Lee,* Work,ann@work.example,Pager,+1 555 0101,Work Fax,+1 555 0102,Spouse,Sam\r\n",
                    encoding="utf-8")
    result = registry.get("google").import_(path, {"backup": False})
    ann = everyone()["Ann Lee"]
    assert ann["emails"] == [{"email": "ann@work.example", "label": "work"}]
    assert ann["phones"] == [{"phone": "+1 555 0101", "label": "pager"}, {"phone": "+1 555 0102", "label": "work fax"}]
    [unmapped] = [n.reason for n in result.notes if n.kind == "info"]
    assert unmapped.startswith("column(s) not imported: 'Relation 1 - Label' (1 row), 'Relation 1 - Value' (1 row);")
    # mapped to a labelled field, the value no longer reads the label column: then it is named as left out
    mapping = {"First Name": "given_name", "E-mail 1 - Value": "email:home"}
    result = registry.get("google").import_(path, {"backup": False, "preview": True, "mapping": mapping})
    assert "'E-mail 1 - Label' (1 row)" in [n.reason for n in result.notes if n.kind == "info"][0]


def test_name_parts_and_birthday_are_kept_and_a_bad_birthday_is_named(database, tmp_path):
    """Middle name, prefix, suffix and birthday have no field: they are kept in the person's card (for export);
    a birthday that is no date is left out with a note naming line and field, the person imported."""
    path = tmp_path / "people.csv"
    path.write_text("First Name,Middle Name,Last Name,Name Prefix,Name Suffix,Birthday,E-mail Address\r\n"
                    "Anna,Maria,Schmidt,Dr.,PhD,--03-15,anna@example.org\r\n"
                    "Bo,,Lind,,,sometime in May,bo@example.org\r\n"
                    "Cy,,Ng,,,0/0/00,cy@example.org\r\n", encoding="utf-8")
    result = registry.get("csv").import_(path, {"backup": False})
    assert result.new == 3 and not result.problems
    anna = Person.get(Person.given_name == "Anna")
    assert (anna.display_name, anna.family_name) == ("Anna Maria Schmidt PhD", "Schmidt")
    assert "N:Schmidt;Anna;Maria;Dr.;PhD\r\n" in anna.vcard and "BDAY:--0315\r\n" in anna.vcard
    assert Person.get(Person.given_name == "Cy").vcard is None  # Outlook's empty date: nothing to keep
    [note] = [n for n in result.notes if n.kind == "left out"]
    assert (note.line, note.reason) == (3, "Bo Lind: Birthday: 'sometime in May' is not a date this import can "
                                           "read (e.g. 1985-03-15 or --03-15): left out")
    assert "1 unreadable field(s) left out" in result.summary()


def test_outlook_addresses_in_parts_are_kept_in_the_card(database, tmp_path):
    path = tmp_path / "outlook.csv"
    path.write_text("First Name,Last Name,E-mail Address,Business Street,Business Street 2,Business Street 3,"
                    "Business City,Business State,Business Postal Code,Business Country/Region,Home City\r\n"
                    "Ann,Lee,ann@example.org,1 Main St,Suite 4,Floor 2,Springfield,IL,62701,United States,Chicago\r\n",
                    encoding="utf-8")
    result = registry.get("outlook").import_(path, {"backup": False})
    assert not [n for n in result.notes if n.kind == "info"]  # every column has its place
    card = Person.get(Person.given_name == "Ann").vcard
    assert "ADR;TYPE=work:;Suite 4\\, Floor 2;1 Main St;Springfield;IL;62701;United States\r\n" in card
    assert "ADR;TYPE=home:;;;Chicago;;;\r\n" in card
