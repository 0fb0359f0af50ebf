"""Tone: how an article addresses its reader, and how specific it is.

Sensational writing shouts ("!"), asks the reader rhetorical questions, talks to "you"
and judges ("deplorable", "amazing"); reporting gives figures. On BuzzFeed-Webis 2016 each
rate alone separates "mostly true" from the rest with ROC AUC 0.62-0.63 (exclamations,
questions, "you"; judgement words 0.68), and on FakeNewsAMT figures per 100 words reach 0.62
(docs/features.md). Text inside quotation marks is someone else's voice and is not counted,
nor are the site's boilerplate lines (dates, temperatures, "Your email address will not be
published").
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterable
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

from features.base import Evidence, FeatureResult, per_100_words
from features.boilerplate import chrome_spans
from features.document import Document

KIND = "tone"
_QUOTED = re.compile(r'"[^"\n]{1,600}"')
_EXCLAMATION = re.compile(r"!+")
_QUESTION = re.compile(r"\?+")
_READER = re.compile(r"\b(?:[Yy]ou(?:'re|'ve|'ll|'d)?|[Yy]ours?|[Yy]ourselves|[Yy]ourself)\b")
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
_WORD = re.compile(r"[A-Za-z]+(?:-[a-z]+)*")
# Pattern's subjectivity runs from 0 (objective) to 1; from 0.8 up are words of judgement
# ("deplorable", "idiotic", "amazing", "silly"), not of description ("new", "big", "federal").
SUBJECTIVE_MIN = 0.8


@lru_cache(maxsize=1)
def subjective_words() -> dict[str, float]:
    """One-word adjectives whose mean subjectivity over their senses is at least SUBJECTIVE_MIN.

    From the Pattern subjectivity lexicon (De Smedt & Daelemans, public domain) that TextBlob
    ships; words mostly used as another part of speech in Brill's tagger lexicon (also shipped
    by TextBlob) are left out: "rose" (VBD), "only" (RB), "kind" (NN).
    """
    spec = find_spec("textblob")  # the data files only: importing textblob would load NLTK
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("textblob is required for its subjectivity lexicon")
    folder = Path(next(iter(spec.submodule_search_locations))) / "en"
    most_frequent_tag = {}
    for line in (folder / "en-lexicon.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 2 and not line.startswith(";"):
            most_frequent_tag[parts[0]] = parts[1]
    senses: dict[str, list[float]] = {}
    for word in ElementTree.parse(folder / "en-sentiment.xml").getroot().iter("word"):
        form = word.get("form", "")
        if _WORD.fullmatch(form) and most_frequent_tag.get(form, "JJ").startswith("JJ"):
            senses.setdefault(form, []).append(float(word.get("subjectivity", "0")))
    return {form: sum(values) / len(values) for form, values in senses.items() if sum(values) / len(values) >= SUBJECTIVE_MIN}


def _outside(matches: Iterable[re.Match[str]], excluded: list[tuple[int, int]]) -> list[re.Match[str]]:
    """The matches (in text order) outside the excluded spans (sorted by start; a span may hold others)."""
    found = []
    k = 0
    for match in matches:
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
    exclamations = _outside(_EXCLAMATION.finditer(text), excluded) if "!" in text else []
    questions = _outside(_QUESTION.finditer(text), excluded) if "?" in text else []
    reader = _outside(_READER.finditer(text), excluded)
    figures = len(_outside(_FIGURE.finditer(text), chrome))
    lexicon = subjective_words()
    subjective = _outside((m for m in _WORD.finditer(text) if m.group().lower() in lexicon), excluded)
    evidence = [Evidence(m.start(), m.end(), KIND, "exclamation", "an exclamation mark in the article's own voice: sensational tone")
                for m in exclamations]
    evidence += [Evidence(m.start(), m.end(), KIND, "question to the reader",
                          "a question in the article's own voice: rhetorical rather than reported") for m in questions]
    evidence += [Evidence(m.start(), m.end(), KIND, "reader addressed", "the article talks to 'you': opinion or persuasion, not report")
                 for m in reader]
    evidence += [Evidence(m.start(), m.end(), KIND, "subjective word",
                          f"'{m.group()}' is a word of judgement (subjectivity {lexicon[m.group().lower()]:.1f} in the Pattern "
                          "lexicon): opinion rather than report") for m in subjective]
    return FeatureResult(
        values={
            "exclamations_per_100_words": per_100_words(len(exclamations), doc),
            "questions_per_100_words": per_100_words(len(questions), doc),
            "reader_address_per_100_words": per_100_words(len(reader), doc),
            "figures_per_100_words": per_100_words(figures, doc),
            "subjective_words_per_100_words": per_100_words(len(subjective), doc),
        },
        evidence=tuple(evidence),
    )
