"""Translationese: the function-word and punctuation profile of text translated into English.

The text is reduced to a sequence of topic-free symbols: function words and
contractions stay as they are, punctuation stays, every other word becomes its
shape ("C" capitalised, "A" all capitals, "w" short or "W" long lower-case word,
"0" number, "$" currency sign) and "<s>" opens each sentence. A linear model over
the 1-3-grams of that sequence ("<s> according to", "C said that", "there is")
scores how much the text reads like a translation. No content word, name or topic
reaches the model, so it cannot learn that texts about Russia are translated.

The model is a readable JSON table of n-gram weights (features/models/translationese.json,
written by benchmarks/train_translation.py). Each n-gram occurrence adds its weight
divided by the text length to the log-odds, so the sentences that drive the score
are known exactly.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

import numpy as np
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from features.base import sigmoid
from features.document import Document

MODEL_FORMAT = "news-reliability-scorer/translationese-ngrams"
MODEL_FILE = "translationese.json"
MAX_ORDER = 3
SENTENCE_START = "<s>"
# Function words: scikit-learn's English stop words without the content words that list
# carries ("fire", "bill", "system"...), plus modal and reporting words whose use differs
# between original and translated English.
_CONTENT_WORDS_IN_STOP_LIST = frozenset(
    "fire bill system computer amount serious con de cry thick thin mill interest detail describe fill front top "
    "bottom found full co inc ltd un eg ie etc call name part side show find".split()
)
FUNCTION_WORDS = (frozenset(ENGLISH_STOP_WORDS) - _CONTENT_WORDS_IN_STOP_LIST) | frozenset(
    "mr mrs ms also however according said says will would can could may might must shall should "
    "did does do has have had is are was were be been being".split()
)
CONTRACTIONS = ("n't", "'s", "'re", "'ve", "'ll", "'d", "'m")
PUNCTUATION = tuple(",.;:!?'\"()-/%&")
CURRENCY = frozenset("$£€¥₽₴")
SHAPES = ("C", "A", "w", "W", "0", "$", "p")
SYMBOLS: tuple[str, ...] = (SENTENCE_START, *sorted(FUNCTION_WORDS), *CONTRACTIONS, *PUNCTUATION, *SHAPES)
_ID = {symbol: index + 1 for index, symbol in enumerate(SYMBOLS)}  # 0 is never a symbol
_KEPT = {symbol: _ID[symbol] for symbol in (*FUNCTION_WORDS, *PUNCTUATION)}
_BASE = len(SYMBOLS) + 1
_PIECE = re.compile(r"\w+(?:['.-]\w+)*|[^\w\s]")
# Anonymisation placeholders of the WMT data ("#PRS_ORG#"): no word of the text.
_PLACEHOLDER = re.compile(r"#[A-Za-z_0-9]+#")
LONG_WORD = 7  # letters; "W" from here on


@lru_cache(maxsize=200_000)
def symbol_id(piece: str) -> int:
    """The symbol of one word or punctuation piece."""
    if piece.isupper() and len(piece) > 1 and piece.isalpha():
        return _ID["A"]  # "US", "WHO": acronyms, not the function words they spell
    lower = piece.lower()
    if lower in _KEPT:
        return _KEPT[lower]
    first = piece[0]
    if first.isdigit():
        return _ID["0"]
    if first in CURRENCY:
        return _ID["$"]
    if not (first.isalpha() or first == "_"):
        return _ID["p"]
    if "'" in lower:
        for ending in CONTRACTIONS:
            if lower.endswith(ending):
                return _ID[ending]
    if piece.isupper() and len(piece) > 1:
        return _ID["A"]
    if first.isupper():
        return _ID["C"]
    return _ID["W"] if len(piece) >= LONG_WORD else _ID["w"]


def symbol_sequence(doc: Document) -> tuple[np.ndarray, np.ndarray]:
    """Symbol ids of the whole document, and the index where each sentence's symbols start."""
    text = doc.normalized
    ids: list[int] = []
    starts: list[int] = []
    start_id = _ID[SENTENCE_START]
    for sentence in doc.sentences:
        starts.append(len(ids))
        ids.append(start_id)
        words = text[sentence.start : sentence.end]
        if "#" in words:
            words = _PLACEHOLDER.sub(" ", words)
        ids.extend(map(symbol_id, _PIECE.findall(words)))
    return np.asarray(ids, dtype=np.int64), np.asarray(starts, dtype=np.int64)


def ngram_codes(ids: np.ndarray) -> list[np.ndarray]:
    """For n = 1..MAX_ORDER, the code of the n-gram starting at each position."""
    codes = [ids]
    current = ids
    for order in range(2, MAX_ORDER + 1):
        current = current[:-1] * _BASE + ids[order - 1 :]
        codes.append(current)
    return codes


