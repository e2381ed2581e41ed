"""Every item model of the main window passes pytest-qt's model tester."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from mentordesk.services.search import search
from mentordesk.ui.areas.list_model import ID_ROLE, RecordListModel
from mentordesk.ui.search_panel import SearchResultsModel


@pytest.mark.parametrize("kind", ["person", "organization", "meeting", "advice", "ask"])
def test_record_list_models(demo_db, qapp, model_tester, kind):  # faces need the app's font
    model = RecordListModel(kind)
    assert model.rowCount() > 0
    model_tester.check(model)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    model_tester.check(model)
    model.set_filter("a")
    model_tester.check(model)
    assert all(model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount()))


def test_person_list_sorts_in_sql(demo_db):
    model = RecordListModel("person")
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert names == sorted(names, key=str.lower)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == names[::-1]


def test_search_results_model(demo_db, model_tester):
    model = SearchResultsModel()
    model.show_hits(search("ux"))
    assert model.rowCount() >= 2
    model_tester.check(model)


def test_a_hidden_list_marks_itself_stale_and_catches_up_when_shown(window, qtbot):
    """Edits re-query only the lists on screen; a hidden one refreshes once, when it shows again."""
    from mentordesk.models import Person

    asks = window.record_areas["asks"]
    window.show_area("asks")
    asks.model.ensure_loaded()
    window.show_area("people")
    refreshes = []
    asks.model.refreshed.connect(lambda: refreshes.append(1))
    maya = Person.get(Person.display_name == "Maya Chen")
    for name in ("Maya Chen-Park", "Maya C. Park", "Maya Park"):
        window.edits.update("person", maya.id, {"display_name": name})
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.processEvents()  # run any queued refresh (zero-interval timers): there must be none
    assert refreshes == []
    window.show_area("asks")
    assert len(refreshes) == 1
    column = [c.key for c in asks.model.spec.columns].index("person")
    names = {asks.model.index(row, column).data() for row in range(asks.model.rowCount())}
    assert "Maya Park" in names and "Maya Chen" not in names
