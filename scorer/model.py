"""A linear model read from readable JSON: probability plus each feature's contribution to the logit.

Loading parses JSON and nothing else: a model file never executes code.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

MODEL_FORMAT = "news-reliability-scorer/linear-model"
DEFAULT_MODEL = "handset-v1.json"


class ModelError(ValueError):
    """A model file that is missing fields or has the wrong format."""


@dataclass(frozen=True, slots=True)
class Term:
    name: str
    weight: float
    low: float
    high: float
    why: str


@dataclass(frozen=True, slots=True)
class Prediction:
    probability: float
    contributions: dict[str, float]  # feature name -> weight * clipped value, in logit units


@dataclass(frozen=True, slots=True)
class LinearModel:
    name: str
    calibrated: bool
    intercept: float
    terms: tuple[Term, ...]
    description: str = ""

    @property
    def feature_names(self) -> tuple[str, ...]:
        return tuple(term.name for term in self.terms)

    def predict(self, values: dict[str, float]) -> Prediction:
        """Probability of reliable original reporting, and the contribution of each feature."""
        contributions = {
            # "+ 0.0" turns -0.0 (a negative weight times zero) into 0.0 for display.
            term.name: term.weight * min(max(values.get(term.name, 0.0), term.low), term.high) + 0.0
            for term in self.terms
        }
        logit = self.intercept + sum(contributions.values())
        return Prediction(_sigmoid(logit), contributions)


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)
    return z / (1.0 + z)


def load_model(path: str | Path | None = None) -> LinearModel:
    """Load a model file; the packaged default when path is None."""
    if path is None:
        text = files("scorer").joinpath("models", DEFAULT_MODEL).read_text(encoding="utf-8")
    else:
        text = Path(path).read_text(encoding="utf-8")
    try:
        data = json.loads(text)
        if data.get("format") != MODEL_FORMAT:
            raise ModelError(f"not a {MODEL_FORMAT} file")
        terms = tuple(
            Term(f["name"], float(f["weight"]), float(f["clip"][0]), float(f["clip"][1]), f.get("why", ""))
            for f in data["features"]
        )
        return LinearModel(
            name=str(data["name"]),
            calibrated=bool(data["calibrated"]),
            intercept=float(data["intercept"]),
            terms=terms,
            description=str(data.get("description", "")),
        )
    except (KeyError, TypeError, IndexError, AttributeError, json.JSONDecodeError) as error:
        raise ModelError(f"invalid model file: {error}") from error
