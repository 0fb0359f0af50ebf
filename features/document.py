"""The one analysed view of an article that every extractor reads.

A `Document` is built once per article. It keeps the text as given and a
typography-folded copy of the same length, so every offset (lines, paragraphs,
sentences, tokens, evidence spans) indexes both.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from functools import cached_property
from typing import NamedTuple

# One character in, one character out: offsets stay valid after folding.
_FOLD = str.maketrans(
    {
        **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u02bc\u0060\u00b4", "'"),
        **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
        **dict.fromkeys("\u00a0\u2007\u2009\u200a\u202f\u205f\u3000\u200b\ufeff\t", " "),
        **dict.fromkeys("\u2028\u2029\x0b\x0c\x85", "\n"),
        "\u2026": ".",
        "\r": " ",
    }
)
_LONE_CARRIAGE_RETURN = re.compile(r"\r(?!\n)")  # old Mac line ends: a line break, not a space

_OPENING_DOUBLED_QUOTE = re.compile(r"(?<!\S)''(?=\S)")
_CLOSING_DOUBLED_QUOTE = re.compile("''")
_LINE = re.compile(r"[^\n]+")
# A token is a number ("2.5", "100,000") or a word ("U.S", "state-of-the-art", "1990s").
_TOKEN = re.compile(r"(?P<number>\d+(?:[.,'-]\d+)*\b(?![.'-]\w))|\w+(?:['.-]\w+)*")
# A sentence ends at . ! or ? (with closing quotes/brackets) before a space and
# an upper-case letter, digit or opening quote.
# Possessive and anchored at the run's first mark, so a long run of dots costs linear time.
_SENTENCE_END = re.compile(r"(?<![.!?])[.!?]++[\"')\]]*+\s+(?=[\"'(\[]?[A-Z0-9])")
# The last word before a full stop that does not end a sentence.
_ABBREVIATION = re.compile(
    r"[\"'(\[]*(?:Mr|Mrs|Ms|Dr|Prof|St|Sr|Jr|Gen|Col|Lt|Sgt|Rep|Sen|Gov|Jan|Feb|Mar|Apr|Jun|Jul"
    r"|Aug|Sep|Sept|Oct|Nov|Dec|No|vs|etc|Inc|Corp|Ltd|Co|[A-Z]|(?:[A-Za-z]\.)+[A-Za-z])\."
)


class Span(NamedTuple):
    """A half-open character range [start, end) into the document text."""

    start: int
    end: int


def inside(spans: list[Span], starts: list[int], position: int) -> bool:
    """Whether position falls inside one of the sorted, non-overlapping spans (`starts` holds their starts)."""
    index = bisect_right(starts, position) - 1
    return index >= 0 and position < spans[index].end


def strictly_inside(spans: list[Span], starts: list[int], position: int) -> bool:
    """Like `inside`, but a span's first character is not inside it (a quote mark opening the span)."""
    index = bisect_left(starts, position) - 1
    return index >= 0 and position < spans[index].end


def comma_before(text: str, position: int) -> bool:
    """Whether the last character before position, white space aside, is a comma (read back only over the
    white space, so a check per name or cue stays linear)."""
    index = position - 1
    while index >= 0 and text[index].isspace():
        index -= 1
    return index >= 0 and text[index] == ","


def fold_typography(text: str) -> str:
    """Fold curly quotes, dashes, odd spaces and line separators (a lone carriage return too) to ASCII, keeping the length.

    Doubled apostrophes or backticks used as quotation marks (''like this'', ``this'') become a
    quotation mark and a space, the space on the outside of the quote (the backtick is folded to
    an apostrophe first), so every extractor sees one quote style.
    """
    if "\r" in text:
        text = _LONE_CARRIAGE_RETURN.sub("\n", text)
    folded = text.translate(_FOLD)
    if "''" not in folded:
        return folded
    return _CLOSING_DOUBLED_QUOTE.sub('" ', _OPENING_DOUBLED_QUOTE.sub(' "', folded))


