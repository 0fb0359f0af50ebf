"""Train the attribution-cue model on PolNeAR and write it as readable JSON.

    python benchmarks/train_attribution_cues.py [-o features/models/attribution-cues.json]

PolNeAR (../shared/data/polnear, 5 publishers, one annotation set per article): every token
that overlaps an annotated cue is positive; tokens inside quotations are left out (the extractor
takes no cue there, and PolNeAR flattens nested attributions). Candidates are the words that were part of a cue
at least 3 times and in at least 15% of their occurrences; scikit-learn logistic regression
over features.cue_model.token_context of the candidates (features seen at least 5 times);
weights are rounded to 2 decimals and zeros dropped. Decision threshold 0.5 (the model's own odds, not tuned).
benchmarks/attribution.py reports publisher-held-out scores.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from polnear import load
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from features.attribution import quotations_by_line
from features.cue_model import MODEL_FORMAT, Tokens, token_context, tokens
from features.document import Document, strictly_inside

MODEL_PATH = Path(__file__).resolve().parent.parent / "features" / "models" / "attribution-cues.json"
MIN_CUE_COUNT = 3
MIN_CUE_RATE = 0.15  # 0.05 gives the same F1 with 3 times the candidates to score (speed)
C = 1.0
THRESHOLD = 0.5
MIN_FEATURE_COUNT = 5  # a context feature seen fewer times among the candidates is left out


def labelled_tokens(data: list[tuple[dict, list[dict]]]) -> list[tuple[Tokens, list[bool | None]]]:
    """Per article: its tokens and whether each overlaps a gold cue; None inside a quotation, where
    the extractor takes no cue (PolNeAR flattens nested attributions: "I think" in a quote is no cue)."""
    result = []
    for article, attributions in data:
        doc = Document(article["text"])
        toks = tokens(doc)
        quotations = quotations_by_line(doc.normalized, doc.lines)
        starts = [q.start for q in quotations]
        pieces = sorted(piece for a in attributions for piece in a["cue"])
        result.append((toks, [None if strictly_inside(quotations, starts, start) else any(s < end and start < e for s, e in pieces)
                              for start, end in zip(toks.starts, toks.ends)]))
    return result


def train(labelled: list[tuple[Tokens, list[bool | None]]]) -> dict:
    seen, cue = Counter(), Counter()
    for toks, labels in labelled:
        for word, label in zip(toks.lower, labels, strict=True):
            if label is None:
                continue
            seen[word] += 1
            cue[word] += label
    candidates = sorted(w for w in cue if cue[w] >= MIN_CUE_COUNT and cue[w] / seen[w] >= MIN_CUE_RATE)
    chosen = set(candidates)
    X, y = [], []
    for toks, labels in labelled:
        for i, word in enumerate(toks.lower):
            if word in chosen and labels[i] is not None:
                X.append({f"{template}={value}": 1 for template, value in token_context(toks, i)})
                y.append(labels[i])
    frequency = Counter(f for row in X for f in row)
    X = [{f: 1 for f in row if frequency[f] >= MIN_FEATURE_COUNT} for row in X]
    vectorizer = DictVectorizer()
    classifier = LogisticRegression(C=C, max_iter=3000).fit(vectorizer.fit_transform(X), y)
    weights: dict[str, dict[str, float]] = {}
    for name, w in zip(vectorizer.get_feature_names_out(), classifier.coef_[0], strict=True):
        if round(float(w), 2) != 0.0:
            template, value = name.split("=", 1)
            weights.setdefault(template, {})[value] = round(float(w), 2)
    return {"candidates": candidates, "weights": weights, "intercept": round(float(classifier.intercept_[0]), 4),
            "threshold": THRESHOLD}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-o", "--output", type=Path, default=MODEL_PATH)
    args = parser.parse_args()
    model = train(labelled_tokens(load()))
    document = {
        "format": MODEL_FORMAT,
        "format_version": 1,
        "description": "Logistic regression over the context of candidate words; see features/cue_model.py.",
        "trained_on": "PolNeAR v1.0.0 (Newell et al., LREC 2018), 724 articles of breitbart, huff-post, nyt, politico and "
                      "wash-post, one annotation set each; no licence stated: the file holds only word and context weights",
        "training": {"C": C, "min_cue_count": MIN_CUE_COUNT, "min_cue_rate": MIN_CUE_RATE,
                     "min_feature_count": MIN_FEATURE_COUNT},
        **model,
    }
    args.output.write_text(json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(model['candidates'])} candidate words, {len(model['weights'])} weights -> {args.output}")


if __name__ == "__main__":
    main()
