"""Whole-word and phrase matching for Crossroads, so "embassy" is no MBA and a "Data Entry Clerk" no data scientist.

A field or role matches a text when EVERY content word of the field is found in that one text, as a whole
word or the same word with another ending ("research" ~ "Researcher", "analytics" ~ "Analyst"); a few
abbreviations count as their long form ("UX" = "user experience"). Life-story phrases ("switched careers",
"went back to school") are matched as whole phrases, never as letters inside other words.
"""

from __future__ import annotations

import functools
import re

STOP_WORDS = {"and", "the", "of", "in", "for", "a", "an", "to", "at", "on", "with", "role", "roles", "field",
              "fields", "work", "job", "jobs", "&"}
# Words that say how someone works, not in which field (a "Freelance Consultant" has no field yet).
GENERIC_WORDS = {"freelance", "freelancer", "independent", "self", "employed", "consultant", "consulting", "owner",
                 "founder", "cofounder", "co", "senior", "junior", "lead", "head", "chief", "principal", "staff",
                 "associate", "assistant", "intern", "manager", "director", "vp", "president", "specialist"}
_GENERIC = frozenset(GENERIC_WORDS)
ALIASES = {"user experience": "ux", "user interface": "ui", "human computer interaction": "hci",
           "machine learning": "ml", "artificial intelligence": "ai", "human resources": "hr"}
SUFFIXES = ("ations", "ation", "ists", "ist", "ers", "er", "ics", "ical", "ic", "ing", "ies", "es", "s", "e", "y")
MIN_STEM = 5   # shorter stems must be equal: "data" is not "database", "care" is not "career"
# Titles, fields and tags repeat across thousands of people: every answer below is remembered per text.
CACHE_SIZE = 1 << 16
_WORD = re.compile(r"[a-z0-9+#]+")
_PHRASE_WORD = re.compile(r"[a-z0-9'+#]+")
_ALIAS = re.compile(r"\b(" + "|".join(re.escape(k) for k in ALIASES) + r")\b")


@functools.lru_cache(maxsize=CACHE_SIZE)
def _tokens(text: str) -> tuple[str, ...]:
    joined = _ALIAS.sub(lambda m: ALIASES[m.group(1)], " ".join(_WORD.findall(text.lower())))
    return tuple(joined.split())


def tokens(text: str) -> list[str]:
    """Lower-case words of a text, abbreviations folded ("User Experience Researcher" -> ux, researcher)."""
    return list(_tokens(text or ""))


def stem(word: str) -> str:
    """The word without one common ending ("researchers" -> "research", "nursing" -> "nurs")."""
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


@functools.lru_cache(maxsize=CACHE_SIZE)
def _content_stems(text: str, ignore: frozenset[str]) -> tuple[str, ...]:
    return tuple(stem(w) for w in _tokens(text) if w not in STOP_WORDS and w not in ignore)


def content_stems(text: str, ignore: frozenset[str] = frozenset()) -> list[str]:
    return list(_content_stems(text or "", frozenset(ignore)))


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
    return _covers(text or "", tuple(wanted))


@functools.lru_cache(maxsize=CACHE_SIZE)
def _covers(text: str, wanted: tuple[str, ...]) -> bool:
    have = _content_stems(text, frozenset())
    return bool(wanted) and all(any(same_word(w, h) for h in have) for w in wanted)


def matches_field(target: str, *texts: str) -> bool:
    """Whether one of the texts names the target field or role: all of its content words, whole."""
    wanted = _content_stems(target or "", frozenset())
    return bool(wanted) and any(_covers(t, wanted) for t in texts if t)


def same_field(a: str, b: str) -> bool:
    """Whether two field names share a content word ("UX design" and "UX research" are one broad field)."""
    return _same_field(a or "", b or "")


@functools.lru_cache(maxsize=CACHE_SIZE)
def _same_field(a: str, b: str) -> bool:
    left, right = _content_stems(a, _GENERIC), _content_stems(b, _GENERIC)
    return any(same_word(x, y) for x in left for y in right)


def field_words(text: str) -> list[str]:
    """The words of a title or field that say which field it is (not "freelance", "senior", "consultant")."""
    return list(_content_stems(text or "", _GENERIC))


@functools.lru_cache(maxsize=64)
def phrase_pattern(patterns: tuple[str, ...]) -> re.Pattern:
    """The phrase patterns as one compiled expression over whole words."""
    return re.compile(r"\b(?:" + "|".join(f"(?:{p})" for p in patterns) + r")\b")


@functools.lru_cache(maxsize=CACHE_SIZE)
def has_phrase(text: str, patterns: tuple[str, ...]) -> bool:
    """Whether the text contains one of the phrase patterns (regular expressions over whole words)."""
    lowered = " ".join(_PHRASE_WORD.findall((text or "").lower().replace("\u2019", "'")))
    return phrase_pattern(patterns).search(lowered) is not None


def field_key(target: str) -> str:
    """A target as a dictionary key: lower case, single spaces ("UX  Research" -> "ux research")."""
    return " ".join(tokens(target))
