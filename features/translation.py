"""Translation artifacts: traces that a text was machine-translated into English.

Two kinds of evidence add up in log-odds:
- the translationese model (features/translationese.py), trained on WMT machine
  translations against original English, scores the text's function-word and
  punctuation profile; the sentences that weigh most are marked when it fires;
- explicit artifacts, each a span with its reason: placeholders ("XNUMX"),
  calques ("this Wednesday"), garbled punctuation, fragments, untranslated script
  or lines. They are too rare in WMT output to be learned there; their weights are
  hand-set from how rare each is in BBC News and original English (docs/features.md).
`translation_probability` = sigmoid(model log-odds + artifact weights).
"""

from __future__ import annotations

import calendar
import re
from functools import lru_cache
from importlib.resources import files
from typing import Callable, NamedTuple

import numpy as np

from features.base import Evidence, FeatureResult, per_100_words, sigmoid
from features.boilerplate import chrome_spans
from features.cue_model import tokens
from features.document import Document, Span, inside
from features.language import SAMPLE_CHARS, detect_text, mostly_english_words
from features.translationese import Translationese, TranslationeseModel, default_model, readable

KIND = "translation"

_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_ABBREVIATIONS_BEFORE_LOWERCASE = frozenset({"etc", "approx", "incl", "esp", "dept", "govt", "viz", "vol", "min", "max"})
_LOWER_WORD = re.compile(r"[a-z]{3,}")
_OBJECT_AFTER_WEEKDAY = re.compile(r" (?:the|a|an|its|his|her|their|\d)\b")


def _weekday_calque(text: str, match: re.Match[str]) -> bool:
    """'counted this Wednesday' (a past event) or 'this Wednesday the ...' (before its object)."""
    return text.endswith("ed ", 0, match.start()) or bool(_OBJECT_AFTER_WEEKDAY.match(text, match.end()))


# "4.464 million people", "43.305 per US dollar": a decimal before a scale or a rate is English.
_AFTER_DECIMAL = frozenset({"million", "billion", "trillion", "bn", "m", "per", "against", "points", "percent"})


def _number_start(text: str, separator: int) -> int:
    """Where the digits right before a separator start (the separator itself if none)."""
    start = separator
    while start > 0 and text[start - 1].isdigit():
        start -= 1
    return start


def _whole_number_before(text: str, separator: int, not_before: str) -> bool:
    """One to three digits before the separator, not themselves after a character of `not_before`."""
    start = _number_start(text, separator)
    return 1 <= separator - start <= 3 and (start == 0 or text[start - 1] not in not_before)


def _thousands_point(text: str, match: re.Match[str]) -> bool:
    """'3.000 enterprises', '3.000 million euros' (Spanish '3.000 millones'), not '4.464 million' nor '$1.000 bills'."""
    decimal = match["word"] in _AFTER_DECIMAL and not match["hit"].endswith(".000")
    return not decimal and _whole_number_before(text, match.start(), "0123456789.,$\u00a3\u20ac")


def _decimal_comma(text: str, match: re.Match[str]) -> bool:
    """'1,5%', not '21,500,5 times' nor '1,000,5%'."""
    return _whole_number_before(text, match.start(), "0123456789.,")


_WORD_BY_WORD = (
    "a date or phrase built word by word from Spanish, French, Italian or Russian ('el 15 de marzo', 'entra en vigor', "
    "'declaraciones a la prensa'); English writes '15 March', 'enters into force', 'told reporters'; none occurs in "
    "BBC News, PolNeAR, BuzzFeed-Webis, FakeNewsAMT or WMT's original English"
)


def _starts_word(text: str, position: int) -> bool:
    """No letter or digit right before the position: a word starts there ('enters', not 'reenters')."""
    return position == 0 or not text[position - 1].isalnum()


def _word_start(text: str, match: re.Match[str]) -> bool:
    """The match starts a word: 'enters in force', not 'reenters'."""
    return _starts_word(text, match.start())


def _after_the(text: str, match: re.Match[str]) -> bool:
    """'the 15 of March': the match's 'he' is the word 'the' or 'The'."""
    start = match.start() - 1
    return start >= 0 and text[start] in "Tt" and _starts_word(text, start)


def _lower_case_sentence(text: str, match: re.Match[str]) -> bool:
    """'... the country. far from ...', but not 'etc. and'."""
    word = text[text.rfind(" ", 0, match.start()) + 1 : match.start()]
    return bool(_LOWER_WORD.fullmatch(word)) and word not in _ABBREVIATIONS_BEFORE_LOWERCASE


