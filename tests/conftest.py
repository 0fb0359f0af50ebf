from __future__ import annotations

from pathlib import Path

import pytest

from scorer.model import load_model
from scorer.pipeline import score_article
from scorer.readers import read_paths

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def model():
    return load_model()


@pytest.fixture(scope="session")
def seeds(model):
    """The five seed articles scored, keyed by the first three digits of the id."""
    return {article.id[:3]: score_article(article, model) for article in read_paths([str(SEEDS)])}
