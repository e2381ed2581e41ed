"""vCard content-line syntax shared by reading and writing: unfolding, quoted-printable, a line's parts."""

from __future__ import annotations

import quopri
import re
from dataclasses import dataclass, field


# Separators str.splitlines() and vobject also break lines at; inside a value they are text.
_LINE_LIKE = {"\u2028": "\\n", "\u2029": "\\n", "\x85": "\\n", "\x0b": " ", "\x0c": " ",
              "\x1c": " ", "\x1d": " ", "\x1e": " "}
_LINE_LIKE_RE = re.compile("[" + "".join(_LINE_LIKE) + "]")
_BARE_CR = re.compile(r"\r(?!\\n)")


def physical_lines(text: str) -> list[str]:
    """A file's (or stored card's) lines; a CR alone inside a line (Thunderbird writes them in notes), U+2028,
    NEL and the like are a newline or a space in the value, not line ends.

    Only LF (or CRLF) ends a line, unless the text has no LF at all (old Mac files end lines with CR).
    """
    if "\n" not in text:
        return text.split("\r")
    lines = text.split("\n")
    for index, line in enumerate(lines):
        line = line.rstrip("\r")
        if "\r" in line:
            line = _BARE_CR.sub(r"\\n", line).replace("\r", "")  # "\r\n" escaped as "\r\\n" keeps one newline
        if _LINE_LIKE_RE.search(line):
            line = _LINE_LIKE_RE.sub(lambda m: _LINE_LIKE[m.group(0)], line)
        lines[index] = line
    return lines


def logical_lines(card_text: str) -> list[str]:
    """Unfold a stored card into content lines (RFC folding and vCard 2.1 quoted-printable soft breaks); only
    line ends end a line (physical_lines): a card stored before the import cleaned it is read whole."""
    lines: list[str] = []
    for raw in physical_lines(card_text):
        if raw[:1] in (" ", "\t") and lines:
            lines[-1] += raw[1:]
        elif lines and is_qp(lines[-1]) and lines[-1].endswith("="):
            lines[-1] = lines[-1][:-1] + raw  # a quoted-printable soft line break
        elif raw.strip():
            lines.append(raw)
    return lines


def normalise_newlines(value: str) -> str:
    """Text with every CRLF or CR as LF, trimmed (a NOTE's paragraphs, read or compared)."""
    return value.replace("\r\n", "\n").replace("\r", "\n").strip()


def is_qp(line: str) -> bool:
    """True when the content line's value is quoted-printable (vCard 2.1)."""
    head = line.split(":", 1)[0].upper()
    return "QUOTED-PRINTABLE" in head


def split_head(line: str) -> tuple[str, str, list[str], str]:
    """(group, NAME, params, value) of a content line; params keep their original spelling."""
    head, _, value = line.partition(":")
    parts = head.split(";")
    group, _, name = parts[0].rpartition(".")
    return group, name.upper(), parts[1:], value


# --- a content line as parts, quote-aware, for the writer ----------------------------------

_CARET = re.compile(r"\^([n^'])")
_ESCAPED = re.compile(r"\\(.)", re.S)
_UNESCAPED_SEMI = re.compile(r"(?<!\\)((?:\\\\)*);")
_UNESCAPED_COMMA = re.compile(r"(?<!\\)((?:\\\\)*),")


@dataclass
class Line:
    """One content line: group, upper-case NAME, params as (NAME, [values]) in order, raw value.

    `raw` is the line exactly as read; while set, it is what render() writes (an untouched property).
    """

    name: str
    value: str = ""
    params: list[tuple[str, list[str]]] = field(default_factory=list)
    group: str = ""
    raw: str = ""

    def values(self, name: str) -> list[str]:
        """Every value of a parameter (TYPE=a,b and TYPE=a;TYPE=b alike)."""
        return [v for key, values in self.params if key == name for v in values]

    def has(self, name: str) -> bool:
        return any(key == name for key, _ in self.params)

    def without(self, *names: str) -> list[tuple[str, list[str]]]:
        return [(key, values) for key, values in self.params if key not in names]

    def types(self) -> list[str]:
        """TYPE values in lower case (2.1's bare HOME/CELL included once parsed)."""
        return [t.lower() for t in self.values("TYPE") if t]

    def render(self, version: str = "3.0") -> str:
        if self.raw:
            return self.raw
        head = f"{self.group}.{self.name}" if self.group else self.name
        for key, values in self.params:
            shown = ",".join(_param_value(v, version) for v in values)
            head += f";{key}={shown}" if key else f";{shown}"
        return f"{head}:{self.value}"