class _Rule(NamedTuple):
    label: str
    gate: tuple[str, ...]  # the text must contain one of these strings (a cheap test before the regex)
    pattern: re.Pattern[str]  # starts with a literal where possible: Python's re then scans fast
    reason: str
    weight: float  # log-odds per occurrence
    cap: int  # occurrences counted at most
    keep: Callable[[str, re.Match[str]], bool] | None = None


# Weights are hand-set from how rare each pattern is in BBC News and WMT original
# English compared with WMT machine translations (counts in docs/features.md).
_RULES: tuple[_Rule, ...] = (
    _Rule("number placeholder", ("XNUMX",), re.compile(r"\w*XNUMX\w*"),
          "'XNUMX' is a number placeholder left by a translation or spinning pipeline", 3.0, 2),
    _Rule("template placeholder", ("{", "_]", "NAME]", "PERCENT]", "NUMBER]", "AMOUNT]", "DATE]", "CITY]", "COMPANY]"),
          re.compile(r"\{\{?\s*[A-Za-z_][\w.]*\s*\}\}?|\[[A-Z]+(?:_[A-Z]+)+\]"
                     r"|\[(?:NAME|PERCENT|NUMBER|AMOUNT|DATE|CITY|COMPANY)\]"),
          "an unfilled template slot ('{COMPANY_NAME}', '[PERCENT]') left by a generation or spinning pipeline", 3.0, 2),
    _Rule("weekday calque", ("this ",), re.compile(rf"this {_WEEKDAY}\b"),
          "'this' before a weekday for an event in the past or next to its object: a calque of Spanish 'este "
          "miércoles' or French 'ce mercredi'; English news says 'on Wednesday'", 1.2, 2, _weekday_calque),
    _Rule("weekday calque", ("day (",), re.compile(rf"{_WEEKDAY} \(\d{{1,2}}\)"),
          "a weekday with its day of the month in brackets ('this Monday (12)'): the date style of Brazilian news "
          "('nesta segunda-feira (12)') kept by a translation", 1.2, 2),
    _Rule("calque phrase", (", so ",), re.compile(r", so (?:the )?[A-Z][\w-]+(?: [A-Z][\w-]+)?(?=\.)"),
          "', so Scholz.' closing a statement: German 'so Scholz' (says Scholz) kept word for word", 1.0, 2),
    # The two number formats match from their separator (a literal: a fast scan, cheaper than ten gates); the
    # digits before it are checked by `keep` and belong to the evidence span.
    _Rule("number format", (".",),
          re.compile(r"(?P<hit>\.\d{3}(?:\.\d{3})*)(?![.,]?\d) (?P<word>[a-z]+)"),
          "a count with full stops between thousands ('3.000 enterprises'): the number format of Spanish, German or "
          "Italian kept by a translation; English writes 3,000", 1.0, 2, _thousands_point),
    _Rule("number format", (",",),
          re.compile(r",\d{1,2}(?!\d)(?: ?%| (?:per ?cent|percent|(?:m|b|tr)illions?|points?|times)\b)"),
          "a decimal comma ('1,5%', '2,3 times'): the number format of most European languages kept by a translation; "
          "English writes 1.5%", 1.0, 2, _decimal_comma),
    _Rule("garbled punctuation", (" ,",), re.compile(r"[.!?] ,"),
          "a full stop followed by a comma: a sentence cut in two by the translator", 1.0, 3),
    _Rule("sentence fragment", (". ",), re.compile(r"\. (?P<hit>[a-z]+)\b"),
          "a sentence that starts in lower case after a full stop: a clause split or garbled in translation", 1.0, 3,
          _lower_case_sentence),
    _Rule("calque phrase", ("r its part", "r his part", "r her part", "r their part", "face of such", "n this sense",
                            "should be noted"),
          re.compile(r"\b(?:[Ff]or (?:its|his|her|their) part|[Ii]n the face of such|[Ii]n this sense|[Ii]t should be noted that)\b"),
          "a phrase typical of text translated from Romance languages ('por su parte', 'ante tal', 'en este sentido')",
          0.4, 3),
    _Rule("calque phrase", ("arlier", "remind", "et us", "physical persons", "became known", "has become known", "Recall, "),
          re.compile(r"\b(?:[Ee]arlier,? it was reported|[Ww]e (?:will )?remind|[Ll]et us (?:note|remind|recall)|physical persons"
                     r"|[Aa]s it (?:became|has become) known|(?:(?<=[.!?] )|(?<=\n)|\A)Recall(?=, ))\b"),
          "a phrase typical of news translated from Russian or Ukrainian ('ранее сообщалось', 'напомним', 'отметим', "
          "'физические лица', 'как стало известно'); none of them occurs in BBC News or WMT's original English",
          0.4, 3),
    _Rule("calque phrase", ('" -', '"-'),
          re.compile(r'[,.!?]" ?- ?(?:said|says|wrote|writes|emphasi[sz]ed|noted|added|stressed|explained|stated|declared'
                     r"|concluded|summed up|pointed out|assured|answered|replied|recalled)\b"),
          "a dash between a quotation and its speech verb ('...,\" - emphasized Szijjarto'): the punctuation of direct "
          "speech in Russian or Ukrainian ('..., - подчеркнул он'); in 12 WMT machine translations, no English original, "
          "BBC, PolNeAR, BuzzFeed-Webis or FakeNewsAMT article", 0.4, 3),
    # Built word by word: each its own literal-first pattern (a fast scan) behind its own gate.
    _Rule("calque phrase", (" of ",),
          re.compile(rf"he (?P<hit>\d{{1,2}} of (?:{'|'.join(calendar.month_name[1:])}))\b"), _WORD_BY_WORD, 0.4, 3, _after_the),
    _Rule("calque phrase", ("in force", "vigour", "vigor"), re.compile(r"enter(?:s|ed|ing)? (?:in force|in(?:to)? vigou?r)\b"),
          _WORD_BY_WORD, 0.4, 3, _word_start),
    _Rule("calque phrase", ("person in charge",), re.compile(r"[Rr]elevant person in charge\b"),
          "a phrase typical of news translated from Chinese ('有关负责人', the official responsible); 5 of 7,024 WMT machine "
          "translations and no English original", 0.4, 3),
    _Rule("calque phrase", ("brotherly ",),
          re.compile(r"brotherly (?i:countr(?:y|ies)|kingdoms?|nations?|peoples?|states?|republics?)\b"),
          "a phrase typical of news translated from Arabic ('الشقيقة', brotherly, of an allied Arab country)", 0.4, 3),
    _Rule("calque phrase", ("ns to the press", "ns to the media"),
          re.compile(r"(?:declaration|statement)s to the (?:press|media)\b"), _WORD_BY_WORD, 0.4, 3, _word_start),
)
# A short line that starts in lower case and is no sentence: "far from entering".
_STRAY_LINE = re.compile(r"[a-z][a-z'-]*(?:\s+[\w'-]+){0,7}")
_STRAY_LINE_REASON = "a lower-case line that is no sentence: a sub-heading translated as a fragment"
_STRAY_LINE_WEIGHT = 1.5
_STRAY_LINE_CAP = 2
# Dispatch style: dates as today/yesterday/tomorrow, people by title and surname only.
# Rates in BBC News 2004-05 (2,225 articles): 0.13% of articles pass the
# relative-date bar, 0.3% have two or more bare titled surnames.
_RELATIVE_DAY_GATE = ("oday", "esterday", "omorrow")
_RELATIVE_DAY = re.compile(r"\b(?:[Tt]oday|[Yy]esterday|[Tt]omorrow)\b")
RELATIVE_DAY_MIN_COUNT = 3
RELATIVE_DAY_MIN_PER_1000_WORDS = 5.0
_RELATIVE_DAY_WEIGHT = 1.0
_TITLED_SURNAME = re.compile(
    r"(?:President|Minister|Secretary(?: of State)?|Chancellor|Premier|Ambassador|Senator|Governor) (?P<surname>[A-Z][a-z]+)\b(?! [A-Z])"
)
_TITLES = frozenset("President Minister Secretary State Chancellor Premier Ambassador Senator Governor Mr Mrs Ms Dr".split())
TITLED_SURNAME_MIN_COUNT = 2
_TITLED_SURNAME_WEIGHT = 0.8
# Letters of the scripts WMT's source languages use (Cyrillic, kana, CJK, Hangul),
# and Arabic: left untranslated in English text (2-3% of WMT translations, no original).
_FOREIGN_SCRIPT = re.compile(r"[\u0400-\u04ff\u0600-\u06ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]+")
_FOREIGN_SCRIPT_WEIGHT = 1.0
_FOREIGN_SCRIPT_CAP = 2
# A prose line of 8+ words without one of these English words is checked with langdetect
# (on BBC News 2004-05 no line is flagged; the lines checked are mostly names).
_ENGLISH_WORDS = tuple(
    f" {word} " for word in
    "the of and to is that for with was he she has have would will said his her they from this not but by it at are be which who".split()
)
FOREIGN_LINE_MIN_WORDS = 8
_LETTER_WORD = re.compile(r"[^\W\d_]+")
_LIST_MARKS = tuple(",;()/:")
LIST_MARKS_PER_WORD = 4  # one mark per 4 words or more: a list
_FOREIGN_LINE_WEIGHT = 1.0
_FOREIGN_LINE_CAP = 2
# Set phrases broken by a synonym-swapping spinner ("occupation misfortunes"): features/lexicons/spun-phrases.tsv.
_SPUN_WEIGHT = 1.5
_SPUN_CAP = 3
# Sentences marked when the style model fires: the ones reading most like a translation.
MARKED_SENTENCES = 3
MIN_MARKED_SYMBOLS = 8


