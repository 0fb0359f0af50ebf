"""Boilerplate detection on the Zyte article-extraction pages, site-disjoint.

    python benchmarks/boilerplate.py [--no-extractors]

For each of 5 site-disjoint folds, the line models are trained on the other folds' sites
(benchmarks/train_boilerplate.py's parameters) and the scorer's text-mode classifier (lexicon
rules + that model) labels the held-out pages' visible_text, as a whole page and as the article
region (main lines +-3, what an article-container scraper returns). Main content is the positive
class. Scored with ../shared/data/boilerplate/score_boilerplate.py next to the trivial baselines,
the rules alone, and trafilatura and readability-lxml run here on the same pages' HTML.
Intervals: 95% bootstrap over pages.
"""

from __future__ import annotations

import argparse
import copy
import gzip
import json
import sys
import time

import numpy as np
from train_boilerplate import FOLDS, export_line_model, fit_two_passes, training_set
from zyte_pages import DATA, load_pages

from features.boilerplate import classify_lines
from features.document import Document
from features.line_model import LineModel, LineModels, default_line_models
from scorer.html import read_page

sys.path.insert(0, str(DATA))
from score_boilerplate import score  # noqa: E402  (the data folder's own scorer)

WINDOW = 3
BOOTSTRAP = 300


def visible_line_predictions(text: str, doc_predictions: dict[int, int]) -> list[int]:
    """1 (main) / 0 per visible_text line, from predictions keyed by the Document line's start offset."""
    folded = Document(text).normalized
    result, offset = [], 0
    for line in folded.split("\n"):
        start = offset + len(line) - len(line.lstrip())
        result.append(doc_predictions.get(start, 0))
        offset += len(line) + 1
    return result


def text_mode(text: str, models: LineModels) -> dict[int, int]:
    doc = Document(text)
    return {span.start: int(label is None) for span, label in zip(doc.lines, classify_lines(doc, models))}


def our_predictions(rows, pages, models) -> tuple[dict, dict, float]:
    """Full-page and article-region predictions of the text-mode classifier, and pages/s."""
    full, window = {}, {}
    seconds = 0.0
    for row, page in zip(rows, pages):
        model = models[page.site]
        start = time.perf_counter()
        full[row["id"]] = visible_line_predictions(row["visible_text"], text_mode(row["visible_text"], model))
        seconds += time.perf_counter() - start
        lines = row["visible_text"].split("\n")
        first, last = row["meta"]["main_span"]
        lo, hi = max(0, first - WINDOW), min(len(lines), last + WINDOW + 1)
        region_text = "\n".join(lines[lo:hi])
        predicted = visible_line_predictions(region_text, text_mode(region_text, model))
        window[row["id"]] = [0] * lo + predicted + [0] * (len(lines) - hi)
    return full, window, len(rows) / seconds


def fold_models(thresholds: dict[str, float]) -> dict[str, LineModels]:
    """For every site, the two line models trained without that site's fold (same folds for both); the first
    pass's out-of-fold probabilities that train the second pass come from the other folds' sites only."""
    by_kind: dict[str, dict[str, LineModel]] = {}
    folds = None
    for kind in ("page", "article"):
        data = training_set(kind)
        by_kind[kind] = {}
        site_list = sorted(set(data.sites))
        if folds is None:  # folds over sites, shared by both models
            folds = {site: k % FOLDS for k, site in enumerate(site_list)}
        fold_of = np.array([folds[s] for s in data.sites])
        for k in range(FOLDS):
            first, second, _ = fit_two_passes(data, np.flatnonzero(fold_of != k), FOLDS - 1)
            model = LineModel(export_line_model(first, second, thresholds[kind], {}))
            for site in site_list:
                if folds[site] == k:
                    by_kind[kind][site] = model
    return {site: LineModels(page=by_kind["page"][site], article=by_kind["article"][site]) for site in by_kind["page"]}


def silenced(model: LineModel) -> LineModel:
    """The same trees with a threshold no probability reaches."""
    quiet = copy.copy(model)
    quiet.threshold = 2.0
    return quiet


def baseline(rows, rule) -> dict:
    return {row["id"]: [int(rule(line)) for line in row["visible_text"].split("\n")] for row in rows}


def html_mode(html: str) -> str:
    """The scorer's HTML mode: the lines of the page's visible text it keeps as article."""
    page = read_page(html)
    doc = Document(page.text, article_lines=page.body_lines)
    return "\n".join(doc.span_text(span) for span, label in zip(doc.lines, classify_lines(doc)) if label is None)


