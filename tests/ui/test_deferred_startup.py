"""Start-up builds only the first area before the window paints; the rest follows, lists load when opened."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from mentordesk.services import people
from mentordesk.ui.main_window import MainWindow
from mentordesk.ui.areas.today import TodayPage


def test_deferred_window_builds_the_start_area_only_then_the_rest(qtbot, demo_db, settings):
    settings.set("start_area", "last")
    settings.set("last_area", "people")
    window = MainWindow(settings=settings, deferred=True)
    qtbot.addWidget(window)
    assert set(window.record_areas) == {"people"}, "only the area shown first is built"
    assert window.area_keys()[:6] == ["today", "people", "organizations", "meetings", "advice", "asks"]
    assert "pipeline" not in window.area_keys()
    window.show()
    people_area = window.record_areas["people"]
    assert people_area.model.loaded and people_area.model.rowCount() == 40
    window.finish_startup()
    assert set(window.record_areas) == {"people", "organizations", "meetings", "advice", "asks", "opportunities"}
    assert isinstance(window.area_widgets["today"], TodayPage)
    assert "pipeline" in window.area_keys() and window.actions["import_contacts"].isVisible()
    meetings = window.record_areas["meetings"]
    assert not meetings.model.loaded, "a list is read the first time its area opens"
    window.show_area("meetings")
    assert meetings.model.loaded and meetings.model.rowCount() > 0
    assert window.stack.currentWidget() is meetings


def test_opening_a_pending_area_before_start_up_finished_builds_it(qtbot, demo_db, tmp_path):
    from mentordesk.ui.settings import Settings

    settings = Settings(QSettings(str(tmp_path / "other.ini"), QSettings.Format.IniFormat))
    settings.set("start_area", "last")
    settings.set("last_area", "people")
    window = MainWindow(settings=settings, deferred=True)
    qtbot.addWidget(window)
    window.show()
    person_id = people.person_data(window.record_areas["people"].current_id())["id"]
    window.show_area("asks")
    assert window.stack.currentWidget() is window.record_areas["asks"]
    assert window.record_areas["asks"].model.loaded
    window.open_record("person", person_id)
    assert window.record_areas["people"].current_id() == person_id


def test_person_fields_are_built_when_details_first_open(qtbot, demo_db, settings, dialogs):
    """The editor behind the Overview tab costs the first frame nothing; opening Details shows the record."""
    settings.set("start_area", "last")
    settings.set("last_area", "people")
    window = MainWindow(settings=settings, deferred=True)
    qtbot.addWidget(window)
    window.show()
    page = window.record_areas["people"].page
    assert page.editor.record_id is not None and page.editor._form is None
    page.edit_button.click()
    form = page.editor._form
    assert form is not None and form.isVisible()
    shown = people.person_data(page.editor.record_id)
    assert form.widgets["display_name"].text() == shown["display_name"] and form.isEnabled()
    form.widgets["title"].clear()
    qtbot.keyClicks(form.widgets["title"], "Head of Mentoring")
    assert page.editor.save()
    assert people.person_data(shown["id"])["title"] == "Head of Mentoring"
