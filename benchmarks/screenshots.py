"""Retakes the screenshots of issue 20 (the five seeds, base 001, 1600×1000, light and dark).

Not a timing: it shows the window as a fact-checker sees it. Run under a real X server:
  xvfb-run -a -s '-screen 0 1600x1000x24' .venv/bin/python -m benchmarks.screenshots docs/after
Writes NAME-light.png and NAME-dark.png for each scene into the folder given: the light one
on Qt's Fusion palette, the dark one on ``viewer.ui.theme.dark_palette`` (docs/before was
taken from main before issue 20, when the script set the same colours itself).
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from viewer.ui.main_window import MainWindow
from viewer.ui.theme import dark_palette

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
ORDER = ("001", "000", "002", "003", "004")


def _wait(app: QApplication, done: Callable[[], bool], seconds: float = 30) -> None:
    end = time.monotonic() + seconds
    while not done() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)
    for _ in range(20):
        app.processEvents()
        time.sleep(0.01)


def _window(app: QApplication) -> MainWindow:
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings)
    window.resize(1600, 1000)
    window.show()
    shown: list[bool] = []
    window.comparison_shown.connect(lambda: shown.append(True))
    paths = [str(next(SEEDS.glob(f"{n}_*.txt"))) for n in ORDER]
    window.open_paths(paths)
    _wait(app, lambda: bool(shown))
    return window


def _choose(window: MainWindow, text: str) -> None:
    """Choose the first finding whose base or other words hold ``text``."""
    comparison = window.comparison
    assert comparison is not None and window.current is not None
    base = comparison.documents[comparison.base].text
    other = comparison.documents[window.current].text
    for number, finding in enumerate(window.findings.findings):
        words = (
            base[finding.base.start : finding.base.end]
            + other[finding.other.start : finding.other.end]
        )
        if text in words:
            window.findings.choose(number)
            return


def _scenes(app: QApplication, window: MainWindow) -> dict[str, Callable[[], None]]:
    def pair(version: int, text: str) -> Callable[[], None]:
        def go() -> None:
            window.reviewing.claims_dock.hide()
            window.select_version(version)
            _wait(app, lambda: True)
            _choose(window, text)

        return go

    def claims() -> None:
        window.select_version(3)
        window.reviewing.claims_dock.show()
        panel = window.reviewing.claims
        _wait(app, lambda: panel.comparison is window.comparison)
        model = panel.model
        for row in range(model.rowCount()):  # 003's "160,000" clicked: both panes show it
            if "160,000" in model.claims[row].label:
                panel.table.clicked.emit(model.index(row, 4))
                break

    return {
        "pair-004": pair(4, "Mariupol"),  # boxes, strike-through, legend, overview
        "pair-000": pair(1, "Boichenko"),  # hidden boilerplate: gap tags, link strip
        "claims-003": claims,
    }


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    light = app.palette()
    for theme, palette in (("light", light), ("dark", dark_palette())):
        app.setPalette(palette)
        window = _window(app)
        for name, scene in _scenes(app, window).items():
            scene()
            _wait(app, lambda: True)
            window.grab().save(str(out / f"{name}-{theme}.png"))
            print(out / f"{name}-{theme}.png")
        window.reviewing.session.drop_changes()
        window.close()


if __name__ == "__main__":
    main()
