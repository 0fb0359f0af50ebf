"""Small helpers shared by the tests."""

from __future__ import annotations

from features import Document, extract_all


def analyse(text: str):
    """Features and evidence of a text."""
    return extract_all(Document(text))


def span_texts(text: str, evidence, kind: str, label: str | None = None) -> list[str]:
    """The texts of the evidence spans of one kind (and label)."""
    return [text[e.start : e.end] for e in evidence if e.kind == kind and (label is None or e.label == label)]


def labelled(module, text: str, label: str | None = None) -> list[str]:
    """The texts of one feature family's evidence spans on a text (of one label)."""
    return span_texts(text, module.extract(Document(text)).evidence, module.KIND, label)
