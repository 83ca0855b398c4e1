"""Inputs of the GUI benchmark at scale, generated into a folder (nothing large is committed).

Each case is a list of files that the app opens together: a big version and a lightly edited
copy of it, so that the panes, highlights, maps and findings all have work to do.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

from benchmarks import hostile
from benchmarks.corpus import edited_pair, versions

__all__ = ["CASES", "make_inputs"]

_MB = 1024 * 1024


def _edited(paragraphs: list[str], every: int, seed: int = 11) -> list[str]:
    """A copy with one paragraph in ``every`` reworded and a few dropped."""
    rng = random.Random(seed)
    out = []
    for index, paragraph in enumerate(paragraphs):
        if index % every == every // 2:
            words = paragraph.split(" ")
            words[rng.randrange(len(words))] = "revised"
            out.append(" ".join(words))
        elif index % (every * 7) != 3:
            out.append(paragraph)
    return out


def _write(folder: Path, name: str, text: str) -> str:
    path = folder / name
    if not path.exists():
        path.write_text(text, encoding="utf-8")
    return str(path)


def _pair(words: int) -> Callable[[Path], list[str]]:
    def make(folder: Path) -> list[str]:
        if (folder / f"pair{words}-b.txt").exists():
            return [str(folder / f"pair{words}-{s}.txt") for s in "bo"]
        base, other = edited_pair(words)
        return [
            _write(folder, f"pair{words}-b.txt", base),
            _write(folder, f"pair{words}-o.txt", other),
        ]

    return make


def _plain_50mb(folder: Path) -> list[str]:
    """bench_inputs' 50 MB text (short numbered paragraphs) and an edited copy."""
    if (folder / "plain50-b.txt").exists():
        return [str(folder / f"plain50-{s}.txt") for s in "bo"]
    paragraphs = [hostile.sentence(i, 12) for i in range(640_000)]
    base = "\n\n".join(paragraphs)[: 50 * _MB - 16]
    paragraphs = base.split("\n\n")
    other = "\n\n".join(_edited(paragraphs, 500))[: 50 * _MB - 16]
    return [_write(folder, "plain50-b.txt", base), _write(folder, "plain50-o.txt", other)]


def _plain_50mb_alone(folder: Path) -> list[str]:
    """The 50 MB text opened alone: nothing to compare, its words are still counted."""
    return _plain_50mb(folder)[:1]


def _docx(folder: Path) -> list[str]:
    """A .docx of 200,000 paragraphs (benchmarks/hostile.py) and an edited copy."""
    paths = [folder / "paragraphs-b.docx", folder / "paragraphs-o.docx"]
    if not paths[0].exists():
        paragraphs = [hostile.sentence(i, 8) for i in range(200_000)]
        paths[0].write_bytes(hostile.docx_bytes(paragraphs))
        paths[1].write_bytes(hostile.docx_bytes(_edited(paragraphs, 400)))
    return [str(p) for p in paths]


def _long_word(folder: Path) -> list[str]:
    """One 1,000,000-character token between two ordinary paragraphs; the copy changes three
    of its characters."""
    rng = random.Random(5)
    word = [rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(1_000_000)]
    intro = "A token follows that no line can hold. " * 8
    outro = "After it the article goes on as usual, in sentences of ordinary words. " * 8
    base = f"{intro}\n\n{''.join(word)}\n\n{outro}"
    for at in (1_000, 500_000, 999_000):
        word[at] = "Z"
    other = f"{intro}\n\n{''.join(word)}\n\n{outro}"
    return [_write(folder, "word-b.txt", base), _write(folder, "word-o.txt", other)]


def _versions(folder: Path) -> list[str]:
    names = [folder / f"v{k:02}.txt" for k in range(20)]
    if not names[0].exists():
        for path, text in zip(names, versions(5_000, 20), strict=True):
            path.write_text(text, encoding="utf-8")
    return [str(p) for p in names]


# name -> (what it is, maker of its files, whether scroll and F7 are measured on it)
CASES: dict[str, tuple[str, Callable[[Path], list[str]], bool]] = {
    "100k": ("pair, 100k words (corpus.edited_pair)", _pair(100_000), True),
    "1M": ("pair, 1M words (corpus.edited_pair)", _pair(1_000_000), True),
    "50MB-pair": ("pair, 7M words, 49.6 MB each (corpus.edited_pair)", _pair(7_000_000), True),
    "50MB-plain": ("text 50 MB of 640k short paragraphs, and an edited copy", _plain_50mb, False),
    "50MB-alone": ("the 50 MB text opened alone", _plain_50mb_alone, False),
    "docx": (".docx of 200,000 paragraphs, and an edited copy", _docx, False),
    "word": ("a 1,000,000-character word, and a copy with 3 letters changed", _long_word, False),
    "20x5k": ("20 versions x 5,000 words", _versions, False),
}


def make_inputs(folder: Path, names: list[str]) -> dict[str, list[str]]:
    """The files of each case in ``names``, generated into ``folder`` when missing."""
    folder.mkdir(parents=True, exist_ok=True)
    return {name: CASES[name][1](folder) for name in names}
