"""Time and peak memory of loading each hostile input of issue 12.

``python -m benchmarks.bench_inputs [NAME ...] [--cap SECONDS] [--json FILE]`` generates the
inputs into a temporary folder, then loads each one with ``load_document`` in a process of its
own (killed after ``--cap`` seconds, 150 by default, and limited to 8 GB of address space so a
bomb cannot take the machine). It prints, per input: wall time, peak resident memory of the
loading process and of its worker processes (the largest one), and the outcome (characters
loaded or the error line). ``--list`` names the inputs.

Redline reads pages, Word and PDF files in a worker process forked from a server; here the
worker is forked from the loading process itself, so that its peak memory is counted (as the
largest of the loading process's children) and is not lost in the server's.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks import hostile
from benchmarks.hostile_server import serving_hostile

_GB = 1 << 30


def _page(body: str) -> bytes:
    return hostile.article_html(body)


def _paragraphs(count: int, words: int = 12) -> list[str]:
    return [hostile.sentence(i, words) for i in range(count)]


# name -> (file name, bytes builder); URL inputs have a path on the hostile server instead.
_FILES: dict[str, tuple[str, Callable[[], bytes]]] = {
    "docx image bomb 1 GB": ("bomb1.docx", lambda: hostile.docx_with_bomb(_paragraphs(20), _GB)),
    "docx image bomb 3 GB": (
        "bomb3.docx",
        lambda: hostile.docx_with_bomb(_paragraphs(20), 3 * _GB),
    ),
    "page, one <p> with 100,000 attributes": (
        "attributes.html",
        lambda: _page(
            "<p "
            + " ".join(f'a{i}="x"' for i in range(100_000))
            + ">Bridge reopens.</p>"
            + "".join(f"<p>{s}</p>" for s in _paragraphs(20))
        ),
    ),
    "page of 200,000 paragraphs (8 MB)": (
        "paragraphs.html",
        lambda: _page("".join(f"<p>{s}</p>" for s in _paragraphs(200_000, 5))),
    ),
    "PDF of 200,000 text fragments (one page)": (
        "fragments.pdf",
        lambda: hostile.pdf_fragments(200_000, compress=False),
    ),
    "PDF of 100,000 text fragments (one page)": (
        "fragments100k.pdf",
        lambda: hostile.pdf_fragments(100_000, compress=False),
    ),
    "PDF of 200,000 text fragments (100 pages)": (
        "fragments-pages.pdf",
        lambda: hostile.pdf_fragments(200_000, per_page=2_000, compress=False),
    ),
    ".docx of 200,000 paragraphs": (
        "paragraphs.docx",
        lambda: hostile.docx_bytes(_paragraphs(200_000, 8)),
    ),
    "page with a 12 MB attribute next to the article": (
        "huge-attribute.html",
        lambda: _page(
            '<img src="data:image/png;base64,'
            + "A" * (12 << 20)
            + '">'
            + "".join(f"<p>{s}</p>" for s in _paragraphs(20))
        ),
    ),
    "page with one 11 MB paragraph": (
        "huge-paragraph.html",
        lambda: _page("<p>" + " ".join(_paragraphs(140_000)) + "</p>"),
    ),
    "page nested 300 divs deep": (
        "deep.html",
        lambda: _page(
            "<div>" * 300 + "".join(f"<p>{s}</p>" for s in _paragraphs(20)) + "</div>" * 300
        ),
    ),
    "text, 50 MB": (
        "large.txt",
        lambda: "\n\n".join(_paragraphs(640_000, 12)).encode()[: 50 * 1024 * 1024 - 16],
    ),
}
_URLS = {
    "URL dripping its body": "/drip-body",
    "URL dripping a chunked body": "/drip-chunked",
    "URL dripping its headers": "/drip-headers",
}
_LOADER = """
import json, multiprocessing, resource, sys, time
import viewer.io.worker
from viewer.io import LoadError, load_document
viewer.io.worker._context = lambda: multiprocessing.get_context("fork")
start = time.perf_counter()
try:
    outcome = f"ok, {len(load_document(sys.argv[1]).text):,} characters"
except LoadError as error:
    outcome = f"error: {error.problem}"
except BaseException as error:
    outcome = f"crash: {type(error).__name__}: {str(error)[:80]}"
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "peak_mib": peak, "worker_mib": workers,
                  "outcome": outcome}))
"""


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (8 * _GB, 8 * _GB))


def measure(source: str, cap: float) -> dict[str, object]:
    """Load ``source`` in a fresh process; its time, peak memory and outcome."""
    start = time.perf_counter()
    try:
        done = subprocess.run(
            [sys.executable, "-c", _LOADER, source],
            capture_output=True,
            text=True,
            timeout=cap,
            preexec_fn=_limit_memory,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return {"seconds": None, "outcome": f"still loading after {cap:g} s (killed)"}
    wall = time.perf_counter() - start
    try:
        result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        last = (done.stderr.strip().splitlines() or ["?"])[-1]
        return {"seconds": wall, "outcome": f"died (exit {done.returncode}): {last[:80]}"}
    result["wall"] = wall
    return result


def _row(name: str, result: dict[str, object]) -> str:
    seconds = result.get("seconds")
    time_ = f"{seconds:.2f} s" if isinstance(seconds, float) else "—"
    peak = result.get("peak_mib")
    worker = result.get("worker_mib")
    memory = f"{peak:.0f} MiB" if isinstance(peak, float) else "—"
    if isinstance(worker, float) and worker > 0:
        memory += f" (worker {worker:.0f} MiB)"
    return f"| {name} | {time_} | {memory} | {result['outcome']} |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="substrings of the inputs to run (default all)")
    parser.add_argument("--cap", type=float, default=150.0, help="seconds before a load is killed")
    parser.add_argument("--json", type=Path, help="also write the results to this file")
    parser.add_argument("--list", action="store_true", help="name the inputs and stop")
    args = parser.parse_args()
    names = [*_FILES, *_URLS]
    if args.list:
        print("\n".join(names))
        return
    chosen = [n for n in names if not args.names or any(s in n for s in args.names)]
    results: dict[str, dict[str, object]] = {}
    print("| input | load time | peak memory | outcome |\n| --- | ---: | ---: | --- |")
    with tempfile.TemporaryDirectory() as folder, serving_hostile() as server:
        for name in chosen:
            if name in _FILES:
                file_name, build = _FILES[name]
                path = Path(folder) / file_name
                path.write_bytes(build())
                source = str(path)
            else:
                source = server + _URLS[name]
            results[name] = measure(source, args.cap)
            print(_row(name, results[name]), flush=True)
            if name in _FILES:
                path.unlink()
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
