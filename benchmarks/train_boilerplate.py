"""Train the two boilerplate line models on the Zyte pages and write them as readable JSON.

    python benchmarks/train_boilerplate.py [-o features/models]

Gradient-boosted trees (scikit-learn) over features.line_model.FEATURE_NAMES, trained on all
181 pages (MIT licence, so the models may ship):
- "page": whole pages rendered to text;
- "article": the article region with 3 and 10 lines of page around it (what article-container
  scrapers return, like the seeds), each view weighing the same whatever its length.
The scorer picks one per text with features.line_model.is_whole_page. Each decision threshold
maximises line F1 of main content on its site-disjoint out-of-fold predictions;
benchmarks/boilerplate.py reports the site-disjoint scores.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.model_selection import GroupKFold
from zyte_pages import load_pages

from features.boilerplate import lexicon_hits
from features.line_model import (
    FEATURE_NAMES,
    MODEL_FILES,
    MODEL_FORMAT,
    TreeEnsemble,
    line_features,
)

ROOT = Path(__file__).resolve().parent.parent
PARAMETERS = {"n_estimators": 150, "max_depth": 3, "learning_rate": 0.1, "random_state": 0}
FOLDS = 5
# Lines of page kept around the article region; None: the whole page.
VIEWS = {"page": (None,), "article": (3, 10)}


def training_set(kind: str):
    """Line features, labels, characters, sites and sample weights of every view of every page."""
    pages = load_pages()
    views = VIEWS[kind]
    parts = [page_view(page, around) for around in views for page in pages]
    X = np.vstack([part[0] for part in parts])
    y = np.concatenate([part[1] for part in parts])
    chars = np.concatenate([part[2] for part in parts])
    sites = np.concatenate([[page.site] * len(part[1]) for part, page in zip(parts, pages * len(views))])
    weights = np.concatenate([np.full(len(part[1]), 1.0 / len(part[1])) for part in parts])
    return pages, X, y, chars, sites, weights


def page_view(page, around: int):
    lo, hi = view_bounds(page, around)
    lines = page.lines[lo:hi]
    return line_features(lines, lexicon_hits(lines)), page.is_boilerplate[lo:hi], page.chars[lo:hi]


def view_bounds(page, around: int | None) -> tuple[int, int]:
    if around is None:
        return 0, len(page.lines)
    first, last = page.main_span
    return max(0, first - around), min(len(page.lines), last + around + 1)


def fit(X, y, weights) -> GradientBoostingClassifier:
    return GradientBoostingClassifier(**PARAMETERS).fit(X, y, sample_weight=weights)


def out_of_fold(X, y, sites, weights) -> np.ndarray:
    """Site-disjoint out-of-fold probabilities of boilerplate."""
    probability = np.zeros(len(y))
    for train, test in GroupKFold(FOLDS).split(X, y, sites):
        probability[test] = fit(X[train], y[train], weights[train]).predict_proba(X[test])[:, 1]
    return probability


def f1_main(is_boilerplate_pred, y) -> float:
    """Line F1 of main content."""
    main_pred, main = is_boilerplate_pred == 0, y == 0
    tp = (main_pred & main).sum()
    precision = tp / max(main_pred.sum(), 1)
    recall = tp / max(main.sum(), 1)
    return 2 * precision * recall / max(precision + recall, 1e-9)


def export(model: GradientBoostingClassifier, threshold: float, summary: dict, name: str = "") -> dict:
    prior = model.init_.class_prior_[1]
    trees = []
    for (estimator,) in model.estimators_:
        tree = estimator.tree_
        trees.append(
            {
                "feature": tree.feature.tolist(),
                "threshold": [round(float(t), 9) for t in tree.threshold],
                "left": tree.children_left.tolist(),
                "right": tree.children_right.tolist(),
                "value": [round(float(v), 12) for v in tree.value[:, 0, 0]],
            }
        )
    return {
        "format": MODEL_FORMAT,
        "format_version": 1,
        "name": f"boilerplate-lines-{name}-v1",
        "predicts": "probability that a line is boilerplate",
        "features": list(FEATURE_NAMES),
        "threshold": round(threshold, 4),
        "init": float(np.log(prior / (1 - prior))),
        "learning_rate": PARAMETERS["learning_rate"],
        "training": summary,
        "trees": trees,
    }


def train(kind: str) -> tuple[dict, float]:
    pages, X, y, _, sites, weights = training_set(kind)
    oof = out_of_fold(X, y, sites, weights)
    thresholds = np.arange(0.30, 0.71, 0.05)
    f1 = [f1_main((oof >= t).astype(int), y) for t in thresholds]
    threshold = float(thresholds[int(np.argmax(f1))])
    model = fit(X, y, weights)
    views = ", ".join("whole page" if v is None else f"article region +-{v} lines" for v in VIEWS[kind])
    summary = {
        "data": "Zyte/Scrapinghub article-extraction-benchmark 2019 (MIT): visible_text lines of 181 pages, 126 sites",
        "views": f"{views}; equal weight per view",
        "lines": int(len(y)),
        "boilerplate_lines": int(y.sum()),
        "parameters": PARAMETERS,
        "threshold_from": f"max line F1 (main) of {FOLDS}-fold site-disjoint out-of-fold predictions",
        "out_of_fold_line_f1_main_at_threshold": round(float(max(f1)), 4),
    }
    data = export(model, threshold, summary, kind)
    exported = TreeEnsemble(data).decision_function(X)
    assert np.allclose(exported, model.decision_function(X), atol=1e-6), "exported trees disagree with scikit-learn"
    return data, max(f1)


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
