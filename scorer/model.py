"""The scoring model, read from readable JSON: a calibrated linear model over extractor values.

    z        = intercept + sum(weight * (transform(value) - mean) / scale)   (the evidence model)
    evidence = 1 / (1 + exp(a * z + b))                                     (its Platt calibration)
    score    = sigmoid(c0 + c1 * logit(evidence) + c2 * logit(source prior)) (the source combiner)

Without a known source the combiner's evidence-only line is used. Every feature's
contribution is reported in units of the final logit, so contributions plus the base
add up to logit(score). Loading parses JSON and nothing else: a model file never
executes code.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from features.base import sigmoid

MODEL_FORMAT = "news-reliability-scorer/calibrated-linear-model"
DEFAULT_MODEL = "default.json"
PROBABILITY_FLOOR = 1e-4  # probabilities are clipped to [floor, 1 - floor] before a logit


class ModelError(ValueError):
    """A model file that is missing fields or has the wrong format."""


def logit(p: float) -> float:
    p = min(max(p, PROBABILITY_FLOOR), 1.0 - PROBABILITY_FLOOR)
    return math.log(p / (1.0 - p))


TRANSFORMS = {"identity": lambda x: x, "log1p": lambda x: math.log1p(max(x, 0.0)), "logit": logit}


def transformed(values: dict[str, float], name: str, transform: str, low: float, high: float) -> float:
    """An extractor value as a model sees it: transformed, then clipped to [low, high]."""
    return min(max(TRANSFORMS[transform](float(values.get(name, 0.0))), low), high)


@dataclass(frozen=True, slots=True)
class Term:
    """One model input: an extractor value, transformed, clipped and standardised."""

    name: str
    transform: str
    low: float
    high: float
    mean: float
    scale: float
    weight: float
    why: str

    def input(self, values: dict[str, float]) -> float:
        """The standardised input the weight multiplies."""
        return (transformed(values, self.name, self.transform, self.low, self.high) - self.mean) / self.scale


@dataclass(frozen=True, slots=True)
class Combiner:
    """Logistic combination of the evidence logit with a source prior logit, calibrated on article labels."""

    intercept: float
    evidence: float
    prior: float  # 0 for the evidence-only line


@dataclass(frozen=True, slots=True)
class Prediction:
    score: float
    evidence: float  # the calibrated evidence model alone (what the article itself shows)
    source_prior: float | None
    contributions: dict[str, float]  # feature (and "source_prior") -> share of logit(score)
    base: float  # logit(score) minus the sum of contributions


@dataclass(frozen=True, slots=True)
class Model:
    name: str
    calibrated: bool
    intercept: float
    terms: tuple[Term, ...]
    calibration: tuple[float, float]  # Platt (a, b): evidence = 1 / (1 + exp(a * z + b))
    with_prior: Combiner
    without_prior: Combiner
    description: str = ""

    @property
    def feature_names(self) -> tuple[str, ...]:
        return tuple(term.name for term in self.terms)

    def predict(self, values: dict[str, float], source_prior: float | None = None) -> Prediction:
        """Score, calibrated evidence, and each feature's share of the final logit."""
        a, b = self.calibration
        parts = {term.name: term.weight * term.input(values) for term in self.terms}
        z = self.intercept + sum(parts.values())
        evidence = sigmoid(-(a * z + b))
        combiner = self.without_prior if source_prior is None else self.with_prior
        final = combiner.intercept + combiner.evidence * logit(evidence)
        # logit(evidence) = -(a * z + b) is linear in every part: -a * c1 * part is its share.
        contributions = {name: -a * combiner.evidence * part + 0.0 for name, part in parts.items()}
        if source_prior is not None:
            contributions["source_prior"] = combiner.prior * logit(source_prior)
            final += contributions["source_prior"]
        base = final - sum(contributions.values())
        return Prediction(sigmoid(final), evidence, source_prior, contributions, base)


def load_model(path: str | Path | None = None) -> Model:
    """Load a model file; the packaged default when path is None."""
    if path is None:
        text = files("scorer").joinpath("models", DEFAULT_MODEL).read_text(encoding="utf-8")
    else:
        text = Path(path).read_text(encoding="utf-8")
    try:
        return model_from_dict(json.loads(text))
    except (KeyError, TypeError, ValueError, IndexError, AttributeError) as error:
        raise ModelError(f"invalid model file: {error}") from error


def model_from_dict(data: dict) -> Model:
    if data.get("format") != MODEL_FORMAT:
        raise ModelError(f"not a {MODEL_FORMAT} file")
    terms = []
    for f in data["features"]:
        if f["transform"] not in TRANSFORMS:
            raise ModelError(f"unknown transform {f['transform']!r}")
        terms.append(Term(f["name"], f["transform"], float(f["clip"][0]), float(f["clip"][1]), float(f["mean"]),
                          float(f["scale"]), float(f["weight"]), str(f.get("why", ""))))
    combiner = data["source_combiner"]
    return Model(
        name=str(data["name"]),
        calibrated=bool(data["calibrated"]),
        intercept=float(data["intercept"]),
        terms=tuple(terms),
        calibration=(float(data["calibration"]["a"]), float(data["calibration"]["b"])),
        with_prior=Combiner(**{k: float(v) for k, v in combiner["with_prior"].items()}),
        without_prior=Combiner(**{k: float(v) for k, v in combiner["without_prior"].items()}),
        description=str(data.get("description", "")),
    )
