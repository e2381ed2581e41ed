"""The UI side of a record kind: one area declaration each (title, how to build it, its form's fields).

The window builds its sidebar from these, in declaration order after Today; services.kinds holds the
core side of the same kind. A new kind declares both and needs no other change to appear, list, edit
and undo.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable


@dataclass(frozen=True)
class AreaDeclaration:
    """One record area: `key` is its kind's plural ("asks"), `kind` the record kind ("ask")."""

    key: str
    kind: str
    title: Callable[[], str]  # translated when called
    make: Callable  # make(edits, parent) -> RecordArea
    fields: Callable[[], list] | None = None  # the editor's fields (ui.widgets.forms.Field), built when first shown
    # The list's count: a function of the number giving the translated text, best a numerus text
    # (`lambda n: tr("%Ln ask(s)", "", n)`), or an English pair ("%Ln ask", "%Ln asks") translated in context
    # "areas". Empty: worded from the kind's translated noun and plural.
    count: Callable[[int], str] | tuple[str, str] = ("", "")
    # What the empty list says, English (translated in context "areas"): what the area is for, and the button
    # that fills it ("Add a Person"). Empty: worded from the kind's noun.
    empty: tuple[str, str] = ("", "")
    icon: str = ""  # the sidebar icon's file in resources/icons/areas, without ".svg"; empty: `key`

    @property
    def icon_name(self) -> str:
        return self.icon or self.key


AREAS: dict[str, AreaDeclaration] = {}


def declare_area(declaration: AreaDeclaration) -> AreaDeclaration:
    """Add (or replace) an area; the window shows it the next time it builds its areas."""
    AREAS[declaration.key] = declaration
    return declaration


def forget_area(key: str) -> None:
    """Remove a declared area (tests that declare a throw-away kind)."""
    AREAS.pop(key, None)


def area_of_kind(kind: str) -> AreaDeclaration | None:
    """The declared area that shows records of `kind`, None when no area does."""
    return next((a for a in AREAS.values() if a.kind == kind), None)


def declared_fields(kind: str) -> Callable[[], list]:
    """The function giving the form fields of `kind`, as its area declares them."""
    area = next((a for a in AREAS.values() if a.kind == kind and a.fields is not None), None)
    if area is None:
        raise LookupError(f"no declared area gives the form fields of record kind {kind!r}")
    return area.fields
