"""Reports take every colour from a palette: dark mode gets light text, paper keeps dark text."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QTextBrowser

from mentordesk.crossroads import report, service
from mentordesk.ui.crossroads.colors import report_colors

HEX = re.compile(r"#[0-9a-fA-F]{3,6}\b")


def dark_browser(qtbot) -> QTextBrowser:
    browser = QTextBrowser()
    qtbot.addWidget(browser)
    palette = browser.palette()
    for role, value in ((QPalette.ColorRole.Base, "#1e1e1e"), (QPalette.ColorRole.Window, "#2b2b2b"),
                        (QPalette.ColorRole.Text, "#e6e6e6"), (QPalette.ColorRole.WindowText, "#e6e6e6"),
                        (QPalette.ColorRole.Link, "#2a5db0")):
        palette.setColor(role, QColor(value))
    browser.setPalette(palette)
    return browser


def test_a_dark_palette_gives_the_report_light_text_and_no_light_theme_colour(demo_db, qtbot):
    browser = dark_browser(qtbot)
    colors = report_colors(browser)
    assert QColor(colors["text"]).lightness() > 180 and QColor(colors["accent"]).lightness() > 110
    data = service.decision_data(service.latest_decision_id())
    for html in (report.decision_html(data, colors), report.compare_html(data, data, colors)):
        used = {c.lower() for c in HEX.findall(html)}
        assert used and used <= {c.lower() for c in colors.values()}, used - set(colors.values())
    paper = report.decision_html(data)                      # export: light for paper
    assert report.LIGHT["text"] in paper and colors["text"] not in paper
