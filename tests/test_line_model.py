"""The boilerplate line model: JSON trees evaluated with numpy, protected story lines."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.ensemble import GradientBoostingClassifier

from features.line_model import (
    FEATURE_NAMES,
    LINE_MODEL_FORMAT,
    NEIGHBOUR_FEATURE_NAMES,
    LineModel,
    TreeEnsemble,
    default_line_models,
    is_whole_page,
    line_features,
    line_stats,
    neighbour_features,
    protected_lines,
    tree_ensemble_data,
)


def test_tree_ensemble_matches_scikit_learn():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(300, 4))
    y = (X[:, 0] + X[:, 1] * X[:, 2] > 0).astype(int)
    fitted = GradientBoostingClassifier(n_estimators=20, max_depth=3, random_state=0).fit(X, y)
    data = tree_ensemble_data(fitted, ("a", "b", "c", "d"))
    assert np.allclose(TreeEnsemble(data).predict_proba(X), fitted.predict_proba(X)[:, 1], atol=1e-9)


def test_line_model_reads_the_lines_twice_and_matches_scikit_learn():
    rng = np.random.default_rng(1)
    X = rng.normal(size=(200, len(FEATURE_NAMES)))
    y = (np.convolve(X[:, 0], np.ones(5) / 5, mode="same") > 0).astype(int)  # a label that depends on neighbours
    first = GradientBoostingClassifier(n_estimators=10, max_depth=2, random_state=0).fit(X, y)
    stacked = np.hstack([X, neighbour_features(first.predict_proba(X)[:, 1])])
    assert stacked.shape[1] == len(FEATURE_NAMES) + len(NEIGHBOUR_FEATURE_NAMES)
    second = GradientBoostingClassifier(n_estimators=10, max_depth=2, random_state=0).fit(stacked, y)
    model = LineModel({"format": LINE_MODEL_FORMAT, "threshold": 0.5, "first_pass": tree_ensemble_data(first, FEATURE_NAMES),
                       "second_pass": tree_ensemble_data(second, FEATURE_NAMES + NEIGHBOUR_FEATURE_NAMES)})
    assert np.allclose(model.predict_proba(X), second.predict_proba(stacked)[:, 1], atol=1e-9)
    assert model.predict_proba(X[:0]).shape == (0,)


def test_neighbour_features_average_over_the_lines_that_exist():
    probability = np.array([1.0, 0.0, 0.0, 1.0])
    rows = neighbour_features(probability)
    names = list(NEIGHBOUR_FEATURE_NAMES)
    assert rows[:, names.index("first_pass_mean_within_1")].tolist() == [0.5, 1 / 3, 1 / 3, 0.5]
    assert rows[:, names.index("first_pass_previous")].tolist() == [1.0, 1.0, 0.0, 0.0]
    assert rows[:, names.index("main_line_before")].tolist() == [0, 0, 1, 1]
    assert rows[:, names.index("main_line_after")].tolist() == [1, 1, 0, 0]


def test_packaged_models_read_the_features_they_were_trained_on():
    models = default_line_models()
    for model in (models.page, models.article):
        assert model.features == FEATURE_NAMES and 0 < model.threshold < 1
        assert model.second.features == FEATURE_NAMES + NEIGHBOUR_FEATURE_NAMES
        assert "Zyte" in model.metadata["training"]["data"]
    with pytest.raises(ValueError):
        TreeEnsemble({"format": "pickle"})
    with pytest.raises(ValueError):
        LineModel({"format": "pickle"})


def test_navigation_scores_higher_than_story_prose():
    lines = ["Home", "World", "Business", "Sport", "Contact"] + [
        f"Paragraph {i} of the story says that the council met on Tuesday and agreed on the new budget for schools."
        for i in range(6)
    ] + ["Privacy Policy", "Terms of Use", "Advertise with us"]
    p = default_line_models().article.predict_proba(line_features(lines, [False] * len(lines)))
    assert p[:5].min() > p[5:11].max()
    assert not protected_lines(lines)[:5].any() and protected_lines(lines)[5:11].all()


def test_whole_page_or_article_text():
    story = [f"Paragraph {i} says the council met on Tuesday and agreed on the new budget for schools." for i in range(5)]
    menu = [f"Section {i}" for i in range(20)]
    assert is_whole_page(menu + story, line_stats(menu + story))
    assert not is_whole_page(menu[:3] + story + menu[:3], line_stats(menu[:3] + story + menu[:3]))
    # A tracking-pixel tag long enough to pass for prose opens the page: the lexicon's chrome does not bound the story.
    pixel = ['<img height="1" width="1" style="display:none" src="http://example.com/p?c1=2&c2=6035&cv=2.0&cj=1"/>']
    page = pixel + menu + story
    chrome = [True] + [False] * (len(page) - 1)
    assert not is_whole_page(page, line_stats(page)) and is_whole_page(page, line_stats(page), chrome)


def test_story_lines_share_vocabulary_and_a_teaser_does_not():
    story = [
        "The city council approved the new library budget on Monday after a long debate among members.",
        "Council members said the library would open next spring and serve readers across the city.",
        "The budget includes money for library staff, new books and longer opening hours for readers.",
    ]
    teaser = "Ten celebrity chefs reveal their favourite summer barbecue recipes for hungry families this weekend."
    lines = [*story, teaser]
    shares = line_features(lines, [False] * len(lines))[:, FEATURE_NAMES.index("story_vocabulary_share")]
    assert min(shares[:3]) > 0.3 and shares[3] < 0.1


def test_short_function_words_mark_prose_in_any_language():
    lines = ["Der Stadtrat hat am Montag in der Stadt den neuen Haushalt für das Jahr beschlossen, sagte ein Sprecher.",
             "Startseite Nachrichten Sport Wetter Kultur Wirtschaft Politik"]
    shares = line_features(lines, [False, False])[:, FEATURE_NAMES.index("short_word_share")]
    assert shares[0] > 0.3 and shares[1] == 0
