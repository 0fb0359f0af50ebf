"""Contradiction detector on injected errors in BBC News, on untouched BBC, and its pronoun linking on GAP.

    python benchmarks/contradictions.py [--half test|dev] [--seed 0]

Injected set: benchmarks/inject_contradictions.py (seeded), one contradiction per record,
each with its untouched original as the negative twin. A finding counts for a type when its
label belongs to the type and one of its spans overlaps the injected words. Per type:
precision = findings of the type that hit the injected words / all findings of the type on the
injected records and their originals; recall = injected records whose contradiction is found.
Then findings per 100 untouched BBC articles of the half, and on GAP (development + validation)
the accuracy of the antecedent the detector links each pronoun to (A, B or neither; the linked
mention is A when it shares a word with A's name, so "Smith" counts for "John Smith").
"""

from __future__ import annotations

import argparse
import csv
import time
from collections import defaultdict
from pathlib import Path

from inject_contradictions import TYPES, injected, read_bbc

from features import contradictions
from features.document import Document

GAP = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "gap_coreference"
LABELS = {
    "pronoun": {"pronoun", "person"},
    "respelling": {"name variant"},
    "date": {"weekday", "date", "page date", "story date"},
    "number": {"quantity"},
}


def findings(text: str) -> list[tuple[str, list[tuple[int, int]]]]:
    """(type, spans) of every finding in a text."""
    groups: dict[str, list] = defaultdict(list)
    for evidence in contradictions.extract(Document(text)).evidence:
        groups[evidence.group].append(evidence)
    result = []
    for spans in groups.values():
        kind = next(t for t, labels in LABELS.items() if spans[0].label in labels)
        result.append((kind, [(e.start, e.end) for e in spans]))
    return result


def overlaps(spans: list[tuple[int, int]], truth: tuple[int, int]) -> bool:
    return any(start < truth[1] and truth[0] < end for start, end in spans)


def injected_report(articles: list[dict], half: str, seed: int) -> None:
    records = list(injected(articles, seed, half))
    originals = {a["id"]: a["text"] for a in articles}
    original_findings = {}
    hits, found_total, recall_hits, counts = defaultdict(int), defaultdict(int), defaultdict(int), defaultdict(int)
    for record in records:
        kind, truth = record["type"], tuple(record["truth"])
        counts[kind] += 1
        found = [(k, spans) for k, spans in findings(record["text"]) if k == kind]
        if record["source_id"] not in original_findings:
            original_findings[record["source_id"]] = findings(originals[record["source_id"]])
        twin = [(k, spans) for k, spans in original_findings[record["source_id"]] if k == kind]
        good = [spans for _, spans in found if overlaps(spans, truth)]
        hits[kind] += len(good)
        found_total[kind] += len(found) + len(twin)
        recall_hits[kind] += bool(good)
    print(f"Injected contradictions, {half} half of BBC News (seed {seed}): {len(records)} records")
    print(f"{'type':12} {'records':>8} {'precision':>10} {'recall':>8}")
    for kind in TYPES:
        precision = hits[kind] / found_total[kind] if found_total[kind] else float("nan")
        recall = recall_hits[kind] / counts[kind] if counts[kind] else float("nan")
        print(f"{kind:12} {counts[kind]:8d} {precision:10.3f} {recall:8.3f}")


def untouched_report(articles: list[dict], half: str) -> None:
    chosen = [a for k, a in enumerate(articles) if (k % 2 == 1) == (half == "test")]
    by_type: dict[str, int] = defaultdict(int)
    started = time.perf_counter()
    for article in chosen:
        for kind, _ in findings(article["text"]):
            by_type[kind] += 1
    elapsed = time.perf_counter() - started
    total = sum(by_type.values())
    detail = ", ".join(f"{k} {100 * by_type[k] / len(chosen):.2f}" for k in TYPES)
    print(f"\nUntouched BBC articles ({half} half, {len(chosen)}): {100 * total / len(chosen):.2f} findings per 100 articles "
          f"({detail}); {len(chosen) / elapsed:.0f} articles/s with the document analysis")


def gap_report() -> None:
    rows = []
    for name in ("gap-development.tsv", "gap-validation.tsv"):
        with open(GAP / name, encoding="utf-8") as handle:
            rows.extend(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    correct = linked = 0
    confusion: dict[tuple[str, str], int] = defaultdict(int)
    for row in rows:
        doc = Document(row["Text"])
        antecedent = contradictions.antecedent(doc, int(row["Pronoun-offset"]))
        predicted = "neither"
        if antecedent is not None:  # the same person: a word of the linked mention is a word of A's (or B's) name
            linked_words = set(doc.text[antecedent.start : antecedent.end].split())
            for label in ("A", "B"):
                if linked_words & set(row[label].split()) and predicted == "neither":
                    predicted = label
        truth = "A" if row["A-coref"] == "TRUE" else "B" if row["B-coref"] == "TRUE" else "neither"
        correct += predicted == truth
        linked += antecedent is not None
        confusion[(truth, predicted)] += 1
    print(f"\nGAP (development + validation, {len(rows)} pronouns): linking accuracy {correct / len(rows):.3f} "
          f"(A / B / neither; always 'B', the larger class: {sum(r['B-coref'] == 'TRUE' for r in rows) / len(rows):.3f}); "
          f"a person linked for {linked / len(rows):.1%}")
    print("truth -> predicted: " + ", ".join(f"{t}->{p} {n}" for (t, p), n in sorted(confusion.items())))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--half", choices=("dev", "test"), default="test")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    articles = read_bbc()
    injected_report(articles, args.half, args.seed)
    untouched_report(articles, args.half)
    if GAP.exists():
        gap_report()


if __name__ == "__main__":
    main()
