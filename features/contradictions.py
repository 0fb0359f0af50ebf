"""Internal contradictions: places where the article disagrees with itself.

- pronoun gender: a he/she pronoun whose only possible named antecedents all have
  the other gender ("Paul ... he has established herself");
- name variant: one name spelled two ways ("Zelensky"/"Zelenskyy", "Kyiv"/"Kiev");
- weekday: a weekday that does not match its date ("Friday, September 30, 2023");
- page date: the page is dated more than a year before a full date the story reports;
- quantity: one count given two values ("30 countries" ... "32 countries") where both mentions
  share a content word of their context and differ by less than half.

Each finding links both ends with a shared `group`. Conservative by design: a
pronoun near a person of unknown gender is never flagged.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Callable, NamedTuple

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS as _STOP_WORDS

from features.base import Evidence, FeatureResult
from features.boilerplate import chrome_spans
from features.document import Document, Span, comma_before, inside
from features.names import (
    HONORIFIC_GENDER,
    PRONOUN_GENDER,
    ascii_fold,
    common_words,
    first_name_gender,
    first_name_is_certain,
    is_common_word,
    is_common_word_or_plural,
    is_first_name,
    is_place,
    transliteration_key,
)

KIND = "contradiction"

# A person of unknown gender whom the text calls "he" (or "she") this often, twice as often as the
# other, takes that gender.
TEXT_GENDER_MIN_PRONOUNS = 2
_OTHER_GENDER = {"male": "female", "female": "male"}
# A line whose longer words (4+ letters, at least this many) are capitalised at this rate is a Title Case headline.
TITLE_CASE_MIN_WORDS = 4
TITLE_CASE_SHARE = 0.8
TITLE_CASE_CHARS = 200
# A definite role ("the star") this close after a named person of known gender refers to them.
ROLE_ANAPHORA_CHARS = 300
# How many sentences before a pronoun its antecedent may stand in (a person of unknown gender
# named there keeps the pronoun from being flagged).
# At most this many words (no comma) before a person's name in the sentence that introduces them as its subject.
INTRODUCTION_LEAD_WORDS = 4
ANTECEDENT_SENTENCES = 2
# A name starting within this many characters of its sentence's start is the sentence's subject.
SUBJECT_CHARS = 25
_QUOTE = re.compile(r'"[^"\n]*"')
_LOWERCASE_WORD = re.compile(r"\b[a-z]{3,}\b")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")
# ... with Latin letters beyond ASCII: "Kılıçdaroğlu", "Wałęsa" (only texts that are not ASCII pay for it).
_CAPITALISED_LATIN = re.compile(r"\b[A-Z\u00c0-\u00de\u0100-\u017f][a-z\u00df-\u00ff\u0100-\u017f]+\b")
_FOLLOWER = re.compile(r" (?:(?:bin|ibn|de|van|von) |al-|el-)?([A-Z][a-z]+)")  # "Mohammed bin Salman": Salman
# A run of capitalised words on one line: "NATO Secretary General Jens Stoltenberg".
# A capital, then "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "St." or an initial "J.", else the rest of a word (from a
# character set: a fast scan).
_NAME_TOKEN = r"[A-Z](?:(?:(?<=M)(?:r|rs|s)|(?<=D)r|(?<=P)rof|(?<=S)t)?\.|[\w'-]*)"
_NAME_RUN = re.compile(rf"{_NAME_TOKEN}(?: +{_NAME_TOKEN})*")
_WORD = re.compile(r"[A-Z][\w-]*(?:\.(?= ))?")
# Lower case or capitalised; an all-capitals "HE" is a headline, not a reference.
# (Written to start with a character set, which Python's re scans for fast; the lookbehinds then say which
# letter it was and that no letter comes before it: four times faster than "\b(?:[Hh]e|[Hh]im|...)\b".)
_PRONOUN = re.compile(r"[HhSs](?<!\w[HhSs])(?:(?<=[Hh])(?:e|im|is|imself|er|ers|erself)|(?<=[Ss])he)\b")
# Words after a capitalised run that show it is a person: "Peskov said", "Merkel has".
# Speech verbs after a capitalised run: "Peskov said" is a person (or speaks for one).
_PERSON_VERB = re.compile(
    r"\s+(?:said|says|told|tells|added|wrote|explained|noted|insisted|argued|warned|stressed|claimed"
    r"|denied|believes|thinks|replied|asked|recalled|responded|revealed|admitted|announced|disclosed|confirmed"
    r"|suggested|acknowledged|agreed|conceded|described|urged)\b"
)
# What may follow a lone first name that is used as a name: punctuation or a verb.
_ACTS_AS_PERSON = re.compile(
    r"'s\b|\s*(?:[,.;:!?)]|$)|" + _PERSON_VERB.pattern
    + r"|\s+(?:[a-z]+ed|[a-z]+[^s]s|is|was|has|had|who|and|also|would|will|can|could|did|does)\b"
)
# A role right before a name: "Kremlin spokesman Peskov", "Fox News anchor Megyn Kelly".
_ROLES = (
    "president|minister|secretary|spokesperson|chancellor|senator|governor|judge|captain|general|mayor|ceo|director"
    "|chief|coach|manager|leader|anchor|host|reporter|journalist|correspondent|singer|star|player|author|writer"
    "|lawyer|attorney|protester|officer|official|candidate|nominee|victim|suspect|driver|teacher|doctor|nurse|student"
    "|witness|resident|owner|executive|founder|employee|worker|passenger|patient|child|teenager|person|activist"
    "|researcher|scientist|analyst|economist|expert|critic|voter|customer|user|fan|neighbour|neighbor|friend|partner"
)
_TITLE_WORDS = frozenset(_ROLES.split("|")) | {"spokesman", "spokeswoman", "actor", "actress", "pope", "king", "queen",
                                               "democrat", "republican"}  # "Democrat Zephyr Teachout"
# Titles that tell the gender of the one name after them: "Queen Elizabeth", "Pope Francis".
_TITLE_GENDER = {"King": "male", "Queen": "female", "Pope": "male"}
# An unnamed person the pronoun may refer to: "the protester", "the female African American protester".
# Singular only: "the players" cannot be "he"; "the general election" is no person.
_ROLE_REFERENCE = re.compile(
    rf"\b[Tt]he (?:(?!(?:of|a|an|the|and|or|in|to) )[\w-]+ ){{0,3}}(?P<role>{_ROLES})\b(?!-| (?:election|elections|assembly|public|strike)\b)"
)
# Words that make a capitalised run an organisation or place, not a person.
_NOT_PERSON_WORDS = frozenset(
    "Union Party Council Ministry Department Government Office Agency Committee Commission Court Parliament Congress "
    "Senate House Bank Group University College School Institute Foundation Association Organization Organisation "
    "Army Navy Force Forces Police Corps Company Corporation Inc Ltd News Times Post Journal Press Network Street "
    "Road Square Park River Sea Ocean Island Islands Republic Kingdom States Nations Alliance Treaty City County "
    "Province Region Airport Station Hospital Church Club Team League Cup War Day Week "
    # Parties, companies, events and places that end capitalised runs in news text.
    "Democrats Democrat Dem Dems Republicans Republican Conservatives Liberals Nationalists Securities Airlines "
    "Airways Centre Center Society Records Studios Pictures International Internet Arts Reserve Banking Economics "
    "Investments Estates Consortium Awards Boulevard Brothers Federation Industry Industries Guild Lottery Indoor "
    "Championships Championship Open Games Olympics Trophy Festival Orchestra Theatre Museum Gallery Trust Fund "
    "Partners Capital Holdings Media Entertainment Telecom Motors Systems Technologies Software Energy Petroleum "
    "Exchange Markets Index Services Bureau Division United Rovers Wanderers Athletic Albion Wars Kong Angeles "
    "Francisco York Jersey Africa Britain England Scotland Wales Ireland Europe America Asia "
    # Prizes, laws and venues named after people ("the Booker Prize", "Emmy Award", "Wembley Stadium").
    "Prize Prizes Award Medal Act Stadium Arena Cathedral Mosque Summit Conference Forum Assembly".split()
)
# The word before a name used as a place or a thing: "in France", "at Dortmund", "the Academy".
_PLACE_OR_THING_WORDS = ("in", "at", "from", "of", "the", "across", "into")
_PLACE_OR_THING_BEFORE = re.compile(rf"\b(?i:{'|'.join(_PLACE_OR_THING_WORDS)}) +$")


def _words_pattern(words: str) -> re.Pattern[str]:
    """Whole words from a '|'-separated list, any case; a first-letter lookahead lets the engine skip ahead."""
    initials = "".join(sorted({w[0] for w in words.split("|")}))
    return re.compile(rf"\b(?=[{initials}{initials.upper()}])(?i:{words})\b")


_GENDERED_NOUNS = {
    "female": _words_pattern(
        "female|woman|women|girl|mother|daughter|wife|sister|aunt|niece|grandmother|queen|princess|actress|lady"
        "|chairwoman|spokeswoman|girlfriend|bride|widow|businesswoman|congresswoman|mum|mom"
    ),
    "male": _words_pattern(
        "male|man|men|boy|father|son|husband|brother|uncle|nephew|grandfather|king|prince|actor|chairman"
        "|spokesman|boyfriend|groom|widower|businessman|congressman|dad"
    ),
}
_MONTHS = ("january february march april may june july august september october november december").split()
_WEEKDAYS = ("monday tuesday wednesday thursday friday saturday sunday").split()
_CALENDAR_WORDS = frozenset(_MONTHS + _WEEKDAYS)
_MONTH_PREFIXES = [month[:3] for month in _MONTHS]
_MONTH_NAMES = ("January|February|March|April|May|June|July|August|September|October|November|December"
                "|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?")
# A full date on one line: "September 29, 2023", "29 Sept. 2023", "5th of March 2024", "2023-09-29". The lookahead
# lets the engine skip positions that cannot start one.
_FULL_DATE = re.compile(
    rf"(?=[JFMASOND\d])\b(?:(?P<month>{_MONTH_NAMES}) +(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,? +(?P<year>\d{{4}})"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?(?: +of)? +(?P<month2>{_MONTH_NAMES}),? +(?P<year2>\d{{4}})"
    r"|(?P<year3>(?:19|20)\d\d)-(?P<month3>[01]\d)-(?P<day3>[0-3]\d)(?![\d-]))"
)
# A month and year in the story: "opened in September 2019" (not "2 September 2019", a full date).
_MONTH_YEAR = re.compile(
    r"(?=[JFMASOND])(?<!\d )(?<!\dst )(?<!\dnd )(?<!\drd )(?<!\dth )(?<!\d of )(?<!\dth of )\b(?P<month>January|February|March|April|May|June|July|August|September"
    r"|October|November|December),? +(?P<year>(?:19|20)\d\d)\b"
)
# A numeric page date, "12/06/2015" or "12.06.2015": day and month may come in either order.
_NUMERIC_DATE = re.compile(r"(?<![\d./])(?P<first>[0-3]?\d)[./](?P<second>[01]?\d)[./](?P<year>(?:19|20)\d\d)(?![\d./])")
_WEEKDAY = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?"
# A weekday right before a date: "Friday, September 29, 2023", "Fri, 29 Sep 2023", "Friday (Sept. 29, 2023)";
# not "The Sun, 29 September 2023".
_WEEKDAY_BEFORE = re.compile(rf"(?<!The )(?<!the )\b(?P<weekday>{_WEEKDAY}),?(?: +the)? +\(?$")  # "Wednesday the 5th of March"
WEEKDAY_BEFORE_CHARS = 16
# ... or right after it: "September 29, 2023, a Friday", "March 5, 2024 (Tuesday)".
_WEEKDAY_AFTER = re.compile(r"(?:,? +(?:a|on a) | *\()(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
# A weekday before a date without its year: "Friday 16 March", "Friday, March 16", "Wednesday the 5th of March".
_YEARLESS_WEEKDAY_DATE = re.compile(
    rf"(?=[MTWFS])\b(?P<weekday>{_WEEKDAY}),? +(?:the +)?(?:(?P<month>{_MONTH_NAMES}) +(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?(?: +of)? +(?P<month2>{_MONTH_NAMES}))(?![\w.]*,? +\d)"
)
YEARLESS_REFERENCE_SENTENCES = 3  # the full date that gives its year is in the same sentence or the three before
YEARLESS_REFERENCE_DAYS = 60  # and tells of the same weeks: "Friday 16 March" two days after "14 March 2024"
# Suffixes that make a related word, not a respelling: Russia/Russian, Iraq/Iraqi.
_DERIVED_SUFFIXES = ("s", "n", "an", "ian", "ns", "y", "e", "i", "es", "ese", "ic", "'s")
PAGE_DATE_LINES = 3
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
PAGE_DATE_LINE_WORDS = 8
# A story may announce dates after its page date (a vote next month): only a year's gap is a contradiction.
PAGE_DATE_TOLERANCE_DAYS = 366
# Words that announce a date or set a deadline: "the election will be held on 4 November 2026", "the ban
# is due to take effect on 1 January 2027", "whose term runs until February 2018".
_ANNOUNCED = re.compile(r"\b(?:will|shall|would|could|might|may|scheduled|due to|expected to|set to|plans? to|planned|aims? to"
                        r"|hopes? to|deadline|target|effective|expires?|until|till|through|upcoming|next)\b"
                        r"[^.!?\n]*$")
ANNOUNCED_CHARS = 60


@dataclass(frozen=True, slots=True)
class _Mention:
    span: Span
    gender: str | None  # None: a person whose gender is unknown
    gender_from_text: bool = False  # the gender is the one the text's own pronouns give the person


def extract(doc: Document) -> FeatureResult:
    quotes = _quotes(doc.normalized)
    by_type = {
        "pronoun_contradictions": _with_reflexive_subjects(doc.normalized, quotes, _pronoun_gender(doc, quotes)),
        "name_variant_contradictions": _name_variants(doc),
        "date_contradictions": _dates(doc),
        "number_contradictions": _quantities(doc, quotes) + _ages(doc),
    }
    # An HTML page's findings are the article's: not the counts, names or dates of its menus and teasers
    # (its page date line may lie outside the article).
    by_type = {name: [f for f in found if all(doc.in_story(e.start) or e.label == "page date" for e in f)]
               for name, found in by_type.items()}
    findings = [finding for found in by_type.values() for finding in found]
    evidence: list[Evidence] = []
    for number, finding in enumerate(findings, 1):
        evidence += [_with_group(span, f"contradiction-{number}") for span in finding]
    values = {"contradictions": float(len(findings))} | {name: float(len(pairs)) for name, pairs in by_type.items()}
    return FeatureResult(values=values, evidence=tuple(evidence))


def _quotes(text: str) -> tuple[list[Span], list[int]]:
    """Double-quoted passages (someone else's words, not checked) and their starts."""
    spans = [Span(m.start(), m.end()) for m in _QUOTE.finditer(text)]
    return spans, [span.start for span in spans]


def _with_group(evidence: Evidence, group: str) -> Evidence:
    return Evidence(evidence.start, evidence.end, evidence.kind, evidence.label, evidence.reason, group)


def _person_mentions(doc: Document) -> list[_Mention]:
    """Named people in text order (found once per document; callers must not change the list)."""
    found = doc.shared.get("person_mentions")
    if found is None:
        found = doc.shared["person_mentions"] = _find_person_mentions(doc)
    return found


def _find_person_mentions(doc: Document) -> list[_Mention]:
    """Named people in text order: a known first name or honorific, a surname of one, or a run that acts like a person."""
    text = doc.normalized
    found: list[tuple[Span, str | None, str]] = []  # span, gender if known, surname
    surname_genders: dict[str, set[str | None]] = {}  # Bill and Hillary Clinton: {male, female}
    honorific_genders: dict[str, set[str]] = {}  # "Mr. Sanders": the text's own word for a gender
    place_like: set[str] = set()  # "in Sri Lanka", "the Academy": names the text uses as places or things
    first_named: set[str] = set()  # surnames after a first name of unknown gender ("Bernie", "Alex"): people
    common = common_words()
    for run in _NAME_RUN.finditer(text):
        name = run.group()
        if name.isalpha():  # one plain word, most runs: no need to split it
            if name.lower() in common and name not in HONORIFIC_GENDER:
                continue  # "The", "But": a capitalised sentence opener
            words = [(run.start(), run.end(), name)]
        else:
            words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, run.start(), run.end())]
            if len(words) == 1 and words[0][2] not in HONORIFIC_GENDER and is_common_word(words[0][2]):
                continue
        if _PLACE_OR_THING_BEFORE.search(text, max(0, run.start() - 7), run.start()) or (
                len(words) > 1 and words[0][2].lower() in _PLACE_OR_THING_WORDS):
            place_like.add(words[-1][2])
        if len(words) > 1 and words[-1][2] in _NOT_PERSON_WORDS:
            continue  # "Santa Clara County", "Mary Washington Hospital": a place or an organisation
        titles = [k for k, (_, _, word) in enumerate(words[:-1]) if word.lower() in _TITLE_WORDS]
        if titles:  # "Santa Clara County Superior Court Judge James Kleinberg": the person follows the title
            words = words[titles[-1] :]
        for index, (start, word_end, word) in enumerate(words):
            is_last = index == len(words) - 1
            gender = HONORIFIC_GENDER.get(word)
            if is_last and word in surname_genders and (index == 0 or is_common_word(words[index - 1][2])):
                continue  # "(While) Carter said" after "Emily Carter": her surname (the for-else below), not the first name
            if gender is None and word.lower() not in _TITLE_WORDS and (
                    not is_common_word(word) or (not is_last and not is_common_word(words[index + 1][2]))):
                # "Bill Clinton" is a name, "Bill" and "King's College" are not
                gender = first_name_gender(word, before_surname=not is_last and not is_common_word(words[index + 1][2]))
                # "judge Clark", "Judge Clark", "Dahlys Hamilton": the last word after a title or another
                # name is a surname, whatever the lexicon says of it
                if gender is not None and is_last and (_after_title(text, start) if index == 0 else (
                        words[index - 1][2].lower() in _TITLE_WORDS or not is_common_word(words[index - 1][2]))):
                    gender = None  # ("When Maurice arrives": a sentence opener before a first name)
            if gender is not None and (not is_last or _ACTS_AS_PERSON.match(text, word_end)):  # "Alice's", "Alice said"
                surname = words[-1][2]
                if not is_last and not is_common_word(surname):
                    surname_genders.setdefault(surname, set()).add(gender)
                    if word in HONORIFIC_GENDER:
                        honorific_genders.setdefault(surname, set()).add(gender)
                found.append((Span(start, words[-1][1]), gender, surname))  # "Alice" of "Alice's"
                break
        else:
            start, end, surname = words[-1]
            title_gender = _TITLE_GENDER.get(words[0][2]) if len(words) == 2 else None  # "Queen Elizabeth", "King Charles"
            found.append((Span(start, end), title_gender, surname))
            titled = len(words) > 1 and words[0][2].lower() in _TITLE_WORDS  # "Secretary Clinton", "Democrat Zephyr Teachout"
            if titled or _looks_like_full_name(text[run.start() : run.end()]):
                surname_genders.setdefault(surname, set()).add(title_gender)  # "Jordan Klepper": later "Klepper" is a person
                if len(words) > 1 and is_first_name(words[-2][2]):
                    first_named.add(surname)  # "Bernie Sanders": "the same of Sanders" is still him, not a place
    mentions = []
    lowercase_words = set(_LOWERCASE_WORD.findall(text))
    for span, gender, surname in found:
        honorifics = honorific_genders.get(surname, set())
        if gender is not None and len(honorifics) == 1 and gender not in honorifics:
            first = text[span.start : span.end].split()[0]
            if first not in HONORIFIC_GENDER and not first_name_is_certain(first):
                gender = next(iter(honorifics))  # "Bernie Sanders ... Mr. Sanders": the lexicon's Bernie is mostly female
        if gender is not None:
            mentions.append(_Mention(span, gender))
            continue
        genders = surname_genders.get(surname, set())
        if len(genders) == 1 and None not in genders:  # "Lavrov" after "Sergei Lavrov"
            mentions.append(_Mention(span, next(iter(genders))))
        elif (surname in place_like and surname not in first_named) or surname.lower() in _TITLE_WORDS or surname in _NOT_PERSON_WORDS or (
                surname.isupper() or not surname.isalpha() or is_common_word_or_plural(surname)
                or _used_lowercase(surname, lowercase_words)):
            continue  # "News Agency", "NATO", "She", "in France", "President", "Juniors", "Research" (and "research"): not a person
        elif (genders or _PERSON_VERB.match(text, span.end) or _after_title(text, span.start)
                or _looks_like_full_name(text[span.start : span.end])):
            mentions.append(_Mention(span, None))  # "Peskov said", "spokesman Peskov", "Megyn Kelly"
    return mentions


