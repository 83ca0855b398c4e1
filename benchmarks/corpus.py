"""Generated article pairs for benchmarks: nothing large is committed."""

from __future__ import annotations

import random

__all__ = ["SHAPES", "edited_pair", "make_article", "spread_pair", "versions"]

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


# Shapes of input that stress one part of the engine each (issue 12): every one must cost
# at most ~10x more for 10x the words.


def spread_pair(words: int, seed: int = 3) -> tuple[str, str]:
    """News-like paragraphs where ~8% of the longer words carry a random numeric suffix (a
    spread vocabulary: few words repeat), ~5% of paragraphs dropped, added or changed, a few
    moved."""
    rng = random.Random(seed)
    base = []
    for paragraph in make_article(words, seed):
        base.append(
            " ".join(
                f"{w}{rng.randint(0, 9999)}" if len(w) > 4 and rng.random() < 0.08 else w
                for w in paragraph.split(" ")
            )
        )
    vocab = _vocabulary(rng, 5_000)
    other: list[str] = []
    for paragraph in base:
        roll = rng.random()
        if roll < 0.03:
            other.append(_edit(rng, paragraph, vocab))
        elif roll < 0.04:
            continue
        else:
            other.append(paragraph)
        if rng.random() < 0.01:
            other.append(" ".join(_sentence(rng, vocab) for _ in range(3)))
    for _ in range(max(2, len(other) // 400)):
        moved = other.pop(rng.randrange(len(other)))
        other.insert(rng.randrange(len(other)), moved)
    return "\n\n".join(base), "\n\n".join(other)


def _changed(rng: random.Random, items: list[str], share: float, new: list[str]) -> list[str]:
    return [rng.choice(new) if rng.random() < share else item for item in items]


def numbers_line(words: int, seed: int = 4) -> tuple[str, str]:
    """One line of numbers, 5% of them changed."""
    rng = random.Random(seed)
    numbers = [str(rng.randint(0, 10**6)) for _ in range(words)]
    fresh = [str(rng.randint(0, 10**6)) for _ in range(100)]
    return " ".join(numbers), " ".join(_changed(rng, numbers, 0.05, fresh))


def long_sentence(words: int, seed: int = 5) -> tuple[str, str]:
    """One unpunctuated sentence of ``words`` words, half of them changed."""
    rng = random.Random(seed)
    vocab = _vocabulary(rng, 3_000)
    sentence = rng.choices(vocab, k=words)
    return " ".join(sentence), " ".join(_changed(rng, sentence, 0.5, vocab))


def thai_run(words: int, seed: int = 6) -> tuple[str, str]:
    """Unpunctuated Thai, about five characters a word, 5% of the characters changed."""
    rng = random.Random(seed)
    letters = [chr(c) for c in range(0x0E01, 0x0E2F)] + [chr(c) for c in range(0x0E30, 0x0E3A)]
    chars = rng.choices(letters, k=words * 5)
    return "".join(chars), "".join(_changed(rng, chars, 0.05, letters))


def one_word(words: int, seed: int = 7) -> tuple[str, str]:
    """One word repeated, with 1% of the copies replaced by other words."""
    rng = random.Random(seed)
    same = ["buffalo"] * words
    return " ".join(same), " ".join(_changed(rng, same, 0.01, ["bison", "ox", "yak"]))


def one_sentence(words: int, seed: int = 8) -> tuple[str, str]:
    """Copies of one sentence (ten words each), 1% of them changed."""
    rng = random.Random(seed)
    sentence = "The council met again today to discuss the same budget."
    copies = [sentence] * (words // 10)
    changed = "The council met again today to discuss a new budget."
    return " ".join(copies), " ".join(_changed(rng, copies, 0.01, [changed]))


SHAPES = {
    "natural text": edited_pair,
    "spread vocabulary": spread_pair,
    "numbers on one line": numbers_line,
    "one long sentence": long_sentence,
    "unpunctuated Thai": thai_run,
    "one word repeated": one_word,
    "copies of one sentence": one_sentence,
}
