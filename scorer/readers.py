"""Readers: turn files, directories, JSONL and stdin into Articles.

Every input record yields exactly one item, an `Article` or a `RecordError`, in
input order; nothing here raises on bad content.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from charset_normalizer import from_bytes

from scorer.article import Article, RecordError

TEXT_SUFFIXES = frozenset({".txt", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
STDIN = "-"
_OPTIONAL_FIELDS = ("title", "url", "source", "published")

Record = Article | RecordError


class UsageError(Exception):
    """An input path that does not exist: the caller's mistake, not the data's."""


def check_paths(paths: Iterable[str]) -> None:
    """Raise UsageError for a path that does not exist."""
    for path in paths:
        if path != STDIN and not Path(path).exists():
            raise UsageError(f"no such file or directory: {path}")


def read_paths(paths: Iterable[str], stdin: BinaryIO | None = None) -> Iterator[Record]:
    """Articles from files, directories (recursively: .txt, .html, .htm, .jsonl, .ndjson) and '-' for stdin."""
    for path in paths:
        if path == STDIN:
            yield from read_stream((stdin or sys.stdin.buffer).read(), "stdin")
        elif Path(path).is_dir():
            for file in sorted(p for p in Path(path).rglob("*") if p.is_file()):
                if file.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES:
                    yield from read_file(file)
        else:
            yield from read_file(Path(path))


def read_file(path: Path) -> Iterator[Record]:
    try:
        data = path.read_bytes()
    except OSError as error:
        yield RecordError(path.stem, "unreadable", f"cannot read {path}: {error.strerror or error}")
        return
    if path.suffix.lower() in JSONL_SUFFIXES:
        yield from read_jsonl(data, path.stem)
    elif path.suffix.lower() in HTML_SUFFIXES:
        yield html_record(data, path.stem)
    else:
        yield text_record(data, path.stem)


def read_stream(data: bytes, name: str) -> Iterator[Record]:
    """stdin: JSONL if it starts with '{', else one plain-text article."""
    if data.lstrip()[:1] == b"{":
        yield from read_jsonl(data, name)
    else:
        yield text_record(data, name)


def text_record(data: bytes, record_id: str) -> Record:
    text = decode(data)
    if text is None:
        return RecordError(record_id, "not_text", "the input is binary or in no text encoding that could be detected")
    return Article(id=record_id, text=text)


def html_record(data: bytes, record_id: str) -> Record:
    html = decode(data)
    if html is None:
        return RecordError(record_id, "not_text", "the HTML file is binary or in no text encoding that could be detected")
    return Article(id=record_id, text="", html=html)


def decode(data: bytes) -> str | None:
    """UTF-8 if valid, else the best guess of charset-normalizer; None for binary data."""
    if b"\x00" in data:
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        guess = from_bytes(data).best()
        return None if guess is None else str(guess)


def read_jsonl(data: bytes, name: str) -> Iterator[Record]:
    text = decode(data)
    if text is None:
        yield RecordError(name, "not_text", "the JSONL input is binary")
        return
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip():
            yield parse_json_record(line, f"{name}:{number}")


def parse_json_record(line: str, fallback_id: str) -> Record:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return RecordError(fallback_id, "invalid_json", f"not a JSON object: {error.msg} at column {error.colno}")
    if not isinstance(record, dict):
        return RecordError(fallback_id, "invalid_record", f"expected a JSON object, got {type(record).__name__}")
    record_id = record.get("id")
    record_id = str(record_id) if isinstance(record_id, (str, int)) and str(record_id) else fallback_id
    optional = {key: record[key] for key in _OPTIONAL_FIELDS if isinstance(record.get(key), str)}
    if "source" not in optional and isinstance(record.get("source_domain"), str):
        optional["source"] = record["source_domain"]  # the field name of the ../shared/data collections
    if isinstance(record.get("html"), str):
        return Article(id=record_id, text="", html=record["html"], **optional)
    text = record.get("text")
    if not isinstance(text, str):
        found = "no 'text' or 'html' field" if text is None else f"'text' is {type(text).__name__}, not a string"
        return RecordError(record_id, "invalid_record", found, Article(record_id, "", **optional).source_name)
    return Article(id=record_id, text=text, **optional)
