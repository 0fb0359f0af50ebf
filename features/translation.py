"""Translation artifacts: traces that a text was machine-translated into English.

First, hand-weighted version (issue 3 replaces the weights with a model trained
on WMT data). Each artifact is an evidence span with its reason;
`translation_probability` is a logistic function of the artifact counts.
"""

from __future__ import annotations

import math
import re

from features.base import Evidence, FeatureResult, per_100_words
from features.document import Document

KIND = "translation"

_WEEKDAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

# (label, pattern, reason, weight in logit units per occurrence, cap on occurrences)
# Weights are hand-set from how rare each pattern is in BBC News and WMT original
# English compared with WMT machine translations (counts in docs/features.md).
_RULES: tuple[tuple[str, re.Pattern[str], str, float, int], ...] = (
    (
        "number placeholder",
        re.compile(r"\b\w*XNUMX\w*"),
        "'XNUMX' is a number placeholder left by a translation or spinning pipeline",
        3.0,
        2,
    ),
    (
        "weekday calque",
        re.compile(rf"\b\w+ed this {_WEEKDAYS}\b|\bthis {_WEEKDAYS} (?=(?:the|a|an|its|his|her|their|\d)\b)"),
        "'this Wednesday' for an event in the past or next to its object: a calque of 'este miercoles'; English news says 'on Wednesday'",
        1.2,
        2,
    ),
    (
        "garbled punctuation",
        re.compile(r"[.!?] ,"),
        "a full stop followed by a comma: a sentence cut in two by the translator",
        1.0,
        3,
    ),
    (
        "sentence fragment",
        re.compile(r"\b(?P<before>[a-z]{3,})\. (?P<hit>[a-z]+)\b"),
        "a sentence that starts in lower case after a full stop: a clause split or garbled in translation",
        1.0,
        3,
    ),
    (
        "calque phrase",
        re.compile(r"\b(?:[Ff]or (?:its|his|her|their) part|[Ii]n the face of such|[Ii]n this sense|[Ii]t should be noted that)\b"),
        "a phrase typical of text translated from Romance languages ('por su parte', 'ante tal', 'en este sentido')",
        0.4,
        3,
    ),
)
_ABBREVIATIONS_BEFORE_LOWERCASE = frozenset({"etc", "approx", "incl", "esp", "dept", "govt", "viz", "vol", "min", "max"})
# A short line that starts in lower case and is no sentence: "far from entering".
_STRAY_LINE = re.compile(r"[a-z][a-z'-]*(?:\s+[\w'-]+){0,7}")
_STRAY_LINE_REASON = "a lower-case line that is no sentence: a sub-heading translated as a fragment"
_STRAY_LINE_WEIGHT = 1.5
_STRAY_LINE_CAP = 2
# Dispatch style: dates as today/yesterday/tomorrow, people by title and surname only.
# Rates in BBC News 2004-05 (2,225 articles): 0.13% of articles pass the
# relative-date bar, 0.3% have two or more bare titled surnames.
_RELATIVE_DAY = re.compile(r"\b(?:[Tt]oday|[Yy]esterday|[Tt]omorrow)\b")
RELATIVE_DAY_MIN_COUNT = 3
RELATIVE_DAY_MIN_PER_1000_WORDS = 5.0
_RELATIVE_DAY_WEIGHT = 1.0
_TITLED_SURNAME = re.compile(
    r"\b(?:President|Minister|Secretary(?: of State)?|Chancellor|Premier|Ambassador|Senator|Governor) (?P<surname>[A-Z][a-z]+)\b(?! [A-Z])"
)
_TITLES = frozenset("President Minister Secretary State Chancellor Premier Ambassador Senator Governor Mr Mrs Ms Dr".split())
TITLED_SURNAME_MIN_COUNT = 2
_TITLED_SURNAME_WEIGHT = 0.8
# With no artifact found, the probability is sigmoid(INTERCEPT), about 0.08.
INTERCEPT = -2.5


def extract(doc: Document) -> FeatureResult:
    text = doc.normalized
    evidence: list[Evidence] = []
    logit = INTERCEPT
    for label, pattern, reason, weight, cap in _RULES:
        found = [m for m in pattern.finditer(text) if not _after_abbreviation(m)]
        logit += weight * min(len(found), cap)
        evidence.extend(Evidence(*_hit_span(m), KIND, label, reason) for m in found)
    stray = [line for line in doc.lines if _STRAY_LINE.fullmatch(text, line.start, line.end)]
    logit += _STRAY_LINE_WEIGHT * min(len(stray), _STRAY_LINE_CAP)
    evidence.extend(Evidence(s.start, s.end, KIND, "stray fragment", _STRAY_LINE_REASON) for s in stray)
    relative_days = list(_RELATIVE_DAY.finditer(text))
    if len(relative_days) >= RELATIVE_DAY_MIN_COUNT and 1000 * len(relative_days) / max(doc.word_count, 1) >= RELATIVE_DAY_MIN_PER_1000_WORDS:
        logit += _RELATIVE_DAY_WEIGHT
        reason = (f"{len(relative_days)} dates given as today/yesterday/tomorrow in {doc.word_count} words: "
                  "the style of a translated agency dispatch (BBC News: 0.3 per 1,000 words)")
        evidence.extend(Evidence(m.start(), m.end(), KIND, "relative date", reason) for m in relative_days)
    bare = [m for m in _TITLED_SURNAME.finditer(text) if not _has_first_name(text, m["surname"])]
    if len(bare) >= TITLED_SURNAME_MIN_COUNT:
        logit += _TITLED_SURNAME_WEIGHT
        evidence.extend(
            Evidence(m.start(), m.end(), KIND, "title without first name",
                     f"'{m.group()}' never gets a first name: English news names people in full at first mention")
            for m in bare
        )
    evidence.sort(key=lambda e: e.start)
    return FeatureResult(
        values={
            "translation_probability": 1.0 / (1.0 + math.exp(-logit)),
            "translation_artifacts_per_100_words": per_100_words(len(evidence), doc),
        },
        evidence=tuple(evidence),
    )


def _after_abbreviation(match: re.Match[str]) -> bool:
    """True for 'etc. and'-like fragments, which are no artifact."""
    return "before" in match.re.groupindex and match["before"] in _ABBREVIATIONS_BEFORE_LOWERCASE


def _has_first_name(text: str, surname: str) -> bool:
    """True if the surname appears after a capitalised word that is no title: 'Antony Blinken'."""
    for match in re.finditer(rf"\b([A-Z][a-z]+) {re.escape(surname)}\b", text):
        if match.group(1) not in _TITLES:
            return True
    return False


def _hit_span(match: re.Match[str]) -> tuple[int, int]:
    """The part of a match that is the artifact: group 'hit' if the rule has one."""
    return match.span("hit") if "hit" in match.re.groupindex else match.span()
