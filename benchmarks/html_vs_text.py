"""An HTML page and its own article text should score alike: the page's menus are not the article's.

    python benchmarks/html_vs_text.py

For every Zyte page (../shared/data/boilerplate: raw HTML and the ground-truth article text), the
default model's score of the page read as HTML and of the ground-truth text read as plain text;
prints the median and mean absolute gap, the median of each, and the contradiction findings both
ways. Pages either reading cannot score (not English, no words) are left out and counted.
"""

from __future__ import annotations

import gzip
import json
import statistics

from zyte_pages import DATA, load_pages

from scorer.article import Article
from scorer.model import load_model
from scorer.pipeline import score_article


def main() -> None:
    model = load_model()
    rows = {page.id: page for page in load_pages()}
    with gzip.open(DATA / "pages.jsonl.gz", "rt", encoding="utf-8") as lines:
        truth = {row["id"]: row["main_text"] for row in map(json.loads, lines)}
    pairs, skipped, contradictions = [], 0, [0.0, 0.0]
    for page_id, page in rows.items():
        html = gzip.open(DATA / page.html_file, "rt", encoding="utf-8", errors="replace").read()
        as_html = score_article(Article(page_id, "", html=html), model)
        as_text = score_article(Article(page_id, truth[page_id]), model)
        if as_html.score is None or as_text.score is None:
            skipped += 1
            continue
        pairs.append((as_html.score, as_text.score))
        contradictions[0] += as_html.features["contradictions"]
        contradictions[1] += as_text.features["contradictions"]
    gaps = [abs(a - b) for a, b in pairs]
    print(f"Zyte pages: {len(pairs)} scored both ways ({skipped} left out: not English or no words)")
    print(f"score of the page as HTML: median {statistics.median(a for a, _ in pairs):.3f}; "
          f"of its article text: median {statistics.median(b for _, b in pairs):.3f}")
    print(f"absolute gap: median {statistics.median(gaps):.3f}, mean {statistics.mean(gaps):.3f}, "
          f"share over 0.1: {sum(g > 0.1 for g in gaps) / len(gaps):.1%}")
    print(f"contradiction findings: {contradictions[0]:.0f} reading the pages, {contradictions[1]:.0f} reading their article texts")


if __name__ == "__main__":
    main()
