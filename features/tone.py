"""Tone: how an article addresses its reader, and how specific it is.

Sensational writing shouts ("!"), asks the reader rhetorical questions and talks to
"you"; reporting gives figures. On BuzzFeed-Webis 2016 each rate alone separates
"mostly true" from the rest with ROC AUC 0.62-0.63 (exclamations, questions, "you"),
and on FakeNewsAMT figures per 100 words reach 0.62 (docs/features.md). Text inside
quotation marks is someone else's voice and is not counted, nor are the site's boilerplate lines
(dates, temperatures, "Your email address will not be published").
"""

from __future__ import annotations

import re

from features.base import Evidence, FeatureResult, per_100_words
from features.boilerplate import chrome_spans
from features.document import Document

KIND = "tone"
_QUOTED = re.compile(r'"[^"\n]{1,600}"')
_EXCLAMATION = re.compile(r"!+")
_QUESTION = re.compile(r"\?+")
_READER = re.compile(r"\b(?:[Yy]ou(?:'re|'ve|'ll|'d)?|[Yy]ours?|[Yy]ourselves|[Yy]ourself)\b")
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")


def _outside(text: str, pattern: re.Pattern[str], excluded: list[tuple[int, int]]) -> list[re.Match[str]]:
    """The pattern's matches outside the excluded spans (sorted by start; a span may hold others)."""
    found = []
    k = 0
    for match in pattern.finditer(text):
        while k < len(excluded) and excluded[k][1] <= match.start():
            k += 1
        if k < len(excluded) and excluded[k][0] <= match.start() < excluded[k][1]:
            continue
        found.append(match)
    return found


def extract(doc: Document) -> FeatureResult:
    text = doc.normalized
    chrome = [(span.start, span.end) for span in chrome_spans(doc)]
    # Someone else's voice (quotes) and the site's (chrome lines) are not the article's.
    excluded = sorted(chrome + [m.span() for m in _QUOTED.finditer(text)]) if '"' in text else chrome
    exclamations = _outside(text, _EXCLAMATION, excluded) if "!" in text else []
    questions = _outside(text, _QUESTION, excluded) if "?" in text else []
    reader = _outside(text, _READER, excluded)
    figures = len(_outside(text, _FIGURE, chrome))
    evidence = [Evidence(m.start(), m.end(), KIND, "exclamation", "an exclamation mark in the article's own voice: sensational tone")
                for m in exclamations]
    evidence += [Evidence(m.start(), m.end(), KIND, "question to the reader",
                          "a question in the article's own voice: rhetorical rather than reported") for m in questions]
    evidence += [Evidence(m.start(), m.end(), KIND, "reader addressed", "the article talks to 'you': opinion or persuasion, not report")
                 for m in reader]
    return FeatureResult(
        values={
            "exclamations_per_100_words": per_100_words(len(exclamations), doc),
            "questions_per_100_words": per_100_words(len(questions), doc),
            "reader_address_per_100_words": per_100_words(len(reader), doc),
            "figures_per_100_words": per_100_words(figures, doc),
        },
        evidence=tuple(evidence),
    )
