"""Train the evidence model and write it as readable JSON.

A scikit-learn pipeline (StandardScaler + a logistic regression whose weights keep the
sign the product promises) inside CalibratedClassifierCV (Platt scaling) with group-aware
folds. Inputs are extractor values only, transformed and clipped as listed in INPUTS, so
the score means what the report shows.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import sklearn
from scipy.optimize import minimize
from scipy.special import expit
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.calibration import CalibratedClassifierCV
from sklearn.model_selection import GroupKFold
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

from scorer import __version__
from scorer.article import UNKNOWN_SOURCE, RecordError
from scorer.model import MODEL_FORMAT, Model, model_from_dict, transformed

FOLDS = 5
C = 1.0


@dataclass(frozen=True, slots=True)
class Input:
    """How an extractor value enters the model.

    sign -1: a problem, its weight is never positive; sign 1: a virtue of reporting (sources,
    quotes, figures), never negative; 0: free; with max_weight (log-odds per unit of the
    transformed value, before calibration) it is at most that, for problems the labelled sets
    barely contain (they are clean text) but every scraped feed does.
    """

    name: str
    transform: str
    low: float
    high: float
    sign: int
    why: str
    max_weight: float | None = None


# Problems (sign -1) can only lower the score, virtues (sign 1) only raise it.
INPUTS: tuple[Input, ...] = (
    Input("article_boilerplate_ratio", "identity", 0.0, 1.0, -1, "site chrome mixed into the story: a scraped or aggregated copy",
          max_weight=-2.0),
    Input("translation_probability", "logit", -9.21, 9.21, -1,
          "machine-translation traces: a translated or spun copy, not original reporting"),
    Input("translation_artifacts_per_100_words", "identity", 0.0, 5.0, -1,
          "placeholders, calques and garbled clauses left by translation or spinning"),
    Input("second_hand_attribution_share", "identity", 0.0, 1.0, -1, "quotes taken from other outlets", max_weight=-0.5),
    Input("contradictions", "identity", 0.0, 5.0, -1, "the article contradicts itself (pronouns, names, dates)",
          max_weight=-0.5),
    Input("attributions_per_100_words", "identity", 0.0, 10.0, 1, "statements attributed to sources"),
    Input("direct_quote_share", "identity", 0.0, 1.0, 1, "attributions that quote the source's words"),
    Input("named_source_share", "identity", 0.0, 1.0, 1, "sources named rather than anonymous"),
    Input("distinct_sources", "log1p", 0.0, 4.0, 1, "how many different sources speak"),
    Input("exclamations_per_100_words", "log1p", 0.0, 3.0, -1, "exclamation marks in the article's own voice"),
    Input("questions_per_100_words", "log1p", 0.0, 3.0, -1, "questions put to the reader"),
    Input("reader_address_per_100_words", "log1p", 0.0, 3.0, -1, "the article talks to 'you'"),
    Input("subjective_words_per_100_words", "log1p", 0.0, 3.0, -1, "words of judgement ('deplorable', 'amazing') in the article's own voice"),
    Input("figures_per_100_words", "log1p", 0.0, 3.0, 1, "figures (numbers, dates, amounts): specific reporting"),
    Input("mean_sentence_words", "identity", 3.0, 60.0, 0, "sentence length"),
    Input("flesch_reading_ease", "identity", -50.0, 120.0, 0, "readability (Flesch reading ease)"),
)


def input_matrix(values: Sequence[dict[str, float]], inputs: Sequence[Input] = INPUTS) -> np.ndarray:
    """Rows of transformed, clipped model inputs (what the scaler sees)."""
    return np.array([
        [transformed(v, i.name, i.transform, i.low, i.high) for i in inputs] for v in values
    ], dtype=float).reshape(len(values), len(inputs))


class BoundedLogisticRegression(ClassifierMixin, BaseEstimator):
    """L2-regularised logistic regression with a [low, high] bound on each weight.

    Same loss as scikit-learn's LogisticRegression (sample-weighted log-loss plus
    ||w||^2 / 2C, intercept not penalised), minimised with L-BFGS-B under the bounds:
    (-inf, 0] keeps a problem from ever raising the score.
    """

    def __init__(self, bounds: Sequence[tuple[float, float]] | None = None, C: float = 1.0, max_iter: int = 1000) -> None:
        self.bounds = bounds
        self.C = C
        self.max_iter = max_iter

    def fit(self, X, y, sample_weight=None):
        X = np.asarray(X, dtype=float)
        self.classes_ = np.unique(y)
        target = np.where(np.asarray(y) == self.classes_[-1], 1.0, -1.0)
        weights = np.ones(len(target)) if sample_weight is None else np.asarray(sample_weight, dtype=float)
        bounds = [(None, None)] * X.shape[1] if self.bounds is None else [
            (None if low == -math.inf else low, None if high == math.inf else high) for low, high in self.bounds]

        def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
            w, b = theta[:-1], theta[-1]
            margin = target * (X @ w + b)
            value = weights @ np.logaddexp(0.0, -margin) + w @ w / (2 * self.C)
            slope = -weights * target * expit(-margin)
            return value, np.append(X.T @ slope + w / self.C, slope.sum())

        start = np.zeros(X.shape[1] + 1)
        result = minimize(loss, start, jac=True, method="L-BFGS-B", bounds=[*bounds, (None, None)],
                          options={"maxiter": self.max_iter, "gtol": 1e-10, "ftol": 1e-14})
        self.coef_ = result.x[np.newaxis, :-1]
        self.intercept_ = result.x[-1:]
        self.n_features_in_ = X.shape[1]
        return self

    def decision_function(self, X) -> np.ndarray:
        return np.asarray(X, dtype=float) @ self.coef_[0] + self.intercept_[0]

    def predict_proba(self, X) -> np.ndarray:
        p = expit(self.decision_function(X))
        return np.column_stack([1.0 - p, p])

    def predict(self, X) -> np.ndarray:
        return self.classes_[(self.decision_function(X) > 0).astype(int)]


def weight_bounds(X: np.ndarray, sample_weight: np.ndarray | None, inputs: Sequence[Input]) -> list[tuple[float, float]]:
    """Per input, bounds on its weight in standardised units (what the estimator sees after the scaler)."""
    weights = np.ones(len(X)) if sample_weight is None else sample_weight
    mean = np.average(X, axis=0, weights=weights)
    std = np.sqrt(np.average((X - mean) ** 2, axis=0, weights=weights))
    std[std == 0] = 1.0  # StandardScaler leaves constant inputs unscaled
    bounds = []
    for k, i in enumerate(inputs):
        high = math.inf if i.sign >= 0 else (0.0 if i.max_weight is None else i.max_weight * std[k])
        low = 0.0 if i.sign > 0 else -math.inf
        bounds.append((low, high))
    return bounds


def fit_calibrated(X: np.ndarray, y: np.ndarray, groups: np.ndarray, sample_weight: np.ndarray | None = None,
                   inputs: Sequence[Input] = INPUTS, folds: int = FOLDS) -> CalibratedClassifierCV:
    """Scaler + bounded logistic regression, Platt-calibrated on group-disjoint folds."""
    folds = min(folds, len(np.unique(groups)))
    splits = list(GroupKFold(folds).split(X, y, groups))
    with sklearn.config_context(enable_metadata_routing=True):
        pipeline = Pipeline([
            ("scale", StandardScaler().set_fit_request(sample_weight=True)),
            ("logistic", BoundedLogisticRegression(weight_bounds(X, sample_weight, inputs), C=C)
             .set_fit_request(sample_weight=True)),
        ])
        calibrated = CalibratedClassifierCV(pipeline, method="sigmoid", cv=splits, ensemble=False)
        calibrated.fit(X, y, sample_weight=sample_weight)
    return calibrated


def export(calibrated: CalibratedClassifierCV, name: str, description: str, training: dict,
           inputs: Sequence[Input] = INPUTS, combiner: dict | None = None, metrics: dict | None = None) -> dict:
    """The readable model file of a fitted CalibratedClassifierCV (ensemble=False)."""
    fitted = calibrated.calibrated_classifiers_[0]
    scaler, logistic = fitted.estimator.named_steps["scale"], fitted.estimator.named_steps["logistic"]
    platt = fitted.calibrators[0]
    features = [
        {"name": i.name, "transform": i.transform, "clip": [i.low, i.high], "mean": float(scaler.mean_[k]),
         "scale": float(scaler.scale_[k]), "weight": float(logistic.coef_[0][k]), "sign_constraint": i.sign,
         "max_weight_per_unit": i.max_weight, "why": i.why}
        for k, i in enumerate(inputs)
    ]
    return {
        "format": MODEL_FORMAT,
        "format_version": 1,
        "name": name,
        "calibrated": True,
        "description": description,
        "scorer_version": __version__,
        "intercept": float(logistic.intercept_[0]),
        "features": features,
        "calibration": {"method": "sigmoid", "a": float(platt.a_), "b": float(platt.b_)},
        # Without a combiner fitted on article labels: score log-odds = evidence log-odds + prior log-odds.
        "source_combiner": combiner or {"with_prior": {"intercept": 0.0, "evidence": 1.0, "prior": 1.0},
                                        "without_prior": {"intercept": 0.0, "evidence": 1.0, "prior": 0.0}},
        "training": training,
        "metrics": metrics or {},
    }


def train(values: Sequence[dict[str, float]], labels: Sequence[int], groups: Sequence[str],
          sample_weight: Sequence[float] | None = None, name: str = "custom") -> tuple[dict, Model]:
    """Fit on extractor values and 0/1 labels; the model file as a dict and the loaded model."""
    X = input_matrix(values)
    y = np.asarray(labels, dtype=int)
    groups = np.asarray(groups)
    weights = None if sample_weight is None else np.asarray(sample_weight, dtype=float)
    calibrated = fit_calibrated(X, y, groups, weights)
    summary = {"articles": len(y), "positive": int(y.sum()), "groups": len(np.unique(groups)),
               "folds": min(FOLDS, len(np.unique(groups))), "C": C, "scikit_learn": sklearn.__version__}
    data = export(calibrated, name, "Evidence model trained with `scorer train`.", summary)
    return data, model_from_dict(data)


def read_labelled(path: Path) -> tuple[list[dict[str, float]], list[int], list[str], list[float] | None, list[str]]:
    """Extractor values, labels, groups and weights of a LABELS.jsonl file, and what was skipped.

    Records: `text` or `html`, `label` 0/1, optional `group` (default: the source, else the id)
    and `weight`.
    """
    from scorer.pipeline import Unscorable, article_features
    from scorer.readers import parse_json_record

    values, labels, groups, weights, skipped = [], [], [], [], []
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            record_id = f"{path.name}:{number}"
            article = parse_json_record(line, record_id)
            raw = json.loads(line) if not isinstance(article, RecordError) else {}
            if isinstance(article, RecordError) or raw.get("label") not in (0, 1, True, False):
                skipped.append(f"{record_id}: needs 'text' or 'html' and 'label' 0 or 1")
                continue
            try:
                values.append(article_features(article).values)
            except Unscorable as problem:
                skipped.append(f"{record_id}: {problem}")
                continue
            labels.append(int(raw["label"]))
            source = article.source_name if article.source_name != UNKNOWN_SOURCE else article.id
            groups.append(str(raw.get("group", source)))
            weights.append(float(raw.get("weight", 1.0)))
    return values, labels, groups, (weights if len(set(weights)) > 1 else None), skipped
