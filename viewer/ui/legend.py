"""The legend above the panes, drawn with the very formats the panes use."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QImage,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from viewer.core.model import Kind
from viewer.ui.outline import BOX_PEN, box_outline
from viewer.ui.styles import FLAG_CUE, MARK_ALPHA, STYLES, box_colour, char_format

__all__ = ["Legend"]

_BOX_IMAGE = "redline:boxed"


class Legend(QWidget):
    """One line per window width: each kind's word in its own look, and the flag cue. A
    document of our own fixed words, never article text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._document = QTextDocument(self)
        self._document.setDocumentMargin(2)
        self._build()

    def text(self) -> str:
        return self._document.toPlainText()

    def _build(self) -> None:
        document = self._document
        document.clear()
        document.setDefaultFont(self.font())
        cursor = QTextCursor(document)
        plain = QTextCharFormat()
        plain.setForeground(self.palette().windowText())
        page = self._page()
        for kind, style in STYLES.items():
            chip = char_format(kind, None, page)
            chip.setForeground(self.palette().windowText())
            cursor.insertText(f" {style.label} ", chip)
            cursor.insertText(f" {style.cue}  ", plain)
        document.addResource(QTextDocument.ResourceType.ImageResource, _BOX_IMAGE, self._box())
        image = QTextImageFormat()
        image.setName(_BOX_IMAGE)
        image.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignMiddle)
        cursor.insertImage(image)
        cursor.insertText(" quote, number, name, negation, speaker, time", plain)
        self.setToolTip(
            "Each kind of difference has a colour and a cue that reads without colour; the "
            "words that change a quote, number, name, negation, speaker or time are boxed"
        )
        self._fit()

    def _page(self) -> str:
        """The legend's ground: the window colour it is drawn on."""
        return self.palette().window().color().name()

    def _fit(self) -> None:
        """As tall as the legend is at this width (it wraps in a narrow window)."""
        self._document.setTextWidth(max(self.width(), 100))
        height = int(self._document.size().height()) + 1
        if height != self.height() or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def _box(self) -> QImage:
        """The flag cue as the panes draw it: a box around the words."""
        metrics = self.fontMetrics()
        width, height = metrics.horizontalAdvance(f" {FLAG_CUE} ") + 6, metrics.height() + 4
        ratio = self.devicePixelRatioF()
        image = QImage(int(width * ratio), int(height * ratio), QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(ratio)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        tinted = QColor(STYLES[Kind.DRIFT].colour)
        tinted.setAlpha(MARK_ALPHA)
        painter.fillRect(QRectF(2, 2, width - 4, height - 4), tinted)
        painter.setPen(QPen(box_colour(Kind.DRIFT, self._page()), BOX_PEN))
        painter.drawRoundedRect(box_outline(QRectF(1, 1, width - 2, height - 2)), 2, 2)
        painter.setPen(self.palette().windowText().color())
        painter.setFont(self.font())
        painter.drawText(QRectF(0, 0, width, height), Qt.AlignmentFlag.AlignCenter, FLAG_CUE)
        painter.end()
        return image

    def changeEvent(self, event: object) -> None:
        super().changeEvent(event)  # type: ignore[arg-type]
        if hasattr(self, "_document"):
            self._build()  # palette or font changed

    def sizeHint(self) -> QSize:
        return QSize(600, self.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._document.textWidth() != self.width():
            self._fit()
        painter = QPainter(self)
        self._document.drawContents(painter, QRectF(event.rect()))
        painter.end()
