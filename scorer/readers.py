"""Readers: turn files, directories, JSONL and stdin into Articles.

Every input record yields exactly one item, an `Article` or a `RecordError`, in
input order; nothing here raises on bad content.
"""

from __future__ import annotations

import io
import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from charset_normalizer import from_bytes

from scorer.article import Article, RecordError

TEXT_SUFFIXES = frozenset({".txt", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
FEED_SUFFIXES = frozenset({".rss", ".atom", ".xml"})
WARC_SUFFIXES = frozenset({".warc", ".gz"})  # .warc.gz: the last suffix is .gz
READ_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES | WARC_SUFFIXES
_FEED_START = re.compile(rb"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.DOTALL)
STDIN = "-"
_OPTIONAL_FIELDS = ("title", "url", "source", "published")
# Other names of the optional fields in common news datasets, tried in this order when the field is absent.
_FIELD_ALIASES = (("source_domain", "source"), ("domain", "source"), ("link", "url"), ("headline", "title"))

Record = Article | RecordError


class UsageError(Exception):
    """An input path that does not exist: the caller's mistake, not the data's."""


def check_paths(paths: Iterable[str]) -> None:
    """Raise UsageError for a path that does not exist."""
    for path in paths:
        if path != STDIN and not Path(path).exists():
            raise UsageError(f"no such file or directory: {path}")


def read_paths(paths: Iterable[str], stdin: BinaryIO | None = None) -> Iterator[Record]:
    """Articles from files, directories (recursively, by suffix) and '-' for stdin."""
    for path in paths:
        if path == STDIN:
            yield from read_stream((stdin or sys.stdin.buffer).read(), "stdin")
        elif Path(path).is_dir():
            for file in sorted(p for p in Path(path).rglob("*") if p.is_file()):
                if file.suffix.lower() in READ_SUFFIXES and (file.suffix.lower() != ".gz" or _is_warc_name(file)):
                    yield from read_file(file)
        else:
            yield from read_file(Path(path))


def read_file(path: Path) -> Iterator[Record]:
    try:
        data = path.read_bytes()
    except OSError as error:
        yield RecordError(path.stem, "unreadable", f"cannot read {path}: {error.strerror or error}")
        return
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(data, path.stem)
    elif suffix in HTML_SUFFIXES:
        yield html_record(data, path.stem)
    elif _is_warc_name(path) or data[:4] == b"WARC":
        yield from read_warc(data, path.name)
    elif suffix in FEED_SUFFIXES or _FEED_START.match(data[:2000]):
        yield from read_feed(data, path.stem)
    else:
        yield text_record(data, path.stem)


def _is_warc_name(path: Path) -> bool:
    name = path.name.lower()
    return name.endswith(".warc") or name.endswith(".warc.gz")


def read_stream(data: bytes, name: str) -> Iterator[Record]:
    """stdin: JSONL if it starts with '{', a feed if it starts like RSS or Atom, WARC by its magic, else plain text."""
    if data.lstrip()[:1] == b"{":
        yield from read_jsonl(data, name)
    elif data[:4] == b"WARC" or data[:2] == b"\x1f\x8b":
        yield from read_warc(data, name)
    elif _FEED_START.match(data[:2000]):
        yield from read_feed(data, name)
    else:
        yield text_record(data, name)


def read_feed(data: bytes, name: str) -> Iterator[Record]:
    """One article per RSS/Atom entry: its full content if the feed carries it, else its summary, as text."""
    import feedparser

    from scorer.html import visible_text

    feed = feedparser.parse(data)
    if not feed.entries:
        problem = f": {feed.bozo_exception}" if feed.get("bozo") else ""
        yield RecordError(name, "invalid_record", f"a feed with no entries{problem}")
        return
    for number, entry in enumerate(feed.entries, 1):
        record_id = str(entry.get("id") or entry.get("link") or f"{name}:{number}")
        contents = [c.get("value", "") for c in entry.get("content", [])]
        body = max(contents, key=len) if contents else entry.get("summary", "")
        text = visible_text(body) if "<" in body else body
        title = entry.get("title")
        optional = {k: v for k, v in (("title", title), ("url", entry.get("link")), ("published", entry.get("published")))
                    if isinstance(v, str) and v}
        if not text.strip():
            yield RecordError(record_id, "empty_text", "the feed entry has no content or summary",
                              Article(record_id, "", **optional).source_name)
            continue
        yield Article(id=record_id, text=f"{title}\n\n{text}" if title and not text.startswith(title) else text, **optional)


def read_warc(data: bytes, name: str) -> Iterator[Record]:
    """One article per HTML response in a WARC archive (warcio), with the page's URL."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    found = 0
    try:
        for record in ArchiveIterator(io.BytesIO(data)):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            content_type = record.http_headers.get_header("Content-Type") or ""
            if "html" not in content_type.lower() or not record.http_headers.get_statuscode().startswith("2"):
                continue
            found += 1
            url = record.rec_headers.get_header("WARC-Target-URI") or ""
            record_id = url or record.rec_headers.get_header("WARC-Record-ID") or f"{name}:{found}"
            html = decode(record.content_stream().read())
            if html is None:
                yield RecordError(record_id, "not_text", "the archived page is binary or in no detectable encoding")
                continue
            yield Article(id=record_id, text="", html=html, url=url or None)
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as error:  # a truncated or corrupt archive
        yield RecordError(name, "unreadable", f"WARC archive unreadable after {found} pages: {error}")
        return
    if not found:
        yield RecordError(name, "invalid_record", "the WARC archive holds no HTML response")


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
    for alias, field in _FIELD_ALIASES:  # "source_domain" of the ../shared/data collections, "domain", "link"
        if field not in optional and isinstance(record.get(alias), str):
            optional[field] = record[alias]
    if isinstance(record.get("html"), str):
        return Article(id=record_id, text="", html=record["html"], **optional)
    text = record.get("text")
    if not isinstance(text, str):
        found = "no 'text' or 'html' field" if text is None else f"'text' is {type(text).__name__}, not a string"
        return RecordError(record_id, "invalid_record", found, Article(record_id, "", **optional).source_name)
    return Article(id=record_id, text=text, **optional)
