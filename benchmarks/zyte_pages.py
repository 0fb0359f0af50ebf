"""Shared loading of the Zyte article-extraction pages (../shared/data/boilerplate) for the boilerplate scripts."""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from features.document import Document

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "boilerplate"
MAIN_LABELS = frozenset({"title", "body"})


@dataclass
class Page:
    id: str
    site: str
    html_file: str
    visible_text: str
    lines: list[str]  # the Document's lines of visible_text
    is_boilerplate: np.ndarray  # one 0/1 per line
    chars: np.ndarray  # non-space characters per line
    main_span: tuple[int, int]  # first and last main line, as indices into `lines`


@lru_cache(maxsize=1)
def load_pages() -> list[Page]:
    """Every page, its lines as the scorer sees them (folded, trimmed, blank lines dropped) and their labels."""
    pages = []
    with gzip.open(DATA / "pages.jsonl.gz", "rt", encoding="utf-8") as rows:
        for row in map(json.loads, rows):
            text = row["visible_text"]
            doc = Document(text)
            labels = dict(_line_labels(doc.normalized, row["line_labels"]))
            lines = [doc.span_text(span) for span in doc.lines]
            bp = np.array([0 if labels[span.start] in MAIN_LABELS else 1 for span in doc.lines])
            main = np.flatnonzero(bp == 0)
            pages.append(
                Page(
                    id=row["id"],
                    site=row["source_domain"],
                    html_file=row["html_file"],
                    visible_text=text,
                    lines=lines,
                    is_boilerplate=bp,
                    chars=np.array([len(line.replace(" ", "")) for line in lines]),
                    main_span=(int(main[0]), int(main[-1])) if main.size else (0, -1),
                )
            )
    return pages


def _line_labels(text: str, labels: list[str]):
    """(offset of the first non-space character of each visible_text line, its label)."""
    offset = 0
    for line, label in zip(text.split("\n"), labels):
        stripped = len(line) - len(line.lstrip())
        yield offset + stripped, label
        offset += len(line) + 1

