"""Faces: a person's photo in a circle, or their initials on a coloured circle, at any size and scale.

Pictures are scaled down here (Qt) before the core stores them (services.photos checks they are small);
a vCard's picture is scaled and stored the first time the person's page shows it.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPainterPath, QPixmap

from mentordesk.services import ServiceError, people
from mentordesk.services.photos import MAX_BYTES, MAX_SIDE

# Hues for the initials' circles: distinct, and white text reads on each in light and dark palettes.
_COLOURS = ("#c0392b", "#d35400", "#b7950b", "#27ae60", "#16a085", "#2980b9", "#2c3e91", "#8e44ad",
            "#c2185b", "#5d6d7e", "#6d4c41", "#00838f")
_PARTICLES = {"van", "von", "de", "der", "den", "da", "di", "du", "del", "la", "le", "ten", "ter", "dos", "das"}


def initials(name: str) -> str:
    """'MC' for 'Maya Chen' (and 'Chen, Maya'), 'P' for 'Priya', '?' for nobody."""
    name = (name or "").strip()
    if "," in name:
        family, _, given = name.partition(",")
        name = f"{given} {family}"
    words = [w for w in name.replace("(", " ").replace(")", " ").split() if w[:1].isalnum()]
    words = [w for w in words if w.lower() not in _PARTICLES] or words
    if not words:
        return "?"
    letters = words[0][0] + (words[-1][0] if len(words) > 1 else "")
    return letters.upper()


def list_face_size(metrics) -> int:
    """How big a face is beside a name in a list row (rows are a line of text plus 10 pixels)."""
    return metrics.height() + 6


def colour_of(name: str) -> QColor:
    """The same colour for the same name, every time and on every machine."""
    digest = hashlib.md5((name or "").strip().lower().encode("utf-8")).digest()
    return QColor(_COLOURS[digest[0] % len(_COLOURS)])


def _canvas(size: int, scale: float) -> QImage:
    pixels = max(1, round(size * scale))
    image = QImage(pixels, pixels, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    image.setDevicePixelRatio(scale)
    return image


def initials_image(name: str, size: int, scale: float = 1.0) -> QImage:
    """The initials of `name` in white on a circle of its colour, `size` logical pixels across."""
    image = _canvas(size, scale)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour_of(name))
    painter.drawEllipse(QRectF(0, 0, size, size))
    font = QFont(QGuiApplication.font())
    font.setBold(True)
    font.setPixelSize(max(6, round(size * 0.4)))
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, initials(name))
    painter.end()
    return image


def photo_image(data: bytes, size: int, scale: float = 1.0) -> QImage | None:
    """A picture cut to a circle `size` logical pixels across (its centre, filling it); None if it does not load."""
    picture = QImage.fromData(QByteArray(data))
    if picture.isNull():
        return None
    pixels = max(1, round(size * scale))
    picture = picture.scaled(pixels, pixels, Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                             Qt.TransformationMode.SmoothTransformation)
    image = _canvas(size, scale)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    path = QPainterPath()
    path.addEllipse(QRectF(0, 0, size, size))
    painter.setClipPath(path)
    left = (picture.width() - pixels) / 2 / scale
    top = (picture.height() - pixels) / 2 / scale
    picture.setDevicePixelRatio(scale)
    painter.drawImage(QRectF(-left, -top, picture.width() / scale, picture.height() / scale), picture)
    painter.end()
    return image


def scaled_photo(source: QImage | bytes, longest: int = MAX_SIDE) -> bytes | None:
    """A picture scaled so neither side exceeds `longest` pixels, as JPEG (PNG when it has transparency).
    None when it does not load. Never larger than services.photos.MAX_BYTES."""
    image = source if isinstance(source, QImage) else QImage.fromData(QByteArray(source))
    if image.isNull():
        return None
    if max(image.width(), image.height()) > longest:
        image = image.scaled(longest, longest, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    transparent = image.hasAlphaChannel()
    for quality in (88, 75, 60):
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if transparent:
            image.save(buffer, "PNG")
        else:
            image.convertToFormat(QImage.Format.Format_RGB32).save(buffer, "JPEG", quality)
        data = bytes(buffer.data())
        if len(data) <= MAX_BYTES:
            return data
        transparent = False  # a PNG too big: JPEG on a white background instead
        flat = QImage(image.size(), QImage.Format.Format_RGB32)
        flat.fill(Qt.GlobalColor.white)
        painter = QPainter(flat)
        painter.drawImage(0, 0, image)
        painter.end()
        image = flat
    return None


def photo_from_file(path: str) -> bytes | None:
    """A picture file scaled down for storing; None when it is not a picture Qt can read."""
    image = QImage(path)
    return None if image.isNull() else scaled_photo(image)


class Avatars(QObject):
    """Drawn faces by person and size, so a list repaints without decoding pictures again.

    Who has a picture is one query, run just after a list first asks (`later=True`: it paints initials for
    that frame) and kept; `forget(ids)` after people changed re-reads them. `photos_known` says the query ran."""

    LIMIT = 2000
    photos_known = Signal()

    def __init__(self):
        super().__init__()
        self._images: dict[tuple, QImage] = {}
        self._with_photos: set[int] | None = None
        self._loading = False

    def forget(self, ids=None) -> None:
        """Draw these people again next time (everyone when None)."""
        if ids is None:
            self._images.clear()
            self._with_photos = None
            return
        ids = set(ids)
        for key in [k for k in self._images if k[0] in ids]:
            del self._images[key]
        if self._with_photos is not None:
            if len(ids) > 500:
                self._with_photos = None
            else:
                self._with_photos.difference_update(ids)
                self._with_photos.update(people.people_with_photos(ids))

    def image(self, person_id: int | None, name: str, size: int, scale: float = 1.0, later: bool = False) -> QImage:
        """The person's photo in a circle, or their initials. With `later`, a list's first paint does not wait
        for the query of who has a photo: it draws initials now and faces when `photos_known` comes."""
        key = (person_id, name, size, scale)
        image = self._images.get(key)
        if image is not None:
            return image
        if later and self._with_photos is None:
            self._load_soon()
            return initials_image(name, size, scale)  # not kept: drawn again once photos are known
        if len(self._images) > self.LIMIT:
            self._images.clear()
        if person_id is not None and person_id in self._photo_ids():
            data = people.photo_of(person_id)
            image = photo_image(data, size, scale) if data else None
        image = image or initials_image(name, size, scale)
        self._images[key] = image
        return image

    def _load_soon(self) -> None:
        if not self._loading:
            self._loading = True
            QTimer.singleShot(0, self._load)

    def _load(self) -> None:
        self._loading = False
        if self._with_photos is None:
            self._photo_ids()
            self.photos_known.emit()

    def _photo_ids(self) -> set[int]:
        if self._with_photos is None:
            self._with_photos = people.people_with_photos()
        return self._with_photos


_shared: Avatars | None = None


def avatars() -> Avatars:
    """The app's one cache of faces (views forget the people the hub says changed)."""
    global _shared
    if _shared is None:
        from mentordesk.ui.hub import hub

        _shared = Avatars()
        hub().changed.connect(lambda kind, ids: _shared.forget(ids) if kind == "person" else None)
    return _shared


def keep_card_photo(person_id: int) -> None:
    """The first time a person with a vCard picture is shown: store it scaled down (decoded once, not every time)."""
    try:
        if people.stored_photo(person_id) is not None:
            return
        data = people.photo_of(person_id)
        small = scaled_photo(data) if data else None
        if small:
            people.keep_card_photo(person_id, small)
    except ServiceError:
        pass  # a read-only or busy file: the card's picture is decoded again next time


def pixmap(person_id: int | None, name: str, size: int, widget=None) -> QPixmap:
    """A face as a pixmap for a widget's screen scale."""
    scale = widget.devicePixelRatioF() if widget is not None else QGuiApplication.primaryScreen().devicePixelRatio()
    return QPixmap.fromImage(avatars().image(person_id, name, size, scale))
