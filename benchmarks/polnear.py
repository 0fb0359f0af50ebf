"""PolNeAR articles with one annotation set each (the first annotator's), from ../shared/data/polnear."""

from __future__ import annotations

import json
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "polnear"


def load() -> list[tuple[dict, list[dict]]]:
    with open(DATA / "articles.jsonl", encoding="utf-8") as lines:
        articles = {a["id"]: a for a in map(json.loads, lines)}
    annotations: dict[str, list[dict]] = {}
    with open(DATA / "attributions.jsonl", encoding="utf-8") as lines:
        for row in map(json.loads, lines):
            annotations.setdefault(row["article_id"], row["attributions"])
    return [(articles[i], annotations[i]) for i in sorted(annotations) if i in articles]
