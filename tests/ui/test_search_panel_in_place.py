"""The global search page rewrites its results in place as the user types (cheap keystrokes, make bench: search_p95_ms)."""

from __future__ import annotations

from PySide6.QtCore import QPersistentModelIndex, Qt

from mentordesk.services.search import search
from mentordesk.ui.search_panel import ID_ROLE, PER_KIND, SearchResultsModel


def shown(model) -> list:
    """What the results page lists: each group's heading with its rows (title, details, id)."""
    groups = []
    for r in range(model.rowCount()):
        group = model.index(r, 0)
        rows = [(model.index(c, 0, group).data(), model.index(c, 1, group).data(),
                 model.index(c, 0, group).data(ID_ROLE)) for c in range(model.rowCount(group))]
        groups.append((group.data(), rows))
    return groups


def fresh(text: str) -> list:
    model = SearchResultsModel()
    model.show_hits(search(text, limit_per_kind=PER_KIND))
    return shown(model)


def test_typing_on_rewrites_the_rows_without_resetting_the_model(window, qtbot):
    """Each keystroke keeps the rows on screen and rewrites them; the page shows what a fresh search shows."""
    window.focus_search()
    with qtbot.waitSignal(window.search_panel.searched, timeout=2000):
        qtbot.keyClick(window.search_box, "m")
    panel = window.search_panel
    resets = []
    panel.model.modelAboutToBeReset.connect(lambda: resets.append(True))
    first_row = QPersistentModelIndex(panel.first_hit())
    assert first_row.isValid()

    for char in "aya":
        with qtbot.waitSignal(panel.searched, timeout=2000):
            qtbot.keyClick(window.search_box, char)
        assert shown(panel.model) == fresh(window.search_box.text())
    assert not resets
    assert first_row.isValid() and first_row == QPersistentModelIndex(panel.first_hit())  # the same row, rewritten
    assert first_row.data() == shown(panel.model)[0][1][0][0]

    for _ in range(3):  # back to "m": groups and rows that went come back, expanded
        with qtbot.waitSignal(panel.searched, timeout=2000):
            qtbot.keyClick(window.search_box, Qt.Key.Key_Backspace)
        assert shown(panel.model) == fresh(window.search_box.text())
    assert not resets
    assert all(panel.view.isExpanded(panel.model.index(r, 0)) for r in range(panel.model.rowCount()))


def test_groups_that_come_and_go_are_inserted_and_removed_in_place(demo_db, model_tester):
    """Searches whose kinds differ leave the model as a fresh search would, checked by Qt's model tester."""
    model = SearchResultsModel()
    model_tester.check(model)
    for text in ("maya", "qqxxzz", "ux", "m", "maya chen", "ux"):
        model.show_hits(search(text, limit_per_kind=PER_KIND))
        assert shown(model) == fresh(text)
    model_tester.check(model)
