"""The list of loaded versions: label, words, similarity and coverage, counts of findings."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from viewer.core.crosslang.describe import across_languages_line
from viewer.core.language import detect_language, document_languages, language_name
from viewer.core.model import AlignedBy, Comparison, Document, Kind
from viewer.core.provenance import describe_source, source_details
from viewer.core.vocabulary import CUES, version_number
from viewer.ui import prepared
from viewer.ui.styles import FLAG_CUE
from viewer.ui.tooltips import plain_tip

__all__ = ["HEADERS", "VersionsPanel"]


# Column headers and what each says, shown as the header's tooltip.
HEADERS = (
    ("#", "The version's number, as the overview, the command line and the report give it"),
    ("Version", "The file or page; the base is the one every other version is compared with"),
    ("Words", "Number of words"),
    ("Similar", "Similarity: share of the words of both versions matched word for word "
     "(equal, cosmetic or moved)"),
    ("Coverage", "Share of the words of both versions whose content is aligned, reworded "
     "text included: a close paraphrase has low similarity but high coverage"),
    ("Added", f"Text only in this version ({CUES[Kind.ADDITION]})"),
    ("Omitted", f"Text of the base missing from this version ({CUES[Kind.OMISSION]})"),
    ("Reworded", f"Aligned text whose wording differs ({CUES[Kind.DRIFT]})"),
    ("Moved", f"Text present in both at another position ({CUES[Kind.MOVED]})"),
    ("Cosmetic", "Typography, punctuation, case or spacing only "
     f"({CUES[Kind.COSMETIC]})"),
    ("Boilerplate", "Web furniture (sign-up prompts, “Read more”, photo credits), counted "
     "apart from the kinds"),
    ("Flagged", "Findings whose quote, number, name, negation, speaker or time changed "
     f"({FLAG_CUE})"),
    ("Language", "The language the version is written in, as detected; versions in different "
     "languages are aligned by meaning, sentence by sentence"),
    ("Source", "Where the version came from: format, encoding, fetch time"),
)  # fmt: skip
_SOURCE = len(HEADERS) - 1
_NAME = 1  # the column of the version's name
_LANGUAGE = _SOURCE - 1


class VersionsPanel(QWidget):
    """Click a version to compare it with the base; "Set as base" recomputes against it."""

    selected = Signal(int)  # document index
    base_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([name for name, _tip in HEADERS])
        for column, (_name, tip) in enumerate(HEADERS):
            self.tree.headerItem().setToolTip(column, tip)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(_SOURCE, QHeaderView.ResizeMode.Stretch)
        self.tree.currentItemChanged.connect(self._changed)
        self.base_button = QPushButton("Set as base")
        self.base_button.setToolTip("Compare every version with the selected one")
        self.base_button.clicked.connect(self._set_base)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.base_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.tree)
        layout.addLayout(buttons)
        self._filling = False

    def show_documents(
        self, documents: tuple[Document, ...], comparison: Comparison | None, current: int | None
    ) -> None:
        self._filling = True
        counted = _counted(comparison)
        languages = (
            document_languages(comparison)
            if comparison is not None and comparison.documents == documents
            else tuple(detect_language(d.text) for d in documents)
        )
        try:
            self.tree.clear()
            for index, document in enumerate(documents):
                words = counted.get(index)
                if words is None:  # a comparison made without counts, or no comparison
                    words = prepared.words(document)
                row = [version_number(index), document.label, f"{words:,}"]
                row += [""] * (_SOURCE - 3) + [describe_source(document)]
                row[_LANGUAGE] = language_name(languages[index])
                across = None
                if comparison is not None and index == comparison.base:
                    row[1] = f"{document.label}  (base)"
                elif comparison is not None:
                    pair = comparison.pair_for(index)
                    counts = prepared.counts(pair)
                    row[3] = f"{comparison.similarity[comparison.base][index]:.0%}"
                    row[4] = f"{pair.coverage:.0%}"
                    row[5:10] = [str(n) for _kind, n in counts.kinds]
                    row[10], row[11] = str(counts.boilerplate), str(counts.flagged)
                    if pair.aligned_by is AlignedBy.MEANING:
                        row[_LANGUAGE] += " (by meaning)"
                        across = across_languages_line(pair)
                item = QTreeWidgetItem(row)
                item.setData(0, Qt.ItemDataRole.UserRole, index)
                tip = plain_tip(source_details(document))
                for column in range(len(HEADERS)):
                    item.setToolTip(column, tip)
                if across:
                    item.setToolTip(_LANGUAGE, plain_tip(across))
                for column in (0, *range(_NAME + 1, _LANGUAGE)):
                    item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
                if comparison is not None and index == comparison.base:
                    font = item.font(_NAME)
                    font.setBold(True)
                    item.setFont(_NAME, font)
                self.tree.addTopLevelItem(item)
                if index == current:
                    self.tree.setCurrentItem(item)
        finally:
            self._filling = False

    def set_current(self, index: int) -> None:
        """Select the row of document ``index`` (the rows stay: their figures are the same)."""
        self._filling = True
        try:
            for row in range(self.tree.topLevelItemCount()):
                item = self.tree.topLevelItem(row)
                if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == index:
                    self.tree.setCurrentItem(item)
        finally:
            self._filling = False

    def current_index(self) -> int | None:
        item = self.tree.currentItem()
        return None if item is None else int(item.data(0, Qt.ItemDataRole.UserRole))

    def _changed(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if item is not None and not self._filling:
            self.selected.emit(int(item.data(0, Qt.ItemDataRole.UserRole)))

    def _set_base(self) -> None:
        index = self.current_index()
        if index is not None:
            self.base_requested.emit(index)


def _counted(comparison: Comparison | None) -> dict[int, int]:
    """The word counts the engine made while comparing (counting 7 million words again here
    froze the window for seconds)."""
    found: dict[int, int] = {}
    for pair in comparison.pairs if comparison is not None else ():
        if pair.words != (0, 0):
            found[pair.base], found[pair.other] = pair.words
    return found
