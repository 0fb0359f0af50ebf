"""`scorer report`: a self-contained, escaped HTML report with highlighted evidence."""

from __future__ import annotations

import json
import re

from features.base import Evidence
from scorer.cli import main
from scorer.report import segments
from tests.conftest import SEEDS

HOSTILE = (
    "Officials said on Tuesday that the bridge would reopen next month after repairs. "
    "<script>alert(1)</script> The mayor told reporters the work had cost more than planned. "
    '<img src="https://tracker.example/x.png" onerror="alert(2)">'
)


def build(tmp_path, *inputs) -> int:
    return main(["report", *map(str, inputs), "-o", str(tmp_path / "out")])


def test_report_has_index_article_pages_and_scores(tmp_path, capsys):
    assert build(tmp_path, SEEDS) == 0
    out = tmp_path / "out"
    index = (out / "index.html").read_text(encoding="utf-8")
    pages = sorted((out / "articles").glob("*.html"))
    assert len(pages) == 5
    for page in pages:
        assert f'href="articles/{page.name}"' in index
    assert len((out / "scores.jsonl").read_text().splitlines()) == 5
    for column in ("boilerplate_ratio", "translation_probability", "second_hand_attribution_share", "contradictions"):
        assert column in index
    assert "sortable" in index


def test_article_page_highlights_each_kind_with_reason_and_legend(tmp_path, capsys):
    build(tmp_path, SEEDS / "000_c6bde207966c0e5d.txt")
    page = next((tmp_path / "out" / "articles").glob("*.html")).read_text(encoding="utf-8")
    for kind in ("boilerplate", "translation", "attribution", "contradiction"):
        assert f'<mark class="{kind}"' in page
        assert f'swatch {kind}' in page  # legend
    assert re.search(r'<mark class="contradiction" title="[^"]*herself[^"]*">herself</mark>', page)
    assert "Why this score" in page and "translation_probability" in page


def test_article_text_is_escaped(tmp_path, capsys):
    source = tmp_path / "hostile.jsonl"
    source.write_text(json.dumps({"id": "<b>x</b>", "text": HOSTILE}) + "\n", encoding="utf-8")
    build(tmp_path, source)
    out = tmp_path / "out"
    page = next((out / "articles").glob("*.html")).read_text(encoding="utf-8")
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script>alert(1)</script>" not in page
    assert "<img" not in page and "<b>x</b>" not in index and "&lt;b&gt;x&lt;/b&gt;" in index


def test_report_loads_nothing_external(tmp_path, capsys):
    build(tmp_path, SEEDS)
    for page in (tmp_path / "out").rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert not re.search(r'(?:src|href)="(?:https?:)?//', html), page.name
        assert "<link" not in html and "@import" not in html


def test_overlapping_spans_split_into_segments():
    text = "Alpha beta gamma"
    evidence = [
        Evidence(0, 10, "attribution", "cue", "first"),
        Evidence(6, 16, "contradiction", "pronoun", "second"),
    ]
    pieces = segments(text, evidence)
    assert "".join(p.text for p in pieces) == text
    assert [(p.text, p.kind) for p in pieces] == [("Alpha ", "attribution"), ("beta", "contradiction"), (" gamma", "contradiction")]
    assert len(pieces[1].reasons) == 2