def _param_value(value: str, version: str) -> str:
    if version == "4.0":  # RFC 6868: ^ escapes newline, quote and caret inside parameter values
        value = value.replace("^", "^^").replace("\n", "^n").replace('"', "^'")
    else:
        value = value.replace("\n", " ").replace('"', "'")
    return f'"{value}"' if any(ch in value for ch in ':;,') else value


def parse_line(text: str) -> Line:
    """Split a content line into its parts; a quoted parameter value may hold ':', ';' and ','."""
    head_parts, current, quoted, index = [], [], False, 0
    for index, ch in enumerate(text):
        if ch == '"':
            quoted = not quoted
            current.append(ch)
        elif ch == ";" and not quoted:
            head_parts.append("".join(current))
            current = []
        elif ch == ":" and not quoted:
            break
        else:
            current.append(ch)
    else:
        index = len(text)
    head_parts.append("".join(current))
    group, _, name = head_parts[0].strip().rpartition(".")
    params: list[tuple[str, list[str]]] = []
    for part in head_parts[1:]:
        key, sep, raw = part.partition("=")
        if not sep:
            key, raw = "", part
        key = key.strip().upper()
        values = [_unquote(v) for v in _split_param(raw)]
        if key == "TYPE":  # RFC 6350 writes TYPE="work,voice": still two types
            values = [t.strip() for v in values for t in v.split(",") if t.strip()]
        params.append((key, values))
    return Line(name.strip().upper(), text[index + 1:], params, group.strip(), text)


def _split_param(raw: str) -> list[str]:
    values, current, quoted = [], [], False
    for ch in raw:
        if ch == '"':
            quoted = not quoted
            current.append(ch)
        elif ch == "," and not quoted:
            values.append("".join(current))
            current = []
        else:
            current.append(ch)
    values.append("".join(current))
    return [v.strip() for v in values]


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] == '"':
        value = value[1:-1]
    if "^" in value:
        value = _CARET.sub(lambda m: {"n": "\n", "^": "^", "'": '"'}[m.group(1)], value)
    return value


# --- values -------------------------------------------------------------------------------

def escape(value: str) -> str:
    """A text value with vCard 3.0/4.0 escapes (backslash, newline, comma, semicolon)."""
    return (value.replace("\\", "\\\\").replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
            .replace(",", "\\,").replace(";", "\\;"))


def unescape(value: str) -> str:
    """Undo backslash escapes; an unescaped comma or semicolon stays text."""
    return _ESCAPED.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def components(value: str) -> list[str]:
    """A structured value's `;`-separated components, still escaped."""
    return _UNESCAPED_SEMI.sub(lambda m: m.group(1) + "\x00", value).split("\x00")


def list_items(value: str) -> list[str]:
    """A component's `,`-separated items, still escaped."""
    return _UNESCAPED_COMMA.sub(lambda m: m.group(1) + "\x00", value).split("\x00")


def decode_qp(value: str, charset: str | None) -> str:
    """A quoted-printable value as text (its CHARSET, else UTF-8)."""
    data = quopri.decodestring(value.encode("latin-1", "replace"))
    try:
        return data.decode(charset or "utf-8", "replace")
    except LookupError:  # an unknown charset name
        return data.decode("utf-8", "replace")


def fold(line: str) -> str:
    """Fold a content line at 75 octets (RFC 6350 3.2, RFC 5545 3.1; iCalendar shares the syntax).

    A UTF-8 character and a backslash escape are never split across lines (some readers unescape first).
    """
    ascii_only = line.isascii()
    if len(line) <= 75 and (ascii_only or len(line.encode("utf-8")) <= 75):
        return line
    parts, start, limit = [], 0, 75
    if ascii_only:
        while len(line) - start > limit:
            end = start + limit
            trailing = len(line[start:end]) - len(line[start:end].rstrip("\\"))
            if trailing % 2:
                end -= 1
            parts.append(line[start:end])
            start, limit = end, 74  # continuation lines start with a space
        parts.append(line[start:])
        return "\r\n ".join(parts)
    current, size = [], 0
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > limit:
            carry = []
            trailing = len(current) - len("".join(current).rstrip("\\"))
            if trailing % 2:
                carry = [current.pop()]
            parts.append("".join(current))
            current, size, limit = carry, len(carry), 74
        current.append(ch)
        size += width
    parts.append("".join(current))
    return "\r\n ".join(parts)
