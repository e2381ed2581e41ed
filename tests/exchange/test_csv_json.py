"""CSV profiles (LinkedIn, Google, Outlook, mapped), CSV export and the whole-database JSON round trip."""

from __future__ import annotations

import json

import pytest

from mentordesk.demo import load_demo
from mentordesk.exchange import csvfile, registry
from mentordesk.services import health, people
from mentordesk.services.core import ServiceError

from .helpers import everyone, row_counts


def _import(fmt, path, **options):
    return registry.get(fmt).import_(path, {"backup": False, **options})


def test_linkedin_preamble_connected_on_and_tag(database, data_dir):
    path = data_dir / "linkedin_connections.csv"
    assert registry.guess(path).key == "linkedin"
    result = _import("linkedin", path)
    assert result.new == 3
    jurgen = everyone()["Jürgen Weiß"]
    assert jurgen["met_on"] == "2024-03-12" and jurgen["tags"] == ["linkedin"]
    assert jurgen["title"] == "Head of UX, Diagnostics" and jurgen["organization"] == "Siemens Healthineers"
    assert everyone()["Lucía Fernández"]["organization"] == "Telefónica, S.A."


def test_google_labels_multi_values_and_multiline_notes(database, data_dir):
    assert registry.guess(data_dir / "google_contacts.csv").key == "google"
    _import("google", data_dir / "google_contacts.csv")
    marco = everyone()["Marco Bianchi"]
    assert marco["emails"] == [{"email": "marco.bianchi@example.it", "label": "work"},
                               {"email": "marco.b@example.com", "label": "home"}]
    assert marco["notes"] == "Ex-colleague.\nKnows the Milan office." and marco["tags"] == ["Work"]  # as written (#19 item 13)
    assert [e["email"] for e in everyone()["Nguyễn Thị Lan"]["emails"]] == ["lan.nguyen@example.vn", "lan@example.com"]


def test_outlook_cp1252_title_is_not_job(database, data_dir):
    assert registry.guess(data_dir / "outlook_contacts.csv").key == "outlook"
    _import("outlook", data_dir / "outlook_contacts.csv")
    jose = everyone()["José María García"]
    assert jose["title"] == "Sales Lead" and jose["nickname"] == "Pepe"
    assert everyone()["Aisling Murphy"]["tags"] == ["Finance", "Mentors"]  # as written (#19 item 13)


def test_explicit_mapping_and_bad_row_line(database, tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("Who,Mail,Where,Notes\nAnn Lee,ann@example.com,Acme,\"two\nlines\"\nBob,not-mail,Acme,\n",
                    encoding="utf-8")
    mapping = {"Who": "display_name", "Mail": "email", "Where": "organization", "Notes": "notes"}
    before = row_counts(database)
    with pytest.raises(registry.ImportRefused) as caught:
        _import("csv", path, mapping=mapping)
    assert [p.line for p in caught.value.problems] == [4]  # Bob's row starts on line 4 (Ann's note spans 2-3)
    assert row_counts(database) == before
    _import("csv", path, mapping=mapping, skip_invalid=True)
    assert everyone()["Ann Lee"]["notes"] == "two\nlines"
    with pytest.raises(ServiceError, match="no column is mapped to a name or an email"):
        _import("csv", path, mapping={"Notes": "notes"})  # an email alone is enough since #19 item 6


def test_csv_export_reimports(demo_db, tmp_path):
    path = tmp_path / "out.csv"
    registry.get("csv").export(path, None, {})
    before = everyone()
    demo_db.execute_sql("DELETE FROM person")
    _import("csv", path)
    after = everyone()
    for name, data in before.items():
        for field in ("organization", "title", "notes", "tags", "met_on"):
            assert after[name][field] == data[field], (name, field)
        assert [e["email"] for e in after[name]["emails"]] == [e["email"] for e in data["emails"]]


def test_json_round_trip_gives_identical_stats_and_data(demo_db, tmp_path, db_path):
    people.create_person(display_name="Ωmega Ünïcode", notes="multi\nline; with, punctuation")
    path = tmp_path / "all.json"
    registry.get("json").export(path, None, {})
    data = json.loads(path.read_text(encoding="utf-8"))
    assert {"people", "organizations", "meetings", "advice", "asks"} <= set(data)
    maya = next(p for p in data["people"] if p["display_name"] == "Maya Chen")
    assert maya["organization"] == "Brightline Health" and maya["emails"] and maya["tags"] == ["core"]
    stats, original = health.stats(), everyone()

    from mentordesk import db as dbmod

    dbmod.close_database()
    dbmod.open_database(tmp_path / "empty.db")
    _import("json", path)
    assert health.stats() == stats
    assert everyone() == original
    assert health.check() == []


def test_broken_json_is_refused(database, tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{"people": [\n {"display_name": "A"},\n  oops\n]}')
    with pytest.raises(registry.ImportRefused) as caught:
        _import("json", path)
    assert caught.value.problems[0].line == 3


def test_guess_mapping_knows_common_headers():
    mapping = csvfile.guess_mapping(["First Name", "Last Name", "E-mail Address", "Company", "Job Title", "Title"], "outlook")
    assert mapping == {"First Name": "given_name", "Last Name": "family_name", "E-mail Address": "email",
                       "Company": "organization", "Job Title": "title", "Title": "name_prefix"}
