"""Per-source audit: articles rolled up into source reliability estimates that respect sample size.

Each source's mean score is shrunk towards the mean over all sources (normal-normal
empirical Bayes: the fewer articles and the noisier they are, the more it is pulled in),
with a 90% interval. Sources are ranked by the lower end of that interval, so a source
ranks high only when enough articles show it: 2 lucky articles cannot outrank 200.
"""

from __future__ import annotations

import csv
import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from scorer import __version__
from scorer.article import ScoredArticle
from scorer.model import Model
from scorer.sources import SourceRatings

FLAG_BELOW = 0.5  # an article is flagged when its score is below this
Z_90 = 1.6449  # two-sided 90% normal interval
MIN_BETWEEN_VARIANCE = 1e-4
WORST_SHOWN = 3
PROBLEMS_SHOWN = 3
HISTOGRAM_BINS = 10


@dataclass(frozen=True, slots=True)
class SourceSummary:
    source: str
    articles: int
    errors: int
    mean: float
    shrunk: float
    low: float
    high: float
    share_flagged: float
    source_prior: float | None
    worst: list[tuple[str, float]]
    problems: list[tuple[str, float]]  # feature -> mean contribution to the log-odds (most negative first)
    histogram: list[int]


def summarise(scored: Iterable[ScoredArticle],
              ratings: SourceRatings | None = None) -> tuple[list[SourceSummary], list[ScoredArticle]]:
    """Source summaries, least assured first (lowest 90% lower bound), and every article in input order.

    With ratings, a source is the domain that rates it: author.example.com joins example.com when
    only example.com is rated (as its prior does); unrated hosts stay as they are.
    """
    articles = list(scored)
    by_source: dict[str, list[ScoredArticle]] = {}
    for article in articles:
        key = (ratings.rated_domain(article.source) if ratings else None) or article.source
        by_source.setdefault(key, []).append(article)
    scores = {source: [a.score for a in group if a.score is not None] for source, group in by_source.items()}
    prior_mean, within, between = _variance_components([s for s in scores.values() if s])
    summaries = []
    for source, group in by_source.items():
        values = scores[source]
        n = len(values)
        mean = sum(values) / n if n else math.nan
        precision = n / within + 1.0 / between
        shrunk = (mean * n / within + prior_mean / between) / precision if n else prior_mean
        half = Z_90 * math.sqrt(1.0 / precision)
        scored_group = [a for a in group if a.score is not None]
        summaries.append(SourceSummary(
            source=source,
            articles=n,
            errors=len(group) - n,
            mean=mean,
            shrunk=shrunk,
            low=max(0.0, shrunk - half),
            high=min(1.0, shrunk + half),
            share_flagged=sum(s < FLAG_BELOW for s in values) / n if n else math.nan,
            source_prior=next((a.source_prior for a in scored_group), None),
            worst=[(a.id, a.score) for a in sorted(scored_group, key=lambda a: a.score)[:WORST_SHOWN]],
            problems=_dominant_problems(scored_group),
            histogram=[sum(min(int(s * HISTOGRAM_BINS), HISTOGRAM_BINS - 1) == b for s in values) for b in range(HISTOGRAM_BINS)],
        ))
    summaries.sort(key=lambda s: (s.low, s.shrunk, s.source))
    return summaries, articles


def _variance_components(groups: list[list[float]]) -> tuple[float, float, float]:
    """Grand mean, pooled within-source variance and between-source variance of the scores."""
    values = [v for g in groups for v in g]
    if not values:
        return 0.5, 0.25, 0.25
    grand = sum(values) / len(values)
    residual = sum((v - sum(g) / len(g)) ** 2 for g in groups for v in g)
    degrees = len(values) - len(groups)
    within = residual / degrees if degrees > 0 else sum((v - grand) ** 2 for v in values) / max(len(values) - 1, 1)
    within = max(within, MIN_BETWEEN_VARIANCE)
    if len(groups) < 2:
        return grand, within, max(within, MIN_BETWEEN_VARIANCE)
    means = [sum(g) / len(g) for g in groups]
    spread = sum((m - grand) ** 2 for m in means) / (len(groups) - 1)
    noise = within * sum(1 / len(g) for g in groups) / len(groups)
    return grand, within, max(spread - noise, MIN_BETWEEN_VARIANCE)


def _dominant_problems(articles: list[ScoredArticle]) -> list[tuple[str, float]]:
    """The contributions that pull the source's scores down most, on average."""
    totals: dict[str, float] = {}
    for article in articles:
        for feature, value in article.contributions.items():
            if feature != "source_prior":
                totals[feature] = totals.get(feature, 0.0) + value
    means = sorted(((f, t / len(articles)) for f, t in totals.items()), key=lambda item: item[1])
    return [(f, m) for f, m in means[:PROBLEMS_SHOWN] if m < 0]


CSV_COLUMNS = ("source", "articles", "errors", "mean_score", "shrunk_score", "interval_90_low", "interval_90_high",
               "share_flagged", "source_prior", "worst_articles", "dominant_problems")


def write_audit(scored: Iterable[ScoredArticle], out_dir: Path, model: Model, ratings: SourceRatings | None = None) -> Path:
    """Write sources.csv, index.html and scores.jsonl; return the index path."""
    from scorer.report import environment

    out_dir.mkdir(parents=True, exist_ok=True)
    summaries, articles = summarise(scored, ratings)
    with open(out_dir / "scores.jsonl", "w", encoding="utf-8") as jsonl:
        for article in articles:
            jsonl.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
    with open(out_dir / "sources.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(CSV_COLUMNS)
        for s in summaries:
            writer.writerow([s.source, s.articles, s.errors, _number(s.mean), _number(s.shrunk), _number(s.low),
                             _number(s.high), _number(s.share_flagged), _number(s.source_prior),
                             "; ".join(f"{i} ({v:.3f})" for i, v in s.worst),
                             "; ".join(f"{f} ({v:+.2f})" for f, v in s.problems)])
    index = out_dir / "index.html"
    index.write_text(environment().get_template("audit.html").render(
        sources=summaries, model=model, version=__version__, flag_below=FLAG_BELOW, bins=HISTOGRAM_BINS), encoding="utf-8")
    return index


def _number(value: float | None) -> str:
    return "" if value is None or (isinstance(value, float) and math.isnan(value)) else f"{value:.4f}"
