"""Hostile article text must cost linear time: one bad record may not stall a batch.

Each pattern once had a quadratic step: a run of dots in the sentence splitter and the source
look-back over a run-on sentence of speech verbs (about half a minute and a minute and a half at
this size), a set rebuilt per name and all pairs of one count (seconds). Linear code scores each
in under a second here; the bound leaves room for slow machines. benchmarks/hostile_inputs.py
prints the growth with size.
"""

from __future__ import annotations

import time

import pytest

from features import extract_all
from features.document import Document

SIZE = 50_000
BOUND_SECONDS = 3.0


@pytest.mark.parametrize("pattern", [".", "said, ", "Published 3 June 2001\n", "three companies "])
def test_hostile_text_is_scored_in_linear_time(pattern: str) -> None:
    extract_all(Document("Warm-up. The minister said he was ready."))
    text = pattern * (SIZE // len(pattern))
    start = time.perf_counter()
    extract_all(Document(text))
    assert time.perf_counter() - start < BOUND_SECONDS
