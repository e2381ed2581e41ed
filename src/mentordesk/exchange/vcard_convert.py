"""A kept vCard line rewritten in the forms of the version being written (strict in what we write).

A card read as 2.1, 3.0 or 4.0 keeps every property MentorDesk does not own; written as 4.0 it must
be valid RFC 6350 (PHOTO as a data URI, no ENCODING/CHARSET, no LABEL/CLASS, 4.0 dates) and written
as 3.0 it must use only RFC 2426 forms (no `BDAY:--0315`, no PREF=1, no 4.0-only properties).
"""

from __future__ import annotations

import re

from mentordesk.exchange.vcard_lines import Line, components, decode_qp, escape, list_items, unescape

BINARY = {"PHOTO", "LOGO", "SOUND", "KEY"}
DATES = {"BDAY", "ANNIVERSARY", "DEATHDATE", "X-ANNIVERSARY"}
# Properties RFC 6350 removed; LABEL's text moves onto its ADR instead (see attach_labels).
REMOVED_IN_40 = {"LABEL", "CLASS", "NAME", "MAILER", "PROFILE", "SORT-STRING", "AGENT"}
# 4.0 (and RFC 6474) properties a 3.0 card can only carry as X- extensions.
ONLY_IN_40 = {"KIND", "GENDER", "LANG", "ANNIVERSARY", "XML", "CLIENTPIDMAP", "MEMBER", "RELATED",
              "BIRTHPLACE", "DEATHPLACE", "DEATHDATE"}