class Document:
    """An article analysed once: text, folded text, lines, paragraphs, sentences, tokens."""

    def __init__(self, text: str, title: str | None = None, article_lines: frozenset[int] | None = None,
                 published: dt.date | None = None) -> None:
        self.text = text
        self.title = title
        self.published = published  # the record's publication date, when its metadata gives one
        # Indices into `lines` known to be the article, when a DOM extractor has said so (HTML input).
        self.article_lines = article_lines
        self.normalized = fold_typography(text)
        # Results one feature family computes and others reuse, keyed by name (the boilerplate lines).
        self.shared: dict[str, object] = {}

    def __repr__(self) -> str:
        return f"Document({len(self.text)} chars, {len(self.lines)} lines)"

    def span_text(self, span: Span) -> str:
        """The folded text of a span."""
        return self.normalized[span.start : span.end]

    @cached_property
    def lines(self) -> tuple[Span, ...]:
        """Non-blank lines, with surrounding white space trimmed."""
        spans = []
        for match in _LINE.finditer(self.normalized):
            span = _trim(self.normalized, match.start(), match.end())
            if span is not None:
                spans.append(span)
        return tuple(spans)

    @cached_property
    def paragraphs(self) -> tuple[Span, ...]:
        """Runs of lines separated by blank lines."""
        paragraphs: list[Span] = []
        previous_end = -1
        for line in self.lines:
            joined = paragraphs and "\n\n" not in self.normalized[previous_end : line.start].replace(" ", "")
            if joined:
                paragraphs[-1] = Span(paragraphs[-1].start, line.end)
            else:
                paragraphs.append(line)
            previous_end = line.end
        return tuple(paragraphs)

    @cached_property
    def story_lines(self) -> tuple[Span, ...]:
        """The lines of the article: all lines, or for an HTML page those its DOM extractor kept (all of them
        when it kept none)."""
        if not self.article_lines:
            return self.lines
        return tuple(line for index, line in enumerate(self.lines) if index in self.article_lines)

    @cached_property
    def _line_starts(self) -> list[int]:
        return [line.start for line in self.lines]

    def in_story(self, position: int) -> bool:
        """Whether an offset lies in the article: always for plain text, in the extractor's lines for an HTML page."""
        return not self.article_lines or bisect_right(self._line_starts, position) - 1 in self.article_lines

    @cached_property
    def sentences(self) -> tuple[Span, ...]:
        """The article's sentences (story_lines), never crossing a line break: what the families read as prose."""
        text = self.normalized
        spans = []
        for line in self.story_lines:
            start = line.start
            for match in _SENTENCE_END.finditer(text, line.start, line.end):
                space = text.rfind(" ", start, match.start())
                word_start = start if space < 0 else space + 1
                if _ABBREVIATION.fullmatch(text, word_start, match.start() + 1):
                    continue
                end = match.end() - len(match.group()) + len(match.group().rstrip())
                spans.append(Span(start, end))
                start = match.end()
            if start < line.end:
                spans.append(Span(start, line.end))
        return tuple(spans)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [sentence.start for sentence in self.sentences]

    def sentence_at(self, position: int) -> int:
        """Index of the last sentence starting at or before `position` (-1 before the first)."""
        return bisect_right(self._sentence_starts, position) - 1

    @cached_property
    def tokens(self) -> tuple[Span, ...]:
        """Word and number tokens."""
        return tuple(Span(*m.span()) for m in _TOKEN.finditer(self.normalized))

    @cached_property
    def words(self) -> tuple[Span, ...]:
        """Tokens that are words, not numbers."""
        return tuple(Span(*m.span()) for m in _TOKEN.finditer(self.normalized) if m.lastgroup != "number")

    @cached_property
    def word_count(self) -> int:
        """Words of the article (story_lines), counted without building spans (the hot path needs only the count)."""
        if not self.article_lines:
            return _TOKEN.findall(self.normalized).count("")
        return sum(_TOKEN.findall(self.normalized, line.start, line.end).count("") for line in self.story_lines)

    @cached_property
    def language(self) -> str | None:
        """ISO 639-1 code from langdetect (deterministic), or None if undetectable."""
        from features.language import detect_language

        return detect_language(self)


def _trim(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if end > start else None
