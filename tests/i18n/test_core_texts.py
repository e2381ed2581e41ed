"""The core's own sentences (mentordesk.texts: T_/N_/P_ templates) reach a German user in German, where the UI
shows them, and stay English, byte for byte, without a translator (the command line)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QMessageBox

from mentordesk import texts
from mentordesk.services import advice, asks, meetings, people
from mentordesk.ui import i18n

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import translations  # noqa: E402  (tools/translations.py: what `make translations` runs)


@pytest.fixture
def in_german(qapp):
    """The translators the app installs for a German locale (the core's texts included) and German dates and
    numbers, as with LANG=de_DE.UTF-8; English again after."""
    before = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    assert i18n.install_translators(qapp, QLocale("de_DE")) == "de"
    assert texts.translating()
    yield
    QLocale.setDefault(before)
    i18n.install_translators(qapp, QLocale("en_US"))
    assert not texts.translating()


@pytest.fixture
def boxes(monkeypatch):
    """QMessageBox's static boxes recorded (and answered Yes) instead of shown."""
    calls = []

    def record(kind):
        def show(_parent, title, text, *args, **kwargs):
            calls.append((kind, title, text))
            return QMessageBox.StandardButton.Yes if kind == "question" else QMessageBox.StandardButton.Ok
        return show

    for kind in ("question", "information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(record(kind)))
    return calls


def test_every_core_template_is_a_literal_lupdate_can_read():
    found, bad = translations.core_templates()
    assert not bad, "T_/N_/P_ calls whose template is not a string literal (lupdate cannot extract them):\n" + \
        "\n".join(bad)
    templates = dict(found)
    assert templates["{n} advice note(s)"] == "{n} advice note(s)"  # counted: English forms kept for en.ts
    assert templates["Delete {name}."] is None


def test_the_scan_finds_templates_that_are_not_literals(tmp_path):
    source = tmp_path / "sample.py"
    source.write_text("from mentordesk.texts import N_, P_, T_\n"
                      "T_('Fine {x}', x=1)\n"
                      "T_(f'Built {name}')\n"
                      "P_(n, '{n} thing', '{n} things')\n"
                      "P_(n, label)\n"
                      "N_(variable)\n", encoding="utf-8")
    found, bad = translations.core_templates([source])
    assert found == [("Fine {x}", None), ("{n} things", "{n} thing")]
    assert [line.split(":")[1] for line in bad] == ["3", "5", "6"]


def test_without_a_translator_the_core_writes_its_english():
    texts.install(None)
    plan = people.DeletionPlan(person_id=1, name="Ann Lee", advice=1, asks=2, solo_meetings=1, shared_meetings=3,
                               introduced=0)
    assert plan.describe() == ("Delete Ann Lee with 1 advice note(s), 2 ask(s), 1 meeting(s) only they attended. "
                               "3 meeting(s) with other people are kept without them.")
    assert texts.P_(1, "{n} thing", "{n} things") == "1 thing" and texts.P_(2, "{n} thing", "{n} things") == "2 things"


def test_the_core_speaks_german_once_the_app_does(in_german):
    from mentordesk.exchange.registry import ImportRefused, ImportResult, Problem

    plan = people.DeletionPlan(person_id=1, name="Ann Lee", advice=1, asks=2, solo_meetings=0, shared_meetings=1,
                               introduced=0)
    assert plan.describe() == ("Ann Lee mit 1 Ratschlag, 2 Anfragen löschen. "
                               "1 Treffen mit anderen Personen bleibt ohne diese Person erhalten.")
    result = ImportResult(new=3, preview=True, problems=[Problem(4, "x")])
    assert result.summary() == "würde 3 Personen importieren; 1 fehlerhafter Datensatz weggelassen"
    assert str(ImportRefused("a.vcf", [Problem(4, "x"), Problem(9, "y")])) == \
        "a.vcf: Zeile 4: x (und 1 weiterer); nichts wurde importiert"


def test_the_delete_confirmation_in_german(in_german, qtbot, database, boxes):
    """Deleting a person with advice and asks asks first, in the user's language (the sentence is the core's)."""
    from mentordesk.ui.main_window import MainWindow

    ann = people.create_person(display_name="Ann Lee")
    bo = people.create_person(display_name="Bo Chen")
    advice.create_advice(person_id=ann.id, advice="Talk to the data team")
    asks.create_ask(person_id=ann.id, kind="introduction", purpose="An intro to Bo")
    meetings.log_meeting(held_at="2026-01-05 10:00", attendee_ids=[ann.id, bo.id])
    window = MainWindow()
    qtbot.addWidget(window)
    window.show_area("people")
    area = window.record_areas["people"]
    assert area.select(ann.id)
    window.actions["delete"].trigger()
    kind, title, text = boxes[0]
    assert kind == "question" and title == "Person löschen"
    assert ("Ann Lee mit 1 Ratschlag, 1 Anfrage löschen. 1 Treffen mit anderen Personen bleibt ohne diese Person "
            "erhalten.") in text, text
    assert people.Person.get_or_none(people.Person.id == ann.id) is None  # answered Yes: deleted


def test_the_import_dialog_in_german(in_german, qtbot, database, tmp_path, boxes):
    """The preview's problems and the summary after the import come from the core, in German."""
    from mentordesk.ui.exchange.import_dialog import ImportDialog

    path = tmp_path / "in.vcf"
    path.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Ann Lee\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:Bo Chen\n"
                    "EMAIL:bo@example.com\nEND:VCARD\nstray text\n"
                    "BEGIN:VCARD\nVERSION:3.0\nFN:Cy Bad\nEMAIL:not-an-address\nEND:VCARD\n", encoding="utf-8")
    dialog = ImportDialog(path=str(path))
    qtbot.addWidget(dialog)
    dialog.run_preview()
    assert [dialog.problems_list.item(i).text() for i in range(dialog.problems_list.count())] == [
        "Zeile 10: unerwarteter Text außerhalb einer Karte: 'stray text'",
        "Zeile 11: Cy Bad: E-Mail-Adressen: 'not-an-address' sieht nicht wie eine E-Mail-Adresse aus"]
    dialog.skip_invalid.setChecked(True)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert ("information", "Importieren", "2 Personen importiert; 2 fehlerhafte Datensätze weggelassen") in boxes, boxes


def test_the_crossroads_analysis_and_report_in_german(in_german, demo_db):
    """The engine's reasons, the plan and the stored decision's report read German, numbers and dates included."""
    from mentordesk.crossroads import report, service

    answers = service.latest_answers()
    result = service.analyse(answers).result
    assert result.certainty_reasons[0].startswith("der Vorsprung beträgt 0,"), result.certainty_reasons
    assert "dein eigenes Vertrauen in die Bewertungen liegt bei" in "; ".join(result.certainty_reasons)
    assert result.flip.text.startswith(("Würdest du", "Wenn dir")), result.flip.text
    assert "Gegenüber dem Bleiben".lower() in report.money_line(result.to_dict(), answers).lower()
    html = report.decision_html(service.decision_data(service.latest_decision_id()))
    for german in ("Scheideweg-Entscheidung", "Empfehlung: <b>Den Bereich wechseln: UX research</b>", "Der Plan",
                   "Was dein Netzwerk gesagt hat", "Gewichtete Bewertung (von 5)", "Entschieden am "):
        assert german in html, german
    for english in ("Recommendation", "The plan", "What your network said", "Weighted score", "certainty"):
        assert english not in html, english


def test_the_crossroads_report_stays_english_without_a_translator(demo_db):
    from mentordesk.crossroads import report, service

    texts.install(None)
    html = report.decision_html(service.decision_data(service.latest_decision_id()))
    assert "Recommendation: <b>Switch fields: UX research</b>" in html and "Weighted score (of 5)" in html


def test_sync_reports_in_german(in_german):
    from mentordesk.sync.engine import KindReport
    from mentordesk.sync.guard import MassDeletion

    report = KindReport(uploaded=2, downloaded=1, deleted_remote=0, conflicts=1)
    assert report.describe() == "2 hochgeladen, 1 heruntergeladen, 0 gelöscht, 1 Konflikt"
    stop = MassDeletion("dav.example.com", {"person": ["Ann Lee", "Bo Chen"]})
    assert stop.headline == ("dav.example.com hat 2 Personen (Ann Lee, Bo Chen) nicht mehr; weder hier noch dort "
                             "wurde etwas geändert")
    texts.install(None)
    assert report.describe() == "2 up, 1 down, 0 deleted, 1 conflict(s)"


def test_an_imported_records_validation_problem_in_german(in_german):
    """The import's problems carry the services' validation messages, matched to their German templates."""
    from mentordesk.exchange import importer
    from mentordesk.services import ValidationError

    reason = importer.describe({"display_name": "Ann Lee"}, ValidationError("trust", "must be between 1 and 5 (got 9)"))
    assert reason == "Ann Lee: Vertrauen (1–5): muss zwischen 1 und 5 liegen (war 9)"  # the editor's label


def test_health_problems_and_a_busy_file_in_german(in_german, database, tmp_path):
    """Check Database's counts and the message when another program holds the file speak German."""
    from mentordesk.services import health, meetings, people
    from mentordesk.storage import StorageBusy, UseLock, exclusive_use
    from mentordesk.texts import N_

    ann = people.create_person(display_name="Ann Lee")
    meeting = meetings.log_meeting(held_at="2026-01-05 10:00", attendee_ids=[ann.id])
    database.execute_sql("DELETE FROM meeting_attendee WHERE meeting_id = ?", (meeting.id,))
    assert "1 Treffen hat keine Teilnehmer" in health.check(), health.check()
    path = tmp_path / "shared.db"
    path.write_bytes(b"")
    other = UseLock(path)
    other.share()  # another window has the file open
    try:
        with pytest.raises(StorageBusy) as refused, exclusive_use(path, N_("restore")):
            pass
    finally:
        other.release()
    assert str(refused.value).startswith(f"Wiederherstellen von {path} ist nicht möglich: Die Datei ist in ")
    assert "schließe sie dort zuerst" in str(refused.value)
