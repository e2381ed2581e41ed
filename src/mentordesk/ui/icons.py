"""Icons: the app icon from resources/, action icons from the desktop theme with style fallbacks."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

from mentordesk.paths import resource_path

APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

# action/area name -> (freedesktop theme name, QStyle.StandardPixmap fallback); names, not enum members,
# and QStyle itself imported only for a fallback: naming the class builds its eleven Python enums
# (~10 ms of start-up), and the app's own SVG icons usually answer first
_ICONS = {
    "new": ("document-new", "SP_FileIcon"),
    "save": ("document-save", "SP_DialogSaveButton"),
    "open_database": ("document-open", "SP_DialogOpenButton"),
    "delete": ("edit-delete", "SP_TrashIcon"),
    "undo": ("edit-undo", "SP_ArrowBack"),
    "redo": ("edit-redo", "SP_ArrowForward"),
    "find": ("edit-find", "SP_FileDialogContentsView"),
    "help": ("help-contents", "SP_DialogHelpButton"),
    "about": ("help-about", "SP_MessageBoxInformation"),
    "quit": ("application-exit", "SP_DialogCloseButton"),
    "log_meeting": ("appointment-new", "SP_FileDialogNewFolder"),
    "preferences": ("preferences-system", "SP_FileDialogDetailedView"),
    "import_contacts": ("document-import", "SP_DialogOpenButton"),
    "export": ("document-export", "SP_DriveFDIcon"),
    "back_up_now": ("document-save-as", "SP_DriveHDIcon"),
}


def app_icon() -> QIcon:
    """The MentorDesk icon in every size shipped in resources/icons."""
    icon = QIcon()
    for size in APP_ICON_SIZES:
        path = resource_path("icons", f"mentordesk-{size}.png")
        if path.exists():
            icon.addFile(str(path))
    if icon.isNull():
        svg = resource_path("icons", "mentordesk.svg")
        if svg.exists():
            icon.addFile(str(svg))
    return icon


def area_icon(name: str) -> QIcon:
    """A sidebar icon from resources/icons/areas, tinted with the palette's text color (light or dark)."""
    return tinted_icon(resource_path("icons", "areas", f"{name}.svg"))


class _TintedEngine(QIconEngine):
    """Draws a monochrome SVG in a palette color when Qt first asks for a size, then keeps the pixmap.

    Rendering every size and mode up front cost start-up ~60 ms for the window's twenty icons; even
    parsing each SVG before it is drawn cost a few ms (most actions live in menus not yet open).
    """

    def __init__(self, path: str, renderer=None):
        super().__init__()
        self.path = path
        self._renderer = renderer  # the SVG is parsed on the first draw, not when the action is made
        self.cache: dict[tuple, QPixmap] = {}

    @property
    def renderer(self):
        if self._renderer is None:
            from PySide6.QtSvg import QSvgRenderer

            self._renderer = QSvgRenderer(self.path)
        return self._renderer

    def _color(self, mode):
        palette = QApplication.palette()
        if mode == QIcon.Mode.Disabled:
            return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
        if mode == QIcon.Mode.Selected:
            return palette.color(QPalette.ColorRole.HighlightedText)
        return palette.color(QPalette.ColorRole.WindowText)

    def pixmap(self, size, mode, state):
        key = (size.width(), size.height(), mode, self._color(mode).rgba())
        pixmap = self.cache.get(key)
        if pixmap is None:
            pixmap = QPixmap(size)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self.renderer.render(painter)
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
            painter.fillRect(pixmap.rect(), self._color(mode))
            painter.end()
            self.cache[key] = pixmap
        return pixmap

    def scaledPixmap(self, size, mode, state, scale):
        """Sharp on high-DPI screens: drawn at the device size."""
        pixmap = QPixmap(self.pixmap(QSize(round(size.width() * scale), round(size.height() * scale)), mode, state))
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def paint(self, painter, rect, mode, state) -> None:
        painter.drawPixmap(rect, self.pixmap(rect.size(), mode, state))

    def actualSize(self, size, mode, state):
        return size

    def clone(self):
        """The engine of a copy being changed (QIcon.detach); the icon that asked owns and deletes it."""
        return _kept(_TintedEngine(self.path, self._renderer))

    def isNull(self) -> bool:
        return not self.renderer.isValid()


# Every engine an icon uses, until Qt has deleted it. PySide6 leaves an engine's Python side to Python (clone()'s
# result at once, QIcon(engine)'s once that first QIcon wrapper is collected): freed there, it deleted the C++
# engine that every copy of the icon still drew with, and the last copy deleted it again (a crash, in the tests at
# a later garbage collection). Pruned of the ones Qt deleted whenever one is added.
_ENGINES: list[_TintedEngine] = []


def _kept(engine: _TintedEngine) -> _TintedEngine:
    _ENGINES[:] = [kept for kept in _ENGINES if shiboken6.isValid(kept)]
    _ENGINES.append(engine)
    return engine


def tinted_icon(path) -> QIcon:
    """A monochrome SVG drawn in the palette's text colors, so it reads in light and dark themes."""
    if not path.exists() or QApplication.instance() is None:
        return QIcon()
    return QIcon(_kept(_TintedEngine(str(path))))


def action_icon(name: str) -> QIcon:
    """The theme icon for an action, or the style's closest standard icon."""
    theme, fallback = _ICONS.get(name, (None, None))
    if theme and QIcon.hasThemeIcon(theme):
        return QIcon.fromTheme(theme)
    own = resource_path("icons", "actions", f"{name}.svg")
    if own.exists():
        return tinted_icon(own)
    if fallback is not None and QApplication.instance() is not None:
        from PySide6.QtWidgets import QStyle

        return QApplication.style().standardIcon(getattr(QStyle.StandardPixmap, fallback))
    return QIcon()
