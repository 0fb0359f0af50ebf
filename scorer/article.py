"""What readers produce and what the scorer returns: the output contract in typed objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from features.base import Evidence

UNKNOWN_SOURCE = "unknown"


@dataclass(frozen=True, slots=True)
class Article:
    """One input record, whatever it was read from."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = None
    html: str | None = None  # the raw page, when the input was HTML

    @property
    def source_name(self) -> str:
        """The record's source, else the host of its URL (without www.), else 'unknown'."""
        if self.source:
            return self.source
        return host_of(self.url) or UNKNOWN_SOURCE


@dataclass(frozen=True, slots=True)
class RecordError:
    """An input record that could not be read as an article."""

    id: str
    type: str
    message: str
    source: str = UNKNOWN_SOURCE


@dataclass(frozen=True, slots=True)
class ScoredArticle:
    """One output record: a score with its features and evidence, or an error."""

    id: str
    source: str
    score: float | None
    calibrated: bool
    language: str | None
    features: dict[str, float]
    evidence: tuple[Evidence, ...]
    model: str | None
    error: dict[str, str] | None = None
    text: str = field(default="", repr=False)  # what the evidence offsets index; in the JSON only for HTML input
    contributions: dict[str, float] = field(default_factory=dict, repr=False)  # share of logit(score)
    body_text: str | None = field(default=None, repr=False)  # the extracted article, for HTML input
    source_prior: float | None = None  # the source's rating, None when the source is unknown
    article_evidence: float | None = None  # the calibrated evidence model alone, without the prior

    def to_dict(self) -> dict[str, Any]:
        data = {
            "id": self.id,
            "source": self.source,
            "score": self.score,
            "source_prior": self.source_prior,
            "article_evidence": self.article_evidence,
            "calibrated": self.calibrated,
            "language": self.language,
            "features": self.features,
            "contributions": self.contributions,
            "evidence": [e.to_dict() for e in self.evidence],
            "model": self.model,
            "error": self.error,
        }
        if self.body_text is not None:
            data |= {"text": self.text, "body_text": self.body_text}
        return data


def host_of(url: str | None) -> str | None:
    """The lower-case host of a URL without a leading 'www.', or None."""
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname
    except ValueError:
        return None
    if not host:
        return None
    return host.rstrip(".").removeprefix("www.") or None  # "apnews.com." (a fully qualified name) is apnews.com
