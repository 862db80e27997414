"""Exact and near-duplicate detection: pure functions, no I/O.

* **Exact duplicates** share the fingerprint of their normalised body (:func:`fingerprint`):
  NFKC, lower case, every run of non-alphanumeric characters made one space.
* **Near duplicates** are pairs whose word 4-shingle sets (:func:`shingles`) have a Jaccard
  similarity of at least :data:`THRESHOLD` (0.5).  Candidates come from MinHash LSH
  (datasketch ``MinHash`` over the CRC-32 of each shingle, :data:`NUM_PERM` = 126 permutations cut into :data:`BANDS` = 42 bands of
  :data:`ROWS` = 3 rows: a pair at Jaccard 0.5 becomes a candidate with probability 0.996, at 0.4
  with 0.93, at 0.2 with 0.29).  Each band gives one signed 64-bit key (:func:`band_keys`), so the
  store finds candidates with an indexed ``WHERE key IN (...)`` on a table, on any SQL back end.
* Candidates are verified (:func:`verify`): the MinHash estimate decides when it is far from the
  threshold (more than :data:`MARGIN` away); otherwise the true Jaccard of the shingle sets does.

:func:`near_duplicate_pairs` runs the same method in memory over a collection, for benchmarks.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import zlib
from collections import defaultdict
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from datasketch import MinHash

__all__ = [
    "BANDS",
    "MARGIN",
    "NUM_PERM",
    "ROWS",
    "SHINGLE",
    "THRESHOLD",
    "band_keys",
    "estimate",
    "fingerprint",
    "jaccard",
    "minhash",
    "near_duplicate_pairs",
    "normalise",
    "shingles",
    "signature",
    "signature_from_bytes",
    "sketch",
    "verify",
]

#: Words per shingle.
SHINGLE = 4
#: Jaccard similarity of shingle sets at or above which two bodies are near duplicates.
THRESHOLD = 0.5
#: LSH banding: BANDS bands of ROWS MinHash values each.
BANDS = 42
ROWS = 3
NUM_PERM = BANDS * ROWS
#: The MinHash estimate decides alone when it is further than this from the threshold.
MARGIN = 0.2
_SEED = 1

_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


def normalise(text: str) -> str:
    """The body as compared: NFKC, lower case, punctuation and whitespace runs made one space."""
    return _NON_WORD.sub(" ", unicodedata.normalize("NFKC", text).lower()).strip()


def fingerprint(text: str) -> str:
    """32 hex digits identifying the normalised body; equal for exact duplicates."""
    return _fingerprint(normalise(text))


def _fingerprint(norm: str) -> str:
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:32]


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    """The set of word ``size``-grams of the normalised text (a shorter text is one shingle)."""
    return _shingles(normalise(text), size)


def _shingles(norm: str, size: int = SHINGLE) -> set[str]:
    words = norm.split()
    if not words:
        return set()
    if len(words) < size:
        return {" ".join(words)}
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def jaccard(a: set[str], b: set[str]) -> float:
    """|a ∩ b| / |a ∪ b| (0.0 for two empty sets)."""
    if not a and not b:
        return 0.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


@lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=_SEED).permutations


def minhash(shingle_set: set[str]) -> MinHash:
    """datasketch MinHash of the shingles (NUM_PERM permutations, seed 1, CRC-32 of each shingle)."""
    from datasketch import MinHash

    m = MinHash(num_perm=NUM_PERM, seed=_SEED, hashfunc=zlib.crc32, permutations=_permutations())
    if shingle_set:
        m.update_batch([s.encode("utf-8") for s in shingle_set])
    return m


def signature(text: str) -> np.ndarray | None:
    """The MinHash signature of the text's shingles (uint32 × NUM_PERM), or None for no words."""
    return _signature(shingles(text))


def _signature(shingle_set: set[str]) -> np.ndarray | None:
    if not shingle_set:
        return None
    return minhash(shingle_set).hashvalues.astype(np.uint32)


def sketch(text: str) -> tuple[str, np.ndarray | None]:
    """``(fingerprint, signature)`` of a body, normalising it once; the fingerprint is "" for a body
    with no words (such bodies are never duplicates of each other)."""
    norm = normalise(text)
    if not norm:
        return "", None
    return _fingerprint(norm), _signature(_shingles(norm))


def signature_from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype=np.uint32)


def band_keys(sig: np.ndarray) -> list[int]:
    """One signed 64-bit key per band (the band's number is hashed in, so keys never collide across bands)."""
    keys = []
    for band in range(BANDS):
        chunk = sig[band * ROWS : (band + 1) * ROWS].astype("<u4").tobytes()
        digest = hashlib.blake2b(band.to_bytes(2, "little") + chunk, digest_size=8).digest()
        keys.append(int.from_bytes(digest, "little", signed=True))
    return keys


def estimate(a: np.ndarray, b: np.ndarray) -> float:
    """MinHash estimate of the Jaccard similarity: the share of equal signature values."""
    return float(np.count_nonzero(a == b)) / len(a)


def verify(sig_a: np.ndarray, sig_b: np.ndarray, text_a: Callable[[], str], text_b: Callable[[], str]) -> bool:
    """Whether a candidate pair is a near duplicate (Jaccard >= THRESHOLD).

    The texts are only asked for (through the callables) when the estimate is within MARGIN of the
    threshold and the true Jaccard must decide.
    """
    est = estimate(sig_a, sig_b)
    if est >= THRESHOLD + MARGIN:
        return True
    if est < THRESHOLD - MARGIN:
        return False
    return jaccard(shingles(text_a()), shingles(text_b())) >= THRESHOLD


def near_duplicate_pairs(docs: Iterable[tuple[str, str]]) -> set[tuple[str, str]]:
    """All pairs ``(id_a, id_b)`` (``id_a < id_b``) of near or exact duplicates in ``docs`` (id, text).

    In memory (the texts are kept): for benchmarks and tests; the store does the same incrementally.
    """
    texts: dict[str, str] = {}
    sigs: dict[str, np.ndarray] = {}
    by_fp: dict[str, list[str]] = defaultdict(list)
    buckets: dict[int, list[str]] = defaultdict(list)
    for doc_id, text in docs:
        texts[doc_id] = text
        by_fp[fingerprint(text)].append(doc_id)
        sig = signature(text)
        if sig is None:
            continue
        sigs[doc_id] = sig
        for key in band_keys(sig):
            buckets[key].append(doc_id)
    pairs: set[tuple[str, str]] = set()
    for ids in by_fp.values():
        for i, a in enumerate(ids):
            for b in ids[i + 1 :]:
                if a != b:
                    pairs.add((min(a, b), max(a, b)))
    seen: set[tuple[str, str]] = set()
    for ids in buckets.values():
        for i, a in enumerate(ids):
            for b in ids[i + 1 :]:
                pair = (min(a, b), max(a, b))
                if a == b or pair in seen or pair in pairs:
                    continue
                seen.add(pair)
                if verify(sigs[a], sigs[b], lambda a=a: texts[a], lambda b=b: texts[b]):  # type: ignore[misc]
                    pairs.add(pair)
    return pairs
