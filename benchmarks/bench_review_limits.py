"""Reviews and the window under hostile and heavy use (issue 23): seconds, memory, processes.

Each case runs in a process of its own (its peak memory is its own; a crash is a signal, not
the end of the run): ``python -m benchmarks.bench_review_limits [--case NAME ...] [--list]``.
Sizes are the issue's; ``--small`` shrinks the heavy ones for a quick look.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks import review_limits_window

CASES: dict[str, str] = {
    "many-large": "30 versions x 20,000 words: the CLI (auto workers, one process) and the "
    "app's large-comparison process (auto workers, one process)",
    "tiny-many": "300 tiny versions: automatic workers against one process",
    "close-during": "the app closed during a multi-version comparison: close time, "
    "processes left (and their memory) 3 s after it exited",
    "damaged": "damaged review files through the CLI: exit code and lines on stderr",
    "tooltip-image": "the versions row tooltip of a file named <img width=60000 ...>",
    "cyrillic": "a review of five 40 MB Cyrillic versions: file size, read back or not",
    "wide": "window width with a 245-character file name and a 10,000-character label",
    "huge-label": "a 1,000,000-character label shown in the window (crash or not)",
    "note-word": "a note of one 200,000-character word: the GUI thread's time",
    "open-slow": "opening a review of six slow PDFs: the longest GUI stall",
    "export": "File > Export HTML of a 400k-word pair: the longest GUI stall",
    "budget": "a review holding two 151 MB versions through the CLI: time, peak memory",
}
_SMALL = os.environ.get("BENCH_SMALL") == "1"
_TAG = "REDLINE_BENCH_TAG"


def _tagged() -> list[tuple[int, float]]:
    """Processes carrying this run's tag in their environment, with their memory (MiB)."""
    tag = f"{_TAG}={os.environ.get(_TAG, '-')}".encode()
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            if tag in (entry / "environ").read_bytes().split(b"\0"):
                rss = int((entry / "statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")
                found.append((int(entry.name), rss / 2**20))
        except OSError:
            continue
    return found


def _documents(texts: list[str]) -> list[object]:
    from viewer.core import Document

    return [Document(f"v{k}.txt", f"v{k}.txt", t) for k, t in enumerate(texts)]


def _timed(work: Callable[[], object]) -> tuple[float, str]:
    start = time.perf_counter()
    try:
        work()
        outcome = "ok"
    except Exception as error:
        outcome = f"{type(error).__name__}: {str(error)[:90]}"
    return time.perf_counter() - start, outcome


def case_many_large() -> None:
    from benchmarks.corpus import versions
    from viewer.core import compare_documents
    from viewer.ui import compare_process

    count, words = (8, 20_000) if _SMALL else (30, 20_000)
    docs = _documents(versions(words, count))
    print(f"  {count} versions x {words:,} words, {sum(len(d.text) for d in docs):,} characters")
    seconds, outcome = _timed(lambda: compare_documents(docs))
    print(f"  CLI, automatic workers: {seconds:.1f} s ({outcome})")
    seconds, outcome = _timed(lambda: compare_documents(docs, workers=1))
    print(f"  CLI, one process: {seconds:.1f} s ({outcome})")
    elsewhere = compare_process.compare_elsewhere
    seconds, outcome = _timed(lambda: elsewhere(docs, 0, None, (), lambda d, t: None, _no_stop))
    print(f"  app's large-comparison process, automatic: {seconds:.1f} s ({outcome})")
    print(f"    its peak {compare_process.last_worker_peak_mib:.0f} MiB")
    if "workers" in elsewhere.__code__.co_varnames:
        seconds, outcome = _timed(
            lambda: elsewhere(docs, 0, None, (), lambda d, t: None, _no_stop, workers=1)
        )
        print(f"  app's large-comparison process, one process: {seconds:.1f} s ({outcome})")
        print(f"    its peak {compare_process.last_worker_peak_mib:.0f} MiB")
    print(f"  processes left: {len(_tagged())}")


def _no_stop() -> None:
    return None


def case_tiny_many() -> None:
    from viewer.core import compare_documents

    count = 60 if _SMALL else 300
    rng = random.Random(3)
    words = "the mayor said buses would be added by June after the flood closed roads".split()
    texts = [" ".join(rng.choice(words) for _ in range(30)) + "." for _ in range(count)]
    docs = _documents(texts)
    seconds, outcome = _timed(lambda: compare_documents(docs))
    print(f"  {count} versions of 30 words, automatic workers: {seconds:.1f} s ({outcome})")
    seconds, outcome = _timed(lambda: compare_documents(docs, workers=1))
    print(f"  one process: {seconds:.1f} s ({outcome})")


def case_close_during() -> None:
    """The window (run as the app runs it) closed a second into its comparison."""
    script = (
        "import os, sys, time\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from benchmarks.review_limits_window import new_window, start_app\n"
        "from viewer.ui.jobs import running_jobs\n"
        "app = QApplication.instance() or QApplication([])\n"
        "w = start_app() and new_window(sys.argv[1])\n"
        "w.open_paths(sys.argv[2:])\n"
        "t = {}\n"
        "def close():\n"
        "    t['start'] = time.perf_counter(); w.close(); t['end'] = time.perf_counter()\n"
        "    app.quit()\n"
        "QTimer.singleShot(4000, close)\n"
        "app.exec()\n"
        'print(f\'  close took {t["end"] - t["start"]:.2f} s\', flush=True)\n'
        "if running_jobs():\n"
        "    os._exit(0)\n"
    )
    from benchmarks.corpus import versions

    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for k, text in enumerate(versions(20_000, 16)):
            paths.append(str(Path(folder, f"v{k}.txt")))
            Path(paths[-1]).write_text(text, encoding="utf-8")
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", script, folder, *paths], check=False)
        print(f"  the app exited {time.perf_counter() - start:.1f} s after it started")
        time.sleep(3)
        left = _tagged()
        print(f"  processes left 3 s later: {len(left)} ({sum(m for _p, m in left):.0f} MiB)")
        for pid, _mib in left:
            with contextlib.suppress(OSError):
                command = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ")
                print(f"    {pid}: {command[:100].decode(errors='replace')}")
        for pid, _mib in left:  # ours: started by this case
            os.kill(pid, signal.SIGKILL)


_DAMAGED = {
    "nested 100,000 deep": "[" * 100_000 + "]" * 100_000,
    "a 5,000-digit number": '{"format": "redline-review", "version": 1, "x": ' + "9" * 5000 + "}",
    "an option of 10^400": "OPTION",
}


def _with_option() -> str:
    """A sound review of two versions whose one option is 10^400."""
    from viewer.core.review import Review
    from viewer.export.review_file import review_to_json

    data = review_to_json(_documents(["One two.", "One three."]), 0, Review())
    text = json.dumps(data).replace('"gap_threshold": 0.3', '"gap_threshold": 1' + "0" * 400)
    assert "0" * 400 in text
    return text


def case_damaged() -> None:
    with tempfile.TemporaryDirectory() as folder:
        for what, text in _DAMAGED.items():
            path = Path(folder, "bad.redline")
            path.write_text(_with_option() if text == "OPTION" else text, encoding="utf-8")
            command = [sys.executable, "-m", "viewer", "compare", "--review", str(path)]
            done = subprocess.run(command, capture_output=True, text=True, check=False)
            lines = done.stderr.strip().splitlines()
            print(f"  {what}: exit {done.returncode}, {len(lines)} lines: {lines[-1][:100]!r}")


def case_cyrillic() -> None:
    from viewer.core import Document
    from viewer.core.review import Review
    from viewer.export import review_file

    megabytes = 4 if _SMALL else 40
    rng = random.Random(5)
    letters = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
    with tempfile.TemporaryDirectory() as folder:
        docs = []
        for k in range(5):
            words = [
                "".join(rng.choice(letters) for _ in range(rng.randint(2, 9))) for _ in range(2000)
            ]
            chunk = " ".join(words) + ".\n\n"
            text = chunk * (megabytes * 2**20 // len(chunk.encode()))
            docs.append(Document(f"{folder}/v{k}.txt", f"v{k}.txt", text))
        size = sum(len(d.text.encode()) for d in docs) / 2**20
        print(f"  five versions, {size:.0f} MiB of UTF-8 text")
        path = Path(folder, "big.redline")
        seconds, outcome = _timed(lambda: review_file.write_review(path, docs, 0, Review()))
        written = path.stat().st_size / 2**20 if path.exists() else 0
        print(f"  save: {seconds:.1f} s, {written:.0f} MiB written ({outcome})")
        if path.exists():
            seconds, outcome = _timed(lambda: review_file.read_review(path))
            print(f"  read back: {seconds:.1f} s ({outcome})")


def case_budget() -> None:
    from viewer.core import Document
    from viewer.core.review import Review
    from viewer.export.review_file import review_to_json

    megabytes = 15 if _SMALL else 151
    rng = random.Random(9)
    words = "the mayor said buses would be added by June after the flood closed roads".split()
    with tempfile.TemporaryDirectory() as folder:
        line = " ".join(rng.choice(words) for _ in range(400)) + ".\n\n"
        text = line * (megabytes * 2**20 // len(line))
        docs = [
            Document(f"{folder}/a.txt", "a.txt", text),
            Document(f"{folder}/b.txt", "b.txt", text + "x"),
        ]
        path = Path(folder, "big.redline")
        # Written as a review is, without the limits a save checks now (another program may).
        data = review_to_json(docs, 0, Review())
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        del docs, text, data
        command = [
            sys.executable,
            "-m",
            "viewer",
            "compare",
            "--review",
            str(path),
            "--format",
            "json",
        ]
        start = time.perf_counter()
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _pid, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
        stderr = child.stderr.read().decode() if child.stderr else ""
        child.stderr.close() if child.stderr else None
        print(
            f"  two {megabytes} MiB versions: exit {os.waitstatus_to_exitcode(status)} after "
            f"{seconds:.1f} s, peak {usage.ru_maxrss / 1024:.0f} MiB; {stderr.strip()[:120]!r}"
        )


def _run_case(name: str) -> None:
    """One case in a process of its own: its peak memory and how it ended."""
    env = dict(os.environ, **{_TAG: f"{os.getpid()}-{name}"})
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.bench_review_limits", "--in", name], env=env
    )
    _pid, status, usage = os.wait4(child.pid, 0)
    code = os.waitstatus_to_exitcode(status)
    end = f"signal {signal.Signals(-code).name}" if code < 0 else f"exit {code}"
    print(
        f"  [{name}: {time.perf_counter() - start:.0f} s, peak {usage.ru_maxrss / 1024:.0f} MiB, "
        f"{end}]",
        flush=True,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--case", action="append", choices=list(CASES), help="cases to run")
    parser.add_argument("--list", action="store_true", help="name the cases")
    parser.add_argument("--small", action="store_true", help="smaller inputs for a quick look")
    parser.add_argument("--in", dest="inside", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.list:
        print(json.dumps(CASES, indent=1))
        return 0
    if args.inside:
        name = f"case_{args.inside.replace('-', '_')}"
        (globals().get(name) or getattr(review_limits_window, name))()
        return 0
    if args.small:
        os.environ["BENCH_SMALL"] = "1"
    for name in args.case or list(CASES):
        print(f"{name}: {CASES[name]}", flush=True)
        _run_case(name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
