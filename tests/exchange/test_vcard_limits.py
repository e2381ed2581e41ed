"""Huge vCards: an oversized photo is left out with a note per contact; a huge file is refused by name."""

from __future__ import annotations

import base64
import os
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from mentordesk import cli
from mentordesk.exchange import registry, vcard_limits
from mentordesk.models import Person
from mentordesk.services.core import ServiceError
from mentordesk.ui.exchange.import_dialog import ImportDialog


def _photo_card(name: str, photo_bytes: int, version: str = "3.0") -> str:
    data = base64.b64encode(os.urandom(photo_bytes)).decode()
    chunks = [data[i:i + 74] for i in range(0, len(data), 74)]
    if version == "2.1":  # phones write 2.1 base64 unindented, ended by a blank line
        photo = "PHOTO;ENCODING=BASE64;JPEG:" + "\r\n".join(chunks) + "\r\n"
    else:
        photo = "PHOTO;ENCODING=b;TYPE=JPEG:" + "\r\n ".join(chunks)
    return (f"BEGIN:VCARD\r\nVERSION:{version}\r\nFN:{name}\r\nN:{name.split()[-1]};{name.split()[0]};;;\r\n"
            f"{photo}\r\nEMAIL:{name.split()[0].lower()}@example.com\r\nEND:VCARD\r\n")


def _plain_card(name: str) -> str:
    return f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nEND:VCARD\r\n"


def _import(path, **options):
    return registry.get("vcard").import_(str(path), {"backup": False, **options})


def test_a_16_mb_photo_is_left_out_quickly_and_reported_for_that_contact(database, tmp_path):
    path = tmp_path / "big.vcf"
    path.write_text(_photo_card("Bea Big", 12_000_000) + _plain_card("Sam Small"), encoding="utf-8")
    started = time.monotonic()
    result = _import(path)
    assert time.monotonic() - started < 10
    assert result.new == 2 and not result.problems
    assert len(result.notes) == 1 and result.notes[0].line == 1
    assert "Bea Big" in result.notes[0].reason and "photo left out" in result.notes[0].reason
    bea = Person.get(Person.display_name == "Bea Big")
    assert "PHOTO" not in bea.vcard and [e.email for e in bea.emails] == ["bea@example.com"]
    assert "oversized" in result.summary()


def test_a_small_photo_is_kept_for_the_round_trip(database, tmp_path):
    path = tmp_path / "small.vcf"
    path.write_text(_photo_card("Pia Photo", 40_000), encoding="utf-8")
    result = _import(path)
    assert result.new == 1 and not result.notes
    assert "PHOTO" in Person.get(Person.display_name == "Pia Photo").vcard


def test_an_unindented_vcard_21_photo_is_left_out_and_the_card_still_read(database, tmp_path):
    path = tmp_path / "phone.vcf"
    path.write_text(_photo_card("Ola Old", 3_000_000, "2.1") + _plain_card("Next One"), encoding="utf-8")
    result = _import(path)
    assert result.new == 2 and len(result.notes) == 1 and not result.problems
    assert [e.email for e in Person.get(Person.display_name == "Ola Old").emails] == ["ola@example.com"]


def test_line_numbers_of_later_problems_still_point_into_the_file(database, tmp_path):
    text = _photo_card("Bea Big", 2_000_000) + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Broken\r\n"
    path = tmp_path / "mixed.vcf"
    path.write_text(text, encoding="utf-8")
    result = _import(path, preview=True)
    broken_line = text.split("\r\n").index("FN:Broken") - 1
    assert [p.line for p in result.problems] == [broken_line]


def test_a_vcard_file_over_the_limit_is_refused_by_name(database, tmp_path):
    path = tmp_path / "everything.vcf"
    with open(path, "wb") as handle:
        handle.truncate(vcard_limits.MAX_FILE_BYTES + 1)  # sparse: nothing is written or read
    with pytest.raises(ServiceError, match=r"everything\.vcf is 64\.0 MB; MentorDesk imports vCard files up to"):
        _import(path)


def test_cli_prints_the_left_out_photo(database, db_path, tmp_path, capsys):
    path = tmp_path / "big.vcf"
    path.write_text(_photo_card("Bea Big", 2_000_000), encoding="utf-8")
    assert cli.main(["import", "--db", str(db_path), str(path)]) == 0
    err = capsys.readouterr().err
    assert f"{path}:1: contact (Bea Big): photo left out" in err


def test_dialog_preview_shows_the_note_and_can_be_cancelled(qtbot, database, tmp_path, monkeypatch):
    path = tmp_path / "many.vcf"
    path.write_text(_photo_card("Bea Big", 2_000_000) + "".join(_plain_card(f"Person {i}") for i in range(600)),
                    encoding="utf-8")
    dialog = ImportDialog(path=str(path))
    qtbot.addWidget(dialog)
    assert dialog.run_preview() is not None
    assert "1 note below" in dialog.summary_label.text()
    assert dialog.notes_list.isVisibleTo(dialog) and "Bea Big" in dialog.notes_list.item(0).text()
    assert "photo left out" in dialog.notes_list.item(0).text()
    assert dialog.summary_label.textFormat() == Qt.TextFormat.PlainText
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    assert dialog.run_preview() is None
    assert "cancelled" in dialog.summary_label.text() and not dialog.import_button.isEnabled()
    assert Person.select().count() == 0
