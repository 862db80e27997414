"""Exact and near-duplicate detection (dateline.dedup), on the seed's real sentences."""

from __future__ import annotations

import itertools
import random

import numpy as np
import pytest

from dateline import dedup


@pytest.fixture(scope="module")
def words(seed_text: str) -> list[str]:
    return seed_text.split()


def test_fingerprint_ignores_case_punctuation_and_spacing(seed_text: str) -> None:
    variant = seed_text.upper().replace("\n\n", "\n").replace(",", " ,  ")
    assert dedup.fingerprint(variant) == dedup.fingerprint(seed_text)
    assert dedup.fingerprint(seed_text + " Updated.") != dedup.fingerprint(seed_text)
    assert dedup.normalise("Ryabkov's  “eyes and ears” — NATO!") == "ryabkov s eyes and ears nato"


def test_shingles_are_word_four_grams() -> None:
    assert dedup.shingles("The talks began on Monday in Geneva.") == {
        "the talks began on",
        "talks began on monday",
        "began on monday in",
        "on monday in geneva",
    }
    assert dedup.shingles("Short text") == {"short text"}
    assert dedup.shingles(" ... ") == set()
    assert dedup.signature(" ... ") is None


def test_jaccard() -> None:
    assert dedup.jaccard({"a", "b"}, {"b", "c"}) == pytest.approx(1 / 3)
    assert dedup.jaccard(set(), set()) == 0.0
    assert dedup.jaccard({"a"}, {"a"}) == 1.0


def test_signatures_and_band_keys_are_stable(seed_text: str) -> None:
    sig = dedup.signature(seed_text)
    assert sig is not None and sig.dtype == np.uint32 and len(sig) == dedup.NUM_PERM == dedup.BANDS * dedup.ROWS
    keys = dedup.band_keys(sig)
    assert len(keys) == dedup.BANDS == len(set(keys))
    assert all(-(2**63) <= k < 2**63 for k in keys)
    again = dedup.signature_from_bytes(sig.tobytes())
    assert dedup.band_keys(again) == keys
    # texts equal after normalisation share every band key
    one = dedup.signature("Russia and the United States hold talks in Geneva")
    two = dedup.signature("russia AND the united states, hold talks in Geneva!")
    assert one is not None and two is not None
    assert dedup.band_keys(one) == dedup.band_keys(two)


def test_estimate_tracks_true_jaccard(words: list[str]) -> None:
    a, b = " ".join(words[0:200]), " ".join(words[60:260])
    true = dedup.jaccard(dedup.shingles(a), dedup.shingles(b))
    sa, sb = dedup.signature(a), dedup.signature(b)
    assert sa is not None and sb is not None
    assert abs(dedup.estimate(sa, sb) - true) < 0.15


def test_verify_asks_for_the_texts_only_near_the_threshold(words: list[str]) -> None:
    asked = []

    def text(t: str):
        def get() -> str:
            asked.append(t)
            return t

        return get

    near_a, near_b = " ".join(words[0:100]), " ".join(words[30:130])  # Jaccard ~0.53
    same = " ".join(words[0:100])
    far = " ".join(words[200:300])
    sig = {t: dedup.signature(t) for t in (near_a, near_b, far)}
    assert dedup.verify(sig[near_a], sig[near_a], text(near_a), text(same)) and not asked
    assert not dedup.verify(sig[near_a], sig[far], text(near_a), text(far)) and not asked
    assert dedup.verify(sig[near_a], sig[near_b], text(near_a), text(near_b))
    assert asked == [near_a, near_b]


def test_near_duplicate_pairs_match_all_pairs_jaccard(words: list[str]) -> None:
    """Windows of the seed at many overlaps: LSH + verification finds exactly the pairs that
    exhaustive all-pairs Jaccard puts at or above the threshold."""
    rng = random.Random(7)
    docs = []
    for i in range(40):
        start = rng.randrange(0, 250)
        length = rng.randrange(60, 160)
        docs.append((f"d{i:02d}", " ".join(words[start : start + length])))
    docs.append(("x00", docs[0][1].upper()))  # an exact duplicate after normalisation
    sh = {i: dedup.shingles(t) for i, t in docs}
    truth = {
        (a, b)
        for (a, _), (b, _) in itertools.combinations(sorted(docs), 2)
        if dedup.jaccard(sh[a], sh[b]) >= dedup.THRESHOLD
    }
    found = dedup.near_duplicate_pairs(docs)
    assert ("d00", "x00") in found
    assert len(truth) > 20  # the set has pairs on both sides of the threshold
    assert found == truth


def test_lsh_catches_pairs_at_the_threshold(words: list[str]) -> None:
    """At Jaccard >= 0.5 a pair shares a band with probability >= 0.996 (42 bands of 3 rows)."""
    missed = 0
    trials = 0
    for offset in range(0, 200, 5):
        a = " ".join(words[offset : offset + 90])
        b = " ".join(words[offset + 25 : offset + 115])
        if dedup.jaccard(dedup.shingles(a), dedup.shingles(b)) < dedup.THRESHOLD:
            continue
        trials += 1
        sa, sb = dedup.signature(a), dedup.signature(b)
        assert sa is not None and sb is not None
        if not set(dedup.band_keys(sa)) & set(dedup.band_keys(sb)):
            missed += 1
    assert trials >= 20 and missed <= 1
