"""What the engine is measured against: labelled output of plain word diffs and of Redline."""

from __future__ import annotations

import difflib

from diff_match_patch import diff_match_patch

from benchmarks.quality.metrics import Labelled
from viewer.core import Document, compare_documents
from viewer.core.dmp import encode
from viewer.core.tokens import tokenize

__all__ = ["difflib_segments", "dmp_segments", "redline_segments"]


def redline_segments(base: str, other: str) -> list[Labelled]:
    pair = compare_documents([Document("a", "a", base), Document("b", "b", other)]).pairs[0]
    return [
        (s.kind.value, (s.base.start, s.base.end), (s.other.start, s.other.end),
         tuple(f.value for f in s.flags))
        for s in pair.segments
    ]  # fmt: skip


def _label(tag: str, a: tuple[int, int], b: tuple[int, int]) -> Labelled:
    kind = {"equal": "equal", "delete": "omission", "insert": "addition"}.get(tag, "drift")
    return (kind, a, b, ())


def _spans(tokens: list, i: int, j: int, text_end: int) -> tuple[int, int]:  # type: ignore[type-arg]
    if i == j:
        at = tokens[i].start if i < len(tokens) else text_end
        return (at, at)
    return (tokens[i].start, tokens[j - 1].end)


def difflib_segments(base: str, other: str) -> list[Labelled]:
    a, b = list(tokenize(base)), list(tokenize(other))
    matcher = difflib.SequenceMatcher(
        None, [t.text for t in a], [t.text for t in b], autojunk=False
    )
    return [
        _label(tag, _spans(a, i1, i2, len(base)), _spans(b, j1, j2, len(other)))
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
    ]


def dmp_segments(base: str, other: str) -> list[Labelled]:
    a, b = list(tokenize(base)), list(tokenize(other))
    engine = diff_match_patch()
    engine.Diff_Timeout = 0
    text1, text2 = encode([t.text for t in a], [t.text for t in b])
    diffs = engine.diff_main(text1, text2, checklines=False)
    engine.diff_cleanupSemantic(diffs)
    out: list[Labelled] = []
    i = j = 0
    pending: list[tuple[int, int]] = []  # (dels, ins) since the last equality
    dels = ins = 0
    for op, chunk in [*diffs, (0, "")]:
        if op == 0:
            if dels or ins:
                tag = "replace" if dels and ins else ("delete" if dels else "insert")
                out.append(
                    _label(
                        tag, _spans(a, i, i + dels, len(base)), _spans(b, j, j + ins, len(other))
                    )
                )
                i, j, dels, ins = i + dels, j + ins, 0, 0
            if chunk:
                n = len(chunk)
                out.append(
                    _label("equal", _spans(a, i, i + n, len(base)), _spans(b, j, j + n, len(other)))
                )
                i, j = i + n, j + n
        elif op == -1:
            dels += len(chunk)
        else:
            ins += len(chunk)
    del pending
    return out