def read_html(row) -> str:
    with gzip.open(DATA / row["html_file"], "rt", encoding="utf-8", errors="replace") as file:
        return file.read()


def html_predictions(rows) -> tuple[dict, float]:
    """The scorer's HTML-mode predictions and pages/s."""
    predictions, seconds = {}, 0.0
    for row in rows:
        html = read_html(row)
        start = time.perf_counter()
        predictions[row["id"]] = {"articleBody": html_mode(html)}
        seconds += time.perf_counter() - start
    return predictions, len(rows) / seconds


def extractor_predictions(rows) -> dict[str, dict]:
    import html_text
    import trafilatura
    from readability import Document as Readability

    out: dict[str, dict] = {"trafilatura": {}, "readability-lxml": {}}
    for row in rows:
        html = read_html(row)
        out["trafilatura"][row["id"]] = {"articleBody": trafilatura.extract(html, include_comments=False) or ""}
        out["readability-lxml"][row["id"]] = {
            "articleBody": html_text.extract_text(Readability(html).summary(html_partial=True))
        }
    return out


def interval(rows, prediction, metric: str, window: int | None, digits: int = 3) -> str:
    rng = np.random.default_rng(0)
    values = []
    for _ in range(BOOTSTRAP):
        sample = [rows[i] for i in rng.integers(0, len(rows), len(rows))]
        values.append(score(sample, prediction, window=window)[metric])
    low, high = np.percentile(values, [2.5, 97.5])
    return f"[{low:.{digits}f}, {high:.{digits}f}]"


def report(title: str, rows, predictions: dict[str, dict], window: int | None, intervals_for: set[str]) -> None:
    print(f"\n{title}")
    print(f"{'method':34} {'line P':>7} {'line R':>7} {'line F1':>8} {'char F1':>8} {'ratio MAE':>10}  95% intervals (pages resampled)")
    for name, prediction in predictions.items():
        s = score(rows, prediction, window=window)
        ci = ""
        if name in intervals_for:
            metric = "char_f1" if window is None else "line_f1"
            ci = f"{metric} {interval(rows, prediction, metric, window)}, MAE {interval(rows, prediction, 'ratio_mae', window, 4)}"
        print(f"{name:34} {s['line_p']:7.3f} {s['line_r']:7.3f} {s['line_f1']:8.3f} {s['char_f1']:8.3f} {s['ratio_mae']:10.4f}  {ci}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-extractors", action="store_true", help="skip trafilatura and readability-lxml")
    args = parser.parse_args()
    with gzip.open(DATA / "pages.jsonl.gz", "rt", encoding="utf-8") as file:
        rows = [json.loads(line) for line in file]
    shipped = default_line_models()
    models = fold_models({"page": shipped.page.threshold, "article": shipped.article.threshold})
    pages = load_pages()
    full, window, pages_per_second = our_predictions(rows, pages, models)
    never = {site: LineModels(silenced(m.page), silenced(m.article)) for site, m in models.items()}  # rules alone
    rules_full, rules_window, _ = our_predictions(rows, pages, never)

    full_page = {
        "all lines main": baseline(rows, lambda line: True),
        "line has >= 12 words": baseline(rows, lambda line: len(line.split()) >= 12),
        "scorer text mode, rules only": rules_full,
        "scorer text mode (rules + model)": full,
    }
    region_only = {
        "all lines main": baseline(rows, lambda line: True),
        "scorer text mode, rules only": rules_window,
        "scorer text mode (rules + model)": window,
    }
    html_mode_predictions, html_pages_per_second = html_predictions(rows)
    full_page["scorer HTML mode"] = html_mode_predictions
    region_only["scorer HTML mode"] = html_mode_predictions
    if not args.no_extractors:
        extracted = extractor_predictions(rows)
        full_page |= {f"{name} (HTML)": p for name, p in extracted.items()}
        region_only |= {f"{name} (HTML)": p for name, p in extracted.items()}
    print(f"{len(rows)} pages, {len({r['source_domain'] for r in rows})} sites, {FOLDS} site-disjoint folds; "
          f"text mode {pages_per_second:.0f} pages/s (full pages), HTML mode {html_pages_per_second:.0f} pages/s; one core")
    report("Full pages (main content = positive class)", rows, full_page, None, {"scorer text mode (rules + model)"})
    report(f"Article region (--window {WINDOW}); char F1 is not informative here", rows, region_only, WINDOW,
           {"scorer text mode (rules + model)"})


if __name__ == "__main__":
    main()
