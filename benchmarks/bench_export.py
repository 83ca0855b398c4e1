"""Time the HTML export of the five seed articles (all versions against base 001).

Run: ``python -m benchmarks.bench_export``. Prints the median of five runs of the export (render
and write) and of ``compare_documents`` on the same inputs, their ratio, and the file size.
Target: export under 200 ms.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from viewer.core import Document, compare_documents
from viewer.export.html_report import ReportOptions, write_report

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
RUNS = 5
TARGET_MS = 200.0


def _median_ms(work: Callable[[], object]) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    paths = sorted(SEEDS.glob("00[0-4]_*.txt"))
    if len(paths) < 5:
        print(f"the five seed articles are not in {SEEDS}", file=sys.stderr)
        return 1
    documents = [Document(str(p), p.stem, p.read_text(encoding="utf-8")) for p in paths]
    base = next(i for i, p in enumerate(paths) if p.name.startswith("001_"))
    comparison = compare_documents(documents, base)
    compare_ms = _median_ms(lambda: compare_documents(documents, base))
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "report.html"
        options = ReportOptions()
        write_report(comparison, target, options, overwrite=True)  # warm the template cache
        export_ms = _median_ms(lambda: write_report(comparison, target, options, overwrite=True))
        size = target.stat().st_size
    print(f"compare_documents (5 seeds, base 001): {compare_ms:7.1f} ms (median of {RUNS})")
    print(f"HTML export, all 4 pairs:              {export_ms:7.1f} ms (median of {RUNS})")
    print(f"export / compare:                      {export_ms / compare_ms:7.2f}")
    print(f"report size:                           {size / 1024:7.1f} KiB ({size} bytes)")
    verdict = "OK" if export_ms < TARGET_MS else "OVER"
    print(f"target < {TARGET_MS:.0f} ms:                        {verdict}")
    return 0 if export_ms < TARGET_MS else 2


if __name__ == "__main__":
    sys.exit(main())
