"""HTML pages: the visible text (one block per line) and the article inside it.

The visible text is what the evidence offsets of an HTML record index; the article
body comes from trafilatura, which sees the DOM. A visible line that belongs to the
extracted body is article text, every other line is page chrome.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.html
import trafilatura
from lxml import etree

from features.document import fold_typography

# Elements whose text is never shown.
_HIDDEN = frozenset({"script", "style", "noscript", "head", "svg", "iframe", "select", "textarea", "template", "object"})
# Elements that start a new line.
_BLOCKS = frozenset(
    "address article aside blockquote body br dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 "
    "h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td th thead tfoot tr ul".split()
)
_SPACES = re.compile(r"\s+")
_NOT_ALPHANUMERIC = re.compile(r"[\W_]+")
# Lines shorter than this (in letters and digits) count as article text only when a whole
# body paragraph equals them; longer ones when the body contains them.
SHORT_LINE_CHARS = 20
_MARKUP_DATE_ONLY = {"extensive_search": False, "original_date": True}


@dataclass(frozen=True, slots=True)
class Page:
    """An HTML page as the scorer reads it."""

    text: str  # visible text, one block per line
    body_text: str  # the article extracted by trafilatura ("" when none was found)
    body_lines: frozenset[int]  # indices of the lines of `text` that belong to the article
    published: str | None = None  # the publication date in the page's markup (meta tags, <time>), ISO 8601


def read_page(html: str) -> Page:
    text = visible_text(html)
    # The date only from markup: htmldate's extensive search guesses one from the text (a copyright year, a date
    # the story reports), which the contradiction check would then hold against the story's own dates.
    extracted = trafilatura.bare_extraction(html, include_comments=False, include_tables=True, with_metadata=True,
                                            date_extraction_params=_MARKUP_DATE_ONLY)
    body = (extracted.text or "") if extracted else ""
    title = (extracted.title or "") if extracted else ""
    lines = _body_line_indices(text, body)
    headline = _headline_index(text, title, lines[0] if lines else len(text))
    if headline is not None:
        lines.append(headline)
    return Page(text=text, body_text=body, body_lines=frozenset(lines), published=(extracted.date or None) if extracted else None)


def visible_text(html: str) -> str:
    """The page's text as a browser lays it out in blocks: one block per line, spaces collapsed."""
    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return ""
    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        line = _SPACES.sub(" ", "".join(current)).strip()
        if fold_typography(line).strip():  # a line of zero-width spaces is no line for the Document either
            lines.append(line)
        current.clear()

    def walk(element) -> None:
        if not isinstance(element.tag, str) or _hidden(element):  # comments, processing instructions, hidden
            if element.tail:
                current.append(element.tail)
            return
        block = element.tag in _BLOCKS
        if block:
            flush()
        if element.text:
            current.append(element.text)
        for child in element:
            walk(child)
        if block:
            flush()
        if element.tail:
            current.append(element.tail)

    walk(root)
    flush()
    return "\n".join(lines)


def _hidden(element) -> bool:
    style = (element.get("style") or "").replace(" ", "").lower()
    return element.tag in _HIDDEN or element.get("hidden") is not None or "display:none" in style


def _body_line_indices(text: str, body: str) -> list[int]:
    """Lines of the visible text that the extracted body contains (compared on letters and digits only)."""
    if not body:
        return []
    body_key = _key(body)
    paragraphs = {_key(p) for p in body.splitlines()}
    indices = []
    for index, line in enumerate(text.split("\n")):
        key = _key(line)
        if key and (key in paragraphs or (len(key) >= SHORT_LINE_CHARS and key in body_key)):
            indices.append(index)
    return indices


def _headline_index(text: str, title: str, first_body_line: int) -> int | None:
    """The line that repeats the page title, the last one before the article (trafilatura's body has no headline)."""
    title_key = _key(title)
    if not title_key:
        return None
    matches = [i for i, line in enumerate(text.split("\n")) if _key(line) == title_key]
    before = [i for i in matches if i < first_body_line]
    return before[-1] if before else (matches[0] if matches else None)


def _key(text: str) -> str:
    """Lower-case letters and digits only: trafilatura may re-space, re-quote or re-join the text."""
    return _NOT_ALPHANUMERIC.sub("", fold_typography(text).lower())
