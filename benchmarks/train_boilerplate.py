"""Train the two boilerplate line models on the Zyte pages and write them as readable JSON.

    python benchmarks/train_boilerplate.py [-o features/models]

Gradient-boosted trees (scikit-learn) over features.line_model.FEATURE_NAMES, trained on all
181 pages (MIT licence, so the models may ship):
- "page": whole pages rendered to text;
- "article": the article region with 3 and 10 lines of page around it (what article-container
  scrapers return, like the seeds), each view weighing the same whatever its length.
Each model reads a text's lines in two passes (features.line_model.LineModel): the second pass
is trained on the line features plus the first pass's site-disjoint out-of-fold probabilities
around each line. The scorer picks one model per text with features.line_model.is_whole_page.
Each decision threshold maximises line F1 of main content on the second pass's site-disjoint
out-of-fold predictions; benchmarks/boilerplate.py reports the site-disjoint scores.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import NamedTuple

import numpy as np
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.model_selection import GroupKFold
from zyte_pages import load_pages

from features.boilerplate import lexicon_hits
from features.line_model import (
    FEATURE_NAMES,
    LINE_MODEL_FORMAT,
    MODEL_FILES,
    NEIGHBOUR_FEATURE_NAMES,
    LineModel,
    line_features,
    neighbour_features,
    tree_ensemble_data,
)

ROOT = Path(__file__).resolve().parent.parent
PARAMETERS = {"n_estimators": 150, "max_depth": 3, "learning_rate": 0.1, "random_state": 0}
FOLDS = 5
# Lines of page kept around the article region; None: the whole page.
VIEWS = {"page": (None,), "article": (3, 10)}


class TrainingSet(NamedTuple):
    """Line features, labels (1: boilerplate), sites, sample weights and view of every line of every
    view of every page; a view's lines are contiguous and in page order."""

    X: np.ndarray
    y: np.ndarray
    sites: np.ndarray
    weights: np.ndarray
    views: np.ndarray


def training_set(kind: str) -> TrainingSet:
    pages = load_pages()
    parts = [page_view(page, around) for around in VIEWS[kind] for page in pages]
    pages_of_parts = pages * len(VIEWS[kind])
    return TrainingSet(
        X=np.vstack([part[0] for part in parts]),
        y=np.concatenate([part[1] for part in parts]),
        sites=np.concatenate([[page.site] * len(part[1]) for part, page in zip(parts, pages_of_parts)]),
        weights=np.concatenate([np.full(len(part[1]), 1.0 / len(part[1])) for part in parts]),
        views=np.concatenate([np.full(len(part[1]), k) for k, part in enumerate(parts)]),
    )


def page_view(page, around: int):
    lo, hi = view_bounds(page, around)
    lines = page.lines[lo:hi]
    return line_features(lines, lexicon_hits(lines)), page.is_boilerplate[lo:hi]


def view_bounds(page, around: int | None) -> tuple[int, int]:
    if around is None:
        return 0, len(page.lines)
    first, last = page.main_span
    return max(0, first - around), min(len(page.lines), last + around + 1)


def fit(X, y, weights) -> GradientBoostingClassifier:
    return GradientBoostingClassifier(**PARAMETERS).fit(X, y, sample_weight=weights)


def out_of_fold(X, y, sites, weights, folds: int = FOLDS) -> np.ndarray:
    """Site-disjoint out-of-fold probabilities of boilerplate."""
    probability = np.zeros(len(y))
    for train, test in GroupKFold(folds).split(X, y, sites):
        probability[test] = fit(X[train], y[train], weights[train]).predict_proba(X[test])[:, 1]
    return probability


def second_pass_rows(X: np.ndarray, first_pass: np.ndarray, views: np.ndarray) -> np.ndarray:
    """The second pass's rows: each line's features and the first pass's probabilities around it in its view."""
    starts = np.flatnonzero(np.diff(views, prepend=-1))
    ends = [*starts[1:], len(views)]
    return np.hstack([X, np.vstack([neighbour_features(first_pass[a:b]) for a, b in zip(starts, ends)])])


