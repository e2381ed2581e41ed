"""Imported data is checked like typed data: one bad value refuses the whole file, naming record and field."""

from __future__ import annotations

import copy
import json
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from mentordesk import cli
from mentordesk.exchange import registry
from mentordesk.services import health
from mentordesk.services.core import ServiceError

from .helpers import row_counts


@pytest.fixture(scope="module")
def export(tmp_path_factory):
    """A JSON export of the demo network (written once)."""
    from mentordesk import db as dbmod
    from mentordesk.demo import load_demo

    folder = tmp_path_factory.mktemp("export")
    dbmod.open_database(folder / "demo.db")
    try:
        load_demo()
        registry.get("json").export(folder / "all.json", None, {})
    finally:
        dbmod.close_database()
    return json.loads((folder / "all.json").read_text(encoding="utf-8"))


def _write(tmp_path, data, name="file.json"):
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def _refused(path) -> list[str]:
    with pytest.raises(registry.ImportRefused) as caught:
        registry.get("json").import_(path, {"backup": False})
    return [str(p) for p in caught.value.problems]


def _people_in(db_path) -> int:
    with sqlite3.connect(db_path) as con:
        return con.execute("SELECT COUNT(*) FROM person").fetchone()[0]


def test_a_bad_date_in_an_ask_refuses_the_whole_file_naming_record_and_field(db_path, export, tmp_path, capsys):
    data = copy.deepcopy(export)
    data["asks"][0]["due_on"] = "soon"
    path = _write(tmp_path, data)
    assert cli.main(["import", "--db", str(db_path), str(path)]) == 1
    err = capsys.readouterr().err
    assert f"{path}: asks[0].due_on: must be a date like 2024-05-31 (got 'soon')" in err
    assert "Traceback" not in err and _people_in(db_path) == 0
    assert "--skip-invalid" not in err, "a whole database has no 'import the valid ones'"


# (where in the export, the bad value, the field the message must name)
BAD_VALUES = [
    (("meetings", 0, "held_at"), "last tuesday", "meetings[0].held_at"),
    (("meetings", 1, "follow_up_on"), "later", "meetings[1].follow_up_on"),
    (("meetings", 0, "kind"), "lunch", "meetings[0].kind"),
    (("meetings", 0, "attendee_ids"), [999999], "meetings[0].attendee_ids"),
    (("advice", 0, "given_on"), "once", "advice[0].given_on"),
    (("advice", 0, "path"), "moon", "advice[0].path"),
    (("advice", 0, "acted_on"), "perhaps", "advice[0].acted_on"),
    (("advice", 0, "person"), 999999, "advice[0].person"),
    (("asks", 1, "status"), "pending", "asks[1].status"),
    (("asks", 1, "kind"), ["referral"], "asks[1].kind"),
    (("asks", 1, "person"), None, "asks[1].person"),
    (("asks", 1, "updated_at"), "yesterday-ish", "asks[1].updated_at"),
    (("people", 2, "met_on"), "2024-13-45", "people[2].met_on"),
    (("people", 2, "trust"), 10 ** 40, "people[2].trust"),
    (("people", 2, "roles"), ["wizard"], "people[2].roles"),
    (("people", 2, "emails"), [{"email": ["x"]}], "people[2].emails"),
    (("people", 2, "notes"), {"deep": {"er": 1}}, "people[2].notes"),
    (("people", 2, "created_at"), "dawn", "people[2].created_at"),
    (("people", 2, "introduced_by_id"), 424242, "people[2].introduced_by_id"),
    (("people", 2, "positions"), [{"organization": "X", "ended_on": "ages ago"}], "people[2].positions[0].ended_on"),
    (("organizations", 0, "name"), "", "organizations[0].name"),
]


@pytest.mark.parametrize("where, value, named", BAD_VALUES, ids=[b[2] for b in BAD_VALUES])
def test_every_kind_of_record_is_checked_like_the_forms(database, export, tmp_path, where, value, named):
    data = copy.deepcopy(export)
    kind, index, field = where
    data[kind][index][field] = value
    before = row_counts(database)
    problems = _refused(_write(tmp_path, data))
    assert any(p.startswith(named + ":") for p in problems), problems
    assert row_counts(database) == before


def test_feature_tables_are_checked_by_column_type_vocabulary_and_reference(database, export, tmp_path):
    data = copy.deepcopy(export)
    data["tables"]["opportunity"] = [
        {"id": 1, "title": "Designer", "kind": "gig", "status": "applied", "deadline": "asap", "organization": None},
        {"id": 2, "title": "", "kind": "job", "status": "applied", "organization": 98765},
    ]
    data["tables"]["decision"][0]["revisit_on"] = "someday"
    data["tables"]["decision_ask"][0]["ask"] = 31337
    problems = _refused(_write(tmp_path, data))
    for named in ("tables.opportunity[0].kind", "tables.opportunity[0].deadline", "tables.opportunity[1].organization",
                  "tables.decision[0].revisit_on", "tables.decision_ask[0].ask"):
        assert any(p.startswith(named + ":") for p in problems), (named, problems)


