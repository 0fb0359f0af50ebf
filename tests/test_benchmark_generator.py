"""The contradiction generator of benchmarks/ is seeded: the same records in every process."""

from __future__ import annotations

import os
import random
import subprocess
import sys

import pytest

from tests.conftest import ROOT, SHARED_DATA


def test_injected_records_do_not_depend_on_the_hash_seed():
    if not (SHARED_DATA / "bbc_news" / "articles.jsonl").exists():
        pytest.skip("../shared/data/bbc_news is not available")
    runs = []
    for hash_seed in ("1", "2"):  # set and dict orders of strings change with the hash seed
        env = dict(os.environ, PYTHONHASHSEED=hash_seed, PYTHONPATH=str(ROOT))
        result = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "inject_contradictions.py"), "--half", "dev"],
                                capture_output=True, text=True, env=env, check=True, timeout=300)
        runs.append(result.stdout)
    assert runs[0] == runs[1] and runs[0].count("\n") > 100


def test_number_injection_changes_only_a_repeat_of_the_same_count():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from inject_contradictions import inject_number
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))

    text = "Voters of BBC Radio 2 listeners chose it. The firm sold two shops. Then the two shops closed."
    result = inject_number(text, random.Random(0))
    assert result is not None
    changed, (start, end) = result
    assert changed[start:end] in {"three", "four"} and changed[end:].startswith(" shops closed")
    names = "BBC Radio 2 listeners voted. Have Radio 2 listeners heard it? It was in the top 10 albums and top 10 albums."
    assert inject_number(names, random.Random(0)) is None  # a number in a name is no count
    other = "The film won three awards. Foxx was nominated for three awards."
    assert inject_number(other, random.Random(0), "bbc_news/entertainment/095") is None  # read by hand: two counts
    assert inject_number(other, random.Random(0), "another/article") is not None
