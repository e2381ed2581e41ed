"""A grid that wraps its items into as many equal columns as the width allows (the roles' check boxes)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QStyle


class ColumnFlowLayout(QLayout):
    """Items in reading order, in as many columns as fit, each as wide as its widest item: one when narrow."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._items = []

    # --- QLayout's item list -----------------------------------------------------------
    def addItem(self, item) -> None:  # noqa: N802 - Qt API
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):  # noqa: N802 - Qt API
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):  # noqa: N802 - Qt API
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self):  # noqa: N802 - Qt API
        return Qt.Orientation(0)

    # --- sizes ----------------------------------------------------------------------------
    def _spacing(self) -> tuple[int, int]:
        style = self.parentWidget().style() if self.parentWidget() else None
        across = self.spacing() if self.spacing() >= 0 else (
            style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing) if style else 6)
        down = self.spacing() if self.spacing() >= 0 else (
            style.pixelMetric(QStyle.PixelMetric.PM_LayoutVerticalSpacing) if style else 4)
        return max(across, 6) + 4, max(down, 2)

    def _cell(self) -> QSize:
        width = max((i.sizeHint().width() for i in self._visible()), default=0)
        height = max((i.sizeHint().height() for i in self._visible()), default=0)
        return QSize(width, height)

    def _visible(self) -> list:
        return [i for i in self._items if not (i.widget() and i.widget().isHidden())]

    def _widths(self, columns: int) -> list[int]:
        """Each column's width with `columns` columns: its widest item (items run row by row)."""
        widths = [0] * columns
        for index, item in enumerate(self._visible()):
            widths[index % columns] = max(widths[index % columns], item.sizeHint().width())
        return widths

    def columns_for(self, width: int) -> int:
        """How many columns fit in `width` pixels (at least one)."""
        across, _ = self._spacing()
        margins = self.contentsMargins()
        usable = width - margins.left() - margins.right()
        for columns in range(max(1, len(self._visible())), 1, -1):
            widths = self._widths(columns)
            if sum(widths) + across * (columns - 1) <= usable:
                return columns
        return 1

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        across, _ = self._spacing()
        columns = min(3, max(1, len(self._visible())))
        margins = self.contentsMargins()
        width = sum(self._widths(columns)) + (columns - 1) * across + margins.left() + margins.right()
        return QSize(width, self.heightForWidth(width))

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt API
        margins = self.contentsMargins()
        cell = self._cell()
        return QSize(cell.width() + margins.left() + margins.right(), cell.height() + margins.top() + margins.bottom())

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt API
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def _arrange(self, rect: QRect, apply: bool) -> int:
        """Place the items row by row in columns as wide as their widest item; the height used."""
        items = self._visible()
        margins = self.contentsMargins()
        across, down = self._spacing()
        height = self._cell().height()
        columns = self.columns_for(rect.width())
        widths = self._widths(columns)
        lefts = [rect.x() + margins.left() + sum(widths[:c]) + across * c for c in range(columns)]
        top = rect.y() + margins.top()
        rows = (len(items) + columns - 1) // columns
        if apply:
            for index, item in enumerate(items):
                row, column = divmod(index, columns)
                item.setGeometry(QRect(QPoint(lefts[column], top + row * (height + down)),
                                       QSize(widths[column], height)))
        return margins.top() + margins.bottom() + rows * height + max(0, rows - 1) * down
