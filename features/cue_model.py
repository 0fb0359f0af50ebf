"""A learned detector of attribution cues: which words introduce who said or thought what.

Hand-written cue lists catch "said" and "according to" but miss the long tail PolNeAR
annotates ("argued", "called for", "seemed", "want", a colon before a quote). This model
scores every word that was ever part of a cue in the training articles with a logistic
regression over its context: the word, its neighbours, its suffix, nearby quotation marks
and capitalised words. Trained by benchmarks/train_attribution_cues.py on PolNeAR; shipped
as a readable JSON table of feature weights (features/models/attribution-cues.json).
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from importlib.resources import files
from itertools import accumulate, repeat
from typing import NamedTuple

from features.document import Document, Span

MODEL_FORMAT = "news-reliability-scorer/attribution-cues"
MODEL_FILE = "attribution-cues.json"
_TOKEN = re.compile(r"(\w+(?:'\w+)?|[^\w\s])")  # one group: split() returns separators and tokens in turn
_QUOTE_MARKS = frozenset('"')
QUOTE_WINDOW = 3
PAD = "<pad>"
_SHARED_KEY = "attribution cue tokens"


class Tokens(NamedTuple):
    """Word and punctuation tokens of the folded text: parallel lists of offsets, words and lower-cased words."""

    starts: list[int]
    ends: list[int]
    words: list[str]
    lower: list[str]


def tokens(doc: Document) -> Tokens:
    """The document's tokens, computed once per document (the rule cues reuse them).

    Built by one split and running sums of the pieces' lengths, not a Python loop over matches.
    """
    found = doc.shared.get(_SHARED_KEY)
    if found is None:
        pieces = _TOKEN.split(doc.normalized)  # separator, token, separator, ..., separator
        offsets = list(accumulate(map(len, pieces), initial=0))
        words = pieces[1::2]
        found = doc.shared[_SHARED_KEY] = Tokens(offsets[1:-1:2], offsets[2:-1:2], words, [w.lower() for w in words])
    return found


def token_context(toks: Tokens, i: int) -> list[tuple[str, str]]:
    """The context features of token i as (template, value) pairs."""
    words, lower = toks.words, toks.lower
    last = len(words) - 1
    w = lower[i]
    p1 = lower[i - 1] if i > 0 else PAD
    n1 = lower[i + 1] if i < last else PAD
    features = [("w", w), ("p1", p1), ("n1", n1), ("p2", lower[i - 2] if i > 1 else PAD),
                ("n2", lower[i + 2] if i < last - 1 else PAD), ("p1w", f"{p1}_{w}"), ("wn1", f"{w}_{n1}"),
                ("suf3", w[-3:]), ("suf2", w[-2:])]
    if not _QUOTE_MARKS.isdisjoint(words[max(0, i - QUOTE_WINDOW) : i + QUOTE_WINDOW + 1]):
        features.append(("flag", "quote_near"))
    if i > 0 and words[i - 1][:1].isupper():
        features.append(("flag", "prev_cap"))
    if words[i][:1].isupper():
        features.append(("flag", "cap"))
    return features


class CueModel:
    """Logistic regression over token_context, for candidate words only.

    `weights` maps each feature template ("w", "p1", "flag", ...) to its values' weights.
    """

    def __init__(self, candidates: frozenset[str], weights: dict[str, dict[str, float]], intercept: float,
                 threshold: float) -> None:
        self.candidates = candidates
        self.weights = weights
        self._weight = {(template, value): weight for template, values in weights.items() for value, weight in values.items()}
        self.intercept = intercept
        self.threshold = threshold
        self._logit_threshold = math.log(threshold / (1.0 - threshold))

    @classmethod
    def from_json(cls, data: dict) -> CueModel:
        if data.get("format") != MODEL_FORMAT:
            raise ValueError(f"not an attribution-cue model: format {data.get('format')!r}")
        return cls(frozenset(data["candidates"]), data["weights"], data["intercept"], data["threshold"])

    def logit(self, toks: Tokens, i: int) -> float:
        return self.intercept + sum(map(self._weight.get, token_context(toks, i), repeat(0.0)))

    def cues(self, doc: Document) -> list[Span]:
        """Spans of the words the model calls cues; adjacent cue words form one span ("according to")."""
        toks = tokens(doc)
        candidates = self.candidates
        spans: list[Span] = []
        for i, word in enumerate(toks.lower):
            if word in candidates and self.logit(toks, i) >= self._logit_threshold:
                start, end = toks.starts[i], toks.ends[i]
                if spans and i > 0 and (spans[-1].end == toks.ends[i - 1]
                                        or (i > 1 and toks.lower[i - 1] == "not" and spans[-1].end == toks.ends[i - 2])):
                    spans[-1] = Span(spans[-1].start, end)  # "according to", "did not mention"
                else:
                    spans.append(Span(start, end))
        return spans


@lru_cache(maxsize=1)
def default_cue_model() -> CueModel:
    """The shipped model, loaded once per process."""
    return CueModel.from_json(json.loads(files("features").joinpath("models", MODEL_FILE).read_text(encoding="utf-8")))
