"""Known edits applied to real prose with a seeded generator; the truth of every edit is kept.

Each base paragraph receives at most one edit, so the truth of every character is simple:
the kind a perfect engine would report for it.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from viewer.core.quotes import find_quotes
from viewer.core.segment import split_sentences

__all__ = ["Case", "Mark", "make_case"]

# Unrelated sentences written for this harness, inserted as foreign text.
FOREIGN = [
    "The regional orchestra announced a spring season of seven concerts in the old harbour hall.",
    "A late frost damaged apple blossoms across the northern valleys, growers reported on Friday.",
    "The city library will extend its weekend opening hours after a successful trial in March.",
    "Local cyclists raised money for a new pedestrian bridge over the canal near the market.",
    "Ticket sales for the autumn film festival opened online and sold out within two hours.",
    "A rare heron was spotted nesting on the reservoir island for the first time in decades.",
    "The ferry company said its summer timetable adds an evening crossing on Saturdays.",
    "Volunteers planted three hundred oak saplings along the eastern edge of the park.",
    "Students at the technical college built a solar-powered boat for a national contest.",
    "The bakery on Wharf Lane celebrated its centenary with free bread for neighbours.",
]
# Whole tokens only: Redline diffs words, so an edit inside "23.7" or "32-year-old" changes
# the whole token, and the truth must say so.
_WORD = re.compile(r"(?<![\w'’.-])[a-z]{4,}(?![\w'’-]|\.\w)")
_NUMBER = re.compile(r"(?<![\w.,-])\d+(?:,\d{3})*(?![\w.,-]\w|\w)")
_NEGATABLE = re.compile(r"\b(is|was|were|are|will|would|could|did|has|had|can)\b")
_NEGATION = re.compile(r"\b(not|never) ")
_SMALL = {"2": "two", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven"}


@dataclass
class Mark:
    """Truth for a stretch of text: which kind it is, and flags a change there must carry."""

    start: int
    end: int
    kind: str
    flags: tuple[str, ...] = ()


@dataclass
class _Sentence:
    base: str
    other: str
    base_marks: list[Mark] = field(default_factory=list)
    other_marks: list[Mark] = field(default_factory=list)
    state: str = "kept"  # kept, omitted, added
    cosmetic: bool = False
    # Quoted speech in the sentence, found in its paragraph: a sentence of a quote of
    # several sentences holds only one of its quotation marks.
    quoted: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class Case:
    """A base text, an edited copy, and the true kind of every character of each."""

    base: str
    other: str
    base_truth: list[str]
    other_truth: list[str]
    # (base span, other span, flags) of every edit expected to carry flags.
    flagged: list[tuple[tuple[int, int], tuple[int, int], tuple[str, ...]]]
    # (base span, other span) of every purely cosmetic edit.
    cosmetic: list[tuple[tuple[int, int], tuple[int, int]]]


def _paragraphs(text: str) -> list[list[_Sentence]]:
    paragraphs = []
    for block in re.split(r"\n\s*\n|\n", text):
        quotes = find_quotes(block)
        sentences = [
            _Sentence(
                s.content.of(block),
                s.content.of(block),
                quoted=[
                    (max(q.start, s.content.start) - s.content.start,
                     min(q.end, s.content.end) - s.content.start)
                    for q in quotes if q.overlaps(s.content)
                ],
            )
            for s in split_sentences(block)
            if not s.content.is_empty
        ]  # fmt: skip
        if sentences:
            paragraphs.append(sentences)
    if len(paragraphs) < 4:  # one-line articles: three sentences make a paragraph
        flat = [s for p in paragraphs for s in p]
        paragraphs = [flat[k : k + 3] for k in range(0, len(flat), 3)]
    return paragraphs


def _substitute(rng: random.Random, s: _Sentence, vocabulary: list[str]) -> bool:
    words = [m for m in _WORD.finditer(s.base) if not _in_quote(s, m.start())]
    if len(words) < 4:
        return False
    chosen = sorted(
        rng.sample(words, min(len(words) // 4, rng.randint(1, 3))), key=lambda m: m.start()
    )
    other, shift = s.base, 0
    for m in chosen:
        replacement = rng.choice([w for w in vocabulary if w != m.group()])
        start = m.start() + shift
        other = other[:start] + replacement + other[start + len(m.group()) :]
        s.base_marks.append(Mark(m.start(), m.end(), "drift"))
        s.other_marks.append(Mark(start, start + len(replacement), "drift"))
        shift += len(replacement) - len(m.group())
    s.other = other
    return True


def _in_quote(s: _Sentence, position: int) -> bool:
    return any(start <= position < end for start, end in s.quoted)


def _replace(
    s: _Sentence, start: int, end: int, new: str, kind: str, flags: tuple[str, ...]
) -> None:
    s.other = s.base[:start] + new + s.base[end:]
    if start < end:
        s.base_marks.append(Mark(start, end, kind, flags))
    if new:
        s.other_marks.append(Mark(start, start + len(new), kind, flags))
    elif kind == "drift":
        s.other_marks.append(Mark(start, start, kind, flags))


def _change_number(rng: random.Random, s: _Sentence) -> bool:
    numbers = list(_NUMBER.finditer(s.base))
    if not numbers:
        return False
    m = rng.choice(numbers)
    value = int(m.group().replace(",", ""))
    new = f"{value + rng.randint(1, 9) * (10 ** max(0, len(str(value)) - 2)):,}"
    _replace(s, m.start(), m.end(), new, "drift", ("number",))
    return True


def _alter_quote(rng: random.Random, s: _Sentence, vocabulary: list[str]) -> bool:
    quotes = [(start, end) for start, end in s.quoted if end - start > 20]
    words = [m for start, end in quotes for m in _WORD.finditer(s.base, start, end)]
    if not words:
        return False
    m = rng.choice(words)
    _replace(
        s,
        m.start(),
        m.end(),
        rng.choice([w for w in vocabulary if w != m.group()]),
        "drift",
        ("quote",),
    )
    return True


def _toggle_negation(rng: random.Random, s: _Sentence) -> bool:
    found = _NEGATION.search(s.base)
    if found:
        _replace(s, found.start(), found.end(), "", "drift", ("negation",))
        return True
    verbs = list(_NEGATABLE.finditer(s.base))
    if not verbs:
        return False
    m = rng.choice(verbs)
    _replace(s, m.end(), m.end(), " not", "drift", ("negation",))
    return True


def _cosmetic(rng: random.Random, s: _Sentence) -> bool:
    options = []
    if "U.S." in s.base:
        options.append(("U.S.", "US"))
    for digit, word in _SMALL.items():
        if re.search(rf"\b{digit}\b", s.base):
            options.append((digit, word))
        if re.search(rf"\b{word}\b", s.base):
            options.append((word, digit))
    for a, b in (("“", '"'), ("”", '"'), ('"', "“"), ("’", "'"), ("'", "’")):
        if a in s.base:
            options.append((a, b))
    options.append((" ", "  "))
    old, new = rng.choice(options)
    at = [
        m.start()
        for m in re.finditer(re.escape(old) if not old.isalnum() else rf"\b{old}\b", s.base)
    ]
    if not at:
        return False
    start = rng.choice(at)
    s.other = s.base[:start] + new + s.base[start + len(old) :]
    s.base_marks.append(Mark(start, start + len(old), "cosmetic"))
    s.other_marks.append(Mark(start, start + len(new), "cosmetic"))
    s.cosmetic = True
    return True


def make_case(text: str, seed: int) -> Case:
    """Apply a fixed mix of edits to ``text`` (a random choice of places, by ``seed``)."""
    rng = random.Random(seed)
    paragraphs = _paragraphs(text)
    vocabulary = sorted({w for p in paragraphs for s in p for w in _WORD.findall(s.base)})
    order = list(range(len(paragraphs)))
    free = order[:]
    rng.shuffle(free)
    para_state = ["kept"] * len(paragraphs)
    omitted_paragraph = free.pop()
    para_state[omitted_paragraph] = "omitted"
    moved = free.pop()
    para_state[moved] = "moved"
    sentence_edits = [
        lambda s: _substitute(rng, s, vocabulary),
        lambda s: _substitute(rng, s, vocabulary),
        lambda s: _change_number(rng, s),
        lambda s: _alter_quote(rng, s, vocabulary),
        lambda s: _toggle_negation(rng, s),
        lambda s: _omit(s),
        lambda s: _cosmetic(rng, s),
        lambda s: _cosmetic(rng, s),
        lambda s: _cosmetic(rng, s),
    ]
    for edit in sentence_edits:
        for _ in range(30):
            if not free:
                break
            p = rng.choice(free)
            sentence = rng.choice(paragraphs[p])
            if len(paragraphs[p]) > 1 and edit(sentence):
                free.remove(p)
                break
    insert_at = rng.randrange(len(paragraphs))
    paragraphs[insert_at].insert(
        rng.randrange(len(paragraphs[insert_at]) + 1), _added(rng.choice(FOREIGN))
    )
    new_paragraph = [_added(t) for t in rng.sample(FOREIGN, 2)]
    other_order = [k for k in order if para_state[k] != "omitted"]
    was = other_order.index(moved)
    other_order.remove(moved)
    other_order.insert((was + len(other_order) // 2) % (len(other_order) + 1), moved)
    added_at = rng.randrange(len(other_order) + 1)
    return _assemble(paragraphs, para_state, other_order, new_paragraph, added_at)


def _omit(s: _Sentence) -> bool:
    s.state = "omitted"
    return True


def _added(text: str) -> _Sentence:
    return _Sentence("", text, state="added")


def _assemble(
    paragraphs: list[list[_Sentence]],
    para_state: list[str],
    other_order: list[int],
    new_paragraph: list[_Sentence],
    added_at: int,
) -> Case:
    base_parts: list[tuple[str, str, list[Mark]]] = []
    for k, paragraph in enumerate(paragraphs):
        sentences = [s for s in paragraph if s.state != "added"]
        default = {"omitted": "omission", "moved": "moved"}.get(para_state[k], "equal")
        base_parts.append(_join(sentences, default, "base"))
    other_parts = []
    sequence: list[list[_Sentence] | None] = [paragraphs[k] for k in other_order]
    sequence.insert(added_at, None)
    for paragraph in sequence:
        if paragraph is None:
            other_parts.append(_join(new_paragraph, "addition", "other"))
            continue
        k = paragraphs.index(paragraph)
        default = "moved" if para_state[k] == "moved" else "equal"
        other_parts.append(_join([s for s in paragraph if s.state != "omitted"], default, "other"))
    base, base_truth, base_spans = _text(base_parts)
    other, other_truth, other_spans = _text(other_parts)
    flagged, cosmetic = [], []
    for sentence, (b0, o0) in _positions(
        paragraphs, base_spans, other_spans, other_order, added_at
    ):
        if sentence.cosmetic:
            mb, mo = sentence.base_marks[0], sentence.other_marks[0]
            cosmetic.append(((b0 + mb.start, b0 + mb.end), (o0 + mo.start, o0 + mo.end)))
        for mb, mo in zip(
            sentence.base_marks or [None], sentence.other_marks or [None], strict=False
        ):
            flags = (mb or mo).flags if (mb or mo) else ()
            if flags and mb is not None and mo is not None:
                flagged.append(((b0 + mb.start, b0 + mb.end), (o0 + mo.start, o0 + mo.end), flags))
    return Case(base, other, base_truth, other_truth, flagged, cosmetic)


def _join(sentences: list[_Sentence], default: str, side: str) -> tuple[str, str, list[Mark]]:
    text, marks = "", []
    for s in sentences:
        body = s.base if side == "base" else s.other
        if text:
            text += " "
        offset = len(text)
        if s.state == "omitted" and side == "base":
            marks.append(Mark(offset, offset + len(body), "omission"))
        elif s.state == "added" and side == "other":
            marks.append(Mark(offset, offset + len(body), "addition"))
        elif default == "equal":
            for m in s.base_marks if side == "base" else s.other_marks:
                marks.append(Mark(offset + m.start, offset + m.end, m.kind, m.flags))
        text += body
    return text, default, marks


def _text(parts: list[tuple[str, str, list[Mark]]]) -> tuple[str, list[str], list[int]]:
    text, truth, starts = "", [], []
    for body, default, marks in parts:
        if text:
            text += "\n\n"
            truth += ["space", "space"]
        starts.append(len(text))
        labels = [default] * len(body)
        for m in marks:
            labels[m.start : m.end] = [m.kind] * (m.end - m.start)
        truth += [
            lab if not ch.isspace() else "space" for lab, ch in zip(labels, body, strict=True)
        ]
        text += body
    return text, truth, starts


def _positions(paragraphs, base_spans, other_spans, other_order, added_at):  # type: ignore[no-untyped-def]
    """Absolute start of each kept, edited sentence in both texts."""
    other_index = {k: i + (1 if i >= added_at else 0) for i, k in enumerate(other_order)}
    for k, paragraph in enumerate(paragraphs):
        if k not in other_index:
            continue
        b = base_spans[k]
        o = other_spans[other_index[k]]
        for s in paragraph:
            if s.state == "kept" and (s.base_marks or s.other_marks):
                yield s, (b, o)
            if s.state != "added":
                b += len(s.base) + 1
            if s.state != "omitted":
                o += len(s.other) + 1
