"""Files in the encodings real apps write (#19 item 5): detected, not guessed; doubt is said in the preview."""

from __future__ import annotations

import re
from pathlib import Path

from mentordesk.exchange import decoding, registry
from mentordesk.models import Person
from mentordesk.ui.exchange.import_dialog import ImportDialog

from .helpers import everyone

LENIENT = Path(__file__).parent / "data" / "lenient"


def _import(name, fmt=None, **options):
    path = LENIENT / name
    return (registry.get(fmt) if fmt else registry.guess(path)).import_(path, {"backup": False, **options})


def test_utf16_without_a_bom_is_read_as_utf16(database):
    result = _import("utf16le_no_bom.vcf")
    assert result.new == 1 and not result.problems and not result.notes
    lukasz = everyone()["Łukasz Dąbrowski"]  # was "\u0141ukasz D\u0105..." read as bytes: "Aukasz D\x05\x01..."
    assert (lukasz["given_name"], lukasz["family_name"]) == ("Łukasz", "Dąbrowski")
    assert lukasz["notes"] == "Spotkaliśmy się w Gdańsku"
    assert lukasz["phones"][0]["phone"] == "+48 601 555 020"


def test_a_fold_through_a_utf8_character_keeps_the_file_utf8(database):
    result = _import("utf8_fold_splits_character.vcf")
    assert result.new == 1 and not result.problems and not result.notes
    amelie = everyone()["Amélie Dubois"]  # not "AmÃ©lie Dubois": the file is not read as cp1252
    assert amelie["notes"] == "x" * 69 + "é suite du texte, café crème"


def test_shift_jis_csv_from_japanese_outlook(database):
    result = _import("outlook_japanese_shift_jis.csv")
    assert result.new == 2 and not result.problems
    taro = next(p for p in everyone().values() if p["family_name"] == "山田")
    assert (taro["given_name"], taro["organization"], taro["title"]) == ("太郎", "株式会社サンプル", "営業部長")
    assert taro["emails"][0]["email"] == "taro.yamada@example.jp"
    assert taro["phones"] == [{"phone": "090-1234-5678", "label": "mobile"}]
    assert taro["notes"] == "東京の勉強会で会った"
    assert [(n.kind, n.reason) for n in result.notes] == [("info", "the file is not UTF-8; read it as Shift-JIS (Japanese)")]


def test_a_doubtful_encoding_is_said_with_the_lines_to_check(database):
    result = _import("outlook_western_cp1252.csv", preview=True)
    assert result.new == 2
    [warning] = [n for n in result.notes if n.kind == "warning"]
    assert "read it as Windows-1252 (Western European), but it may be Windows-1250 (Central European)" in warning.reason
    assert "line(s) 2 " in warning.reason  # "Anaïs Lefèvre" differs in cp1250; "Jürgen Weiß" reads the same
    assert "1 warning(s): check the preview" in result.summary()
    _import("outlook_western_cp1252.csv")
    assert sorted(everyone()) == ["Anaïs Lefèvre", "Jürgen Weiß"]


def test_central_european_text_is_never_garbled_silently(database):
    result = _import("central_european_cp1250.csv", preview=True)
    [warning] = [n for n in result.notes if n.kind == "warning"]
    assert "Windows-1250 (Central European)" in warning.reason and "line(s) 2, 3" in warning.reason


