"""Faces in pages: a text browser that draws `mentordesk-avatar:<id>` images, and the button that sets a photo."""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QTextBrowser, QToolButton

from mentordesk.services import NotFound, ServiceError, people
from mentordesk.ui.widgets.avatars import avatars, keep_card_photo

AVATAR_SCHEME = "mentordesk-avatar"


def avatar_url(person_id: int, size: int) -> str:
    """The image source an HTML page names to show a person's face `size` pixels across."""
    return f"{AVATAR_SCHEME}:{person_id}/{size}"


class FaceBrowser(QTextBrowser):
    """A QTextBrowser whose HTML may show faces: <img src="mentordesk-avatar:ID/SIZE" width=SIZE height=SIZE>."""

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 - Qt API
        if url.scheme() == AVATAR_SCHEME and kind == QTextDocument.ResourceType.ImageResource.value:
            person, _, size = url.path().partition("/")
            if person.isdigit():
                try:
                    name = people.person_data(int(person))["display_name"]
                except NotFound:
                    name = ""
                return avatars().image(int(person), name, int(size or 64), self.devicePixelRatioF())
        return super().loadResource(kind, url)


class PhotoButton(QToolButton):
    """"Photo ▾": choose a picture (scaled down to 256 px before it is stored) or remove it; undoable."""

    photo_changed = Signal(int)

    def __init__(self, edits, parent=None):
        super().__init__(parent)
        self.edits = edits
        self.person_id: int | None = None
        self.setText(self.tr("P&hoto"))
        self.setToolTip(self.tr("Choose or remove this person's photo"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        self.choose_action = menu.addAction(self.tr("&Choose a Photo…"), self.choose)
        self.remove_action = menu.addAction(self.tr("&Remove the Photo"), self.remove)
        menu.aboutToShow.connect(self._update_menu)
        self.setMenu(menu)
        arrow = self.style().pixelMetric(self.style().PixelMetric.PM_MenuButtonIndicator, None, self)
        self.setMinimumWidth(self.sizeHint().width() + arrow)  # Fusion draws the arrow over the text otherwise

    def set_person(self, person_id: int | None) -> None:
        """Act on this person from now on; the first time someone's card picture shows, keep it scaled down."""
        self.person_id = person_id
        self.setEnabled(person_id is not None)
        if person_id is not None:
            keep_card_photo(person_id)

    def _update_menu(self) -> None:
        self.remove_action.setEnabled(self.person_id is not None and people.photo_of(self.person_id) is not None)

    def choose(self, path: str | None = None) -> bool:
        """Pick a picture file (or use `path`), scale it down and store it."""
        from mentordesk.ui.widgets.avatars import photo_from_file

        if self.person_id is None:
            return False
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a Photo"), "",
                                                  self.tr("Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp)"))
        if not path:
            return False
        data = photo_from_file(path)
        if data is None:
            QMessageBox.warning(self, self.tr("Not a picture"),
                                self.tr("%1 is not a picture MentorDesk can read.").replace("%1", path))
            return False
        return self._store(data, self.tr("Set the photo of %1"))

    def remove(self) -> bool:
        """Remove the photo (the card's picture stays hidden too); undoable."""
        return self.person_id is not None and self._store(b"", self.tr("Remove the photo of %1"))

    def _store(self, data: bytes, text: str) -> bool:
        from mentordesk.services.edits import Custom
        from mentordesk.ui.widgets.forms import explain

        person_id = self.person_id
        before = people.photo_state(person_id)  # the photo and the card, whose own picture the choice replaces
        name = people.person_data(person_id)["display_name"]
        try:
            self.edits.run(Custom(text.replace("%1", name), do=lambda: people.set_photo(person_id, data),
                                  undo=lambda _result: people.set_photo(person_id, *before)))
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Photo not saved"), explain(exc))
            return False
        self.photo_changed.emit(person_id)
        return True
