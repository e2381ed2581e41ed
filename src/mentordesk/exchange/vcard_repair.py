"""Cards real apps write that vobject rejects: repair what is safe, leave out (and name) only what is not.

Used only for a card vobject refused. Safe repairs: Lotus Notes' `PROFILE:VCard`; KDE's property names
with a slash (`X-messaging/twitter-All`); quoted-printable without CHARSET that is not UTF-8 (The Bat!);
a byte the declared CHARSET cannot read; base64 without its padding, or continued on unindented lines.
Whatever still fails is tried property by property, and only the properties vobject cannot read are
left out, each with a note naming its line, so one bad PHOTO no longer costs the whole contact.
"""

from __future__ import annotations

import base64
import binascii
import quopri
import re
from dataclasses import dataclass, field

import vobject

from mentordesk.exchange import decoding
from mentordesk.exchange.registry import Problem
from mentordesk.texts import N_, T_, translate


@dataclass
class RawCard:
    """One BEGIN:VCARD..END:VCARD block, the line it starts on, and the file line of each of its lines."""

    line: int
    text: str
    numbers: list[int] = field(default_factory=list)


_PROPERTY = re.compile(r"^[^\s:;]+[;:]")
_NAME_OK = re.compile(r"^[A-Za-z0-9_-]+$")
_KDE_MESSAGING = re.compile(r"^x-messaging/([a-z0-9]+)-all$", re.I)
_KDE_NAMES = {"xmpp": "X-JABBER", "googletalk": "X-GTALK", "gadu": "X-GADUGADU"}
_IANA = {"cp1250": "windows-1250", "cp1251": "windows-1251", "cp1252": "windows-1252", "cp1253": "windows-1253",
         "cp1254": "windows-1254", "cp1255": "windows-1255", "cp1256": "windows-1256", "cp1257": "windows-1257",
         "cp932": "Shift_JIS", "koi8_r": "KOI8-R", "gb18030": "GB18030", "big5": "Big5"}
_NOUNS = {"PHOTO": N_("photo"), "LOGO": N_("logo"), "SOUND": N_("sound clip"), "KEY": N_("key")}


@dataclass
class _Line:
    """One unfolded content line and the file line it starts on."""

    number: int
    text: str

    @property
    def head(self) -> str:
        return self.text.split(":", 1)[0]

    @property
    def name(self) -> str:
        return self.head.split(";", 1)[0].rpartition(".")[2].upper()

    def params(self) -> list[str]:
        return self.head.split(";")[1:]

    def is_base64(self) -> bool:
        return any(p.strip().upper() in ("ENCODING=B", "ENCODING=BASE64", "BASE64") for p in self.params())

    def is_qp(self) -> bool:
        return any("QUOTED-PRINTABLE" in p.upper() for p in self.params())


def _unfold(card: RawCard) -> list[_Line]:
    """Content lines: RFC folding, quoted-printable soft breaks and vCard 2.1's unindented base64 joined."""
    lines: list[_Line] = []
    numbers = card.numbers or list(range(card.line, card.line + card.text.count("\n") + 1))
    in_base64 = False
    for number, raw in zip(numbers, card.text.replace("\r\n", "\n").split("\n")):
        if not raw.strip():
            in_base64 = False  # a blank line ends 2.1 base64 data
            continue
        if raw[:1] in (" ", "\t") and lines:
            lines[-1].text += raw[1:].strip() if in_base64 else raw[1:]
        elif lines and lines[-1].is_qp() and lines[-1].text.endswith("="):
            lines[-1].text = lines[-1].text[:-1] + raw
        elif in_base64 and ":" not in raw:
            lines[-1].text += raw.strip()
        else:
            lines.append(_Line(number, raw))
            in_base64 = lines[-1].is_base64()
    return lines


def _renamed(line: _Line) -> _Line:
    """KDE's `X-messaging/twitter-All` as X-TWITTER (what KDE itself writes in 4.0); other bad characters as '-'."""
    group, _, name = line.head.split(";", 1)[0].rpartition(".")
    if _NAME_OK.match(name) and (not group or _NAME_OK.match(group)):
        return line
    kde = _KDE_MESSAGING.match(name)
    if kde:
        name = _KDE_NAMES.get(kde.group(1).lower(), f"X-{kde.group(1).upper()}")
    else:
        name = re.sub(r"[^A-Za-z0-9-]", "-", name)
        name = name if name.upper().startswith("X-") else f"X-{name}"
    group = re.sub(r"[^A-Za-z0-9-]", "-", group)
    rest = line.text[len(line.head.split(";", 1)[0]):]
    return _Line(line.number, (f"{group}.{name}" if group else name) + rest)


def _with_params(line: _Line, params: list[str], value: str) -> _Line:
    name = line.head.split(";", 1)[0]
    return _Line(line.number, ";".join([name] + params) + ":" + value)


def _charset_of(params: list[str]) -> str | None:
    return next((p.split("=", 1)[1].strip().strip('"') for p in params if p.upper().startswith("CHARSET=")), None)


def _qp_bytes(line: _Line) -> bytes:
    return quopri.decodestring(line.text.split(":", 1)[1].encode("latin-1", "replace"))


