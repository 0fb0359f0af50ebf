"""HTML input: the visible text indexes the evidence, the DOM decides what is article."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scorer.article import Article
from scorer.cli import main
from scorer.html import read_page, visible_text
from scorer.model import load_model
from scorer.pipeline import score_article

PAGE = Path(__file__).parent / "fixtures" / "page.html"
STORY = "The city council approved its new budget on Tuesday"


def score_file(path, capsys) -> dict:
    assert main(["score", str(path)]) == 0
    return json.loads(capsys.readouterr().out)


def test_visible_text_has_one_block_per_line_and_no_hidden_text():
    text = visible_text(PAGE.read_text(encoding="utf-8"))
    lines = text.split("\n")
    assert "Home" in lines and "Council approves new budget after long debate" in lines
    assert any(line.startswith(STORY) for line in lines)
    assert "do not show" not in text and "Hidden promo text" not in text and "color:red" not in text


def test_article_lines_come_from_the_extracted_body():
    page = read_page(PAGE.read_text(encoding="utf-8"))
    lines = page.text.split("\n")
    article = {lines[i] for i in page.body_lines}
    assert any(line.startswith(STORY) for line in article)
    assert "Home" not in article and "Privacy Policy" not in article
    assert STORY in page.body_text


def test_html_file_record_carries_text_and_body_text(capsys):
    record = score_file(PAGE, capsys)
    assert record["error"] is None and record["score"] is not None
    assert STORY in record["body_text"]
    marked = [record["text"][e["start"] : e["end"]] for e in record["evidence"] if e["kind"] == "boilerplate"]
    for chrome in ("Home", "Sport", "Contact us", "Related Articles", "Privacy Policy"):
        assert chrome in marked, chrome
    assert not [line for line in marked if line.startswith(STORY)]
    assert 0.1 < record["features"]["boilerplate_ratio"] < 0.6


def test_chrome_the_extractor_keeps_inside_the_article_is_boilerplate(tmp_path, capsys):
    html = PAGE.read_text(encoding="utf-8").replace(
        "<p>Mayor Tom Baker", '<div class="ad">Advertisement</div><p>Share this article</p><p>Mayor Tom Baker')
    page = read_page(html)
    lines = page.text.split("\n")
    assert "Advertisement" in {lines[i] for i in page.body_lines}  # trafilatura keeps it
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    record = score_file(path, capsys)
    marked = {record["text"][e["start"] : e["end"]]: e["label"] for e in record["evidence"] if e["kind"] == "boilerplate"}
    assert marked["Advertisement"] == "advertising" and marked["Share this article"] == "share"
    assert not [line for line in marked if line.startswith(STORY)]
    # Chrome left inside the article counts against it; the page's own menus do not.
    assert record["features"]["article_boilerplate_ratio"] > score_file(PAGE, capsys)["features"]["article_boilerplate_ratio"]


def test_a_pages_menus_are_not_chrome_in_its_article(capsys):
    """Every publisher page has menus: as HTML the article scores as its extracted text does."""
    record = score_file(PAGE, capsys)
    assert record["features"]["boilerplate_ratio"] > 0.1 and record["features"]["article_boilerplate_ratio"] == 0.0
    as_text = score_article(Article("text", record["body_text"]), load_model())
    assert record["score"] == pytest.approx(as_text.score, abs=0.01)


def test_the_pages_markup_date_is_its_publication_date(tmp_path, capsys):
    html = (Path(__file__).parent / "fixtures" / "page_dated.html").read_text(encoding="utf-8")
    assert read_page(html).published == "2019-03-04"  # <meta property="article:published_time">
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    found = [e for e in score_file(path, capsys)["evidence"] if e["kind"] == "contradiction"]
    assert [e["label"] for e in found] == ["story date"] and "2019-03-04" in found[0]["reason"]
    undated = html.replace('<meta property="article:published_time" content="2019-03-04T09:14:00Z">', "")
    assert read_page(undated).published is None  # no guess from the text ("Copyright (c) 2025")


def test_jsonl_html_field(tmp_path, capsys):
    path = tmp_path / "pages.jsonl"
    path.write_text(json.dumps({"id": "p1", "html": PAGE.read_text(encoding="utf-8"), "url": "https://www.cityherald.example/x"}) + "\n")
    record = score_file(path, capsys)
    assert record["id"] == "p1" and record["source"] == "cityherald.example"
    assert record["text"] and record["body_text"]


def test_plain_text_records_have_no_html_keys(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text("The council approved the budget on Tuesday after a long debate about schools and roads in the city.")
    assert "body_text" not in score_file(path, capsys)

