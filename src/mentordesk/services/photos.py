"""People's photos without an imaging library: what a stored photo may be, and the PHOTO of a vCard.

The UI scales a picture down (Qt) before it is stored; this module checks the bytes it is given are a small
PNG or JPEG (read from their headers), so the original multi-megabyte file never lands in the database.
"""

from __future__ import annotations

import base64
import binascii
import re
import struct

from mentordesk.services.core import ValidationError

MAX_SIDE = 256  # pixels: the longer side of a stored photo
MAX_BYTES = 256 * 1024  # a 256 px JPEG is ~20 KB; a PNG of a photo can reach ~150 KB

_PNG = b"\x89PNG\r\n\x1a\n"
# JPEG start-of-frame markers (baseline, progressive, ...), which carry the picture's size.
_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}


def image_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) of PNG or JPEG bytes, read from the header; None for anything else."""
    if data.startswith(_PNG) and len(data) >= 24 and data[12:16] == b"IHDR":
        return struct.unpack(">II", data[16:24])
    if data.startswith(b"\xff\xd8"):
        index = 2
        while index + 9 < len(data):
            if data[index] != 0xFF:
                return None
            marker = data[index + 1]
            if marker == 0xFF:  # padding
                index += 1
                continue
            length = struct.unpack(">H", data[index + 2 : index + 4])[0]
            if marker in _SOF:
                height, width = struct.unpack(">HH", data[index + 5 : index + 9])
                return width, height
            index += 2 + length
    return None


def check_photo(data: bytes) -> bytes:
    """The bytes of a photo fit to store: PNG or JPEG, at most MAX_SIDE pixels a side and MAX_BYTES long."""
    if not isinstance(data, (bytes, bytearray)):
        raise ValidationError("photo", "must be the bytes of a PNG or JPEG picture")
    size = image_size(bytes(data))
    if size is None:
        raise ValidationError("photo", "must be a PNG or JPEG picture")
    if max(size) > MAX_SIDE or len(data) > MAX_BYTES:
        raise ValidationError("photo", f"must be scaled down to at most {MAX_SIDE} pixels a side "
                                       f"(got {size[0]}×{size[1]}, {len(data) // 1024} KB)")
    return bytes(data)


# --- the PHOTO property of a vCard -----------------------------------------------------------

_PHOTO_LINE = re.compile(r"^(?:[A-Za-z0-9-]+\.)?PHOTO[;:]", re.I)
_PROPERTY = re.compile(r"^(?:[A-Za-z0-9-]+\.)?[A-Za-z0-9-]+[;:]")


def _lines(card: str) -> list[str]:
    return card.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _photo_spans(lines: list[str]):
    """(first, past last) line of each PHOTO property: its folded lines and vCard 2.1's unindented base64 with it."""
    index = 0
    while index < len(lines):
        if not _PHOTO_LINE.match(lines[index]):
            index += 1
            continue
        first = index
        base64_21 = "BASE64" in lines[index].split(":", 1)[0].upper()
        index += 1
        while index < len(lines) and (lines[index][:1] in (" ", "\t") or (
                base64_21 and lines[index].strip() and not _PROPERTY.match(lines[index]))):
            index += 1
        yield first, index


def _photo_property(card: str) -> str | None:
    """The PHOTO property of a card as one unfolded line (vCard 2.1's unindented base64 included)."""
    lines = _lines(card)
    for first, end in _photo_spans(lines):
        return lines[first] + "".join(line[1:] if line[:1] in (" ", "\t") else line.strip()
                                      for line in lines[first + 1:end])
    return None


def without_photo(card: str | None) -> str | None:
    """The card without its PHOTO property (folded lines and vCard 2.1's unindented base64 included): a photo the
    user chose or removed replaces the card's own picture, in the app and in what export and sync write."""
    if not card or "PHOTO" not in card.upper():
        return card
    newline = "\r\n" if "\r\n" in card else "\n"
    lines = _lines(card)
    dropped = {index for first, end in _photo_spans(lines) for index in range(first, end)}
    return newline.join(line for index, line in enumerate(lines) if index not in dropped)


def card_photo(card: str | None) -> bytes | None:
    """The picture embedded in a vCard's PHOTO (base64, or a data: URI), None when it has none or links to one."""
    if not card or "PHOTO" not in card.upper():
        return None
    prop = _photo_property(card)
    if prop is None:
        return None
    params, _, value = prop.partition(":")
    value = value.strip()
    if value.lower().startswith("data:"):
        header, _, value = value.partition(",")
        if ";base64" not in header.lower():
            return None
    elif not re.search(r"ENCODING\s*=\s*(b|BASE64)\b|;BASE64\b", params, re.I):
        return None  # a URI: MentorDesk fetches nothing from the network for a picture
    try:
        data = base64.b64decode(re.sub(r"\s+", "", value), validate=False)
    except (binascii.Error, ValueError):
        return None
    return data if image_size(data) is not None or data[:4] in (b"GIF8", b"RIFF") else None