class _TitleCaseLines:
    """Whether a position lies in a line written in Title Case (a headline: "Here's His Plan Going
    Forward"); each line is tested on first need, and most lines hold no pronoun."""

    def __init__(self, doc: Document) -> None:
        self._doc = doc
        self._starts = [line.start for line in doc.lines]
        self._known: dict[int, bool] = {}

    def __contains__(self, position: int) -> bool:
        index = bisect_right(self._starts, position) - 1
        if index < 0:
            return False
        if index not in self._known:
            line = self._doc.lines[index]
            self._known[index] = _is_title_case(self._doc.normalized[line.start : line.end])
        return self._known[index] and position < self._doc.lines[index].end


def _is_title_case(line: str) -> bool:
    """Judged on the line's first TITLE_CASE_CHARS characters: a headline is short, a paragraph shows itself early."""
    words = [w for w in (w.lstrip("'\"(") for w in line[:TITLE_CASE_CHARS].split()) if len(w) > 3 and w[0].isalpha()]
    return len(words) >= TITLE_CASE_MIN_WORDS and sum(w[0].isupper() for w in words) >= TITLE_CASE_SHARE * len(words)


def _used_lowercase(word: str, lowercase_words: set[str]) -> bool:
    """Whether the text also writes the word (or its singular) in lower case: 'Research ... research'."""
    lower = word.lower()
    return lower in lowercase_words or (lower.endswith("s") and lower[:-1] in lowercase_words)


