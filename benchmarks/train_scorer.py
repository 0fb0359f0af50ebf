"""Train the shipped scorer model (scorer/models/default.json) from ../shared/data.

    python benchmarks/train_scorer.py [-o scorer/models/default.json]

Evidence model (scorer.training: scaler + sign-constrained logistic regression in
CalibratedClassifierCV, 5 group-disjoint folds), trained on three labelled sets, each weighing
the same and balanced between its two classes:
- BuzzFeed-Webis 2016: "mostly true" (1) vs "mixture"/"mostly false" (0), grouped by Facebook page;
- FakeNewsAMT: legit (1) vs crowd-written fake (0), grouped by pair;
- WMT: original English (1) vs machine translation (0, one system drawn per foreign document),
  grouped by document; their translation_probability is the out-of-fold value of
  benchmarks/translation.py, so the weight is not learnt from the detector's own training data.
Source combiner: score = sigmoid(c0 + c1 * logit(evidence) + c2 * logit(Lin pc1)), fitted on
BuzzFeed-Webis, the only set with article-level fact-checks and the publishing site; its
evidence-only line (c2 = 0) serves sources nobody rated. That is what makes the score mean
"a fact-checker would rate this article mostly true": it is calibrated on their ratings.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
from pathlib import Path

import numpy as np
from labelled_sets import CACHE, feature_values, load_rows
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from scorer.model import logit, model_from_dict
from scorer.sources import default_ratings
from scorer.training import FOLDS, export, fit_calibrated, input_matrix

ROOT = Path(__file__).resolve().parent.parent
MODEL_PATH = ROOT / "scorer" / "models" / "default.json"
TRAINING_SETS = ("buzzfeed", "fakenewsamt", "translation")
SEED = 0
MEANING = ("Probability that a journalist fact-checking the article would rate it 'mostly true' (BuzzFeed-Webis "
           "2016 ratings), given what the article shows (attribution, translation traces, site chrome, "
           "contradictions, style) and, when known, its source's rating.")


def training_data() -> tuple[list[dict], list[dict]]:
    """Rows of the labelled sets (one machine translation per WMT document) with their extractor values,
    plus the unlabelled PolNeAR and BBC rows, which carry only a source."""
    rows = load_rows(TRAINING_SETS + ("polnear", "bbc"))
    rng = random.Random(SEED)
    machine_by_group: dict[str, list[int]] = {}
    for index, row in enumerate(rows):
        if row["dataset"] == "translation" and row["label"] == 0:
            machine_by_group.setdefault(row["group"], []).append(index)
    drop = {i for members in machine_by_group.values() for i in members} - {
        rng.choice(members) for members in machine_by_group.values()}
    rows = [row for index, row in enumerate(rows) if index not in drop]
    values = feature_values(rows)
    held_out = held_out_translation()
    for row, v in zip(rows, values, strict=True):
        if row["dataset"] == "translation":
            v["translation_probability"] = held_out[row["id"]]
        row["prior"] = default_ratings().lookup(row["source_domain"])
    return rows, values


def held_out_translation() -> dict[str, float]:
    """Out-of-fold translation_probability of every WMT document (benchmarks/translation.py), cached."""
    from train_translation import load_rows as wmt_rows
    from translation import held_out

    key = hashlib.sha256()
    for path in sorted((ROOT / "features").glob("translation*.py")) + [ROOT / "benchmarks" / "train_translation.py"]:
        key.update(path.read_bytes())
    cache = CACHE / f"translation-oof-{key.hexdigest()[:16]}.json"
    if cache.exists():
        return json.loads(cache.read_text())
    rows = wmt_rows()
    combined, _, _ = held_out(rows)
    result = {row["id"]: float(p) for row, p in zip(rows, combined, strict=True)}
    CACHE.mkdir(exist_ok=True)
    cache.write_text(json.dumps(result))
    return result


def sample_weights(rows: list[dict]) -> np.ndarray:
    """Each training set weighs the same, its two classes equally; mean weight 1."""
    weights = np.zeros(len(rows))
    cells: dict[tuple[str, int], list[int]] = {}
    for index, row in enumerate(rows):
        cells.setdefault((row["dataset"], row["label"]), []).append(index)
    for members in cells.values():
        weights[members] = 1.0 / len(members)
    return weights * len(rows) / weights.sum()


def fit_evidence(rows: list[dict], values: list[dict]):
    """The calibrated evidence model on labelled rows."""
    X = input_matrix(values)
    y = np.array([row["label"] for row in rows])
    groups = np.array([f"{row['dataset']}:{row['group']}" for row in rows])
    return fit_calibrated(X, y, groups, sample_weights(rows))


def fit_combiner(evidence: np.ndarray, priors: list[float | None], y: np.ndarray) -> dict:
    """Logistic combination of evidence log-odds and prior log-odds, and the evidence-only line."""
    z = np.array([logit(p) for p in evidence])
    known = np.array([p is not None for p in priors])
    prior = np.array([logit(p) if p is not None else 0.0 for p in priors])
    both = LogisticRegression(C=1e4, max_iter=1000).fit(np.column_stack([z[known], prior[known]]), y[known])
    alone = LogisticRegression(C=1e4, max_iter=1000).fit(z[:, None], y)
    return {
        "with_prior": {"intercept": float(both.intercept_[0]), "evidence": float(both.coef_[0][0]),
                       "prior": float(both.coef_[0][1])},
        "without_prior": {"intercept": float(alone.intercept_[0]), "evidence": float(alone.coef_[0][0]), "prior": 0.0},
    }


def fit_model(rows: list[dict], values: list[dict], name: str = "default") -> dict:
    """Evidence model on every labelled row, combiner on the BuzzFeed rows among them."""
    labelled = [i for i, row in enumerate(rows) if row["label"] is not None]
    calibrated = fit_evidence([rows[i] for i in labelled], [values[i] for i in labelled])
    buzzfeed = [i for i in labelled if rows[i]["dataset"] == "buzzfeed"]
    combiner = None  # without BuzzFeed rows (a benchmark leaving the set out): evidence + prior log-odds
    if buzzfeed:
        evidence = calibrated.predict_proba(input_matrix([values[i] for i in buzzfeed]))[:, 1]
        combiner = fit_combiner(evidence, [rows[i]["prior"] for i in buzzfeed], np.array([rows[i]["label"] for i in buzzfeed]))
    summary = {
        "sets": {d: {"articles": sum(rows[i]["dataset"] == d for i in labelled),
                     "label_1": sum(rows[i]["dataset"] == d and rows[i]["label"] == 1 for i in labelled)}
                 for d in TRAINING_SETS},
        "folds": FOLDS, "grouping": "BuzzFeed Facebook page, FakeNewsAMT pair, WMT foreign document",
        "weights": "each set the same total, its classes balanced",
        "combiner": "fitted on BuzzFeed-Webis with Lin et al. 2023 pc1 of the article's domain",
    }
    return export(calibrated, name, MEANING, summary, combiner=combiner)


def held_out_predictions(rows: list[dict], values: list[dict]) -> dict[str, np.ndarray]:
    """Per row, scores from models that never saw the row's group (nor, for BuzzFeed, its page).

    For each labelled set, its groups are split in folds; each fold is scored by a model fitted
    on every other row. Unlabelled rows (PolNeAR, BBC) are scored by the model fitted on all.
    Returns evidence (no prior), score (with the prior where the source is rated) and unseen
    (evidence from a model trained without the row's whole set).
    """
    n = len(rows)
    out = {"evidence": np.zeros(n), "score": np.zeros(n), "unseen": np.zeros(n)}
    datasets = np.array([row["dataset"] for row in rows])
    groups = np.array([row["group"] for row in rows])

    def apply(model_data: dict, index, keys) -> None:
        model = model_from_dict(model_data)
        for i in index:
            prediction = model.predict(values[i], rows[i]["prior"])
            if "evidence" in keys:
                out["evidence"][i] = prediction.evidence
            if "score" in keys:
                out["score"][i] = prediction.score
            if "unseen" in keys:
                out["unseen"][i] = prediction.evidence

    unlabelled = np.where(np.array([row["label"] is None for row in rows]))[0]
    apply(fit_model(rows, values), unlabelled, ("evidence", "score", "unseen"))
    for dataset in TRAINING_SETS:
        members = np.where(datasets == dataset)[0]
        folds = min(FOLDS + 1 if dataset == "buzzfeed" else FOLDS, len(np.unique(groups[members])))
        for _, test in GroupKFold(folds).split(members, groups=groups[members]):
            held = set(members[test].tolist())
            keep = [i for i in range(n) if i not in held]
            apply(fit_model([rows[i] for i in keep], [values[i] for i in keep]), members[test], ("evidence", "score"))
        keep = [i for i in range(n) if datasets[i] != dataset]
        apply(fit_model([rows[i] for i in keep], [values[i] for i in keep]), members, ("unseen",))
    return out


def weights_table(data: dict) -> str:
    """The docs/features.md table of shipped weights, per unit of each transformed input."""
    lines = ["| input | transform | sign | max weight | weight | why |", "|---|---|---|---|---|---|"]
    for feature in data["features"]:
        cap = feature["max_weight_per_unit"]
        lines.append(
            f"| `{feature['name']}` | {feature['transform']} | {feature['sign_constraint']:+d} | {'' if cap is None else cap}"
            f" | {feature['weight'] / feature['scale']:+.3f} | {feature['why']} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-o", "--output", type=Path, default=MODEL_PATH)
    args = parser.parse_args()
    rows, values = training_data()
    data = fit_model(rows, values)
    from calibration import headline_metrics

    data["metrics"] = headline_metrics(rows, held_out_predictions(rows, values))
    args.output.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(data["metrics"], indent=1))
    print(weights_table(data))
    print(f"-> {args.output}")


if __name__ == "__main__":
    main()
