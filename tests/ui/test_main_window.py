"""The main window: opening, versions, base switching, findings, shortcuts, modes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tests.conftest import seed_path
from tests.ui.conftest import demo_files, open_and_wait, rebase_and_wait, side_docks
from viewer.core.model import Kind
from viewer.ui.app import open_window
from viewer.ui.file_actions import choose_url
from viewer.ui.main_window import MainWindow

Maker = Callable[..., MainWindow]


def test_opens_files_given_on_the_command_line(make_window: Maker) -> None:
    files = demo_files()
    window = make_window(files)
    assert window.comparison is not None
    assert [d.path for d in window.documents] == files
    assert window.versions.tree.topLevelItemCount() == len(files)
    assert window.pair_view.base_pane.toPlainText() == Path(files[0]).read_text("utf-8")
    assert window.pair_view.other_pane.toPlainText() == Path(files[1]).read_text("utf-8")
    assert window.pair_view.other_pane.highlighted_spans()
    assert window.findings.model.rowCount() > 0


def test_no_arguments_opens_the_demo(qtbot: QtBot, settings: QSettings) -> None:
    window = open_window([], settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.comparison_shown, timeout=20000):
        pass
    assert [d.path for d in window.documents] == demo_files()
    window.close()


def test_open_action_adds_versions_and_keeps_the_others(
    make_window: Maker, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = demo_files()
    window = make_window(files[:2])
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: (files[2:], ""))
    )
    with qtbot.waitSignal(window.comparison_shown, timeout=20000):
        window.actions_.open.trigger()
    assert [d.path for d in window.documents] == files
    assert window.memory.recent()[:2] == files[2:]


def test_unreadable_file_is_reported_and_the_others_stay(
    make_window: Maker, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    files = demo_files()
    window = make_window(files[:2])
    missing = str(tmp_path / "gone.txt")
    binary = tmp_path / "noise.txt"
    binary.write_bytes(bytes(range(256)) * 20)
    open_and_wait(qtbot, window, [missing, str(binary), files[2]])
    assert len(warnings) == 1
    assert "gone.txt" in warnings[0]
    assert [d.path for d in window.documents] == files[:3]
    assert window.comparison is not None and len(window.comparison.documents) == 3


def test_clicking_through_versions_and_shortcuts(make_window: Maker, qtbot: QtBot) -> None:
    files = demo_files()
    window = make_window(files)
    texts = [Path(f).read_text("utf-8") for f in files]
    window.versions.tree.setCurrentItem(window.versions.tree.topLevelItem(2))
    assert window.current == 2
    assert window.pair_view.other_pane.toPlainText() == texts[2]
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.current == 3
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.current == 1  # wraps round, skipping the base
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.current == 3
    assert window.pair_view.other_pane.toPlainText() == texts[3]


def test_setting_a_new_base_recomputes(make_window: Maker, qtbot: QtBot) -> None:
    files = demo_files()
    window = make_window(files)
    rebase_and_wait(qtbot, window, 2)
    assert window.comparison is not None and window.comparison.base == 2
    assert window.pair_view.base_pane.toPlainText() == Path(files[2]).read_text("utf-8")
    assert window.current == 0  # the old base is shown beside the new one
    assert "(base)" in window.versions.tree.topLevelItem(2).text(1)


def test_findings_list_jumps_both_panes(make_window: Maker, qtbot: QtBot) -> None:
    window = make_window(demo_files())
    window.select_version(2)
    number = len(window.findings.findings) - 1  # the last: both panes must scroll
    index = window.findings.model.index(number, 0)
    window.findings.view.scrollTo(index)
    rect = window.findings.view.visualRect(index)
    qtbot.mouseClick(window.findings.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    segment = window.findings.findings[number]
    base, other = window.pair_view.base_pane, window.pair_view.other_pane
    assert base.textCursor().selectionStart() == segment.base.start
    assert other.textCursor().selectionStart() == segment.other.start
    selected = other.textCursor().selectedText().replace("\u2029", "\n")
    assert selected == segment.other.of(other.toPlainText())
    for pane, start in ((base, segment.base.start), (other, segment.other.start)):
        assert 0 <= pane.top_of(start) < pane.viewport().height()
        assert pane.verticalScrollBar().value() > 0


def test_next_and_previous_finding_shortcuts(make_window: Maker, qtbot: QtBot) -> None:
    window = make_window(demo_files())
    window.select_version(2)
    findings = window.findings.findings
    qtbot.keyClick(window, Qt.Key.Key_F7)
    assert window.findings.current() == 0
    qtbot.keyClick(window, Qt.Key.Key_F7)
    assert window.findings.current() == 1
    cursor = window.pair_view.other_pane.textCursor()
    assert cursor.selectionStart() == findings[1].other.start
    qtbot.keyClick(window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.findings.current() == 2
    qtbot.keyClick(window, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(window, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    assert window.findings.current() == 0


def test_findings_filter_by_kind_and_flag(make_window: Maker) -> None:
    window = make_window(demo_files())
    window.select_version(2)  # the back-translation: reworded, with changed facts
    panel = window.findings
    panel.kind_filter.setCurrentIndex(panel.kind_filter.findData(Kind.DRIFT))
    assert panel.findings and all(f.kind is Kind.DRIFT for f in panel.findings)
    panel.kind_filter.setCurrentIndex(0)
    panel.flag_filter.setCurrentIndex(panel.flag_filter.findData("any"))
    assert panel.findings and all(f.flags for f in panel.findings)


def test_hiding_cosmetic_differences(make_window: Maker) -> None:
    window = make_window(demo_files())
    window.select_version(1)  # the republished copy has cosmetic changes
    pair = window.comparison.pair_for(1)  # type: ignore[union-attr]
    text = window.comparison.documents[1].text  # type: ignore[union-attr]
    cosmetic = [  # highlights leave out the spacing at a segment's end
        (s.other.start, s.other.start + len(s.other.of(text).rstrip()))
        for s in pair.segments
        if s.kind is Kind.COSMETIC and s.other.of(text).strip()
    ]
    assert cosmetic
    pane = window.pair_view.other_pane
    # Hidden by default: F7 and the list skip typography unless the reader asks for it.
    assert window.visibility.hide_cosmetic and window.actions_.hide_cosmetic.isChecked()
    assert not set(cosmetic) & set(pane.highlighted_spans())
    assert all(f.kind is not Kind.COSMETIC for f in window.findings.findings)
    window.actions_.hide_cosmetic.trigger()
    assert not window.visibility.hide_cosmetic
    assert set(cosmetic) <= set(pane.highlighted_spans())
    assert any(f.kind is Kind.COSMETIC for f in window.findings.findings)
    again = make_window()  # the choice is remembered
    assert not again.visibility.hide_cosmetic and not again.actions_.hide_cosmetic.isChecked()


def test_all_versions_mode_shows_every_version(make_window: Maker) -> None:
    files = demo_files()
    window = make_window(files)
    window.actions_.all_versions.trigger()
    assert window.stack.currentWidget() is window.all_view
    panes = window.all_view.visible_panes()
    assert [p.toPlainText() for p in panes] == [Path(f).read_text("utf-8") for f in files]
    assert all(p.highlighted_spans() for p in panes[1:])
    panes[0].verticalScrollBar().setValue(panes[0].verticalScrollBar().maximum() // 2)
    assert all(p.verticalScrollBar().value() > 0 for p in panes[1:])


def test_all_versions_mode_makes_room_and_gives_it_back(make_window: Maker) -> None:
    """Regression: with the side panels open, the fifth column of the seeds was off-screen."""
    window = make_window(demo_files())
    docks = side_docks(window)
    assert docks and not any(d.isHidden() for d in docks)
    window.actions_.all_versions.trigger()
    assert all(d.isHidden() for d in docks)
    window.actions_.all_versions.trigger()
    assert window.stack.currentWidget() is window.pair_view
    assert not any(d.isHidden() for d in docks)


def test_overview_cell_shows_that_pair(make_window: Maker, qtbot: QtBot) -> None:
    window = make_window(demo_files())
    window.overview.cellClicked.emit(0, 3)
    assert window.current == 3
    with qtbot.waitSignal(window.comparison_shown, timeout=20000):
        window.overview.cellClicked.emit(2, 1)
    assert window.comparison is not None and window.comparison.base == 2
    assert window.current == 1


def test_zoom_is_remembered(make_window: Maker, qtbot: QtBot) -> None:
    window = make_window(demo_files()[:2])
    size = window.pair_view.base_pane.font().pointSize()
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.pair_view.base_pane.font().pointSize() == size + 1
    again = make_window()
    assert again.pair_view.base_pane.font().pointSize() == size + 1


def test_find_selects_the_match(make_window: Maker, qtbot: QtBot) -> None:
    window = make_window(demo_files()[:2])
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.find_bar.isVisible()
    window.find_bar.field.setText("Ostrander")
    assert window.find_bar.find_text()
    assert window.pair_view.base_pane.textCursor().selectedText() == "Ostrander"


def test_seeds_open_with_001_as_base(make_window: Maker) -> None:
    paths = [str(seed_path(p)) for p in ("001", "000", "002", "003", "004")]
    window = make_window(paths)
    assert window.comparison is not None and len(window.comparison.pairs) == 4
    assert window.findings.findings


def test_open_url_fetches_a_page_and_shows_its_provenance(
    make_window: Maker, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """File › Open URL… against a local server (never the internet): the page becomes a
    version, and the versions list says it is a web page and when it was fetched."""
    from PySide6.QtWidgets import QInputDialog

    from tests.io.server import serving

    window = make_window(demo_files()[:1])
    with serving() as base_url:
        url = f"{base_url}/news/bridge"
        monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (url, True))
        with qtbot.waitSignal(window.comparison_shown, timeout=20000):
            choose_url(window)
    assert window.comparison is not None and len(window.comparison.documents) == 2
    item = window.versions.tree.topLevelItem(1)
    source = item.text(window.versions.tree.columnCount() - 1)
    assert source.startswith("web page, fetched ") and source.endswith(" UTC")
    assert url in item.toolTip(0) and "fetched:" in item.toolTip(0)
    file_item = window.versions.tree.topLevelItem(0)
    assert file_item.text(window.versions.tree.columnCount() - 1) == "text, utf-8"


def test_open_url_refuses_what_is_not_a_web_address(
    make_window: Maker, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    window = make_window(demo_files()[:2])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("ftp://example/x", True))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    choose_url(window)
    assert warnings == ["ftp://example/x: not an http or https address"]
    assert window.comparison is not None and len(window.comparison.documents) == 2
