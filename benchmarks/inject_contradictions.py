"""Inject one contradiction into clean BBC News articles, seeded, with the span that holds it.

    python benchmarks/inject_contradictions.py [--seed 0] > injected.jsonl

Types (each record: id, type, text, truth = [start, end] of the injected words):
- pronoun: a pronoun that refers to a named person of known gender, with no person of the
  other gender named before it, swapped to the other gender ("Tony Blair ... she said");
- respelling: a later mention of a person's surname respelt the way transliterations vary
  ("Putin" -> "Puttin", "Yushchenko" -> "Yuschenko");
- date: "on Monday" given a full date that was another weekday, or a dateline put above the
  story more than a year before a full date the story gives;
- number: a count stated twice ("30 countries" ... "30 countries", "three firms" ... "three firms")
  changed the second time (by 5-30%, or a number word by one or two); not years, prices,
  decimals, model numbers, names ("Radio 2 listeners", "top 10 albums") or durations. A repeat
  that counts something else ("a total of three awards" for a film, then "Foxx was nominated for
  three awards") is no contradiction when changed: all 49 repeats in BBC News were read by hand
  and the 10 of that kind are listed in OTHER_COUNTS.
The untouched article is the negative twin of every injected one. Articles with an even
position in ../shared/data/bbc_news are the development half (rules may be tuned on them), odd
ones the test half (benchmarks/contradictions.py reports it).
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import json
import random
import re
from collections.abc import Iterator
from pathlib import Path

from features.contradictions import NUMBER_WORDS
from features.names import first_name_gender, is_first_name

BBC = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "bbc_news" / "articles.jsonl"
TYPES = ("pronoun", "respelling", "date", "number")
_QUOTE = re.compile(r'"[^"\n]*"|\u201c[^\u201d\n]*\u201d')
_FULL_NAME = re.compile(r"\b([A-Z][a-z]+) ([A-Z][a-z]{2,})\b")
_PRONOUN = re.compile(r"\b(?:he|him|his|himself|she|herself)\b")
_SWAP = {"he": "she", "him": "her", "his": "her", "himself": "herself", "she": "he", "herself": "himself"}
_GENDER_OF = {"he": "male", "him": "male", "his": "male", "himself": "male", "she": "female", "herself": "female"}
_SENTENCE_END = re.compile(r"[.!?][\"')]*\s")
_ON_WEEKDAY = re.compile(r"\bon (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_YEAR = re.compile(r"\b(?:19[89]\d|200\d)\b")
# A count of things: "30 countries", "1,200 jobs" -- not a year, a price, a decimal, a model number
# ("777-200LR", "the 7124 phone") or a duration or measure ("8 minutes", "200m").
_QUANTITY = re.compile(
    rf"(?<![\w.,\u00a3$\u20ac-])(\d{{1,3}}(?:,\d{{3}})+|\d{{1,4}}|(?i:{'|'.join(NUMBER_WORDS)})) "
    r"((?:(?:million|billion|thousand|hundred) )?[a-z]{2,}s)\b(?![-\d])"
)
# Repeated counts that a reader takes for two different quantities (hand-checked; article, words).
OTHER_COUNTS = frozenset({
    ("bbc_news/entertainment/095", "three awards"), ("bbc_news/entertainment/151", "two songs"),
    ("bbc_news/entertainment/285", "three singles"), ("bbc_news/sport/284", "three penalties"),
    ("bbc_news/sport/320", "two games"), ("bbc_news/entertainment/040", "four nominations"),
    ("bbc_news/entertainment/234", "three places"), ("bbc_news/sport/483", "two sets"),
    ("bbc_news/sport/497", "three matches"), ("bbc_news/tech/378", "12 channels"),
})
# "Radio 2 listeners", "Channel 4 viewers", "top 10 albums" (a capital opening a sentence is no name: "The 15 games")
_IN_NAME = re.compile(r"(?:(?<=\w )[A-Z]\w*|\btop) $")
_NOT_COUNTS = frozenset(
    "years days months weeks hours minutes seconds times points metres meters miles kilometres yards feet inches pounds "
    "euros dollars cents pence degrees percent".split()
)
_OTHER_GENDER_NOUNS = {
    "male": re.compile(r"\b(?:woman|women|wife|mother|daughter|sister|girl|girlfriend|actress|queen|widow|lady|her)\b", re.I),
    "female": re.compile(r"\b(?:man|men|husband|father|son|brother|boy|boyfriend|actor|king|widower|his|him)\b", re.I),
}
# Respellings of the kind transliteration and careless copying produce.
_RESPELLINGS = (
    (re.compile(r"y(?=[a-z])"), "i"), (re.compile(r"(?<=[a-z])i(?=[a-z])"), "y"), (re.compile(r"([bcdfglmnprst])\1"), r"\1"),
    (re.compile(r"(?<=[aeiou])([lnrst])(?=[aeiou])"), r"\1\1"), (re.compile(r"ck"), "k"), (re.compile(r"(?<=[a-z])k"), "ck"),
    (re.compile(r"ph"), "f"), (re.compile(r"sch"), "sh"), (re.compile(r"(?<=[a-z])v"), "w"), (re.compile(r"ei"), "ey"),
    (re.compile(r"ou"), "u"), (re.compile(r"(?<=[a-z])ch"), "kh"),
)


def read_bbc() -> list[dict]:
    with open(BBC, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def _outside_quotes(text: str) -> list[bool]:
    """Per character: True outside double-quoted passages."""
    outside = [True] * len(text)
    for match in _QUOTE.finditer(text):
        outside[match.start() : match.end()] = [False] * (match.end() - match.start())
    return outside


def _sentence_starts(text: str) -> list[int]:
    return [0, *(m.end() for m in _SENTENCE_END.finditer(text))]


def inject_pronoun(text: str, rng: random.Random) -> tuple[str, tuple[int, int]] | None:
    outside = _outside_quotes(text)
    names = [(m.start(), first_name_gender(m.group(1))) for m in _FULL_NAME.finditer(text) if outside[m.start()]]
    names = [(start, gender) for start, gender in names if gender]
    if not names:
        return None
    starts = _sentence_starts(text)
    candidates = []
    for match in _PRONOUN.finditer(text):
        if not outside[match.start()]:
            continue
        gender = _GENDER_OF[match.group()]
        before = [g for start, g in names if start < match.start()]
        if not before or any(g != gender for g in before):
            continue  # no named antecedent, or someone of the other gender could be meant
        sentence = sum(s <= match.start() for s in starts) - 1
        window = starts[max(0, sentence - 1)]
        if _OTHER_GENDER_NOUNS[gender].search(text, window, match.start()):
            continue  # "the wife of Johnny Cash ... his": the swapped pronoun could be hers
        if any(window <= start < match.start() and g == gender for start, g in names):
            candidates.append(match)
    if not candidates:
        return None
    match = rng.choice(candidates)
    swapped = _SWAP[match.group()]
    return text[: match.start()] + swapped + text[match.end() :], (match.start(), match.start() + len(swapped))


def inject_respelling(text: str, rng: random.Random) -> tuple[str, tuple[int, int]] | None:
    outside = _outside_quotes(text)
    surnames = {m.group(2) for m in _FULL_NAME.finditer(text) if is_first_name(m.group(1)) and outside[m.start()]}
    candidates = []
    for surname in sorted(surnames):
        mentions = [m for m in re.finditer(rf"\b{surname}\b", text) if outside[m.start()]]
        if len(mentions) >= 2:
            candidates.extend((surname, m) for m in mentions[1:])
    rng.shuffle(candidates)
    for surname, match in candidates:
        edits = [(pattern, replacement) for pattern, replacement in _RESPELLINGS if pattern.search(surname[1:])]
        if not edits:
            continue
        pattern, replacement = rng.choice(edits)
        respelt = surname[0] + pattern.sub(replacement, surname[1:], count=1)
        if respelt != surname:
            return text[: match.start()] + respelt + text[match.end() :], (match.start(), match.start() + len(respelt))
    return None


def _story_year(text: str) -> int:
    years = _YEAR.findall(text)
    return int(max(dict.fromkeys(years), key=years.count)) if years else 2005  # ties: the first stated (no set order)


def _date_of_weekday(year: int, weekday: int, rng: random.Random) -> dt.date:
    day = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
    return day + dt.timedelta(days=(weekday - day.weekday()) % 7)


def inject_date(text: str, rng: random.Random) -> tuple[str, tuple[int, int]] | None:
    outside = _outside_quotes(text)
    mentions = [m for m in _ON_WEEKDAY.finditer(text) if outside[m.start()]]
    if not mentions:
        return None
    match = rng.choice(mentions)
    stated = _WEEKDAYS.index(match.group(1))
    year = int(_story_year(text))
    if rng.random() < 0.5:  # a full date of another weekday
        date = _date_of_weekday(year, (stated + rng.randint(1, 6)) % 7, rng)
        insert = f"{match.group()}, {date.day} {date:%B} {date.year}"
        return text[: match.start()] + insert + text[match.end() :], (match.start() + 3, match.start() + len(insert))
    date = _date_of_weekday(year, stated, rng)  # a true full date, and a dateline years before it
    page_year = date.year - rng.randint(2, 6)
    page = date.replace(year=page_year, day=min(date.day, calendar.monthrange(page_year, date.month)[1]))  # 29 Feb
    dateline = f"Published {page.day} {page:%B} {page.year}\n\n"
    insert = f"{match.group()}, {date.day} {date:%B} {date.year}"
    body = text[: match.start()] + insert + text[match.end() :]
    return dateline + body, (len("Published "), len(dateline.rstrip()))


def inject_number(text: str, rng: random.Random, article_id: str = "") -> tuple[str, tuple[int, int]] | None:
    outside = _outside_quotes(text)
    seen: dict[tuple[str, str], re.Match[str]] = {}
    candidates = []
    for match in _QUANTITY.finditer(text):
        key = (match.group(1), match.group(2))
        if (not outside[match.start()] or _YEAR.fullmatch(match.group(1)) or match.group(2).split()[-1] in _NOT_COUNTS
                or _IN_NAME.search(text, max(0, match.start() - 20), match.start()) or (article_id, match.group()) in OTHER_COUNTS):
            continue
        if key in seen:
            candidates.append(match)
        else:
            seen[key] = match
    if not candidates:
        return None
    match = rng.choice(candidates)
    written = match.group(1)
    if written.lower() in NUMBER_WORDS:  # "three companies" -> "two"/"five companies"
        value = NUMBER_WORDS[written.lower()]
        words = [w for w, v in NUMBER_WORDS.items() if v != value and abs(v - value) <= 2 and v <= 20]
        number = rng.choice(words)
        number = number.capitalize() if written[0].isupper() else number
    else:
        value = int(written.replace(",", ""))
        changed = value + rng.choice([-1, 1]) * max(1, round(value * rng.uniform(0.05, 0.3)))
        if changed <= 0 or changed == value:
            changed = value + 2
        number = f"{changed:,}" if "," in written else str(changed)
    return text[: match.start(1)] + number + text[match.end(1) :], (match.start(1), match.start(1) + len(number))


INJECTORS = {"pronoun": inject_pronoun, "respelling": inject_respelling, "date": inject_date, "number": inject_number}


def injected(articles: list[dict], seed: int = 0, half: str = "test") -> Iterator[dict]:
    """Every article of the half that can take a contradiction of each type, injected once per type."""
    rng = random.Random(seed)
    for position, article in enumerate(articles):
        if (position % 2 == 1) != (half == "test"):
            continue
        for kind, inject in INJECTORS.items():
            result = inject(article["text"], rng, article["id"]) if kind == "number" else inject(article["text"], rng)
            if result is not None:
                text, truth = result
                yield {"id": f"{article['id']}:{kind}", "source_id": article["id"], "type": kind, "text": text,
                       "truth": list(truth)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--half", choices=("dev", "test"), default="test")
    args = parser.parse_args()
    for record in injected(read_bbc(), args.seed, args.half):
        print(json.dumps(record, ensure_ascii=False))


if __name__ == "__main__":
    main()