PARAMS_ONLY_IN_40 = {"PID", "ALTID", "SORT-AS", "CALSCALE", "GEO", "TZ", "INDEX", "LEVEL", "CC", "MEDIATYPE", "LABEL"}
# Parameters only plain 3.0 text understands: quoted-printable is decoded, the charset is the file's.
_TEXT_SINGLE = {"FN", "NOTE", "TITLE", "ROLE"}
_STRUCTURED = {"N": 5, "ADR": 7}
_EMAIL_ONLY_30 = {"internet", "x400"}
_ADR_ONLY_30 = {"dom", "intl", "postal", "parcel"}
_MEDIA = {"PHOTO": "image", "LOGO": "image", "SOUND": "audio", "KEY": "application"}
_KEY_MEDIA = {"pgp": "application/pgp-keys", "x509": "application/pkix-cert"}
_DATA_URI = re.compile(r"^data:([^;,]*)((?:;[^;,]*)*?);base64,(.*)$", re.I | re.S)
_MARKS = re.compile(r"[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
OMIT_YEAR = "1604"
_TOKEN = re.compile(r"[A-Za-z0-9-]+")
_NOT_TOKEN = re.compile(r"[^A-Za-z0-9-]+")  # Apple's marker year for a birthday without one (X-APPLE-OMIT-YEAR=1604)


def convert(line: Line, source: str, target: str) -> list[Line]:
    """The line in `target` ("3.0" or "4.0") forms; none when it has no place there."""
    original = line
    name, group = line.name, line.group
    if not _TOKEN.fullmatch(name):  # only letters, digits and '-' make a property name
        name = "X-" + _NOT_TOKEN.sub("-", name).strip("-").removeprefix("X-")
    if group and not _TOKEN.fullmatch(group):
        group = _NOT_TOKEN.sub("-", group).strip("-")
    line = Line(name, line.value, _bare_params(line.params), group)
    _decode_legacy(line, source)
    result = _to_40(line) if target == "4.0" else _to_30(line)
    if source == target and len(result) == 1 and original.raw:
        as_read = Line(original.name, original.value, original.params, original.group)
        if result[0].render(target) == as_read.render(target):
            result[0].raw = original.raw  # nothing to change: the property goes back untouched
    return result


def _bare_params(params):
    """vCard 2.1's bare parameters (HOME, CELL, QUOTED-PRINTABLE, BASE64) as NAME=value."""
    out = []
    for key, values in params:
        if key:
            out.append((key, values))
            continue
        for value in values:
            upper = value.upper()
            if upper in ("QUOTED-PRINTABLE", "BASE64", "B"):
                out.append(("ENCODING", [upper]))
            elif upper not in ("7BIT", "8BIT"):
                out.append(("TYPE", [value]))
    return out


def _decode_legacy(line: Line, source: str) -> None:
    """Quoted-printable decoded and re-escaped; CHARSET dropped (the file is UTF-8 now)."""
    encoding = [v.upper() for v in line.values("ENCODING")]
    if "QUOTED-PRINTABLE" in encoding:
        charset = next(iter(line.values("CHARSET")), None)
        text = decode_qp(line.value, charset)
        line.value = _escape_as(line.name, text)
        line.params = line.without("ENCODING", "CHARSET")
    elif source == "2.1" and (line.name in _TEXT_SINGLE or line.name in _STRUCTURED or line.name == "ORG"):
        line.value = _escape_as(line.name, line.value)
        line.params = line.without("CHARSET")
    else:
        line.params = line.without("CHARSET")
        if line.name in _TEXT_SINGLE:  # a raw comma in FN or NOTE is text: write it escaped
            line.value = escape(unescape(line.value))
        elif line.name == "ORG":
            line.value = ";".join(escape(unescape(unit)) for unit in components(line.value))
    if line.name in _STRUCTURED:
        parts = components(line.value)
        parts += [""] * (_STRUCTURED[line.name] - len(parts))
        line.value = ";".join(parts)
    if line.name == "TEL":  # Android's invisible direction marks around a number
        line.value = _MARKS.sub("", line.value)
    if encoding and "QUOTED-PRINTABLE" not in encoding and line.name not in BINARY:
        line.params = line.without("ENCODING")  # 8BIT and friends mean nothing on text


def _escape_as(name: str, text: str) -> str:
    """Decoded 2.1 text escaped for 3.0/4.0: `;` still separates components of structured values."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if name in _STRUCTURED or name == "ORG":
        return ";".join(escape(part.replace("\\;", ";")) for part in re.split(r"(?<!\\);", text))
    if name in ("CATEGORIES", "NICKNAME"):
        return ",".join(escape(part) for part in text.split(","))
    if name in _TEXT_SINGLE:
        return escape(text)
    return text.replace("\n", "\\n")


# --- 4.0 ------------------------------------------------------------------------------------

def _to_40(line: Line) -> list[Line]:
    if line.name in REMOVED_IN_40 and line.name != "LABEL":  # attach_labels moves LABEL onto its ADR
        return []
    if line.name == "X-ANNIVERSARY":
        line.name = "ANNIVERSARY"
    params = []
    pref = False
    for key, values in line.params:
        if key == "TYPE":
            kept = []
            for value in values:
                low = value.lower()
                if low == "pref":
                    pref = True
                elif not (line.name == "EMAIL" and low in _EMAIL_ONLY_30) and not (
                        line.name == "ADR" and low in _ADR_ONLY_30):
                    kept.append(low)
            if kept:
                params.append(("TYPE", kept))
        elif key == "VALUE" and line.name in DATES and values and values[0].lower() == "date":
            continue  # 4.0 dates are date-and-or-time, the default
        elif key == "X-APPLE-OMIT-YEAR":
            continue
        else:
            params.append((key, values))
    if pref and not any(key == "PREF" for key, _ in params):
        params.append(("PREF", ["1"]))
    omit = next(iter(line.values("X-APPLE-OMIT-YEAR")), None)
    line.params = params
    if line.name in BINARY:
        _binary_40(line)
    elif line.name in DATES and not _is_text(line):
        written = date_40(line.value, omit)
        if written is None:
            line.params = line.without("VALUE") + [("VALUE", ["text"])]
        else:
            line.value = written
    elif line.name == "GEO" and not line.value.lower().startswith("geo:"):
        parts = [p.strip() for p in line.value.split(";")]
        if len(parts) == 2:
            line.value = f"geo:{parts[0]},{parts[1]}"
    return [line]


def _binary_40(line: Line) -> None:
    encoding = [v.upper() for v in line.values("ENCODING")]
    kind = next(iter(line.values("TYPE")), "")
    if encoding and encoding[0] in ("B", "BASE64"):
        data = re.sub(r"\s", "", line.value)
        line.value = f"data:{_media_type(line.name, kind)};base64,{data}"
        line.params = line.without("ENCODING", "TYPE", "VALUE")
    else:
        line.params = line.without("ENCODING")
        if kind and "/" not in kind and not line.value.lower().startswith("data:"):
            line.params = line.without("TYPE") + [("MEDIATYPE", [_media_type(line.name, kind)])]
        if any(v.lower() == "uri" for v in line.values("VALUE")):
            line.params = line.without("VALUE")


def _media_type(name: str, kind: str) -> str:
    kind = kind.strip().lower()
    if "/" in kind:
        return kind
    if name == "KEY":
        return _KEY_MEDIA.get(kind, f"application/{kind or 'octet-stream'}")
    return f"{_MEDIA.get(name, 'image')}/{kind or ('jpeg' if name != 'SOUND' else 'basic')}"


def _is_text(line: Line) -> bool:
    return any(v.lower() == "text" for v in line.values("VALUE"))


# --- 3.0 ------------------------------------------------------------------------------------

def _to_30(line: Line) -> list[Line]:
    extra: list[Line] = []
    if line.name in ONLY_IN_40:
        line.name = "X-" + line.name
    params, types, type_at = [], [], None
    for key, values in line.params:
        if key in ("PREF", "TYPE") and type_at is None:
            type_at = len(params)
        if key == "PREF":
            types.append("PREF")
        elif key == "TYPE":
            types.extend(values)
        elif key == "LABEL" and line.name == "ADR":  # RFC 6350's own example writes \n in the label
            label_types = [("TYPE", list(line.values("TYPE")))] if line.values("TYPE") else []
            extra.append(Line("LABEL", escape(unescape(values[0] if values else "")), label_types, line.group))
        elif key == "MEDIATYPE" and line.name in BINARY:
            type_at = len(params) if type_at is None else type_at
            types.append(values[0].split("/")[-1].upper() if values else "")
        elif key in PARAMS_ONLY_IN_40 or key == "VALUE" and values and values[0].lower() == "date-and-or-time":
            continue
        else:
            params.append((key, values))
    if types:
        params.insert(type_at or 0, ("TYPE", [t for t in dict.fromkeys(types) if t]))
    line.params = params
    if line.name in BINARY:
        _binary_30(line)
    elif line.name in ("BDAY", "X-ANNIVERSARY", "X-DEATHDATE"):
        if _is_text(line):
            line.name = "X-" + line.name.removeprefix("X-") + "-TEXT"
            line.params = line.without("VALUE")
        else:
            written, omitted = date_30(line.value, next(iter(line.values("X-APPLE-OMIT-YEAR")), None))
            if written is None:
                line.name = "X-" + line.name.removeprefix("X-") + "-TEXT"
            else:
                line.value = written
                line.params = line.without("X-APPLE-OMIT-YEAR", "VALUE")
                if omitted:
                    line.params.append(("X-APPLE-OMIT-YEAR", [OMIT_YEAR]))
    elif line.name == "GEO" and line.value.lower().startswith("geo:"):
        parts = line.value[4:].split(";")[0].split(",")
        if len(parts) >= 2:
            line.value = f"{parts[0]};{parts[1]}"
    elif line.name == "TEL" and line.value.lower().startswith("tel:"):  # the number as read (;ext=12 kept)
        line.value = line.value[4:]
        line.params = line.without("VALUE")
    return [line] + extra


def _binary_30(line: Line) -> None:
    match = _DATA_URI.match(line.value)
    if match:
        media = match.group(1).lower()
        line.value = match.group(3)
        kind = media.split("/")[-1].upper() if media else "JPEG"
        line.params = line.without("TYPE", "VALUE", "ENCODING") + [("ENCODING", ["b"]), ("TYPE", [kind])]
        return
    encoding = [v.upper() for v in line.values("ENCODING")]
    if encoding and encoding[0] in ("B", "BASE64"):
        line.params = [(key, ["b"] if key == "ENCODING" else values) for key, values in line.params]
        line.value = re.sub(r"\s", "", line.value)
    elif not line.values("VALUE"):
        line.params.append(("VALUE", ["uri"]))


# --- dates ----------------------------------------------------------------------------------

_DATE = re.compile(r"^(?:(\d{4})|--)-?(\d{2})?-?(\d{2})?(T[0-9:]+(?:Z|[+-]\d{2}:?\d{2})?)?$")
_YEARLESS = re.compile(r"^--(\d{2})-?(\d{2})$")


def _parts(value: str, omit: str | None):
    """(year or None, month, day, time suffix) of a date in any vCard form, or None."""
    value = value.strip()
    match = _YEARLESS.match(value)
    if match:
        return None, match.group(1), match.group(2), ""
    match = _DATE.match(value)
    if not match or not match.group(2) or not match.group(3):
        return None
    year, month, day, time = match.groups()
    if year and year == omit:
        year = None
    if not (1 <= int(month) <= 12 and 1 <= int(day) <= 31):
        return None
    return year, month, day, time or ""


def _time_40(time: str) -> str:
    return time.replace(":", "")


def date_40(value: str, omit: str | None = None) -> str | None:
    """A date as RFC 6350 writes it: 19850315, --0315, 19850315T101500Z; None when unreadable."""
    parts = _parts(value, omit)
    if parts is None:
        return None
    year, month, day, time = parts
    if year is None:
        return f"--{month}{day}"
    return f"{year}{month}{day}{_time_40(time)}"


def date_30(value: str, omit: str | None = None) -> tuple[str | None, bool]:
    """A date as RFC 2426 writes it (1985-03-15), with Apple's 1604 for no year: (text, year omitted)."""
    parts = _parts(value, omit)
    if parts is None:
        return None, False
    year, month, day, time = parts
    if time:
        time = time if ":" in time else re.sub(r"^T(\d{2})(\d{2})(\d{2})?", lambda m: "T" + ":".join(
            g for g in m.groups() if g), time)
    if year is None:
        return f"{OMIT_YEAR}-{month}-{day}", True
    return f"{year}-{month}-{day}{time}", False


def attach_labels(lines: list[Line]) -> list[Line]:
    """4.0 has no LABEL property: its text becomes the LABEL parameter of the matching ADR (else it goes)."""
    labels = [line for line in lines if line.name == "LABEL"]
    if not labels:
        return lines
    addresses = [line for line in lines if line.name == "ADR"]
    for label in labels:
        wanted = set(label.types()) - {"pref"}
        target = next((a for a in addresses if not a.has("LABEL") and set(a.types()) - {"pref"} == wanted), None)
        if target is None and len(addresses) == 1 and not addresses[0].has("LABEL"):
            target = addresses[0]
        if target is not None:
            target.params.append(("LABEL", [unescape(label.value)]))
    return [line for line in lines if line.name != "LABEL"]


def item_values(value: str) -> list[str]:
    """CATEGORIES-style items, unescaped."""
    return [unescape(v).strip() for v in list_items(value) if v.strip()]
