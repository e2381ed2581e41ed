"""Privacy mode hides notes in every form, also in one built after the mode was switched on."""

from __future__ import annotations

from mentordesk.ui.privacy import privacy


def _notes_row_visible(area) -> bool:
    form = area.editor.form
    return form.layout_.isRowVisible(form.widgets["notes"].parentWidget())


def test_a_form_built_after_privacy_mode_is_on_hides_its_notes(demo_db, make_window):
    window = make_window()
    privacy().set_enabled(True)
    try:
        for key in ("asks", "meetings", "opportunities"):
            window.show_area(key)  # the editor's form is built now, on first use
            assert not _notes_row_visible(window.record_areas[key]), key
    finally:
        privacy().set_enabled(False)
    for key in ("asks", "meetings"):
        assert _notes_row_visible(window.record_areas[key]), key
