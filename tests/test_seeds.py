"""The acceptance list of the foundation issue, on the five seed articles."""

from __future__ import annotations

import pytest

from features.base import KINDS
from tests.helpers import span_texts


def boilerplate_lines(article) -> list[str]:
    return span_texts(article.text, article.evidence, "boilerplate")


def test_every_seed_is_scored_in_english(seeds):
    assert sorted(seeds) == ["000", "001", "002", "003", "004"]
    for article in seeds.values():
        assert article.error is None
        assert article.language == "en"
        assert 0.0 <= article.score <= 1.0


def test_000_contradiction_paul_herself_with_both_spans_linked(seeds):
    article = seeds["000"]
    found = [e for e in article.evidence if e.kind == "contradiction"]
    person = [e for e in found if article.text[e.start : e.end] == "Paul"]
    pronoun = [e for e in found if article.text[e.start : e.end] == "herself"]
    assert person and pronoun
    assert person[0].group is not None and person[0].group == pronoun[0].group
    assert article.features["contradictions"] >= 1


def test_000_boilerplate_source_line_and_author_bio(seeds):
    lines = boilerplate_lines(seeds["000"])
    assert "Source: Eluniverso" in lines
    assert any(line.startswith("Paul is a talented author and journalist") for line in lines)


def test_000_has_a_translation_span(seeds):
    assert span_texts(seeds["000"].text, seeds["000"].evidence, "translation")


def test_001_read_more_teaser_is_boilerplate(seeds):
    assert any(line.startswith("READ MORE:") for line in boilerplate_lines(seeds["001"]))


def test_001_kyiv_independent_is_a_second_hand_source(seeds):
    article = seeds["001"]
    sources = [e for e in article.evidence if e.kind == "attribution" and e.label == "source"]
    kyiv = [e for e in sources if article.text[e.start : e.end] == "The Kyiv Independent"]
    assert kyiv and "second-hand" in kyiv[0].reason
    assert article.features["second_hand_attribution_share"] > 0


def test_001_opening_news_paragraphs_are_not_boilerplate(seeds):
    article = seeds["001"]
    opening = article.text.index("Ukrainian President Volodymyr Zelensky has reiterated")
    end = article.text.index("Earlier, Zelensky had said")
    assert not [e for e in article.evidence if e.kind == "boilerplate" and e.start < end and e.end > opening]


def test_002_comment_form_and_check_also_teaser_are_boilerplate(seeds):
    lines = boilerplate_lines(seeds["002"])
    assert "Leave a Reply" in lines
    assert any(line.startswith("Your email address will not be published") for line in lines)
    assert "Check Also" in lines
    assert any(line.startswith("House Speaker Johnson Continues") for line in lines)


def test_003_site_chrome_is_boilerplate(seeds):
    lines = boilerplate_lines(seeds["003"])
    for chrome in ("Global WindowNews", "Show More", "Related Articles", "Back to top button"):
        assert chrome in lines


def test_003_quotes_are_second_hand_from_al_jazeera(seeds):
    article = seeds["003"]
    second_hand = [
        article.text[e.start : e.end]
        for e in article.evidence
        if e.kind == "attribution" and e.label == "source" and "second-hand" in e.reason
    ]
    assert "Al Jazeera" in second_hand
    assert article.features["second_hand_attribution_share"] > 0.25


def test_004_xnumx_is_a_translation_span(seeds):
    assert "XNUMX" in span_texts(seeds["004"].text, seeds["004"].evidence, "translation")


def test_004_also_read_lines_and_widgets_are_boilerplate(seeds):
    article = seeds["004"]
    lines = boilerplate_lines(article)
    also_read = [line for line in article.text.splitlines() if line.startswith("Also Read:")]
    assert len(also_read) == 4
    for line in also_read:
        assert line in lines
    assert "33.1 C" in lines
    assert "Friday, September 29, 2023" in lines


@pytest.mark.parametrize(
    ("seed", "sentence"),
    [
        ("000", "NATO is a defensive alliance with an open door policy to new members."),
        ("001", "Meanwhile, Russia has said that it was too early"),
        ("002", "Putin stressed that he wanted to start a dialogue"),
        ("003", "Ukraine’s alliance with NATO is a key Russian concern"),
        ("004", "NATO views the plot as absurd."),
    ],
)
def test_news_sentences_are_not_boilerplate(seeds, seed, sentence):
    article = seeds[seed]
    start = article.text.index(sentence)
    assert not [e for e in article.evidence if e.kind == "boilerplate" and e.start <= start < e.end]


def test_001_scores_above_000_002_and_004(seeds):
    for other in ("000", "002", "004"):
        assert seeds["001"].score > seeds[other].score, other


def test_evidence_offsets_index_the_text_as_given(seeds):
    for article in seeds.values():
        for e in article.evidence:
            assert 0 <= e.start < e.end <= len(article.text)
            assert e.kind in KINDS
            assert e.reason
