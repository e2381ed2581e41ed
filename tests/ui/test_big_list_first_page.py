"""A big list paints from its count and first page; the rest of its ids follow a frame later."""

from __future__ import annotations

from mentordesk.services import listing, people
from mentordesk.ui.areas.list_model import ID_ROLE, PAGE, RecordListModel
from tests.ui.bigdb import fill


def test_big_list_shows_its_first_page_then_reads_the_rest(database, qtbot, model_tester):
    fill(people=6000, organizations=20)
    model = RecordListModel("person", lazy=True)
    model.ensure_loaded()
    assert model.rowCount() == 6000 and len(model._ids) == PAGE, "count and first page only"
    everyone = listing.list_ids("person")
    assert [model.index(r, 0).data(ID_ROLE) for r in range(PAGE)] == everyone[:PAGE]
    assert model.partial
    model.complete_later()  # what the area's view does after its first paint
    qtbot.waitUntil(lambda: model._total is None, timeout=3000)
    assert model.ids() == everyone and model.rowCount() == 6000
    model_tester.check(model)


def test_a_row_past_the_first_page_reads_the_rest_at_once(database):
    fill(people=6000, organizations=20)
    model = RecordListModel("person", lazy=True)
    model.ensure_loaded()
    last = listing.list_ids("person")[-1]
    assert model.index(5999, 0).data(ID_ROLE) == last
    assert model.row_of(last) == 5999 and model._total is None


def test_a_write_before_the_rest_is_read_refreshes_the_list(database, qtbot):
    fill(people=6000, organizations=20)
    model = RecordListModel("person", lazy=True)
    model.ensure_loaded()
    added = people.create_person(display_name="Aaron Aardvark").id
    model.complete_later()
    qtbot.waitUntil(lambda: model._total is None and model.rowCount() == 6001, timeout=3000)
    assert model.row_of(added) == 0


def test_the_people_area_reads_the_rest_after_painting(qtbot, database, settings):
    from mentordesk.ui.main_window import MainWindow

    fill(people=6000, organizations=20)
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    window.show_area("people")
    window.show()
    model = window.record_areas["people"].model
    qtbot.waitUntil(lambda: not model.partial, timeout=3000)
    assert model.rowCount() == 6000 and model.ids() == listing.list_ids("person")
