"""Hidden means hidden everywhere: the blocks of hidden findings leave no gap tag, no band
and no link in the link strip (issue 20)."""

from __future__ import annotations

from tests.conftest import doc
from viewer.core import compare_documents
from viewer.core.gap_tags import find_gaps
from viewer.core.maps import LinkMap
from viewer.core.model import BlockKind, PairComparison
from viewer.core.navigation import Side
from viewer.core.visibility import SHOW_ALL, Visibility, hidden_blocks

BASE = "The council met on Monday.\n\nIt approved the budget for the bridge."
OTHER = (
    "The council met on Monday.\n\nSign up for our newsletter.\n\n"
    "It approved the budget for the bridge.\n\nThe mayor welcomed the vote warmly."
)


def pair() -> PairComparison:
    return compare_documents([doc(BASE, "a"), doc(OTHER, "b")]).pairs[0]


def test_hidden_boilerplate_blocks_and_their_gaps() -> None:
    """Regression (issue 20): hidden boilerplate kept its "5 words added" tag and dashed
    line in the base pane, though hidden findings are neither marked nor listed."""
    found = pair()
    added = [k for k, b in enumerate(found.blocks) if b.kind is BlockKind.ADDED]
    furniture = next(k for k in added if "newsletter" in found.blocks[k].other.of(OTHER))
    story = next(k for k in added if "mayor" in found.blocks[k].other.of(OTHER))
    hide = Visibility(hide_boilerplate=True)
    assert hidden_blocks(found, hide) == {furniture}
    assert hidden_blocks(found, SHOW_ALL) == frozenset()
    every = find_gaps(found, Side.BASE, OTHER)
    shown = find_gaps(found, Side.BASE, OTHER, hidden_blocks(found, hide))
    assert [g.words for g in every] == [5, 6]  # "Sign up for our newsletter", the mayor
    assert [g.there for g in shown] == [found.blocks[story].other]


def test_the_link_map_leaves_hidden_blocks_out() -> None:
    found = pair()
    hidden = hidden_blocks(found, Visibility(hide_boilerplate=True))
    whole = (0, len(BASE)), (0, len(OTHER))
    every = LinkMap(found.blocks, found.also).near(*whole)
    kept = LinkMap(found.blocks, found.also, hidden).near(*whole)
    assert set(every) - set(kept) == hidden and hidden
