"""The labelled article sets of ../shared/data as one list of rows, and their features, cached.

Each row: dataset, id, text, label (1 = the good class of that dataset, 0 = the bad one,
None = no article label), group (the unit a split must keep together) and source_domain.
- buzzfeed: BuzzFeed-Webis 2016, "mostly true" = 1, "mixture"/"mostly false" = 0 ("no factual
  content", opinion and memes, is left out); group = Facebook page (meta.portal).
- fakenewsamt: Perez-Rosas 2018 FakeNewsAMT, legit = 1, fake = 0; group = pair_id.
- translation: WMT original English = 1, machine translation into English = 0; group = WMT group.
- polnear, bbc: no article label; used for per-source aggregates.
Typography is normalised before features: mojibake (UTF-8 read as Latin-1, "heâ\\x80\\x99s") is
repaired, and the Document folds quotes, dashes and spaces.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from features import Document, extract_all

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
CACHE = Path(__file__).resolve().parent / ".cache"
LABELLED = ("buzzfeed", "fakenewsamt", "translation")


def repair_mojibake(text: str) -> str:
    """UTF-8 text that was decoded as Latin-1 back to what it was; other text unchanged."""
    if "\u00e2" not in text and "\u00c3" not in text:
        return text
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def _jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def load_rows(datasets=("buzzfeed", "fakenewsamt", "translation", "polnear", "bbc")) -> list[dict]:
    rows: list[dict] = []
    if "buzzfeed" in datasets:
        goods = {"mostly true": 1, "mixture of true and false": 0, "mostly false": 0}
        for r in _jsonl(DATA / "buzzfeed_webis_2016" / "articles.jsonl"):
            if r["label"] in goods:
                rows.append(_row("buzzfeed", r, goods[r["label"]], r["meta"]["portal"]))
    if "fakenewsamt" in datasets:
        for r in _jsonl(DATA / "perez_rosas_2018" / "articles.jsonl"):
            rows.append(_row("fakenewsamt", r, int(r["label"] == "legit"), r["meta"]["pair_id"]))
    if "translation" in datasets:
        for name in ("original", "machine"):
            for r in _jsonl(DATA / "translation" / f"{name}.jsonl"):
                rows.append({"dataset": "translation", "id": r["id"], "text": r["text"], "label": int(name == "original"),
                             "group": r["group"], "source_domain": None, "src_lang": r["src_lang"]})
    for name, folder in (("polnear", "polnear"), ("bbc", "bbc_news")):
        if name in datasets:
            rows.extend(_row(name, r, None, r["source_domain"]) for r in _jsonl(DATA / folder / "articles.jsonl"))
    return rows


def _row(dataset: str, record: dict, label: int | None, group: str) -> dict:
    return {"dataset": dataset, "id": record["id"], "text": repair_mojibake(record["text"]), "label": label,
            "group": group, "source_domain": record.get("source_domain")}


def feature_values(rows: list[dict]) -> list[dict[str, float]]:
    """extract_all values of every row, cached on disk by text hash and code version."""
    CACHE.mkdir(exist_ok=True)
    key = hashlib.sha256()
    for path in sorted((ROOT / "features").rglob("*.py")) + sorted((ROOT / "features" / "models").glob("*.json")):
        key.update(path.read_bytes())
    for row in rows:
        key.update(row["id"].encode())
    cache = CACHE / f"features-{key.hexdigest()[:16]}.jsonl"
    if cache.exists():
        return _jsonl(cache)
    values = [extract_all(Document(row["text"])).values for row in rows]
    with open(cache, "w", encoding="utf-8") as handle:
        for v in values:
            handle.write(json.dumps(v) + "\n")
    return values
