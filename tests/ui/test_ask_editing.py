"""Creating an ask from the Asks area with the keyboard, as a person does (it crashed on every save)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from mentordesk.models import Ask, Person


def test_a_new_ask_typed_into_the_asks_area_saves_with_its_kind(window, qtbot):
    window.show_area("asks")
    qtbot.keySequence(window, QKeySequence.StandardKey.New)
    area = window.record_areas["asks"]
    form = area.editor.form
    assert area.editor.creating
    picker = form.widgets["person_id"]
    picker.setFocus()
    qtbot.keyClicks(picker, "Maya")
    qtbot.keyClick(picker, Qt.Key.Key_Return)  # Enter takes the best suggestion
    maya = Person.get(Person.display_name == "Maya Chen")
    assert picker.person_id() == maya.id
    kind = form.widgets["kind"]
    kind.setCurrentIndex(kind.findData("referral"))
    qtbot.keyClicks(form.widgets["purpose"], "Referral to the design team")
    before = Ask.select().count()
    qtbot.keySequence(window, QKeySequence.StandardKey.Save)
    assert Ask.select().count() == before + 1
    ask = Ask.get(Ask.purpose == "Referral to the design team")
    assert ask.kind == "referral" and ask.person_id == maya.id
    assert not area.editor.is_dirty()
    window.edits.stack.undo()
    assert Ask.get_or_none(Ask.purpose == "Referral to the design team") is None


def test_values_never_collide_with_the_kind_parameter(window):
    """`Edits.create(kind, values)`: an ask's own field called "kind" is just a value."""
    maya = Person.get(Person.display_name == "Maya Chen")
    ask_id = window.edits.create_ask({"person_id": maya.id, "kind": "letter", "purpose": "A letter"})
    window.edits.update("ask", ask_id, {"kind": "introduction"})
    assert Ask.get_by_id(ask_id).kind == "introduction"