def antecedent(doc: Document, position: int) -> Span | None:
    """The named person a pronoun at `position` refers to, by the rules the detector links with.

    Candidates: people named in the pronoun's sentence before it and in the ANTECEDENT_SENTENCES
    sentences before, whose gender is the pronoun's or unknown. Preference: the subject of the
    pronoun's own sentence (named at its start), then of the previous sentences, then the nearest.
    """
    text = doc.normalized
    match = _PRONOUN.match(text, position)
    if match is None:
        return None
    gender = PRONOUN_GENDER[match.group().lower()]
    sentences = doc.sentences
    index = max(0, doc.sentence_at(position))
    window = [sentences[k] for k in range(max(0, index - ANTECEDENT_SENTENCES), index + 1)] if sentences else []
    window_start = window[0].start if window else 0
    candidates = [m for m in _person_mentions(doc)
                  if window_start <= m.span.start and m.span.end <= position and m.gender in (gender, None)]
    if not candidates:
        return None
    for sentence in reversed(window):
        subjects = [m for m in candidates if sentence.start <= m.span.start <= sentence.start + SUBJECT_CHARS]
        if subjects:
            return subjects[0].span
    return candidates[-1].span


def _after_title(text: str, start: int) -> bool:
    """Whether the word before `start` is a role: "anchor Megyn Kelly", "spokesman Peskov"."""
    before = text[max(0, start - 25) : start].split()
    return bool(before) and before[-1].lower() in _TITLE_WORDS


def _looks_like_full_name(run: str) -> bool:
    """Two or three capitalised words, none a common word, acronym or organisation word: 'Megyn Kelly'."""
    words = run.split()
    return 2 <= len(words) <= 3 and not any(
        is_common_word(w) or w.isupper() or w in _NOT_PERSON_WORDS or not w[1:].islower() for w in words
    )


def _pronoun_gender(doc: Document, quoted: tuple[list[Span], list[int]]) -> list[tuple[Evidence, Evidence]]:
    """A pronoun whose gender no person named so far has, next to a named person of the other gender."""
    text = doc.normalized
    mentions = _person_mentions(doc)
    # Mentions are in text order and do not overlap, so starts and ends both increase.
    mention_starts = [m.span.start for m in mentions]
    mention_ends = [m.span.end for m in mentions]
    quotes, quote_starts = quoted
    # Every pronoun outside quotes with the nearest person named before it (-1: none), found once.
    headlines = _TitleCaseLines(doc)
    regions = _Regions(doc)
    region_of = [regions.of(start) for start in mention_starts]
    story = [k for k, region in enumerate(region_of) if region < 0]
    story_ends = [mention_ends[k] for k in story]

    def nearest(position: int) -> int:
        """The last person named before the position in its own region: the story, or one boilerplate run."""
        region = regions.of(position)
        if region < 0:
            index = bisect_right(story_ends, position) - 1
            return story[index] if index >= 0 else -1
        index = bisect_right(mention_ends, position) - 1  # a run is contiguous: the nearest mention or none
        return index if index >= 0 and region_of[index] == region else -1

    pronouns = [(m, nearest(m.start())) for m in _PRONOUN.finditer(text)
                if not inside(quotes, quote_starts, m.start()) and m.start() not in headlines]
    usage = _pronoun_usage(text, mentions, pronouns)
    mentions = [_gender_from_text(text, m, usage) if m.gender is None else m for m in mentions]
    unknown = [m.span.start for m in mentions if m.gender is None]
    first_named: dict[tuple[int, str], int] = {}  # (region, gender): where a person of the gender is first named
    for mention, region in zip(mentions, region_of):
        if mention.gender is not None:
            first_named.setdefault((region, mention.gender), mention.span.start)
    sentences = doc.sentences
    # Found on first need: most pronouns are settled by the checks before these.
    gendered_nouns: dict[str, list[int]] = {}
    role_references: dict[bool, dict[str, list[int]]] = {}
    findings = []
    sentence_index = 0
    previous_pronoun_end = -1
    for match, antecedent in pronouns:
        after_previous_pronoun, previous_pronoun_end = previous_pronoun_end, match.end()
        while sentence_index + 1 < len(sentences) and sentences[sentence_index + 1].start <= match.start():
            sentence_index += 1
        window_start = sentences[max(0, sentence_index - ANTECEDENT_SENTENCES)].start if sentences else 0
        sentence_start = sentences[sentence_index].start if sentences else 0
        sentence_end = sentences[sentence_index].end if sentences else len(text)
        pronoun_gender = PRONOUN_GENDER[match.group().lower()]
        if antecedent < 0 or mention_starts[antecedent] < window_start:
            continue  # no named person close before the pronoun
        # A name later in the pronoun's own sentence counts when the pronoun comes before every name
        # in it ("Months after he savaged her, Trump told Kelly"), not after one ("Kelli White says he").
        horizon = match.start() if mention_starts[antecedent] >= sentence_start else sentence_end
        continued = not inside(quotes, quote_starts, mention_starts[antecedent]) and _continues_speaker(
            text, match, antecedent, mentions, sentences, sentence_index)
        if continued:
            window_start = mention_starts[antecedent]  # a role before the speaker's name is their title
        elif first_named.get((region_of[antecedent], pronoun_gender), len(text)) < horizon:
            continue  # someone of the pronoun's gender is named: it may be theirs
        elif _any_between(unknown, window_start, match.start()):
            continue  # a person of unknown gender is named close before
        if not gendered_nouns:
            gendered_nouns = {g: [m.start() for m in pattern.finditer(text)] for g, pattern in _GENDERED_NOUNS.items()}
            role_references = _role_references(text, mentions, mention_ends, usage)
        if _any_between(gendered_nouns[pronoun_gender], window_start, sentence_end):
            continue  # "his wife ... she"
        roles = role_references[match.group().lower() in _SUBJECT_PRONOUNS][pronoun_gender]
        if _any_between(roles, window_start, sentence_end):
            continue  # "the protester ... she": an unnamed person may be the antecedent
        following = bisect_left(mention_starts, match.end())
        if (following < len(mentions) and mention_starts[following] < sentence_end
                and mentions[following].gender in (pronoun_gender, None)
                and comma_before(text, mention_starts[following])):
            continue  # "as voters learned more about his record, Sanders will ...": the clause's subject follows
        person = mentions[antecedent]
        introduced = _first_pronoun_after_introduction(text, mentions, antecedent, after_previous_pronoun, sentences, sentence_index)
        if not (introduced or _text_agrees_with_name(text, person, pronoun_gender, usage)):
            continue
        name = text[person.span.start : person.span.end]
        pronoun = match.group()
        findings.append(
            (
                Evidence(person.span.start, person.span.end, KIND, "person", _person_reason(text, name, person, usage)),
                Evidence(match.start(), match.end(), KIND, "pronoun",
                         f"'{pronoun}' is {pronoun_gender} but goes on with the words of {name}, who is {person.gender}" if continued else
                         f"'{pronoun}' is {pronoun_gender} but is the first pronoun after the story introduces {name}, who is "
                         f"{person.gender}" if introduced else
                         f"'{pronoun}' is {pronoun_gender} but can only refer to {name}: every person named before it is {person.gender}"),
            )
        )
    return findings


