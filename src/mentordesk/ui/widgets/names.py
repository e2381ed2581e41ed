"""Given and family name suggested from the Name a person is written as ("Maya Chen" → Maya, Chen)."""

from __future__ import annotations

from PySide6.QtCore import QObject

# Words that belong to the family name that follows them ("Ludwig van Beethoven" → Ludwig, van Beethoven).
PARTICLES = {"van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "la", "le", "ten", "ter", "dos",
             "das", "bin", "al"}
_TITLES = {"dr", "dr.", "prof", "prof.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "mx", "mx."}


def split_name(name: str) -> tuple[str, str]:
    """(given, family) from a full name: "Chen, Maya" and "Maya Chen" both give ("Maya", "Chen"); a single word
    is a given name; a leading title (Dr.) and a bracketed nickname are left out."""
    name = " ".join((name or "").split())
    if "," in name:
        family, _, given = name.partition(",")
        return given.strip(), family.strip()
    words = [w for w in name.split(" ") if w and not (w.startswith("(") or w.endswith(")"))]
    while len(words) > 1 and words[0].lower() in _TITLES:
        words = words[1:]
    if len(words) < 2:
        return (words[0] if words else ""), ""
    start = len(words) - 1
    while start > 1 and words[start - 1].lower() in PARTICLES:
        start -= 1
    return " ".join(words[:start]), " ".join(words[start:])


class NameSuggester(QObject):
    """Fills Given and Family name from Name as it is typed, while they are empty or still what was suggested;
    a name the user typed into them is never overwritten."""

    def __init__(self, form):
        super().__init__(form)
        self.name = form.widgets["display_name"]
        self.given = form.widgets["given_name"]
        self.family = form.widgets["family_name"]
        self._from = self.name.text()
        self.name.textEdited.connect(self._suggest)
        form.loaded.connect(self._loaded)

    def _loaded(self) -> None:
        self._from = self.name.text()

    def _suggest(self, text: str) -> None:
        current = (self.given.text().strip(), self.family.text().strip())
        if current in (("", ""), split_name(self._from)):
            given, family = split_name(text)
            self.given.setText(given)
            self.family.setText(family)
        self._from = text
