"""PolNeAR articles with one annotation set each (the first annotator's), from ../shared/data/polnear."""

from __future__ import annotations

import json
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "polnear"


def load() -> list[tuple[dict, list[dict]]]:
    articles = _articles()
    annotations = {article_id: sets[0] for article_id, sets in annotation_sets().items()}
    return [(articles[i], annotations[i]) for i in sorted(annotations) if i in articles]


def annotation_sets() -> dict[str, list[list[dict]]]:
    """Every annotator's attributions per article, in file order (20 articles have two or more)."""
    sets: dict[str, list[list[dict]]] = {}
    with open(DATA / "attributions.jsonl", encoding="utf-8") as lines:
        for row in map(json.loads, lines):
            sets.setdefault(row["article_id"], []).append(row["attributions"])
    return sets


def _articles() -> dict[str, dict]:
    with open(DATA / "articles.jsonl", encoding="utf-8") as lines:
        return {a["id"]: a for a in map(json.loads, lines)}
