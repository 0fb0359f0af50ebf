"""Command line: `score` writes JSONL, `report` an HTML report, `audit` per-source tables,
`train` a model file.

A thin layer over readers, pipeline, report, audit and training. Exit status: 0 when every
record scored, 1 when some records errored, 2 on usage errors.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from scorer import __version__
from scorer.article import ScoredArticle
from scorer.model import Model, ModelError, load_model
from scorer.pipeline import score_records
from scorer.readers import UsageError, check_paths, read_paths
from scorer.sources import RatingsError, load_ratings

EXIT_OK = 0
EXIT_RECORD_ERRORS = 1
EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="scorer", description="Score news articles for reliability, with evidence.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    inputs_help = (".txt, .html, JSONL (id, text or html, title, url, source, published), RSS/Atom feeds (.rss, .atom, .xml), "
                   "WARC archives (.warc, .warc.gz), directories of them, or - for stdin")

    score = commands.add_parser("score", help="write one JSON line per input record to stdout")
    score.add_argument("-o", "--output", type=Path, help="write JSONL here instead of stdout")
    report = commands.add_parser("report", help="write an HTML report (index.html, one page per article, scores.jsonl)")
    report.add_argument("-o", "--output", type=Path, required=True, metavar="DIR", help="output directory")
    audit = commands.add_parser("audit", help="per-source reliability table (sources.csv, index.html, scores.jsonl)")
    audit.add_argument("-o", "--output", type=Path, required=True, metavar="DIR", help="output directory")
    for command in (score, report, audit):
        command.add_argument("paths", nargs="+", metavar="PATH", help=inputs_help)
        command.add_argument("--model", type=Path, help="a model JSON file (default: the packaged model)")
        command.add_argument("--ratings", type=Path, metavar="CSV",
                             help="source ratings, CSV 'domain,rating' with ratings in [0, 1] (default: Lin et al. 2023 pc1)")
        command.add_argument("-j", "--jobs", type=_positive_int, default=1, metavar="N",
                             help="score in N processes (output order unchanged; default 1)")

    train = commands.add_parser("train", help="train and calibrate an evidence model on labelled articles")
    train.add_argument("labels", type=Path, metavar="LABELS.jsonl",
                       help="records with 'text' or 'html', 'label' 0/1, optional 'group' (default: source) and 'weight'")
    train.add_argument("-o", "--output", type=Path, required=True, metavar="MODEL.json")
    train.add_argument("--name", default="custom", help="the model's name in every output record")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "train":
        return _train(args.labels, args.output, args.name)
    try:
        check_paths(args.paths)
        model = load_model(args.model)
        ratings = load_ratings(args.ratings)
    except (UsageError, ModelError, RatingsError, OSError) as error:
        print(f"scorer: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    errors = _ErrorCounter()
    scored = errors.watch(score_records(read_paths(args.paths), model, ratings, args.jobs))
    if args.command == "score":
        try:
            _write_jsonl(scored, args.output)
        except BrokenPipeError:  # `scorer score ... | head`: the reader has what it wanted
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return EXIT_OK
    elif args.command == "report":
        index = _write_report(scored, args.output, model)
        print(f"scorer: {errors.total} articles, report at {index}", file=sys.stderr)
    else:
        from scorer.audit import write_audit

        index = write_audit(scored, args.output, model, ratings)
        print(f"scorer: {errors.total} articles, audit at {index}", file=sys.stderr)
    if errors.failed:
        print(f"scorer: {errors.failed} of {errors.total} records could not be scored", file=sys.stderr)
        return EXIT_RECORD_ERRORS
    return EXIT_OK


def _positive_int(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {value}")
    return number


class _ErrorCounter:
    """Counts records and errors as they stream past."""

    def __init__(self) -> None:
        self.total = 0
        self.failed = 0

    def watch(self, scored: Iterator[ScoredArticle]) -> Iterator[ScoredArticle]:
        for article in scored:
            self.total += 1
            self.failed += article.error is not None
            yield article


def _write_jsonl(scored: Iterator[ScoredArticle], output: Path | None) -> None:
    stream = open(output, "w", encoding="utf-8") if output else sys.stdout
    try:
        for article in scored:
            stream.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
            stream.flush()
    finally:
        if output:
            stream.close()


def _write_report(scored: Iterator[ScoredArticle], out_dir: Path, model: Model) -> Path:
    from scorer.report import write_report

    return write_report(scored, out_dir, model)


def _train(labels: Path, output: Path, name: str) -> int:
    from scorer.training import read_labelled, train

    if not labels.is_file():
        print(f"scorer: error: {labels} is not a file", file=sys.stderr)
        return EXIT_USAGE
    values, y, groups, weights, skipped = read_labelled(labels)
    for problem in skipped:
        print(f"scorer: skipped {problem}", file=sys.stderr)
    if len(set(y)) < 2 or len(set(groups)) < 2:
        print("scorer: error: training needs both labels and at least two groups", file=sys.stderr)
        return EXIT_USAGE
    data, _ = train(values, y, groups, weights, name=name)
    output.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(f"scorer: model {name} trained on {len(y)} articles ({len(set(groups))} groups) -> {output}", file=sys.stderr)
    return EXIT_RECORD_ERRORS if skipped else EXIT_OK
