"""Discrimination and calibration of the scorer on group-held-out data, per dataset.

    python benchmarks/calibration.py [--svg docs/reliability.svg]

Models are refitted exactly as benchmarks/train_scorer.py fits the shipped one, with the
scored rows' groups left out (BuzzFeed: the whole Facebook page). Prints, per dataset:
ROC AUC (95% bootstrap interval over groups for BuzzFeed), Brier score and expected
calibration error (10 equal-width bins) of the evidence alone and of the score with the
source prior; AUC of a model that never saw the dataset; BuzzFeed's hyperpartisan pages
alone; Spearman correlation of each source's mean evidence (prior off) with Lin et al.
2023 pc1 for sources with 3+ articles; and writes a reliability diagram.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
from scipy.stats import spearmanr
from sklearn.metrics import brier_score_loss, roc_auc_score
from train_scorer import TRAINING_SETS, held_out_predictions, training_data

from scorer.sources import default_ratings

ROOT = Path(__file__).resolve().parent.parent
HYPERPARTISAN = ("addicting-info", "eagle-rising", "right-wing-news", "the-other-98")
BINS = 10
MIN_SOURCE_ARTICLES = 3


def ece(y: np.ndarray, p: np.ndarray, bins: int = BINS) -> float:
    """Expected calibration error: bin-size-weighted |mean label - mean probability| over equal-width bins."""
    index = np.minimum((p * bins).astype(int), bins - 1)
    return float(sum(abs(y[index == b].mean() - p[index == b].mean()) * (index == b).mean()
                     for b in range(bins) if (index == b).any()))


def bootstrap_auc(y: np.ndarray, p: np.ndarray, groups: np.ndarray, rounds: int = 1000, seed: int = 0) -> tuple[float, float]:
    """95% interval of ROC AUC, resampling whole groups (pages) and articles within them."""
    rng = np.random.default_rng(seed)
    by_group = [np.where(groups == g)[0] for g in np.unique(groups)]
    values = []
    for _ in range(rounds):
        picked = np.concatenate([rng.choice(m, len(m)) for m in (by_group[k] for k in rng.integers(len(by_group), size=len(by_group)))])
        if len(np.unique(y[picked])) == 2:
            values.append(roc_auc_score(y[picked], p[picked]))
    return float(np.percentile(values, 2.5)), float(np.percentile(values, 97.5))


def rated_sources(rows: list[dict]) -> dict[str, list[int]]:
    """Row indices per rated source, a source being the rated domain its host resolves to (as in the audit)."""
    ratings = default_ratings()
    by_source: dict[str, list[int]] = {}
    for index, row in enumerate(rows):
        domain = ratings.rated_domain(row["source_domain"])
        if domain is not None and row["prior"] is not None:
            by_source.setdefault(domain, []).append(index)
    return by_source


def source_correlation(rows: list[dict], evidence: np.ndarray) -> tuple[float, int, list[tuple[str, int, float, float]]]:
    """Spearman of per-source mean evidence with the source's rating, sources with 3+ articles."""
    table = [(source, len(members), float(evidence[members].mean()), rows[members[0]]["prior"])
             for source, members in sorted(rated_sources(rows).items()) if len(members) >= MIN_SOURCE_ARTICLES]
    rho = spearmanr([t[2] for t in table], [t[3] for t in table]).statistic
    return float(rho), len(table), table


def bootstrap_spearman(rows: list[dict], evidence: np.ndarray, rounds: int = 1000, seed: int = 0) -> tuple[float, float]:
    """90% interval of the per-source Spearman: resample sources, and articles within each source."""
    rng = np.random.default_rng(seed)
    members = [np.array(m) for m in rated_sources(rows).values() if len(m) >= MIN_SOURCE_ARTICLES]
    priors = np.array([rows[m[0]]["prior"] for m in members])
    values = []
    for _ in range(rounds):
        picked = rng.integers(len(members), size=len(members))
        means = [evidence[rng.choice(members[k], len(members[k]))].mean() for k in picked]
        values.append(spearmanr(means, priors[picked]).statistic)
    return float(np.nanpercentile(values, 5)), float(np.nanpercentile(values, 95))


def headline_metrics(rows: list[dict], predictions: dict[str, np.ndarray]) -> dict:
    """The numbers stored in the model file."""
    metrics: dict[str, dict] = {}
    datasets = np.array([row["dataset"] for row in rows])
    y = np.array([row["label"] if row["label"] is not None else -1 for row in rows])
    for dataset in TRAINING_SETS:
        m = datasets == dataset
        metrics[dataset] = {
            "articles": int(m.sum()),
            "auc_evidence_group_held_out": round(roc_auc_score(y[m], predictions["evidence"][m]), 4),
            "auc_evidence_unseen_dataset": round(roc_auc_score(y[m], predictions["unseen"][m]), 4),
            "auc_score": round(roc_auc_score(y[m], predictions["score"][m]), 4),
            "brier_score": round(brier_score_loss(y[m], predictions["score"][m]), 4),
            "ece_score": round(ece(y[m], predictions["score"][m]), 4),
        }
    rho, sources, _ = source_correlation(rows, predictions["evidence"])
    metrics["sources"] = {"spearman_evidence_vs_lin_pc1": round(rho, 4), "sources": sources}
    return metrics


