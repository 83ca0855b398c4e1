"""A desktop application: our own icon, a freedesktop entry and AppStream metainfo."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Callable

from pytestqt.qtbot import QtBot

from viewer.ui.about import show_about
from viewer.ui.icon import APP_ID, RESOURCES, app_icon
from viewer.ui.main_window import MainWindow

Maker = Callable[..., MainWindow]
DESKTOP = RESOURCES / f"{APP_ID}.desktop"
METAINFO = RESOURCES / f"{APP_ID}.metainfo.xml"


def test_icon_shows_in_the_window_and_the_about_box(make_window: Maker, qtbot: QtBot) -> None:
    assert not app_icon().pixmap(64).isNull()  # the SVG loads
    window = make_window()
    assert not window.windowIcon().isNull()
    box = show_about(window)
    qtbot.addWidget(box)
    assert not box.iconPixmap().isNull()
    assert box.text().startswith("Redline ")
    box.close()


def test_desktop_entry_launches_redline_with_our_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP, encoding="utf-8")
    fields = entry["Desktop Entry"]
    assert fields["Type"] == "Application" and fields["Exec"].split()[0] == "redline"
    assert fields["Icon"] == APP_ID and (RESOURCES / f"{APP_ID}.svg").is_file()
    if shutil.which("desktop-file-validate"):
        done = subprocess.run(
            ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True
        )
        assert done.returncode == 0 and not done.stdout.strip(), done.stdout


def test_metainfo_names_the_desktop_entry() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == DESKTOP.name  # type: ignore[union-attr]
    if shutil.which("appstreamcli"):
        done = subprocess.run(
            ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
        )
        assert done.returncode == 0, done.stdout


def test_the_package_carries_its_resources() -> None:
    """`pip install .` and `pipx install .` ship the demo, icon and desktop files inside the
    package (through the viewer/resources link), so the app finds them when installed."""
    from pathlib import Path

    import viewer

    inside = Path(viewer.__file__).parent / "resources"
    assert (inside / "demo").is_dir() and (inside / f"{APP_ID}.svg").is_file()
    with open(Path(viewer.__file__).parents[1] / "pyproject.toml", encoding="utf-8") as toml:
        text = toml.read()
    for pattern in (
        '"resources/*.svg"',
        '"resources/*.desktop"',
        '"resources/*.xml"',
        '"resources/demo/*"',
    ):
        assert pattern in text
