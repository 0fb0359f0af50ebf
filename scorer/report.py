"""Self-contained HTML reports: an index of articles and one page per article with highlighted evidence.

Renders ScoredArticle objects only; computes no features. Jinja2 autoescapes
everything, and the pages load nothing external (inline CSS and JS).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from jinja2 import Environment, FileSystemLoader

from features.base import Evidence
from scorer import __version__
from scorer.article import ScoredArticle
from scorer.model import Model

# Columns of the index table: the headline features.
HEADLINE_FEATURES = (
    "boilerplate_ratio",
    "translation_probability",
    "second_hand_attribution_share",
    "contradictions",
    "attributions_per_100_words",
)
# When spans of several kinds overlap, the highlight shows the first of these.
KIND_PRIORITY = ("contradiction", "translation", "attribution", "tone", "boilerplate")
KIND_DESCRIPTIONS = {
    "boilerplate": "site chrome: navigation, teasers, comment forms, widgets, bios, credits",
    "translation": "machine-translation artifacts",
    "attribution": "attribution cues, sources and quotes",
    "contradiction": "places where the article contradicts itself",
    "tone": "exclamations, questions and 'you' in the article's own voice",
}
_UNSAFE_FILENAME = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of text covered by the same evidence spans."""

    text: str
    kind: str | None
    kinds: tuple[str, ...]
    reasons: tuple[str, ...]


def template_dir() -> Path:
    """Templates inside the installed package, else the repository's templates/ folder."""
    packaged = Path(str(files("scorer").joinpath("templates")))
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "templates"


def environment() -> Environment:
    env = Environment(loader=FileSystemLoader(template_dir()), autoescape=True, trim_blocks=True, lstrip_blocks=True)
    env.filters["fixed"] = lambda value, digits=3: "" if value is None else f"{value:.{digits}f}"
    return env


def segments(text: str, evidence: Iterable[Evidence]) -> list[Segment]:
    """Split text at every span boundary; each piece knows which spans cover it."""
    spans = [e for e in evidence if 0 <= e.start < e.end <= len(text)]
    cuts = sorted({0, len(text), *(e.start for e in spans), *(e.end for e in spans)})
    pieces = []
    for start, end in zip(cuts, cuts[1:]):
        covering = [e for e in spans if e.start <= start and end <= e.end]
        kinds = tuple(k for k in KIND_PRIORITY if any(e.kind == k for e in covering))
        reasons = tuple(dict.fromkeys(f"{e.kind} / {e.label}: {e.reason}" for e in covering))
        pieces.append(Segment(text[start:end], kinds[0] if kinds else None, kinds, reasons))
    return pieces


def page_name(index: int, record_id: str) -> str:
    """A safe, unique file name for an article page."""
    return f"{index:04d}-{_UNSAFE_FILENAME.sub('_', record_id)[:60]}.html"


SOURCE_PRIOR_WHY = "the source's reliability rating (Lin et al. 2023, or the ratings given with --ratings)"


def write_report(scored: Iterable[ScoredArticle], out_dir: Path, model: Model) -> Path:
    """Write index.html, one page per article under articles/, and scores.jsonl; return the index path."""
    env = environment()
    articles_dir = out_dir / "articles"
    articles_dir.mkdir(parents=True, exist_ok=True)
    rows = []
    why = {term.name: term.why for term in model.terms} | {"source_prior": SOURCE_PRIOR_WHY}
    with open(out_dir / "scores.jsonl", "w", encoding="utf-8") as jsonl:
        for index, article in enumerate(scored, 1):
            jsonl.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
            name = page_name(index, article.id)
            contributions = sorted(article.contributions.items(), key=lambda item: -abs(item[1]))
            page = env.get_template("article.html").render(
                article=article,
                segments=segments(article.text, article.evidence),
                contributions=[(feature, value, why.get(feature, "")) for feature, value in contributions],
                kinds=KIND_DESCRIPTIONS,
                model=model,
                version=__version__,
            )
            (articles_dir / name).write_text(page, encoding="utf-8")
            rows.append((article, f"articles/{name}"))
    index_path = out_dir / "index.html"
    index_path.write_text(
        env.get_template("index.html").render(rows=rows, columns=HEADLINE_FEATURES, model=model, version=__version__),
        encoding="utf-8",
    )
    return index_path
