"""Random use of the window with fixed seeds: opening files and reviews, changing the base
and the view, verdicts, notes, undo, closing, with and without waiting for the work under
way. No exception in a slot, no Qt warning (both fail a test here), no crash (issue 23:
a view change before a new base's comparison arrived raised KeyError 5-15 times in 200
random actions)."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.conftest import demo_files
from viewer.core.review import Verdict
from viewer.export.review_file import write_review
from viewer.ui import review_files, review_opening
from viewer.ui.main_window import MainWindow, ViewMode

Maker = Callable[..., MainWindow]
ACTIONS = 200


def _review(tmp_path: Path, window: MainWindow) -> Path:
    path = tmp_path / "chaos.redline"
    state = window.reviewing.state()
    assert state is not None
    write_review(path, state.documents, state.base, state.review)
    return path


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_random_use_never_raises(
    make_window: Maker, qtbot: QtBot, tmp_path: Path, seed: int, no_modal_dialogs: list[str]
) -> None:
    rng = random.Random(seed)
    files = demo_files()
    window = make_window(files[:3])
    review = _review(tmp_path, window)

    def count() -> int:
        return len(window.documents)

    def some_finding() -> None:
        if window.findings.findings:
            window.findings.choose(rng.randrange(len(window.findings.findings)))

    def verdict() -> None:
        some_finding()
        window.reviewing.set_verdict(rng.choice(list(Verdict)))

    def note() -> None:
        some_finding()
        window.findings.editor.note.insertPlainText(rng.choice(["x", " <b>", "&", "é"]))

    def reopen() -> None:
        nonlocal window
        window.reviewing.session.drop_changes()
        window.close()
        window = make_window()
        window.open_paths(files[: rng.randint(2, 4)])

    actions: list[Callable[[], object]] = [
        lambda: window.open_paths([rng.choice(files)]),
        lambda: review_opening.open_review(window, str(review)),
        lambda: window.set_base(rng.randrange(max(count(), 1))),
        lambda: window.set_view(rng.choice(list(ViewMode))),
        lambda: window.actions_.hide_cosmetic.trigger(),
        lambda: window.actions_.hide_boilerplate.trigger(),
        lambda: window.select_version(rng.randrange(max(count(), 1))),
        lambda: window.step_version(rng.choice([1, -1])),
        lambda: window.step_finding(rng.random() < 0.7),
        verdict,
        note,
        lambda: window.reviewing.undo(),
        lambda: window.reviewing.undo(forward=True),
        lambda: review_files.save(window) if window.reviewing.session.path else None,
        reopen,
    ]
    weights = [3, 1, 4, 4, 2, 1, 3, 2, 3, 4, 3, 3, 1, 1, 1]
    for _ in range(ACTIONS):
        rng.choices(actions, weights)[0]()
        if rng.random() < 0.3:
            qtbot.wait(rng.choice([0, 5, 50]))
    qtbot.waitUntil(
        lambda: not window.is_busy() and window.reviewing.opening is None, timeout=60000
    )
    comparison = window.comparison
    if comparison is not None:
        assert window.current != comparison.base
        assert window.current in {p.other for p in comparison.pairs}
    window.reviewing.session.drop_changes()
