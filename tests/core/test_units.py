"""The fast path: a paragraph the other version holds unchanged is one unit, never split."""

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import doc
from viewer.core import BlockKind, Kind, compare_documents
from viewer.core.analysis import DocumentAnalysis
from viewer.core.segment import absorb_blank, paragraph_starts, split_paragraph, split_sentences
from viewer.core.units import pair_units

PARAGRAPH = st.lists(
    st.sampled_from(
        [
            "Mr. Smith left.",
            "It rained. Then",
            "1) one 2) two",
            "U.S. aid",
            "Yes!",
            '"Go. Now," he said.',
            "  ",
            "a. b.",
            "Sign up now for FREE unlimited access to Reuters.com Register",
            "x",
        ]
    ),
    max_size=4,
).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(st.lists(PARAGRAPH, max_size=5).map("\n\n".join))
def test_splitting_paragraph_by_paragraph_is_splitting_the_text(text: str) -> None:
    starts = paragraph_starts(text)
    pieces = [s for k in range(len(starts)) for s in split_paragraph(text, starts, k)]
    assert absorb_blank(pieces) == split_sentences(text)


def test_an_unchanged_paragraph_is_one_row_and_never_split() -> None:
    same = "The river rose overnight. Volunteers filled sandbags. The mayor thanked them."
    a = f"{same}\n\nThe bridge closed on Monday.\n\nSchools stay open."
    b = f"{same}\n\nThe bridge closed on Tuesday.\n\nSchools stay open."
    base, other = DocumentAnalysis(doc(a)), DocumentAnalysis(doc(b))
    units_b, _ = pair_units(base, other)
    assert units_b.items[0].content.of(a) == same  # one unit, three sentences
    pair = compare_documents([doc(a), doc(b)]).pairs[0]
    first = pair.blocks[0]
    assert first.kind is BlockKind.ALIGNED and first.base.of(a).strip() == same
    assert [s.kind for s in pair.findings] == [Kind.DRIFT]
    # the changed paragraph was split into sentences; the unchanged ones never were
    assert not base._split.keys() & {0, 2}
