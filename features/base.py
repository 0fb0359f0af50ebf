"""The contract every feature family follows: values plus the evidence behind them."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Callable

from features.document import Document

KINDS = ("boilerplate", "translation", "attribution", "contradiction", "tone")


@dataclass(frozen=True, slots=True)
class Evidence:
    """A character span that justifies a feature value.

    `kind` names the feature family, `label` the finding, `reason` explains it to
    an editor; spans of one finding (a cue and its source, both ends of a
    contradiction) share a `group`.
    """

    start: int
    end: int
    kind: str
    label: str
    reason: str
    group: str | None = None

    def to_dict(self) -> dict:
        data = {"start": self.start, "end": self.end, "kind": self.kind, "label": self.label, "reason": self.reason}
        if self.group is not None:
            data["group"] = self.group
        return data


@dataclass(frozen=True, slots=True)
class FeatureResult:
    """Named numeric values and their evidence, as returned by one extractor."""

    values: dict[str, float]
    evidence: tuple[Evidence, ...] = field(default=())


Extractor = Callable[[Document], FeatureResult]


def per_100_words(count: int, doc: Document) -> float:
    """A count scaled to 100 words of the document."""
    return 100.0 * count / doc.word_count if doc.word_count else 0.0


def share(part: int, whole: int) -> float:
    """part / whole, 0 when whole is 0."""
    return part / whole if whole else 0.0


def sigmoid(x: float) -> float:
    """1 / (1 + exp(-x)), without overflow for large |x|."""
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)
    return z / (1.0 + z)
