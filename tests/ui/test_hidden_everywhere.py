"""Hidden means hidden everywhere: gap tags, dashed lines, the change map and the link
strip follow the hide choices as the marks and the findings list do (issue 20)."""

from __future__ import annotations

from collections.abc import Callable

from tests.ui.conftest import seed_files
from viewer.core.model import Block, BlockKind, Flag
from viewer.core.navigation import Side
from viewer.ui.main_window import MainWindow

Maker = Callable[..., MainWindow]


def furniture_blocks(window: MainWindow) -> set[int]:
    """The added or omitted blocks of the pair shown that hold only boilerplate."""
    comparison, current = window.comparison, window.current
    assert comparison is not None and current is not None
    pair = comparison.pair_for(current)
    lacking = (BlockKind.ADDED, BlockKind.OMITTED)
    found: dict[int, bool] = {}
    for segment in pair.changes:
        if pair.blocks[segment.block].kind in lacking:
            furniture = Flag.BOILERPLATE in segment.flags
            found[segment.block] = found.get(segment.block, True) and furniture
    return {k for k, only in found.items() if only}


def spans_of(blocks: tuple[Block, ...], indices: set[int], side: Side) -> set[tuple[int, int]]:
    return {
        (s.start, s.end)
        for k in indices
        for s in [blocks[k].other if side is Side.OTHER else blocks[k].base]
    }


def test_hidden_boilerplate_leaves_no_tag_no_line_no_band(make_window: Maker) -> None:
    """Regression (issue 20): hidden boilerplate kept its "10 words added" and "14 words
    omitted" gap tags and dashed lines (001 against 000 and 004)."""
    window = make_window(seed_files())  # 001 (base), 000, 002, 003, 004
    assert window.visibility.hide_boilerplate  # the default
    for version in (1, 4):
        window.select_version(version)
        pair = window.comparison.pair_for(version)  # type: ignore[union-attr]
        furniture = furniture_blocks(window)
        assert furniture, "the seeds have boilerplate blocks"
        view = window.pair_view
        tagged = {(g.there.start, g.there.end) for g in view.base_pane.gaps()}
        tagged |= {(g.there.start, g.there.end) for g in view.other_pane.gaps()}
        hidden = spans_of(pair.blocks, furniture, Side.OTHER)
        hidden |= spans_of(pair.blocks, furniture, Side.BASE)
        assert not tagged & hidden
        whole = (0, len(view.base_pane.text())), (0, len(view.other_pane.text()))
        assert not set(view.strip._map.near(*whole)) & furniture
        marked = {m.segment for m in view.base_pane.marks() + view.other_pane.marks()}
        assert not any(Flag.BOILERPLATE in pair.segments[i].flags for i in marked)

        window.actions_.hide_boilerplate.trigger()  # shown: tags, bands and marks come back
        tagged = {(g.there.start, g.there.end) for g in view.base_pane.gaps()}
        tagged |= {(g.there.start, g.there.end) for g in view.other_pane.gaps()}
        assert tagged & hidden
        assert set(view.strip._map.near(*whole)) >= furniture
        marked = {m.segment for m in view.base_pane.marks() + view.other_pane.marks()}
        assert any(Flag.BOILERPLATE in pair.segments[i].flags for i in marked)
        window.actions_.hide_boilerplate.trigger()