def extract(doc: Document) -> FeatureResult:
    return score(doc, default_model())


def score(doc: Document, model: TranslationeseModel) -> FeatureResult:
    """Translation values and evidence of a document under a given translationese model."""
    style = model.score(doc)
    artifact_logit, evidence = artifacts(doc)
    probability = sigmoid(style.logit + artifact_logit)
    artifact_count = len(evidence)
    if style.probability >= model.threshold:
        evidence.extend(_marked_sentences(doc, style, model.threshold))
    evidence.sort(key=lambda e: e.start)
    return FeatureResult(
        values={
            "translation_probability": probability,
            "translation_style_probability": style.probability,
            "translation_artifacts_per_100_words": per_100_words(artifact_count, doc),
        },
        evidence=tuple(evidence),
    )


def artifacts(doc: Document) -> tuple[float, list[Evidence]]:
    """The explicit translation artifacts: their summed log-odds weight and their spans."""
    text = doc.normalized
    evidence: list[Evidence] = []
    logit = 0.0
    in_story = doc.in_story  # an HTML page's menus, in lower case or another script, are the site's, not a translation's
    for rule in _RULES:
        if not any(gate in text for gate in rule.gate):
            continue
        found = [m for m in rule.pattern.finditer(text) if (rule.keep is None or rule.keep(text, m)) and in_story(m.start())]
        logit += rule.weight * min(len(found), rule.cap)
        evidence.extend(Evidence(*_hit_span(text, m), KIND, rule.label, rule.reason) for m in found)
    stray = [line for line in doc.story_lines if text[line.start].islower() and _STRAY_LINE.fullmatch(text, line.start, line.end)]
    logit += _STRAY_LINE_WEIGHT * min(len(stray), _STRAY_LINE_CAP)
    evidence.extend(Evidence(s.start, s.end, KIND, "stray fragment", _STRAY_LINE_REASON) for s in stray)
    relative_days = ([m for m in _RELATIVE_DAY.finditer(text) if in_story(m.start())]
                     if any(gate in text for gate in _RELATIVE_DAY_GATE) else [])
    if len(relative_days) >= RELATIVE_DAY_MIN_COUNT and 1000 * len(relative_days) / max(doc.word_count, 1) >= RELATIVE_DAY_MIN_PER_1000_WORDS:
        logit += _RELATIVE_DAY_WEIGHT
        reason = (f"{len(relative_days)} dates given as today/yesterday/tomorrow in {doc.word_count} words: "
                  "the style of a translated agency dispatch (BBC News: 0.3 per 1,000 words)")
        evidence.extend(Evidence(m.start(), m.end(), KIND, "relative date", reason) for m in relative_days)
    bare = [m for m in _TITLED_SURNAME.finditer(text)
            if _starts_word(text, m.start()) and not _has_first_name(text, m["surname"]) and in_story(m.start())]
    if len(bare) >= TITLED_SURNAME_MIN_COUNT:
        logit += _TITLED_SURNAME_WEIGHT
        evidence.extend(
            Evidence(m.start(), m.end(), KIND, "title without first name",
                     f"'{m.group()}' never gets a first name: English news names people in full at first mention")
            for m in bare
        )
    scripts = [] if text.isascii() else [m for m in _FOREIGN_SCRIPT.finditer(text) if in_story(m.start())]
    logit += _FOREIGN_SCRIPT_WEIGHT * min(len(scripts), _FOREIGN_SCRIPT_CAP)
    evidence.extend(Evidence(m.start(), m.end(), KIND, "untranslated script",
                             "letters of a non-Latin script left in English text: a name or phrase the translation missed")
                    for m in scripts)
    spun = spun_phrases(doc)
    logit += _SPUN_WEIGHT * min(len(spun), _SPUN_CAP)
    evidence.extend(spun)
    chrome = {span.start for span in chrome_spans(doc)}  # a foreign menu or teaser is the site's, not the translation's
    foreign = [(line, language) for line in doc.lines if line.start not in chrome and (language := _foreign_language(doc, line))]
    logit += _FOREIGN_LINE_WEIGHT * min(len(foreign), _FOREIGN_LINE_CAP)
    evidence.extend(Evidence(line.start, line.end, KIND, "untranslated line",
                             f"a line in another language (langdetect: {language}) inside an English article")
                    for line, language in foreign)
    return logit, evidence


