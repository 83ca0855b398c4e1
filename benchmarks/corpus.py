"""Generated article pairs for benchmarks: nothing large is committed."""

from __future__ import annotations

import random

__all__ = ["edited_pair", "make_article", "versions"]

_SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ne",
    "ru",
    "sa",
    "ti",
    "vo",
    "ba",
    "de",
    "fi",
    "go",
    "hu",
    "ja",
    "ke",
    "li",
    "mo",
    "nu",
    "pa",
    "qe",
    "ro",
    "su",
    "ta",
    "ve",
    "wi",
    "xo",
    "ya",
    "ze",
]


def _vocabulary(rng: random.Random, size: int = 20_000) -> list[str]:
    words = set()
    while len(words) < size:
        words.add("".join(rng.choices(_SYLLABLES, k=rng.randint(1, 4))))
    common = [
        "the",
        "of",
        "and",
        "to",
        "in",
        "a",
        "that",
        "said",
        "was",
        "for",
        "on",
        "with",
        "as",
        "by",
        "at",
        "from",
    ]
    return common * 200 + sorted(words)


def _sentence(rng: random.Random, vocab: list[str]) -> str:
    words = rng.choices(vocab, k=rng.randint(8, 30))
    if rng.random() < 0.3:
        words[rng.randrange(len(words))] = str(rng.randint(2, 5000))
    return " ".join(words).capitalize() + "."


def make_article(words: int, seed: int = 1) -> list[str]:
    """Paragraphs of about ``words`` words in all."""
    rng = random.Random(seed)
    vocab = _vocabulary(rng)
    paragraphs, total = [], 0
    while total < words:
        sentences = [_sentence(rng, vocab) for _ in range(rng.randint(2, 6))]
        paragraphs.append(" ".join(sentences))
        total += sum(s.count(" ") + 1 for s in sentences)
    return paragraphs


def _edit(rng: random.Random, paragraph: str, vocab: list[str]) -> str:
    words = paragraph.split(" ")
    for _ in range(rng.randint(1, 4)):
        words[rng.randrange(len(words))] = rng.choice(vocab)
    return " ".join(words)


def edited_pair(words: int, seed: int = 1, edit_share: float = 0.05) -> tuple[str, str]:
    """A base text and a copy with ~5% of paragraphs edited, a few dropped, added and moved."""
    rng = random.Random(seed + 1000)
    vocab = _vocabulary(rng, 5_000)
    base = make_article(words, seed)
    other = []
    for paragraph in base:
        roll = rng.random()
        if roll < edit_share:
            other.append(_edit(rng, paragraph, vocab))
        elif roll < edit_share + 0.005:
            continue  # dropped
        else:
            other.append(paragraph)
        if rng.random() < 0.005:
            other.append(" ".join(_sentence(rng, vocab) for _ in range(3)))  # added
    for _ in range(max(2, len(other) // 400)):  # a few moved paragraphs
        moved = other.pop(rng.randrange(len(other)))
        other.insert(rng.randrange(len(other)), moved)
    return "\n\n".join(base), "\n\n".join(other)


def versions(words: int, count: int, seed: int = 7) -> list[str]:
    """``count`` versions of one story: the first is the base, the others edited copies."""
    base, _ = edited_pair(words, seed)
    return [base] + [
        edited_pair(words, seed)[1] if k == 0 else _variant(base, seed + k)
        for k in range(count - 1)
    ]


def _variant(base: str, seed: int) -> str:
    rng = random.Random(seed)
    vocab = _vocabulary(rng, 5_000)
    paragraphs = base.split("\n\n")
    out = [_edit(rng, p, vocab) if rng.random() < 0.05 else p for p in paragraphs]
    moved = out.pop(rng.randrange(len(out)))
    out.insert(rng.randrange(len(out)), moved)
    return "\n\n".join(out)
