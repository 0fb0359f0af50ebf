"""Behaviour on professional news text from ../shared/data (skipped where the data is absent)."""

from __future__ import annotations

import json
from itertools import islice

import pytest

from features import Document, extract_all
from features.translationese import default_model
from tests.conftest import SHARED_DATA

BBC = SHARED_DATA / "bbc_news" / "articles.jsonl"
SAMPLE = 400  # every fifth of the first 2,000 articles: all five BBC sections


@pytest.fixture(scope="module")
def bbc_features():
    if not BBC.exists():
        pytest.skip("../shared/data/bbc_news is not available")
    with open(BBC, encoding="utf-8") as lines:
        records = [json.loads(line) for line in islice(lines, 0, SAMPLE * 5, 5)]
    return [extract_all(Document(r["text"])).values for r in records]


def test_bbc_articles_are_almost_free_of_boilerplate(bbc_features):
    mean = sum(v["boilerplate_ratio"] for v in bbc_features) / len(bbc_features)
    assert mean < 0.02


def test_bbc_articles_rarely_contradict_themselves(bbc_features):
    per_100 = 100 * sum(v["contradictions"] for v in bbc_features) / len(bbc_features)
    assert per_100 <= 3


def test_bbc_articles_rarely_look_machine_translated(bbc_features):
    threshold = default_model().threshold
    share = sum(v["translation_probability"] >= threshold for v in bbc_features) / len(bbc_features)
    assert share < 0.05
