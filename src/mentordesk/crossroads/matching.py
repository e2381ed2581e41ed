"""Whole-word and phrase matching for Crossroads, so "embassy" is no MBA and a "Data Entry Clerk" no data scientist.

A field or role matches a text when EVERY content word of the field is found in that one text, as a whole
word or the same word with another ending ("research" ~ "Researcher", "analytics" ~ "Analyst"); a few
abbreviations count as their long form ("UX" = "user experience"). Life-story phrases ("switched careers",
"went back to school") are matched as whole phrases, never as letters inside other words.
"""

from __future__ import annotations

import re

STOP_WORDS = {"and", "the", "of", "in", "for", "a", "an", "to", "at", "on", "with", "role", "roles", "field",
              "fields", "work", "job", "jobs", "&"}
# Words that say how someone works, not in which field (a "Freelance Consultant" has no field yet).
GENERIC_WORDS = {"freelance", "freelancer", "independent", "self", "employed", "consultant", "consulting", "owner",
                 "founder", "cofounder", "co", "senior", "junior", "lead", "head", "chief", "principal", "staff",
                 "associate", "assistant", "intern", "manager", "director", "vp", "president", "specialist"}
ALIASES = {"user experience": "ux", "user interface": "ui", "human computer interaction": "hci",
           "machine learning": "ml", "artificial intelligence": "ai", "human resources": "hr"}
SUFFIXES = ("ations", "ation", "ists", "ist", "ers", "er", "ics", "ical", "ic", "ing", "ies", "es", "s", "e", "y")
MIN_STEM = 5   # shorter stems must be equal: "data" is not "database", "care" is not "career"


def tokens(text: str) -> list[str]:
    """Lower-case words of a text, abbreviations folded ("User Experience Researcher" -> ux, researcher)."""
    joined = " ".join(re.findall(r"[a-z0-9+#]+", (text or "").lower()))
    for long_form, short in ALIASES.items():
        joined = re.sub(rf"\b{long_form}\b", short, joined)
    return joined.split()


def stem(word: str) -> str:
    """The word without one common ending ("researchers" -> "research", "nursing" -> "nurs")."""
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def content_stems(text: str, ignore: set[str] = frozenset()) -> list[str]:
    return [stem(w) for w in tokens(text) if w not in STOP_WORDS and w not in ignore]


def same_word(a: str, b: str) -> bool:
    """Two stems are one word: equal, or long and differing only at the very end ("analyt" ~ "analyst")."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    common = len(short)
    for i, ch in enumerate(short):
        if long_[i] != ch:
            common = i
            break
    return common >= MIN_STEM and common >= len(short) - 1


def covers(text: str, wanted: list[str]) -> bool:
    """Whether every wanted stem is a word of the text."""
    have = content_stems(text)
    return bool(wanted) and all(any(same_word(w, h) for h in have) for w in wanted)


def matches_field(target: str, *texts: str) -> bool:
    """Whether one of the texts names the target field or role: all of its content words, whole."""
    wanted = content_stems(target)
    return bool(wanted) and any(covers(t, wanted) for t in texts if t)


def same_field(a: str, b: str) -> bool:
    """Whether two field names share a content word ("UX design" and "UX research" are one broad field)."""
    left, right = content_stems(a, GENERIC_WORDS), content_stems(b, GENERIC_WORDS)
    return any(same_word(x, y) for x in left for y in right)


def field_words(text: str) -> list[str]:
    """The words of a title or field that say which field it is (not "freelance", "senior", "consultant")."""
    return content_stems(text, GENERIC_WORDS)


def has_phrase(text: str, patterns: tuple[str, ...]) -> bool:
    """Whether the text contains one of the phrase patterns (regular expressions over whole words)."""
    lowered = " ".join(re.findall(r"[a-z0-9'+#]+", (text or "").lower().replace("\u2019", "'")))
    return any(re.search(rf"\b{p}\b", lowered) for p in patterns)


def field_key(target: str) -> str:
    """A target as a dictionary key: lower case, single spaces ("UX  Research" -> "ux research")."""
    return " ".join(tokens(target))
