"""The calibrated model: readable file, exact inference, explanations, and the direction of every weight."""

from __future__ import annotations

import json
import math
from dataclasses import replace
from importlib.resources import files

import numpy as np
import pytest

from scorer.article import Article
from scorer.model import ModelError, load_model, logit
from scorer.pipeline import score_article
from scorer.sources import SourceRatings
from scorer.training import INPUTS, BoundedLogisticRegression, input_matrix, train
from tests.conftest import SEEDS

# Features that describe a problem: more of them must never raise the score.
PROBLEMS = ("article_boilerplate_ratio", "translation_probability", "second_hand_attribution_share", "contradictions")


def test_default_model_is_calibrated_readable_json():
    data = json.loads(files("scorer").joinpath("models", "default.json").read_text())
    assert data["calibrated"] is True and data["calibration"]["method"] == "sigmoid"
    assert all(f["why"] for f in data["features"])
    assert {"buzzfeed", "fakenewsamt", "translation"} <= set(data["metrics"])


def test_contributions_add_up_to_the_logit(model):
    values = {"article_boilerplate_ratio": 0.2, "translation_probability": 0.9, "attributions_per_100_words": 2.0}
    for prior in (None, 0.3):
        prediction = model.predict(values, prior)
        assert prediction.base + sum(prediction.contributions.values()) == pytest.approx(logit(prediction.score))
    assert "source_prior" in model.predict(values, 0.3).contributions


@pytest.mark.parametrize("feature", PROBLEMS)
def test_a_problem_feature_never_raises_the_score(model, feature):
    base = {"article_boilerplate_ratio": 0.05, "translation_probability": 0.2, "second_hand_attribution_share": 0.1, "contradictions": 0}
    worse = dict(base, **{feature: base[feature] + (1 if feature == "contradictions" else 0.5)})
    assert model.predict(worse).score < model.predict(base).score


def test_a_better_rated_source_raises_the_score(model):
    values = {"translation_probability": 0.2}
    assert model.predict(values, 0.2).score < model.predict(values, 0.9).score


@pytest.mark.parametrize("seed", sorted(p.name for p in SEEDS.glob("*.txt")))
def test_adding_chrome_or_translation_artifacts_to_a_seed_lowers_its_score(model, seed):
    text = (SEEDS / seed).read_text(encoding="utf-8")
    chrome = "\nLeave a Reply\nYour email address will not be published. Required fields are marked *\nShow More\nBack to top button"
    translated = "\nFor its part, the ministry counted this Wednesday XNUMX victims. , in the face of such rejection."
    clean, *dirty = (score_article(Article(str(k), text + extra), model).score for k, extra in enumerate(["", chrome, translated]))
    assert all(score < clean for score in dirty)


@pytest.mark.parametrize("feature", PROBLEMS)
def test_more_of_a_problem_never_raises_a_seed_score(model, seeds, feature):
    step = 1.0 if feature == "contradictions" else 0.2
    for article in seeds.values():
        values = dict(article.features)
        scores = [model.predict(dict(values, **{feature: values[feature] + k * step})).score for k in range(4)]
        assert scores == sorted(scores, reverse=True) and scores[-1] < scores[0]


def test_unknown_source_falls_back_to_the_evidence(model):
    text = (SEEDS / "001_f3b3266d7e4b0c33.txt").read_text(encoding="utf-8")
    ratings = SourceRatings("test", {"good.example": 0.95, "bad.example": 0.1})
    unknown = score_article(Article("u", text, source="nobody.example"), model, ratings)
    good = score_article(Article("g", text, source="news.good.example"), model, ratings)
    bad = score_article(Article("b", text, source="bad.example"), model, ratings)
    assert unknown.source_prior is None and good.source_prior == 0.95 and bad.source_prior == 0.1
    assert bad.score < unknown.score < good.score
    assert unknown.article_evidence == good.article_evidence == bad.article_evidence


def test_bounded_regression_matches_scikit_learn_without_bounds():
    from sklearn.linear_model import LogisticRegression

    rng = np.random.default_rng(0)
    X = rng.normal(size=(300, 4))
    y = (X @ [1.0, -2.0, 0.5, 0.0] + rng.normal(size=300) > 0).astype(int)
    ours = BoundedLogisticRegression(C=0.5).fit(X, y)
    theirs = LogisticRegression(C=0.5, tol=1e-10, max_iter=10_000).fit(X, y)
    assert np.allclose(ours.coef_, theirs.coef_, atol=1e-5) and np.allclose(ours.intercept_, theirs.intercept_, atol=1e-5)
    bounded = BoundedLogisticRegression([(-math.inf, 0.0), (0.0, math.inf), (-math.inf, -0.3), (-math.inf, math.inf)]).fit(X, y)
    assert bounded.coef_[0][0] == 0.0 and bounded.coef_[0][1] == 0.0 and bounded.coef_[0][2] <= -0.3


def test_trained_model_file_reproduces_predict_proba():
    rng = np.random.default_rng(1)
    values = [{i.name: float(abs(rng.normal(0.3, 0.3))) for i in INPUTS} | {"flesch_reading_ease": float(rng.normal(50, 15)),
              "mean_sentence_words": float(rng.normal(20, 5))} for _ in range(240)]
    y = [int(v["distinct_sources"] + rng.normal(0, 0.2) > 0.35) for v in values]
    groups = [f"g{k % 12}" for k in range(240)]
    data, model = train(values, y, groups)
    from scorer.training import fit_calibrated

    calibrated = fit_calibrated(input_matrix(values), np.array(y), np.array(groups))
    expected = calibrated.predict_proba(input_matrix(values))[:, 1]
    ours = np.array([model.predict(v).evidence for v in values])
    assert np.max(np.abs(ours - expected)) < 1e-9
    reloaded = json.loads(json.dumps(data))
    assert reloaded["calibration"]["method"] == "sigmoid" and len(reloaded["features"]) == len(INPUTS)


def test_bad_model_files_are_rejected(tmp_path):
    good = json.loads(files("scorer").joinpath("models", "default.json").read_text())
    broken = dict(good, features=[dict(good["features"][0], transform="eval")])
    for content in ('{"format": "other"}', "not json", json.dumps(dict(good, source_combiner={})), json.dumps(broken)):
        path = tmp_path / "m.json"
        path.write_text(content)
        with pytest.raises(ModelError):
            load_model(path)


def test_seed_top_contributions_name_the_problems(seeds):
    def top(name: str) -> list[str]:
        return [k for k, _ in sorted(seeds[name].contributions.items(), key=lambda kv: kv[1])[:3]]

    assert top("000")[:2] == ["translation_probability", "contradictions"] and "article_boilerplate_ratio" in top("000")
    assert top("004")[0] == "translation_probability"
    assert "second_hand_attribution_share" in top("003")


def test_model_replace_keeps_it_frozen(model):
    assert replace(model, name="x").name == "x" and model.name == "default"
