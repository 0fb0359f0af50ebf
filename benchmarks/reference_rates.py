"""How the first, hand-set extractors behave on labelled reference data.

    python benchmarks/reference_rates.py

Prints, from ../shared/data:
- BBC News 2004-05 (professional, clean bodies): mean boilerplate_ratio, share of articles with
  translation_probability > 0.5, contradictions per 100 articles by type;
- WMT 2022-23 news documents: ROC AUC of translation_probability for original English vs
  machine translation and vs human translation, overall and per source language.
Nothing here was used to set a weight; these numbers only describe the rules.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from sklearn.metrics import roc_auc_score

from features import Document, extract_all

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
    print(f"  translation_probability > 0.5        {sum(v['translation_probability'] > 0.5 for v in values) / n:.2%}")
    for name in ("contradictions", "pronoun_contradictions", "name_variant_contradictions", "date_contradictions"):
        print(f"  {name + ' per 100 articles':38} {100 * sum(v[name] for v in values) / n:.2f}")


def wmt() -> None:
    folder = DATA / "translation"
    docs = [
        d
        for name in ("original", "machine", "human_translation")
        for d in read_jsonl(folder / f"{name}.jsonl")
        if d["domain"] == "news"
    ]
    probability = {d["id"]: extract_all(Document(d["text"])).values["translation_probability"] for d in docs}
    originals = [d for d in docs if d["label"] == "original"]
    print(f"WMT news documents: {len(originals)} original, "
          f"{sum(d['label'] == 'machine' for d in docs)} machine, {sum(d['label'] == 'human_translation' for d in docs)} human")
    by_language: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for d in docs:
        if d["label"] != "original":
            by_language[(d["label"], "all")].append(d)
            by_language[(d["label"], d["src_lang"])].append(d)
    print(f"  {'original vs':20} {'source':6} {'docs':>6} {'ROC AUC':>8}")
    for (label, language), translated in sorted(by_language.items()):
        y = [0] * len(originals) + [1] * len(translated)
        scores = [probability[d["id"]] for d in originals + translated]
        print(f"  {label:20} {language:6} {len(translated):6d} {roc_auc_score(y, scores):8.3f}")


if __name__ == "__main__":
    bbc()
    wmt()