def _guess_charset(lines: list[_Line]) -> tuple[str, bool]:
    """The codec of a card's quoted-printable bytes that declare no CHARSET, and whether that is doubtful."""
    data = b"\n".join(_qp_bytes(line) for line in lines if line.is_qp() and not _charset_of(line.params()))
    decoded = decoding.decode(data)
    return decoded.encoding, any(n.kind == "warning" for n in decoded.notes)


def _fix_qp(line: _Line, guessed: tuple[str, bool] | None, notes: list[Problem], without_charset: list[_Line]) -> _Line:
    """Quoted-printable whose bytes its (missing or wrong) CHARSET cannot read."""
    params = line.params()
    charset = _charset_of(params)
    data = _qp_bytes(line)
    try:
        data.decode(charset or "utf-8")
        return line
    except (UnicodeError, LookupError):  # a bad byte; an unknown (or "undefined") CHARSET
        pass
    if charset is None and guessed is not None:
        codec = guessed[0]
        without_charset.append(line)
        return _with_params(line, params + [f"CHARSET={_IANA.get(codec, codec)}"], line.text.split(":", 1)[1])
    try:
        text = data.decode(charset or "utf-8", "replace")
        why = T_("bytes not valid in {encoding} were replaced with \ufffd", encoding=charset or "UTF-8")
    except (UnicodeError, LookupError):
        guess = decoding.decode(data)
        text = guess.text
        why = T_("the unknown CHARSET {charset!r} was read as {encoding}", charset=charset,
                 encoding=decoding.label(guess.encoding))
    notes.append(Problem(line.number, f"{line.name}: {why}", kind="warning"))
    params = [p for p in params if not p.upper().startswith("CHARSET=")] + ["CHARSET=UTF-8"]
    value = quopri.encodestring(text.encode("utf-8")).decode("ascii").replace("=\n", "")
    return _with_params(line, params, value.replace("\n", "=0A"))


def _fix_base64(line: _Line) -> _Line:
    """Base64 whose only fault is missing '=' padding (or spaces) gets it; other faults are left to isolate()."""
    head, _, value = line.text.partition(":")
    data = re.sub(r"\s", "", value)
    try:
        base64.b64decode(data, validate=True)
        return line if data == value else _Line(line.number, f"{head}:{data}")
    except binascii.Error:
        padded = data.rstrip("=") + "=" * (-len(data.rstrip("=")) % 4)
        try:
            base64.b64decode(padded, validate=True)
        except binascii.Error:
            return line
        return _Line(line.number, f"{head}:{padded}")


def repair(card: RawCard) -> tuple[RawCard, list[Problem]]:
    """The card with the safe repairs made, and notes for the ones the preview should mention."""
    lines = _unfold(card)
    notes: list[Problem] = []
    undeclared = any(line.is_qp() and not _charset_of(line.params()) for line in lines)
    guessed = _guess_charset(lines) if undeclared and _needs_guess(lines) else None
    fixed, without_charset = [], []
    for line in lines:
        if line.name == "PROFILE" and line.text.split(":", 1)[-1].strip().upper() == "VCARD":
            continue  # Lotus Notes: vobject takes PROFILE for its own and refuses "VCard"
        line = _renamed(line)
        if line.is_qp():
            line = _fix_qp(line, guessed, notes, without_charset)
        elif line.is_base64():
            line = _fix_base64(line)
        fixed.append(line)
    if without_charset and guessed is not None:
        names = ", ".join(dict.fromkeys(line.name for line in without_charset))
        reason = T_("quoted-printable text without a CHARSET ({names}) read as {encoding}", names=names,
                    encoding=decoding.label(guessed[0]))
        doubtful = guessed[1]
        notes.append(Problem(without_charset[0].number, reason + (T_("; that is uncertain: check its letters")
                                                                   if doubtful else ""),
                             kind="warning" if doubtful else "info"))
    return _card(card.line, fixed), notes


def _needs_guess(lines: list[_Line]) -> bool:
    for line in lines:
        if line.is_qp() and not _charset_of(line.params()):
            try:
                _qp_bytes(line).decode("utf-8")
            except UnicodeDecodeError:
                return True
    return False


def _card(start: int, lines: list[_Line]) -> RawCard:
    return RawCard(start, "".join(line.text + "\r\n" for line in lines), [line.number for line in lines])


def _version(lines: list[_Line]) -> str:
    return next((line.text.split(":", 1)[1].strip() for line in lines if line.name == "VERSION"), "3.0")


def _reason(line: _Line, exc: Exception) -> str:
    if line.is_base64() or "base64" in str(exc).lower():
        return T_("its data is not valid base64")
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return message[:100]


def isolate(card: RawCard) -> tuple[RawCard, list[Problem]]:
    """The card without the properties vobject cannot read on their own, and a note for each one."""
    lines = _unfold(card)
    version = _version(lines)
    kept, notes = [], []
    for line in lines:
        if line.name in ("BEGIN", "END", "VERSION"):
            kept.append(line)
            continue
        try:
            vobject.readOne(f"BEGIN:VCARD\r\nVERSION:{version}\r\n{line.text}\r\nEND:VCARD\r\n", allowQP=True)
        except Exception as exc:  # noqa: BLE001 - vobject raises many kinds; each bad property is named
            noun = translate(_NOUNS.get(line.name, line.name))
            notes.append(Problem(line.number, T_("{what} left out: {reason}", what=noun, reason=_reason(line, exc)),
                                 kind="left out"))
            continue
        kept.append(line)
    return _card(card.line, kept), notes
