"""Line features for boilerplate detection, and the readable model that scores them.

The features describe a line and its neighbourhood the way jusText and
boilerpipe do: length, stop-word density, terminal punctuation, capitalisation,
position, and how close the line sits to the story's block of long prose lines.
The models (`features/models/boilerplate-lines-{page,article}.json`, trained by
`benchmarks/train_boilerplate.py` on the Zyte article-extraction pages, MIT) are
gradient-boosted tree ensembles stored as plain JSON and evaluated with numpy: one for
whole pages rendered to text, one for article text with some chrome around it. Each
reads a text's lines twice (stacked sequential learning, Cohen and Carvalho 2005): a
first pass over the line features, then a second over the same features plus the first
pass's probabilities around each line, because a story is one contiguous run.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import TYPE_CHECKING

import numpy as np
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

if TYPE_CHECKING:
    from sklearn.ensemble import GradientBoostingClassifier

MODEL_FILES = {"page": "boilerplate-lines-page.json", "article": "boilerplate-lines-article.json"}
MODEL_FORMAT = "news-reliability-scorer/tree-ensemble"
LINE_MODEL_FORMAT = "news-reliability-scorer/stacked-line-model"

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_TERMINAL = re.compile(r"[.!?][\"')\]]*$|[.!?]\s*[\"']$")
_SEPARATORS = re.compile(r"[|\u00bb\u203a\u2022>/]")
_DIGIT = re.compile(r"\d")
_PUNCTUATION = re.compile(r"[^\w\s]|_")
# A "long line" is the stuff stories are made of: 12+ words closed by a full stop.
LONG_LINE_WORDS = 12
WINDOW = 3

FEATURE_NAMES = (
    "log_words",
    "log_chars",
    "stop_word_share",
    "terminal_punctuation",
    "ends_with_colon",
    "capitalised_share",
    "digit_share",
    "punctuation_share",
    "separators",
    "lexicon_hit",
    "relative_position",
    "log_distance_to_long_line",
    "long_lines_in_window",
    "mean_log_words_in_window",
    "previous_log_words",
    "next_log_words",
    "previous_terminal",
    "next_terminal",
    "repeated_in_page",
    "before_first_long_line",
    "after_last_long_line",
    "words_over_page_max",
    "starts_lower_case",
    "is_long_line",
    "story_vocabulary_share",
    "short_word_share",
)


@dataclass(frozen=True)
class LineStats:
    """Words of each line and the story's prose blocks, computed once for the features, the choice
    of model and the protection rules."""

    words: list[list[str]]
    counts: np.ndarray
    stop_shares: np.ndarray
    block_lines: np.ndarray  # True for prose lines that make up story blocks (_is_block_line)
    blocks: list[tuple[int, int]]  # story_blocks: (first, last) line of each story block


def line_stats(lines: list[str]) -> LineStats:
    words = [_WORD.findall(line) for line in lines]
    shares = [sum(w.lower() in ENGLISH_STOP_WORDS for w in ws) / len(ws) if ws else 0.0 for ws in words]
    counts = np.array([len(ws) for ws in words])
    block_lines = np.array([_is_block_line(line, count) for line, count in zip(lines, counts)], dtype=bool)
    return LineStats(words, counts, np.array(shares), block_lines, story_blocks(lines, block_lines))


def line_features(lines: list[str], lexicon_hits: list[bool], stats: LineStats | None = None) -> np.ndarray:
    """One row of FEATURE_NAMES per line."""
    n = len(lines)
    if n == 0:
        return np.zeros((0, len(FEATURE_NAMES)))
    stats = stats or line_stats(lines)
    words = stats.words
    word_counts = stats.counts.astype(float)
    log_words = np.log1p(word_counts)
    terminal = np.array([bool(_TERMINAL.search(line)) for line in lines], dtype=float)
    long_line = (word_counts >= LONG_LINE_WORDS) & (terminal > 0)
    long_index = np.flatnonzero(long_line)
    positions = np.arange(n)
    if long_index.size:
        nearest = np.abs(positions[:, None] - long_index[None, :]).min(axis=1)
        first_long, last_long = long_index[0], long_index[-1]
    else:
        nearest = np.full(n, n, dtype=float)
        first_long, last_long = n, -1
    padded_long = np.concatenate([np.zeros(WINDOW), long_line.astype(float), np.zeros(WINDOW)])
    padded_words = np.concatenate([np.zeros(WINDOW), log_words, np.zeros(WINDOW)])
    kernel = np.ones(2 * WINDOW + 1) / (2 * WINDOW + 1)
    long_in_window = np.convolve(padded_long, kernel, mode="valid")
    words_in_window = np.convolve(padded_words, kernel, mode="valid")
    counts: dict[str, int] = {}
    for line in lines:
        counts[line] = counts.get(line, 0) + 1
    vocabulary_share = _story_vocabulary_share(lines, stats)
    rows = np.empty((n, len(FEATURE_NAMES)))
    max_words = max(word_counts.max(), 1.0)
    for i, line in enumerate(lines):
        chars = max(len(line), 1)
        line_words = words[i]
        rows[i] = (
            log_words[i],
            math.log1p(len(line)),
            stats.stop_shares[i],
            terminal[i],
            float(line.endswith(":")),
            sum(w[0].isupper() for w in line_words) / len(line_words) if line_words else 0.0,
            len(_DIGIT.findall(line)) / chars,
            len(_PUNCTUATION.findall(line)) / chars,
            float(bool(_SEPARATORS.search(line))),
            float(lexicon_hits[i]),
            i / (n - 1) if n > 1 else 0.0,
            math.log1p(nearest[i]),
            long_in_window[i],
            words_in_window[i],
            log_words[i - 1] if i > 0 else 0.0,
            log_words[i + 1] if i + 1 < n else 0.0,
            terminal[i - 1] if i > 0 else 0.0,
            terminal[i + 1] if i + 1 < n else 0.0,
            float(counts[line] > 1),
            float(i < first_long),
            float(i > last_long),
            word_counts[i] / max_words,
            float(line[:1].islower()),
            float(long_line[i]),
            vocabulary_share[i],
            sum(len(w) <= 3 for w in line_words) / len(line_words) if line_words else 0.0,
        )
    return rows


def _content_words(words: list[str]) -> set[str]:
    return {w.lower() for w in words if len(w) >= 3 and w.lower() not in ENGLISH_STOP_WORDS}


def _story_vocabulary_share(lines: list[str], stats: LineStats) -> list[float]:
    """Per line, the share of its content words that other lines of the story blocks also use.

    The story's lines talk about the same people and things; a teaser for another article, a
    legal notice or a company blurb mostly does not.
    """
    in_story = np.zeros(len(lines), dtype=bool)
    for first, last in stats.blocks:
        in_story[first : last + 1] = True
    vocabularies = [_content_words(words) for words in stats.words]
    lines_using: dict[str, int] = {}
    for index in np.flatnonzero(in_story):
        for word in vocabularies[index]:
            lines_using[word] = lines_using.get(word, 0) + 1
    shares = []
    for index, vocabulary in enumerate(vocabularies):
        own = int(in_story[index])
        shared = sum(lines_using.get(word, 0) - own > 0 for word in vocabulary)
        shares.append(shared / len(vocabulary) if vocabulary else 0.0)
    return shares


# Story blocks: runs of prose lines (8+ words closed by sentence punctuation, or 15+ words)
# with gaps of fewer than 3 other lines; blocks with at least half the characters of the
# largest are the story (a bullet list may split it in two).
STORY_BLOCK_SHARE = 0.5
BLOCK_LINE_WORDS = 8
BLOCK_MAX_GAP = 3
# Prose inside the story block is never taken for chrome by the model alone.
PROSE_WORDS = 10
PROSE_STOP_WORD_SHARE = 0.25
SUBHEADING_WORDS = 8
# Nor is a sentence of at least this many words right after the story block: its short last paragraph.
CLOSING_SENTENCE_WORDS = 5
# Text whose prose lines hold this share of the characters is an article, not a page.
# Zyte full pages: median 0.65; their article regions: median 0.90; BBC News: 0.94 or more.
ARTICLE_TEXT_PROSE_SHARE = 0.8
# A text with this many lines before its first prose line, or after its last, is a whole page.
WHOLE_PAGE_LINES_BEFORE = 15
WHOLE_PAGE_LINES_AFTER = 30
# A list item or quoted-reply line: "- text", "* text", "1. text", "> text".
LIST_ITEM = re.compile(r"(?:[-*\u2022>]|\d{1,2}[.)])\s")


def story_blocks(lines: list[str], block_lines: np.ndarray) -> list[tuple[int, int]]:
    """(first, last) line index of each block holding at least half as many characters as the largest."""
    block = np.full(len(lines), -1)
    current, gap = -1, BLOCK_MAX_GAP
    for i, is_block_line in enumerate(block_lines):
        if is_block_line:
            if gap >= BLOCK_MAX_GAP:
                current += 1
            block[i], gap = current, 0
        else:
            gap += 1
    spans = []
    for b in range(current + 1):
        members = np.flatnonzero(block == b)
        spans.append((int(members[0]), int(members[-1]), sum(len(lines[i]) for i in members)))
    largest = max((mass for _, _, mass in spans), default=0)
    return [(first, last) for first, last, mass in spans if mass >= STORY_BLOCK_SHARE * largest]


def protected_lines(lines: list[str], stats: LineStats | None = None) -> np.ndarray:
    """Lines the article model may not call chrome.

    Prose inside a story block, a sub-heading between two prose lines of it, and the headline
    just before the first block; when prose holds most of the text (a scraped article container
    rather than a whole page) also every prose line and every list item: there the chrome is
    the short lines.
    """
    stats = stats or line_stats(lines)
    counts, stop_shares = stats.counts, stats.stop_shares
    index = np.arange(len(lines))
    prose = (counts >= PROSE_WORDS) & (stop_shares >= PROSE_STOP_WORD_SHARE)
    between_prose = np.zeros(len(lines), dtype=bool)
    between_prose[1:-1] = prose[:-2] & prose[2:] & (counts[1:-1] <= SUBHEADING_WORDS)
    protected = np.zeros(len(lines), dtype=bool)
    blocks = stats.blocks
    for first, last in blocks:
        protected |= (index >= first) & (index <= last) & prose
        protected |= (index > first) & (index < last) & between_prose
        closing = last + 1  # "The budget takes effect on July 1.": a short last sentence of the story
        if (closing < len(lines) and CLOSING_SENTENCE_WORDS <= counts[closing] < PROSE_WORDS
                and stop_shares[closing] >= PROSE_STOP_WORD_SHARE and _TERMINAL.search(lines[closing])):
            protected[closing] = True
    if blocks:
        first = blocks[0][0]
        if first > 0 and 4 <= counts[first - 1] <= 20 and not _TERMINAL.search(lines[first - 1]):
            protected[first - 1] = True
    lengths = np.array([len(line) for line in lines])
    if lengths[stats.block_lines].sum() >= ARTICLE_TEXT_PROSE_SHARE * max(lengths.sum(), 1):
        protected |= prose | np.array([bool(LIST_ITEM.match(line)) for line in lines], dtype=bool)
    return protected


def _is_block_line(line: str, word_count: int) -> bool:
    return word_count >= 15 or (word_count >= BLOCK_LINE_WORDS and bool(_TERMINAL.search(line)))


CHUNK_ROWS = 1024


class TreeEnsemble:
    """Binary gradient-boosted trees read from JSON: log-odds = init + rate * sum of leaf values.

    All trees are packed into (trees x nodes) arrays and walked together, one level per step.
    """

    def __init__(self, data: dict) -> None:
        if data.get("format") != MODEL_FORMAT:
            raise ValueError(f"not a {MODEL_FORMAT} file")
        self.features = tuple(data["features"])
        self.init = float(data["init"])
        self.learning_rate = float(data["learning_rate"])
        trees = data["trees"]
        nodes = max(len(tree["value"]) for tree in trees)

        def packed(key: str, fill: float, dtype) -> np.ndarray:
            array = np.full((len(trees), nodes), fill, dtype=dtype)
            for t, tree in enumerate(trees):
                array[t, : len(tree[key])] = tree[key]
            return array

        self._feature = np.maximum(packed("feature", 0, int), 0)  # leaves carry -2; any column will do
        self._threshold = packed("threshold", 0.0, float)
        self._left = packed("left", -1, int)
        self._right = packed("right", -1, int)
        self._value = packed("value", 0.0, float)
        self._tree_index = np.arange(len(trees))

    def decision_function(self, rows: np.ndarray) -> np.ndarray:
        if rows.shape[0] > CHUNK_ROWS:  # (rows x trees) work arrays stay in cache: linear time on long pages
            return np.concatenate([self.decision_function(rows[k : k + CHUNK_ROWS]) for k in range(0, rows.shape[0], CHUNK_ROWS)])
        node = np.zeros((rows.shape[0], len(self._tree_index)), dtype=int)
        trees = self._tree_index[None, :]
        while True:
            left = self._left[trees, node]
            internal = left >= 0
            if not internal.any():
                break
            values = np.take_along_axis(rows, self._feature[trees, node], axis=1)
            go_left = values <= self._threshold[trees, node]
            node = np.where(internal, np.where(go_left, left, self._right[trees, node]), node)
        return self.init + self.learning_rate * self._value[trees, node].sum(axis=1)

    def predict_proba(self, rows: np.ndarray) -> np.ndarray:
        """Probability that each line is boilerplate."""
        return 1.0 / (1.0 + np.exp(-self.decision_function(rows)))


def tree_ensemble_data(model: GradientBoostingClassifier, features: tuple[str, ...]) -> dict:
    """A fitted binary scikit-learn GradientBoostingClassifier as the JSON TreeEnsemble reads."""
    prior = model.init_.class_prior_[1]
    trees = []
    for (estimator,) in model.estimators_:
        tree = estimator.tree_
        trees.append(
            {
                "feature": tree.feature.tolist(),
                "threshold": [round(float(t), 9) for t in tree.threshold],
                "left": tree.children_left.tolist(),
                "right": tree.children_right.tolist(),
                "value": [round(float(v), 12) for v in tree.value[:, 0, 0]],
            }
        )
    return {
        "format": MODEL_FORMAT,
        "features": list(features),
        "init": float(np.log(prior / (1 - prior))),
        "learning_rate": float(model.learning_rate),
        "trees": trees,
    }


# Second-pass features: the first pass's probability of the line and of its neighbours.
NEIGHBOUR_WINDOWS = (1, 2, 5, 10, 20)
MAIN_LINES_CAP = 20
NEIGHBOUR_FEATURE_NAMES = (
    "first_pass",
    *(f"first_pass_mean_within_{k}" for k in NEIGHBOUR_WINDOWS),
    "first_pass_previous",
    "first_pass_next",
    "main_line_before",
    "main_line_after",
    "main_lines_before",
    "main_lines_after",
)


def neighbour_features(probability: np.ndarray) -> np.ndarray:
    """One row of NEIGHBOUR_FEATURE_NAMES per line, from the first pass's boilerplate probabilities of a text's lines in
    order: the line's own, the mean within k lines each side, the lines just before and after, and how many lines
    before and after it the first pass calls main (capped at MAIN_LINES_CAP)."""
    n = len(probability)
    sums = np.concatenate([[0.0], np.cumsum(probability)])
    index = np.arange(n)
    columns = [probability]
    for k in NEIGHBOUR_WINDOWS:
        low, high = np.maximum(index - k, 0), np.minimum(index + k + 1, n)
        columns.append((sums[high] - sums[low]) / (high - low))
    columns.append(np.concatenate([[1.0], probability[:-1]]))
    columns.append(np.concatenate([probability[1:], [1.0]]))
    main = (probability < 0.5).astype(float)
    before = np.cumsum(main) - main
    after = np.cumsum(main[::-1])[::-1] - main
    columns += [before > 0, after > 0, np.minimum(before, MAIN_LINES_CAP) / MAIN_LINES_CAP,
                np.minimum(after, MAIN_LINES_CAP) / MAIN_LINES_CAP]
    return np.column_stack(columns).astype(float)


class LineModel:
    """The two passes over one text's lines, in order; `threshold` applies to the second pass."""

    def __init__(self, data: dict) -> None:
        if data.get("format") != LINE_MODEL_FORMAT:
            raise ValueError(f"not a {LINE_MODEL_FORMAT} file")
        self.first = TreeEnsemble(data["first_pass"])
        self.second = TreeEnsemble(data["second_pass"])
        if self.second.features != self.first.features + NEIGHBOUR_FEATURE_NAMES:
            raise ValueError("the second pass must read the first pass's features and NEIGHBOUR_FEATURE_NAMES")
        self.features = self.first.features
        self.threshold = float(data["threshold"])
        self.metadata = {k: v for k, v in data.items() if k not in ("first_pass", "second_pass")}

    def predict_proba(self, rows: np.ndarray) -> np.ndarray:
        """Probability that each line is boilerplate; `rows` are one text's lines in order."""
        if rows.shape[0] == 0:
            return np.zeros(0)
        first = self.first.predict_proba(rows)
        return self.second.predict_proba(np.hstack([rows, neighbour_features(first)]))


