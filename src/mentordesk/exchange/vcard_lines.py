"""vCard content-line syntax shared by reading and writing: unfolding, quoted-printable, a line's parts."""

from __future__ import annotations


def logical_lines(card_text: str) -> list[str]:
    """Unfold a stored card into content lines (RFC folding and vCard 2.1 quoted-printable soft breaks)."""
    lines: list[str] = []
    for raw in card_text.splitlines():
        if raw[:1] in (" ", "\t") and lines:
            lines[-1] += raw[1:]
        elif lines and is_qp(lines[-1]) and lines[-1].endswith("="):
            lines[-1] = lines[-1][:-1] + raw  # a quoted-printable soft line break
        elif raw.strip():
            lines.append(raw)
    return lines


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
