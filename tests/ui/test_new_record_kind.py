"""A new kind of record needs its model, its services, one core declaration and one area declaration:
nothing else. Declared here as a throw-away "Gift", it is listed, searchable, editable, undoable and exported."""

from __future__ import annotations

import json

import pytest
from peewee import TextField

from mentordesk import db as dbmod
from mentordesk import models
from mentordesk.services import kinds, search
from mentordesk.services.core import ValidationError, changed, get_or_not_found, transactional
from mentordesk.services.kinds import Column, ListSpec, RecordKind, SearchSpec


class Gift(models.BaseModel):
    """A gift given to (or by) someone in the network."""

    name = TextField()
    note = TextField(default="")


@transactional
def create_gift(**data) -> Gift:
    if not (data.get("name") or "").strip():
        raise ValidationError("name", "is required")
    gift = Gift.create(name=data["name"].strip(), note=data.get("note") or "")
    search.reindex("gift", [gift.id])
    changed("gift", [gift.id])
    return gift


@transactional
def update_gift(gift_id: int, **data) -> Gift:
    gift = get_or_not_found(Gift, gift_id, "gift")
    for key in ("name", "note"):
        if key in data:
            setattr(gift, key, data[key])
    gift.save()
    search.reindex("gift", [gift_id])
    changed("gift", [gift_id])
    return gift


@transactional
def delete_gift(gift_id: int) -> None:
    Gift.delete_by_id(gift_id)
    search.reindex("gift", [gift_id])
    changed("gift", [gift_id])


def gift_data(gift_id: int) -> dict:
    return dict(get_or_not_found(Gift, gift_id, "gift").__data__)


def capture_gift(gift_id: int) -> dict:
    return {"rows": [gift_data(gift_id)]}


@transactional
def restore_gift(snapshot: dict) -> None:
    Gift.insert_many(snapshot["rows"]).execute()
    ids = [row["id"] for row in snapshot["rows"]]
    search.reindex("gift", ids)
    changed("gift", ids)


GIFT = RecordKind(
    "gift", "gifts", "Gift", Gift, create_gift, update_gift, delete_gift, gift_data, capture_gift,
    lambda data: data.get("name") or "",
    ListSpec("gift", "gift t", (Column("name", "Name", "t.name"), Column("note", "Note", "t.note"))),
    SearchSpec("gift_fts", ("name", "note"), "SELECT id, name, note FROM gift WHERE id IN ({ids})",
               "SELECT id, name, note FROM gift WHERE id IN ({ids})"),
    restore=restore_gift,
)


@pytest.fixture
def gifts(db_path):
    """The Gift kind declared (core and UI) over a fresh database; forgotten afterwards."""
    from mentordesk.ui.areas.area import RecordArea
    from mentordesk.ui.areas.registry import AreaDeclaration, declare_area, forget_area
    from mentordesk.ui.widgets.forms import Field

    kinds.register(GIFT)
    declare_area(AreaDeclaration("gifts", "gift", lambda: "Gifts",
                                 lambda edits, parent=None: RecordArea("gift", "Gifts", edits, parent),
                                 fields=lambda: [Field("name", "Name", required=True), Field("note", "Note", "text")],
                                 count=("%Ln present", "%Ln presents"), icon="asks"))
    dbmod.open_database(db_path)
    yield
    dbmod.close_database()
    forget_area("gifts")
    kinds.unregister("gift")
    models.ALL_MODELS.remove(Gift)


def test_a_declared_kind_is_listed_searchable_undoable_and_exported(gifts, make_window, qtbot, tmp_path):
    window = make_window()
    window.finish_startup()
    assert "gifts" in window.area_keys()
    window.show_area("gifts")
    area = window.record_areas["gifts"]

    window.actions["new"].trigger()  # File > New, then typed into its form as a person does
    qtbot.keyClicks(area.editor.form.widgets["name"], "Blue teapot")
    window.actions["save"].trigger()
    gift = Gift.get(Gift.name == "Blue teapot")

    qtbot.waitUntil(lambda: area.model.row_of(gift.id) >= 0)  # listed
    assert [(h.kind, h.id) for h in search.search("teapot")] == [("gift", gift.id)]  # searchable
    from mentordesk.services.health import stats

    assert stats()["gifts"] == 1

    window.edits.stack.undo()  # undoable
    assert Gift.get_or_none(Gift.id == gift.id) is None and search.search("teapot") == []
    window.edits.stack.redo()
    assert Gift.get_by_id(gift.id).name == "Blue teapot"

    from mentordesk.exchange import registry

    out = tmp_path / "all.json"
    registry.get("json").export(out, None, {})  # exported
    assert json.loads(out.read_text())["tables"]["gift"][0]["name"] == "Blue teapot"


def test_a_declared_area_words_its_count_search_heading_and_icon(gifts, make_window, qtbot):
    """The count, the search group's heading and the sidebar icon come from the declaration, no table by kind."""
    from mentordesk.ui.search_panel import kind_heading

    Gift.create(name="Blue teapot")
    window = make_window()
    window.finish_startup()
    window.show_area("gifts")
    area = window.record_areas["gifts"]
    qtbot.waitUntil(lambda: area.count.text() == "1 present")
    assert kind_heading("gift") == "Gifts"
    item = window.sidebar.item(window.area_keys().index("gifts"))
    assert not item.icon().isNull()  # declared icon="asks": gifts.svg does not exist


def test_a_kind_declares_what_its_delete_takes_with_it_and_the_area_asks(gifts, make_window, dialogs):
    import dataclasses

    kinds.register(dataclasses.replace(GIFT, deletion=lambda gift_id: "Delete the gift and its thank-you note."))
    gift = create_gift(name="Green scarf")
    window = make_window()
    window.show_area("gifts")
    area = window.record_areas["gifts"]
    assert area.select(gift.id)
    window.actions["delete"].trigger()
    assert ("question", "Delete gift") == dialogs.calls[-1][:2]
    assert "thank-you note" in dialogs.calls[-1][2]
    assert Gift.get_or_none(Gift.id == gift.id) is None  # answered Yes
