"""Screenshots of every area with the demo network: `python tests/ui/screenshots.py OUTDIR [--scale 2]`.

Not a test: run it after UI changes and look at the PNGs (1280x800 logical window).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else "screenshots")
    scale = argv[argv.index("--scale") + 1] if "--scale" in argv else "1"
    os.environ["QT_SCALE_FACTOR"] = scale
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from mentordesk import db
    from mentordesk.demo import load_demo
    from mentordesk.ui.app import make_application
    from mentordesk.ui.main_window import MainWindow
    from mentordesk.ui.settings import Settings

    app = make_application()
    tmp = Path(tempfile.mkdtemp())
    db.open_database(tmp / "shots.db")
    settings = Settings(QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings=settings)
    window.resize(1280, 800)
    window.show()

    def shot(name: str, widget=None) -> None:
        for _ in range(3):
            app.processEvents()
        (widget or window).grab().save(str(out / f"{name}-x{scale}.png"))
        print(out / f"{name}-x{scale}.png")

    shot("welcome")
    load_demo()
    app.processEvents()
    for key in window.area_keys():
        window.show_area(key)
        shot(f"area-{key}")
    window.show_area("people")
    window.record_areas["people"].page.tabs.setCurrentIndex(1)
    shot("person-details")
    window.record_areas["people"].page.tabs.setCurrentIndex(0)
    window.focus_search()
    window.search_box.setText("ux")
    window.search_panel.run()
    window._search_text_changed("ux")
    shot("search")
    window.search_box.clear()
    from mentordesk.ui.areas.log_meeting import LogMeetingDialog
    from mentordesk.services.people import find_people

    dialog = LogMeetingDialog(window.edits, window, attendees=find_people("Maya", 1) + find_people("Priya", 1))
    dialog.add_advice("Build a small portfolio of two research case studies before applying.")
    dialog.show()
    shot("log-meeting", dialog)
    dialog.reject()
    window.show_help()
    shot("help", window.help_dialog)
    window.help_dialog.close()
    app.processEvents()
    QApplication.closeAllWindows()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
