"""Language identification with langdetect, made deterministic and cheap.

The profiles are loaded once per process. Only a sample of the prose lines is
classified: langdetect's cost grows with the text, its answer does not.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
from langdetect.lang_detect_exception import LangDetectException

from features.names import is_common_word_or_plural

if TYPE_CHECKING:
    from features.document import Document

# About 50 words of prose and three random trials (langdetect's default is seven)
# give a stable answer on news text at a third of the cost: on 300 BBC articles
# both settings agree on every one (benchmarks/speed.py measures the cost).
SAMPLE_CHARS = 300
TRIALS = 3
# Lines shorter than this many characters are mostly chrome, not prose.
PROSE_LINE_CHARS = 60


@lru_cache(maxsize=1)
def _factory() -> DetectorFactory:
    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    factory.seed = 0  # langdetect samples n-grams at random: fix the seed.
    return factory


def detect_text(text: str) -> str | None:
    """The most probable language code of a string, or None."""
    detector = _factory().create()
    detector.n_trial = TRIALS
    detector.append(text)
    try:
        language = detector.detect()
    except LangDetectException:
        return None
    return None if language == "unknown" else language


# A shortcut for the common case: when these words make up a quarter of the first
# 300 words, the text is English prose and langdetect is not consulted. Measured
# share: BBC News >= 0.14 (most above 0.25), German/French/Spanish news <= 0.10.
_ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to a in is that for on was with he it as at by from his has have be are said this not but were an "
    "its they which will had been".split()
)
ENGLISH_SHARE = 0.25
SHORTCUT_CHARS = 2000  # about 300 words
SHORTCUT_MIN_WORDS = 40
_LETTERS = re.compile(r"[^\W\d_]+")


# A line or a short text whose words are at least this share common English words is English:
# langdetect guesses at random on a few words ("Hello." is Italian to it); Italian, German and
# Spanish news lines have 0.0-0.25 of them, an English headline without function words 0.6.
ENGLISH_WORD_SHARE = 0.5


def mostly_english_words(words: list[str]) -> bool:
    """Whether at least ENGLISH_WORD_SHARE of the words are common English words (or their plurals)."""
    return bool(words) and sum(map(is_common_word_or_plural, words)) >= ENGLISH_WORD_SHARE * len(words)


def detect_language(doc: Document) -> str | None:
    """Detect the language of a document: the English shortcuts, else langdetect on prose lines."""
    words = _LETTERS.findall(doc.normalized, 0, SHORTCUT_CHARS)
    if len(words) >= SHORTCUT_MIN_WORDS:
        common = sum(word.lower() in _ENGLISH_FUNCTION_WORDS for word in words)
        if common >= ENGLISH_SHARE * len(words):
            return "en"
    elif mostly_english_words(words):
        return "en"
    lines = [line for line in doc.lines if line.end - line.start >= PROSE_LINE_CHARS] or list(doc.lines)
    sample: list[str] = []
    size = 0
    for line in lines:
        sample.append(doc.span_text(line))
        size += line.end - line.start
        if size >= SAMPLE_CHARS:
            break
    return detect_text(" ".join(sample)[:SAMPLE_CHARS]) if sample else None
