"""Train the translationese model on WMT data and write it as readable JSON.

    python benchmarks/train_translation.py [-o features/models/translationese.json]

Original English (474 documents) against machine translations into English from
Japanese, Russian, Ukrainian and Chinese (7,024 outputs of 8 systems per language
pair), from ../shared/data/translation (WMT 2022/2023, research use). Features are
the topic-free n-grams of features.translationese; scikit-learn logistic regression
on n-gram rates scaled by their maximum, classes weighted equally. The decision
threshold is the lowest that keeps the false-positive rate on originals at or
below 5% in group-disjoint out-of-fold predictions on the training rows.
benchmarks/translation.py reports group-held-out scores.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from features.document import Document
from features.translationese import MODEL_FORMAT, TranslationeseModel, decode, ngram_counts

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "translation"
MODEL_PATH = ROOT / "features" / "models" / "translationese.json"
LABELS = ("original", "machine", "human_translation")
MIN_DOCUMENTS = 20  # an n-gram enters the vocabulary when this many training documents have it
C = 1.0
FOLDS = 5
MAX_FALSE_POSITIVE_RATE = 0.05


def load_rows(labels=LABELS) -> list[dict]:
    rows = []
    for label in labels:
        with open(DATA / f"{label}.jsonl", encoding="utf-8") as handle:
            rows.extend(json.loads(line) for line in handle)
    return rows


def count_rows(rows: list[dict]) -> list[tuple[np.ndarray, np.ndarray, int]]:
    """The n-gram counts of every row, computed once."""
    return [ngram_counts(Document(row["text"])) for row in rows]


def rate_matrix(counts, vocabulary: np.ndarray) -> csr_matrix:
    """Rows of n-gram rates per 100 symbols over a sorted vocabulary of codes."""
    data, indices, indptr = [], [], [0]
    for codes, found, size in counts:
        position = np.searchsorted(vocabulary, codes)
        position[position == len(vocabulary)] = 0
        known = vocabulary[position] == codes
        indices.extend(position[known].tolist())
        data.extend((100.0 * found[known] / max(size, 1)).tolist())
        indptr.append(len(indices))
    return csr_matrix((data, indices, indptr), shape=(len(counts), len(vocabulary)))


def fit(counts, y: np.ndarray) -> dict:
    """Fit on rows (their counts and 0/1 labels) and return the model's weights."""
    document_frequency: dict[int, int] = {}
    for codes, _, _ in counts:
        for code in codes.tolist():
            document_frequency[code] = document_frequency.get(code, 0) + 1
    vocabulary = np.array(sorted(c for c, n in document_frequency.items() if n >= MIN_DOCUMENTS), dtype=np.int64)
    X = rate_matrix(counts, vocabulary)
    scale = np.asarray(abs(X).max(axis=0).todense()).ravel()
    scale[scale == 0] = 1.0
    X = X.multiply(1.0 / scale).tocsr()
    weights = np.where(y == 1, (y == 0).sum() / max((y == 1).sum(), 1), 1.0)
    classifier = LogisticRegression(C=C, max_iter=5000)
    classifier.fit(X, y, sample_weight=weights)
    coefficients = classifier.coef_[0] / scale
    return {
        "weights": {decode(int(code)): round(float(w), 8) for code, w in zip(vocabulary, coefficients) if w != 0.0},
        "intercept": round(float(classifier.intercept_[0]), 8),
    }


def threshold_for(scores: np.ndarray, y: np.ndarray) -> float:
    """The lowest probability threshold that flags at most MAX_FALSE_POSITIVE_RATE of negatives."""
    negatives = np.sort(scores[y == 0])
    allowed = int(np.floor(MAX_FALSE_POSITIVE_RATE * len(negatives)))
    logit = negatives[len(negatives) - allowed - 1] if allowed < len(negatives) else negatives[0]
    return float(1.0 / (1.0 + np.exp(-logit)))


def out_of_fold(counts, y: np.ndarray, groups: np.ndarray, folds: int = FOLDS) -> np.ndarray:
    """Group-disjoint out-of-fold log-odds."""
    scores = np.zeros(len(y))
    for train, test in GroupKFold(folds).split(np.zeros(len(y)), y, groups):
        model = fit([counts[i] for i in train], y[train])
        fitted = TranslationeseModel(model["weights"], model["intercept"], threshold=0.5)
        scores[test] = [fitted.logit_of_counts(*counts[i]) for i in test]
    return scores


def train(rows: list[dict], counts=None) -> dict:
    """The model dict: weights, intercept and the threshold chosen on out-of-fold scores."""
    counts = counts if counts is not None else count_rows(rows)
    y = np.array([row["label"] != "original" for row in rows], dtype=int)
    groups = np.array([row["group"] for row in rows])
    model = fit(counts, y)
    model["threshold"] = round(threshold_for(out_of_fold(counts, y, groups), y), 6)
    return model


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-o", "--output", type=Path, default=MODEL_PATH)
    args = parser.parse_args()
    rows = load_rows(("original", "machine"))
    model = train(rows)
    document = {
        "format": MODEL_FORMAT,
        "format_version": 1,
        "description": "Log-odds that a text was machine-translated into English, from topic-free n-grams "
                       "(function words, punctuation, word shapes); see features/translationese.py.",
        "trained_on": "WMT 2022/2023 English side (../shared/data/translation): 474 original English documents "
                      "vs 7,024 machine translations from ja/ru/uk/zh by 8 systems per pair; research-use data, "
                      "the file holds only n-gram weights",
        "training": {"C": C, "min_documents": MIN_DOCUMENTS, "max_false_positive_rate": MAX_FALSE_POSITIVE_RATE},
        "intercept": model["intercept"],
        "threshold": model["threshold"],
        "weights": dict(sorted(model["weights"].items(), key=lambda item: -abs(item[1]))),
    }
    args.output.write_text(json.dumps(document, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(model['weights'])} n-grams, threshold {model['threshold']:.3f} -> {args.output}")


if __name__ == "__main__":
    main()
