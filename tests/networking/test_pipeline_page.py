"""The asks pipeline with qtbot: drag and click change status (undoably), warm-up warning, thank-you reminder."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox

from mentordesk.models import Ask
from mentordesk.services import asks, meetings, people
from mentordesk.ui.areas.pipeline import AsksPipeline
from mentordesk.ui.undo import Edits


@pytest.fixture
def board(qtbot, database):
    maya = people.create_person(display_name="Maya")
    meetings.log_meeting(held_at=dt.datetime.now().replace(microsecond=0) - dt.timedelta(days=20), attendee_ids=[maya.id])
    cold = people.create_person(display_name="Cold Contact")
    meetings.log_meeting(held_at=dt.datetime.now().replace(microsecond=0) - dt.timedelta(days=400), attendee_ids=[cold.id])
    widget = AsksPipeline(Edits())
    widget.maya, widget.cold = maya.id, cold.id
    widget.warm_ask = asks.create_ask(person_id=maya.id, purpose="Referral", status="idea").id
    widget.cold_ask = asks.create_ask(person_id=cold.id, purpose="Letter", status="idea").id
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: len(widget.cards("idea")) == 2)
    return widget


def _drop(board, ask_id, source_status, target_status):
    source = board.columns[source_status]
    item = next(source.item(i) for i in range(source.count()) if source.item(i).data(Qt.ItemDataRole.UserRole) == ask_id)
    mime = source.mimeData([item])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    board.columns[target_status].dropEvent(event)


def test_drag_a_card_to_another_column_changes_status(board, qtbot, monkeypatch):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Yes)
    _drop(board, board.warm_ask, "idea", "asked")
    qtbot.waitUntil(lambda: board.warm_ask in board.cards("asked"))
    assert Ask.get_by_id(board.warm_ask).status == "asked"
    assert Ask.get_by_id(board.warm_ask).asked_on == dt.date.today()
    assert asked == []  # Maya was met 20 days ago: no warm-up warning
    board.edits.stack.undo()
    qtbot.waitUntil(lambda: board.warm_ask in board.cards("idea"))
    assert Ask.get_by_id(board.warm_ask).status == "idea"


def test_click_next_step_and_move_to(board, qtbot):
    board.select(board.warm_ask)
    qtbot.mouseClick(board.forward, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: board.warm_ask in board.cards("asked"))
    actions = {a.data(): a for a in board.move_button.menu().actions()}
    actions["declined"].trigger()
    qtbot.waitUntil(lambda: board.warm_ask in board.cards("declined"))
    assert Ask.get_by_id(board.warm_ask).status == "declined"


def test_warm_up_warning_before_asking_a_cold_contact(board, qtbot, monkeypatch):
    shown = []

    def refuse(parent, title, text, *args, **kwargs):
        shown.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", refuse)
    assert board.move_ask(board.cold_ask, "asked") is False
    assert "over six months ago" in shown[0] and "Warm up first" in shown[0]
    assert Ask.get_by_id(board.cold_ask).status == "idea"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert board.move_ask(board.cold_ask, "asked") is True
    assert Ask.get_by_id(board.cold_ask).status == "asked"


def test_done_ask_reminds_to_thank(board, qtbot):
    board.move_ask(board.warm_ask, "done")
    qtbot.waitUntil(lambda: board.warm_ask in board.cards("done"))
    assert board.thanks_bar.isVisible()
    assert "Remember to thank Maya" in board.thanks_text.text()
    qtbot.mouseClick(board.thanks_done, Qt.MouseButton.LeftButton)
    assert Ask.get_by_id(board.warm_ask).thanked
    assert not board.thanks_bar.isVisible()


def test_columns_are_valid_models(board, model_tester):
    for column in board.columns.values():
        model_tester.check(column.model())


def test_after_a_drag_move_to_acts_on_the_dropped_card_which_keeps_its_due_date(board, qtbot, monkeypatch):
    """Dragging B while A was selected: the view re-selects a card under the mouse as the drag ends; the
    move must still act on B, and "Move to ▸ Declined" next must decline B, not a card left behind."""
    from PySide6.QtCore import QCoreApplication

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    due = dt.date.today() + dt.timedelta(days=9)
    asks.update_ask(board.warm_ask, due_on=due)
    board.refresh()
    board.select(board.cold_ask)  # A is selected…
    _drop(board, board.warm_ask, "idea", "asked")  # …while B is dragged
    board.columns["idea"].setCurrentRow(0)  # what the source view does as the drag ends
    QCoreApplication.processEvents()
    assert Ask.get_by_id(board.warm_ask).status == "asked"
    card = board.columns["asked"].item(0)
    assert str(due.day) in card.text() and "due" in card.text(), card.text()
    board.move_selected("declined")
    assert Ask.get_by_id(board.warm_ask).status == "declined"
    assert Ask.get_by_id(board.cold_ask).status == "idea"


def test_the_thank_you_reminder_goes_when_its_move_is_undone(board, qtbot):
    board.select(board.warm_ask)
    board.move_ask(board.warm_ask, "done")
    assert board.thanks_bar.isVisible()
    board.edits.stack.undo()
    qtbot.waitUntil(lambda: board.warm_ask in board.cards("idea"))
    assert not board.thanks_bar.isVisible()
