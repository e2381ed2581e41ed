"""Lists show what matters (#18 item 1): the meaningful column stretches, short ones fit, cut-short text shows
whole in a tooltip, resized widths come back; Today's "Why" reads whole at 1280 px, six asks fit, no button
overlaps another."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QHeaderView, QToolTip

from mentordesk.services import kinds
from mentordesk.ui.areas.columns import is_elided


def _widths(area) -> dict[str, int]:
    return {area.model.column_key(c): area.view.columnWidth(c) for c in range(area.model.columnCount())}


def test_the_meaningful_columns_stretch_and_short_ones_fit_at_1280(window, qtbot):
    window.resize(1280, 800)
    for key in ("people", "advice", "asks", "meetings"):
        window.show_area(key)
        area = window.record_areas[key]
        qtbot.waitUntil(lambda: area.model.rowCount() > 0)
        columns = kinds.get(area.kind).listing.columns
        stretch = [c.key for c in columns if c.width == "stretch"]
        fit = [c.key for c in columns if c.width != "stretch"]
        widths = _widths(area)
        assert stretch and fit
        header = area.view.horizontalHeader()
        for index, column in enumerate(columns):
            expected = QHeaderView.ResizeMode.Stretch if column.width == "stretch" else QHeaderView.ResizeMode.Interactive
            assert header.sectionResizeMode(index) == expected, (key, column.key)
        # every stretch column is wider than every short one
        assert min(widths[k] for k in stretch) > max(widths[k] for k in fit), (key, widths)


def test_short_columns_show_their_values_whole(window, qtbot):
    """Dates, words and stars fit their column: no "9 Nov 20…" at 1280 px."""
    window.resize(1280, 800)
    for key, column_keys in (("people", ("last_met_on", "trust")), ("advice", ("given_on", "path", "stance")),
                             ("meetings", ("held_at", "kind"))):
        window.show_area(key)
        area = window.record_areas[key]
        qtbot.waitUntil(lambda: area.model.rowCount() > 0)
        for row in range(min(area.model.rowCount(), 30)):
            for column in range(area.model.columnCount()):
                if area.model.column_key(column) in column_keys:
                    index = area.model.index(row, column)
                    assert not is_elided(area.view, index), (key, index.data())


def _tooltip_at(qtbot, view, index) -> str:
    QToolTip.hideText()
    qtbot.waitUntil(lambda: not QToolTip.isVisible())  # Qt hides a tooltip a moment later
    rect = view.visualRect(index)
    position = rect.center()
    event = QHelpEvent(QEvent.Type.ToolTip, position, view.viewport().mapToGlobal(position))
    QApplication.sendEvent(view.viewport(), event)
    return QToolTip.text() if QToolTip.isVisible() else ""


def test_text_cut_short_shows_whole_in_a_tooltip_and_short_text_has_none(window, qtbot):
    window.resize(1600, 900)
    window.show_area("advice")
    area = window.record_areas["advice"]
    qtbot.waitUntil(lambda: area.model.rowCount() > 0)
    column = next(c for c in range(area.model.columnCount()) if area.model.column_key(c) == "advice")
    index = area.model.index(0, column)
    full = index.data()
    area.splitter.setSizes([400, 900])  # a narrow list cuts the advice short
    qtbot.waitUntil(lambda: is_elided(area.view, index))
    assert _tooltip_at(qtbot, area.view, index) == full
    area.splitter.setSizes([1000, 300])  # wide again: the short columns show their words whole
    short = area.model.index(0, next(c for c in range(area.model.columnCount())
                                     if area.model.column_key(c) == "stance"))
    qtbot.waitUntil(lambda: not is_elided(area.view, short))
    assert _tooltip_at(qtbot, area.view, short) == ""
    # a short text cut short by a narrow column shows whole too (not only texts over some length)
    person = next(c for c in range(area.model.columnCount()) if area.model.column_key(c) == "person")
    area.view.horizontalHeader().resizeSection(person, area.view.fontMetrics().averageCharWidth() * 4)
    name = area.model.index(0, person)
    assert is_elided(area.view, name)
    assert _tooltip_at(qtbot, area.view, name) == name.data()


def test_a_narrow_list_keeps_its_main_text_readable(window, qtbot):
    """At 900×600 the short columns give up room so the ask (the meaningful text) keeps about a third."""
    window.resize(900, 600)
    window.show_area("asks")
    area = window.record_areas["asks"]
    qtbot.waitUntil(lambda: area.model.rowCount() > 0)
    purpose = next(c for c in range(area.model.columnCount()) if area.model.column_key(c) == "purpose")
    qtbot.waitUntil(lambda: area.view.columnWidth(purpose) >= area.view.viewport().width() * 0.3)
    window.resize(1600, 900)  # wide again: every short column has its whole width back
    qtbot.waitUntil(lambda: all(not is_elided(area.view, area.model.index(0, c)) for c in range(area.model.columnCount())
                                if area.model.column_key(c) != "purpose"))


def test_a_narrow_people_list_keeps_names_readable(window, qtbot):
    """At 900×600 the name (the list's first, meaningful column) gets up to twice the share of organization and
    title, so "Ahmed Karim" reads whole instead of "Ahme…"; wide again, the three stretch alike."""
    window.resize(900, 600)
    window.show_area("people")
    area = window.record_areas["people"]
    qtbot.waitUntil(lambda: area.model.rowCount() > 0)
    area.view.scrollToTop()
    name, organization = 0, 1
    qtbot.waitUntil(lambda: area.view.columnWidth(name) >= 1.5 * area.view.columnWidth(organization))
    assert area.model.index(0, name).data() == "Ahmed Karim"
    assert not is_elided(area.view, area.model.index(0, name))
    window.resize(1600, 900)
    qtbot.waitUntil(lambda: area.view.horizontalHeader().sectionResizeMode(name) == QHeaderView.ResizeMode.Stretch)
    assert abs(area.view.columnWidth(name) - area.view.columnWidth(organization)) <= 1


def test_a_narrow_organizations_list_reads_names_before_web_addresses(window, qtbot):
    """At 900×600 the website (free text in a short column) is no wider than a stretch column's share, so
    "City Career Center" reads whole instead of the whole address beside "City Career Ce…"."""
    window.resize(900, 600)
    window.show_area("organizations")
    area = window.record_areas["organizations"]
    qtbot.waitUntil(lambda: area.model.rowCount() > 0)
    website = next(c for c in range(area.model.columnCount()) if area.model.column_key(c) == "website")
    qtbot.waitUntil(lambda: area.view.columnWidth(website) <= area.view.columnWidth(0))
    for row in range(area.model.rowCount()):
        assert not is_elided(area.view, area.model.index(row, 0)), area.model.index(row, 0).data()


def test_a_narrow_list_never_clips_a_short_columns_title(window, qtbot):
    """At 900×600 a short column of words gives up room only down to its title ("Stance", not "tanc"); a date or a
    yes/no or count column keeps its value whole and its title, like every title that does not fit, ends in "…"."""
    from PySide6.QtCore import Qt

    from mentordesk.ui.areas.columns import COUNTS, YES_NO

    window.resize(900, 600)
    for key in ("advice", "asks", "meetings", "people", "organizations"):
        window.show_area(key)
        area = window.record_areas[key]
        qtbot.waitUntil(lambda: area.model.rowCount() > 0)
        header = area.view.horizontalHeader()
        assert header.textElideMode() == Qt.TextElideMode.ElideRight
        for index, column in enumerate(kinds.get(area.kind).listing.columns):
            if column.width == "stretch" or column.date or column.key in YES_NO | COUNTS:
                continue
            title = area.model.headerData(index, Qt.Orientation.Horizontal)
            assert header.sectionSize(index) >= header.fontMetrics().horizontalAdvance(title) + 4, (key, title)


def test_resized_widths_are_remembered_and_the_stretch_comes_back(window, make_window, qtbot):
    window.show_area("people")
    area = window.record_areas["people"]
    qtbot.waitUntil(lambda: area.model.rowCount() > 0)
    trust = next(c for c in range(area.model.columnCount()) if area.model.column_key(c) == "trust")
    area.view.horizontalHeader().resizeSection(trust, 140)
    window.close()
    again = make_window()
    again.show_area("people")
    area = again.record_areas["people"]
    qtbot.waitUntil(lambda: area.model.rowCount() > 0)
    again.resize(1600, 900)  # room for every column at the width it was left at
    qtbot.waitUntil(lambda: area.view.columnWidth(trust) == 140)
    assert area.view.horizontalHeader().sectionResizeMode(0) == QHeaderView.ResizeMode.Stretch


# --- Today ------------------------------------------------------------------------------------

def _today(window, qtbot, size):
    window.resize(*size)
    window.show_area("today")
    page = window.area_widgets["today"]
    qtbot.waitUntil(lambda: page.people.topLevelItemCount() > 0)
    QApplication.processEvents()
    return page


def test_why_reads_whole_at_1280(window, qtbot):
    page = _today(window, qtbot, (1280, 800))
    tree = page.people
    for row in range(tree.topLevelItemCount()):
        index = tree.model().index(row, 1)
        assert not is_elided(tree, index), index.data()


def test_asks_waiting_shows_at_least_six_rows(window, qtbot):
    for size in ((1280, 800), (900, 600)):
        page = _today(window, qtbot, size)
        tree = page.asks
        row_height = max(tree.sizeHintForRow(0), tree.fontMetrics().height())
        visible = (tree.viewport().height()) // row_height
        assert visible >= 6, (size, visible)


def test_no_button_overlaps_another_or_is_cut_off(window, qtbot):
    from PySide6.QtWidgets import QAbstractButton

    for size in ((1280, 800), (900, 600)):
        page = _today(window, qtbot, size)
        for tree, column in ((page.people, 2), (page.thanks, 2), (page.upcoming, 3)):
            for row in range(tree.topLevelItemCount()):
                box = tree.itemWidget(tree.topLevelItem(row), column)
                if box is None:
                    continue
                buttons = box.findChildren(QAbstractButton)
                section = tree.header().sectionSize(column)
                for button in buttons:
                    assert button.width() >= button.sizeHint().width(), (size, button.text())
                    assert button.geometry().right() < section, (size, button.text())
                for a, b in zip(buttons, buttons[1:]):
                    assert not a.geometry().intersects(b.geometry()), (size, a.text(), b.text())
