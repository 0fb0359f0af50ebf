"""How the first, hand-set extractors behave on labelled reference data.

    python benchmarks/reference_rates.py

Prints, from ../shared/data:
- BBC News 2004-05 (professional, clean bodies): mean boilerplate_ratio, share of articles with
  translation_probability over the shipped threshold, contradictions per 100 articles by type.
Nothing here was used to set a weight; these numbers only describe the extractors.
(The translation detector on WMT data: benchmarks/translation.py.)
"""

from __future__ import annotations

import json
from pathlib import Path

from features import Document, extract_all
from features.translationese import default_model

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


def bbc() -> None:
    records = read_jsonl(DATA / "bbc_news" / "articles.jsonl")
    values = [extract_all(Document(r["text"])).values for r in records]
    n = len(values)
    print(f"BBC News: {n} articles")
    print(f"  mean boilerplate_ratio                {sum(v['boilerplate_ratio'] for v in values) / n:.4f}")
    print(f"  articles with boilerplate_ratio > 0.05 {sum(v['boilerplate_ratio'] > 0.05 for v in values) / n:.2%}")
    threshold = default_model().threshold
    print(f"  translation_probability >= {threshold:.2f}       {sum(v['translation_probability'] >= threshold for v in values) / n:.2%}")
    for name in ("contradictions", "pronoun_contradictions", "name_variant_contradictions", "date_contradictions"):
        print(f"  {name + ' per 100 articles':38} {100 * sum(v[name] for v in values) / n:.2f}")


if __name__ == "__main__":
    bbc()
