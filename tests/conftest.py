"""Shared fixtures: the seed articles (skipped when absent) and the bundled demo."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from viewer.core import Document

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
DEMO = ROOT / "resources" / "demo"


def seed_path(prefix: str) -> Path:
    if not SEEDS.is_dir():
        pytest.skip("the seed articles (../shared/seeds) are not present")
    matches = sorted(SEEDS.glob(f"{prefix}_*.txt"))
    if not matches:
        pytest.skip(f"seed {prefix} not present")
    return matches[0]


def seed(prefix: str) -> Document:
    path = seed_path(prefix)
    return Document(str(path), prefix, path.read_text(encoding="utf-8"))


def demo(name: str) -> Document:
    path = next(DEMO.glob(f"{name}*.txt"))
    return Document(str(path), path.name, path.read_text(encoding="utf-8"))


def doc(text: str, label: str = "") -> Document:
    return Document(label or "inline", label or "inline", text)


@pytest.fixture
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fetches go straight to the test servers on 127.0.0.1, whatever the environment says."""
    for name in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="module")
def hostile() -> Iterator[str]:
    """The misbehaving test server (benchmarks.hostile_server)."""
    from benchmarks.hostile_server import serving_hostile

    with serving_hostile() as url:
        yield url