def test_the_preview_lists_the_encoding_doubt(qtbot, database):
    dialog = ImportDialog(path=str(LENIENT / "outlook_western_cp1252.csv"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.run_preview() is not None
    texts = [dialog.notes_list.item(i).text() for i in range(dialog.notes_list.count())]
    assert dialog.notes_list.isVisible() and any(t.startswith("check: ") and "Windows-1252" in t for t in texts)
    assert dialog.mapping_combo("Birthday").currentData() == "birthday"  # kept in the card, not left out
    assert re.search(r"\d+ notes? below", dialog.summary_label.text())


def test_leaving_the_unchanged_path_field_keeps_the_preview(qtbot, database):
    """Focus in the path field, preview, then click Import: the click used to be swallowed."""
    dialog = ImportDialog(path=str(LENIENT / "lotus_notes.vcf"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path_edit.setFocus()
    qtbot.waitUntil(dialog.path_edit.hasFocus)
    assert dialog.run_preview() is not None and dialog.import_button.isEnabled()
    dialog.import_button.setFocus()  # the path field's editingFinished fires
    qtbot.waitUntil(lambda: not dialog.path_edit.hasFocus())
    assert dialog.import_button.isEnabled() and dialog.outcome is not None
    assert Person.select().count() == 0


def test_decode_names_each_case():
    assert decoding.decode("Zoë".encode("utf-16-be")).encoding == "utf_16_be"
    assert decoding.decode(b"\xef\xbb\xbfZo\xc3\xab").text == "Zoë"
    unknown = decoding.decode(bytes(range(256)))
    assert unknown.notes[0].kind == "warning" and "could not tell" in unknown.notes[0].reason
    stray = decoding.decode("Zoë\nJosé\nAnn\xff\n".encode("utf-8").replace(b"\xc3\xbf", b"\xff"))
    assert stray.text == "Zoë\nJosé\nAnn\ufffd\n" and [n.line for n in stray.notes] == [3]


def test_a_doubtful_encoding_can_be_chosen_and_reads_the_letters_right(database):
    """cp1250 text reads as cp1252 by default (with the warning); the rivals are offered, and choosing
    Windows-1250 reads the Czech names right."""
    guessed = _import("central_european_cp1250.csv", preview=True)
    assert guessed.encodings[0] == "cp1252" and "cp1250" in guessed.encodings
    assert guessed.records[0][1]["display_name"] == "Antonín Dvoøák"  # the guess garbles the ř
    chosen = _import("central_european_cp1250.csv", encoding="cp1250")
    assert chosen.new == 2 and not chosen.encodings
    assert any("Windows-1250 (Central European), as chosen" in n.reason for n in chosen.notes)
    assert sorted(everyone()) == ["Antonín Dvořák", "Božena Němcová"]


def test_the_command_line_takes_an_encoding(tmp_path):
    import subprocess
    import sys

    db = tmp_path / "cli.db"
    base = [sys.executable, "-m", "mentordesk", "import", str(LENIENT / "central_european_cp1250.csv"), "--db", str(db)]
    done = subprocess.run([*base, "--encoding", "cp1250"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "as chosen" in done.stderr and "imported 2 people" in done.stdout
    found = subprocess.run([sys.executable, "-m", "mentordesk", "search", "Dvořák", "--db", str(db)],
                           capture_output=True, text=True, timeout=120)
    assert "Antonín Dvořák" in found.stdout, found.stdout
    bad = subprocess.run([*base, "--encoding", "klingon"], capture_output=True, text=True, timeout=120)
    assert bad.returncode != 0 and "unknown text encoding 'klingon'" in bad.stderr


def test_the_dialog_offers_the_rival_encodings_and_imports_with_the_chosen_one(qtbot, database, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    said = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a: said.append(a[2])))
    dialog = ImportDialog(path=str(LENIENT / "central_european_cp1250.csv"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.encoding.isVisible()  # nothing to choose before a preview
    dialog.run_preview()
    assert dialog.encoding.isVisible() and dialog.encoding.count() >= 2
    assert dialog.encoding.currentText() == "Windows-1252 (Western European) (detected)"
    from mentordesk.ui.exchange.preview_model import NAME

    names = lambda: {dialog.records_model.index(r, NAME).data() for r in range(dialog.records_model.rowCount())}  # noqa: E731
    assert "Antonín Dvoøák" in names()
    index = dialog.encoding.findData("cp1250")
    dialog.encoding.setCurrentIndex(index)
    dialog.encoding.activated.emit(index)  # what picking it with the mouse or keys sends
    assert names() == {"Antonín Dvořák", "Božena Němcová"}
    assert dialog.mapping_table.item(0, 1).text() == "Antonín Dvořák | Božena Němcová"  # the columns' values too
    assert dialog.encoding.isVisible() and dialog.encoding.currentData() == "cp1250"
    dialog.run_import()
    assert sorted(everyone()) == ["Antonín Dvořák", "Božena Němcová"] and said
