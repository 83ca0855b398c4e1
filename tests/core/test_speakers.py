"""Who a claim is attributed to (issue 18: "Biden said" -> "senior US officials… clarify"
was never shown as a change of source)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from viewer.core.model import Span
from viewer.core.speakers import Attribution, find_attributions, same_source


def sources(text: str) -> list[str]:
    return [a.text for a in find_attributions(text, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "source"),
    [("On Sunday Biden said he was not calling for it.", "Biden"),
     ('"No," said Mayor Tomas Berg.', "Mayor Tomas Berg"),
     ("It won, according to the electoral commission.", "the electoral commission"),
     ("The Kremlin, for its part, said it was alarmed.", "The Kremlin"),
     ("The city's mayor, Vadim Boichenko, said 160,000 were trapped.",
      "The city's mayor, Vadim Boichenko"),
     ("It cost 40 million, the chamber of commerce estimated.", "the chamber of commerce"),
     ("Talks will resume, said the official.", "the official"),
     ("but the Kremlin later said talks should wait", "the Kremlin"),
     ("Anna Kovac told reporters that members had voted.", "Anna Kovac")],
)  # fmt: skip
def test_the_source_of_a_claim(text: str, source: str) -> None:
    assert sources(text) == [source]


def test_a_pronoun_is_no_source_to_compare() -> None:
    assert sources('"We are ready," he told reporters. They said so.') == []


def attribution(text: str) -> Attribution:
    (found,) = find_attributions(text, 0, len(text))
    return found


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [("Biden said", "senior US officials said", False),
     ("Russia and Ukraine said", "A senior Turkish official said", False),
     ("Peskov said", "Kremlin spokesman Dmitry Peshkov said", True),
     ("Hrytsenko said", "Gritsenko said", True),
     ("the harbour authority said", "the harbour authority added", True),
     ("Ross said", "Rose said", False),
     ("according to the electoral commission", "according to opposition monitors", False)],
)  # fmt: skip
def test_same_source(a: str, b: str, same: bool) -> None:
    assert same_source(attribution(a), attribution(b)) is same
    assert same_source(attribution(b), attribution(a)) is same


NAMES = st.frozensets(st.sampled_from(["biden", "us", "peskov", "peshkov", "kremlin"]))
WORDS = st.frozensets(st.sampled_from(["senio", "offic", "biden", "autho"]))


@given(NAMES, WORDS, NAMES, WORDS)
def test_same_source_is_symmetric(n1, w1, n2, w2) -> None:  # type: ignore[no-untyped-def]
    a = Attribution(Span(0, 1), "a", n1, w1 | n1)
    b = Attribution(Span(0, 1), "b", n2, w2 | n2)
    assert same_source(a, b) == same_source(b, a)
    assert same_source(a, a) == bool(a.words)