# "he has established herself", "she would defend himself": a reflexive pronoun whose clause subject is a pronoun
# of the other gender, with no word between that could bring another antecedent (an object, a determiner and its
# noun, "to", a relative or a conjunction: "He told her to calm herself", "He asked the teacher to introduce herself").
_NOT_BETWEEN_SUBJECT_AND_REFLEXIVE = (
    "to who that which whom whose and or but he she i we they you it the a an his her their its my our your this these "
    "those him them me us".split()
)
_REFLEXIVE_AFTER_SUBJECT = re.compile(
    rf"\b(?P<subject>[Hh]e|[Ss]he)(?:\s+(?!(?:{'|'.join(_NOT_BETWEEN_SUBJECT_AND_REFLEXIVE)})\b)[a-z'-]+){{1,8}}?"
    r"(?:\s+a name for)?\s+(?P<reflexive>himself|herself)\b"  # "he made a name for herself"
)
REFLEXIVE_REASON = ("'{subject}' is the subject of '{reflexive}' in one clause: a reflexive pronoun takes its subject's gender")


def _with_reflexive_subjects(text: str, quoted: tuple[list[Span], list[int]],
                             findings: list[tuple[Evidence, Evidence]]) -> list[tuple[Evidence, Evidence]]:
    """The pronoun findings, and each reflexive that disagrees with its own clause's subject pronoun (unless a
    finding has either already: "Paul ... he has established herself" is one contradiction)."""
    if "self" not in text:
        return findings
    quotes, quote_starts = quoted
    taken = {evidence.start for finding in findings for evidence in finding}
    for match in _REFLEXIVE_AFTER_SUBJECT.finditer(text):
        subject, reflexive = match["subject"], match["reflexive"]
        if (subject.lower() == "he") == (reflexive == "himself") or not taken.isdisjoint(
                (match.start("subject"), match.start("reflexive"))) or inside(
                quotes, quote_starts, match.start()):
            continue
        reason = REFLEXIVE_REASON.format(subject=subject, reflexive=reflexive)
        findings.append((Evidence(match.start("subject"), match.end("subject"), KIND, "pronoun", reason),
                         Evidence(match.start("reflexive"), match.end("reflexive"), KIND, "pronoun", reason)))
    return findings


# "He added", '"...," she said': a pronoun that goes on with the words of the speaker just named.
_CONTINUED_SPEECH = re.compile(
    r" (?:also |later |then |further )?(?:added|said|says|told|continued|explained|noted|stressed|insisted|argued"
    r"|warned|wrote|went on|concluded|recalled|acknowledged|stated|declared|emphasi[sz]ed|underlined|pointed out|assured"
    r"|replied|answered|admitted|claimed|commented|remarked)\b"
)
_AFTER_QUOTE = re.compile(r'[,!?]" $')
# "Maria Santos said the plan was late, but he warned ...": a second clause of the speaker's sentence.
_COORDINATED = re.compile(r", (?:but|and|though|although) $")


def _first_pronoun_after_introduction(text: str, mentions: list[_Mention], antecedent: int, previous_pronoun_end: int,
                                      sentences: tuple[Span, ...], sentence_index: int) -> bool:
    """Whether the pronoun is the story's first and follows the introduction of its only person so far by
    full name ("Sarah Collins, a teacher, has won the award. He has taught ..."), in that sentence or the next.

    The first name must be of one gender only (or a title): the pronoun then disagrees with the name
    whatever the rest of the text says about the person.
    """
    person = mentions[antecedent]
    if previous_pronoun_end >= 0 or person.span.start < sentences[max(0, sentence_index - 1)].start:
        return False
    own = sentences[sentence_index] if person.span.start >= sentences[sentence_index].start else sentences[sentence_index - 1]
    lead = text[own.start : person.span.start].rstrip()
    lead = lead.removesuffix(",")  # "The defence minister, Oleksii Reznikov, has ...": the name in apposition
    if "," in lead or len(lead.split()) > INTRODUCTION_LEAD_WORDS:
        return False  # the subject of its sentence ("Local teacher Sarah Collins has won"), not an object
    words = text[person.span.start : person.span.end].split()
    if len(words) < 2 or not (words[0] in HONORIFIC_GENDER or first_name_is_certain(words[0])) or person.gender_from_text:
        return False
    key = words[-1]
    return all(_person_key(text, mentions[k]) == key for k in range(antecedent))


def _continues_speaker(text: str, pronoun: re.Match[str], antecedent: int, mentions: list[_Mention],
                       sentences: tuple[Span, ...], sentence_index: int) -> bool:
    """Whether a subject pronoun of a speech verb ("He added") continues the speaker named just before.

    The speaker is the only person named in the previous sentence and the pronoun's own (its own
    alone for a second clause; several mentions of one person allowed), named with a title or a
    first name of one gender only, and a speech verb follows the name: "Maria Kovalenko, a
    spokeswoman, said ... He added" can only be Maria, whoever else the story named earlier; so
    can "Maria Kovalenko said ..., but he warned".
    """
    if pronoun.group().lower() not in ("he", "she") or not _CONTINUED_SPEECH.match(text, pronoun.end()):
        return False
    sentence = sentences[sentence_index]
    speaker = mentions[antecedent]
    coordinated = speaker.span.start >= sentence.start and _COORDINATED.search(text, max(0, pronoun.start() - 12), pronoun.start())
    if pronoun.start() != sentence.start and not coordinated \
            and not _AFTER_QUOTE.search(text, max(0, pronoun.start() - 3), pronoun.start()):
        return False
    if sentence_index == 0 and not coordinated:
        return False
    start = sentence.start if coordinated else sentences[sentence_index - 1].start
    if speaker.gender != _OTHER_GENDER[PRONOUN_GENDER[pronoun.group().lower()]] or speaker.span.start < start:
        return False
    key = _person_key(text, speaker)
    introduced = sentences[max(0, sentence_index - 2)].start  # "Rachel Reeves ... Reeves has said ... He added"
    recent = bisect_left(mentions, introduced, hi=antecedent + 1, key=lambda m: m.span.start)  # the window's mentions only
    if not _named_in_full(text, mentions[recent : antecedent + 1], key, speaker.gender):
        return False  # "Jamie" is only mostly female; "Clinton" alone, far from a full name, may be Bill or Hillary
    k = antecedent  # the mentions since the previous sentence began, walking back from the speaker
    while k >= 0 and mentions[k].span.start >= start:
        if _person_key(text, mentions[k]) != key:
            return False
        k -= 1
    speaker_sentence_end = sentence.end if speaker.span.start >= sentence.start else sentences[sentence_index - 1].end
    return _PERSON_VERB.search(text, speaker.span.end, speaker_sentence_end) is not None


def _named_in_full(text: str, mentions: list[_Mention], key: str, gender: str | None) -> bool:
    """Whether the last mention, or else every mention of its surname among these, has a title or a first name
    of the given gender only ("Rachel Reeves ... Reeves", not "Bill Clinton ... Hillary Clinton ... Clinton")."""
    words = text[mentions[-1].span.start : mentions[-1].span.end].split()
    firsts = [words[0]] if len(words) > 1 else [
        w[0] for w in (text[m.span.start : m.span.end].split() for m in mentions if _person_key(text, m) == key) if len(w) > 1]
    return bool(firsts) and all(
        HONORIFIC_GENDER.get(first) == gender or (first_name_is_certain(first) and first_name_gender(first, before_surname=True) == gender)
        for first in firsts)


_APPOSITION = re.compile(r",\s*")
_OBJECT_BEFORE = re.compile(r"\b(?:with|to|by|for|against|from|than|met|meet|meets|visited|and) $")
_SUBJECT_PRONOUNS = frozenset({"he", "she"})


