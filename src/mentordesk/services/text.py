"""Showing user text safely: bidi control characters neutralised so a name cannot reorder what is around it."""

from __future__ import annotations

import re
import unicodedata

# LRE RLE PDF LRO RLO, LRI RLI FSI PDI, LRM RLM, ALM: the characters that steer bidirectional text.
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
_CONTROLS = re.compile(f"[{BIDI_CONTROLS}]")
FSI, PDI = "\u2068", "\u2069"


def strip_bidi(text: str) -> str:
    """`text` without bidi control characters."""
    return _CONTROLS.sub("", text)


def _has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def display_safe(text) -> str:
    """Text to show for a stored value: bidi controls removed, right-to-left text isolated (stored value unchanged)."""
    if text is None:
        return ""
    text = str(text)
    if not text.isascii():
        text = strip_bidi(text)
        if _has_rtl(text):
            return FSI + text + PDI
    return text


def has_bidi_controls(text: str) -> bool:
    """Whether `text` holds a character that could reorder how it is shown."""
    return bool(_CONTROLS.search(text or ""))
