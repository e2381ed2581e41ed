"""Every action and area has an icon of our own, drawn in the palette's text color (light and dark)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from mentordesk.paths import resource_path
from mentordesk.ui.icons import _ICONS, action_icon


@pytest.mark.parametrize("name", sorted(_ICONS))
def test_each_action_has_its_own_tinted_svg(qapp, name):
    path = resource_path("icons", "actions", f"{name}.svg")
    assert path.exists() and QSvgRenderer(str(path)).isValid()
    image = action_icon(name).pixmap(32, 32).toImage()
    text = QApplication.palette().color(QPalette.ColorRole.WindowText)
    inked = [image.pixelColor(x, y) for x in range(32) for y in range(32) if image.pixelColor(x, y).alpha() > 200]
    assert inked, "the icon draws something"
    assert all(abs(c.red() - text.red()) < 8 and abs(c.blue() - text.blue()) < 8 for c in inked)


def test_icons_follow_a_dark_palette(qapp):
    original = QApplication.palette()
    dark = QPalette(original)
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#eeeeee"))
    QApplication.setPalette(dark)
    try:
        image = action_icon("quit").pixmap(32, 32).toImage()
        inked = [image.pixelColor(x, y) for x in range(32) for y in range(32) if image.pixelColor(x, y).alpha() > 200]
        assert inked and all(c.red() > 220 for c in inked)
    finally:
        QApplication.setPalette(original)
