"""Command line: ``redline compare`` (JSON or text), ``redline export``, or the desktop app."""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import NoReturn, TextIO

from viewer.cli.summary import SummaryOptions, format_summary
from viewer.core import CompareOptions, Comparison, Document, Flag, compare_documents
from viewer.core.crosslang import EncoderUnavailable
from viewer.core.review import Review
from viewer.export.atomic import ExportError
from viewer.export.json_report import comparison_to_json
from viewer.export.review_file import ReviewFileError, read_review
from viewer.io import LoadError, load_document
from viewer.io.names import escaped
from viewer.io.recheck import text_now

__all__ = ["UsageError", "demo_paths", "main", "run"]

_COMMANDS = ("compare", "export")


class UsageError(Exception):
    """The command line asks for something that cannot be done."""


class _Parser(argparse.ArgumentParser):
    """argparse that reports a bad command line as one UsageError line, not usage + error."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog.removeprefix('redline').strip() or 'redline'}: {message}")


def demo_paths() -> list[Path]:
    """The bundled demo articles, in version order."""
    # viewer/resources links to resources/ in a checkout and is a copy in an installed wheel.
    folder = (Path(__file__).resolve().parents[1] / "resources" / "demo").resolve()
    return sorted(folder.glob("*.txt"))


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="redline",
        description="Compare versions of a news article: additions, omissions, moves, drift.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    compare = commands.add_parser("compare", help="compare versions, print JSON or a summary")
    _common(compare)
    compare.add_argument("--format", choices=("text", "json"), default="text")
    compare.add_argument(
        "--full", action="store_true", help="text: whole passages, not first and last words"
    )
    compare.add_argument(
        "--flag",
        type=_flag_list,
        metavar="FLAG[,FLAG]",
        help="only findings with one of these flags (quote, number, name, negation, "
        "speaker, time, boilerplate); JSON: selects the findings list",
    )
    compare.add_argument(
        "--hide-cosmetic",
        action="store_true",
        help="list no cosmetic changes (JSON: leave them out of the findings list)",
    )
    compare.add_argument(
        "--hide-boilerplate",
        action="store_true",
        help="list no boilerplate (JSON: leave it out of the findings list)",
    )
    export = commands.add_parser("export", help="write a self-contained HTML report")
    _common(export)
    export.add_argument("-o", "--output", required=True, help="the .html file to write")
    export.add_argument("--hide-cosmetic", action="store_true", help="leave out cosmetic changes")
    export.add_argument("--hide-boilerplate", action="store_true", help="leave out boilerplate")
    export.add_argument(
        "--layout", choices=("side-by-side", "inline"), default="side-by-side", help="report layout"
    )
    export.add_argument("--force", action="store_true", help="overwrite an existing file")
    export.add_argument(
        "--only-confirmed",
        action="store_true",
        help="with --review: highlight and list only the findings marked 'confirmed change'",
    )
    export.add_argument(
        "--no-notes", action="store_true", help="with --review: leave the reviewer's notes out"
    )
    return parser


def _flag_list(value: str) -> frozenset[Flag]:
    """``--flag quote,number``: flag names separated by commas."""
    try:
        return frozenset(Flag(name.strip()) for name in value.split(",") if name.strip())
    except ValueError:
        names = ", ".join(f.value for f in Flag)
        raise argparse.ArgumentTypeError(f"unknown flag in {value!r} (flags: {names})") from None


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="*", metavar="FILE", help="article versions (or URLs)")
    parser.add_argument(
        "--base", default=None, help="index (0 = first file) or path of the base version"
    )
    parser.add_argument(
        "--review",
        metavar="FILE.redline",
        help="a saved review: its versions, base, corrections, verdicts and notes (no FILEs)",
    )
    parser.add_argument(
        "--meaning",
        action="store_true",
        help="also pair sentences left over between matches by what they mean, with a "
        "sentence model run on this machine (slower)",
    )


def load_all(sources: Sequence[str]) -> list[Document]:
    """Load every source; labels are made unique so versions can be told apart."""
    documents = [load_document(source) for source in sources]
    seen: dict[str, int] = {}
    unique = []
    for document in documents:
        count = seen.get(document.label, 0) + 1
        seen[document.label] = count
        label = document.label if count == 1 else f"{document.label} ({count})"
        unique.append(Document(document.path, label, document.text, document.metadata))
    return unique


def pick_base(choice: str, sources: Sequence[str]) -> int:
    """The index ``--base`` names: a number (ASCII digits only: "²" is not 2) or a path."""
    if _INDEX.fullmatch(choice):
        # A number of thousands of digits is out of range without converting it (int() refuses
        # strings over 4,300 digits).
        index = int(choice) if len(choice) <= 9 else -1
        if not 0 <= index < len(sources):
            raise UsageError(
                f"--base {_shorten(choice)}: there are only {len(sources)} versions "
                f"(0 to {len(sources) - 1})"
            )
        return index
    for index, source in enumerate(sources):
        if source == choice or _same_file(source, choice):
            return index
    raise UsageError(f"--base {_shorten(choice)}: not one of the files being compared")


_INDEX = re.compile(r"-?[0-9]+")


def _shorten(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else f"{text[: limit - 1]}…"


def _same_file(one: str, other: str) -> bool:
    try:
        return Path(one).exists() and Path(other).exists() and Path(one).samefile(other)
    except (OSError, ValueError):  # a NUL in a name, a name too long for the file system
        return False


def _reviewed(args: argparse.Namespace, stderr: TextIO) -> tuple[Comparison, Review]:
    """The comparison a review file holds, recomputed with its options and corrections;
    versions whose files changed since are named on ``stderr`` (the saved texts are used)."""
    if args.files:
        raise UsageError(f"{args.command}: give either FILE arguments or --review, not both")
    if args.base is not None:
        raise UsageError(f"{args.command}: --base cannot be given with --review (it is saved)")
    opened = read_review(Path(args.review), text_now)
    for warning in opened.warnings:
        print(f"redline: warning: {escaped(warning)}", file=stderr)
    review = opened.review
    options = replace(opened.options, by_meaning=True) if args.meaning else opened.options
    comparison = compare_documents(opened.documents, opened.base, options, links=review.links)
    return comparison, review


def run(argv: Sequence[str], stdout: TextIO, stderr: TextIO | None = None) -> int:
    """Do what the arguments ask; raises LoadError, ReviewFileError or UsageError for the
    caller to report."""
    args, unknown = _parser().parse_known_args(argv)
    if unknown:  # named after the command, as argparse names its other errors
        raise UsageError(f"{args.command}: unrecognized arguments: {' '.join(unknown)}")
    review: Review | None = None
    if args.review is not None:
        comparison, review = _reviewed(args, stderr or sys.stderr)
    else:
        if not args.files:
            raise UsageError(f"{args.command}: the following arguments are required: FILE")
        if len(args.files) < 2:
            raise UsageError("give at least two versions to compare")
        base = pick_base(args.base or "0", args.files)
        options = CompareOptions(by_meaning=args.meaning)
        comparison = compare_documents(load_all(args.files), base, options)
    if args.command == "compare":
        if args.full and args.format == "json":
            raise UsageError("compare: --full applies to --format text only (JSON has whole spans)")
        summary = SummaryOptions(args.full, args.flag, args.hide_cosmetic, args.hide_boilerplate)
        _print_comparison(comparison, args.format, stdout, summary, review)
        return 0
    if review is None and (args.only_confirmed or args.no_notes):
        raise UsageError("export: --only-confirmed and --no-notes need --review")
    from viewer.export.html_report import Layout, ReportOptions, write_report

    written = Path(args.output)
    write_report(
        comparison,
        written,
        ReportOptions(
            hide_cosmetic=args.hide_cosmetic,
            hide_boilerplate=args.hide_boilerplate,
            layout=Layout(args.layout),
            review=review,
            only_confirmed=args.only_confirmed,
            include_notes=not args.no_notes,
            review_name=Path(args.review).name if args.review else "",
        ),
        overwrite=args.force,
    )
    pairs = len(comparison.pairs)
    stdout.write(
        escaped(
            f"wrote {written.resolve()} ({len(comparison.documents)} versions, {pairs} "
            f"comparison{'s' * (pairs != 1)}, {_size(written.stat().st_size)})"
        )
        + "\n"
    )
    return 0


def _size(size: int) -> str:
    """>>> _size(900), _size(573_440)
    ('900 bytes', '560 KiB')
    """
    return f"{size} bytes" if size < 1024 else f"{round(size / 1024):,} KiB"


def _print_comparison(
    comparison: Comparison,
    form: str,
    stdout: TextIO,
    summary: SummaryOptions,
    review: Review | None,
) -> None:
    if form == "json":
        listed = summary.filter()  # --flag, --hide-cosmetic, --hide-boilerplate select findings
        json.dump(comparison_to_json(comparison, review, listed), stdout, ensure_ascii=False)
        stdout.write("\n")
    else:
        # Article text, labels and notes are untrusted: a control character in them must not
        # act on the terminal (escape sequences, a bell, a title change).
        text = format_summary(comparison, summary, review)
        stdout.write("".join(escaped(line) + "\n" for line in text.splitlines()))


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: maps every failure to a one-line message and an exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] not in (*_COMMANDS, "-h", "--help"):
        from viewer.ui.app import run_app

        return run_app(args)
    if hasattr(sys.stdout, "reconfigure"):
        # JSON and summaries are UTF-8 on every locale. A file name that is not UTF-8 keeps its
        # undecodable bytes as "\udcXX" escapes, which JSON reads back as the same name.
        sys.stdout.reconfigure(encoding="utf-8", errors="backslashreplace")
    try:
        code = run(args, sys.stdout)
        sys.stdout.flush()  # a reader gone (``| head``) is found here, not at exit
        return code
    except BrokenPipeError:
        return _reader_gone()
    except (LoadError, ExportError, ReviewFileError, EncoderUnavailable) as error:
        _report(error)
        return 1
    except (UsageError, OSError) as error:
        _report(error)
        return 2
    except KeyboardInterrupt:
        return 130


def _reader_gone() -> int:
    """The program reading the output stopped (``redline compare … | head``): end quietly,
    with the status of a tool stopped by SIGPIPE (128 + 13), as ``cat`` or ``git log`` do."""
    try:
        # What is still buffered for the closed pipe goes nowhere, instead of failing again
        # when Python flushes it at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # stdout is not a file (a test's StringIO)
        pass
    return 141


def _report(error: Exception) -> None:
    """The one error line: names may hold escape sequences, line breaks or undecodable bytes."""
    print(f"redline: {escaped(str(error))}", file=sys.stderr)
