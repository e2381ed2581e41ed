"""What the #18 screenshot review found at 900×600, 2× and in dark, each checked on the real widgets."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QStyle


def _card_text_height(column, item, width: int) -> int:
    margin = column.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, column) + 1
    bounds = QRect(0, 0, width - 2 * margin, 1 << 20)
    return column.fontMetrics().boundingRect(bounds, Qt.TextFlag.TextWordWrap, item.text()).height()


def test_pipeline_cards_fill_their_column_and_wrap_whole_after_a_resize(window, qtbot):
    """A card is as wide as its column and tall enough for its text wrapped there, also after the window narrows
    (at 900 px a card read "Priya Raman · you …" above an empty gap)."""
    window.resize(1280, 800)
    window.show_area("pipeline")
    page = window.area_widgets["pipeline"]
    qtbot.waitUntil(lambda: sum(c.count() for c in page.columns.values()) > 0)
    window.resize(900, 600)
    QApplication.processEvents()
    for status, column in page.columns.items():
        qtbot.waitUntil(lambda c=column: c.count() == 0 or
                        c.visualItemRect(c.item(0)).width() == c.viewport().width() - 2 * c.spacing())
        for row in range(column.count()):
            item = column.item(row)
            rect = column.visualItemRect(item)
            assert rect.width() == column.viewport().width() - 2 * column.spacing(), (status, item.text())
            assert rect.height() >= _card_text_height(column, item, rect.width()), (status, item.text())


def test_a_new_first_opportunity_keeps_the_list_in_place_and_wraps_the_referral_hint(database, make_window, qtbot):
    """Writing the first opportunity: the (empty) list keeps its place with the count below it, not "0 opportunities"
    floating mid-pane; "who can refer me" says why it is empty in a wrapped sentence, not a cut-off tree row."""
    window = make_window()
    window.resize(900, 600)
    window.show_area("opportunities")
    area = window.record_areas["opportunities"]
    qtbot.waitUntil(lambda: area.empty.isVisible())
    qtbot.mouseClick(area.empty.button, Qt.MouseButton.LeftButton)
    assert area.view.isVisible()
    assert area.count.geometry().top() >= area.view.geometry().bottom()
    page = area.page
    assert page.hint.isVisible() and not page.referrals.isVisible()
    assert "refer you" in page.hint.text() and page.hint.wordWrap()
    qtbot.waitUntil(lambda: page.hint.heightForWidth(page.hint.width()) <= page.hint.height())  # every line shown


def test_dialog_buttons_show_no_stock_pixmaps_where_no_icon_theme_draws_them(qapp):
    """Under a bare X server Qt put its own pixmaps on dialog buttons: a black cross on Close in dark, a green arrow
    on OK. The app's style keeps them text only unless an icon theme provides them."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QDialogButtonBox, QProxyStyle

    from mentordesk.ui.theme import PlainDialogButtons, apply_theme

    class PlatformShowingIcons(QProxyStyle):
        def styleHint(self, hint, option=None, widget=None, returnData=None):  # noqa: N802 - Qt API
            if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
                return 1
            return super().styleHint(hint, option, widget, returnData)

    hint = QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons
    style = PlainDialogButtons(PlatformShowingIcons("fusion"))
    assert style.styleHint(hint) == (1 if QIcon.hasThemeIcon("dialog-ok") else 0)
    apply_theme("dark")
    try:
        assert isinstance(QApplication.style(), PlainDialogButtons)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        assert box.button(QDialogButtonBox.StandardButton.Close).icon().isNull()
    finally:
        apply_theme("system")


def test_prep_and_log_meeting_open_within_the_screen(window, qtbot, monkeypatch):
    """Their first size fits the screen they open on (the prep sheet was 760 px tall on a 900×600 screen)."""
    from PySide6.QtGui import QScreen

    from mentordesk.services.people import find_people
    from mentordesk.ui.areas.log_meeting import LogMeetingDialog
    from mentordesk.ui.areas.prep import PrepDialog

    free = QRect(0, 0, 900, 600 - 32)  # a 900×600 screen less a panel
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(free))
    maya = find_people("Maya Chen", 1)[0][0]
    for dialog in (PrepDialog(maya, parent=window), LogMeetingDialog(window.edits, window)):
        qtbot.addWidget(dialog)
        assert dialog.width() <= free.width() and dialog.height() <= free.height(), type(dialog).__name__
        assert dialog.height() >= free.height() * 0.6  # still a good size, not shrunk to a sliver


def _labels_beside_fields(form) -> set[bool]:
    from PySide6.QtWidgets import QFormLayout

    layout, sides = form.layout_, set()
    for row in range(layout.rowCount()):
        label = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field = layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if label is None or field is None or label.widget() is None or not label.widget().text():
            continue
        if label.widget().isVisible():
            sides.add(field.geometry().left() > label.geometry().right())
    return sides


def test_a_form_puts_every_label_beside_or_every_label_above(window, qtbot):
    """At 900×600 the meeting form had "With:" above its field and "Place:" beside its own; now one or the other
    for the whole form: beside when the pane is wide enough, above when it is not."""
    window.show_area("meetings")
    area = window.record_areas["meetings"]
    qtbot.waitUntil(lambda: area.model.rowCount() > 0)
    area.view.selectRow(0)
    form = area.editor.form
    window.resize(900, 600)
    area.splitter.setSizes([500, 260])  # the pane the review saw at 900×600
    qtbot.waitUntil(lambda: _labels_beside_fields(form) == {False})  # the old way stayed mixed: {True, False}
    window.resize(1600, 900)
    area.splitter.setSizes([900, 600])
    qtbot.waitUntil(lambda: _labels_beside_fields(form) == {True})


def test_an_empty_states_icon_follows_a_live_switch_to_dark(database, make_window, qtbot):
    """Switched to dark while an area is empty, its icon is drawn again in the dark palette's colours (it kept
    the light palette's grey until the area was refreshed)."""
    from mentordesk.ui.theme import apply_theme

    window = make_window()
    window.show_area("opportunities")
    area = window.record_areas["opportunities"]
    qtbot.waitUntil(lambda: area.empty.isVisible())
    label = area.empty.icon

    def ink() -> set[int]:
        image = label.pixmap().toImage()
        return {image.pixel(x, y) for x in range(image.width()) for y in range(image.height())
                if image.pixelColor(x, y).alpha() == 255}

    apply_theme("light")
    light = ink()
    assert light
    try:
        apply_theme("dark")
        qtbot.waitUntil(lambda: ink() and ink() != light)
    finally:
        apply_theme("system")


def test_todays_asks_rows_are_as_tall_as_the_rows_with_buttons(window, qtbot):
    """The asks (no buttons) sat cramped at text height beside the catch-up rows with their buttons."""
    window.resize(1280, 800)
    window.show_area("today")
    page = window.area_widgets["today"]
    qtbot.waitUntil(lambda: page.people.topLevelItemCount() > 0 and page.asks.topLevelItemCount() > 0)
    ask_row = page.asks.visualItemRect(page.asks.topLevelItem(0)).height()
    assert ask_row >= page.people.visualItemRect(page.people.topLevelItem(0)).height() - 2
    assert ask_row >= page.asks.fontMetrics().height() + 6
