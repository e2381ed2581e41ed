"""Bytes to text for files other apps wrote: detect the encoding, repair what is safe, say what is doubtful.

Order: a BOM; UTF-16 without a BOM (every other byte NUL); UTF-8, also when a vCard fold cut one
character in two; UTF-8 with a few bad bytes (each replaced and named by line); else charset-normalizer
picks a legacy encoding (Windows-1252, Shift-JIS, ...). When other likely encodings read the same bytes
differently, the note says which lines to check, so mojibake is never imported silently.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from mentordesk.exchange.registry import Problem
from mentordesk.texts import P_, T_

# Encodings real exports use; charset-normalizer's rarer guesses (cp775, mac_latin2, ...) are only a last resort.
COMMON = ("cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258",
          "latin_1", "iso8859_2", "iso8859_5", "iso8859_7", "iso8859_15", "koi8_r", "koi8_u", "mac_roman",
          "cp932", "shift_jis", "euc_jp", "iso2022_jp", "gb2312", "gbk", "gb18030", "big5", "big5hkscs",
          "euc_kr", "cp949", "cp874", "tis_620", "cp437", "cp850")
LABELS = {
    "cp1252": "Windows-1252 (Western European)", "latin_1": "ISO-8859-1 (Western European)",
    "iso8859_15": "ISO-8859-15 (Western European)", "mac_roman": "Mac Roman (Western European)",
    "cp1250": "Windows-1250 (Central European)", "iso8859_2": "ISO-8859-2 (Central European)",
    "cp1251": "Windows-1251 (Cyrillic)", "iso8859_5": "ISO-8859-5 (Cyrillic)", "koi8_r": "KOI8-R (Cyrillic)",
    "koi8_u": "KOI8-U (Cyrillic)", "cp1253": "Windows-1253 (Greek)", "iso8859_7": "ISO-8859-7 (Greek)",
    "cp1254": "Windows-1254 (Turkish)", "cp1255": "Windows-1255 (Hebrew)", "cp1256": "Windows-1256 (Arabic)",
    "cp1257": "Windows-1257 (Baltic)", "cp1258": "Windows-1258 (Vietnamese)",
    "cp932": "Shift-JIS (Japanese)", "shift_jis": "Shift-JIS (Japanese)", "euc_jp": "EUC-JP (Japanese)",
    "iso2022_jp": "ISO-2022-JP (Japanese)", "gb2312": "GB2312 (Simplified Chinese)",
    "gbk": "GBK (Simplified Chinese)", "gb18030": "GB18030 (Simplified Chinese)",
    "big5": "Big5 (Traditional Chinese)", "big5hkscs": "Big5-HKSCS (Traditional Chinese)",
    "euc_kr": "EUC-KR (Korean)", "cp949": "Windows-949 (Korean)", "cp874": "Windows-874 (Thai)",
    "tis_620": "TIS-620 (Thai)", "utf_8": "UTF-8", "utf_16_le": "UTF-16 (little-endian, no BOM)",
    "utf_16_be": "UTF-16 (big-endian, no BOM)",
}
# Latin single-byte codecs charset-normalizer may guess; of those, the ones worth naming as alternatives.
_LATIN = {"cp1252", "cp1250", "cp1254", "cp1257", "latin_1", "iso8859_2", "iso8859_4", "iso8859_9", "iso8859_10",
          "iso8859_13", "iso8859_15", "mac_roman", "mac_latin2", "mac_iceland", "cp437", "cp775", "cp850",
          "cp852", "cp857", "cp858"}
_LATIN_ALTERNATIVES = ("cp1250", "cp1252", "cp1254", "cp1257", "mac_roman")
# Non-Latin codecs still in use that read the same bytes as different letters of one script.
_FAMILIES = ({"cp1251", "koi8_r", "koi8_u"}, {"cp932", "shift_jis", "euc_jp"}, {"gbk", "gb18030", "gb2312", "big5"},
             {"cp949", "euc_kr"}, {"cp1253", "iso8859_7"})
_MAX_LINES_NAMED = 5
# A UTF-8 lead byte (and any continuation bytes already read), a fold (CRLF or LF, then a space or tab),
# then the character's remaining continuation bytes: the fold went through the middle of a character.
_SPLIT_CHARACTER = re.compile(rb"([\xc2-\xf4][\x80-\xbf]{0,2})(\r?\n[ \t])([\x80-\xbf]{1,3})")
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_PROPERTY = re.compile(r"^(?:[\w-]+\.)?([A-Za-z][\w-]*)[;:]")


@dataclass
class Decoded:
    """A file's text, the codec that read it, and notes for the preview (doubtful or replaced bytes)."""

    text: str
    encoding: str
    notes: list[Problem] = field(default_factory=list)
    # When the encoding is a guess with plausible rivals: the codec read first, then the rivals (a chooser's list)
    candidates: list[str] = field(default_factory=list)


