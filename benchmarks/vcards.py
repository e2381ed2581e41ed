"""A realistic 10,000-card vCard file for the import benchmarks (seeded, like a phone export)."""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import vocabulary as words  # noqa: E402


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


def _fold(line: str) -> str:
    """RFC 6350 line folding at 75 characters, as address books write it."""
    parts = [line[:75]]
    rest = line[75:]
    while rest:
        parts.append(" " + rest[:74])
        rest = rest[74:]
    return "\r\n".join(parts)


def card(rnd: random.Random, index: int) -> str:
    """One vCard 3.0 with names, organization, title, email, phone and a note."""
    given, family = rnd.choice(words.GIVEN_NAMES), rnd.choice(words.FAMILY_NAMES)
    org = f"{rnd.choice(words.ORG_STEMS)} {rnd.choice(words.ORG_KINDS)[0]}"
    slug = f"{given}.{family}{index}".lower().replace(" ", "")
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        f"N:{_escape(family)};{_escape(given)};;;",
        f"FN:{_escape(given)} {_escape(family)}",
        f"ORG:{_escape(org)}",
        f"TITLE:{_escape(rnd.choice(words.TITLES))}",
        f"EMAIL;TYPE=INTERNET,WORK:{slug.encode('ascii', 'ignore').decode()}@example.com",
    ]
    if rnd.random() < 0.6:
        lines.append(f"TEL;TYPE=CELL:+1 555 {rnd.randrange(10**7):07d}")
    if rnd.random() < 0.3:
        lines.append(f"item1.EMAIL;TYPE=INTERNET:{slug.encode('ascii', 'ignore').decode()}@home.example")
        lines.append("item1.X-ABLabel:Personal")
    if rnd.random() < 0.5:
        note = rnd.choice(words.SENTENCES).format(s=rnd.choice(words.SUBJECTS), o=org)
        lines.append(_fold(f"NOTE:{_escape(note + ' Met at ' + rnd.choice(words.PLACES) + ', follow up soon.')}"))
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"


def write_vcards(path: Path, count: int = 10_000, seed: int = 7) -> Path:
    """Write `count` cards to `path` (UTF-8, CRLF) and return the path."""
    rnd = random.Random(seed)
    Path(path).write_bytes("".join(card(rnd, i) for i in range(count)).encode("utf-8"))
    return Path(path)


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "contacts-10k.vcf")
    write_vcards(target, int(sys.argv[2]) if len(sys.argv) > 2 else 10_000)
    print(target)