@lru_cache(maxsize=1)
def spun_lexicon() -> dict[str, tuple[tuple[str, str], ...]]:
    """Spun phrases and the phrases they replace, by the spun phrase's first word (lower case)."""
    rows = files("features").joinpath("lexicons", "spun-phrases.tsv").read_text(encoding="utf-8").splitlines()
    by_first: dict[str, list[tuple[str, str]]] = {}
    for row in rows:
        if row and not row.startswith("#"):
            spun, original = row.split("\t")
            by_first.setdefault(spun.split()[0].split("-")[0], []).append((spun, original))
    return {first: tuple(pairs) for first, pairs in by_first.items()}


def spun_phrases(doc: Document) -> list[Evidence]:
    """Spans of the lexicon's spun phrases, found from the document's shared word tokens."""
    lexicon = spun_lexicon()
    toks = tokens(doc)
    firsts = lexicon.keys() & set(toks.lower)
    if not firsts:
        return []
    lower = doc.normalized.lower()
    found = []
    for start, word in zip(toks.starts, toks.lower):
        if word in firsts:
            for spun, original in lexicon[word]:
                end = start + len(spun)
                if lower.startswith(spun, start) and not lower[end : end + 1].isalnum():
                    found.append(Evidence(start, end, KIND, "spun phrase",
                                          f"'{doc.normalized[start:end]}' reads like a synonym-swapping rewriter's version of "
                                          f"'{original}': the set phrase was replaced word by word"))
    return found