def fit_two_passes(data: TrainingSet, rows: np.ndarray, folds: int) -> tuple[GradientBoostingClassifier, GradientBoostingClassifier, np.ndarray]:
    """The first pass on all `rows` (indices into data); the second on its site-disjoint out-of-fold probabilities
    there (stacked sequential learning: the second pass learns from first-pass output like that on unseen sites).
    Also returns the second pass's rows."""
    X, y, sites, weights = data.X[rows], data.y[rows], data.sites[rows], data.weights[rows]
    first_pass = out_of_fold(X, y, sites, weights, folds)
    stacked = second_pass_rows(X, first_pass, data.views[rows])
    return fit(X, y, weights), fit(stacked, y, weights), stacked


def f1_main(is_boilerplate_pred, y) -> float:
    """Line F1 of main content."""
    main_pred, main = is_boilerplate_pred == 0, y == 0
    tp = (main_pred & main).sum()
    precision = tp / max(main_pred.sum(), 1)
    recall = tp / max(main.sum(), 1)
    return 2 * precision * recall / max(precision + recall, 1e-9)


def export_line_model(first: GradientBoostingClassifier, second: GradientBoostingClassifier, threshold: float,
                      summary: dict, name: str = "") -> dict:
    return {
        "format": LINE_MODEL_FORMAT,
        "format_version": 2,
        "name": f"boilerplate-lines-{name}-v2",
        "predicts": "probability that a line is boilerplate",
        "threshold": round(threshold, 4),
        "training": summary,
        "first_pass": tree_ensemble_data(first, FEATURE_NAMES),
        "second_pass": tree_ensemble_data(second, FEATURE_NAMES + NEIGHBOUR_FEATURE_NAMES),
    }


def train(kind: str) -> tuple[dict, float]:
    data = training_set(kind)
    everything = np.arange(len(data.y))
    first, second, stacked = fit_two_passes(data, everything, FOLDS)
    oof = out_of_fold(stacked, data.y, data.sites, data.weights)
    thresholds = np.arange(0.20, 0.91, 0.05)
    f1 = [f1_main((oof >= t).astype(int), data.y) for t in thresholds]
    threshold = float(thresholds[int(np.argmax(f1))])
    views = ", ".join("whole page" if v is None else f"article region +-{v} lines" for v in VIEWS[kind])
    summary = {
        "data": "Zyte/Scrapinghub article-extraction-benchmark 2019 (MIT): visible_text lines of 181 pages, 126 sites",
        "views": f"{views}; equal weight per view",
        "lines": int(len(data.y)),
        "boilerplate_lines": int(data.y.sum()),
        "parameters": PARAMETERS,
        "second_pass_trained_on": f"{FOLDS}-fold site-disjoint out-of-fold first-pass probabilities",
        "threshold_from": f"max line F1 (main) of {FOLDS}-fold site-disjoint out-of-fold second-pass predictions",
        "out_of_fold_line_f1_main_at_threshold": round(float(max(f1)), 4),
    }
    exported = export_line_model(first, second, threshold, summary, kind)
    model = LineModel(exported)
    for ensemble, fitted, rows in ((model.first, first, data.X), (model.second, second, stacked)):
        assert np.allclose(ensemble.decision_function(rows), fitted.decision_function(rows), atol=1e-6), \
            "exported trees disagree with scikit-learn"
    return exported, max(f1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "features" / "models")
    args = parser.parse_args()
    for kind, name in MODEL_FILES.items():
        data, f1 = train(kind)
        path = args.output / name
        path.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"{kind}: threshold {data['threshold']:.2f}, out-of-fold line F1 (main) {f1:.3f}; wrote {path}")


if __name__ == "__main__":
    main()
