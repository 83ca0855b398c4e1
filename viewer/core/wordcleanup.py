"""Dissolve coincidental matches inside a reworded stretch, but keep what is truly shared.

diff-match-patch's semantic cleanup folds every equality shorter than the changes around it
into them, so a 47-word rewording that keeps "territorial demands, including Crimea" and
"2014" shows as one replacement. Here an equality between two changes of words dissolves
only when it carries no content (function words and punctuation: "the", "of", ","), or a
single ordinary word between two changes of three content words or more. Equal numbers and
names always stay visible.
"""

from __future__ import annotations

from collections.abc import Sequence

from viewer.core.dmp import Op

__all__ = ["FUNCTION", "GAP", "NAME_OR_NUMBER", "WORD", "merge_trivial_equalities"]

# Weight of one unit of text: spacing or punctuation, a function word, an ordinary content
# word, or a name or number.
GAP, FUNCTION, WORD, NAME_OR_NUMBER = -1, 0, 1, 2
_BIG_CHANGE = 3  # content words on the larger side of a change that outweigh one word


def merge_trivial_equalities(
    ops: Sequence[tuple[Op, int]], weights_a: Sequence[int], weights_b: Sequence[int]
) -> tuple[tuple[Op, int], ...]:
    """``ops`` with trivial equalities turned into changes; ``weights_a`` and ``weights_b``
    weigh each unit of the base and the other sequence.

    >>> ops = [(Op.DELETE, 2), (Op.EQUAL, 1), (Op.INSERT, 2)]
    >>> merge_trivial_equalities(ops, [1, 1, -1], [-1, 1, 1])
    ((<Op.DELETE: -1>, 3), (<Op.INSERT: 1>, 3))
    """
    groups: list[_Group] = []
    for group in _groups(ops, weights_a, weights_b):
        groups.append(group)
        # change, equality, change at the end: dissolve the equality if it is trivial, and
        # look again, since the merged change may make the equality before it trivial too
        while (
            len(groups) >= 3
            and groups[-1].equal is None
            and groups[-2].equal is not None
            and groups[-3].equal is None
            and _trivial(groups[-2], groups[-3], groups[-1])
        ):
            before, equal, after = groups[-3:]
            del groups[-3:]
            groups.append(_merged(before, equal, after))
    out: list[tuple[Op, int]] = []
    for group in groups:
        if group.equal is not None:
            out.append((Op.EQUAL, group.equal))
            continue
        if group.dels:
            out.append((Op.DELETE, group.dels))
        if group.ins:
            out.append((Op.INSERT, group.ins))
    return tuple(out)


def _merged(before: _Group, equal: _Group, after: _Group) -> _Group:
    assert equal.equal is not None
    merged = _Group(None, before.dels + equal.equal + after.dels, 0, 0, 0)
    merged.ins = before.ins + equal.equal + after.ins
    merged.del_content = before.del_content + equal.content + after.del_content
    merged.ins_content = before.ins_content + equal.content + after.ins_content
    merged.words = before.words + equal.words + after.words
    return merged


class _Group:
    """An equality of ``equal`` units, or a change of ``dels`` and ``ins`` units."""

    __slots__ = ("del_content", "dels", "equal", "heaviest", "ins", "ins_content", "words")

    def __init__(
        self, equal: int | None, dels: int, ins: int, del_content: int, ins_content: int
    ) -> None:
        self.equal, self.dels, self.ins = equal, dels, ins
        self.del_content, self.ins_content = del_content, ins_content  # content words
        self.words = 0  # words of any kind, function words included
        self.heaviest = GAP

    @property
    def content(self) -> int:
        return max(self.del_content, self.ins_content)


def _content(weights: Sequence[int]) -> int:
    return sum(w >= WORD for w in weights)


def _words(weights: Sequence[int]) -> int:
    return sum(w >= FUNCTION for w in weights)


def _groups(
    ops: Sequence[tuple[Op, int]], weights_a: Sequence[int], weights_b: Sequence[int]
) -> list[_Group]:
    groups: list[_Group] = []
    i = j = 0  # positions in the base and the other units
    for op, count in ops:
        if op is Op.EQUAL:
            units = weights_a[i : i + count]
            group = _Group(count, 0, 0, _content(units), _content(units))
            group.heaviest, group.words = max(units, default=GAP), _words(units)
            groups.append(group)
            i, j = i + count, j + count
            continue
        if not groups or groups[-1].equal is not None:
            groups.append(_Group(None, 0, 0, 0, 0))
        change = groups[-1]
        if op is Op.DELETE:
            change.dels += count
            change.del_content += _content(weights_a[i : i + count])
            change.words += _words(weights_a[i : i + count])
            i += count
        else:
            change.ins += count
            change.ins_content += _content(weights_b[j : j + count])
            change.words += _words(weights_b[j : j + count])
            j += count
    return groups


def _trivial(equal: _Group, before: _Group, after: _Group) -> bool:
    """Whether an equality between two changes is coincidental. Only changes of words count:
    a quotation mark swapped beside a renamed speaker leaves "said the" between them."""
    if equal.heaviest == NAME_OR_NUMBER:
        return False
    if equal.content == 0:
        return min(before.words, after.words) > 0
    return equal.content == 1 and min(before.content, after.content) >= _BIG_CHANGE