def test_a_clean_export_round_trips_with_its_feature_tables(database, export, tmp_path):
    registry.get("json").import_(_write(tmp_path, export), {"backup": False})
    counts = row_counts(database)
    assert counts["decision"] == len(export["tables"]["decision"])
    assert counts["decision_ask"] == len(export["tables"]["decision_ask"])
    ask_ids = {r[0] for r in database.execute_sql("SELECT ask_id FROM decision_ask")}
    assert ask_ids <= {r[0] for r in database.execute_sql("SELECT id FROM ask")}, "decision asks point to imported asks"
    assert health.check() == []


def test_dry_run_lists_the_problems_and_writes_nothing(database, export, tmp_path):
    data = copy.deepcopy(export)
    data["asks"][0]["due_on"] = "soon"
    result = registry.get("json").import_(_write(tmp_path, data), {"preview": True})
    assert [str(p) for p in result.problems] == ["asks[0].due_on: must be a date like 2024-05-31 (got 'soon')"]


def test_csv_and_vcard_imports_refuse_a_bad_record_naming_line_and_field(database, tmp_path):
    csv_path = _write(tmp_path, "Name,Email,Met On\nAnn,ann@example.com,2024-01-02\nBo,not-mail,2024-01-03\n", "c.csv")
    with pytest.raises(registry.ImportRefused) as caught:
        registry.get("csv").import_(csv_path, {"backup": False})
    assert str(caught.value.problems[0]).startswith("line 3: Bo: Emails: 'not-mail'")
    csv_path = _write(tmp_path, "Name,Met On\nAnn,someday\n", "d.csv")
    with pytest.raises(registry.ImportRefused) as caught:
        registry.get("csv").import_(csv_path, {"backup": False})
    assert str(caught.value.problems[0]).startswith("line 2: Met on:")
    card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cy\r\nEMAIL:nope\r\nEND:VCARD\r\n"
    with pytest.raises(registry.ImportRefused) as caught:
        registry.get("vcard").import_(_write(tmp_path, card, "c.vcf"), {"backup": False})
    assert str(caught.value.problems[0]).startswith("line 1: Cy: Emails: 'nope'")
    assert row_counts(database)["person"] == 0


def test_the_import_dialog_refuses_a_bad_json_file(qtbot, database, export, tmp_path, monkeypatch):
    from mentordesk.ui.exchange.import_dialog import ImportDialog

    shown = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(
            lambda *a, n=name: shown.append((n, a[2])) or QMessageBox.StandardButton.Ok))
    data = copy.deepcopy(export)
    data["meetings"][0]["held_at"] = "last tuesday"
    before = row_counts(database)
    dialog = ImportDialog(path=str(_write(tmp_path, data)))
    qtbot.addWidget(dialog)
    dialog.run_preview()
    assert dialog.problems_list.item(0).text().startswith("meetings[0].held_at: ")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert shown and shown[0][0] == "warning" and "meetings[0].held_at" in shown[0][1]
    assert row_counts(database) == before


# --- files that are not a MentorDesk export at all: one clear line, never a traceback -------------

NOT_EXPORTS = {
    "list_at_top": "[]",
    "text_at_top": '"hello"',
    "people_is_text": '{"people": "Ann"}',
    "asks_is_text": '{"people": [], "asks": "soon"}',
    "record_is_a_list": '{"people": [["Ann"]]}',
    "tables_is_a_list": '{"people": [], "tables": []}',
    "version_is_text": '{"people": [], "version": "one"}',
    "deeply_nested": '{"people": ' + "[" * 100_000 + "]" * 100_000 + "}",
    "huge_integer": '{"people": [{"display_name": "A", "trust": ' + "9" * 5000 + "}]}",
    "not_a_number": '{"people": [{"display_name": "A", "trust": NaN}]}',
}


@pytest.mark.parametrize("text", NOT_EXPORTS.values(), ids=NOT_EXPORTS.keys())
def test_a_file_of_the_wrong_shape_gets_one_clear_line(db_path, tmp_path, capsys, text):
    path = _write(tmp_path, text)
    assert cli.main(["import", "--db", str(db_path), str(path)]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1, err
    assert err.startswith("mentordesk: error: file.json: ") and "Traceback" not in err
    assert _people_in(db_path) == 0


def test_a_huge_id_or_reference_is_a_record_problem_not_a_crash(database, export, tmp_path):
    data = copy.deepcopy(export)
    data["asks"][0]["person"] = 2 ** 80
    data["tables"]["opportunity"] = [{"id": 2 ** 90, "title": "X", "organization": 2 ** 70}]
    problems = _refused(_write(tmp_path, data))
    assert any(p.startswith("asks[0].person: there is no record") for p in problems)
    assert any(p.startswith("tables.opportunity[0].organization:") for p in problems)


def test_validation_never_raises_anything_but_validation_error():
    from mentordesk.services import validation as v
    from mentordesk.services.core import ValidationError

    for check in (lambda x: v.integer(x, "n"), lambda x: v.date(x, "d"), lambda x: v.datetime(x, "t"),
                  lambda x: v.choice(x, "c", {"a": "A"}), lambda x: v.text(x, "s")):
        for value in (float("inf"), float("nan"), 10 ** 5000, [1], {"a": [1]}, 2.5):
            try:
                check(value)
            except ValidationError as exc:
                assert len(str(exc)) < 200
    with pytest.raises(ServiceError):
        v.date("2024-05-31 junk", "d")
