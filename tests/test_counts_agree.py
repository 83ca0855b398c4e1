"""One list of findings, counted the same way everywhere (issue 18: the app showed 75 findings
for 001 vs 000 while the report said 104 and the JSON counts differed from the text)."""

from __future__ import annotations

import re

import html5lib

from tests.conftest import seed
from viewer.cli.summary import SummaryOptions, format_summary
from viewer.core import Kind, compare_documents
from viewer.core.findings import count_findings
from viewer.core.navigation import select_findings
from viewer.core.visibility import Visibility
from viewer.export.html_report import ReportOptions, render_report
from viewer.export.json_report import comparison_to_json


def test_json_text_report_and_list_count_the_same_findings() -> None:
    comparison = compare_documents([seed("001"), seed("000"), seed("004")])
    data = comparison_to_json(comparison)
    hidden = Visibility(hide_cosmetic=True, hide_boilerplate=True)
    text = format_summary(comparison, SummaryOptions(hide_cosmetic=True, hide_boilerplate=True))
    report = render_report(comparison, ReportOptions(hide_cosmetic=True, hide_boilerplate=True))
    tree = html5lib.HTMLParser(namespaceHTMLElements=False).parse(report)
    for number, (pair, entry) in enumerate(zip(comparison.pairs, data["comparisons"], strict=True)):
        assert len(entry["findings"]) == len(pair.findings) == sum(entry["counts"].values())
        assert entry["counts"] == {k.value: n for k, n in pair.counts.items()}
        listed = select_findings(pair, visibility=hidden)  # what the app lists and F7 steps to
        assert listed
        # the report's findings index lists the same ones
        index = tree.findall(f".//section[@id='v{pair.other}']//li/a")
        anchors = [a for a in index if (a.get("href") or "").startswith(f"#v{pair.other}-f")]
        assert len(anchors) == len(listed)
        # the text lists the same ones (those with no word are counted, not listed)
        block = text.split(f"\n#{pair.other} ")[1].split("\n\n#")[0]
        heads = [line for line in block.splitlines() if re.match(r"  §\d+ ", line)]
        quiet = re.search(r"\((\d+) punctuation-only change", block)
        assert len(heads) + (int(quiet.group(1)) if quiet else 0) == len(listed), number
        counts = count_findings(pair)
        kinds = dict(counts.kinds)
        assert sum(kinds.values()) + counts.boilerplate == len(pair.findings)
        assert f"{kinds[Kind.DRIFT]} reworded" in block
