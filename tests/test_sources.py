"""Source priors: the packaged table, parent-domain lookup, user ratings, and `scorer train`."""

from __future__ import annotations

import json

import pytest

from scorer.cli import main
from scorer.model import load_model
from scorer.readers import parse_json_record
from scorer.sources import RatingsError, default_ratings, read_ratings
from tests.conftest import SEEDS


def test_packaged_ratings_resolve_www_subdomains_and_urls():
    ratings = default_ratings()
    assert ratings.lookup("reuters.com") == 1.0
    assert ratings.lookup("www.reuters.com") == ratings.lookup("https://www.reuters.com/world/x") == 1.0
    assert ratings.lookup("edition.cnn.com") == 0.6825 and ratings.lookup("money.cnn.com") == ratings.lookup("cnn.com") == 0.658
    assert ratings.lookup("unknown") is None and ratings.lookup("no-such-site.example") is None
    assert ratings.lookup("com") is None
    assert ratings.lookup("WWW.Reuters.com.") == ratings.lookup("https://reuters.com.:443/x") == 1.0  # a fully qualified name
    assert ratings.lookup(".") is None


def test_user_ratings_are_validated():
    ratings = read_ratings("domain,rating\nwww.Good.example,0.9\nbad.example,0.1\n", "mine.csv")
    assert ratings.lookup("news.good.example") == 0.9 and ratings.lookup("bad.example") == 0.1
    for bad in ("good.example,high\n", "good.example,1.5\n", "good.example\n"):
        with pytest.raises(RatingsError):
            read_ratings(bad, "bad.csv")


def test_source_domain_field_of_the_shared_collections_is_the_source():
    article = parse_json_record(json.dumps({"id": "x", "text": "Some text.", "source_domain": "politico.com"}), "f:1")
    assert article.source_name == "politico.com"
    other_names = {"id": "x", "text": "Some text.", "domain": "infowars.com", "link": "https://www.nytimes.com/a", "headline": "H"}
    article = parse_json_record(json.dumps(other_names), "f:1")
    assert (article.source_name, article.url, article.title) == ("infowars.com", "https://www.nytimes.com/a", "H")
    both = parse_json_record(json.dumps({"text": "Some text.", "source": "bbc.co.uk", "domain": "cnn.com"}), "f:1")
    assert both.source_name == "bbc.co.uk"  # the documented field wins


def test_ratings_option_changes_the_prior(tmp_path, capsys):
    ratings = tmp_path / "ratings.csv"
    ratings.write_text("domain,rating\nexample.org,0.05\n")
    records = tmp_path / "r.jsonl"
    text = (SEEDS / "001_f3b3266d7e4b0c33.txt").read_text(encoding="utf-8")
    records.write_text(json.dumps({"id": "a", "text": text, "source": "example.org"}) + "\n")
    assert main(["score", str(records), "--ratings", str(ratings)]) == 0
    with_prior = json.loads(capsys.readouterr().out)
    assert main(["score", str(records)]) == 0
    without = json.loads(capsys.readouterr().out)
    assert with_prior["source_prior"] == 0.05 and without["source_prior"] is None
    assert with_prior["score"] < without["score"] and with_prior["article_evidence"] == without["article_evidence"]
    bad = tmp_path / "bad.csv"
    bad.write_text("example.org,7\n")
    assert main(["score", str(records), "--ratings", str(bad)]) == 2


def test_train_command_writes_a_model_the_scorer_loads(tmp_path, capsys):
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    labels = tmp_path / "labels.jsonl"
    with open(labels, "w", encoding="utf-8") as handle:
        for k in range(40):
            text = texts[k % 5]
            handle.write(json.dumps({"id": f"r{k}", "text": text, "label": int(k % 5 in (1, 3)), "group": f"g{k % 8}"}) + "\n")
        handle.write(json.dumps({"id": "unlabelled", "text": texts[0]}) + "\n")
    model_path = tmp_path / "model.json"
    code = main(["train", str(labels), "-o", str(model_path), "--name", "seed-model"])
    assert code == 1 and "unlabelled" not in model_path.read_text()  # the bad record is skipped and reported
    model = load_model(model_path)
    assert model.name == "seed-model" and model.calibrated
    assert main(["score", "--model", str(model_path), str(SEEDS)]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    scores = {r["id"][:3]: r["score"] for r in records}
    assert min(scores["001"], scores["003"]) > max(scores["000"], scores["002"], scores["004"])
