"""Sentence embeddings from all-MiniLM-L6-v2, computed with NumPy (no PyTorch needed),
for the experiment in meaning.py (not part of Redline).

The model is a 6-layer BERT encoder; a sentence's embedding is the mean of its last hidden
states, normalised to length 1, exactly as sentence-transformers computes it. Arithmetic is
in float64 and similarities are rounded, so every machine finds the same matches.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray
from safetensors.numpy import load_file
from tokenizers import Tokenizer

__all__ = ["MiniLM"]

Array = NDArray[np.float64]
_LAYERS = 6
_HEADS = 12
_MAX_TOKENS = 256  # the model's max_seq_length
_BATCH = 32


def _layer_norm(x: Array, weight: Array, bias: Array) -> Array:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return np.asarray((x - mean) / np.sqrt(var + 1e-12) * weight + bias)


def _gelu(x: Array) -> Array:
    """BERT's exact GELU, x·Φ(x), with erf from Abramowitz & Stegun 7.1.26 (error < 1.5e-7)."""
    z = np.abs(x) / np.sqrt(2.0)
    t = 1.0 / (1.0 + 0.3275911 * z)
    poly = t * (
        0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))
    )
    erf = np.sign(x) * (1.0 - poly * np.exp(-z * z))
    return np.asarray(0.5 * x * (1.0 + erf))


class MiniLM:
    """The model loaded from a directory holding ``model.safetensors`` and ``tokenizer.json``."""

    name = "all-MiniLM-L6-v2"

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._tokenizer = Tokenizer.from_file(str(directory / "tokenizer.json"))
        self._tokenizer.no_padding()
        self._tokenizer.enable_truncation(_MAX_TOKENS)
        raw = load_file(str(directory / "model.safetensors"))
        prefix = "" if "embeddings.word_embeddings.weight" in raw else "bert."
        # The 30k-row vocabulary table stays float32 (rows are widened when looked up).
        vocabulary = "embeddings.word_embeddings.weight"
        self._w = {
            k[len(prefix) :]: v if k.endswith(vocabulary) else v.astype(np.float64)
            for k, v in raw.items()
        }
        for k in list(self._w):
            if k.endswith("dense.weight") or k.endswith(
                ("query.weight", "key.weight", "value.weight")
            ):
                self._w[k] = np.ascontiguousarray(self._w[k].T)
        self._cache: dict[str, Array] = {}

    def __reduce__(self) -> tuple[Any, ...]:
        # Worker processes load the weights themselves instead of receiving 90 MB pickled.
        return (MiniLM, (self.directory,))

    def embed(self, texts: Sequence[str]) -> Array:
        """Unit vectors, one row per text (cached per text)."""
        missing = list(dict.fromkeys(t for t in texts if t not in self._cache))
        encodings = self._tokenizer.encode_batch(missing) if missing else []
        order = sorted(range(len(missing)), key=lambda k: len(encodings[k].ids))
        for lo in range(0, len(order), _BATCH):
            chunk = order[lo : lo + _BATCH]
            vectors = self._forward([encodings[k].ids for k in chunk])
            for k, vector in zip(chunk, vectors, strict=True):
                self._cache[missing[k]] = vector
        if not texts:
            return np.zeros((0, 384))
        return np.stack([self._cache[t] for t in texts])

    def similarity(self, left: Sequence[str], right: Sequence[str]) -> list[list[float]]:
        """Cosine similarity of every text of ``left`` with every text of ``right``."""
        if not left or not right:
            return [[] for _ in left]
        scores = np.round(self.embed(left) @ self.embed(right).T, 4)
        return [[float(s) for s in row] for row in scores]

    def _forward(self, batch: list[list[int]]) -> Array:
        w = self._w
        n = max(len(ids) for ids in batch)
        ids = np.zeros((len(batch), n), dtype=np.int64)
        mask = np.zeros((len(batch), n))
        for row, tokens in enumerate(batch):
            ids[row, : len(tokens)] = tokens
            mask[row, : len(tokens)] = 1.0
        x = (
            w["embeddings.word_embeddings.weight"][ids].astype(np.float64)
            + w["embeddings.position_embeddings.weight"][:n]
            + w["embeddings.token_type_embeddings.weight"][0]
        )
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        blocked = (1.0 - mask)[:, None, None, :] * -1e9  # padding receives no attention
        b, d = len(batch), x.shape[-1] // _HEADS
        for layer in range(_LAYERS):
            p = f"encoder.layer.{layer}."

            def heads(name: str, x: Array = x, p: str = p) -> Array:
                y = (
                    x @ w[p + f"attention.self.{name}.weight"]
                    + w[p + f"attention.self.{name}.bias"]
                )
                return np.asarray(y.reshape(b, n, _HEADS, d).transpose(0, 2, 1, 3))

            q, k, v = heads("query"), heads("key"), heads("value")
            scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(d) + blocked
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            context = (scores @ v).transpose(0, 2, 1, 3).reshape(b, n, -1)
            out = (
                context @ w[p + "attention.output.dense.weight"]
                + w[p + "attention.output.dense.bias"]
            )
            x = _layer_norm(
                out + x,
                w[p + "attention.output.LayerNorm.weight"],
                w[p + "attention.output.LayerNorm.bias"],
            )
            hidden = _gelu(
                x @ w[p + "intermediate.dense.weight"] + w[p + "intermediate.dense.bias"]
            )
            out = hidden @ w[p + "output.dense.weight"] + w[p + "output.dense.bias"]
            x = _layer_norm(
                out + x, w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"]
            )
        pooled = (x * mask[:, :, None]).sum(1) / mask.sum(1, keepdims=True)
        return np.asarray(pooled / np.linalg.norm(pooled, axis=1, keepdims=True))