def reliability_svg(curves: dict[str, tuple[np.ndarray, np.ndarray]], width: int = 360) -> str:
    """Reliability diagram: mean predicted probability vs observed frequency per bin, one line per curve."""
    pad, size = 40, width - 60
    colours = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd"]
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{width}" font-family="sans-serif" font-size="11">',
             f'<rect x="{pad}" y="10" width="{size}" height="{size}" fill="none" stroke="#999"/>',
             f'<line x1="{pad}" y1="{10 + size}" x2="{pad + size}" y2="10" stroke="#bbb" stroke-dasharray="4"/>',
             f'<text x="{pad + size / 2}" y="{width - 12}" text-anchor="middle">predicted probability</text>',
             f'<text x="12" y="{10 + size / 2}" transform="rotate(-90 12 {10 + size / 2})" text-anchor="middle">observed frequency</text>']
    for k, (name, (y, p)) in enumerate(curves.items()):
        index = np.minimum((p * BINS).astype(int), BINS - 1)
        points = [(p[index == b].mean(), y[index == b].mean()) for b in range(BINS) if (index == b).sum() >= 5]
        path = " ".join(f"{pad + x * size:.1f},{10 + size - f * size:.1f}" for x, f in points)
        colour = colours[k % len(colours)]
        parts.append(f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2"/>')
        parts.append(f'<text x="{pad + 8}" y="{26 + 14 * k}" fill="{colour}">{name}</text>')
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--svg", type=Path, default=ROOT / "docs" / "reliability.svg")
    args = parser.parse_args()
    rows, values = training_data()
    predictions = held_out_predictions(rows, values)
    datasets = np.array([row["dataset"] for row in rows])
    y = np.array([row["label"] if row["label"] is not None else -1 for row in rows])
    groups = np.array([row["group"] for row in rows])
    print(f"{'dataset':12} {'n':>5} {'pos':>5}  {'what':22} {'AUC':>6}  {'95% interval':15} {'Brier':>6} {'ECE':>6}")
    curves = {}
    for dataset in TRAINING_SETS:
        m = datasets == dataset
        for what, key in (("evidence (no prior)", "evidence"), ("score (with prior)", "score"),
                          ("evidence, set unseen", "unseen")):
            p = predictions[key][m]
            low, high = bootstrap_auc(y[m], p, groups[m]) if dataset == "buzzfeed" else (np.nan, np.nan)
            interval = f"[{low:.3f}, {high:.3f}]" if dataset == "buzzfeed" else ""
            print(f"{dataset:12} {m.sum():5d} {y[m].sum():5d}  {what:22} {roc_auc_score(y[m], p):6.3f}  {interval:15} "
                  f"{brier_score_loss(y[m], p):6.3f} {ece(y[m], p):6.3f}")
        curves[f"{dataset} score"] = (y[m], predictions["score"][m])
    hyper = (datasets == "buzzfeed") & np.isin(groups, HYPERPARTISAN)
    print(f"\nBuzzFeed hyperpartisan pages only ({hyper.sum()} articles, {y[hyper].sum()} mostly true): "
          f"AUC evidence {roc_auc_score(y[hyper], predictions['evidence'][hyper]):.3f}, "
          f"score {roc_auc_score(y[hyper], predictions['score'][hyper]):.3f}")
    mean_auc = np.mean([roc_auc_score(y[datasets == d], predictions["evidence"][datasets == d]) for d in TRAINING_SETS])
    mean_unseen = np.mean([roc_auc_score(y[datasets == d], predictions["unseen"][datasets == d]) for d in TRAINING_SETS])
    print(f"mean AUC of the evidence alone over the three sets: group-held-out {mean_auc:.3f}, set unseen {mean_unseen:.3f}")
    rho, count, table = source_correlation(rows, predictions["evidence"])
    low, high = bootstrap_spearman(rows, predictions["evidence"])
    print(f"\nPer-source mean evidence (prior off, held-out scores) vs Lin pc1, sources with >= {MIN_SOURCE_ARTICLES} "
          f"articles: Spearman {rho:.3f} over {count} sources (90% interval [{low:.3f}, {high:.3f}], sources and articles resampled)")
    for source, n, mean, prior in sorted(table, key=lambda t: -t[3]):
        print(f"  {source:28} {n:5d}  evidence {mean:.3f}  pc1 {prior:.3f}")
    args.svg.write_text(reliability_svg(curves), encoding="utf-8")
    print(f"\nreliability diagram -> {args.svg.relative_to(ROOT) if args.svg.is_relative_to(ROOT) else args.svg}")


if __name__ == "__main__":
    main()
