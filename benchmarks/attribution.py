"""Attribution cues and sources against PolNeAR's manual annotations, per publisher.

    python benchmarks/attribution.py

One annotation set per article (the first annotator's). Matching rules, for cues, sources and
contents (direct quotes and reported clauses): *overlap* — a predicted span matches a gold span of the same role if they share at
least one character (a gold role may be discontinuous: any of its pieces counts); *exact* — the
predicted span equals a gold piece. Precision = matched predictions / predictions, recall =
matched gold roles / gold roles (gold attributions with no source span are left out of the
source counts). Publisher-held-out: the cue model (benchmarks/train_attribution_cues.py) is
retrained without the scored publisher; the hand-written rules were written looking at
breitbart, huff-post and nyt. Last line: how well two PolNeAR annotators agree on cues with the
same matching rule (a ceiling for any detector scored against one of them).
"""

from __future__ import annotations

import time
from collections import defaultdict

from polnear import annotation_sets, load
from train_attribution_cues import labelled_tokens, train

from features.attribution import KIND
from features.attribution import extract as extract_attributions
from features.cue_model import CueModel
from features.document import Document

ROLES = ("cue", "source", "content")


def overlaps(span: tuple[int, int], pieces: list[list[int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in pieces)


def count(predicted: list[tuple[int, int]], gold: list[list[list[int]]]) -> dict[str, int]:
    return {
        "predicted": len(predicted),
        "gold": len(gold),
        "overlap_tp_predicted": sum(any(overlaps(p, g) for g in gold) for p in predicted),
        "overlap_tp_gold": sum(any(overlaps(p, g) for p in predicted) for g in gold),
        "exact_tp_predicted": sum(any(list(p) in g for g in gold) for p in predicted),
        "exact_tp_gold": sum(any(list(p) in g for p in predicted) for g in gold),
    }


def prf(c: dict[str, int], rule: str) -> tuple[float, float, float]:
    precision = c[f"{rule}_tp_predicted"] / max(c["predicted"], 1)
    recall = c[f"{rule}_tp_gold"] / max(c["gold"], 1)
    return precision, recall, 2 * precision * recall / max(precision + recall, 1e-9)


def annotator_agreement() -> tuple[int, dict[str, int]]:
    """Cue counts of the second annotator's spans scored against the first's, on doubly annotated articles."""
    totals: dict[str, int] = defaultdict(int)
    doubled = [sets for sets in annotation_sets().values() if len(sets) >= 2]
    for first, second in (sets[:2] for sets in doubled):
        predicted = [tuple(piece) for a in second for piece in a["cue"]]
        for key, value in count(predicted, [a["cue"] for a in first if a["cue"]]).items():
            totals[key] += value
    return len(doubled), totals


def main() -> None:
    data = load()
    labelled = labelled_tokens(data)
    publishers = [article["meta"]["publisher"] for article, _ in data]
    models = {}
    for held in sorted(set(publishers)):
        fitted = train([row for row, p in zip(labelled, publishers, strict=True) if p != held])
        models[held] = CueModel(frozenset(fitted["candidates"]), fitted["weights"], fitted["intercept"], fitted["threshold"])
    totals: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    doubled = {article_id for article_id, sets in annotation_sets().items() if len(sets) >= 2}
    seconds = 0.0
    for article, attributions in data:
        publisher = article["meta"]["publisher"]
        start = time.perf_counter()
        evidence = extract_attributions(Document(article["text"]), models[publisher]).evidence
        seconds += time.perf_counter() - start
        for role in ROLES:
            predicted = [(e.start, e.end) for e in evidence if e.kind == KIND and e.label == role]
            if role == "source":  # the original speaker behind an outlet is also a source span
                predicted = sorted(set(predicted))
            gold = [a[role] for a in attributions if a[role]]
            for key, value in count(predicted, gold).items():
                totals[(publisher, role)][key] += value
                totals[("all", role)][key] += value
                if article["id"] in doubled:
                    totals[("doubled", role)][key] += value
    print(f"PolNeAR: {len(data)} articles, 5 publishers; {len(data) / seconds:.0f} documents/s (attribution family, one core)")
    print(f"{'publisher':12} {'role':7} {'gold':>6} {'found':>6}   {'overlap P / R / F1':>20}   {'exact P / R / F1':>20}")
    for (publisher, role), c in sorted(totals.items(), key=lambda item: (item[0][0] in ("all", "doubled"), item[0])):
        if publisher == "doubled":
            continue
        overlap = "{:.3f} / {:.3f} / {:.3f}".format(*prf(c, "overlap"))
        exact = "{:.3f} / {:.3f} / {:.3f}".format(*prf(c, "exact"))
        print(f"{publisher:12} {role:7} {c['gold']:6d} {c['predicted']:6d}   {overlap:>20}   {exact:>20}")
    articles, agreement = annotator_agreement()
    print("\nHuman agreement on cues, {} doubly annotated articles (second annotator scored against the first): "
          "overlap P / R / F1 {:.3f} / {:.3f} / {:.3f}".format(articles, *prf(agreement, "overlap")))
    print("This detector on the same articles, against the first annotator: overlap P / R / F1 {:.3f} / {:.3f} / {:.3f}".format(
        *prf(totals[("doubled", "cue")], "overlap")))


if __name__ == "__main__":
    main()
