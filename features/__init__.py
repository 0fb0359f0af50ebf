"""Feature extractors: each family a module with `extract(doc) -> FeatureResult`.

Adding a family is one module plus one line in `EXTRACTORS`.
"""

from __future__ import annotations

from features import attribution, boilerplate, contradictions, readability, tone, translation
from features.base import Evidence, Extractor, FeatureResult
from features.document import Document, Span

EXTRACTORS: tuple[Extractor, ...] = (
    boilerplate.extract,
    translation.extract,
    attribution.extract,
    contradictions.extract,
    tone.extract,
    readability.extract,
)


def extract_all(doc: Document) -> FeatureResult:
    """Run every extractor on one document and merge their values and evidence."""
    values: dict[str, float] = {}
    evidence: list[Evidence] = []
    for extractor in EXTRACTORS:
        result = extractor(doc)
        values.update(result.values)
        evidence.extend(result.evidence)
    evidence.sort(key=lambda e: (e.start, e.end))
    return FeatureResult(values=values, evidence=tuple(evidence))


__all__ = ["Document", "Evidence", "FeatureResult", "Span", "EXTRACTORS", "extract_all"]