@dataclass(frozen=True)
class LineModels:
    """One model for whole pages rendered to text, one for article text with some chrome around it."""

    page: LineModel
    article: LineModel

    def for_lines(self, lines: list[str], stats: LineStats, chrome: list[bool] | None = None) -> LineModel:
        return self.page if is_whole_page(lines, stats, chrome) else self.article


def is_whole_page(lines: list[str], stats: LineStats, chrome: list[bool] | None = None) -> bool:
    """Whether the text is a whole page (menus before the story, footers after it), not an article.

    `chrome` marks lines the lexicon already calls boilerplate: a tracking-pixel tag or a legal
    notice long enough to look like prose does not bound the story. On the Zyte pages: true for
    84% of whole pages and 8% of article regions (main lines +-3).
    """
    prose = np.flatnonzero(stats.block_lines & ~np.array(chrome, dtype=bool) if chrome is not None else stats.block_lines)
    if not prose.size:
        return len(lines) >= WHOLE_PAGE_LINES_BEFORE
    return prose[0] >= WHOLE_PAGE_LINES_BEFORE or len(lines) - 1 - prose[-1] >= WHOLE_PAGE_LINES_AFTER


@lru_cache(maxsize=1)
def default_line_models() -> LineModels:
    def load(name: str) -> LineModel:
        return LineModel(json.loads(files("features").joinpath("models", name).read_text(encoding="utf-8")))

    return LineModels(page=load(MODEL_FILES["page"]), article=load(MODEL_FILES["article"]))
