"""Round trip of every sample card (#19): import, export as 3.0 and as 4.0, import that again: every field is
the same, the properties MentorDesk does not own survive, and ical.js reads every exported file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from mentordesk.exchange import registry
from mentordesk.exchange.vcard_lines import logical_lines, parse_line
from mentordesk.models import Person
from mentordesk.services import people

from . import second_parser
from .helpers import everyone

DATA = Path(__file__).parent / "data"
SAMPLES = sorted(str(p.relative_to(DATA)) for p in DATA.rglob("*.vcf") if p.name != "broken_card.vcf")
CARRIED = ("BDAY", "ANNIVERSARY", "ADR", "PHOTO", "URL", "UID", "IMPP", "X-ABLABEL", "GEO", "KEY")


def _import(path) -> list[int]:
    return registry.get("vcard").import_(path, {"backup": False, "skip_invalid": True}).created


def _carried(text: str | None) -> dict[str, int]:
    """How many of each carried-through property a card has (X-ANNIVERSARY counted as ANNIVERSARY)."""
    counts: dict[str, int] = {}
    for raw in logical_lines(text or ""):
        name = parse_line(raw).name.replace("X-ANNIVERSARY", "ANNIVERSARY")
        if name in CARRIED:
            counts[name] = counts.get(name, 0) + 1
    return counts


@pytest.mark.parametrize("version", ["3.0", "4.0"])
@pytest.mark.parametrize("sample", SAMPLES)
def test_import_export_import_keeps_every_field(database, tmp_path, sample, version):
    created = _import(DATA / sample)
    if not created:
        pytest.skip(f"{sample}: nothing importable")
    before = everyone()
    carried = {p.display_name: _carried(p.vcard) for p in Person.select()}
    out = tmp_path / "out"
    out.mkdir()
    path = out / f"again-{version}.vcf"
    registry.get("vcard").export(str(path), None, {"version": version})
    text = path.read_bytes().decode("utf-8")
    assert text.count("BEGIN:VCARD") == len(before)
    if version == "4.0":
        assert len(second_parser.parse(path)) == len(before)
    people.delete_people([pid for (pid,) in Person.select(Person.id).tuples()])
    result = registry.get("vcard").import_(path, {"backup": False})
    assert not result.problems and result.new == len(before)
    assert everyone() == before
    for person in Person.select():
        assert _carried(person.vcard) == carried[person.display_name], person.display_name
        assert re.search(rf"^VERSION:{re.escape(version)}\r?$", person.vcard, re.M)
