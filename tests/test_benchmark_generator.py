"""The contradiction generator of benchmarks/ is seeded: the same records in every process."""

from __future__ import annotations

import os
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
