"""The readable linear model: loading, contributions, and the direction of every weight."""

from __future__ import annotations

import json
import math

import pytest

from scorer.article import Article
from scorer.model import ModelError, load_model
from scorer.pipeline import score_article
from tests.conftest import SEEDS

# Features that describe a problem: more of them must never raise the score.
PROBLEMS = (
    "boilerplate_ratio",
    "translation_probability",
    "second_hand_attribution_share",
    "pronoun_contradictions",
    "name_variant_contradictions",
    "date_contradictions",
)


def test_default_model_is_the_uncalibrated_hand_set_one(model):
    assert model.name == "handset-v1" and model.calibrated is False
    assert set(PROBLEMS) <= set(model.feature_names)


def test_contributions_add_up_to_the_logit(model):
    values = {"boilerplate_ratio": 0.2, "translation_probability": 0.9, "attributions_per_100_words": 10.0}
    prediction = model.predict(values)
    logit = model.intercept + sum(prediction.contributions.values())
    assert prediction.probability == pytest.approx(1 / (1 + math.exp(-logit)))
    assert prediction.contributions["attributions_per_100_words"] == pytest.approx(3.0 * 0.3)  # clipped at 3


@pytest.mark.parametrize("feature", PROBLEMS)
def test_a_problem_feature_never_raises_the_score(model, feature):
    base = model.predict({}).probability
    assert model.predict({feature: 1.0}).probability < base


def test_appending_site_chrome_to_a_seed_lowers_its_score(model):
    text = (SEEDS / "001_f3b3266d7e4b0c33.txt").read_text(encoding="utf-8")
    chrome = "\nLeave a Reply\nYour email address will not be published. Required fields are marked *\nShow More\nBack to top button"
    clean = score_article(Article("a", text), model)
    padded = score_article(Article("b", text + chrome), model)
    assert padded.features["boilerplate_ratio"] > clean.features["boilerplate_ratio"]
    assert padded.score < clean.score


def test_model_file_is_plain_json_with_its_reasons(model):
    from importlib.resources import files

    data = json.loads(files("scorer").joinpath("models", "handset-v1.json").read_text())
    assert all(term["why"] for term in data["features"])


def test_bad_model_files_are_rejected(tmp_path):
    for content in ('{"format": "other"}', "not json", '{"format": "news-reliability-scorer/linear-model"}'):
        path = tmp_path / "m.json"
        path.write_text(content)
        with pytest.raises(ModelError):
            load_model(path)
