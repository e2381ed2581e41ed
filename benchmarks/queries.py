"""The search workload: what people type into a search box, keystroke by keystroke (seeded)."""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import vocabulary as words  # noqa: E402

NOTE_WORDS = ["promotion", "portfolio", "bootcamp", "salary", "referral", "master's", "research",
              "negotiation", "leadership", "sponsor", "interview", "certificate", "launch"]


def _keystrokes(text: str) -> list[str]:
    """Every prefix of `text` as it appears in the box while typing it (skipping a trailing space)."""
    return [text[:i] for i in range(1, len(text) + 1) if not text[:i].endswith(" ")]


def queries(count: int = 240, seed: int = 11) -> list[str]:
    """At least `count` box states: full names, family names, organizations, words from notes."""
    rnd = random.Random(seed)
    typed: list[str] = []
    while len(typed) < count:
        pick = rnd.random()
        if pick < 0.45:
            text = f"{rnd.choice(words.GIVEN_NAMES)} {rnd.choice(words.FAMILY_NAMES)}"
        elif pick < 0.6:
            text = rnd.choice(words.FAMILY_NAMES)
        elif pick < 0.8:
            text = f"{rnd.choice(words.ORG_STEMS)} {rnd.choice(words.ORG_KINDS)[0]}"
        else:
            text = rnd.choice(NOTE_WORDS)
        typed.extend(_keystrokes(text))
    return typed


def percentile(values: list[float], pct: float) -> float:
    """The pct-th percentile (nearest rank) of values."""
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(pct / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


if __name__ == "__main__":
    for query in queries():
        print(query)
