"""Article -> Document -> features -> model -> ScoredArticle, one record at a time.

`score_records` never raises on a bad record: each input yields one output,
a score or a clear error.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from features import Document, extract_all
from scorer.article import Article, RecordError, ScoredArticle
from scorer.html import read_page
from scorer.model import LinearModel, load_model
from scorer.readers import Record

SUPPORTED_LANGUAGES = frozenset({"en"})
FEATURE_DECIMALS = 6


def score_article(article: Article, model: LinearModel) -> ScoredArticle:
    """Score one article; content that cannot be scored gives an error record."""
    body_text = None
    if article.html is not None:
        page = read_page(article.html)
        article = replace(article, text=page.text)
        body_text = page.body_text
        doc = Document(page.text, title=article.title, article_lines=page.body_lines)
    else:
        doc = Document(article.text, title=article.title)
    if doc.word_count == 0:
        return error_record(article.id, article.source_name, "empty_text", "the article has no words", model, article.text,
                            body_text=body_text)
    language = doc.language
    if language not in SUPPORTED_LANGUAGES:
        message = f"detected language {language!r}; only English is scored" if language else "language not detected"
        return error_record(article.id, article.source_name, "unsupported_language", message, model, article.text, language,
                            body_text)
    result = extract_all(doc)
    prediction = model.predict(result.values)
    return ScoredArticle(
        id=article.id,
        source=article.source_name,
        score=round(prediction.probability, FEATURE_DECIMALS),
        calibrated=model.calibrated,
        language=language,
        features={name: round(value, FEATURE_DECIMALS) for name, value in result.values.items()},
        evidence=result.evidence,
        model=model.name,
        text=article.text,
        contributions=prediction.contributions,
        body_text=body_text,
    )


def error_record(
    record_id: str,
    source: str,
    error_type: str,
    message: str,
    model: LinearModel,
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


def score_records(records: Iterable[Record], model: LinearModel | None = None) -> Iterator[ScoredArticle]:
    """Score every record in order; read errors and failures become error records."""
    model = model or load_model()
    for record in records:
        if isinstance(record, RecordError):
            yield error_record(record.id, record.source, record.type, record.message, model)
            continue
        try:
            yield score_article(record, model)
        except Exception as error:  # a bad record must never stop the batch
            yield error_record(record.id, record.source_name, "internal_error", f"{type(error).__name__}: {error}", model)
