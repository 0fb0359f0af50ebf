"""Article -> Document -> features -> model -> ScoredArticle, one record at a time.

`score_records` never raises on a bad record: each input yields one output,
a score or a clear error.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import html
import multiprocessing
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from itertools import islice

from features import Document, FeatureResult, extract_all
from scorer.article import Article, RecordError, ScoredArticle
from scorer.html import read_page
from scorer.model import Model, load_model
from scorer.readers import Record
from scorer.sources import SourceRatings, load_ratings

SUPPORTED_LANGUAGES = frozenset({"en"})
FEATURE_DECIMALS = 6
# Longer inputs are error records, not minutes of work: the longest news articles run to about
# 100,000 characters of text, and a page's HTML to a few million characters.
MAX_TEXT_CHARS = 1_000_000
MAX_HTML_CHARS = 20_000_000


class Unscorable(ValueError):
    """Content that cannot be scored: no words, or not a supported language."""

    def __init__(self, error_type: str, message: str, language: str | None = None) -> None:
        super().__init__(message)
        self.type = error_type
        self.language = language


# An HTML character reference left in plain text by a scraper or a JSON API ("&quot;", "&#39;", "&amp;").
_CHARACTER_REFERENCE = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,30}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")


def analyse(article: Article) -> tuple[Article, Document, str | None]:
    """The article (with the page's visible text for HTML input), its Document and extracted body.

    Plain text with HTML character references is scored unescaped, and that text is returned as
    the body, so the output record carries the text its evidence offsets index.
    Raises Unscorable for an HTML page too large to parse.
    """
    published = publication_date(article.published)
    if article.html is None:
        text = html.unescape(article.text) if _CHARACTER_REFERENCE.search(article.text) else article.text
        if text == article.text:
            return article, Document(article.text, title=article.title, published=published), None
        title = html.unescape(article.title) if article.title else article.title
        article = replace(article, text=text, title=title)
        return article, Document(text, title=title, published=published), text
    if len(article.html) > MAX_HTML_CHARS:
        raise Unscorable("too_long", f"the page has {len(article.html):,} characters of HTML; the limit is {MAX_HTML_CHARS:,}")
    page = read_page(article.html)
    article = replace(article, text=page.text)
    published = published or publication_date(page.published)  # the record's own field first, then the page's markup
    return article, Document(page.text, title=article.title, article_lines=page.body_lines, published=published), page.body_text


def publication_date(published: str | None) -> dt.date | None:
    """The date of a record's `published` field: ISO 8601 ("2019-01-12", "2019-01-12T10:00:00Z") or the
    RFC 822 form of feeds ("Sat, 12 Jan 2019 10:00:00 GMT"); None when absent or unreadable."""
    if not published:
        return None
    try:
        return dt.datetime.fromisoformat(published.strip()).date()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(published).date()
    except (TypeError, ValueError):
        return None


def check_scorable(doc: Document) -> str:
    """The document's language if it can be scored; raises Unscorable otherwise."""
    if len(doc.text) > MAX_TEXT_CHARS:
        raise Unscorable("too_long", f"the article has {len(doc.text):,} characters; the limit is {MAX_TEXT_CHARS:,}")
    if doc.word_count == 0:
        raise Unscorable("empty_text", "the article has no words")
    language = doc.language
    if language not in SUPPORTED_LANGUAGES:
        message = f"detected language {language!r}; only English is scored" if language else "language not detected"
        raise Unscorable("unsupported_language", message, language)
    return language


def article_features(article: Article) -> FeatureResult:
    """Every extractor's values and evidence for one article (raises Unscorable)."""
    _, doc, _ = analyse(article)
    check_scorable(doc)
    return extract_all(doc)


def score_article(article: Article, model: Model, ratings: SourceRatings | None = None) -> ScoredArticle:
    """Score one article; content that cannot be scored gives an error record."""
    body_text = None
    try:
        article, doc, body_text = analyse(article)
        language = check_scorable(doc)
    except Unscorable as problem:
        return error_record(article.id, article.source_name, problem.type, str(problem), model, article.text,
                            problem.language, body_text)
    result = extract_all(doc)
    prior = (ratings or load_ratings()).lookup(article.source_name)
    prediction = model.predict(result.values, prior)
    return ScoredArticle(
        id=article.id,
        source=article.source_name,
        score=round(prediction.score, FEATURE_DECIMALS),
        source_prior=prior,
        article_evidence=round(prediction.evidence, FEATURE_DECIMALS),
        calibrated=model.calibrated,
        language=language,
        features={name: round(value, FEATURE_DECIMALS) for name, value in result.values.items()},
        evidence=result.evidence,
        model=model.name,
        text=article.text,
        contributions={name: round(value, FEATURE_DECIMALS) for name, value in prediction.contributions.items()},
        body_text=body_text,
    )


def error_record(
    record_id: str,
    source: str,
    error_type: str,
    message: str,
    model: Model,
    text: str = "",
    language: str | None = None,
    body_text: str | None = None,
) -> ScoredArticle:
    return ScoredArticle(
        id=record_id,
        source=source,
        score=None,
        calibrated=model.calibrated,
        language=language,
        features={},
        evidence=(),
        model=model.name,
        error={"type": error_type, "message": message},
        text=text,
        body_text=body_text,
    )


def score_record(record: Record, model: Model, ratings: SourceRatings) -> ScoredArticle:
    """Score one record; a read error or a failure becomes an error record."""
    if isinstance(record, RecordError):
        return error_record(record.id, record.source, record.type, record.message, model)
    try:
        return score_article(record, model, ratings)
    except Exception as error:  # a bad record must never stop the batch
        return error_record(record.id, record.source_name, "internal_error", f"{type(error).__name__}: {error}", model)


# Records handed to the worker processes at a time, per process: the input is read as the output is
# written, so memory stays flat on millions of records.
BATCH_PER_JOB = 64


def score_records(records: Iterable[Record], model: Model | None = None,
                  ratings: SourceRatings | None = None, jobs: int = 1) -> Iterator[ScoredArticle]:
    """Score every record in input order, in `jobs` processes; each record yields one output."""
    model = model or load_model()
    ratings = ratings or load_ratings()
    if jobs <= 1:
        for record in records:
            yield score_record(record, model, ratings)
        return
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)  # fork: workers share the loaded lexicons
    records = iter(records)
    with context.Pool(jobs, initializer=_start_worker, initargs=(model, ratings)) as pool:
        batches = iter(lambda: list(islice(records, jobs * BATCH_PER_JOB)), [])
        for batch in batches:
            yield from pool.map(_score_in_worker, batch, chunksize=max(1, len(batch) // (4 * jobs)))


_worker_state: tuple[Model, SourceRatings] | None = None


def _start_worker(model: Model, ratings: SourceRatings) -> None:
    global _worker_state
    _worker_state = (model, ratings)


def _score_in_worker(record: Record) -> ScoredArticle:
    assert _worker_state is not None
    return score_record(record, *_worker_state)
