"""Invariants of every comparison, on random text."""

from hypothesis import example, given, settings
from hypothesis import strategies as st

from tests.conftest import doc
from viewer.core import Kind, compare_documents
from viewer.core.analysis import DocumentAnalysis
from viewer.core.model import PairComparison, Span
from viewer.core.quotes import QuoteIndex, find_quotes
from viewer.core.review import LinkAction, ManualLink
from viewer.core.tokens import count_words

WORDS = ["the", "mayor", "said", "4", "four", "U.S.", "US", "not", "Peskov", "rain", "🎉", "é"]
sentence = st.lists(st.sampled_from(WORDS), min_size=1, max_size=8).map(
    lambda ws: " ".join(ws).capitalize() + "."
)
article = st.lists(
    st.lists(sentence, min_size=1, max_size=3).map(" ".join), min_size=0, max_size=6
).map("\n\n".join)
any_text = st.one_of(article, st.text(max_size=200))


def tiles(pair: PairComparison, base: str, other: str) -> None:
    for side, text in (("base", base), ("other", other)):
        spans = sorted(
            (getattr(s, side) for s in pair.segments if not getattr(s, side).is_empty),
            key=lambda span: span.start,
        )
        cursor = 0
        for span in spans:
            assert span.start == cursor, (side, spans)
            cursor = span.end
        assert cursor == len(text)


@settings(max_examples=200, deadline=None)
@given(any_text, any_text)
def test_spans_tile_both_texts(base: str, other: str) -> None:
    result = compare_documents([doc(base), doc(other)])
    pair = result.pairs[0]
    tiles(pair, base, other)
    for s in pair.segments:
        if s.kind is Kind.ADDITION:
            assert s.base.is_empty
        if s.kind is Kind.OMISSION:
            assert s.other.is_empty
        if s.kind is Kind.EQUAL:
            assert "".join(s.base.of(base).split()) == "".join(s.other.of(other).split())
    assert 0.0 <= pair.similarity <= 1.0


@settings(max_examples=100, deadline=None)
@given(any_text)
def test_text_compared_with_itself_is_all_equal(text: str) -> None:
    pair = compare_documents([doc(text), doc(text)]).pairs[0]
    assert all(s.kind is Kind.EQUAL for s in pair.segments)


@settings(max_examples=150, deadline=None)
@given(article, article)
@example(  # candidates were each base sentence's best: a long side's duplicates went unseen
    "The 4. 4.\n\nFour. Four. 4.\n\nFour. 4.\n\nFour. Four. 4.\n\nFour. Four. 4.", "Said 4."
)
def test_swapping_sides_swaps_additions_and_omissions(base: str, other: str) -> None:
    forward = compare_documents([doc(base), doc(other)]).pairs[0]
    backward = compare_documents([doc(other), doc(base)]).pairs[0]

    def chars(pair: PairComparison, kind: Kind, side: str, text: str) -> int:
        """Non-space characters of that kind: a sentence owns its trailing spacing, so when
        equally good duplicates are matched, which one is left over may differ in spacing."""
        return sum(
            len("".join(getattr(s, side).of(text).split())) for s in pair.segments if s.kind is kind
        )

    assert chars(forward, Kind.OMISSION, "base", base) == chars(
        backward, Kind.ADDITION, "other", base
    )
    assert chars(forward, Kind.ADDITION, "other", other) == chars(
        backward, Kind.OMISSION, "base", other
    )


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab \"\u201c\u201d'\u2019\n."), max_size=80), st.data())
def test_quote_index_finds_what_a_full_scan_finds(text: str, data: st.DataObject) -> None:
    """The index finds a line's quotes only when asked; it must answer as a full scan does."""
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    span = Span(start, end)
    expected = tuple(
        q
        for q in find_quotes(text)
        if (q.start < start < q.end if span.is_empty else q.start < end and start < q.end)
    )
    assert QuoteIndex(text).touching(span) == expected


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab U.S 12,3 \n-'\u65e5\u0e01\u00e9."), max_size=60))
def test_words_counted_by_distinct_chunks_are_the_words(text: str) -> None:
    """The document's word count, taken chunk by distinct chunk, equals a count of the text."""
    assert DocumentAnalysis(doc(text)).words == count_words(text)


