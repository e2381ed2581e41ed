"""Faces (#18 item 4) and the dark palette in HTML views (#18 item 3).

A chosen picture is stored at most 256 px a side (never the original), a vCard's PHOTO shows and is kept scaled
down, initials on a coloured circle stand in for a missing photo; the person page's and prep sheet's text is
drawn in the palette's text colour, light or dark, and follows a switch made in Preferences."""

from __future__ import annotations

import base64

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication

from mentordesk.services import ValidationError, people
from mentordesk.services.photos import MAX_SIDE, card_photo, image_size
from mentordesk.ui.theme import apply_theme, dark_palette
from mentordesk.ui.widgets.avatars import colour_of, initials, initials_image, scaled_photo


def _picture(width: int, height: int, fmt: str = "JPEG") -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a7bd5"))
    for x in range(0, width, 7):  # some detail, so the file is not tiny
        image.setPixelColor(x, (x * 13) % height, QColor("#ffcc00"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, fmt, 100)
    return bytes(buffer.data())


def _maya() -> int:
    return people.find_people("Maya Chen", 1)[0][0]


@pytest.fixture
def restore_palette(qapp):
    original = QPalette(qapp.palette())
    yield
    qapp.setPalette(original)


# --- faces --------------------------------------------------------------------------------------

def test_a_chosen_photo_is_stored_at_most_256_px_and_undone(window, qtbot, tmp_path, dialogs):
    big = tmp_path / "portrait.jpg"
    big.write_bytes(_picture(2400, 1800))
    window.show_area("people")
    area = window.record_areas["people"]
    maya = _maya()
    assert area.select(maya)
    assert area.page.photo_button.choose(str(big))
    stored = people.stored_photo(maya)
    assert max(image_size(stored)) <= MAX_SIDE and image_size(stored) == (256, 192)
    assert len(stored) < big.stat().st_size / 4  # the original multi-megapixel file never lands in the database
    window.edits.stack.undo()
    assert people.stored_photo(maya) is None


def test_the_core_refuses_a_photo_that_was_not_scaled_down(database):
    person = people.create_person(display_name="Ana Silva")
    with pytest.raises(ValidationError, match="256"):
        people.set_photo(person.id, _picture(1024, 768))
    with pytest.raises(ValidationError):
        people.set_photo(person.id, b"GIF89a not a photo we store")
    assert people.stored_photo(person.id) is None


def test_the_page_list_and_prep_show_the_photo(window, qtbot, tmp_path, dialogs):
    face = tmp_path / "face.png"
    face.write_bytes(_picture(300, 300, "PNG"))
    window.show_area("people")
    area = window.record_areas["people"]
    maya = _maya()
    area.select(maya)
    area.page.photo_button.choose(str(face))
    story = area.page.story.document().toHtml()
    assert f"mentordesk-avatar:{maya}/" in story
    drawn = area.page.story.loadResource(2, _url(maya, 72))  # QTextDocument.ImageResource
    assert _mostly(drawn, QColor("#3a7bd5"))  # the photo, not initials
    row = area.model.row_of(maya)
    decoration = area.model.index(row, 0).data(Qt.ItemDataRole.DecorationRole)
    assert _mostly(decoration, QColor("#3a7bd5"))
    from mentordesk.ui.areas.prep import PrepDialog

    prep = PrepDialog(maya, parent=window)
    qtbot.addWidget(prep)
    assert f"mentordesk-avatar:{maya}/" in prep.sheet_view.document().toHtml()


def _url(person_id: int, size: int):
    from PySide6.QtCore import QUrl

    return QUrl(f"mentordesk-avatar:{person_id}/{size}")


def _mostly(image: QImage, colour: QColor) -> bool:
    """True when the middle of the picture is (near) this colour."""
    middle = image.pixelColor(image.width() // 2, image.height() // 2)
    return all(abs(a - b) < 24 for a, b in zip(middle.getRgb()[:3], colour.getRgb()[:3]))


def test_without_a_photo_initials_on_a_coloured_circle(qapp):
    assert initials("Maya Chen") == "MC"
    assert initials("Chen, Maya") == "MC"
    assert initials("Ludwig van Beethoven") == "LB"
    assert initials("priya") == "P"
    assert initials("") == "?"
    assert colour_of("Maya Chen") == colour_of("maya chen ")  # the same person, the same colour
    image = initials_image("Maya Chen", 64)
    assert image.pixelColor(32, 4) == colour_of("Maya Chen") or image.pixelColor(32, 6) == colour_of("Maya Chen")
    assert image.pixelColor(1, 1).alpha() == 0  # a circle: the corners are clear


def test_a_vcard_photo_shows_and_is_kept_scaled_down(window, qtbot, dialogs):
    photo = base64.b64encode(_picture(800, 600)).decode()
    folded = "\r\n ".join(photo[i : i + 74] for i in range(0, len(photo), 74))
    card = f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Lea Park\r\nPHOTO;ENCODING=b;TYPE=JPEG:{folded}\r\nEND:VCARD\r\n"
    assert image_size(card_photo(card)) == (800, 600)
    person = people.create_person(display_name="Lea Park", vcard=card)
    assert people.stored_photo(person.id) is None
    window.show_area("people")
    area = window.record_areas["people"]
    qtbot.waitUntil(lambda: area.model.row_of(person.id) >= 0)
    area.select(person.id)
    stored = people.stored_photo(person.id)  # the first showing kept a small copy
    assert stored and max(image_size(stored)) <= MAX_SIDE
    area.page.photo_button.remove()  # removed: the card's picture stays hidden too
    assert people.photo_of(person.id) is None
    drawn = area.page.story.loadResource(2, _url(person.id, 72))
    assert _mostly(drawn, colour_of("Lea Park"))


def test_a_photo_chosen_in_the_app_goes_out_in_the_vcard_and_its_undo_brings_the_cards_back(window, qtbot, tmp_path,
                                                                                             dialogs):
    """Chosen on the person page, the photo replaces the card's own picture in a vCard export (3.0 and 4.0);
    undo writes the card's picture again, and a removed photo is written nowhere."""
    from mentordesk.exchange.vcard_write import person_to_vcard

    own = base64.b64encode(_picture(64, 48)).decode()
    person = people.create_person(display_name="Lea Park", vcard=(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Lea Park\r\nPHOTO;ENCODING=b;TYPE=JPEG:{own}\r\nX-KEPT:yes\r\n"
        "END:VCARD\r\n"))
    chosen_file = tmp_path / "chosen.png"
    chosen_file.write_bytes(_picture(300, 300, "PNG"))
    window.show_area("people")
    area = window.record_areas["people"]
    qtbot.waitUntil(lambda: area.model.row_of(person.id) >= 0)
    area.select(person.id)
    assert area.page.photo_button.choose(str(chosen_file))
    chosen = people.stored_photo(person.id)

    def exported_photo(version):
        card = person_to_vcard(person.id, version)
        assert "X-KEPT:yes" in card  # what MentorDesk does not own still goes out as it came
        return card_photo(card), card.count("PHOTO")

    assert exported_photo("3.0") == (chosen, 1) and exported_photo("4.0") == (chosen, 1)
    kind = "png" if chosen.startswith(b"\x89PNG") else "jpeg"
    assert f"PHOTO:data:image/{kind};base64," in person_to_vcard(person.id, "4.0")  # RFC 6350: a data URI
    window.edits.stack.undo()
    assert exported_photo("3.0") == (base64.b64decode(own), 1)  # the card's own picture again
    area.select(person.id)
    area.page.photo_button.remove()
    assert exported_photo("3.0") == (None, 0)


def test_scaled_photo_never_grows_a_small_picture(qapp):
    small = _picture(120, 90)
    assert image_size(scaled_photo(small)) == (120, 90)


def test_vcard_4_data_uri_and_a_link_photo():
    png = _picture(20, 10, "PNG")
    uri = "data:image/png;base64," + base64.b64encode(png).decode()
    assert image_size(card_photo(f"BEGIN:VCARD\nVERSION:4.0\nFN:X\nPHOTO:{uri}\nEND:VCARD\n")) == (20, 10)
    assert card_photo("BEGIN:VCARD\nVERSION:4.0\nFN:X\nPHOTO;VALUE=uri:https://example.com/x.jpg\nEND:VCARD\n") is None


# --- dark palette ---------------------------------------------------------------------------------

def _glyph_colours(widget) -> set[str]:
    """The colours drawn in a widget, beyond its background, as names ('#e8e8e8')."""
    image = widget.grab().toImage()
    counts: dict[str, int] = {}
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            name = image.pixelColor(x, y).name()
            counts[name] = counts.get(name, 0) + 1
    return {name for name, n in counts.items() if n > 20}


@pytest.mark.parametrize("view", ["person", "prep"])
def test_html_views_draw_text_in_the_palette_text_colour_in_dark(window, qtbot, restore_palette, view):
    apply_theme("dark")
    text = dark_palette().color(QPalette.ColorRole.Text).name()
    window.show_area("people")
    area = window.record_areas["people"]
    area.select(_maya())
    if view == "person":
        browser = area.page.story
    else:
        from mentordesk.ui.areas.prep import PrepDialog

        dialog = PrepDialog(_maya(), parent=window)
        qtbot.addWidget(dialog)
        dialog.show()
        browser = dialog.sheet_view
    QApplication.processEvents()
    colours = _glyph_colours(browser.viewport())
    assert text in colours  # body text in the palette's text colour
    assert "#000000" not in colours and "#222222" not in colours  # no dark-on-dark text
    assert browser.viewport().palette().color(QPalette.ColorRole.Base).name() in colours


def test_switching_to_dark_in_preferences_redraws_open_pages(window, qtbot, settings, restore_palette):
    from mentordesk.ui.preferences import PreferencesDialog

    window.show_area("people")
    area = window.record_areas["people"]
    area.select(_maya())
    dialog = PreferencesDialog(settings, window)
    qtbot.addWidget(dialog)
    page = dialog.pages[0]
    page.theme.setCurrentIndex(page.theme.findData("dark"))
    dialog.accept()
    assert settings.get("theme") == "dark"
    QApplication.processEvents()
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() == dark_palette().color(
        QPalette.ColorRole.Window).name()
    assert dark_palette().color(QPalette.ColorRole.Text).name() in _glyph_colours(area.page.story.viewport())
    css = area.page.story.document().defaultStyleSheet()
    assert dark_palette().color(QPalette.ColorRole.Link).name() in css
