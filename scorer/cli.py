"""Command line: `scorer score` writes JSONL, `scorer report` writes an HTML report.

A thin layer over readers, pipeline and report. Exit status: 0 when every
record scored, 1 when some records errored, 2 on usage errors.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from scorer import __version__
from scorer.article import ScoredArticle
from scorer.model import LinearModel, ModelError, load_model
from scorer.pipeline import score_records
from scorer.readers import UsageError, check_paths, read_paths

EXIT_OK = 0
EXIT_RECORD_ERRORS = 1
EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="scorer", description="Score news articles for reliability, with evidence.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    inputs_help = ".txt files, directories of them, JSONL files (id, text, title, url, source, published), or - for stdin"

    score = commands.add_parser("score", help="write one JSON line per input record to stdout")
    score.add_argument("paths", nargs="+", metavar="PATH", help=inputs_help)
    score.add_argument("--model", type=Path, help="a model JSON file (default: the packaged model)")
    score.add_argument("-o", "--output", type=Path, help="write JSONL here instead of stdout")

    report = commands.add_parser("report", help="write an HTML report (index.html, one page per article, scores.jsonl)")
    report.add_argument("paths", nargs="+", metavar="PATH", help=inputs_help)
    report.add_argument("-o", "--output", type=Path, required=True, metavar="DIR", help="output directory")
    report.add_argument("--model", type=Path, help="a model JSON file (default: the packaged model)")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        check_paths(args.paths)
        model = load_model(args.model)
    except (UsageError, ModelError, OSError) as error:
        print(f"scorer: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    errors = _ErrorCounter()
    scored = errors.watch(score_records(read_paths(args.paths), model))
    if args.command == "score":
        _write_jsonl(scored, args.output)
    else:
        index = _write_report(scored, args.output, model)
        print(f"scorer: {errors.total} articles, report at {index}", file=sys.stderr)
    if errors.failed:
        print(f"scorer: {errors.failed} of {errors.total} records could not be scored", file=sys.stderr)
        return EXIT_RECORD_ERRORS
    return EXIT_OK


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


def _write_report(scored: Iterator[ScoredArticle], out_dir: Path, model: LinearModel) -> Path:
    from scorer.report import write_report

    return write_report(scored, out_dir, model)
