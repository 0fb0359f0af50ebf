"""Language identification with langdetect, made deterministic and cheap.

The profiles are loaded once per process. Only a sample of the prose lines is
classified: langdetect's cost grows with the text, its answer does not.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
from langdetect.lang_detect_exception import LangDetectException

if TYPE_CHECKING:
    from features.document import Document

# About 100 words of prose are enough for a stable answer on news text.
SAMPLE_CHARS = 600
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
    detector.append(text)
    try:
        language = detector.detect()
    except LangDetectException:
        return None
    return None if language == "unknown" else language


def detect_language(doc: Document) -> str | None:
    """Detect the language of a document from a sample of its longest prose lines."""
    lines = [line for line in doc.lines if len(line) >= PROSE_LINE_CHARS] or list(doc.lines)
    sample: list[str] = []
    size = 0
    for line in lines:
        sample.append(doc.span_text(line))
        size += len(line)
        if size >= SAMPLE_CHARS:
            break
    return detect_text(" ".join(sample)) if sample else None
