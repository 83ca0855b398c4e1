"""Sentence splitting: Redline's splitter against pySBD, syntok and BlingFire.

Run: ``python -m benchmarks.bench_segment`` (the libraries come with ``pip install -e
'.[bench]'``; a missing one is skipped). Accuracy is the English Golden Rules
(``../shared/segmentation``); speed is the time to split the bundled demo articles repeated
to about 100,000 words, each library measured in this run, as a ratio to Redline.
"""

from __future__ import annotations

import importlib.util
import statistics
import sys
import time
from collections.abc import Callable

from benchmarks.quality.golden import GOLDEN, golden_failures
from viewer.cli.main import demo_paths
from viewer.core.segment import split_sentences

Splitter = Callable[[str], list[str]]


def redline(text: str) -> list[str]:
    return [text[s.content.start : s.content.end] for s in split_sentences(text)]


def _pysbd() -> Splitter:
    import pysbd

    segmenter = pysbd.Segmenter(language="en", clean=False)
    return lambda text: [s.strip() for s in segmenter.segment(text)]


def _syntok() -> Splitter:
    from syntok import segmenter

    def split(text: str) -> list[str]:
        return [
            "".join(t.spacing + t.value for t in sentence).strip()
            for paragraph in segmenter.analyze(text)
            for sentence in paragraph
        ]

    return split


def _blingfire() -> Splitter:
    import blingfire

    return lambda text: blingfire.text_to_sentences(text).split("\n")


LIBRARIES: dict[str, tuple[str, Callable[[], Splitter]]] = {
    "pySBD": ("pysbd", _pysbd),
    "syntok": ("syntok", _syntok),
    "BlingFire": ("blingfire", _blingfire),
}


def _golden(split: Splitter) -> str:
    total, failures = golden_failures(split)
    return f"{total - len(failures)}/{total}" if total else "-"


def _timed(split: Splitter, text: str, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        split(text)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    article = "\n\n".join(p.read_text(encoding="utf-8") for p in demo_paths())
    text = "\n\n".join([article] * (100_000 // len(article.split()) + 1))
    words = len(text.split())
    systems: dict[str, Splitter] = {"Redline": redline}
    for name, (module, make) in LIBRARIES.items():
        if importlib.util.find_spec(module) is None:
            print(f"{name}: not installed, skipped")
            continue
        systems[name] = make()
    print(f"{'splitter':<10}{'Golden Rules':>14}{f'{words:,} words':>16}{'x Redline':>11}")
    if not GOLDEN.is_file():
        print("(../shared/segmentation absent: no Golden Rules score)")
    ours = _timed(redline, text)
    for name, split in systems.items():
        seconds = ours if name == "Redline" else _timed(split, text, repeat=1)
        print(f"{name:<10}{_golden(split):>14}{seconds:>14.2f} s{seconds / ours:>10.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