def _role_references(text: str, mentions: list[_Mention], mention_ends: list[int],
                     usage: dict[str, dict[str, int]]) -> dict[bool, dict[str, list[int]]]:
    """Per pronoun gender, where an unnamed person of that gender may be referred to ("the protester"),
    for subject pronouns (True) and the others (False).

    A role the text gave as a title to named people of one gender ("Prime Minister Tony Blair ...
    the prime minister") refers to them, so it can only be a candidate for their gender. For a subject
    pronoun, so does a role in apposition to the name after it ("The defence minister, Oleksii
    Reznikov, ... She added"); an object may still be someone else of the role's story ("The suspect,
    Michael Webb, ... rescued her").
    """
    titled: dict[str, set[str]] = {}
    for mention in mentions:
        before = text[max(0, mention.span.start - 25) : mention.span.start].split()
        if mention.gender is not None and before and before[-1].lower() in _TITLE_WORDS:
            titled.setdefault(before[-1].lower(), set()).add(mention.gender)
    references: dict[bool, dict[str, list[int]]] = {True: {"male": [], "female": []}, False: {"male": [], "female": []}}
    for match in _ROLE_REFERENCE.finditer(text):
        genders = titled.get(match.group("role").lower())
        if genders is None and _OBJECT_BEFORE.search(text, max(0, match.start() - 12), match.start()) \
                and not text.startswith("'s", match.end()):
            genders = {"male", "female"}  # "Merkel ... talks with the president. He": someone else ("with the author's": maybe not)
        if genders is None:  # "Eminem ... The US star": a definite role refers back to the person just named
            nearest = bisect_right(mention_ends, match.start()) - 1
            close = nearest >= 0 and match.start() - mentions[nearest].span.end <= ROLE_ANAPHORA_CHARS
            person = mentions[nearest] if close else None
            if person is not None and person.gender is not None:
                counts = usage.get(_person_key(text, person), {})
                # unless the text calls the person otherwise: "Bernie" is female to the lexicon, "his" to the text
                other = counts.get(_OTHER_GENDER[person.gender], 0)
                if other >= TEXT_GENDER_MIN_PRONOUNS and other > counts.get(person.gender, 0):
                    person = None
            genders = {person.gender} if person is not None and person.gender is not None else {"male", "female"}
        named = bisect_right(mention_ends, match.end())  # the first person named after the role
        in_apposition = named < len(mentions) and mentions[named].gender is not None and _APPOSITION.fullmatch(
            text, match.end(), mentions[named].span.start)
        for gender in {mentions[named].gender} if in_apposition else genders:
            references[True][gender].append(match.start())
        for gender in genders:
            references[False][gender].append(match.start())
    return references


class _Regions:
    """The story and each run of boilerplate lines (a byline, a related headline, an author bio) are
    separate texts for pronouns: "By Priya Raman" at the top of the page is nobody's antecedent."""

    def __init__(self, doc: Document) -> None:
        self._runs: list[list[int]] = []  # [start, end] of each run of adjacent boilerplate lines
        for span in chrome_spans(doc):
            if self._runs and not doc.normalized[self._runs[-1][1] : span.start].strip():
                self._runs[-1][1] = span.end
            else:
                self._runs.append([span.start, span.end])
        self._starts = [start for start, _ in self._runs]

    def of(self, position: int) -> int:
        """-1 for the story, else the index of the boilerplate run holding the position."""
        index = bisect_right(self._starts, position) - 1
        return index if index >= 0 and position < self._runs[index][1] else -1


def _any_between(positions: list[int], start: int, end: int) -> bool:
    """Whether a sorted list of positions has one in [start, end)."""
    index = bisect_left(positions, start)
    return index < len(positions) and positions[index] < end


def _person_key(text: str, mention: _Mention) -> str:
    """Mentions of one person share their last word: "Tony Blair", "Mr Blair", "Blair"."""
    return text[mention.span.start : mention.span.end].split()[-1]


def _pronoun_usage(text: str, mentions: list[_Mention],
                   pronouns: list[tuple[re.Match[str], int]]) -> dict[str, dict[str, int]]:
    """For each person, how often the text uses each gender's pronouns right after naming them."""
    usage: dict[str, dict[str, int]] = {}
    for match, nearest in pronouns:
        if nearest < 0:
            continue
        counts = usage.setdefault(_person_key(text, mentions[nearest]), {})
        gender = PRONOUN_GENDER[match.group().lower()]
        counts[gender] = counts.get(gender, 0) + 1
    return usage


def _person_reason(text: str, name: str, person: _Mention, usage: dict[str, dict[str, int]]) -> str:
    """Why the person has the gender the pronoun disagrees with."""
    pronoun = "he" if person.gender == "male" else "she"
    if person.gender_from_text:
        return f"'{name}' is {person.gender}: the text calls this person {pronoun} elsewhere"
    if usage.get(_person_key(text, person), {}).get(person.gender, 0):
        return f"'{name}' is {person.gender} by first name or title, and the text calls this person {pronoun} elsewhere"
    return f"'{name}' is {person.gender} by first name or title"


def _gender_from_text(text: str, person: _Mention, usage: dict[str, dict[str, int]]) -> _Mention:
    """A person of unknown gender whom the text mostly calls "he" (or "she"), at least twice, is that gender."""
    counts = usage.get(_person_key(text, person), {})
    for gender, other in _OTHER_GENDER.items():
        if counts.get(gender, 0) >= TEXT_GENDER_MIN_PRONOUNS and counts.get(gender, 0) >= 2 * counts.get(other, 0):
            return _Mention(person.span, gender, gender_from_text=True)
    return person


def _text_agrees_with_name(text: str, person: _Mention, pronoun_gender: str, usage: dict[str, dict[str, int]]) -> bool:
    """Whether the text itself backs the name's gender against this pronoun.

    If the pronouns after a person mostly disagree with the name lexicon ("Leslie Grantham ...
    he ... his ... himself"), the lexicon is wrong, not the text. A lone disagreeing pronoun
    (nothing else refers to the person) is a contradiction.
    """
    counts = usage.get(_person_key(text, person), {})
    own, other = counts.get(person.gender, 0), counts.get(pronoun_gender, 0)
    return own >= other if own else other == 1


def _name_variants(doc: Document) -> list[tuple[Evidence, Evidence]]:
    text = doc.normalized
    sentence_starts = {s.start for s in doc.sentences}
    first_seen: dict[str, Span] = {}
    mid_sentence: set[str] = set()
    followers: dict[str, set[str]] = {}  # the capitalised word after each name: its surname, if any
    given: dict[str, set[str]] = {}  # the capitalised word before each name: its given name, if any
    for match in (_CAPITALISED if text.isascii() else _CAPITALISED_LATIN).finditer(text):
        word = match.group()
        if len(word) < 4 or is_common_word(word) or not word[0].isupper() or text.startswith("@", match.start() - 1):
            continue  # "@Toure" is a handle, not a spelling of Touré
        first_seen.setdefault(word, Span(match.start(), match.end()))
        if match.start() not in sentence_starts:
            mid_sentence.add(word)
        follower = _FOLLOWER.match(text, match.end())
        followers.setdefault(word, set()).add(follower.group(1) if follower else "")
        before = _GIVEN_NAME_BEFORE.search(text, max(0, match.start() - 20), match.start())
        if before and not is_common_word(before.group(1)):
            given.setdefault(word, set()).add(before.group(1))
    words = sorted(first_seen, key=lambda w: first_seen[w].start)
    findings = []
    pairs = (_candidate_pairs(words) + _pairs_beside_one_name(words, followers, _first_name_respelling)
             + _pairs_beside_one_name(words, given, _surname_respelling))
    for first, second in dict.fromkeys(pairs):
        if not (first + second).isascii() and not _accents_apart(first, second):
            continue
        same_surname = bool((followers[first] & followers[second]) - {""})
        if first not in mid_sentence and second not in mid_sentence and not same_surname:
            continue  # one of the two must be a name mid-sentence, not a capitalised sentence opener
        if is_first_name(first) and is_first_name(second) and not same_surname:
            continue  # Brian and Bryan are two people unless the same surname follows both
        if _given_and_surname(first, second, followers, given) or _given_and_surname(second, first, followers, given):
            continue  # "Gerry Anderson" and "Richard Gere": a first name and a surname, two names
        a, b = first_seen[first], first_seen[second]
        if doc.sentence_at(a.start) == doc.sentence_at(b.start):
            continue  # "Smith met Smyth", a list of names, "Horgos to the Chinese and Khorgos to the Kazakhs": two names
        reason = f"'{first}' and '{second}' look like one name spelled two ways"
        findings.append(
            (Evidence(a.start, a.end, KIND, "name variant", reason), Evidence(b.start, b.end, KIND, "name variant", reason))
        )
    return findings


def _given_and_surname(first: str, second: str, followers: dict[str, set[str]], given: dict[str, set[str]]) -> bool:
    """Whether the first word is only ever a first name (a name always follows it, none precedes it) and the second
    only ever a surname (a first name precedes it, no name follows it)."""
    return (is_first_name(first) and "" not in followers[first] and first not in given
            and any(is_first_name(name) for name in given.get(second, ())) and followers[second] == {""})


def _accents_apart(first: str, second: str) -> bool:
    """Díaz/Diaz: the same letters but for accents; not a broken encoding glued to a name ("Obamaâ"), nor another
    name that folds alike (Carré/Carey)."""
    return len(first) == len(second) and ascii_fold(first) == ascii_fold(second)


def _pairs_beside_one_name(words: list[str], beside: dict[str, set[str]],
                           respelling: Callable[[str, str], bool]) -> list[tuple[str, str]]:
    """Pairs of words, in text order, that stand beside the same name (a surname after both, a given name
    before both) and that `respelling` takes for one name spelled two ways."""
    by_name: dict[str, list[str]] = {}
    for word in words:
        for name in beside.get(word, set()) - {""}:
            by_name.setdefault(name, []).append(word)
    return [(first, second) for group in by_name.values() for i, first in enumerate(group) for second in group[i + 1 :]
            if respelling(first, second)]


def _surname_respelling(first: str, second: str) -> bool:
    """After one given name, one letter added: Xi Jinping/Jingping."""
    shorter, longer = sorted((first, second), key=len)
    return (len(shorter) >= MIN_SURNAME_LETTERS and len(longer) == len(shorter) + 1 and not _is_derived(first, second)
            and any(longer[:k] + longer[k + 1 :] == shorter for k in range(1, len(longer))))


# Shorter surnames than this differ by one letter too often to be one name (Hood/Wood are two people).
MIN_SURNAME_LETTERS = 6
_GIVEN_NAME_BEFORE = re.compile(r"\b([A-Z][a-z]+) $")


