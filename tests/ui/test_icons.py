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


CHANGE_A_COPY = """
import gc
from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication
app = QApplication([])
from mentordesk.ui.icons import area_icon
for _ in range(3):
    icon = area_icon("people")
    copy = QIcon(icon)
    copy.addPixmap(icon.pixmap(QSize(16, 16)))  # detaches: Qt asks the engine for a clone
    gc.collect()
    del copy, icon
    gc.collect()
print("icons gone")
"""


def test_a_changed_copy_of_a_tinted_icon_is_deleted_once():
    """A tinted icon's clone was freed by Python on return and deleted again by its icon: the process crashed
    when the copy went (in the tests, at a later garbage collection). Run apart, so a crash is a failure here."""
    import os
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", CHANGE_A_COPY], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0 and "icons gone" in done.stdout, (done.returncode, done.stderr[-2000:])
