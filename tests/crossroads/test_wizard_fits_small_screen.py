"""The wizard on a 900×600 screen (every page fits, every field reachable), its ticks in dark mode, its numbers in German."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea, QAbstractSpinBox, QCheckBox, QComboBox, QLineEdit, QScrollArea, QWizard,
)

from mentordesk.crossroads.demo import demo_answers
from mentordesk.ui import i18n
from mentordesk.ui.crossroads.wizard import CrossroadsWizard
from mentordesk.ui.theme import dark_palette

TODAY = dt.date.today()
SCREEN_W, SCREEN_H, DECORATIONS = 900, 600, 40
FIELDS = (QLineEdit, QAbstractSpinBox, QComboBox, QCheckBox)


@pytest.fixture
def german(qapp):
    """German texts (the longest labels) and German numbers; English again after."""
    before = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    assert i18n.install_translators(qapp, QLocale("de_DE")) == "de"
    yield
    i18n.install_translators(qapp, QLocale("en_US"))
    QLocale.setDefault(before)


def walk(qtbot, exploring: bool = False):
    """Each page of the wizard on the demo answers, from the first to the result, as the user clicks Next."""
    answers = demo_answers(TODAY)
    answers.choices.exploring = exploring
    wizard = CrossroadsWizard(today=TODAY, answers=answers)
    qtbot.addWidget(wizard)
    wizard.resize(SCREEN_W, SCREEN_H - DECORATIONS)
    wizard.show()
    while True:
        qtbot.waitExposed(wizard)
        yield wizard, wizard.currentPage()
        if wizard.currentPage() is wizard.result_page:
            return
        before = wizard.currentPage()
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
        assert wizard.currentPage() is not before, before.error.text()


@pytest.mark.parametrize("exploring", [False, True])
def test_every_page_fits_a_900_by_600_screen_with_every_field_reachable(demo_db, qtbot, german, exploring):
    seen = []
    for wizard, page in walk(qtbot, exploring):
        name = type(page).__name__
        seen.append(name)
        for size in (wizard.minimumSize(), wizard.minimumSizeHint()):
            assert size.width() <= SCREEN_W and size.height() <= SCREEN_H - DECORATIONS, (name, size)
        assert wizard.width() <= SCREEN_W and wizard.height() <= SCREEN_H - DECORATIONS, name
        views = [view for view in page.findChildren(QAbstractScrollArea) if view.isVisible()]
        # Nothing cut off at the right: no list or scrolling page needs a horizontal scroll bar (once laid out).
        qtbot.waitUntil(lambda: not any(view.horizontalScrollBar().isVisible() for view in views), timeout=2000)
        for field in [w for kind in FIELDS for w in page.findChildren(kind)]:
            if not field.isVisibleTo(page) or isinstance(field.parent(), QAbstractSpinBox):
                continue
            scroll = next((s for s in page.findChildren(QScrollArea) if s.isAncestorOf(field)), None)
            if scroll is not None:
                scroll.ensureWidgetVisible(field)   # what the user does by scrolling or tabbing to it
            shown = field.visibleRegion().boundingRect()
            assert shown.width() == field.width() and shown.height() > 0, (name, field.accessibleName() or field.text())
    assert "ResultPage" in seen and ("ExplorePage" in seen) == exploring


def test_ticks_in_the_asks_list_stand_out_in_dark_mode_on_rows_as_tall_as_the_tables(demo_db, qtbot):
    wizard = list(walk(qtbot))[-1][0]
    wizard.setPalette(dark_palette())
    plan = wizard.result_page.plan
    assert plan.topLevelItemCount() > 0
    index = plan.indexFromItem(plan.topLevelItem(0), 0)
    cell = plan.visualRect(index)
    assert cell.height() >= plan.fontMetrics().height() + 10
    base = dark_palette().color(dark_palette().ColorRole.Base)
    image = plan.viewport().grab().toImage()
    box = plan.style().pixelMetric(plan.style().PixelMetric.PM_IndicatorWidth, None, plan) + 6
    contrasts = [abs(image.pixelColor(x, y).lightness() - base.lightness())
                 for x in range(cell.left(), cell.left() + box) for y in range(cell.top(), cell.bottom())]
    assert max(contrasts) >= 80   # the box's outline: was a shade darker than the window, about 20 off the base


def test_scores_in_the_ranking_use_the_locales_decimal_point(demo_db, qtbot, german):
    wizard = list(walk(qtbot))[-1][0]
    result = wizard.analysis().result
    text = wizard.result_page.summary.toPlainText()
    for option in result.ranking:
        total = result.options[option].total
        assert f"{total:.2f}".replace(".", ",") in text
        assert f"{total:.2f}" not in text