def _foreign_language(doc: Document, line: Span) -> str | None:
    """The language of a prose line without a single English function word, if it is not English."""
    segment = f" {doc.normalized[line.start : line.end].lower()} "
    words = segment.count(" ") - 1
    if words < FOREIGN_LINE_MIN_WORDS or any(word in segment for word in _ENGLISH_WORDS):
        return None
    if sum(segment.count(mark) for mark in _LIST_MARKS) * LIST_MARKS_PER_WORD >= words:
        return None  # a list of names or results ("g intoppa (calvisano), s perugini ..."), no prose
    letters = _LETTER_WORD.findall(segment)
    if mostly_english_words(letters):
        return None  # a headline has no function word but is English words: "ukraine war: drone strikes hit power stations"
    language = detect_text(segment[:SAMPLE_CHARS])
    return language if language not in (None, "en") else None


def _marked_sentences(doc: Document, style: Translationese, threshold: float) -> list[Evidence]:
    """The sentences whose own symbols read most like a translation, with the patterns behind them."""
    sizes = np.diff([*style.sentence_starts.tolist(), len(style.codes[0])])
    per_symbol = np.where(sizes >= MIN_MARKED_SYMBOLS, style.sentence_logits / np.maximum(sizes, 1), -np.inf)
    chrome = chrome_spans(doc)  # a teaser's wording is the site's: the story's sentences are shown
    chrome_starts = [span.start for span in chrome]
    for index, sentence in enumerate(doc.sentences):
        if inside(chrome, chrome_starts, sentence.start):
            per_symbol[index] = -np.inf
    marked = []
    for index in np.argsort(-per_symbol, kind="stable")[:MARKED_SENTENCES]:
        if per_symbol[index] <= 0:
            break
        patterns = ", ".join(f"'{readable(g)}'" for g in style.strongest_ngrams(int(index)))
        sentence = doc.sentences[int(index)]
        marked.append(Evidence(
            sentence.start, sentence.end, KIND, "translation-like sentence",
            f"the article's wording scores {style.probability:.2f} on a model of machine translation into English "
            f"(flagged from {threshold:.2f}); this sentence reads most like it, through patterns such as {patterns}",
        ))
    return marked


def _has_first_name(text: str, surname: str) -> bool:
    """True if the surname appears after a capitalised word that is no title: 'Antony Blinken'."""
    for match in re.finditer(rf"\b([A-Z][a-z]+) {re.escape(surname)}\b", text):
        if match.group(1) not in _TITLES:
            return True
    return False


def _hit_span(text: str, match: re.Match[str]) -> tuple[int, int]:
    """The part of a match that is the artifact: group 'hit' if the rule has one, from the digits before it when it
    starts with a number's separator ('3.000', '1,5%')."""
    start, end = match.span("hit") if "hit" in match.re.groupindex else match.span()
    return (_number_start(text, start) if text[start] in ".," else start), end
