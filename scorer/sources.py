"""Source priors: a reliability rating per news domain, looked up for an article's source.

The packaged table is Lin et al. (2023)'s aggregate domain quality score `pc1` (0 lowest,
1 highest; 11,520 domains; hauselin/domain-quality-ratings, data/domain_pc1.csv at commit
5671d57, offered by its authors for reuse). Users may pass their own CSV `domain,rating`.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from scorer.article import UNKNOWN_SOURCE, host_of

DEFAULT_RATINGS = "lin2023_domain_pc1.csv"


class RatingsError(ValueError):
    """A ratings file that is not CSV `domain,rating` with ratings in [0, 1]."""


@dataclass(frozen=True, slots=True)
class SourceRatings:
    name: str
    ratings: dict[str, float]

    def lookup(self, source: str | None) -> float | None:
        """The rating of a source (a domain or URL), trying parent domains: edition.cnn.com -> cnn.com."""
        domain = self.rated_domain(source)
        return None if domain is None else self.ratings[domain]

    def rated_domain(self, source: str | None) -> str | None:
        """The domain of the table that rates a source: itself or its nearest rated parent (None: unrated)."""
        if not source or source == UNKNOWN_SOURCE:
            return None
        host = host_of(source.strip().lower())
        while host:
            if host in self.ratings:
                return host
            labels = host.split(".")
            if len(labels) <= 2:
                return None
            host = ".".join(labels[1:])
        return None


def read_ratings(text: str, name: str) -> SourceRatings:
    ratings: dict[str, float] = {}
    for number, row in enumerate(csv.reader(io.StringIO(text)), start=1):
        if not row or row[0].strip().lower() == "domain":
            continue
        try:
            domain, rating = host_of(row[0].strip().lower()), float(row[1])
        except (IndexError, ValueError) as error:
            raise RatingsError(f"{name}, line {number}: expected 'domain,rating' ({error})") from error
        if not 0.0 <= rating <= 1.0 or not domain:
            raise RatingsError(f"{name}, line {number}: rating must be in [0, 1] for a domain")
        ratings[domain] = rating
    return SourceRatings(name, ratings)


@lru_cache(maxsize=1)
def default_ratings() -> SourceRatings:
    return read_ratings(files("scorer").joinpath("data", DEFAULT_RATINGS).read_text(encoding="utf-8"), "lin2023-pc1")


def load_ratings(path: str | Path | None = None) -> SourceRatings:
    """The packaged table when path is None, else a user's CSV."""
    if path is None:
        return default_ratings()
    return read_ratings(Path(path).read_text(encoding="utf-8"), Path(path).name)
