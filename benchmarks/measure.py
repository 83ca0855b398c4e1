"""Run one tool once on two files and print its time and peak memory as JSON.

Each measurement runs in its own process, so its peak resident memory (the interpreter and the
inputs included; for git, git's own) belongs to that one run. ``cpu`` is the processor time
of the run, steadier than the wall clock on a busy machine:
``python -m benchmarks.measure TOOL BASE OTHER [OTHER ...]`` with TOOL one of redline,
redline-serial, dmp, difflib, git.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from pathlib import Path


def _rss_mib(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def main() -> None:
    tool, *paths = sys.argv[1:]
    texts = [Path(p).read_text(encoding="utf-8") for p in paths]
    if tool == "git":
        start = time.perf_counter()
        subprocess.run(
            ["git", "diff", "--no-index", "--word-diff=porcelain", *paths[:2]],
            stdout=subprocess.DEVNULL,
            check=False,
        )
        seconds = time.perf_counter() - start
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = children.ru_utime + children.ru_stime
        peak = _rss_mib(resource.RUSAGE_CHILDREN)
    else:
        from benchmarks.bench_engine import plain_difflib, plain_dmp
        from viewer.core import Document, compare_documents

        documents = [Document(p, p, t) for p, t in zip(paths, texts, strict=True)]
        start, cpu_start = time.perf_counter(), time.process_time()
        if tool.startswith("redline"):
            compare_documents(documents, workers=1 if tool == "redline-serial" else None)
        elif tool == "dmp":
            plain_dmp(texts[0], texts[1])
        else:
            plain_difflib(texts[0], texts[1])
        seconds = time.perf_counter() - start
        cpu = time.process_time() - cpu_start  # this process only: workers are not counted
        peak = _rss_mib()  # the whole process: interpreter, inputs and the tool's work
    print(json.dumps({"seconds": seconds, "cpu": cpu, "peak_mib": round(peak, 1)}))


if __name__ == "__main__":
    main()