def encode(ngram: str) -> int:
    """The code of an n-gram written as space-separated symbols ("the W of")."""
    code = 0
    for symbol in ngram.split(" "):
        code = code * _BASE + _ID[symbol]
    return code


def decode(code: int) -> str:
    """The readable form of an n-gram code."""
    symbols = []
    while code:
        code, index = divmod(code, _BASE)
        symbols.append(SYMBOLS[index - 1])
    return " ".join(reversed(symbols))


@dataclass(frozen=True, slots=True)
class Translationese:
    """Per-document log-odds of 'translated into English' and each sentence's share of it."""

    logit: float
    sentence_logits: np.ndarray  # one per sentence; with the intercept they sum to `logit`
    sentence_starts: np.ndarray  # index of each sentence's first symbol
    codes: list[np.ndarray]  # per n-gram order: the code of the n-gram starting at each symbol
    weights: list[np.ndarray]  # per n-gram order: its weight in the model (0 if unknown)

    @property
    def probability(self) -> float:
        return sigmoid(self.logit)

    def strongest_ngrams(self, sentence: int, count: int = 3) -> tuple[str, ...]:
        """The sentence's n-grams that weigh most towards 'translated', strongest first."""
        bounds = [*self.sentence_starts.tolist(), len(self.codes[0])]
        lo, hi = bounds[sentence], bounds[sentence + 1]
        found = [(float(w), int(c)) for codes, weights in zip(self.codes, self.weights)
                 for c, w in zip(codes[lo:hi], weights[lo:hi]) if w > 0]
        ranked = (decode(code) for _, code in sorted(found, reverse=True))
        return tuple(dict.fromkeys(ranked))[:count]


class TranslationeseModel:
    """Linear model over n-gram rates: logit = intercept + sum(weight[g] * 100 * count[g] / symbols)."""

    def __init__(self, weights: dict[str, float], intercept: float, threshold: float) -> None:
        self.intercept = intercept
        self.threshold = threshold
        pairs = sorted((encode(ngram), weight) for ngram, weight in weights.items())
        self._codes = np.array([code for code, _ in pairs], dtype=np.int64)
        self._weights = np.array([weight for _, weight in pairs], dtype=np.float64)

    @classmethod
    def from_json(cls, data: dict) -> TranslationeseModel:
        if data.get("format") != MODEL_FORMAT:
            raise ValueError(f"not a translationese model: format {data.get('format')!r}")
        return cls(data["weights"], data["intercept"], data["threshold"])

    def _weights_of(self, codes: np.ndarray) -> np.ndarray:
        index = np.searchsorted(self._codes, codes)
        index[index == len(self._codes)] = 0
        return np.where(self._codes[index] == codes, self._weights[index], 0.0)

    def logit_of_counts(self, codes: np.ndarray, counts: np.ndarray, symbols: int) -> float:
        """The log-odds from a document's n-gram counts (ngram_counts), without the per-sentence detail."""
        return self.intercept + float(self._weights_of(codes) @ counts) * 100.0 / max(symbols, 1)

    def score(self, doc: Document) -> Translationese:
        ids, starts = symbol_sequence(doc)
        codes = ngram_codes(ids)
        weights = [self._weights_of(c) for c in codes]
        per_position = weights[0].copy()
        for order_weights in weights[1:]:
            per_position[: len(order_weights)] += order_weights
        sentence_logits = np.add.reduceat(per_position, starts) * (100.0 / len(ids)) if len(ids) else np.zeros(0)
        return Translationese(self.intercept + float(sentence_logits.sum()), sentence_logits, starts, codes, weights)


@lru_cache(maxsize=1)
def default_model() -> TranslationeseModel:
    """The shipped model, loaded once per process."""
    path = files("features").joinpath("models", MODEL_FILE)
    return TranslationeseModel.from_json(json.loads(path.read_text(encoding="utf-8")))


def readable(ngram: str) -> str:
    """An n-gram as an editor reads it: 'C said that' -> 'Name said that'."""
    names = {"C": "Name", "A": "ACRONYM", "w": "word", "W": "long-word", "0": "number", "$": "currency",
             "p": "symbol", SENTENCE_START: "(sentence start)"}
    return " ".join(names.get(symbol, symbol) for symbol in ngram.split(" "))



def ngram_counts(doc: Document) -> tuple[np.ndarray, np.ndarray, int]:
    """Distinct n-gram codes of a document, their counts and the number of symbols (for training)."""
    ids, _ = symbol_sequence(doc)
    codes, counts = np.unique(np.concatenate(ngram_codes(ids)), return_counts=True)
    return codes, counts, len(ids)
