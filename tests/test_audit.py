"""The per-source audit: shrinkage, ranking, and the files it writes."""

from __future__ import annotations

import csv
import json
import random

from scorer.article import ScoredArticle
from scorer.audit import summarise
from scorer.cli import main
from scorer.sources import read_ratings
from tests.conftest import SEEDS


def scored(source: str, score: float, index: int, contributions: dict[str, float] | None = None) -> ScoredArticle:
    return ScoredArticle(id=f"{source}-{index}", source=source, score=score, calibrated=True, language="en",
                         features={}, evidence=(), model="m", contributions=contributions or {"translation_probability": -0.5})


def test_two_lucky_articles_do_not_outrank_two_hundred():
    rng = random.Random(0)
    articles = [scored("big.example", min(max(rng.gauss(0.8, 0.15), 0), 1), k) for k in range(200)]
    articles += [scored("small.example", 0.95, k) for k in range(2)]
    articles += [scored("other.example", min(max(rng.gauss(0.6, 0.15), 0), 1), k) for k in range(50)]
    summaries, _ = summarise(articles)
    ranked = [s.source for s in summaries]  # least assured first
    assert ranked.index("small.example") < ranked.index("big.example")
    small = next(s for s in summaries if s.source == "small.example")
    big = next(s for s in summaries if s.source == "big.example")
    assert small.shrunk < small.mean  # pulled towards the mean of all sources
    assert small.high - small.low > big.high - big.low
    assert abs(big.shrunk - big.mean) < 0.01


def test_a_subdomain_joins_the_domain_that_rates_it():
    ratings = read_ratings("domain,rating\nexample.com,0.4\nnews.other.org,0.9\n", "test")
    articles = [scored("author.example.com", 0.5, 0), scored("example.com", 0.6, 1), scored("www.example.com", 0.4, 2),
                scored("news.other.org", 0.9, 3), scored("blog.other.org", 0.8, 4), scored("unrated.net", 0.7, 5)]
    sources = {s.source: s.articles for s in summarise(articles, ratings)[0]}
    assert sources == {"example.com": 3, "news.other.org": 1, "blog.other.org": 1, "unrated.net": 1}
    assert len(summarise(articles)[0]) == 6  # without ratings every host is its own source


def test_summary_counts_errors_flags_and_problems():
    articles = [scored("a.example", 0.3, 0, {"boilerplate_ratio": -1.0, "figures_per_100_words": 0.2}),
                scored("a.example", 0.7, 1, {"boilerplate_ratio": -0.2, "figures_per_100_words": 0.4})]
    articles.append(ScoredArticle(id="bad", source="a.example", score=None, calibrated=True, language=None, features={},
                                  evidence=(), model="m", error={"type": "empty_text", "message": "no words"}))
    (summary,), everything = summarise(articles)
    assert summary.articles == 2 and summary.errors == 1 and summary.share_flagged == 0.5
    assert summary.worst[0] == ("a.example-0", 0.3)
    assert summary.problems == [("boilerplate_ratio", -0.6)]
    assert len(everything) == 3 and sum(summary.histogram) == 2


def test_audit_command_writes_csv_html_and_jsonl(tmp_path, capsys):
    records = tmp_path / "batch.jsonl"
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    with open(records, "w", encoding="utf-8") as handle:
        for k, text in enumerate(texts):
            handle.write(json.dumps({"id": f"s{k}", "text": text, "url": f"https://www.{'politico.com' if k % 2 else 'unrated.example'}/{k}"}) + "\n")
    code = main(["audit", str(records), "-o", str(tmp_path / "audit")])
    assert code == 0
    rows = list(csv.DictReader(open(tmp_path / "audit" / "sources.csv", encoding="utf-8")))
    assert {r["source"] for r in rows} == {"politico.com", "unrated.example"}
    by_source = {r["source"]: r for r in rows}
    assert by_source["politico.com"]["source_prior"] and not by_source["unrated.example"]["source_prior"]
    assert sum(int(r["articles"]) for r in rows) == 5
    html = (tmp_path / "audit" / "index.html").read_text(encoding="utf-8")
    assert "politico.com" in html and "<svg" in html and "http://" not in html.replace("http://www.w3.org", "")
    assert len((tmp_path / "audit" / "scores.jsonl").read_text().splitlines()) == 5
