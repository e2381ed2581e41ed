"""Reading and writing exchange files: encodings real exports use, and clear errors for bad paths."""

from __future__ import annotations

from pathlib import Path

from mentordesk.exchange import decoding
from mentordesk.safety.files import write_private
from mentordesk.services.core import ServiceError
from mentordesk.texts import T_


def decode(data: bytes) -> str:
    """Text from bytes in whatever encoding the exporting app chose (see exchange.decoding)."""
    return decoding.decode(data).text


def read_bytes(path) -> bytes:
    """The file's bytes, or a ServiceError naming the file."""
    path = Path(path)
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise ServiceError(T_("{path}: no such file", path=path)) from None
    except IsADirectoryError:
        raise ServiceError(T_("{path} is a folder, not a file", path=path)) from None
    except OSError as exc:
        raise ServiceError(T_("cannot read {path}: {error}", path=path, error=exc.strerror)) from None


def read_text(path) -> str:
    """The file as text, whatever encoding the exporting app chose."""
    return decode(read_bytes(path)).replace("\x00", "")


def read_decoded(path, properties: bool = False, encoding: str | None = None) -> decoding.Decoded:
    """The file as text with notes for the preview: a doubtful encoding, bytes that had to be replaced
    (`encoding`: the one the user chose instead of the detected one)."""
    decoded = decoding.decode(read_bytes(path), properties, encoding)
    decoded.text = decoded.text.replace("\x00", "")
    return decoded


def write_text(path, text: str, newline: str = "") -> None:
    """Write a whole file atomically and mode 0600 (a half-written export never replaces a good one nor lingers)."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ServiceError(T_("cannot write {path}: folder {folder} does not exist", path=path, folder=folder))
    if newline:
        text = text.replace("\n", newline)
    try:
        write_private(path, text.encode("utf-8"))
    except OSError as exc:
        raise ServiceError(T_("cannot write {path}: {error}", path=path, error=exc.strerror or exc)) from None