def _first_name_respelling(first: str, second: str) -> bool:
    """Before one surname, consonants that agree: Mohammed/Muhammad bin Salman, Oleksandr/Alexander Usyk,
    Volodymyr/Vladimir (vowels are what transliterations change most)."""
    first_key, second_key = transliteration_key(first), transliteration_key(second)
    skeleton = first_key.translate(_VOWELS)
    return ((len(skeleton) >= MIN_NAME_CONSONANTS and skeleton == second_key.translate(_VOWELS)
             or first_key.replace("h", "g") == second_key.replace("h", "g"))  # Ukrainian h, Russian g: Ihor/Igor, Oleh/Oleg
            and first_key != second_key and not _is_derived(first, second)
            and {first_name_gender(first), first_name_gender(second)} != {"male", "female"})


# Fewer consonants than this leave too few letters to tell a respelling from another name (Dan/Don, Ian/Ann).
MIN_NAME_CONSONANTS = 3
_VOWELS = str.maketrans("", "", "aiou")  # the transliteration key has folded e, y and j into i


def _candidate_pairs(words: list[str]) -> list[tuple[str, str]]:
    """Pairs of words that are respellings of each other, in text order.

    Only words with the same first letter of their key are compared (Kyiv/Kiev,
    Dmitry/Dimitri), which keeps the comparison near-linear in the text length.
    """
    keys = {w: transliteration_key(w) for w in words}
    by_initial: dict[str, list[str]] = {}
    for word in words:
        by_initial.setdefault(keys[word][:1].translate(_INITIAL_GROUP), []).append(word)
    pairs = []
    for group in by_initial.values():
        for i, first in enumerate(group):
            for second in group[i + 1 :]:
                if abs(len(keys[first]) - len(keys[second])) <= 1 and _is_respelling(first, second, keys[first], keys[second]):
                    pairs.append((first, second))
    return sorted(pairs, key=lambda pair: words.index(pair[0]))


def _is_respelling(first: str, second: str, first_key: str, second_key: str) -> bool:
    if first_key != second_key:  # the cheap tests on the keys first: most pairs fail them
        shorter_key = min(first_key, second_key, key=len)
        if len(shorter_key) < 5 or os.path.commonprefix([first_key, second_key]) >= shorter_key[:-1]:
            return False  # only the ending differs: Argentina/Argentine, Germans/Germany
        swappable = _SWAPPABLE_WITH_Q if "q" in (first + second).lower() else _SWAPPABLE
        if not _one_transliteration_edit(first_key, second_key, swappable):
            return False
    return not _is_derived(first, second) and {first_name_gender(first), first_name_gender(second)} != {"male", "female"}


def _is_derived(first: str, second: str) -> bool:
    """Russia/Russian, Israel/Israeli: one word made from the other; but Zelensky/Zelenskyy doubles a letter."""
    shorter, longer = sorted((first, second), key=len)
    suffix = longer[len(shorter) :]
    return longer.startswith(shorter) and suffix in _DERIVED_SUFFIXES and suffix != shorter[-1]


# Letters that transliterations add, drop or swap: Dmitry/Dimitri, Mukherjee/Mukerjee.
_DROPPABLE = frozenset("hi")
_SWAPPABLE = ({"s", "z"}, {"k", "c"}, {"v", "w"})
# Haftar/Hafter, Mohammed/Mohammad, Hassell/Hassall: a vowel after the first syllable (e folds to i in the key);
# within the first syllable they are two names (Williams/Walliams, Boeing/Buying).
_UNSTRESSED_VOWELS = ({"a", "i"}, {"o", "u"})
_FIRST_SYLLABLE = re.compile(r"[^aiou]*[aiou]+[^aiou]")
# Gaddafi/Qaddafi: q folds to k in the key, and a g may stand for it; without a q, g and k are two names (Google, Koogle).
# Lindqvist/Lindquist: after a q, v and u are one sound.
_SWAPPABLE_WITH_Q = (*_SWAPPABLE, {"g", "k"}, {"v", "u"})
_INITIAL_GROUP = str.maketrans("g", "k")  # words compared with each other share the first letter of their key, g as k


def _one_transliteration_edit(a: str, b: str, swappable: tuple[set[str], ...]) -> bool:
    """a and b differ by one dropped vowel or h, or one swap of letters that sound alike (or of the -iv/-ov ending)."""
    if len(a) == len(b):
        diffs = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
        if len(diffs) != 1:
            return False
        if {a[-2:], b[-2:]} == {"iv", "ov"}:
            return True  # Ukrainian -iv, Russian -ov: Kharkiv/Kharkov, Lviv/Lvov
        at = diffs[0]
        pair = {a[at], b[at]}
        if pair in swappable:
            return True
        first_syllable = _FIRST_SYLLABLE.match(a)  # None for a key of vowels only
        return pair in _UNSTRESSED_VOWELS and first_syllable is not None and first_syllable.end() <= at
    shorter, longer = sorted((a, b), key=len)
    if len(longer) - len(shorter) != 1:
        return False
    return any(
        longer[i] in _DROPPABLE and longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer))
    )


def _parse_date(match: re.Match[str]) -> dt.date | None:
    day = int(match["day"] or match["day2"] or match["day3"])
    year = int(match["year"] or match["year2"] or match["year3"])
    month_name = match["month"] or match["month2"]
    month = _MONTH_PREFIXES.index(month_name[:3].lower()) + 1 if month_name else int(match["month3"])
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _dates(doc: Document) -> list[tuple[Evidence, ...]]:
    text = doc.normalized
    findings = []
    page_date: tuple[Span, dt.date, str] | None = None  # where, when, and how the reason names it
    page_date_checked = False  # one finding per page date: the first story date more than a year after it
    metadata_checked = doc.published is None  # the record's own date, when no page date line is in the text
    # Short lines at the top or bottom of the page: "12 March 2019", "Published: 12 March 2019 10:14".
    date_lines = [line for line in doc.lines[:PAGE_DATE_LINES] + doc.lines[-PAGE_DATE_LINES:]
                  if len(text[line.start : line.end].split()) <= PAGE_DATE_LINE_WORDS
                  and "@" not in text[line.start : line.end]]  # "- Skittles (@Skittles) August 20, 2011": a tweet's date
    def on_date_line(position: int) -> bool:
        return any(line.start <= position < line.end for line in date_lines)

    numeric = [m for line in dict.fromkeys(date_lines) for m in _NUMERIC_DATE.finditer(text, line.start, line.end)]  # page dates only
    stated: list[tuple[int, dt.date]] = []  # where the text gives a full date, and which
    # The page's date lines first (a "Posted on March 3, 2012" line at the bottom dates the story above it), then the
    # story's dates in text order.
    for match in sorted([*_FULL_DATE.finditer(text), *_MONTH_YEAR.finditer(text), *numeric],
                        key=lambda m: (not on_date_line(m.start()), m.start())):
        month_only = match.re is _MONTH_YEAR
        if match.re is _NUMERIC_DATE:  # a page date only, read as its later reading: the gap can only shrink
            if page_date is not None or not on_date_line(match.start()):
                continue
            date: dt.date | None = _latest_reading(match)
            weekday_match = None
        elif month_only:  # a story date only, read as the month's first day: a gap of over a year still counts
            if on_date_line(match.start()):
                continue  # "Updated March 2019" on a page line
            date = dt.date(int(match["year"]), _MONTHS.index(match["month"].lower()) + 1, 1)
            weekday_match = None
        else:
            date = _parse_date(match)
            weekday_match = _WEEKDAY_BEFORE.search(text, max(0, match.start() - WEEKDAY_BEFORE_CHARS), match.start())
        if date is None:
            continue
        start = weekday_match.start() if weekday_match else match.start()
        span = Span(start, match.end())
        if weekday_match is None and match.re is _FULL_DATE:
            weekday_match = _WEEKDAY_AFTER.match(text, match.end())
        wrong_weekday = weekday_match and _WEEKDAYS[date.weekday()][:3] != weekday_match["weekday"][:3].lower()
        if match.re is _FULL_DATE and not wrong_weekday:
            stated.append((match.start(), date))  # (a wrong one is one finding, not one more per yearless date after it)
        if wrong_weekday:
            weekday = Span(weekday_match.start("weekday"), weekday_match.end("weekday"))
            reason = f"{date:%B} {date.day}, {date.year} was a {_WEEKDAYS[date.weekday()].title()}"
            findings.append(
                (Evidence(weekday.start, weekday.end, KIND, "weekday", reason), Evidence(span.start, span.end, KIND, "date", reason))
            )
        # A date announced for the future, without a weekday (a weekday names a day within a week or so of
        # the telling), may lie years after the page's date.
        announced = weekday_match is None and _ANNOUNCED.search(text, max(0, span.start - ANNOUNCED_CHARS), span.start)
        if page_date is None and any(line.start <= span.start and span.end <= line.end for line in date_lines):
            shown = f"{text[span.start : span.end]} (at the latest {date:%Y-%m-%d})" if match.re is _NUMERIC_DATE else f"{date:%Y-%m-%d}"
            page_date = (span, date, shown)
        elif (page_date is not None and not page_date_checked and (date - page_date[1]).days > PAGE_DATE_TOLERANCE_DAYS
              and not announced):
            page_date_checked = True
            reason = f"the page is dated {page_date[2]} but the story reports {_story_date(date, month_only)}"
            findings.append(
                (Evidence(page_date[0].start, page_date[0].end, KIND, "page date", reason),
                 Evidence(span.start, span.end, KIND, "story date", reason))
            )
        elif (page_date is None and not metadata_checked and (date - doc.published).days > PAGE_DATE_TOLERANCE_DAYS
              and not announced):
            metadata_checked = True
            reason = f"the record is published {doc.published:%Y-%m-%d} but the story reports {_story_date(date, month_only)}"
            findings.append((Evidence(span.start, span.end, KIND, "story date", reason),))
    return findings + _yearless_weekdays(doc, sorted(stated))