def label(encoding: str) -> str:
    """A person's name for a codec ("cp932" -> "Shift-JIS (Japanese)")."""
    name = codecs.lookup(encoding).name.replace("-", "_")
    return LABELS.get(name, LABELS.get(encoding, encoding))


def decode(data: bytes, properties: bool = False, encoding: str | None = None) -> Decoded:
    """Decode a file's bytes; `properties` names the vCard property of a line in its notes; `encoding` is the
    user's choice (a codec name) over the detection."""
    if encoding:
        decoded = _with_replacements(data, codecs.lookup(encoding).name, properties)
        decoded.notes.insert(0, Problem(None, T_("read the file as {encoding}, as chosen", encoding=label(encoding)),
                                        kind="info"))
        return decoded
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
                       (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return _with_replacements(data, codec, properties)
    bare_utf16 = _bomless_utf16(data)
    if bare_utf16:
        return _with_replacements(data, bare_utf16, properties)
    for candidate in (data, _SPLIT_CHARACTER.sub(rb"\1\3\2", data)):
        try:
            return Decoded(candidate.decode("utf-8"), "utf-8")
        except UnicodeDecodeError:
            continue
    if _mostly_utf8(data):
        return _with_replacements(_SPLIT_CHARACTER.sub(rb"\1\3\2", data), "utf-8", properties)
    return _legacy(data, properties)


def _bomless_utf16(data: bytes) -> str | None:
    """'utf_16_le'/'utf_16_be' when NUL is every other byte (ASCII-heavy UTF-16 without a BOM)."""
    sample = data[:8192]
    half = len(sample) // 2
    if half < 4 or len(data) % 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd > half * 0.3 and even < half * 0.05:
        return "utf_16_le"
    if even > half * 0.3 and odd < half * 0.05:
        return "utf_16_be"
    return None


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 with a few stray bytes: valid multi-byte characters outnumber the invalid bytes."""
    valid = len(_UTF8_MULTIBYTE.findall(data))
    if not valid:
        return False
    invalid = len(data.decode("utf-8", "replace").encode("utf-8")) - len(data)  # each U+FFFD is 3 bytes
    bad = max(1, invalid // 2)
    return valid >= 2 * bad


def _where(text_line: str, properties: bool) -> str:
    match = _PROPERTY.match(text_line) if properties else None
    return f"{match.group(1).upper()}: " if match else ""


def _with_replacements(data: bytes, codec: str, properties: bool) -> Decoded:
    """Decode, replacing undecodable bytes with U+FFFD and naming each line where that happened."""
    try:
        return Decoded(data.decode(codec), codec)
    except UnicodeDecodeError:
        pass
    text = data.decode(codec, "replace")
    notes = []
    for number, line in enumerate(text.split("\n"), start=1):
        if "\ufffd" in line:
            notes.append(Problem(number, _where(line, properties) + T_("bytes that are not valid {encoding} were "
                                                                       "replaced with \ufffd", encoding=label(codec)),
                                 kind="warning"))
    if len(notes) > _MAX_LINES_NAMED:
        rest = len(notes) - _MAX_LINES_NAMED
        notes = notes[:_MAX_LINES_NAMED] + [Problem(notes[_MAX_LINES_NAMED].line,
                                                    P_(rest, "... and {n} more line(s) with bytes replaced"),
                                                    kind="warning")]
    return Decoded(text, codec, notes)


def _choices(data: bytes) -> tuple[str, list[str]] | None:
    """The codec to read a non-UTF file with, and the other plausible codecs to check it against.

    Statistics cannot tell Western from Central European Windows text in a few names (charset-normalizer
    rates "Dvořák" read as cp1252 no worse than as cp1250), so Latin text is read as Windows-1252, the
    most common, and the other Latin codecs are kept as alternatives to name where they differ.
    """
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        return None
    best = min(m.chaos for m in matches)
    close = [m.encoding for m in matches if m.chaos <= best + 0.02]
    if any(c in _LATIN for c in close[:1]) or "cp1252" in close:
        chosen = "cp1252" if _decodes(data, "cp1252") else close[0]
        others = [c for c in dict.fromkeys(close + ["cp1250"]) if c in _LATIN_ALTERNATIVES and c != chosen]
        return chosen, [c for c in others if _decodes(data, c)]
    common = [c for c in close if c in COMMON] or close
    family = next((f for f in _FAMILIES if common[0] in f), set())
    return common[0], [c for c in common[1:] if c in family and _decodes(data, c)]


def _decodes(data: bytes, codec: str) -> bool:
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        return False
    return True


def _legacy(data: bytes, properties: bool) -> Decoded:
    """Decode a non-UTF file with the most likely legacy encoding; doubt goes into a note."""
    choices = _choices(data)
    if choices is None:
        text = data.decode("cp1252", "replace")
        return Decoded(text, "cp1252", [Problem(None, T_("could not tell the file's text encoding; read it as "
                                                         "{encoding}: check names and notes for garbled letters (or "
                                                         "save the file as UTF-8)", encoding=label("cp1252")),
                                                kind="warning")])
    chosen, alternatives = choices
    text = data.decode(chosen, "replace")
    differing, others = _differing_lines(data, chosen, alternatives, properties)
    if not differing:
        note = Problem(None, T_("the file is not UTF-8; read it as {encoding}", encoding=label(chosen)), kind="info")
        return Decoded(text, chosen, [note])
    where = ", ".join(differing[:_MAX_LINES_NAMED]) + (" ..." if len(differing) > _MAX_LINES_NAMED else "")
    candidates = [chosen, *others]
    maybe = T_(" or ").join(label(o) for o in others)
    note = Problem(None, T_("the file's text encoding is uncertain: read it as {encoding}, but it may be {others}; "
                            "check the letters on line(s) {lines} (or save the file as UTF-8)",
                            encoding=label(chosen), others=maybe, lines=where), kind="warning")
    return Decoded(text, chosen, [note], candidates)


def _differing_lines(data: bytes, chosen: str, others: list[str], properties: bool) -> tuple[list[str], list[str]]:
    """Lines (as 'N' or 'N (NAME)') that another candidate reads differently, and those candidates."""
    lines: list[str] = []
    disagreeing: list[str] = []
    for number, raw in enumerate(data.split(b"\n"), start=1):
        if max(raw, default=0) < 0x80:
            continue
        ours = raw.decode(chosen, "replace")
        differ = [o for o in others if raw.decode(o, "replace") != ours]
        if differ:
            disagreeing.extend(o for o in differ if o not in disagreeing)
            prop = _where(ours, properties).rstrip(": ")
            lines.append(f"{number} ({prop})" if prop else str(number))
    return lines, disagreeing
