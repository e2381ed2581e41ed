"""Names are shown as typed: never rendered as HTML, and bidi controls cannot reorder what is around them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from mentordesk.services import asks, people
from mentordesk.services.text import BIDI_CONTROLS, display_safe, has_bidi_controls

HTML_NAME = "<b>Eve</b><img src=x>"
SPOOF_NAME = "Mallory \u202egpj.exe\u202c"  # shows as "Mallory exe.jpg" without neutralising


def _labels_showing(window, fragment: str) -> list[QLabel]:
    widgets = [window, *QApplication.topLevelWidgets()]
    return [label for w in widgets for label in w.findChildren(QLabel) if fragment in label.text()]


def test_display_safe_strips_controls_and_isolates_right_to_left():
    assert display_safe(SPOOF_NAME) == "Mallory gpj.exe"
    assert display_safe("Maya Chen") == "Maya Chen" and display_safe(None) == ""
    assert display_safe("\u05d3\u05e0\u05d4 Levi") == "\u2068\u05d3\u05e0\u05d4 Levi\u2069"
    for control in BIDI_CONTROLS:
        assert not has_bidi_controls(display_safe(f"a{control}b"))


def test_details_heading_shows_an_html_name_as_plain_text(window, qtbot):
    eve = people.create_person(display_name=HTML_NAME, organization="<i>Acme</i>", title="<u>CTO</u>").id
    window.open_record("person", eve)
    heading = window.record_areas["people"].editor.heading
    assert heading.textFormat() == Qt.TextFormat.PlainText
    assert heading.text() == HTML_NAME


def test_every_label_showing_an_html_name_is_plain_text(window, qtbot):
    eve = people.create_person(display_name=HTML_NAME)
    asks.create_ask(person_id=eve.id, purpose="<b>Intro</b>", status="done")
    for key in ("today", "people", "asks"):
        window.show_area(key)
        qtbot.wait(10)
    window.open_record("person", eve.id)
    window.search_box.setText("Eve")
    qtbot.waitUntil(lambda: bool(_labels_showing(window, "Eve")), timeout=3000)
    for label in _labels_showing(window, "<b>"):
        assert label.textFormat() == Qt.TextFormat.PlainText, (label.objectName(), label.text())


def test_list_and_heading_neutralise_bidi_overrides_but_keep_the_stored_name(window, qtbot):
    mallory = people.create_person(display_name=SPOOF_NAME).id
    window.open_record("person", mallory)
    area = window.record_areas["people"]
    model = area.model
    qtbot.waitUntil(lambda: model.row_of(mallory) >= 0)
    shown = model.data(model.index(model.row_of(mallory), 0))
    assert shown == "Mallory gpj.exe" and not has_bidi_controls(shown)
    assert not has_bidi_controls(area.editor.heading.text())
    assert people.get_person(mallory).display_name == SPOOF_NAME


def test_search_results_neutralise_bidi_overrides(window, qtbot):
    people.create_person(display_name=SPOOF_NAME)
    window.search_box.setText("Mallory")
    panel = window.search_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=3000)
    group = panel.model.item(0, 0)
    titles = [group.child(i, 0).text() for i in range(group.rowCount())]
    assert "Mallory gpj.exe" in titles and not any(has_bidi_controls(t) for t in titles)


def test_delete_question_shows_the_name_literally(window, dialogs):
    eve = people.create_person(display_name=HTML_NAME).id
    asks.create_ask(person_id=eve, purpose="Intro", status="idea")
    window.open_record("person", eve)
    window.actions["delete"].trigger()
    texts = [text for kind, _title, text in dialogs.calls if kind == "question"]
    assert texts and HTML_NAME not in texts[0]
    assert "&lt;b&gt;Eve&lt;/b&gt;&lt;img src=x&gt;" in texts[0]