@settings(max_examples=150, deadline=None)
@given(article, article, st.data())
def test_links_made_by_hand_keep_every_invariant(
    base: str, other: str, data: st.DataObject
) -> None:
    """Whatever the user links or unlinks, the spans still tile both texts, and each link is
    honoured: linked text sits in one manual aligned or moved block."""
    links = []
    for _ in range(data.draw(st.integers(0, 3))):
        b0 = data.draw(st.integers(0, len(base)))
        o0 = data.draw(st.integers(0, len(other)))
        links.append(
            ManualLink(
                1,
                data.draw(st.sampled_from(list(LinkAction))),
                Span(b0, data.draw(st.integers(b0, len(base)))),
                Span(o0, data.draw(st.integers(o0, len(other)))),
            )
        )
    pair = compare_documents([doc(base), doc(other)], links=links).pairs[0]
    tiles(pair, base, other)
    assert 0.0 <= pair.similarity <= 1.0 and 0.0 <= pair.coverage <= 1.0
    if len(links) == 1 and links[0].action is LinkAction.LINK and base and other:
        link = links[0]
        # the sentence holding each span's first character (a span at the text's end: the
        # last sentence) sits in one manual block
        at_b = min(link.base.start, len(base) - 1)
        at_o = min(link.other_span.start, len(other) - 1)
        assert any(
            b.manual and b.base.contains(at_b) and b.other.contains(at_o) for b in pair.blocks
        )


def _tiled_by(segments: list[Span], stretch: Span) -> bool:
    """Whether the non-empty spans tile ``stretch`` (an empty stretch: only empty spans)."""
    solid = sorted((s for s in segments if not s.is_empty), key=lambda s: s.start)
    if stretch.is_empty:
        return not solid
    cursor = stretch.start
    for span in solid:
        if span.start != cursor:
            return False
        cursor = span.end
    return cursor == stretch.end


@settings(max_examples=200, deadline=None)
@given(any_text, any_text)
@example("The. 4 u.s.. 4 u.s..", "Four. The.")  # a moved row and a sentence said there again
def test_every_finding_is_tiled_by_its_segments_and_every_change_has_one_finding(
    base: str, other: str
) -> None:
    """Issue 18: findings are the reader's unit; their segments tile their stretches, and
    every changed segment belongs to exactly one finding."""
    pair = compare_documents([doc(base), doc(other)]).pairs[0]
    owners: dict[int, int] = {}
    for number, finding in enumerate(pair.findings):
        assert finding.segments == tuple(sorted(set(finding.segments)))
        for index in finding.segments:
            assert index not in owners
            owners[index] = number
        for stretch_b, stretch_o in finding.stretches:
            inside = [
                pair.segments[i]
                for i in finding.segments
                if stretch_b.start <= pair.segments[i].base.start <= stretch_b.end
                and stretch_o.start <= pair.segments[i].other.start <= stretch_o.end
            ]
            assert _tiled_by([s.base for s in inside], stretch_b)
            assert _tiled_by([s.other for s in inside], stretch_o)
    changed = {
        i
        for i, s in enumerate(pair.segments)
        if s.kind is not Kind.EQUAL and (s.base.of(base) + s.other.of(other)).strip()
    }
    assert changed <= set(owners)  # spacing alone is no finding
    assert sum(pair.counts.values()) == len(pair.findings)


@settings(max_examples=100, deadline=None)
@given(any_text)
def test_a_text_compared_with_itself_has_no_findings(text: str) -> None:
    pair = compare_documents([doc(text), doc(text + " ")]).pairs[0]
    assert pair.findings == ()