def _yearless_weekdays(doc: Document, stated: list[tuple[int, dt.date]]) -> list[tuple[Evidence, ...]]:
    """A weekday that disagrees with a date told without its year ("Friday 16 March"), read in the year of a
    full date stated shortly before it and near it in time ("Wednesday 14 March 2024 ... Friday 16 March")."""
    findings: list[tuple[Evidence, ...]] = []
    if not stated or not doc.sentences:
        return findings  # (an HTML page's extracted lines may hold no sentence at all)
    text, sentences = doc.normalized, doc.sentences
    starts = [position for position, _ in stated]
    for match in _YEARLESS_WEEKDAY_DATE.finditer(text):
        index = bisect_right(starts, match.start()) - 1
        if index < 0 or starts[index] < sentences[max(0, doc.sentence_at(match.start()) - YEARLESS_REFERENCE_SENTENCES)].start:
            continue  # no full date just before: the year is unknown ("On Saturday, September 17" of a past event)
        reference = stated[index][1]
        month = _MONTH_PREFIXES.index((match["month"] or match["month2"])[:3].lower()) + 1
        try:
            date = dt.date(reference.year, month, int(match["day"] or match["day2"]))
        except ValueError:
            continue
        if abs((date - reference).days) > YEARLESS_REFERENCE_DAYS or _WEEKDAYS[date.weekday()][:3] == match["weekday"][:3].lower():
            continue
        reason = f"{date:%B} {date.day}, {date.year} (the year of the full date told just before) was a {_WEEKDAYS[date.weekday()].title()}"
        findings.append((Evidence(match.start("weekday"), match.end("weekday"), KIND, "weekday", reason),
                         Evidence(match.start(), match.end(), KIND, "date", reason)))
    return findings


def _latest_reading(match: re.Match[str]) -> dt.date | None:
    """The later of the day-month and month-day readings of a numeric date that are valid dates."""
    first, second, year = int(match["first"]), int(match["second"]), int(match["year"])
    readings = []
    for day, month in ((first, second), (second, first)):
        try:
            readings.append(dt.date(year, month, day))
        except ValueError:
            pass
    return max(readings, default=None)


def _story_date(date: dt.date, month_only: bool) -> str:
    return f"{date:%B %Y}" if month_only else f"{date:%Y-%m-%d}"


