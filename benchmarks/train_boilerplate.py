"""Train the boilerplate line model on the Zyte pages and write it as readable JSON.

    python benchmarks/train_boilerplate.py [-o features/models/boilerplate-lines.json]

Gradient-boosted trees (scikit-learn) over features.line_model.FEATURE_NAMES, trained on all
181 pages (MIT licence, so the model may ship). The decision threshold is the one that maximises
character-weighted F1 of main content on site-disjoint out-of-fold predictions of the same
pages; benchmarks/boilerplate.py reports the site-disjoint scores.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.model_selection import GroupKFold

from features.line_model import FEATURE_NAMES, MODEL_FORMAT, TreeEnsemble
from zyte_pages import load_pages, page_features

ROOT = Path(__file__).resolve().parent.parent
PARAMETERS = {"n_estimators": 150, "max_depth": 3, "learning_rate": 0.1, "random_state": 0}
FOLDS = 5


def training_set():
    pages = load_pages()
    X = np.vstack([page_features(p) for p in pages])
    y = np.concatenate([p.is_boilerplate for p in pages])
    chars = np.concatenate([p.chars for p in pages])
    sites = np.concatenate([[p.site] * len(p.lines) for p in pages])
    return pages, X, y, chars, sites


def out_of_fold(X, y, sites) -> np.ndarray:
    """Site-disjoint out-of-fold probabilities of boilerplate."""
    probability = np.zeros(len(y))
    for train, test in GroupKFold(FOLDS).split(X, y, sites):
        model = GradientBoostingClassifier(**PARAMETERS).fit(X[train], y[train])
        probability[test] = model.predict_proba(X[test])[:, 1]
    return probability


def char_f1_main(is_boilerplate_pred, y, chars) -> float:
    main_pred, main = is_boilerplate_pred == 0, y == 0
    tp = chars[main_pred & main].sum()
    precision = tp / max(chars[main_pred].sum(), 1)
    recall = tp / max(chars[main].sum(), 1)
    return 2 * precision * recall / max(precision + recall, 1e-9)


def export(model: GradientBoostingClassifier, threshold: float, summary: dict) -> dict:
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
        "name": "boilerplate-lines-v1",
        "predicts": "probability that a line is boilerplate",
        "features": list(FEATURE_NAMES),
        "threshold": round(threshold, 4),
        "init": float(np.log(prior / (1 - prior))),
        "learning_rate": PARAMETERS["learning_rate"],
        "training": summary,
        "trees": trees,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "features" / "models" / "boilerplate-lines.json")
    args = parser.parse_args()
    pages, X, y, chars, sites = training_set()
    oof = out_of_fold(X, y, sites)
    thresholds = np.arange(0.30, 0.71, 0.05)
    f1 = [char_f1_main((oof >= t).astype(int), y, chars) for t in thresholds]
    threshold = float(thresholds[int(np.argmax(f1))])
    model = GradientBoostingClassifier(**PARAMETERS).fit(X, y)
    summary = {
        "data": "Zyte/Scrapinghub article-extraction-benchmark 2019 (MIT): visible_text lines of 181 pages, 126 sites",
        "lines": int(len(y)),
        "boilerplate_lines": int(y.sum()),
        "parameters": PARAMETERS,
        "threshold_from": f"max char F1 (main) of {FOLDS}-fold site-disjoint out-of-fold predictions",
        "out_of_fold_char_f1_main_at_threshold": round(float(max(f1)), 4),
    }
    data = export(model, threshold, summary)
    exported = TreeEnsemble(data).decision_function(X)
    assert np.allclose(exported, model.decision_function(X), atol=1e-6), "exported trees disagree with scikit-learn"
    args.output.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"threshold {threshold:.2f}, out-of-fold char F1 (main) {max(f1):.3f}; wrote {args.output}")


if __name__ == "__main__":
    main()
