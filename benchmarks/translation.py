"""Translation detector on WMT data (group-held-out) and on BBC News.

    python benchmarks/translation.py

Group-disjoint 5-fold split of ../shared/data/translation (a foreign document, its 8
machine translations and its human reference always fall in the same fold). Each fold
trains the translationese model on the other folds exactly as train_translation.py does
(threshold from inner out-of-fold scores), then scores the held-out documents through
features.translation.score: model log-odds plus the hand-weighted artifacts. Prints ROC
AUC of original English vs machine translation overall, per source language, per system
and for news only; original vs human translation; precision/recall at each fold's
threshold; original vs machine translation from a source language left out of training;
the shipped model's strongest n-grams; the share of BBC News articles over the
shipped threshold; and the family's cost per article.
"""

from __future__ import annotations

import json
import time
from collections import defaultdict
from pathlib import Path

import numpy as np
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import GroupKFold
from train_translation import count_rows, load_rows, train

from features import translation
from features.document import Document
from features.translationese import TranslationeseModel, default_model, readable

BBC = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "bbc_news" / "articles.jsonl"
FOLDS = 5


def held_out(rows: list[dict]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per row: held-out translation_probability, style-only probability and the fold's threshold."""
    counts = count_rows(rows)
    groups = np.array([row["group"] for row in rows])
    combined, style, thresholds = np.zeros(len(rows)), np.zeros(len(rows)), np.zeros(len(rows))
    for train_index, test_index in GroupKFold(FOLDS).split(np.zeros(len(rows)), groups=groups):
        train_index = [i for i in train_index if rows[i]["label"] != "human_translation"]
        fitted = train([rows[i] for i in train_index], [counts[i] for i in train_index])
        model = TranslationeseModel(fitted["weights"], fitted["intercept"], fitted["threshold"])
        for i in test_index:
            values = translation.score(Document(rows[i]["text"]), model).values
            combined[i] = values["translation_probability"]
            style[i] = values["translation_style_probability"]
            thresholds[i] = model.threshold
    return combined, style, thresholds


def auc_line(name: str, mask: np.ndarray, y: np.ndarray, combined: np.ndarray, style: np.ndarray, flagged: np.ndarray) -> str:
    positives = mask & (y == 1)
    negatives = mask & (y == 0)
    recall = flagged[positives].mean() if positives.any() else float("nan")
    return (f"{name:28} {positives.sum():6d} {roc_auc_score(y[mask], combined[mask]):8.3f} "
            f"{roc_auc_score(y[mask], style[mask]):8.3f} {flagged[negatives].mean():8.3f} {recall:8.3f}")


def wmt_report() -> None:
    rows = load_rows()
    combined, style, thresholds = held_out(rows)
    flagged = combined >= thresholds
    label = np.array([row["label"] for row in rows])
    original = label == "original"
    print(f"WMT 2022/23: {original.sum()} original, {(label == 'machine').sum()} machine, "
          f"{(label == 'human_translation').sum()} human translations; {FOLDS} group-disjoint folds")
    print("ROC AUC of translation_probability (rules + model) and of the model alone; FPR and recall at the fold's threshold")
    print(f"{'original vs':28} {'docs':>6} {'AUC':>8} {'AUC mdl':>8} {'FPR':>8} {'recall':>8}")
    for kind in ("machine", "human_translation"):
        y = (label == kind).astype(int)
        base = original | (label == kind)
        print(auc_line(kind, base, y, combined, style, flagged))
        for language in LANGUAGES:
            languages = np.array([row["src_lang"] in ("en", language) for row in rows])
            print(auc_line(f"  from {language}", base & languages, y, combined, style, flagged))
        news = np.array([row["domain"] == "news" for row in rows])
        print(auc_line("  news only", base & news, y, combined, style, flagged))
    machine = label == "machine"
    precision = (flagged & machine).sum() / max((flagged & (machine | original)).sum(), 1)
    print(f"precision at the fold thresholds (original vs machine, as sampled: "
          f"{original.sum()} vs {machine.sum()}): {precision:.3f}")
    print("\nPer system (original vs that system's outputs)")
    systems = defaultdict(list)
    for i, row in enumerate(rows):
        if row["label"] == "machine":
            systems[f"{row['pair']} {row['system']}"].append(i)
    y = machine.astype(int)
    for name, index in sorted(systems.items()):
        mask = original.copy()
        mask[index] = True
        print(auc_line(name, mask, y, combined, style, flagged))


LANGUAGES = ("ja", "ru", "uk", "zh")
UNSEEN_LANGUAGE_FOLDS = 2


def unseen_language_report() -> None:
    """Machine translations from a source language the model never saw: for each language, models trained on
    the other three languages' documents and half of the originals score that language and the other half."""
    rows = [row for row in load_rows() if row["label"] in ("original", "machine")]
    counts = count_rows(rows)
    groups = np.array([row["group"] for row in rows])
    language = np.array([row["src_lang"] for row in rows])
    original = np.array([row["label"] == "original" for row in rows])
    print("\nOriginal vs machine translation from a source language left out of training "
          f"({UNSEEN_LANGUAGE_FOLDS} group-disjoint folds of the originals)")
    print(f"{'left-out language':28} {'docs':>6} {'AUC':>8} {'AUC mdl':>8} {'FPR':>8} {'recall':>8}")
    for left_out in LANGUAGES:
        test_mask = original | (language == left_out)
        combined, style, flagged = (np.full(len(rows), np.nan) for _ in range(3))
        originals = np.flatnonzero(original)
        folds = GroupKFold(UNSEEN_LANGUAGE_FOLDS).split(originals, groups=groups[originals])
        for fold, (train_originals, test_originals) in enumerate(folds):
            train_index = [*originals[train_originals], *np.flatnonzero(~original & (language != left_out))]
            fitted = train([rows[i] for i in train_index], [counts[i] for i in train_index])
            model = TranslationeseModel(fitted["weights"], fitted["intercept"], fitted["threshold"])
            left_out_rows = np.flatnonzero(language == left_out) if fold == 0 else []  # scored by the first fold's model
            for i in [*originals[test_originals], *left_out_rows]:
                values = translation.score(Document(rows[i]["text"]), model).values
                combined[i], style[i] = values["translation_probability"], values["translation_style_probability"]
                flagged[i] = combined[i] >= model.threshold
        y = (~original).astype(int)
        print(auc_line(f"  {left_out} (trained on the others)", test_mask, y, combined, style, flagged.astype(bool)))


def shipped_model_report() -> None:
    model = default_model()
    table = json.loads((Path(translation.__file__).parent / "models" / "translationese.json").read_text())
    ranked = sorted(table["weights"].items(), key=lambda item: item[1])
    print(f"\nShipped model: {len(ranked)} n-grams, threshold {model.threshold:.3f}")
    print("most 'translated':", "; ".join(readable(g) for g, _ in ranked[::-1][:20]))
    print("most 'original':  ", "; ".join(readable(g) for g, _ in ranked[:20]))


SNIPPET_WORDS = (40, 80, 150)


def _first_words(text: str, words: int) -> str:
    """The first `words` words, cut back to the last sentence end in their second half."""
    head = " ".join(text.split(" ")[:words])
    end = max(head.rfind(". "), head.rfind(".\n"))
    return head[: end + 1] if end > len(head) // 2 else head


def bbc_report() -> None:
    if not BBC.exists():
        print("\nBBC News: not found, skipped")
        return
    with open(BBC, encoding="utf-8") as handle:
        docs = [Document(json.loads(line)["text"]) for line in handle]
    model = default_model()
    values = [translation.score(doc, model).values for doc in docs]
    over = sum(v["translation_probability"] >= model.threshold for v in values)
    style_over = sum(v["translation_style_probability"] >= model.threshold for v in values)
    print(f"\nBBC News 2004-05: {len(docs)} articles; over the shipped threshold: {over / len(docs):.2%} "
          f"(model alone {style_over / len(docs):.2%})")
    # Short texts give the n-gram rates little to average over: the first N words of each article.
    for words in SNIPPET_WORDS:
        snippets = [Document(_first_words(doc.text, words)) for doc in docs]
        flagged = sum(translation.score(d, model).values["translation_probability"] >= model.threshold for d in snippets)
        print(f"  first {words} words of each article (cut at a sentence end): over the threshold {flagged / len(docs):.2%}")
    # Cost on 600-800-word articles; lines and sentences belong to the shared document stage.
    timed = [doc for doc in docs if 600 <= doc.word_count <= 800]
    rounds = []
    for _ in range(3):
        started = time.perf_counter()
        for doc in timed:
            translation.score(doc, model)
        rounds.append((time.perf_counter() - started) / len(timed))
    words = sum(doc.word_count for doc in timed) / len(timed)
    print(f"cost of the translation family on {len(timed)} articles of 600-800 words (mean {words:.0f}): "
          f"{1000 * min(rounds):.3f} ms per article (best of 3 rounds), {1 / min(rounds):.0f} articles/s, one core")


if __name__ == "__main__":
    wmt_report()
    unseen_language_report()
    shipped_model_report()
    bbc_report()