# A count of something: "30 countries", "1,200 jobs", "45 million people", "three companies". Not
# years, not units of time or measure (they vary legitimately within a story: "two years ago ...
# in five years").
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
NUMBER_WORDS = {w: k for k, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split()) if k >= 2} | _TENS
_COMPOUND_NUMBER = rf"(?:{'|'.join(_TENS)})-(?:{'|'.join(w for w, k in NUMBER_WORDS.items() if k < 10)})"  # "twenty-seven"
_QUANTITY = re.compile(  # the lookahead on first letters lets the engine skip most positions at once
    rf"(?=[\d{''.join(sorted({w[0] + w[0].upper() for w in NUMBER_WORDS}))}])"
    rf"(?<![\d.,\u00a3$\u20ac\w-])(\d{{1,3}}(?:,\d{{3}})+|\d+|(?i:{_COMPOUND_NUMBER}|{'|'.join(NUMBER_WORDS)}))(?![.,]\d)"
    r"(?: (million|billion|thousand|trillion))? (?:([a-z]{3,}) (?=(?!(?:was|has|its|his|this|thus|does|goes)\b)[a-z]+[a-hj-rt-z]s\b))?([a-z]{3,})\b"
)  # a word before a plural is its modifier: "27 member states", "five police officers"
_SCALES = {None: 1, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_NOT_COUNTED = frozenset(
    "years year days day months month weeks week hours hour minutes minute seconds second times per percent points "
    "point goals goal runs metres meters miles kilometres yards feet inches pounds games matches "
    "euro euros cents cent dollars pence yen yuan rupees rupiah roubles francs percentage kilotons megatons figures".split()
)
_IRREGULAR_PLURALS = frozenset("people children men women police staff personnel cattle aircraft".split())
_CONTEXT_WORDS = 6
_CONTEXT_WORD = re.compile(r"[a-z]{3,}")
_ANY_WORD = re.compile(r"[a-z]+")
# Two values of one count are contradictory when close: 30 vs 32 countries, three vs four
# companies, not 5 dead vs 20 injured.
QUANTITY_MAX_RATIO = 1.5
QUANTITY_MAX_SMALL_DIFFERENCE = 2
_EXPECTATION = re.compile(r"\b(?:expected|expects?|forecasts?|forecast|predicted|predicts?|feared|fears?|anticipated|projected)\b")
# "1,500 job cuts" counts jobs: the noun before "cuts" or "losses" is what is counted.
_CUTS_OF = frozenset({"cuts", "losses"})
# Each count is compared with this many later mentions of its noun at most (linear time on hostile text).
QUANTITY_MAX_LATER_MENTIONS = 50
# "the three companies", "its four screens": a count that refers back to one stated before.
_REFERS_BACK = frozenset("the its their his her all".split())
# "these two projects", "another 30 countries", "only two victims": a part of a count, or a different one.
_OTHER_COUNT_BEFORE = frozenset("these those other another remaining only further additional extra first last next".split())
# "20 of 23 drones", "three out of five voters": the count is a total, told with a part of it.
_PART_BEFORE = re.compile(rf"(?<![\w.,])(?:\d[\d,]*|(?i:{'|'.join(NUMBER_WORDS)})) (?:out )?of $")
PART_BEFORE_CHARS = 20
# "almost 23,000 people" and "22,953 people" are one count.
_APPROXIMATELY = frozenset("almost about around nearly some roughly approximately over than least".split())
# What happened to the people counted: "12 killed" and "14 injured" are two counts.
_OUTCOMES = {
    "killed": "dead", "dead": "dead", "died": "dead", "deaths": "dead", "injured": "hurt", "wounded": "hurt",
    "hurt": "hurt", "hospital": "hurt", "missing": "missing", "arrested": "held", "detained": "held", "charged": "held",
    "rescued": "saved", "evacuated": "saved", "released": "freed", "freed": "freed",
}


class _Count(NamedTuple):
    span: Span
    value: float
    context: set[str]  # content words around it
    neighbours: set[tuple[str, str]]  # the content word just before and just after
    before: list[str]  # the two words just before the number, any length
    sentence: int


def _is_plural(word: str) -> bool:
    """A regular plural: 'countries', 'jobs'; not 'previous', 'various', 'glass', 'bonus', 'analysis'."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _count_value(number: str, scale: str | None) -> float:
    tens, _, units = number.lower().partition("-")
    if units:  # "twenty-seven"
        return (_TENS[tens] + NUMBER_WORDS[units]) * _SCALES[scale]
    word = NUMBER_WORDS.get(tens)
    return (word if word is not None else float(number.replace(",", ""))) * _SCALES[scale]


def _close_counts(first: float, second: float) -> bool:
    low, high = sorted((first, second))
    return low != high and low > 0 and (high / low <= QUANTITY_MAX_RATIO or high - low <= QUANTITY_MAX_SMALL_DIFFERENCE)


def _quantities(doc: Document, quoted: tuple[list[Span], list[int]]) -> list[tuple[Evidence, Evidence]]:
    text = doc.normalized
    quotes, quote_starts = quoted
    by_noun: dict[str, list[_Count]] = {}
    for match in _QUANTITY.finditer(text):
        number, scale, modifier, noun = match.groups()
        if (noun in _NOT_COUNTED or not (_is_plural(noun) or noun in _IRREGULAR_PLURALS) or _YEAR.fullmatch(number)
                or inside(quotes, quote_starts, match.start())):
            continue  # "part 1 here", "10 kilotons", "a 1995 loss": not a count of things
        if _PART_BEFORE.search(text, max(0, match.start() - PART_BEFORE_CHARS), match.start()):
            continue  # "shot down 20 of 23 drones": a total with a part of it, which "20 drones" elsewhere may be
        before = _CONTEXT_WORD.findall(text[max(0, match.start() - 60) : match.start()].lower())[-_CONTEXT_WORDS:]
        after = _CONTEXT_WORD.findall(text[match.end() : match.end() + 60].lower())[:_CONTEXT_WORDS]
        key = f"{modifier}s" if noun in _CUTS_OF and modifier else f"{modifier} {noun}" if modifier else noun
        by_noun.setdefault(key, []).append(_Count(
            span=Span(match.start(), match.end()),
            value=_count_value(number, scale),
            context={w for w in before + after if w not in _STOP_WORDS} - {noun, modifier},
            neighbours={("before", before[-1] if before else ""), ("after", after[0] if after else "")},
            before=_ANY_WORD.findall(text[max(0, match.start() - 25) : match.start()].lower())[-2:],
            sentence=max(0, doc.sentence_at(match.start())),
        ))
    findings = []
    for noun, mentions in by_noun.items():
        values = {mention.value for mention in mentions}
        if len(values) >= LIST_VALUES:
            continue  # "3 tackles ... 4 tackles ... 7 tackles": a table or list of things counted one by one
        two_values = len(values) == 2
        flagged: set[int] = set()  # a mention contradicts at most one earlier one
        stated: set[float] = set()
        for i, first in enumerate(mentions):
            # "Seven candidates ... the seven candidates": a count stated and referred back to (not "all 50 states": a total)
            confirmed = two_values and first.value in stated and _refers_back(first) and first.before[-1:] != ["all"]
            stated.add(first.value)
            for k, second in enumerate(mentions[i + 1 : i + 1 + QUANTITY_MAX_LATER_MENTIONS], i + 1):
                if k not in flagged and _close_counts(first.value, second.value) and (
                        confirmed or _same_count(doc, first, second, two_values)):
                    flagged.add(k)
                    reason = (f"the same count of {noun} is given as {text[first.span.start:first.span.end].split(' ')[0]} "
                              f"and {text[second.span.start:second.span.end].split(' ')[0]}")
                    findings.append((Evidence(first.span.start, first.span.end, KIND, "quantity", reason),
                                     Evidence(second.span.start, second.span.end, KIND, "quantity", reason)))
                    break
    return findings


# A noun counted with this many different values is counted item by item (a stats table, a list of results).
LIST_VALUES = 4


def _same_count(doc: Document, first: _Count, second: _Count, two_values: bool) -> bool:
    """Two close values of a noun count one thing when the second refers back to the first ("the three
    companies"); or, unless the names before them differ, when they are told in the same words, or are the
    only two values the article gives, in different sentences sharing a content word and no other place,
    neither a part ("these two"), an estimate ("almost 23,000") nor another outcome ("12 killed", "14 injured")."""
    if two_values and _refers_back(second):
        return True
    if _of_other_names(doc, first, second, before_only=True):
        return False  # "Gatland has made two changes" / "Laporte has made four changes"
    if first.context & second.context and first.neighbours & second.neighbours:
        return True
    if not two_values:
        return False
    if first.sentence == second.sentence or _OTHER_COUNT_BEFORE & {*first.before[-1:], *second.before[-1:]}:
        return False
    if first.before[-1:] == ["all"] != second.before[-1:]:
        return False  # "all 50 states" ... "in 48 states": a part of them
    if _expects(doc, first) != _expects(doc, second):
        return False  # "cutting 5,000 jobs" / "6,000 job losses had been expected": a forecast and what came
    first_outcomes, second_outcomes = _outcomes(doc, first), _outcomes(doc, second)
    if first_outcomes and second_outcomes and first_outcomes != second_outcomes:
        return False  # "5 dead" / "20 injured"
    for estimate, exact in ((first, second), (second, first)):
        if _APPROXIMATELY & set(estimate.before) and _rounds_to(estimate.value, exact.value):
            return False
    if _of_other_names(doc, first, second, before_only=False):
        return False  # "300 jobs in Leeds" / "350 jobs in Bristol"
    return bool(first_outcomes and first_outcomes == second_outcomes  # "12 people died" / "killed 15 people"
                or _sentence_stems(doc, first) & _sentence_stems(doc, second))  # "killed 12 people" / "the fire killed 14 people"


def _expects(doc: Document, count: _Count) -> bool:
    """Whether the count's sentence tells a forecast or a fear, not what happened."""
    sentence = doc.sentences[count.sentence]
    return bool(_EXPECTATION.search(doc.normalized, sentence.start, sentence.end))


def _outcomes(doc: Document, count: _Count) -> set[str]:
    """What happened to the things counted, told in the count's sentence: {"dead"} for "12 people died"."""
    sentence = doc.sentences[count.sentence]
    words = _LOWERCASE_WORD.findall(doc.normalized, sentence.start, sentence.end)
    return {_OUTCOMES[word] for word in words if word in _OUTCOMES}


def _refers_back(count: _Count) -> bool:
    return any(("before", word) in count.neighbours for word in _REFERS_BACK)


def _of_other_names(doc: Document, first: _Count, second: _Count, before_only: bool) -> bool:
    first_names, second_names = _names(doc, first, before_only), _names(doc, second, before_only)
    return bool(first_names and second_names and not first_names & second_names)


def _rounds_to(estimate: float, exact: float) -> bool:
    """23,000 is 22,953 rounded to its last non-zero digit."""
    unit = 1
    while estimate % (unit * 10) == 0 and estimate >= unit * 10:
        unit *= 10
    return unit > 1 and round(exact / unit) * unit == estimate


def _names(doc: Document, count: _Count, before_only: bool) -> set[str]:
    """Capitalised words of a count's sentence (or of the part before it) that are names, not common words,
    months or weekdays, nor a sentence's first word unless the text capitalises it elsewhere: whose count
    it is, and where."""
    sentence = doc.sentences[count.sentence]
    words = _CAPITALISED.findall(doc.normalized[sentence.start : count.span.start if before_only else sentence.end])
    if words and doc.normalized.startswith(words[0], sentence.start) and words[0] not in _mid_sentence_capitals(doc):
        words = words[1:]  # "Workers at the plant were told"
    return {word for word in words if not is_common_word_or_plural(word)
            and word not in HONORIFIC_GENDER and word.lower() not in _CALENDAR_WORDS}


def _mid_sentence_capitals(doc: Document) -> set[str]:
    """Capitalised words the text writes inside a sentence (names, not sentence openers); found once per document."""
    found = doc.shared.get("mid_sentence_capitals")
    if found is None:
        text = doc.normalized
        found = doc.shared["mid_sentence_capitals"] = {
            word for sentence in doc.sentences for word in _CAPITALISED.findall(text, sentence.start + 1, sentence.end)}
    return found


def _stem(word: str) -> str:
    """'signed', 'signing', 'signs' -> 'sign': enough to see that two sentences tell one event."""
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _sentence_stems(doc: Document, count: _Count) -> set[str]:
    """Lowercase content words of a count's sentence (names are compared apart; its first word when it is
    a common word: "Building 250 schools"), besides the count itself."""
    sentence = doc.sentences[count.sentence]
    words = _LOWERCASE_WORD.findall(doc.normalized, sentence.start, sentence.end)
    opening = _CAPITALISED.match(doc.normalized, sentence.start)
    if opening is not None and is_common_word_or_plural(opening.group()):
        words.append(opening.group().lower())
    own = set(_LOWERCASE_WORD.findall(doc.normalized, count.span.start, count.span.end))
    return {_stem(word) for word in words if word not in _STOP_WORDS and word not in own}


# A person's age: "Paul Okonkwo, 34," or "34-year-old Paul Okonkwo"; and "the 36-year-old" with no name
# after it, which refers to the last person named before it.
_AGE_AFTER_COMMA = re.compile(r", (\d{1,3}),(?!\d)")  # not "Jones, 12,345 votes"; a literal first: a fast scan
_NAME_BEFORE_AGE = re.compile(r"\b((?:[A-Z][a-z'-]+ ){0,2}[A-Z][a-z'-]+)$")
NAME_BEFORE_AGE_CHARS = 60
_AGE_BEFORE_NAME = re.compile(r"\b(\d{1,3})-year-old (?:[a-z]+ ){0,2}((?:[A-Z][a-z'-]+ ){0,2}[A-Z][a-z'-]+)\b(?! [a-z])")
_AGE_REFERS_BACK = re.compile(  # "the 36-year-old had been ...", not "the 60-year-old firm"
    r"\b[Tt]he (\d{1,3})-year-old(?=[,.;:]| (?:was|is|had|has|who|said|says|told|will|would|could|denied|added|"
    r"appeared|admitted|faces|died|remains|spent|joined|scored|won|made|became|played|also|now|then)\b)")


def _ages(doc: Document) -> list[tuple[Evidence, Evidence]]:
    """One person given two ages: "Paul Okonkwo, 34, ... Okonkwo, 36," or "... the 36-year-old" right
    after naming him (the last person named before "the N-year-old", in its sentence or the one before)."""
    text = doc.normalized
    ages = []
    for match in _AGE_AFTER_COMMA.finditer(text):
        name = _NAME_BEFORE_AGE.search(text, max(0, match.start() - NAME_BEFORE_AGE_CHARS), match.start())
        if name is not None:
            ages.append((name.group(1), Span(match.start(1), match.end(1)), match.group(1)))
    if not ages and "year-old" not in text:
        return []
    ages += [(m.group(2), Span(m.start(1), m.end(1)), m.group(1)) for m in _AGE_BEFORE_NAME.finditer(text)]
    mentions = _person_mentions(doc)
    mention_ends = [m.span.end for m in mentions]
    for match in _AGE_REFERS_BACK.finditer(text):
        last = bisect_right(mention_ends, match.start()) - 1
        sentence = doc.sentence_at(match.start())
        if last >= 0 and sentence >= 0 and mentions[last].span.start >= doc.sentences[max(0, sentence - 1)].start:
            person = mentions[last].span
            ages.append((text[person.start : person.end], Span(match.start(1), match.end(1)), match.group(1)))
    names = [[w for w in name.split() if w not in HONORIFIC_GENDER] for name, _, _ in ages]
    full_names = {" ".join(words) for words in names if len(words) >= 2}
    stated: dict[str, tuple[Span, str]] = {}  # person: where and which age was last given
    findings = []
    for words, (_, span, age) in sorted(zip(names, ages), key=lambda item: item[1][1].start):
        if not words or is_place(words[-1]) or is_common_word(words[-1]):
            continue  # "Berlin, 29," is no person's age
        same_surname = [name for name in full_names if name.split()[-1] == words[-1]]
        if len(words) == 1 and len(same_surname) > 1:
            continue  # "Doe" after "Jane Doe, 45," and "Tom Doe, 20,"
        person = " ".join(words) if len(words) >= 2 else (same_surname[0] if same_surname else words[0])
        before = stated.get(person)
        if before is not None and before[1] != age:
            reason = f"{person}'s age is given as {before[1]} and {age}"
            findings.append((Evidence(before[0].start, before[0].end, KIND, "quantity", reason),
                             Evidence(span.start, span.end, KIND, "quantity", reason)))
        stated[person] = (span, age)
    return findings
